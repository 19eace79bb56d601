#!/usr/bin/env bash
# Faults against a running ./regindex start (embedded database, local Keycloak), each checked afterwards:
#   1. kill -9 of the app during a burst of saves: every acknowledged save is in the database, none twice
#      or on another answer, and the app starts cleanly again;
#   2. kill -9 of the app during the freeze of 240 regions x 300 indicators: no release is half-written,
#      and the freeze succeeds after the restart;
#   3. the database stops for 20 s: requests get a clear 503 meanwhile, and the app recovers by itself;
#   4. Keycloak stops: public pages and the public API keep working, sign-in says it is unavailable.
# Prints what it saw; exits non-zero when a check fails. Leaves everything running as it found it.
# Usage: bench/faults.sh [step...]   (steps 1-4, all by default)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:${HTTP_PORT:-8080}}
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_PORT=${REGINDEX_DB_PORT:-3307}
DB_URL="jdbc:mariadb://localhost:$DB_PORT/regindex"
CP="target/test-classes:$(cat .regindex/lib/devdb.classpath)"
SQL=(.regindex/data/mariadb/base/bin/mariadb --protocol=tcp -h127.0.0.1 -P"$DB_PORT" -uregindex -pregindex regindex -N -B -e)
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

curl -sf -o /dev/null "$BASE/health/ready" || { echo "Start Regindex first: ./regindex start" >&2; exit 2; }
source bench/lib.sh
coordinator=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $coordinator" -H 'Content-Type: application/json' "$@"; }
check() { # description, condition
    if eval "$2"; then echo "  ok    $1"; else echo "  FAIL  $1"; failures=$((failures + 1)); fi
}
app_pid() { cat .regindex/pids/app.pid; }
restart_app() { # prints seconds until ready
    local t0=$SECONDS
    REGINDEX_SKIP_BUILD=1 ./regindex start >"$work/restart.log" 2>&1 || { cat "$work/restart.log"; exit 1; }
    echo $((SECONDS - t0))
}
clean_start() { # no SEVERE line and a ready app after the restart
    ! grep -q SEVERE .regindex/logs/app.log && [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]]
}
ms() { date +%s%3N; }

suffix=$(date +%s | tail -c 6)
region="FX$((suffix % 1000))" cycle="faults-$suffix"  # a NUTS-like code: two letters and up to three more
codebook=$(api "$BASE/api/v1/cycles/demo" | sed 's/.*"codebook":{\([^}]*\)}.*/{\1}/')
api -o /dev/null -d "{\"code\":\"$region\",\"name\":\"Fault region $suffix\",\"country\":\"FX\"}" "$BASE/api/v1/regions"
api -o /dev/null -d "{\"code\":\"$cycle\",\"name\":\"Faults $suffix\",\"codebook\":$codebook,\"deadline\":\"2030-01-01\",\"regions\":[\"$region\"]}" "$BASE/api/v1/cycles"
api -o /dev/null -d "{\"region\":\"$region\",\"username\":\"expert1\",\"role\":\"expert\"}" "$BASE/api/v1/cycles/$cycle/assignments"

kill_during_saves() {
echo "1. kill -9 of the app during a burst of saves"
java -cp "$CP" org.regindex.bench.FaultChecks burst "$BASE" "$REALM" "$cycle" "$region" 8 "$work/acks.tsv" &
burst=$!
sleep 6
kill -9 "$(app_pid)"
echo "  app killed after 6 s of saves"
wait "$burst" || { echo "  the burst failed before the kill" >&2; exit 1; }
echo "  app restarted and ready in $(restart_app) s"
check "the app starts cleanly (ready, no SEVERE in its log)" clean_start
check "every acknowledged save is in the database" "java -cp '$CP' org.regindex.bench.FaultChecks verify '$DB_URL' regindex regindex '$cycle' '$region' '$work/acks.tsv' | sed 's/^/        /'"

}

kill_during_freeze() {
echo "2. kill -9 of the app during a freeze of 240 regions x 300 indicators"
scale="faultfreeze-$suffix"
scale_cycle "$scale" "$coordinator" >/dev/null
releases() { "${SQL[@]}" "SELECT COUNT(*) FROM dataset_release WHERE cycle_code = '$scale'"; }
incomplete() { # releases whose answers are not regions x indicators
    "${SQL[@]}" "SELECT COUNT(*) FROM dataset_release d WHERE d.cycle_code = '$scale' AND
        (SELECT COUNT(*) FROM rel_answer a WHERE a.release_id = d.id) <>
        (SELECT COUNT(*) FROM rel_region r WHERE r.release_id = d.id) * (SELECT COUNT(*) FROM rel_indicator i WHERE i.release_id = d.id)"
}
api -o /dev/null -d '{}' "$BASE/api/v1/cycles/$scale/releases" &
sleep 1.5
kill -9 "$(app_pid)"
wait || true
echo "  app killed 1.5 s into the freeze; releases of the round afterwards: $(releases)"
echo "  app restarted and ready in $(restart_app) s"
check "the app starts cleanly (ready, no SEVERE in its log)" clean_start
check "no release of the round is half-written" "[[ \$(incomplete) == 0 ]]"
coordinator=$(access_token coordinator)
status=$(api -o /dev/null -w '%{http_code}' -d '{}' "$BASE/api/v1/cycles/$scale/releases")
check "the freeze succeeds after the restart (HTTP $status), complete" "[[ $status == 201 && \$(incomplete) == 0 && \$(releases) -ge 1 ]]"

}

