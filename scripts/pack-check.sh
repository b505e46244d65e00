#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, installed globally into an empty prefix, then run from
# another, empty working folder — --help, init, validate, explain (the clause texts and the data
# format reference must be inside the package), render. No network beyond the npm registry.
# With --clone, first the README's top line in a fresh clone of this checkout's HEAD:
# `npm ci && npm run build && node bin/ereje.js validate fixtures/sample --lang en` (exit 1, 11 findings),
# then `npm link` (into a scratch prefix) and `ereje --version` from elsewhere.
# Usage: scripts/pack-check.sh [--clone]   (one to three minutes; not part of npm test)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ereje-pack-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "pack-check: FAIL: $*" >&2; exit 1; }

if [ "${1:-}" = "--clone" ]; then
  git clone --quiet "$ROOT" "$WORK/clone"
  (
    cd "$WORK/clone"
    npm ci --no-audit --no-fund >"$WORK/ci.log" 2>&1 || { cat "$WORK/ci.log"; fail "npm ci in a fresh clone"; }
    npm run build >/dev/null || fail "npm run build in a fresh clone"
    set +e
    NO_COLOR=1 node bin/ereje.js validate fixtures/sample --lang en >"$WORK/top.txt"; code=$?
    set -e
    [ "$code" = 1 ] || { tail -5 "$WORK/top.txt"; fail "the README's first command exited $code, not 1"; }
    grep -q "6 errors, 3 warnings, 2 info" "$WORK/top.txt" || { tail -2 "$WORK/top.txt"; fail "the README's first command: not the 11 findings it predicts"; }
    NPM_CONFIG_PREFIX="$WORK/linked" npm link >/dev/null 2>&1 || fail "npm link"
  )
  (cd "$WORK" && "$WORK/linked/bin/ereje" --version >/dev/null) || fail "the linked ereje"
  echo "fresh clone: npm ci, build, the README's first command (11 findings, exit 1), npm link: ok"
fi

cd "$ROOT"
npm pack --silent --pack-destination "$WORK" >/dev/null
TGZ="$(ls "$WORK"/ereje-*.tgz)"
echo "packed $(basename "$TGZ") ($(du -k "$TGZ" | cut -f1) KB)"
tar -tzf "$TGZ" >"$WORK/list.txt"
grep -q '^package/docs/data-format.md$' "$WORK/list.txt" || fail "docs/data-format.md is not in the package"
grep -q '^package/docs/regulations/turkistan-2023-open-door-day.kk.txt$' "$WORK/list.txt" || fail "the regulations are not in the package"
grep -q '^package/LICENSE$' "$WORK/list.txt" || fail "LICENSE is not in the package"

mkdir -p "$WORK/prefix" "$WORK/elsewhere"
npm install -g --prefix "$WORK/prefix" --no-audit --no-fund "$TGZ" >"$WORK/install.log" 2>&1 || { cat "$WORK/install.log"; fail "npm install -g"; }
if grep -qi "warn" "$WORK/install.log"; then cat "$WORK/install.log"; fail "npm warned while installing the package"; fi
EREJE="$WORK/prefix/bin/ereje"
PKG="$WORK/prefix/lib/node_modules/ereje"

cd "$WORK/elsewhere"
export NO_COLOR=1
"$EREJE" --help >"$WORK/help.txt" && grep -q "Usage: ereje" "$WORK/help.txt" || fail "--help"
"$EREJE" init demo --region kostanay --lang en --as-of 2026-11-22 >/dev/null || fail "init"
set +e
"$EREJE" validate demo --lang en --as-of 2026-11-22 >"$WORK/validate.txt"; code=$?
set -e
[ "$code" = 0 ] || { cat "$WORK/validate.txt"; fail "validate exited $code"; }
grep -q "No findings in 4 files" "$WORK/validate.txt" || fail "validate output"
"$EREJE" explain open-door-day/request-lead-time --lang en >"$WORK/explain.txt" || fail "explain"
grep -qF "Original text: docs/regulations/turkistan-2023-open-door-day.kk.txt ($PKG/docs/regulations/turkistan-2023-open-door-day.kk.txt)" "$WORK/explain.txt" || { cat "$WORK/explain.txt" | head -8; fail "explain does not lead to the regulation inside the package"; }
grep -q "14 күннен кешіктірілмейтін" "$WORK/explain.txt" || fail "explain lacks the clause text"
"$EREJE" explain data/schema --lang en >"$WORK/explain-data.txt" && grep -qF "Data format: docs/data-format.md ($PKG/docs/data-format.md)" "$WORK/explain-data.txt" || fail "explain data/schema does not lead to the data format reference"
[ -f "$PKG/docs/data-format.md" ] && [ -f "$PKG/docs/settings.md" ] && [ -f "$PKG/docs/json-report.md" ] || fail "docs missing from the installed package"
"$EREJE" render order ord-kost-uo-2026-01 --data demo --lang kk --out docs-out/ >/dev/null || fail "render"
[ "$(head -c 5 docs-out/ord-kost-uo-2026-01.kk.pdf)" = "%PDF-" ] || fail "render did not write a PDF"
set +e
mkdir empty && "$EREJE" validate empty 2>"$WORK/empty.txt"; code=$?
set -e
[ "$code" = 2 ] || fail "validate on an empty folder exited $code, not 2"
echo "pack-check: ok (--help, init, validate, explain with texts and references from the package, render, empty folder → exit 2)"
