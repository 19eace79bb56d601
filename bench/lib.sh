# Shared by the bench scripts; sourced once BASE, REALM and DB_URL are set. Needs a ./regindex start
# build: ScaleRound is a test class and runs on the embedded database's class path.

# access_token USER: an access token of a demo user (the password is the user name).
access_token() {
    curl -sf -d client_id=regindex-app -d client_secret=regindex-dev-secret -d grant_type=password \
        -d username="$1" -d password="$1" "$REALM/protocol/openid-connect/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}

# scale_cycle CODE TOKEN: a cycle on 240 regions (ZZ000 to ZZ239) with the 300 indicators of codebook
# "scale", every questionnaire complete and APPROVED, written directly in the database by ScaleRound.
scale_cycle() {
    local code=$1 auth="Authorization: Bearer $2" dir version regions i
    dir=$(mktemp -d)
    { echo "code,name,country"; for i in $(seq 0 239); do printf 'ZZ%03d,Benchmark region %d,ZZ\n' "$i" "$i"; done; } >"$dir/regions.csv"
    {
        echo "indicator,question,guidance,not_applicable,Policy area [policy_area],Governance system [governance_system],Governance process [governance_process],Target population [target_population],option_1_code,option_1_label,option_1_score,option_2_code,option_2_label,option_2_score,option_3_code,option_3_label,option_3_score"
        for i in $(seq 1 300); do
            printf 'SCL-%03d,Does the region carry out measure %d?,Look at the regional programme.,no,Area %d [A%d],System %d [S%d],Process %d [P%d],Population %d [T%d],a,Yes,100,b,Partly,50,c,No,0\n' \
                "$i" "$i" $((i % 8)) $((i % 8)) $((i % 3)) $((i % 3)) $((i % 4)) $((i % 4)) $((i % 2)) $((i % 2))
        done
    } >"$dir/codebook.csv"
    curl -s -o /dev/null -H "$auth" --data-binary @"$dir/regions.csv" "$BASE/api/v1/regions/imports?fileName=regions.csv" || true
    version=$(curl -s -H "$auth" --data-binary @"$dir/codebook.csv" "$BASE/api/v1/codebooks/scale/imports?title=Scale%20benchmark&fileName=scale.csv" \
        | grep -o '"version":[0-9]*' | cut -d: -f2)
    rm -rf "$dir"
    regions=$(seq -f '"ZZ%03g"' 0 239 | paste -sd, -)
    curl -s -o /dev/null -H "$auth" -H 'Content-Type: application/json' -d "{\"code\":\"$code\",\"name\":\"Scale benchmark\",\"codebook\":{\"code\":\"scale\",\"version\":$version},\"deadline\":\"2030-01-01\",\"regions\":[$regions]}" "$BASE/api/v1/cycles"
    java -cp "target/test-classes:$(cat .regindex/lib/devdb.classpath)" org.regindex.bench.ScaleRound "$DB_URL" "${DB_USER:-regindex}" "${DB_PASSWORD:-regindex}" "$code"
}

# free_port FROM TO: the first port in that range nothing listens on (for the nginx a script starts).
free_port() {
    local port
    for port in $(seq "$1" "$2"); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
    echo "$(basename "$0"): no free port between $1 and $2" >&2
    exit 1
}

# start_payara DIR WAR PORT [OPTION...]: a Payara Micro instance of WAR on PORT against the database and Keycloak of
# ./regindex start (no demo data), logging to DIR/app-PORT.log; its pid goes to DIR/app-PORT.pid.
start_payara() {
    local dir=$1 war=$2 port=$3 root=$PWD
    shift 3
    (cd "$dir" && DEMO_DATA=false OIDC_PROVIDER_URI="$REALM" DB_URL="$DB_URL" DB_USER="${DB_USER:-regindex}" \
        DB_PASSWORD="${DB_PASSWORD:-regindex}" DB_OWNER_USER=regindex_owner DB_OWNER_PASSWORD=regindex_owner \
        exec java -Xmx512m -jar "$root/.regindex/lib/payara-micro.jar" --deploy "$war" --contextroot / --port "$port" "$@") \
        </dev/null >"$dir/app-$port.log" 2>&1 &
    echo "$!" >"$dir/app-$port.pid"
    disown # a kill -9 by the script is meant, not news
}

# await_ready PORT LOG: waits up to 300 s for the instance on PORT to be ready.
await_ready() {
    local started
    started=$(date +%s)
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready") == 200 ]]; do
        (($(date +%s) - started < 300)) || { echo "$(basename "$0"): the instance on port $1 did not start: $(tail -n 20 "$2")" >&2; exit 1; }
        sleep 1
    done
}

# nginx_scratch DIR: the http-context lines that keep an nginx started by a script in DIR (temporary files, cache).
nginx_scratch() {
    local kind
    for kind in client_body proxy fastcgi uwsgi scgi; do echo "    ${kind}_temp_path $1/tmp-$kind;"; done
    echo "    proxy_cache_path $1/cache levels=1:2 keys_zone=regindex:20m use_temp_path=off;"
}
