#!/usr/bin/env bash
# Full render time of the public compare page (Faces, one client, curl's time to the last byte) and of
# the scores endpoint: for the demo release (DEMO_RELEASE, 1.0 after a fresh ./regindex start) and for a
# release of 240 regions x 300 indicators made for this run (ScaleRound, frozen and published through the
# API). N timed requests after 10 untimed ones. Needs a running ./regindex start.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:${HTTP_PORT:-8080}}}
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
DEMO_RELEASE=${DEMO_RELEASE:-1.0}
N=${N:-50}
source bench/lib.sh
token=$(access_token coordinator)

timed() { # URL: prints size, median, p95 and max of N GETs
    local i size
    for i in $(seq 10); do curl -sf -o /dev/null "$1"; done
    size=$(curl -s -o /dev/null -w '%{size_download}' "$1")
    for i in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n |
        awk -v n="$N" -v size="$size" '{ t[NR] = $1 * 1000 } END { printf "%d KB: median %.1f ms, p95 %.1f ms, max %.1f ms\n", size / 1024, t[int((n + 1) / 2)], t[int(n * 0.95)], t[n] }'
}
report() { # VERSION LABEL
    echo "$2 (release $1), $N requests each:"
    echo "  compare page, policy area:  $(timed "$BASE/explore/compare.xhtml?release=$1&axis=policy_area")"
    echo "  compare page, overall:      $(timed "$BASE/explore/compare.xhtml?release=$1&axis=overall")"
    echo "  /api/v1/releases/$1/scores?axis=policy_area: $(timed "$BASE/api/v1/releases/$1/scores?axis=policy_area")"
}

report "$DEMO_RELEASE" "demo release"
cycle="compare-$(date +%s)"
scale_cycle "$cycle" "$token" >/dev/null
version=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/cycles/$cycle/releases" \
    | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4)
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" "$BASE/api/v1/releases/$version/publish"
report "$version" "240 regions x 300 indicators"
echo "(target for 240 regions: median full render of the compare page under 200 ms)"
