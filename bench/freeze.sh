#!/usr/bin/env bash
# Freeze time at the scale of every EU NUTS-2 region: 240 regions x 300 indicators (72,000 answers with
# justifications and sources), approved directly in the database (src/test/java/.../bench/ScaleRound),
# then frozen through the API. Also freezes the demo round if it has approved questionnaires.
# Needs a running Regindex started by ./regindex start (embedded database on REGINDEX_DB_PORT, 3307).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-http://localhost:8080}
REALM=${REALM:-http://localhost:8180/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
token=$(curl -sf -d client_id=regindex-app -d client_secret=regindex-dev-secret -d grant_type=password \
    -d username=coordinator -d password=coordinator "$REALM/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{ echo "code,name,country"; for i in $(seq 0 239); do printf 'ZZ%03d,Benchmark region %d,ZZ\n' "$i" "$i"; done; } >"$work/regions.csv"
api -o /dev/null --data-binary @"$work/regions.csv" "$BASE/api/v1/regions/imports?fileName=regions.csv" || true

{
    echo "indicator,question,guidance,not_applicable,Policy area [policy_area],Governance system [governance_system],Governance process [governance_process],Target population [target_population],option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score,option_3_code,option_3_label,option_3_score"
    for i in $(seq 1 300); do
        printf 'SCL-%03d,Does the region carry out measure %d?,Look at the regional programme.,no,Area %d [A%d],System %d [S%d],Process %d [P%d],Population %d [T%d],a,Yes,100,b,Partly,50,c,No,0\n' \
            "$i" "$i" $((i % 8)) $((i % 8)) $((i % 3)) $((i % 3)) $((i % 4)) $((i % 4)) $((i % 2)) $((i % 2))
    done
} >"$work/codebook.csv"
codebook_version=$(api --data-binary @"$work/codebook.csv" "$BASE/api/v1/codebooks/scale/imports?title=Scale%20benchmark&fileName=scale.csv" \
    | grep -o '"version":[0-9]*' | cut -d: -f2)
cycle="scale-$(date +%s)"
regions=$(seq -f '"ZZ%03g"' 0 239 | paste -sd, -)
api -o /dev/null -H 'Content-Type: application/json' -d "{\"code\":\"$cycle\",\"name\":\"Scale benchmark\",\"codebook\":{\"code\":\"scale\",\"version\":$codebook_version},\"deadline\":\"2030-01-01\",\"regions\":[$regions]}" "$BASE/api/v1/cycles"
started=$(date +%s.%N)
java -cp "target/test-classes:$(cat .regindex/lib/devdb.classpath)" org.regindex.bench.ScaleRound "$DB_URL" "${DB_USER:-regindex}" "${DB_PASSWORD:-regindex}" "$cycle"
echo "generating and approving took $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"

freeze() {
    api -o "$work/freeze.json" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/cycles/$1/releases"
}
read -r status seconds <<<"$(freeze "$cycle")"
echo "freeze of 240 regions x 300 indicators: HTTP $status in $seconds s ($(grep -o '"version":"[^"]*"' "$work/freeze.json"))"
read -r status seconds <<<"$(freeze demo)"
echo "freeze of the demo round: HTTP $status in $seconds s ($(head -c 200 "$work/freeze.json"))"