database_stops() {
echo "3. the database stops for 20 s"
expert=$(access_token expert1)
indicator=$(curl -s -H "Authorization: Bearer $expert" "$BASE/api/v1/cycles/$cycle/questionnaires/$region" | grep -o '"indicator":"[^"]*"' | head -n 1 | cut -d'"' -f4)
save() {
    curl -s -o "$work/save.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $expert" -H 'Content-Type: application/json' -X PUT \
        -d "{\"option\":\"b\",\"justification\":\"after $1\",\"sources\":[{\"citation\":\"Plan\"}],\"version\":$(cat "$work/version" 2>/dev/null || echo 0)}" \
        "$BASE/api/v1/cycles/$cycle/questionnaires/$region/answers/$indicator"
    grep -o '"version":[0-9]*' "$work/save.json" | head -n 1 | cut -d: -f2 >"$work/saved" && mv "$work/saved" "$work/version" || true
}
"${SQL[@]}" "SELECT a.row_version FROM answer a JOIN indicator i ON i.id = a.indicator_id JOIN questionnaire q ON q.id = a.questionnaire_id
    JOIN region r ON r.id = q.region_id WHERE r.code = '$region' AND i.code = '$indicator'" >"$work/version"
[[ -s $work/version ]] || echo 0 >"$work/version"
app_before=$(app_pid)
kill -TERM -- "-$(cat .regindex/pids/db.pid)"
stopped=$(ms)
while port=$( (exec 3<>"/dev/tcp/127.0.0.1/$DB_PORT") 2>/dev/null && echo open); [[ $port == open ]]; do sleep 0.2; done
echo "  database stopped; requests while it is down:"
: >"$work/down.txt"
while (($(ms) - stopped < 20000)); do
    read -r code seconds <<<"$(save down)"
    listing=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/releases")
    home=$(curl -s -L -o "$work/home.html" -w '%{http_code}' "$BASE/")
    echo "$code $seconds $listing $home" >>"$work/down.txt"
    sleep 1
done
sort "$work/down.txt" | awk '{ n[$1]++; if ($2 > max[$1]) max[$1] = $2 } END { for (c in n) printf "        save: HTTP %s x%d (slowest %.2f s)\n", c, n[c], max[c] }'
echo "        release listing: HTTP $(cut -d' ' -f3 "$work/down.txt" | sort | uniq -c | xargs); public home: HTTP $(cut -d' ' -f4 "$work/down.txt" | sort | uniq -c | xargs)"
echo "        problem body: $(head -c 300 "$work/save.json")"
check "every save while the database is down answered 503" "[[ \$(cut -d' ' -f1 '$work/down.txt' | sort -u) == 503 ]]"
check "the 503 says why" "grep -q 'database cannot be reached' '$work/save.json'"
check "public pages answer 503 with the page saying so" "[[ \$(cut -d' ' -f4 '$work/down.txt' | sort -u) == 503 ]] && grep -q 'Temporarily unavailable' '$work/home.html'"
REGINDEX_SKIP_BUILD=1 ./regindex start >"$work/db.log" 2>&1 || { cat "$work/db.log"; exit 1; }
back=$(ms)
until [[ $(save back | cut -d' ' -f1) == 200 ]]; do
    (($(ms) - back < 60000)) || break
    sleep 0.2
done
echo "  the database was down $(((back - stopped) / 1000)) s; the first save succeeded $(($(ms) - back)) ms after it was back"
check "saves succeed again without restarting the app (pid $app_before)" "[[ \$(save again | cut -d' ' -f1) == 200 && \$(app_pid) == $app_before ]]"

}

keycloak_stops() {
echo "4. Keycloak stops"
kill -TERM -- "-$(cat .regindex/pids/keycloak.pid)"
while curl -s -o /dev/null "$REALM"; do sleep 0.5; done
latest=$(curl -s "$BASE/api/v1/releases" | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4)
check "the public home page answers 200" "[[ \$(curl -s -o /dev/null -w '%{http_code}' '$BASE/') == 200 ]]"
check "the public API answers 200 (/api/v1/releases)" "[[ \$(curl -s -o /dev/null -w '%{http_code}' '$BASE/api/v1/releases') == 200 ]]"
if [[ -n $latest ]]; then
    check "the public scores of release $latest answer 200" "[[ \$(curl -s -o /dev/null -w '%{http_code}' '$BASE/api/v1/releases/$latest/scores?axis=policy_area') == 200 ]]"
fi
signin=$(curl -s -L -o "$work/signin.html" -w '%{http_code} %{url_effective}' "$BASE/app/home.xhtml")
echo "  sign-in: $signin"
check "signing in says the sign-in service is unavailable" "grep -q 'Sign-in is unavailable' '$work/signin.html'"
REGINDEX_SKIP_BUILD=1 ./regindex start >"$work/kc.log" 2>&1 || { cat "$work/kc.log"; exit 1; }
check "signing in works again once Keycloak is back" "curl -s -o /dev/null -w '%{redirect_url}' '$BASE/app/home.xhtml' | grep -q '/realms/regindex/'"
}

for step in ${*:-1 2 3 4}; do
    case $step in
        1) kill_during_saves ;; 2) kill_during_freeze ;; 3) database_stops ;; 4) keycloak_stops ;;
        *) echo "unknown step $step (1-4)" >&2; exit 2 ;;
    esac
done
echo
((failures == 0)) && echo "All fault checks passed." || echo "$failures fault check(s) failed."
exit $((failures > 0))
