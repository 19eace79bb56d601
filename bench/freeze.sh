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
source bench/lib.sh
token=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cycle="scale-$(date +%s)"
started=$(date +%s.%N)
scale_cycle "$cycle" "$token"
echo "generating and approving took $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"

freeze() {
    api -o "$work/freeze.json" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/cycles/$1/releases"
}
read -r status seconds <<<"$(freeze "$cycle")"
echo "freeze of 240 regions x 300 indicators: HTTP $status in $seconds s ($(grep -o '"version":"[^"]*"' "$work/freeze.json"))"
read -r status seconds <<<"$(freeze demo)"
echo "freeze of the demo round: HTTP $status in $seconds s ($(head -c 200 "$work/freeze.json"))"
