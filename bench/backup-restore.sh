#!/usr/bin/env bash
# Backup and restore with the launcher, timed: the data as it is (the demo round on a fresh start), then
# again after the 240 regions x 300 indicators round (72,000 answers) has been approved and frozen.
# The second backup is restored into a fresh data folder (restore --yes: the data before is kept in
# .regindex/kept/), the app is started on it, and row counts and release digests are compared.
# Needs a running Regindex started by ./regindex start; leaves it running on the restored data.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:8080}
REALM=${REALM:-http://localhost:8180/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
source bench/lib.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
counts() {
    .regindex/data/mariadb/base/bin/mariadb --socket=.regindex/data/mariadb/tmp/mariadb.sock -u"$(id -un)" -N regindex -e \
        "select concat((select count(*) from answer), ' answers, ', (select count(*) from audit_event), ' audit events, ',
         (select count(*) from dataset_release), ' releases, ', (select count(*) from rel_answer), ' frozen answers')"
}
digests() { curl -s "$BASE/api/v1/releases?limit=1000" | grep -o '"digest":"[^"]*"' | sort; }

started=$(now)
./regindex backup "$work/before.zip" >/dev/null
echo "backup of $(counts): $(since "$started") s, $(du -k "$work/before.zip" | cut -f1) KB"

token=$(access_token coordinator)
cycle="scale-$(date +%s)"
scale_cycle "$cycle" "$token"
curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/cycles/$cycle/releases"

expected="$(counts)"
started=$(now)
./regindex backup "$work/scale.zip" >/dev/null
echo "backup of $expected: $(since "$started") s, $(du -k "$work/scale.zip" | cut -f1) KB"
digests >"$work/digests.before"

started=$(now)
./regindex restore "$work/scale.zip" --yes >/dev/null
echo "restore into a fresh data folder: $(since "$started") s (stops everything, sets the data aside, loads, stops)"
started=$(now)
./regindex start --skip-build >/dev/null
echo "start on the restored data: $(since "$started") s"
actual="$(counts)"
digests >"$work/digests.after"
[[ $actual == "$expected" ]] || { echo "FAILED: restored $actual, expected $expected"; exit 1; }
cmp -s "$work/digests.before" "$work/digests.after" || { echo "FAILED: release digests differ"; exit 1; }
echo "restored: $actual; every release digest the same"
