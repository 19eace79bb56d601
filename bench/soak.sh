#!/usr/bin/env bash
# A long run: a bounded mixed workload against a running Regindex for DURATION seconds (default 1800, 30
# minutes). Sets up a cycle of the reference codebook on REGIONS benchmark regions (SK000...), expert1 the
# expert and reviewer1 the reviewer of each; then Soak (src/test/java/.../bench) runs one team per region
# taking its questionnaire round and round (saves, submit, a reviewer's comment, accept, the coordinator's
# approve and reopen), a coordinator freezing and publishing every 45 s, and two public readers on pages and
# the API. Half-way the launcher's embedded database is stopped (SIGTERM to its process group, as faults.sh
# does) and started again 20 s later. Every 10 s it samples the app's heap (jstat), RSS and threads (/proc)
# and the database's open connections. At the end it prints throughput, p50/p95 per kind of request,
# answers by status, the samples, and checks: every acknowledged write stored once with one audit event, no
# 5xx except from the restart until 15 s after it, heap, RSS and threads flat after the warm-up (the first
# quarter). Exits non-zero when a check fails.
# Usage: bench/soak.sh; environment: DURATION (seconds), REGIONS (8), RESTART (1; 0: no database restart).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:${HTTP_PORT:-8080}}
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_PORT=${REGINDEX_DB_PORT:-3307}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:$DB_PORT/regindex}
DURATION=${DURATION:-1800}
REGIONS=${REGIONS:-8}
RESTART=${RESTART:-1}
CP="target/test-classes:$(cat .regindex/lib/devdb.classpath)"
SQL=(.regindex/data/mariadb/base/bin/mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uregindex -pregindex regindex -N -B -e)
[[ -f target/test-classes/org/regindex/bench/Soak.class ]] \
    || { echo "soak.sh: build first (./regindex start builds the test classes)" >&2; exit 1; }
curl -sf -o /dev/null "$BASE/health/ready" || { echo "soak.sh: start Regindex first: ./regindex start" >&2; exit 2; }
source bench/lib.sh
token=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
work=$(mktemp -d)
sampler=
trap '[[ -n $sampler ]] && kill "$sampler" 2>/dev/null; rm -rf "$work"' EXIT

codes=$(seq -f 'SK%03g' 0 $((REGIONS - 1)))
{ echo "code,name,country"; for code in $codes; do echo "$code,Soak region ${code#SK},ZZ"; done; } >"$work/regions.csv"
known=$(api "$BASE/api/v1/regions?limit=1000" | grep -o '"code":"SK[0-9]*"' | cut -d'"' -f4 || true)
[[ -n $known ]] || api -o /dev/null --data-binary @"$work/regions.csv" "$BASE/api/v1/regions/imports?fileName=regions.csv"
codebook=$(api "$BASE/api/v1/cycles/demo" | sed 's/.*"codebook":{\([^}]*\)}.*/{\1}/')
cycle="soak-$(date +%s)"
regions=$(printf '"%s",' $codes)
status=$(api -o "$work/cycle.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"code\":\"$cycle\",\"name\":\"Soak\",\"codebook\":$codebook,\"deadline\":\"2030-01-01\",\"regions\":[${regions%,}]}" "$BASE/api/v1/cycles")
[[ $status == 2* ]] || { echo "soak.sh: creating cycle $cycle failed: $(cat "$work/cycle.json")" >&2; exit 1; }
{ echo "region,username,role"; for code in $codes; do echo "$code,expert1,expert"; echo "$code,reviewer1,reviewer"; done; } >"$work/teams.csv"
status=$(api -o "$work/teams.json" -w '%{http_code}' --data-binary @"$work/teams.csv" \
    "$BASE/api/v1/cycles/$cycle/assignments/imports?fileName=teams.csv")
[[ $status == 2* ]] || { echo "soak.sh: assigning the teams failed: $(cat "$work/teams.json")" >&2; exit 1; }

app_pid=$(cat .regindex/pids/app.pid)
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores shared by the load, the app, the database and Keycloak"
echo "cycle $cycle: $REGIONS regions, $DURATION s, app pid $app_pid, database restart: $([[ $RESTART == 1 ]] && echo "at $((DURATION / 2)) s" || echo no)"

