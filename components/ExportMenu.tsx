// "Export": the page's context as Markdown or JSON, downloaded through a Blob URL from the panel
// page (no network, no permission). The documents are built by utils/present/export.ts; this only
// offers and downloads them. Tested in e2e/scenario.ts (the export step parses both).
import type { TabState } from '../utils/protocol';
import type { DetailsLoader } from '../hooks/use-details';
import { t } from '../utils/i18n';
import { collectExport, exportFileName, toJson, toMarkdown } from '../utils/present/export';

export interface ExportMenuProps {
  state: TabState;
  load: DetailsLoader;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.dataset.export = type;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({ state, load }: ExportMenuProps) {
  const run = (format: 'md' | 'json') => {
    void collectExport(state, load).then((data) => {
      const text = format === 'md' ? toMarkdown(data) : toJson(data);
      download(exportFileName(state, format), format === 'md' ? 'text/markdown' : 'application/json', text);
    });
  };
  return (
    <details class="export">
      <summary class="small">{t('panel_export')}</summary>
      <p class="small">
        <button type="button" data-export-format="md" onClick={() => run('md')}>
          {t('panel_export_md')}
        </button>{' '}
        <button type="button" data-export-format="json" onClick={() => run('json')}>
          {t('panel_export_json')}
        </button>
      </p>
    </details>
  );
}
