#!/usr/bin/env bash
# Two app instances as one cluster behind nginx, and one of them killed under load. Next to a running
# ./regindex start (its database and Keycloak; the app it started on 8080 stays out of the cluster), this
# starts two Payara Micro instances clustered through Payara's data grid (Hazelcast on 127.0.0.1, ports
# 5910-5911; --nohostaware, since both run on one address) and Debian's nginx in front of them with the
# shipped deploy/nginx/regindex-proxy.conf and a sticky upstream (as deploy/nginx/nginx.conf). Then:
#   1. a release of a generated round (bench/lib.sh scale_cycle) withdrawn on one instance: how long until
#      the other refuses its data (target < 1 s);
#   2. a person signs in through nginx (curl through Keycloak's form), opens "My work", keeps its form;
#   3. 100 experts save back to back through nginx (ConcurrentExperts) for DURATION seconds; KILL_AFTER
#      seconds in, the instance holding the signed-in session gets kill -9;
#   4. the signed-in session continues on the other instance: "My work" again, and the form kept from
#      before the kill is posted (its view state was made on the killed instance) and answered;
#   5. every acknowledged save is stored once (ConcurrentExperts' check of the database).
# Exits non-zero when a check fails. Usage: bench/cluster.sh; environment: DURATION (40), KILL_AFTER (15),
# EXPERTS (100), PORTS (8091 8092), NGINX_PORT (8099).
set -euo pipefail
cd "$(dirname "$0")/.."
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
DURATION=${DURATION:-40}
KILL_AFTER=${KILL_AFTER:-15}
EXPERTS=${EXPERTS:-100}
read -r -a ports <<<"${PORTS:-8091 8092}"
NGINX_PORT=${NGINX_PORT:-8099}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || { echo "cluster.sh: needs nginx (apt-get install nginx-light)" >&2; exit 1; }
[[ -f target/regindex.war && -f .regindex/lib/payara-micro.jar ]] || { echo "cluster.sh: build first (./regindex start)" >&2; exit 1; }
[[ $(curl -s -o /dev/null -w '%{http_code}' "$REALM") == 200 ]] || { echo "cluster.sh: Keycloak does not answer at $REALM (./regindex start)" >&2; exit 1; }

