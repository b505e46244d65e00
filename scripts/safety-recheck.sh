#!/bin/bash
# Issue 14 (reliability), one quick check per family through the built CLI, as a user would run
# it: `npm run build && scripts/safety-recheck.sh`. Prints one PASS/FAIL line per check and the
# scratch folder (left for a look; delete it after). The tests in docs/safety.md's table are the
# real guard; this is the two-minute look after a merge. Needs bash, mkfifo and /usr/bin/time.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
E="node $ROOT/bin/ereje.js"
SAMPLE=$ROOT/fixtures/sample
T=$(mktemp -d "${TMPDIR:-/tmp}/ereje-recheck.XXXX")
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
stack() { grep -qE "^\s+at .*\(.*:[0-9]+:[0-9]+\)|node:internal" "$1"; }
AS="--as-of 2026-11-22"

# 1. template symlink to /proc/self/environ
cp -r $SAMPLE $T/f1 && mkdir $T/f1/tpl && printf '\nrender:\n  templates: tpl/\n' >> $T/f1/ereje.yaml && ln -s /proc/self/environ $T/f1/tpl/order-open-door-day.kk.liquid
(cd $T/f1 && SECRET_X=leaked-value $E render order ord-tur-2026-014 --lang kk --out out >o 2>e; echo $? > rc)
check "1 template -> /proc/self/environ: exit 2, no secret, no PDF" '[ "$(cat $T/f1/rc)" = 2 ] && ! grep -q leaked-value $T/f1/o $T/f1/e && { [ ! -e $T/f1/out ] || [ -z "$(ls $T/f1/out)" ]; }'
# 1b. data file symlink out (this round)
mkdir -p $T/f1b/.git $T/f1b/d && echo 'staff: [{ id: secret-1, name: "Құпия", org: o1, position: teacher }]' > $T/f1b/secret.yaml && mkdir -p $T/f1b-out && mv $T/f1b/secret.yaml $T/f1b-out/ && ln -s $T/f1b-out/secret.yaml $T/f1b/d/x.yaml && ln -s /proc/self/environ $T/f1b/d/env.yaml
(cd $T/f1b && $E validate d --format json $AS --lang en >o 2>e; echo $? > rc)
check "1b data links out (file, /proc): findings, secret unread, exit 2 (nothing read)" '[ "$(cat $T/f1b/rc)" = 2 ] && ! grep -q secret-1 $T/f1b/o && grep -q "symbolic link out of the data repo" $T/f1b/o'

# 2. unreachable paths
mkdir -p $T/f2 && echo 'organizations: [{ id: o1, type: school, name: "Мектеп", region: turkistan }]' > $T/f2/a.yaml && ln -s gone.yaml $T/f2/dangling.yaml && ln -s l2.yaml $T/f2/l1.yaml && ln -s l1.yaml $T/f2/l2.yaml && mkfifo $T/f2/pipe.yaml
(cd $T/f2 && timeout 60 $E validate . --format json $AS --lang en >o 2>e; echo $? > rc)
check "2 dangling, loop (two links), fifo: 4 findings at their paths, exit 1" '[ "$(cat $T/f2/rc)" = 1 ] && [ "$(grep -c "\"rule\": \"data/syntax\"" $T/f2/o)" = 4 ]'

# 3. unbounded output: 200k findings in pretty; a cap line
mkdir -p $T/f3 && node -e "require('fs').writeFileSync('$T/f3/a.yaml','staff:\n'+'  - 1\n'.repeat(200000))"
(cd $T/f3 && /usr/bin/time -f "%e s %M KB" $E validate . $AS --lang en >o 2>e; echo $? > rc)
check "3 200k findings pretty: exit 1, 1,000 shown + a cap line, true total ($(tail -1 $T/f3/e))" '[ "$(cat $T/f3/rc)" = 1 ] && grep -q "and 199,000 more findings" $T/f3/o && grep -q "^200,000 errors\|200000 errors\|200,000 error" $T/f3/o'

# 4 and 5 in documents (a 100,000-letter word in a table cell, emoji, BEL): src/render/layout.safety.test.ts
# 5. text that cannot be printed: BEL in a topic -> a data finding
mkdir -p $T/f5 && printf 'staff:\n  - { id: s1, name: "Бекова Айгүл\\a", org: o1, position: teacher }\n' > $T/f5/a.yaml
(cd $T/f5 && $E validate . --format json $AS --lang en >o 2>e; echo $? > rc)
check "5 BEL in a name: data/mixed-script names U+0007" 'grep -q "U+0007" $T/f5/o'

# 6. terminal injection in pretty
mkdir -p $T/f6 && printf 'staff:\n  - { id: s1, name: "Бекова", org: o1, position: "x\\e]0;pwned\\a\\nFAKE.yaml:1:1 error" }\n' > "$T/f6/a
b.yaml"
(cd $T/f6 && $E validate . $AS --lang en >o 2>e; echo $? > rc)
check "6 ESC, BEL, newline from a value and a file name: escaped in pretty" '! grep -q $'"'"'\x1b'"'"' $T/f6/o && grep -q "U+001B" $T/f6/o && grep -q "^a\\\\nb.yaml" $T/f6/o'

