#!/usr/bin/env bash
# One measurement of what delays interactive reads during an import (bench/NOTES.md, "What
# delays reads during an import"): starts the three services from their built jars (./oms build)
# on ports 18000-18002 with a fresh data directory, the order service at -Xmx256m with a GC and
# safepoint log, imports WARM (10,000 rows) once, then ReadDelayProbe reads at 20/s idle (IDLE
# seconds, 30), during an import of BIG (100,000 rows) and idle again, and samples the threads.
# Results in $WORK/out/NAME: reads.csv, samples.csv, gc.log, summary.txt; then
# `python3 analyze.py $WORK/out/NAME` (and `ab.py` / `abpool.py` for AB runs).
#
#   ./run.sh NAME                     the platform as users run it
#   ORDER_OPTS='-XX:+UseZGC' ./run.sh zgc-1     more JVM options for the order service
#   AB=idle ./run.sh abidle-1         flips background threads between SCHED_IDLE and the
#                                     normal policy every 6 s (ab.py; needs root to flip back)
#   AB=jit ./run.sh abjit-1           the same with the JIT compiler threads at nice 10 / 0
# Files: python3 /work/shared/tools/gen_orders.py 100000 1 $WORK/big.csv (and 10000 2 warm.csv).
set -euo pipefail
NAME="$1"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
WORK="${WORK:-/tmp/read-delays}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
V=0.1.0-SNAPSHOT
OUT="$WORK/out/$NAME"
rm -rf "$OUT" "$WORK/data"; mkdir -p "$OUT" "$WORK/data"; chmod 700 "$WORK/data"
export OMS_DATA_DIR="$WORK/data" OMS_ADMIN_PASSWORD="${OMS_ADMIN_PASSWORD:-Reads-Bench-Pass-2026}"
export OMS_ORDER_PORT=18000 OMS_PAYMENT_PORT=18001 OMS_NOTIFICATION_PORT=18002
export OMS_ORDER_URL=http://localhost:18000 OMS_PAYMENT_URL=http://localhost:18001 OMS_NOTIFICATION_URL=http://localhost:18002
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for s in payment-service notification-service order-service; do
  dir="$WORK/run/$s"
  jar="$ROOT/$s/target/$s-$V-exec.jar"
  if [[ ! -f $dir/.extracted || $jar -nt $dir/.extracted ]]; then
    rm -rf "$dir"; "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null; touch "$dir/.extracted"
  fi
  opts=()
  if [[ $s == order-service ]]; then opts+=(-Xmx256m "-Xlog:gc*,safepoint:file=$OUT/gc.log:utctime,uptime,level,tags" ${ORDER_OPTS:-}); fi
  # class-data sharing as ./oms run does; a JVM that dumps the archive records no JFR
  cds=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$dir/app-${NAME%%-*}.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  [[ $s == order-service && "${ORDER_OPTS:-}" == *FlightRecording* ]] && cds=()
  "$JAVA" --enable-native-access=ALL-UNNAMED "${cds[@]}" "${opts[@]}" -jar "$dir/$s-$V-exec.jar" > "$OUT/$s.log" 2>&1 &
  pids+=($!)
done
for p in 18000 18001 18002; do
  until curl -fsS "http://localhost:$p/readyz" 2>/dev/null | grep -q UP; do sleep 0.5; done
done
if [[ -n "${AB:-}" ]]; then
  AB="$AB" python3 "$HERE/ab.py" "$(IFS=,; echo "${pids[*]}")" "$OUT" &
  pids+=($!)
fi
"$JAVA" "$HERE/ReadDelayProbe.java" http://localhost:18000 "$OMS_ADMIN_PASSWORD" "$WORK/warm.csv" "$WORK/big.csv" \
  "${IDLE:-30}" "$OUT" "$(IFS=,; echo "${pids[*]}")" | tee "$OUT/summary.txt"
