#!/usr/bin/env bash
# 100 experts saving answers at the same time. Sets up a fresh cycle of the reference codebook (72
# indicators) with 100 benchmark regions (ZY000-ZY099), expert1 the expert of the first 50 and expert2
# of the other 50 (one person may be the expert of many regions), then runs ConcurrentExperts
# (src/test/java/.../bench): one client thread per region with its own token, each saving answers
# through the API (PUT with the version its previous save got back) for DURATION seconds, without
# pause. It prints throughput, latency percentiles and errors by status, then checks the database:
# every acknowledged save stored once on its answer, the last one being what the answer holds, versions
# counting the saves, one audit event per save. Needs a running Regindex (./regindex start).
# Usage: bench/concurrent-experts.sh [base-url]; environment: REALM, DB_URL/DB_USER/DB_PASSWORD,
# EXPERTS (100), DURATION (60), THINK_MS (0: each expert saves again as soon as the last save is answered,
# which measures saturation; 1000: each pauses about a second between saves, as a fast typist with autosave).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:${HTTP_PORT:-8080}}}
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
EXPERTS=${EXPERTS:-100}
DURATION=${DURATION:-60}
THINK_MS=${THINK_MS:-0}
[[ -f target/test-classes/org/regindex/bench/ConcurrentExperts.class && -f .regindex/lib/devdb.classpath ]] \
    || { echo "concurrent-experts.sh: build first (./regindex start builds the test classes)" >&2; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] \
    || { echo "concurrent-experts.sh: no ready app at $BASE (start it with ./regindex start)" >&2; exit 1; }

source bench/lib.sh
token=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

codes=$(seq -f 'ZY%03g' 0 $((EXPERTS - 1)))
known=$(api "$BASE/api/v1/regions?limit=1000" | grep -o '"code":"ZY[0-9]*"' | cut -d'"' -f4 || true)
missing=$(comm -23 <(tr ' ' '\n' <<<"$codes" | sort) <(sort <<<"$known"))
if [[ -n $missing ]]; then   # an import is all or nothing, so only the regions an earlier run did not create
    { echo "code,name,country"; for code in $missing; do echo "$code,Concurrency benchmark region ${code#ZY},ZZ"; done; } >"$work/regions.csv"
    api -o /dev/null --data-binary @"$work/regions.csv" "$BASE/api/v1/regions/imports?fileName=regions.csv"
fi

# The codebook the demo round uses (the reference codebook).
demo=$(api "$BASE/api/v1/cycles" | grep -o '{[^{]*"code":"demo","codebook":{[^}]*}')
codebook=$(grep -o '"code":"[^"]*"' <<<"${demo#*codebook}" | head -n 1 | cut -d'"' -f4)
version=$(grep -o '"version":[0-9]*' <<<"${demo#*codebook}" | head -n 1 | cut -d: -f2)
cycle="experts-$(date +%s)"
regions=$(printf '"%s",' $codes)
status=$(api -o "$work/cycle.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"code\":\"$cycle\",\"name\":\"Concurrency benchmark\",\"codebook\":{\"code\":\"$codebook\",\"version\":$version},\"deadline\":\"2030-01-01\",\"regions\":[${regions%,}]}" \
    "$BASE/api/v1/cycles")
[[ $status == 2* ]] || { echo "concurrent-experts.sh: creating cycle $cycle failed: $(cat "$work/cycle.json")" >&2; exit 1; }
{
    echo "region,username,role"
    i=0
    for code in $codes; do
        echo "$code,expert$((i < EXPERTS / 2 ? 1 : 2)),expert"
        i=$((i + 1))
    done
} >"$work/assignments.csv"
status=$(api -o "$work/assigned.json" -w '%{http_code}' --data-binary @"$work/assignments.csv" \
    "$BASE/api/v1/cycles/$cycle/assignments/imports?fileName=assignments.csv")
[[ $status == 2* ]] || { echo "concurrent-experts.sh: assigning the experts failed: $(cat "$work/assigned.json")" >&2; exit 1; }
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other programs on this machine take CPU from every figure below)"
echo "cycle $cycle: $EXPERTS regions of codebook $codebook v$version, expert1 and expert2 on half each; $(nproc) cores shared by the load generator and the app"

# CPU used by the app and the database (when they run here), per acknowledged save.
port_pid() { ss -ltnpH "( sport = :$1 )" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2; }
cpu_ticks() { [[ -n $1 ]] && awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
app_port=${BASE##*:} && app_port=${app_port%%/*}
db_port=${DB_URL#*://*:} && db_port=${db_port%%/*}
app_pid=$(port_pid "$app_port") db_pid=$(port_pid "$db_port")
app_before=$(cpu_ticks "$app_pid") db_before=$(cpu_ticks "$db_pid")
java -cp "target/test-classes:$(cat .regindex/lib/devdb.classpath)" org.regindex.bench.ConcurrentExperts \
    "$BASE" "$REALM" "$DB_URL" "${DB_USER:-regindex}" "${DB_PASSWORD:-regindex}" "$cycle" "$DURATION" "$THINK_MS" | tee "$work/report.txt"
saves=$(grep -o 'acknowledged saves: [0-9]*' "$work/report.txt" | grep -o '[0-9]*$')
awk -v app=$(($(cpu_ticks "$app_pid") - app_before)) -v db=$(($(cpu_ticks "$db_pid") - db_before)) -v n="$saves" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { if (n > 0) printf "CPU per acknowledged save (includes verification queries): app %.2f ms, database %.2f ms\n", app * 1000 / hz / n, db * 1000 / hz / n }'
