#!/usr/bin/env bash
# Throughput and latency of the open-data API against nginx serving the same bytes as a static file.
# For each release size (SIZES, default "demo scale": 2 regions x 72 indicators of the reference
# codebook, and 240 regions x 300 indicators), it sets up a cycle whose questionnaires ScaleRound
# approves directly in the database, freezes and publishes it through the API, fetches
# /api/v1/releases/{v}/scores?axis=policy_area once, writes those bytes into a temporary nginx root
# served with the same content type, then runs wrk (-t2 -c64 -d20s --latency) against the app and
# against nginx in the same run and prints requests/s, p50, p99 and the ratio app/nginx.
# wrk, nginx and the app share the machine's cores: on 2 cores each figure is what is left beside wrk.
# Needs a running Regindex (./regindex start); usage: bench/public-api.sh [base-url].
# Environment: REALM, DB_URL/DB_USER/DB_PASSWORD (the launcher's embedded database), SIZES, THREADS,
# CONNECTIONS, DURATION, WARMUP.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:${HTTP_PORT:-8080}}}
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
SIZES=${SIZES:-demo scale}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-64}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
if ((${#missing[@]} > 0)); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "Installing ${missing[*]} (Debian packages)..."
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -f target/test-classes/org/regindex/bench/ScaleRound.class && -f .regindex/lib/devdb.classpath ]] \
    || { echo "public-api.sh: build first (./regindex start builds the test classes ScaleRound needs)" >&2; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] \
    || { echo "public-api.sh: no ready app at $BASE (start it with ./regindex start)" >&2; exit 1; }

work=$(mktemp -d)
nginx_pid=""
cleanup() {
    [[ -z $nginx_pid ]] || { kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null; } || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

source bench/lib.sh
token=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
field() { grep -o "\"$1\":\"[^\"]*\"" | head -n 1 | cut -d'"' -f4; }
stamp=$(date +%s)

# new_cycle CODE CODEBOOK VERSION REGION...: creates the cycle, approves every questionnaire in the database.
new_cycle() {
    local code=$1 codebook=$2 version=$3 regions
    shift 3
    regions=$(printf '"%s",' "$@")
    api -o /dev/null -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"name\":\"Public API benchmark\",\"codebook\":{\"code\":\"$codebook\",\"version\":$version},\"deadline\":\"2030-01-01\",\"regions\":[${regions%,}]}" "$BASE/api/v1/cycles"
    java -cp "target/test-classes:$(cat .regindex/lib/devdb.classpath)" org.regindex.bench.ScaleRound "$DB_URL" "${DB_USER:-regindex}" "${DB_PASSWORD:-regindex}" "$code"
}

# release CYCLE: freezes and publishes the cycle's approved questionnaires, prints the version.
release() {
    local version
    version=$(api -H 'Content-Type: application/json' -d '{}' "$BASE/api/v1/cycles/$1/releases" | field version)
    [[ -n $version ]] || { echo "public-api.sh: freezing $1 failed" >&2; exit 1; }
    api -o /dev/null -X POST "$BASE/api/v1/releases/$version/publish"
    echo "$version"
}

setup_demo() { # the reference codebook of the demo round, the demo round's two regions
    local demo codebook version
    demo=$(api "$BASE/api/v1/cycles" | grep -o '{[^{]*"code":"demo","codebook":{[^}]*}')
    codebook=$(field code <<<"${demo#*codebook}")
    version=$(grep -o '"version":[0-9]*' <<<"${demo#*codebook}" | head -n 1 | cut -d: -f2)
    new_cycle "bench-demo-$stamp" "$codebook" "$version" ES51 ITF3 >&2
    release "bench-demo-$stamp"
}

setup_scale() { # 240 regions x 300 indicators, as freeze.sh
    scale_cycle "bench-scale-$stamp" "$token" >&2
    release "bench-scale-$stamp"
}

# Sets nginx_base. The same bytes, as a static file, from nginx with its Debian defaults for static files, no access log.
start_nginx() {
    local port
    port=$(free_port 18480 18580)
    chmod 755 "$work"
    cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/error.log;
daemon off;
events { worker_connections 1024; }
http {
    sendfile on;
    tcp_nopush on;
    access_log off;
    client_body_temp_path $work/tmp-body;
    proxy_temp_path $work/tmp-proxy;
    fastcgi_temp_path $work/tmp-fastcgi;
    uwsgi_temp_path $work/tmp-uwsgi;
    scgi_temp_path $work/tmp-scgi;
    types { }
    default_type application/json;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
        add_header Access-Control-Allow-Origin *;
        add_header Cache-Control "no-transform, max-age=31536000, immutable";
    }
}
EOF
    "$NGINX" -p "$work" -c "$work/nginx.conf" -e "$work/error.log" </dev/null >"$work/nginx.out" 2>&1 &
    nginx_pid=$!
    nginx_base="http://127.0.0.1:$port"
    for _ in {1..50}; do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "$nginx_base/") =~ ^[1-5] ]] && return 0
        sleep 0.1
    done
    echo "public-api.sh: nginx did not start: $(cat "$work/nginx.out" "$work/error.log" 2>/dev/null)" >&2
    exit 1
}