# Samples: seconds since start, heap used (MB, jstat), old generation used (MB), RSS (MB), threads, DB connections.
sample() {
    local t0=$1 heap rss threads connections
    while sleep 10; do
        # each may fail (the database is down half-way): the sample then says "-", and sampling goes on
        heap=$(jstat -gc "$app_pid" 2>/dev/null | awk 'NR == 2 { printf "%.0f %.0f", ($3 + $4 + $6 + $8) / 1024, $8 / 1024 }' || true)
        rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$app_pid/status" 2>/dev/null || true)
        threads=$(awk '/Threads/ { print $2 }' "/proc/$app_pid/status" 2>/dev/null || true)
        connections=$("${SQL[@]}" "SHOW GLOBAL STATUS LIKE 'Threads_connected'" 2>/dev/null | cut -f2 || true)
        echo "$(($(date +%s) - t0)) ${heap:-- -} ${rss:--} ${threads:--} ${connections:--}"
    done
}
sample "$(date +%s)" >"$work/samples.txt" &
sampler=$!

restart_database() {
    sleep $((DURATION / 2))
    local stopped ready
    stopped=$(date +%s%3N)
    kill -TERM -- "-$(cat .regindex/pids/db.pid)"
    while (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null; do sleep 0.2; done
    sleep 20
    REGINDEX_SKIP_BUILD=1 ./regindex start >"$work/db.log" 2>&1 || cat "$work/db.log" >&2
    ready=$(date +%s%3N)
    printf '%s\n%s\n' "$stopped" "$ready" >"$work/window.txt"
    echo "database stopped at $(((stopped - started) / 1000)) s and ready again $(((ready - stopped) / 1000)) s later"
}
started=$(date +%s%3N)
log_start=$(wc -l <.regindex/logs/app.log)
restarter=
if [[ $RESTART == 1 ]]; then restart_database & restarter=$!; fi
code=0
java -cp "$CP" org.regindex.bench.Soak "$BASE" "$REALM" "$DB_URL" "${DB_USER:-regindex}" "${DB_PASSWORD:-regindex}" \
    "$cycle" "$DURATION" "$work/window.txt" || code=$?
[[ -z $restarter ]] || wait "$restarter" || true
kill "$sampler" 2>/dev/null || true
sampler=

echo "samples (every 10 s): seconds, heap used MB, old generation MB, RSS MB, threads, database connections"
awk 'NR % 6 == 1' "$work/samples.txt" | column -t
failures=0
check() { # description, condition
    if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi
}
# Flat after warm-up: the last quarter's maximum within 25 % (RSS), 50 % (old generation) and 20 threads of
# the maximum of the second quarter; heap used swings with every collection, so its old generation is compared.
flat() { # column, allowed growth factor, allowed growth added
    awk -v c="$1" -v f="$2" -v a="$3" -v d="$DURATION" '
        $c != "-" && $1 > d / 4 && $1 <= d / 2 && $c > warm { warm = $c }
        $c != "-" && $1 > d * 3 / 4 && $c > late { late = $c }
        END { printf "%s -> %s\n", warm, late > "/dev/stderr"; exit !(warm > 0 && late > 0 && late <= warm * f + a) }' "$work/samples.txt"
}
check "RSS flat after warm-up (second quarter -> last quarter max MB: $(flat 4 1.25 0 2>&1 >/dev/null || true))" "flat 4 1.25 0 2>/dev/null"
check "old generation flat after warm-up ($(flat 3 1.5 32 2>&1 >/dev/null || true))" "flat 3 1.5 32 2>/dev/null"
check "threads flat after warm-up ($(flat 5 1 20 2>&1 >/dev/null || true))" "flat 5 1 20 2>/dev/null"
severe=$(tail -n +$((log_start + 1)) .regindex/logs/app.log | grep -c SEVERE || true)
incidents=$(tail -n +$((log_start + 1)) .regindex/logs/app.log | grep -c 'Incident ' || true)
echo "app log during the run: $severe SEVERE lines, $incidents incidents (answers 500)"
((code == 0 && failures == 0)) || { echo "soak.sh: $failures checks of the script failed; Soak exited $code"; exit 1; }
