// Dev check: alias collisions (same fold key on two entities) across data/places/*.json,
// and a list of short keys to review for common-word clashes. Run with npx tsx.
import { readFileSync, readdirSync } from 'node:fs';
import { foldKey } from '../../../core/text/fold';
const dir = new URL('..', import.meta.url).pathname;
const byKey = new Map<string, Set<string>>();
const amb = new Map<string, Set<string>>();
const short: string[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const d = JSON.parse(readFileSync(dir + f, 'utf8'));
  for (const e of d.entities ?? []) {
    amb.set(e.id, new Set(e.ambiguousWith ?? []));
    for (const [lang, ns] of Object.entries(e.names) as [string, string[]][]) for (const n of ns) {
      const k = foldKey(n);
      (byKey.get(k) ?? byKey.set(k, new Set()).get(k)!).add(e.id);
      if (process.argv.includes('--short') && k.length <= 5 && !k.includes(' ') && !(e.exactOnly ?? []).includes(n)) short.push(`${k}\t${n}\t${lang}\t${e.id}`);
    }
  }
}
let bad = 0;
for (const [k, ids] of byKey) if (ids.size > 1) {
  const arr = [...ids];
  const ok = arr.every((a) => arr.every((b) => a === b || amb.get(a)?.has(b) || amb.get(b)?.has(a)));
  if (!ok) { bad++; console.log('COLLISION', k, arr.join(' ')); }
}
if (short.length) console.log([...new Set(short)].sort().join('\n'));
console.log('collisions:', bad);
