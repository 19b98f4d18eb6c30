// Writes a large JSON value to a stream piece by piece, waiting for the stream to drain, so a
// result of hundreds of megabytes is neither built as one string nor cut when stdout is a pipe.
// Node only. Tested in chunked.test.ts (through the CLI).
import type { Writable } from 'node:stream';

async function put(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((res) => out.once('drain', () => res()));
}

/** One line of JSON (the same text `JSON.stringify(value)` gives), top-level arrays written item by item. */
export async function writeJsonLine(out: Writable, value: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  await put(out, '{');
  for (let k = 0; k < keys.length; k++) {
    const v = value[keys[k]];
    await put(out, `${k ? ',' : ''}${JSON.stringify(keys[k])}:`);
    if (Array.isArray(v)) {
      await put(out, '[');
      let buf = '';
      for (let i = 0; i < v.length; i++) {
        buf += (i ? ',' : '') + JSON.stringify(v[i] ?? null);
        if (buf.length > 1 << 16) {
          await put(out, buf);
          buf = '';
        }
      }
      await put(out, `${buf}]`);
    } else await put(out, JSON.stringify(v));
  }
  await put(out, '}\n');
}
