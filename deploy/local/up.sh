#!/usr/bin/env bash
# Starts the whole platform locally, without Docker: PostgreSQL, Kafka, Keycloak and the four services.
#   deploy/local/up.sh            build if needed, start, stay in the foreground until Ctrl-C
#   deploy/local/up.sh --detach   return once everything is healthy; stop with deploy/local/down.sh
#   deploy/local/up.sh --fresh    wipe local data (databases, topics, Keycloak users) first
#   deploy/local/up.sh --build    rebuild even if the build looks current
#   deploy/local/up.sh --no-demo  do not seed the demo clinics (done otherwise once per data folder, on its first start)
#   deploy/local/up.sh --instances=2  two instances of each service behind the gateway (ports +10, +20...)
# Ports and the data folder can be moved with environment variables (see README).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=java.sh
source "$ROOT/deploy/local/java.sh"

detach=false build=false launcher_args=()
for arg in "$@"; do
  case "$arg" in
    --detach) detach=true ;;
    --fresh) launcher_args+=(--fresh) ;;
    --no-demo) launcher_args+=(--no-demo) ;;
    --build) build=true ;;
    --instances=*) export UPRIGHT_INSTANCES="${arg#--instances=}" ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

DATA=${UPRIGHT_DATA_DIR:-$ROOT/.local-data}
export UPRIGHT_DATA_DIR=$DATA
STAMP="$ROOT/deploy/target/local-stack.jar"

needs_build() {
  $build && return 0
  [ -f "$STAMP" ] || return 0
  for svc in catalog-service plan-service progress-service gateway; do
    [ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  # Sources changed since the last build?
  [ -n "$(find "$ROOT" -path "$ROOT/.local-data" -prune -o -path '*/target' -prune -o -path "$ROOT/.git" -prune \
        -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.sql' -o -name '*.json' -o -name '*.html' -o -name '*.js' -o -name '*.css' \) \
        -newer "$STAMP" -print -quit)" ]
}

if needs_build; then
  echo "Building the platform (./mvnw package, tests skipped; the first build downloads dependencies)..."
  start=$(date +%s)
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  # Maven leaves an unchanged jar alone, so the stamp is renewed here: otherwise every start would build again
  touch "$STAMP"
  echo "Built in $(( $(date +%s) - start )) s."
fi

CLASSPATH_ARG="$ROOT/deploy/target/local-stack.jar:$ROOT/deploy/target/lib/*"
launch=(java -Xmx256m -Dslf4j.internal.verbosity=ERROR -Dupright.root="$ROOT" -cp "$CLASSPATH_ARG" dev.upright.deploy.LocalStackMain up "${launcher_args[@]}")

if ! $detach; then
  exec "${launch[@]}"
fi

mkdir -p "$DATA/logs"
rm -f "$DATA/stack.ready"
: >"$DATA/logs/stack.log"
# A session of its own, so down.sh can stop the launcher and everything it started as one group
setsid "${launch[@]}" >>"$DATA/logs/stack.log" 2>&1 < /dev/null &
launcher=$!
echo "Starting in the background (pid $launcher); progress in $DATA/logs/stack.log"
tail -n +1 -f "$DATA/logs/stack.log" --pid=$launcher &
tailer=$!
trap 'kill $tailer 2>/dev/null || true' EXIT
while [ ! -f "$DATA/stack.ready" ]; do
  if ! kill -0 "$launcher" 2>/dev/null; then
    wait "$launcher" || true
    echo "The platform did not start; see $DATA/logs/" >&2
    exit 1
  fi
  sleep 1
done
sleep 0.5
echo "Running in the background. Stop it with: deploy/local/down.sh"
