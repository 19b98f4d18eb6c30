#!/usr/bin/env bash
# `npm test`: browsers (apt when missing), data, type check (all, and core/ without DOM types),
# unit tests, both builds with their zips (each target built once), web-ext lint (0 errors), e2e in
# Chromium and Firefox ESR. Runs every suite even after a failure,
# prints per-suite counts and writes the total to .tmp/results/total.txt (read by .ci/run).
set -uo pipefail
cd "$(dirname "$0")/.."
export TMPDIR="$PWD/.tmp"
R=.tmp/results
mkdir -p "$R" && rm -f "$R"/*
T0=$(date +%s)
SUMMARY="$R/summary.tsv"
: > "$SUMMARY"

# record SUITE PASSED FAILED SKIPPED SECONDS [NOTE]
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "${6:-}" >> "$SUMMARY"; }

# check SUITE LOGNAME CMD...: one pass/fail check, output kept in .tmp/results/LOGNAME.log
check() {
  local suite=$1 log=$2; shift 2
  local t0=$(date +%s)
  echo "── $suite"
  if "$@" > "$R/$log.log" 2>&1; then
    record "$suite" 1 0 0 $(( $(date +%s) - t0 ))
    tail -n 3 "$R/$log.log" | sed 's/^/   /'
    return 0
  else
    record "$suite" 0 1 0 $(( $(date +%s) - t0 ))
    tail -n 40 "$R/$log.log" | sed 's/^/   /'
    return 1
  fi
}

check "browsers" browsers bash scripts/ensure-browsers.sh
check "data" data npm run --silent data
check "typecheck" typecheck npx tsc --noEmit
check "typecheck core/ (no DOM, no extension API)" typecheck-core npx tsc -p core
check "lint + format (Biome)" lint npx biome ci .

echo "── unit"
t0=$(date +%s)
npx vitest run --reporter=default --reporter=json --outputFile="$R/vitest.json" > "$R/unit.log" 2>&1
tail -n 8 "$R/unit.log" | sed 's/^/   /'
if [ -s "$R/vitest.json" ]; then
  node -e '
    const r = require(process.argv[1]);
    const by = {};
    for (const f of r.testResults) {
      const dir = require("node:path").relative(process.cwd(), f.name).split("/")[0];
      const b = (by[dir] ??= { p: 0, f: 0, s: 0 });
      for (const a of f.assertionResults) a.status === "passed" ? b.p++ : a.status === "failed" ? b.f++ : b.s++;
      if (!f.assertionResults.length && f.status === "failed") b.f++; // a file that failed to load
    }
    for (const [d, b] of Object.entries(by)) console.log(`   ${d}/: ${b.p} passed, ${b.f} failed, ${b.s} skipped`);
    const fails = Object.values(by).reduce((n, b) => n + b.f, 0);
    const line = ["unit", r.numPassedTests, Math.max(r.numFailedTests, fails), r.numPendingTests + r.numTodoTests].join("\t");
    require("node:fs").writeFileSync(process.argv[2], line);
  ' "$PWD/$R/vitest.json" "$R/unit.tsv"
  IFS=$'\t' read -r s p f k < "$R/unit.tsv"
  record unit "$p" "$f" "$k" $(( $(date +%s) - t0 ))
else
  record unit 0 1 0 $(( $(date +%s) - t0 )) "vitest wrote no report"
fi

# `wxt zip` builds the target and zips it: one build per target; e2e and lint use these builds
check "build + zip chrome-mv3 (Chrome Web Store)" build-chrome npx wxt zip
check "build + zip firefox-mv2 (AMO + sources)" build-firefox npx wxt zip -b firefox

echo "── web-ext lint"
t0=$(date +%s)
npx web-ext lint --source-dir .output/firefox-mv2 --no-input -o json > "$R/lint.json" 2> "$R/lint.err"
node -e '
  const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
  for (const m of [...r.errors, ...r.warnings]) console.log(`   ${m._type} ${m.code} ${m.file ?? ""}: ${m.message}`);
  console.log(`   web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
  process.exit(r.summary.errors === 0 ? 0 : 1);
' "$R/lint.json" && record "web-ext lint" 1 0 0 $(( $(date +%s) - t0 )) || record "web-ext lint" 0 1 0 $(( $(date +%s) - t0 ))

for b in chromium firefox; do
  echo "── e2e $b"
  t0=$(date +%s)
  npx tsx e2e/run.ts "$b" 2>&1 | tee "$R/e2e-$b.log" | sed 's/^/   /'
  if [ -s "$R/e2e-$b.json" ]; then
    node -e 'const r=require(process.argv[1]); console.log([r.passed, r.failed, r.skipped].join("\t"))' "$PWD/$R/e2e-$b.json" > "$R/e2e-$b.tsv"
    IFS=$'\t' read -r p f k < "$R/e2e-$b.tsv"
    record "e2e $b" "$p" "$f" "$k" $(( $(date +%s) - t0 ))
  else
    record "e2e $b" 0 1 0 $(( $(date +%s) - t0 )) "runner crashed"
  fi
done

echo
echo "Suites:"
awk -F'\t' '{ printf "  %-40s %4d passed, %d failed, %d skipped  (%ds)%s\n", $1, $2, $3, $4, $5, ($6 ? "  " $6 : "") }' "$SUMMARY"
read -r P F K < <(awk -F'\t' '{ p += $2; f += $3; k += $4 } END { print p+0, f+0, k+0 }' "$SUMMARY")
echo "Wall time: $(( $(date +%s) - T0 )) s"
ls -l .output/*.zip 2>/dev/null | awk '{ printf "  zip %s: %d bytes\n", $9, $5 }'
LINE="$P passed, $F failed, $K skipped"
echo "$LINE" > "$R/total.txt"
echo "$LINE"
[ "$F" -eq 0 ]
