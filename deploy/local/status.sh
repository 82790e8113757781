#!/usr/bin/env bash
# Shows whether the local stack runs, the health of each service and the memory (RSS) of each process.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DATA=${UPRIGHT_DATA_DIR:-$ROOT/.local-data}
pid=$(cat "$DATA/stack.pid" 2>/dev/null || true)
if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
  echo "The local stack is not running."
  exit 1
fi

echo "Local stack launcher: pid $pid"
printf '%-8s %10s  %s\n' PID RSS_MB PROCESS
# Every process descending from the launcher, with its resident memory
# PostgreSQL daemonizes, so it is found by its data folder rather than as the launcher's child
pg=$(pgrep -f -- "-D $DATA/postgres" | head -1 || true)
ps -e -o pid=,ppid=,rss=,args= | awk -v root="$pid" -v pg="${pg:-0}" '
  { p[NR] = $1; pp[NR] = $2; r[NR] = $3; $1 = $2 = $3 = ""; a[NR] = substr($0, 4) }
  END {
    keep[root] = 1; keep[pg] = 1; changed = 1
    while (changed) { changed = 0; for (i = 1; i <= NR; i++) if (!keep[p[i]] && keep[pp[i]]) { keep[p[i]] = 1; changed = 1 } }
    for (i = 1; i <= NR; i++) if (keep[p[i]]) {
      name = a[i]
      if (name ~ /bin\/postgres /) name = "postgresql (server)"
      else if (name ~ /^postgres/) name = "postgresql" (name ~ / -D / ? "" : " (" substr(a[i], 11, 30) ")")
      else if (name ~ /keycloak/) name = (name ~ /kc\.sh/) ? "keycloak (kc.sh)" : "keycloak"
      else if (name ~ /quarkus-run.jar/) { n = split(name, parts, "/"); for (j = 1; j <= n; j++) if (parts[j] == "target") name = parts[j-1] }
      else if (name ~ /kafka.Kafka/) name = "kafka"
      else if (name ~ /LocalStackMain/) name = "launcher (and embedded PostgreSQL control)"
      printf "%-8s %10.0f  %s\n", p[i], r[i] / 1024, name
    }
  }'

echo
services="gateway:${UPRIGHT_GATEWAY_PORT:-8080}"
# With up.sh --instances=N, instance k of a service listens on its port + 10*k
for k in $(seq 0 $(( ${UPRIGHT_INSTANCES:-1} - 1 ))); do
  suffix=$([ "$k" -gt 0 ] && echo "-$((k + 1))" || true)
  services+=" catalog-service$suffix:$(( ${UPRIGHT_CATALOG_PORT:-8081} + 10 * k ))"
  services+=" plan-service$suffix:$(( ${UPRIGHT_PLAN_PORT:-8082} + 10 * k ))"
  services+=" progress-service$suffix:$(( ${UPRIGHT_PROGRESS_PORT:-8083} + 10 * k ))"
done
for svc in $services; do
  name=${svc%%:*} port=${svc##*:}
  health=$(curl -s -m 3 "http://localhost:$port/q/health/ready" | tr -d ' \n' | grep -o '"status":"[A-Z]*"' | head -1 || true)
  echo "$name (port $port): ${health:-no answer}"
done
