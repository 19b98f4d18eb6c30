// The UI-language list (options and first run): "Browser language (…)" then the 14 UI locales, each
// in its own name and marked with its own `lang` for screen readers. Saving reloads the page in the
// new language (utils/page-i18n.ts); the picker itself saves nothing (its owner does).
// Tested through OptionsView.test.tsx and FirstRunView.test.tsx.
import { t } from '../utils/i18n';
import { UI_LOCALES, type UiLanguageSetting, type UiLocale } from '../utils/ui-locales';

export interface LanguagePickerProps {
  value: UiLanguageSetting;
  /** what 'auto' resolves to now */
  browserLocale: UiLocale;
  onPick(value: UiLanguageSetting): void;
}

export function LanguagePicker(props: LanguagePickerProps) {
  return (
    <label class="field">
      <span>{t('options_language_label')}</span>
      <select
        data-testid="ui-language"
        value={props.value}
        onChange={(e) => props.onPick((e.target as HTMLSelectElement).value as UiLanguageSetting)}
      >
        <option value="auto">{t('options_language_auto', UI_LOCALES[props.browserLocale])}</option>
        {(Object.keys(UI_LOCALES) as UiLocale[]).map((l) => (
          // each language in its own name and its own language tag, for screen readers
          <option key={l} value={l} lang={l.replace('_', '-')}>
            {UI_LOCALES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
