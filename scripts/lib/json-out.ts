// Writes a large JSON value to a stream piece by piece, waiting for the stream to drain, so a
// result of hundreds of megabytes is neither built as one string nor cut when stdout is a pipe.
// An array may be spooled to a temporary file (ClaimSpool) and is then copied from it in place.
// Node only. Tested in json-out.test.ts and chunked.test.ts (through the CLI).
import { closeSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';

async function put(out: Writable, s: string | Buffer): Promise<void> {
  if (!out.write(s)) await new Promise<void>((res) => out.once('drain', () => res()));
}

/**
 * Items of one JSON array kept in a file (each `JSON.stringify(item)`, comma-separated), not in
 * memory: writeJsonLine copies them where the array goes, byte for byte as if it held the array.
 */
export class Spooled {
  private fd: number;
  count = 0;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w+');
  }
  add(items: readonly unknown[]): void {
    if (items.length === 0) return;
    const body = items.map((it) => JSON.stringify(it ?? null)).join(',');
    writeSync(this.fd, (this.count ? ',' : '') + body);
    this.count += items.length;
  }
  /** Copies the items to `out` in 64 KB pieces, then closes and removes the file. */
  async copyTo(out: Writable): Promise<void> {
    const buf = Buffer.alloc(1 << 16);
    let at = 0;
    for (;;) {
      const n = readSync(this.fd, buf, 0, buf.length, at);
      if (n <= 0) break;
      await put(out, Buffer.from(buf.subarray(0, n)));
      at += n;
    }
    this.dispose();
  }
  /** The items back as values (for a small result printed whole), then the file removed. */
  readAll(): unknown[] {
    const body = this.count ? readFileSync(this.path, 'utf8') : '';
    this.dispose();
    return JSON.parse(`[${body}]`) as unknown[];
  }
  /** Closes and removes the file; safe to call twice (the descriptor is closed once only). */
  dispose(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.path, { force: true });
  }
}

/** One line of JSON (the same text `JSON.stringify(value)` gives), top-level arrays written item by item. */
export async function writeJsonLine(out: Writable, value: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  await put(out, '{');
  for (let k = 0; k < keys.length; k++) {
    const v = value[keys[k]];
    await put(out, `${k ? ',' : ''}${JSON.stringify(keys[k])}:`);
    if (v instanceof Spooled) {
      await put(out, '[');
      await v.copyTo(out);
      await put(out, ']');
    } else if (Array.isArray(v)) {
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