# CPU time (clock ticks, user + system) used so far by the given processes.
cpu_ticks() {
    local pid total=0 stat
    for pid in "$@"; do
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        stat=${stat##*) }
        read -r -a fields <<<"$stat"
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

# load URL PID...: prints "requests/s p50-ms p99-ms non-2xx cpu-ms-per-request" (CPU of the given server processes)
load() {
    local out url=$1 before after
    shift
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    before=$(cpu_ticks "$@")
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    after=$(cpu_ticks "$@")
    awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        / requests in / { n = $1 }
        END { printf "%.0f %.2f %.2f %d %.3f\n", rps, p50, p99, bad, ticks * 1000 / hz / n }' <<<"$out"
}

mkdir -p "$work/www"
start_nginx
app_port=${BASE##*:}
app_port=${app_port%%/*}
app_pid=$(ss -ltnpH "( sport = :$app_port )" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[[ -n $app_pid ]] || { echo "public-api.sh: no local process listens on port $app_port" >&2; exit 1; }
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) (other programs on this machine take CPU from every figure below)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a $WARMUP warm-up of each), $(nproc) cores shared by wrk, nginx and the app"
for size in $SIZES; do
    case $size in
        demo) version=$(setup_demo) label="demo-size release (2 regions x 72 indicators)" ;;
        scale) version=$(setup_scale) label="240 regions x 300 indicators" ;;
        *) echo "public-api.sh: unknown size $size (demo or scale)" >&2; exit 2 ;;
    esac
    path="/api/v1/releases/$version/scores"
    query="?axis=policy_area"
    mkdir -p "$work/www$path"
    rmdir "$work/www$path"
    curl -sf -D "$work/headers" -o "$work/www$path" "$BASE$path$query"
    chmod -R a+rX "$work/www"
    bytes=$(wc -c <"$work/www$path")
    type=$(grep -i '^content-type:' "$work/headers" | tr -d '\r' | cut -d' ' -f2-)
    cmp -s "$work/www$path" <(curl -sf "$nginx_base$path$query") || { echo "public-api.sh: nginx does not serve the same bytes" >&2; exit 1; }
    echo
    echo "$label: release $version, GET $path$query, $bytes bytes, $type"
    read -r app_rps app_p50 app_p99 app_bad app_cpu <<<"$(load "$BASE$path$query" "$app_pid")"
    # shellcheck disable=SC2046 # the master and each worker
    read -r ngx_rps ngx_p50 ngx_p99 ngx_bad ngx_cpu <<<"$(load "$nginx_base$path$query" "$nginx_pid" $(pgrep -P "$nginx_pid"))"
    printf '  %-6s %9s req/s   p50 %7s ms   p99 %7s ms   non-2xx %s   server CPU %s ms per request\n' \
        app "$app_rps" "$app_p50" "$app_p99" "$app_bad" "$app_cpu" nginx "$ngx_rps" "$ngx_p50" "$ngx_p99" "$ngx_bad" "$ngx_cpu"
    awk -v a="$app_rps" -v n="$ngx_rps" -v p="$app_p99" -v c="$app_cpu" -v m="$ngx_cpu" 'BEGIN {
        r = a / n
        printf "  app/nginx requests/s: %.2f (target >= 0.5: %s); app p99 %.2f ms (target < 20 ms: %s); CPU per request app/nginx: %.0f\n",
            r, (r >= 0.5) ? "met" : "missed", p, (p < 20) ? "met" : "missed", c / m }'
done
