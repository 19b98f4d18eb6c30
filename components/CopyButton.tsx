// "Copy citation": puts a prepared citation on the clipboard and says so in a live region.
// The text comes from utils/present/words.ts citationText; this only copies. Tested in EntityCard.test.tsx.
import { useState } from 'preact/hooks';
import { t } from '../utils/i18n';

export interface CopyButtonProps {
  /** built on click, so a card does not word citations nobody copies */
  text: () => string;
  /** accessible name when the visible label is short (per-fact buttons) */
  label?: string;
  compact?: boolean;
}

/** Clipboard API first; the older execCommand path where an extension page lacks focus for it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.insetInlineStart = '-9999px';
    document.body.append(area);
    area.select();
    const ok = document.execCommand?.('copy') ?? false;
    area.remove();
    return ok;
  }
}

export function CopyButton({ text, label, compact }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');
  const onClick = () => {
    void copyText(text()).then((ok) => setStatus(ok ? 'done' : 'failed'));
  };
  return (
    <span class="copy">
      <button
        type="button"
        class={compact ? 'link-button small' : 'small'}
        data-copy
        onClick={onClick}
        aria-label={label}
      >
        {compact ? '⧉' : t('card_copy')}
      </button>
      <span class="small muted" role="status">
        {status === 'done' ? t('card_copied') : status === 'failed' ? t('card_copy_failed') : ''}
      </span>
    </span>
  );
}
