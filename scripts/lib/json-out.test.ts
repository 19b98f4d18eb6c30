// The JSON line writer: its output is exactly JSON.stringify's, with plain arrays and with an array
// spooled to a temporary file; a spool reads back its items and removes its file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Spooled, writeJsonLine } from './json-out';

function sink(): { out: Writable; text: () => string } {
  const parts: Buffer[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      parts.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, text: () => Buffer.concat(parts).toString('utf8') };
}

const dirs: string[] = [];
const spoolPath = () => {
  const d = mkdtempSync(join(tmpdir(), 'oxus-json-out-'));
  dirs.push(d);
  return join(d, 'items.json');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeJsonLine', () => {
  const claims = Array.from({ length: 3000 }, (_, i) => ({ start: i, end: i + 4, text: `«Токаев» ${i} توكاييف` }));
  const value = { file: 'a.txt', lang: 'ru', entities: [{ id: 'x' }], claims, dates: [] as unknown[] };

  it('writes what JSON.stringify writes, arrays item by item', async () => {
    const s = sink();
    await writeJsonLine(s.out, value);
    expect(s.text()).toBe(`${JSON.stringify(value)}\n`);
  });

  it('copies a spooled array in its place, byte for byte, and removes the spool file', async () => {
    const spool = new Spooled(spoolPath());
    spool.add(claims.slice(0, 1000));
    spool.add([]);
    spool.add(claims.slice(1000));
    expect(spool.count).toBe(3000);
    const s = sink();
    await writeJsonLine(s.out, { ...value, claims: spool });
    expect(s.text()).toBe(`${JSON.stringify(value)}\n`);
    expect(existsSync(spool.path)).toBe(false);
    spool.dispose(); // a second dispose is harmless
  });

  it('an empty spool is an empty array; readAll gives the items back', async () => {
    const empty = new Spooled(spoolPath());
    const s = sink();
    await writeJsonLine(s.out, { claims: empty });
    expect(s.text()).toBe('{"claims":[]}\n');
    const back = new Spooled(spoolPath());
    back.add(claims.slice(0, 2));
    expect(back.readAll()).toEqual(claims.slice(0, 2));
    expect(existsSync(back.path)).toBe(false);
  });
});
