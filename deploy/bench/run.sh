#!/usr/bin/env bash
# The speed benchmark (issue 10): one command, needing only a JDK.
#   deploy/bench/run.sh            build if needed, start a fresh local stack (rate limits off), seed it through the
#                                  public API, measure every row, write docs/benchmarks.md and docs/benchmarks.png,
#                                  stop the stack
#   deploy/bench/run.sh --quick    short durations, for working on the benchmark itself
#   deploy/bench/run.sh --keep     leave the stack running at the end (stop it with deploy/local/down.sh)
# More options (durations, sample counts): deploy/bench/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../local/java.sh
source "$ROOT/deploy/local/java.sh"

keep=false bench_args=()
for arg in "$@"; do
  case "$arg" in
    --keep) keep=true ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) bench_args+=("$arg") ;;
  esac
done

DATA=${UPRIGHT_DATA_DIR:-$ROOT/.local-data}
if [ -f "$DATA/stack.pid" ] && kill -0 "$(cat "$DATA/stack.pid")" 2>/dev/null; then
  echo "A local stack is already running (deploy/local/down.sh stops it); the benchmark starts its own, fresh." >&2
  exit 1
fi

# The gateway's limits would answer 429 long before the load rows get going; the launcher passes this on
export UPRIGHT_GATEWAY_RATE_LIMIT_ENABLED=false

stop() {
  if ! $keep; then "$ROOT/deploy/local/down.sh" || true; fi
}
trap stop EXIT

# No demo clinics: the figures stay comparable with runs from before they existed
"$ROOT/deploy/local/up.sh" --fresh --detach --no-demo

java -Xmx512m -Dslf4j.internal.verbosity=ERROR -Dupright.root="$ROOT" \
  -cp "$ROOT/deploy/target/local-stack.jar:$ROOT/deploy/target/lib/*" \
  dev.upright.deploy.bench.Benchmark --command "deploy/bench/run.sh${*:+ $*}" "${bench_args[@]}"