source bench/lib.sh
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
    local pid_file
    for pid_file in "$work"/*.pid; do
        [[ -f $pid_file ]] && kill "$(cat "$pid_file")" 2>/dev/null || true
    done
    sleep 1
    rm -rf "$work"
}
trap cleanup EXIT
failed=0
check() { # check CONDITION-RESULT MESSAGE
    if [[ $1 == 0 ]]; then echo "  ok: $2"; else echo "  FAILED: $2"; failed=1; fi
}

members=$(for i in "${!ports[@]}"; do printf '127.0.0.1:%d,' $((5910 + i)); done)
for port in "${ports[@]}"; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 000 ]] || { echo "cluster.sh: port $port is taken" >&2; exit 1; }
done
started=$(date +%s)
for i in "${!ports[@]}"; do
    start_payara "$work" "$PWD/target/regindex.war" "${ports[$i]}" --name "app$i" --clustername regindex-bench \
        --clustermode "tcpip:${members%,}" --startport $((5910 + i)) --interfaces 127.0.0.1 --nohostaware
done
for port in "${ports[@]}"; do await_ready "$port" "$work/app-$port.log"; done
echo "two instances ready in $(($(date +%s) - started)) s; $(grep -a -o 'DG Size: [0-9]*' "$work/app-${ports[1]}.log" | tail -n 1) (the data grid)"

upstream_servers=$(for port in "${ports[@]}"; do printf 'server 127.0.0.1:%d max_fails=1 fail_timeout=10s; ' "$port"; done)
cat >"$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
daemon off;
events { worker_connections 4096; }
http {
    log_format upstream '\$cookie_JSESSIONID \$upstream_addr \$status';
    access_log $work/access.log upstream;
$(nginx_scratch "$work")
    map \$cookie_JSESSIONID \$regindex_affinity { "" \$request_id; default \$cookie_JSESSIONID; }
    upstream regindex_app { hash \$regindex_affinity consistent; $upstream_servers keepalive 32; }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        include $PWD/deploy/nginx/regindex-proxy.conf;
    }
}
CONF
"$NGINX" -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" </dev/null >"$work/nginx.out" 2>&1 &
echo "$!" >"$work/nginx-master.pid"
BASE="http://localhost:$NGINX_PORT"
for _ in {1..50}; do [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/health/ready") == 200 ]] && break; sleep 0.1; done

echo "1. a withdrawal on one instance, seen by the other"
token=$(access_token coordinator)
api() { curl -s -H "Authorization: Bearer $token" "$@"; }
on() { echo "http://127.0.0.1:${ports[$1]}"; }
cycle="cluster-$(date +%s)"
BASE=$(on 0) scale_cycle "$cycle" "$token" >/dev/null # 240 regions x 300 indicators, approved (ScaleRound)
version=$(api -H 'Content-Type: application/json' -d '{}' "$(on 0)/api/v1/cycles/$cycle/releases" | grep -o '"version":"[^"]*"' | head -n 1 | cut -d'"' -f4 || true)
[[ -n $version ]] || { echo "cluster.sh: could not freeze cycle $cycle" >&2; exit 1; }
api -o /dev/null -X POST "$(on 0)/api/v1/releases/$version/publish"
for _ in {1..100}; do [[ $(curl -s -o /dev/null -w '%{http_code}' "$(on 1)/api/v1/releases/$version/scores") == 200 ]] && break; sleep 0.05; done
asked_at=$(date +%s%N)
status=$(api -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d '{"reason":"Cluster benchmark."}' "$(on 0)/api/v1/releases/$version/withdraw")
withdrawn_at=$(date +%s%N) # acknowledged: from here the other instance must refuse the release
until [[ $(curl -s -o /dev/null -w '%{http_code}' "$(on 1)/api/v1/releases/$version/scores") == 410 ]]; do
    (($(date +%s%N) - withdrawn_at < 10000000000)) || break
    sleep 0.02
done
seen_ms=$((($(date +%s%N) - withdrawn_at) / 1000000))
echo "  release $version withdrawn on instance 0 (HTTP $status in $(((withdrawn_at - asked_at) / 1000000)) ms);" \
    "instance 1 refuses its scores $seen_ms ms after the acknowledgement"
check $((seen_ms < 1000 ? 0 : 1)) "the withdrawal is honoured by the other instance within a second"

echo "2. a person signs in through nginx"
jar="$work/cookies"
curl -s -c "$jar" -b "$jar" -L "$BASE/app/home.xhtml" -o "$work/login.html"
action=$(grep -o 'action="[^"]*"' "$work/login.html" | head -n 1 | sed 's/action="\([^"]*\)"/\1/; s/&amp;/\&/g')
curl -s -c "$jar" -b "$jar" -L -d username=expert1 -d password=expert1 "$action" -o "$work/home.html"
grep -q '<title>My work' "$work/home.html" || { echo "cluster.sh: signing in through nginx failed" >&2; exit 1; }
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/home.html" | head -n 1 | sed 's/.*value="\([^"]*\)".*/\1/')
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
echo "  signed in as expert1 (session ${session:0:8}...)"

echo "3. $EXPERTS experts save through nginx for $DURATION s; kill -9 after $KILL_AFTER s"
cycle_log="$work/experts.txt"
(EXPERTS=$EXPERTS DURATION=$DURATION bench/concurrent-experts.sh "$BASE" >"$cycle_log" 2>&1; echo "rc $?" >>"$cycle_log") &
experts=$!
sleep "$KILL_AFTER"
# The instance nginx sends this session to (its access log names the upstream of each request) is the one killed.
: >"$work/access.log"
curl -s -o /dev/null -b "$jar" "$BASE/app/home.xhtml"
upstream=$(grep -F "$session" "$work/access.log" | tail -n 1 | awk '{ print $2 }')
victim=0
for i in "${!ports[@]}"; do [[ $upstream == *":${ports[$i]}" ]] && victim=$i; done
kill -9 "$(cat "$work/app-${ports[$victim]}.pid")"
echo "  killed instance $victim (port ${ports[$victim]}, which served the session; nginx said $upstream) at $(date +%T)"
wait "$experts" || true
grep -v '^CPU per acknowledged save' "$cycle_log" # that line measures nginx here, not an instance

echo "4. the signed-in session after the kill"
status=$(curl -s -b "$jar" -c "$jar" -o "$work/after.html" -w '%{http_code}' "$BASE/app/home.xhtml")
grep -q '<title>My work' "$work/after.html"
check $? "\"My work\" opens again for expert1 (HTTP $status), without signing in"
status=$(curl -s -b "$jar" -c "$jar" -o "$work/posted.html" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "signOutForm=signOutForm" --data-urlencode "signOutForm:signOut=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/app/home.xhtml")
[[ $status == "302 "*"/logout?"* ]]
check $? "a form of the page opened before the kill is answered after it (sign-out: HTTP ${status%% *} to Keycloak)"

echo "5. the saves"
grep -q '^integrity: OK' "$cycle_log"
check $? "every acknowledged save is stored once (integrity check above)"
exit "$failed"
