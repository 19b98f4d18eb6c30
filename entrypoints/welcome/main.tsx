// First-run page (welcome.html), opened once when Oxus is installed (background onInstalled): wires
// FirstRunView to the UI-language setting, the open-panel shortcut and the options page.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FirstRunView } from '../../components/FirstRunView';
import { startPageI18n } from '../../utils/page-i18n';
import { getUiLanguage, setUiLanguage } from '../../utils/storage';
import { matchUiLocale, t } from '../../utils/i18n';
import '../../assets/ui.css';

async function main() {
  await startPageI18n(() => t('firstrun_title'));
  const [uiLanguage, commands] = await Promise.all([getUiLanguage(), browser.commands.getAll().catch(() => [])]);
  const shortcut = commands.find((c) => c.name === 'open-panel')?.shortcut ?? '';
  render(
    <FirstRunView
      shortcut={shortcut}
      uiLanguage={uiLanguage}
      browserLocale={matchUiLocale(browser.i18n.getUILanguage())}
      onPickLanguage={(v) => void setUiLanguage(v)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    document.getElementById('app')!,
  );
}

void main();
