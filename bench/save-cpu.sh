#!/usr/bin/env bash
# App CPU per save, this build against an earlier one, in one run. Next to a running ./regindex start (its
# database and Keycloak), builds the war of commit BEFORE (default f825c9e, the code before issue 16's
# cheaper requests) in a worktree under .regindex/, starts it and this checkout's target/regindex.war as two
# instances outside any cluster, and runs bench/concurrent-experts.sh (100 experts saving back to back)
# against each in turn, ROUNDS times (default 3; the first warms the JIT up). Prints the app CPU per
# acknowledged save of every run and the ratio after/before of the last round and of all rounds but the first.
# Usage: bench/save-cpu.sh; environment: BEFORE, ROUNDS (3), DURATION (20), PORTS ("8093 8094").
set -euo pipefail
cd "$(dirname "$0")/.."
REALM=${REALM:-http://localhost:${KEYCLOAK_PORT:-8180}/realms/regindex}
DB_URL=${DB_URL:-jdbc:mariadb://localhost:${REGINDEX_DB_PORT:-3307}/regindex}
BEFORE=${BEFORE:-f825c9e}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
read -r -a ports <<<"${PORTS:-8093 8094}"
[[ -f target/regindex.war && -f .regindex/lib/payara-micro.jar ]] || { echo "save-cpu.sh: build first (./regindex start)" >&2; exit 1; }
source bench/lib.sh

before_dir="$PWD/.regindex/bench-before-$BEFORE"
if [[ ! -f $before_dir/target/regindex.war ]]; then
    echo "building $BEFORE in $before_dir..."
    rm -rf "$before_dir"
    git worktree add -f --detach "$before_dir" "$BEFORE" >/dev/null
    (cd "$before_dir" && ./mvnw -B -q -o package -DskipTests >/dev/null)
fi
work=$(mktemp -d)
cleanup() {
    local pid_file
    for pid_file in "$work"/*.pid; do [[ -f $pid_file ]] && kill "$(cat "$pid_file")" 2>/dev/null || true; done
    sleep 1
    rm -rf "$work"
}
trap cleanup EXIT
start_payara "$work" "$before_dir/target/regindex.war" "${ports[0]}" --nocluster
start_payara "$work" "$PWD/target/regindex.war" "${ports[1]}" --nocluster
for port in "${ports[@]}"; do await_ready "$port" "$work/app-$port.log"; done
echo "before: $BEFORE on port ${ports[0]}; after: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with changes') on port ${ports[1]}"

declare -A cpu
for round in $(seq 1 "$ROUNDS"); do
    for side in 0 1; do
        DURATION=$DURATION bench/concurrent-experts.sh "http://127.0.0.1:${ports[$side]}" >"$work/run.txt" 2>&1 || { cat "$work/run.txt"; exit 1; }
        cpu[$round,$side]=$(grep -o 'app [0-9.]* ms' "$work/run.txt" | grep -o '[0-9.]*')
        rate=$(grep -o 'throughput [0-9]* saves/s' "$work/run.txt")
        integrity=$(grep -o '^integrity: [A-Z]*' "$work/run.txt")
        echo "round $round, $([[ $side == 0 ]] && echo before || echo after): app CPU ${cpu[$round,$side]} ms per save, $rate, $integrity"
    done
done
awk -v rounds="$ROUNDS" -v last_before="${cpu[$ROUNDS,0]}" -v last_after="${cpu[$ROUNDS,1]}" \
    -v befores="$(for r in $(seq 2 "$ROUNDS"); do printf '%s ' "${cpu[$r,0]}"; done)" \
    -v afters="$(for r in $(seq 2 "$ROUNDS"); do printf '%s ' "${cpu[$r,1]}"; done)" 'BEGIN {
    printf "last round: %.2f ms after / %.2f ms before = %.2f x\n", last_after, last_before, last_after / last_before
    n = split(befores, b, " "); split(afters, a, " ")
    for (i = 1; i <= n; i++) { sb += b[i]; sa += a[i] }
    if (n > 0) printf "rounds 2 to %d: %.2f x (target <= 0.5 x)\n", rounds, sa / sb
}'