# 7. EPIPE
(cd $T/f3 && $E validate . $AS --lang en 2>$T/f7e | head -1 >/dev/null; $E --help 2>>$T/f7e | head -1 > /dev/null)
check "7 EPIPE: no stack trace" '! stack $T/f7e && ! grep -q EPIPE $T/f7e'

# 8. sizes: --jobs 1000, max_file_bytes, deep nesting
mkdir -p $T/f8 && cp $T/f2/a.yaml $T/f8/ && node -e "let s='staff:\n  - x: ';for(let i=0;i<2000;i++)s+='[';s+=']'.repeat(2000)+'\n';require('fs').writeFileSync('$T/f8/deep.yaml',s)"
(cd $T/f8 && timeout 120 $E validate . --jobs 1000 --format json $AS --lang en >o 2>e; echo $? > rc)
check "8 --jobs 1000 + 2,000 levels: depth finding, exit 1, no crash" '[ "$(cat $T/f8/rc)" = 1 ] && grep -q "deeper than 64" $T/f8/o && ! stack $T/f8/e'
mkdir -p $T/f8b && cp $T/f2/a.yaml $T/f8b/ && printf 'limits:\n  max_file_bytes: 10000000000\n' > $T/f8b/ereje.yaml
(cd $T/f8b && $E validate . $AS --lang en >o 2>e; echo $? > rc)
check "8 max_file_bytes 10 GB: settings error at its line, exit 2" '[ "$(cat $T/f8b/rc)" = 2 ] && grep -q "ereje.yaml:2" $T/f8b/e'

# 9. messages: missing required field; look-alike key; BOM inside
mkdir -p $T/f9 && printf 'staff:\n  - { id: s1, nаme: "Бекова", org: o1, position: teacher }\n' > $T/f9/a.yaml && printf 'staff:\n  - { id: s2, org: o1, position: teacher }\n\xef\xbb\xbf# joined\n' > $T/f9/b.yaml
(cd $T/f9 && $E validate . --format json $AS --lang en >o 2>e; echo $? > rc)
check "9 missing field says missing; U+0430 named; inner BOM at its line" 'grep -q "name: required field is missing" $T/f9/o && grep -q "U+0430" $T/f9/o && grep -B8 -A3 "BOM\|byte order" $T/f9/o | grep -q "\"line\": 3"'

# 10. new: into a data file linked inside the repo, the record reaches the target and the link stays;
# into one linked out of the repo, nothing is written (exit 2, the target named)
mkdir -p $T/f10/.git $T/f10/d/common $T/f10-out && printf 'organizations:\n  - { id: tur-bdo, type: center, name: "БДО", region: turkistan }\n' > $T/f10/d/orgs.yaml
printf 'staff:\n  - { id: tur-s001, name: "Әлиева Гүлнар", org: tur-bdo, position: director }\n' > $T/f10/d/common/staff.yaml && cp $T/f10/d/common/staff.yaml $T/f10-out/staff.yaml
ln -s common/staff.yaml $T/f10/d/in.yaml && ln -s $T/f10-out/staff.yaml $T/f10/d/out.yaml
NEW="new staff --org tur-bdo --name Бекова --position teacher --lang en --as-of 2026-11-22 --force"
(cd $T/f10 && $E $NEW --id tur-s002 --file d/in.yaml >o1 2>e1; echo $? > rc1; $E $NEW --id tur-s003 --file d/out.yaml >o2 2>e2; echo $? > rc2)
check "10 new through links: inside written to the target (link kept), outside refused (exit 2)" '[ "$(cat $T/f10/rc1)" = 0 ] && [ -L $T/f10/d/in.yaml ] && grep -q tur-s002 $T/f10/d/common/staff.yaml && [ "$(cat $T/f10/rc2)" = 2 ] && ! grep -q tur-s003 $T/f10-out/staff.yaml && grep -q "out of the data repo" $T/f10/e2'
# 11. settings from above: outside git, an ereje.yaml two folders up is not used
mkdir -p $T/f11/a/b && printf 'modules:\n  open-door-day: off\n' > $T/f11/ereje.yaml && cp $T/f9/a.yaml $T/f11/a/b/
(cd $T/f11/a/b && $E validate . --format json $AS --lang en >o 2>e; echo $? > rc)
check "11 ereje.yaml two folders up (no git): not used, settings named null" 'grep -q "\"settings\": null" $T/f11/a/b/o'

# 3b. this round: 100k empty records retained bounded
mkdir -p $T/f3b && node -e "require('fs').writeFileSync('$T/f3b/a.yaml','staff:\n'+'  - {}\n'.repeat(100000))"
(cd $T/f3b && /usr/bin/time -f "%e s %M KB" $E validate . --format json $AS --lang en >o 2>e; echo $? > rc)
check "3b 100k {} records: 1,001 findings, 400,000 counted ($(tail -1 $T/f3b/e))" '[ "$(grep -c "\"rule\"" $T/f3b/o)" = 1001 ] && grep -q "\"error\": 400000" $T/f3b/o'
echo "work dir: $T"
