// The first-run page: where Oxus runs, the highlights and side panel, right-click lookup, how to
// turn it on for another site, and the UI language. Renders from props (no browser API), so it is
// tested in FirstRunView.test.tsx; axe-checked in light and dark in e2e.
import { t } from '../utils/i18n';
import type { UiLanguageSetting, UiLocale } from '../utils/ui-locales';
import { LanguagePicker } from './LanguagePicker';

export interface FirstRunProps {
  /** the open-panel shortcut as the browser reports it ("Alt+Shift+O"), empty when the reader removed it */
  shortcut: string;
  uiLanguage: UiLanguageSetting;
  browserLocale: UiLocale;
  onPickLanguage(value: UiLanguageSetting): void;
  onOpenOptions(): void;
}

/** A message with one `$1` slot whose value is an element (a <kbd>), split around the slot. */
function WithSlot(props: { text: string; slot: preact.ComponentChildren }) {
  const [before, after = ''] = props.text.split('\u0000');
  return (
    <>
      {before}
      {props.slot}
      {after}
    </>
  );
}

export function FirstRunView(props: FirstRunProps) {
  return (
    <main class="firstrun">
      <h1>{t('firstrun_title')}</h1>
      <p>{t('firstrun_intro')}</p>

      <section aria-labelledby="fr-where">
        <h2 id="fr-where">{t('firstrun_where_heading')}</h2>
        <p>{t('firstrun_where_text')}</p>
        <p>{t('firstrun_turn_on')}</p>
        <button type="button" class="primary" data-testid="open-options" onClick={props.onOpenOptions}>
          {t('firstrun_open_options')}
        </button>
      </section>

      <section aria-labelledby="fr-panel">
        <h2 id="fr-panel">{t('firstrun_panel_heading')}</h2>
        <p>
          <WithSlot text={t('firstrun_panel_text', '\u0000')} slot={<kbd>{props.shortcut || 'Alt+Shift+O'}</kbd>} />
        </p>
      </section>

      <section aria-labelledby="fr-lookup">
        <h2 id="fr-lookup">{t('firstrun_lookup_heading')}</h2>
        <p>{t('firstrun_lookup_text')}</p>
      </section>

      <section aria-labelledby="fr-language">
        <h2 id="fr-language">{t('firstrun_language_heading')}</h2>
        <p>{t('firstrun_language_text')}</p>
        <LanguagePicker value={props.uiLanguage} browserLocale={props.browserLocale} onPick={props.onPickLanguage} />
      </section>
    </main>
  );
}
