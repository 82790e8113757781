#!/usr/bin/env bash
# Stops a local stack started by up.sh (detached or in another terminal) and everything it started.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${UPRIGHT_DATA_DIR:-$ROOT/.local-data}
PID_FILE="$DATA/stack.pid"

if [ ! -f "$PID_FILE" ]; then
  echo "No local stack is running (no $PID_FILE)."
  exit 0
fi
pid=$(cat "$PID_FILE")
if ! kill -0 "$pid" 2>/dev/null; then
  echo "The local stack (pid $pid) is not running any more; cleaning up."
  rm -f "$PID_FILE" "$DATA/stack.ready"
  exit 0
fi

echo "Stopping the local stack (pid $pid)..."
kill -TERM "$pid"
for _ in $(seq 1 90); do
  kill -0 "$pid" 2>/dev/null || { echo "Stopped. Data kept in $DATA."; exit 0; }
  sleep 1
done
echo "Still running after 90 s: killing its process group." >&2
kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
rm -f "$PID_FILE" "$DATA/stack.ready"
