#!/usr/bin/env bash
# The public site on a press day, in one run against a running ./regindex start:
#  1. the compare page and the scores endpoint of the newest published release through the shipped nginx
#     cache (deploy/nginx/regindex-proxy.conf, Debian's nginx, started here on a free port in front of the
#     app) against nginx serving the same bytes as static files: requests/s, p50, p99 (wrk -c64);
#  2. the compare page from the app alone at 16 connections, as a visitor who has not signed in (rendered
#     once, then sent from memory) and as a request with credentials (rendered every time, as every visit
#     was before pages were kept): pages/s and the ratio;
#  3. anonymous visits across the public pages (home, compare, region, indicator, release, codebook,
#     sensitivity, embeds; in three languages) straight to the app: how many answers set a cookie, and the
#     app's heap after a full GC before and after (the visits stop at VISITS or after 60 s; wrk waits the 60 s).
# Usage: bench/public-cache.sh [base-url]. Environment: DURATION (default 15s), WARMUP (5s), VISITS (20000).
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-${BASE:-http://localhost:${HTTP_PORT:-8080}}}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
VISITS=${VISITS:-20000}

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
if ((${#missing[@]} > 0)); then
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo=sudo
    echo "Installing ${missing[*]} (Debian packages)..."
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] \
    || { echo "public-cache.sh: no ready app at $BASE (start it with ./regindex start)" >&2; exit 1; }
app_port=${BASE##*:}
app_port=${app_port%%/*}
app_pid=$(ss -ltnpH "( sport = :$app_port )" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
[[ -n $app_pid ]] || { echo "public-cache.sh: no local process listens on port $app_port" >&2; exit 1; }

source bench/lib.sh
work=$(mktemp -d)
chmod 755 "$work"
# start_nginx runs in a command substitution (a subshell): the nginx it starts is found by its pid file.
cleanup() {
    local pid_file
    for pid_file in "$work"/*/pid; do
        [[ -f $pid_file ]] && kill "$(cat "$pid_file")" 2>/dev/null || true
    done
    sleep 0.5
    rm -rf "$work"
}
trap cleanup EXIT

# start_nginx NAME SERVER-BODY: nginx from $work/NAME with the given server block contents; prints its base URL.
start_nginx() {
    local name=$1 body=$2 port dir
    port=$(free_port 18600 18700)
    dir="$work/$name"
    mkdir -p "$dir"
    cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
daemon off;
events { worker_connections 4096; }
http {
    sendfile on;
    tcp_nopush on;
    access_log off;
    keepalive_requests 100000;
$(nginx_scratch "$dir")
    upstream regindex_app { server 127.0.0.1:$app_port; keepalive 32; }
    server {
        listen 127.0.0.1:$port;
        $body
    }
}
CONF
    "$NGINX" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" </dev/null >"$dir/out" 2>&1 &
    echo "$!" >"$dir/pid"
    for _ in {1..50}; do
        [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/") =~ ^[1-5] ]] && { echo "http://127.0.0.1:$port"; return 0; }
        sleep 0.1
    done
    echo "public-cache.sh: nginx $name did not start: $(cat "$dir/out" "$dir/error.log" 2>/dev/null)" >&2
    exit 1
}

# load URL CONNECTIONS [HEADER]: prints "requests/s p50-ms p99-ms non-2xx"
load() {
    local url=$1 connections=$2 header=${3:-} out
    local args=(-t2 -c"$connections")
    [[ -z $header ]] || args+=(-H "$header")
    wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
    out=$(wrk "${args[@]}" -d"$DURATION" --latency "$url")
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
        /Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' <<<"$out"
}

heap_after_gc() {
    jcmd "$app_pid" GC.run >/dev/null
    sleep 1
    jstat -gc "$app_pid" | awk 'NR == 2 { printf "%.1f", ($3 + $4 + $6 + $8) / 1024 }'
}

version=$(curl -sf "$BASE/api/v1/releases/latest" | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4)
[[ -n $version ]] || { echo "public-cache.sh: no release is published" >&2; exit 1; }
region=$(curl -sf "$BASE/api/v1/releases/$version/scores" | grep -o '"region":"[^"]*"' | head -n 1 | cut -d'"' -f4)
indicator=$(curl -sf "$BASE/api/v1/releases/$version/regions/$region" | grep -o '"indicator":"[^"]*"' | head -n 1 | cut -d'"' -f4)
page="/explore/compare.xhtml?release=$version&lang=en"
scores="/api/v1/releases/$version/scores?axis=policy_area"

cached=$(start_nginx cache "include $PWD/deploy/nginx/regindex-proxy.conf;")
static=$(start_nginx static "root $work/www; default_type text/html; add_header Cache-Control \"public, max-age=86400\";")
mkdir -p "$work/www/explore" "$work/www/api/v1/releases/$version"
curl -sf -o "$work/www/explore/compare.xhtml" "$BASE$page"
curl -sf -o "$work/www/api/v1/releases/$version/scores" "$BASE$scores"
chmod -R a+rX "$work/www"

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores shared by wrk, nginx and the app"
echo "release $version; wrk -t2 -d$DURATION after a $WARMUP warm-up of each"
echo
echo "1. through the shipped nginx cache vs nginx serving the same bytes as static files, 64 connections"
for target in "compare page|$page|/explore/compare.xhtml" "scores endpoint|$scores|/api/v1/releases/$version/scores"; do
    IFS='|' read -r label asked file <<<"$target"
    curl -s -o /dev/null "$cached$asked"
    curl -s -o /dev/null "$cached$asked"
    status=$(curl -s -o "$work/through" -D - "$cached$asked" | tr -d '\r' | grep -i '^x-cache-status:' | cut -d' ' -f2)
    cmp -s "$work/through" "$work/www$file" || echo "  (the cached copy differs from the app's bytes)"
    read -r c_rps c_p50 c_p99 c_bad <<<"$(load "$cached$asked" 64)"
    read -r s_rps s_p50 s_p99 s_bad <<<"$(load "$static$file" 64)"
    printf '  %s (%s bytes, cache %s): cache %s req/s p50 %s ms p99 %s ms non-2xx %s; static %s req/s p50 %s ms p99 %s ms\n' \
        "$label" "$(wc -c <"$work/www$file")" "$status" "$c_rps" "$c_p50" "$c_p99" "$c_bad" "$s_rps" "$s_p50" "$s_p99"
    awk -v c="$c_rps" -v s="$s_rps" -v p="$c_p99" 'BEGIN { printf "  ratio cache/static %.2f (target >= 0.8: %s), p99 %.2f ms (target < 20 ms: %s)\n", c / s, (c / s >= 0.8) ? "met" : "missed", p, (p < 20) ? "met" : "missed" }'
done

echo
echo "2. the compare page from the app alone, 16 connections"
read -r k_rps k_p50 k_p99 k_bad <<<"$(load "$BASE$page" 16)"
read -r r_rps r_p50 r_p99 r_bad <<<"$(load "$BASE$page" 16 "Authorization: Bearer not-a-token-rendered-every-time")"
printf '  kept in memory: %s pages/s p50 %s ms p99 %s ms; rendered every time: %s pages/s p50 %s ms p99 %s ms (non-2xx %s, %s)\n' \
    "$k_rps" "$k_p50" "$k_p99" "$r_rps" "$r_p50" "$r_p99" "$k_bad" "$r_bad"
awk -v k="$k_rps" -v r="$r_rps" 'BEGIN { printf "  ratio %.1f (target >= 5: %s)\n", k / r, (k / r >= 5) ? "met" : "missed" }'

echo
echo "3. $VISITS anonymous visits across the public pages, straight to the app"
cat >"$work/visits.lua" <<LUA
local paths = {}
for _, lang in ipairs({"en", "de", "es"}) do
  for _, p in ipairs({"/", "/explore/compare.xhtml?release=$version", "/explore/region.xhtml?release=$version&region=$region",
      "/explore/indicator.xhtml?release=$version&indicator=$indicator", "/explore/release.xhtml?release=$version",
      "/explore/codebook.xhtml?release=$version", "/explore/sensitivity.xhtml?release=$version",
      "/embed/compare.xhtml?release=$version", "/releases/$version"}) do
    paths[#paths + 1] = p .. (p:find("?", 1, true) and "&" or "?") .. "lang=" .. lang
  end
end
counter, cookies, sent, limit = 0, 0, 0, math.floor($VISITS / 2)
local threads = {}
setup = function(thread) table.insert(threads, thread) end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
response = function(status, headers, body)
  sent = sent + 1
  if headers["Set-Cookie"] or headers["set-cookie"] then cookies = cookies + 1 end
  if sent >= limit then wrk.thread:stop() end
end
done = function(summary, latency, requests)
  local set = 0
  for _, thread in ipairs(threads) do set = set + thread:get("cookies") end
  io.write(string.format("visits %d %d\n", summary.requests, set))
end
LUA
before=$(heap_after_gc)
read -r visits cookie_answers <<<"$(wrk -t2 -c16 -d60s -s "$work/visits.lua" "$BASE" | grep '^visits' | cut -d' ' -f2-)"
after=$(heap_after_gc)
printf '  %s visits; answers that set a cookie: %s; heap after a full GC %s MB before, %s MB after\n' \
    "$visits" "$cookie_answers" "$before" "$after"
awk -v b="$before" -v a="$after" 'BEGIN { printf "  heap change %+.1f %% (target within 10 %%)\n", (a - b) * 100 / b }'
