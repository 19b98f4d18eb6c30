// Simplified -> Traditional conversion with a phrase table (longest match first) and a character table: the
// one walk both the display (zh-hant.ts) and its table generator (scripts/build-zh-hant.ts) use, so the
// generator tests exactly what readers see. Pure, table-free. Tested through zh-hant.test.ts.

export function convertWith(s: string, chars: Map<string, string>, phrases: Map<string, string>, maxLen: number) {
  let out = '';
  for (let i = 0; i < s.length; ) {
    let hit = 0;
    for (let n = Math.min(maxLen, s.length - i); n > 1 && !hit; n--) if (phrases.has(s.slice(i, i + n))) hit = n;
    if (hit) {
      out += phrases.get(s.slice(i, i + hit));
      i += hit;
    } else {
      out += chars.get(s[i]!) ?? s[i];
      i++;
    }
  }
  return out;
}
