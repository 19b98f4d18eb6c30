// One UI message with elements in its placeholders: each argument in its own <bdi>, so a name or a
// title in another direction (an English role in a Persian sentence) cannot reorder the words around it.
// Only the message's own text is translated; the arguments are shown as given. Tested in Message.test.tsx.
import type { ComponentChildren } from 'preact';
import { tPieces, type MessageKey } from '../utils/i18n';

export interface MessageArg {
  text: ComponentChildren;
  lang?: string;
}

export interface MessageProps {
  id: MessageKey;
  /** $1, $2… in order */
  args: MessageArg[];
}

export function Message({ id, args }: MessageProps) {
  return (
    <>
      {tPieces(id).map((piece, i) =>
        typeof piece === 'number' ? (
          <bdi key={i} lang={args[piece - 1]?.lang} dir="auto">
            {args[piece - 1]?.text}
          </bdi>
        ) : (
          piece
        ),
      )}
    </>
  );
}
