#!/usr/bin/env bash
# Median and p95 latency of saving answers through the API, with the reference codebook's questionnaire
# (72 indicators) of the demo round. Needs a running Regindex with the demo data (./regindex start).
# It assigns expert1 to a region of the demo round (REGION, default AT13; use a fresh one per run or
# ./regindex reset), then saves every answer three times (a first save, then two revisions, each with
# the version the previous save answered), each PUT timed by curl.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
REALM=${REALM:-http://localhost:8180/realms/regindex}
REGION=${REGION:-AT13}
source bench/lib.sh
coordinator=$(access_token coordinator)
expert=$(access_token expert1)
curl -s -o /dev/null -H "Authorization: Bearer $coordinator" -H 'Content-Type: application/json' \
    -d "{\"region\":\"$REGION\",\"username\":\"expert1\",\"role\":\"expert\"}" "$BASE/api/v1/cycles/demo/assignments"
questionnaire="$BASE/api/v1/cycles/demo/questionnaires/$REGION"
indicators=$(curl -sf -H "Authorization: Bearer $expert" "$questionnaire" | grep -o '"indicator":"[^"]*"' | cut -d'"' -f4 | sort -u)
times=$(mktemp)
declare -A version
failed=0
for pass in 1 2 3; do
    for code in $indicators; do
        reply=$(curl -s -w '\n%{http_code} %{time_total}' -X PUT -H "Authorization: Bearer $expert" -H 'Content-Type: application/json' \
            -d "{\"option\":\"a\",\"justification\":\"Pass $pass: documented in the regional plan.\",\"sources\":[{\"citation\":\"Regional plan\",\"url\":\"https://example.org/plan\"}],\"version\":${version[$code]:-0}}" \
            "$questionnaire/answers/$code")
        read -r status seconds <<<"$(tail -n 1 <<<"$reply")"
        [[ $status == 200 ]] || failed=$((failed + 1))
        version[$code]=$(head -n 1 <<<"$reply" | grep -o '"version":[0-9]*' | tail -n 1 | cut -d: -f2)
        echo "$seconds" >>"$times"
    done
done
sort -n "$times" | awk -v failed="$failed" '{ t[NR] = $1 * 1000 } END {
    printf "saves: %d (refused: %d)\nmedian: %.1f ms\np95: %.1f ms\nmax: %.1f ms\n", NR, failed, t[int((NR + 1) / 2)], t[int(NR * 0.95)], t[NR] }'
rm -f "$times"
