#!/usr/bin/env bash
# Builds the services and the dashboard (unless --no-build), runs the three services in the
# foreground with the embedded SQLite default and serves the dashboard. Ctrl-C stops them all. Called by `./oms run`, which has already chosen a JDK 21+.
#
# With --cluster it runs the production topology instead (module cluster, ClusterMain):
# embedded PostgreSQL, an S3-compatible server, two instances of each service and nginx in
# front of each service on the usual ports; the dashboard talks to the balancers. Its run
# folder is OMS_CLUSTER_DIR (default ./data-cluster); see cluster/README.md.
#
# Environment: OMS_DATA_DIR (default ./data), OMS_ORDER_PORT / OMS_PAYMENT_PORT /
# OMS_NOTIFICATION_PORT (8000 / 8001 / 8002), OMS_DASHBOARD_PORT (5173), OMS_BIND_ADDRESS
# (127.0.0.1: the services and the dashboard listen on this machine only) and everything the
# services read (see README).
set -euo pipefail
# Everything this script and the services create (data directory, databases, logs, uploads,
# secrets) is readable by its owner only.
umask 077

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

build=true
cluster=false
retrain=false
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --cluster) cluster=true ;;
    --retrain) retrain=true ;;
    *) echo "run: unknown option '$arg' (known: --no-build, --cluster, --retrain)" >&2; exit 2 ;;
  esac
done

VERSION="0.1.0-SNAPSHOT"
SERVICES=(payment-service notification-service order-service)
declare -A PORTS=(
  [order-service]="${OMS_ORDER_PORT:-8000}"
  [payment-service]="${OMS_PAYMENT_PORT:-8001}"
  [notification-service]="${OMS_NOTIFICATION_PORT:-8002}"
)
DASHBOARD_PORT="${OMS_DASHBOARD_PORT:-5173}"
# The services let the browser call them only from the dashboard's origin.
export OMS_CORS_ALLOWED_ORIGINS="${OMS_CORS_ALLOWED_ORIGINS:-http://localhost:$DASHBOARD_PORT}"
if $cluster; then
  # The cluster's run folder; the services' shared data directory is its data/.
  CLUSTER_DIR="${OMS_CLUSTER_DIR:-$ROOT/data-cluster}"
  mkdir -p "$CLUSTER_DIR"
  CLUSTER_DIR="$(cd "$CLUSTER_DIR" && pwd)"
  export OMS_DATA_DIR="$CLUSTER_DIR"
else
  export OMS_DATA_DIR="${OMS_DATA_DIR:-$ROOT/data}"
fi
export OMS_ORDER_URL="${OMS_ORDER_URL:-http://localhost:${PORTS[order-service]}}"
export OMS_PAYMENT_URL="${OMS_PAYMENT_URL:-http://localhost:${PORTS[payment-service]}}"
export OMS_NOTIFICATION_URL="${OMS_NOTIFICATION_URL:-http://localhost:${PORTS[notification-service]}}"
export OMS_BIND_ADDRESS="${OMS_BIND_ADDRESS:-127.0.0.1}"
LOG_DIR="$OMS_DATA_DIR/logs"
mkdir -p "$LOG_DIR"
# A data directory from an older version may be readable by others: narrow it and its logs.
chmod 700 "$OMS_DATA_DIR" "$LOG_DIR"
find "$LOG_DIR" -maxdepth 1 -type f -exec chmod 600 {} +
PASSWORD_FILE="$OMS_DATA_DIR/initial-admin-password"
if $cluster; then
  PASSWORD_FILE="$OMS_DATA_DIR/data/initial-admin-password"
  if [[ ! -x /usr/sbin/nginx ]] && ! command -v nginx >/dev/null 2>&1; then
    echo "run: --cluster needs nginx as the load balancer; install it (sudo apt-get install nginx-light)" >&2
    exit 1
  fi
fi

for service in "${SERVICES[@]}" dashboard; do
  port="${PORTS[$service]:-$DASHBOARD_PORT}"
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "run: port $port (for $service) is already in use; stop what uses it or set another port" >&2
    exit 1
  fi
done
command -v npm >/dev/null 2>&1 || { echo "run: npm (Node 20+) is needed to build and serve the dashboard" >&2; exit 1; }

JAVA_PROPERTIES="$(java -XshowSettings:properties -version 2>&1)"
JAVA_MAJOR="$(sed -n 's/^ *java.specification.version = //p' <<< "$JAVA_PROPERTIES" | head -n 1)"

if $build; then
  echo "Building the services and the dashboard (tests skipped; ./oms test runs them)..."
  modules="$(IFS=,; echo "${SERVICES[*]}"),dashboard"
  $cluster && modules="$modules,cluster"
  # The JVMs' training (below) is the benchmark module's JvmTraining.
  (( ${JAVA_MAJOR%%.*} >= 25 )) && ! $cluster && modules="$modules,bench"
  ./mvnw -B -q -DskipTests package -pl "$modules" -am
fi

pids=()
stop_all() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    echo
    echo "Stopping..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  drop_recordings
}
# A training cut off leaves its JVMs' recordings (about 100 MB each); the next one starts anew.
drop_recordings() {
  local service
  for service in "${SERVICES[@]+"${SERVICES[@]}"}"; do
    rm -f "$ROOT/$service/target/run/app.recording.aot" "$ROOT/$service/target/run/app.recording.aot.config"
  done
}
# Ctrl-C or a TERM stops everything and ends the script (130 / 143), wherever it waits.
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM

# Run each service from its jar extracted once per build (the jars are reproducible, so a
# rebuild of unchanged code keeps the extraction and what the JVMs learnt from it).
extracted() {
  local service="$1" jar="$ROOT/$1/target/$1-$VERSION-exec.jar" dir="$ROOT/$1/target/run" sum
  [[ -f "$jar" ]] || { echo "run: $jar is missing; run without --no-build" >&2; exit 1; }
  sum="$(sha256sum "$jar" | cut -d ' ' -f 1)"
  if [[ "$(cat "$dir/.extracted" 2>/dev/null)" != "$sum" ]]; then
    rm -rf "$dir"
    java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
    echo "$sum" > "$dir/.extracted"
  fi
  echo "$dir"
}

# What a JVM keeps from one start for the next. On JDK 25 and newer, an AOT cache (JEP 483 and
# 515) per service: the classes it loads, linked, and the profiles of its methods, recorded by
# a training run of this build (the benchmark's JvmTraining, before the platform starts: a
# platform of its own on a throw-away data folder imports files, takes single orders and
# reads, then each JVM writes its cache as it stops). Later starts load the classes linked and
# compile the hot code from the recorded profiles at once, so they start faster and their
# imports spend less time beside the JIT compilers (README, "Run"). The benchmark trains and
# loads the same caches, so it measures what this script runs. --retrain trains again. On
# older JDKs, a class-data-sharing archive the first start writes. A cache the JVM cannot use
# (another JDK, other jars) is ignored.
# One cache per JDK build: the JVM ignores another build's cache without a word, so a JDK update
# trains a new one instead of running without it.
JAVA_BUILD="$(sed -n 's/^ *java.runtime.version = //p' <<< "$JAVA_PROPERTIES" | head -n 1)"
AOT_CACHE="app-jdk-${JAVA_BUILD//[^A-Za-z0-9.+-]/_}.aot"
# Sets cache_options, the options for a service extracted into $1.
jvm_cache_options() {
  local dir="$1"
  if (( ${JAVA_MAJOR%%.*} < 25 )); then
    cache_options=(-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$dir/app.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
  elif [[ -f "$dir/$AOT_CACHE" ]]; then
    cache_options=("-XX:AOTCache=$dir/$AOT_CACHE" -Xlog:aot=off -Xlog:cds=off)
  else
    cache_options=()
  fi
}
# Trains the JVMs when a service has no cache for its jar and this JDK (or on --retrain). A
# training that fails leaves the services to start without a cache, which only makes them
# slower; a training cut off (Ctrl-C) leaves the caches as they were (none: the next run trains).
train_jvms() {
  # (the cluster's instances start without a cache: ClusterMain starts them itself)
  (( ${JAVA_MAJOR%%.*} >= 25 )) && ! $cluster || return 0
  local service untrained=$retrain
  for service in "${SERVICES[@]}"; do
    [[ -f "$(extracted "$service")/$AOT_CACHE" ]] || untrained=true
  done
  $untrained || return 0
  if [[ ! -d "$ROOT/bench/target/classes" || ! -d "$ROOT/bench/target/lib" ]]; then
    echo "[warning] run: the JVMs are not trained (bench/target is missing; run without --no-build); the services start without an AOT cache" >&2
    return 0
  fi
  echo "Training the services' JVMs for this build (once per build and JDK, about 1-2 minutes): a platform of"
  echo "its own, on a throw-away data folder, imports, takes orders and reads, then writes each JVM's AOT cache..."
  # A clean environment: the settings meant for this run (a database URL, S3, limits, a bind
  # address) must not reach the training's own platform, which writes generated orders.
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" JAVA_HOME="$JAVA_HOME" ${TMPDIR:+"TMPDIR=$TMPDIR"} ${LANG:+"LANG=$LANG"} \
    java -XX:+UseSerialGC -Xmx512m -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" \
    com.orderplatform.bench.TrainingMain "--root=$ROOT" "--logs=$LOG_DIR/training" 2>&1 &
  pids+=($!)
  if wait "${pids[-1]}"; then
    unset 'pids[-1]'
  else
    unset 'pids[-1]'
    drop_recordings
    echo "[warning] run: the JVM training failed (see $LOG_DIR/training); the services start without an AOT cache" >&2
  fi
}

train_jvms
started_at=$(date +%s%N)
# A password file newer than this marker was generated by this start.
STARTED_MARKER="$(mktemp)"
trap 'rm -f "$STARTED_MARKER"; stop_all' EXIT
trap 'rm -f "$STARTED_MARKER"; stop_all; exit 130' INT
trap 'rm -f "$STARTED_MARKER"; stop_all; exit 143' TERM
if $cluster; then
  [[ -d "$ROOT/cluster/target/classes" && -d "$ROOT/cluster/target/lib" ]] \
    || { echo "run: cluster/target is missing; run without --no-build" >&2; exit 1; }
  # ClusterMain prints what runs where, then CLUSTER READY once every instance is healthy;
  # SIGTERM (Ctrl-C here) makes it stop nginx, the instances, S3 and PostgreSQL in turn.
  : > "$LOG_DIR/cluster.log"
  java -XX:+UseSerialGC -Xmx384m -cp "$ROOT/cluster/target/classes:$ROOT/cluster/target/lib/*" \
    com.orderplatform.cluster.ClusterMain "$CLUSTER_DIR" "$ROOT" \
    > >(tee -a "$LOG_DIR/cluster.log" | sed -u "s/^/[cluster] /") 2>&1 &
  pids+=($!)
  until grep -q '^CLUSTER READY' "$LOG_DIR/cluster.log" 2>/dev/null; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "run: the cluster did not start; see $LOG_DIR" >&2; exit 1; }
    sleep 1
  done
  SERVICES=()
fi
for service in "${SERVICES[@]}"; do
  dir="$(extracted "$service")"
  jvm_cache_options "$dir"
  port_var="OMS_$(echo "${service%-service}" | tr '[:lower:]' '[:upper:]')_PORT"
  env "$port_var=${PORTS[$service]}" java --enable-native-access=ALL-UNNAMED "${cache_options[@]}" \
    -jar "$dir/$service-$VERSION-exec.jar" \
    > >(tee -a "$LOG_DIR/$service.log" | sed -u "s/^/[${service%-service}] /") 2>&1 &
  pids+=($!)
done

for service in "${SERVICES[@]+"${SERVICES[@]}"}"; do
  url="http://localhost:${PORTS[$service]}/readyz"
  until curl -fsS "$url" 2>/dev/null | grep -q '"UP"'; do
    for pid in "${pids[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "run: a service exited during start-up; see $LOG_DIR" >&2; exit 1; }
    done
    sleep 0.5
  done
done
elapsed_ms=$(( ($(date +%s%N) - started_at) / 1000000 ))

# The dashboard: the built single-page app, served by Vite's static preview server.
[[ -f "$ROOT/dashboard/dist/index.html" && -d "$ROOT/dashboard/node_modules" ]] \
  || { echo "run: the dashboard is not built; run without --no-build" >&2; exit 1; }
# vite.config.ts sends the security headers, its Content-Security-Policy allowing calls to
# OMS_ORDER_URL, OMS_PAYMENT_URL and OMS_NOTIFICATION_URL, which it also serves as config.json.
(cd "$ROOT/dashboard" && exec node node_modules/vite/bin/vite.js preview --port "$DASHBOARD_PORT" --strictPort --host "$OMS_BIND_ADDRESS") \
  > >(tee -a "$LOG_DIR/dashboard.log" | sed -u "s/^/[dashboard] /") 2>&1 &
pids+=($!)
until curl -fsS "http://localhost:$DASHBOARD_PORT/" >/dev/null 2>&1; do
  kill -0 "${pids[-1]}" 2>/dev/null || { echo "run: the dashboard server exited during start-up; see $LOG_DIR" >&2; exit 1; }
  sleep 0.3
done

# Where the first admin's password is. The script never prints it: its output may be
# redirected to a file. The service showed it on its controlling terminal, if it had one.
login_hint() {
  local user="${OMS_ADMIN_USERNAME:-admin}"
  if [[ -f "$PASSWORD_FILE" && "$PASSWORD_FILE" -nt "$STARTED_MARKER" ]]; then
    echo "Log in as '$user' with the password generated on this start: it is in $PASSWORD_FILE (owner-only)."
  elif [[ -n "${OMS_ADMIN_PASSWORD:-}" ]]; then
    echo "Log in as '$user' with OMS_ADMIN_PASSWORD."
  else
    echo "Log in as '$user' with the password set on the first start (a generated one is in $PASSWORD_FILE"
    echo "unless it was deleted)."
  fi
}

if $cluster; then
  cat <<MSG

The order platform runs as a cluster (healthy after $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000))) s; what runs where is above). Run folder: $CLUSTER_DIR
  order-service         http://localhost:${PORTS[order-service]}   (nginx: round robin over 2 instances)
  payment-service       http://localhost:${PORTS[payment-service]}   (nginx: round robin over 2 instances)
  notification-service  http://localhost:${PORTS[notification-service]}   (nginx: round robin over 2 instances)
  dashboard             http://localhost:$DASHBOARD_PORT   (open this in a browser; it calls the balancers)
$(login_hint)
Logs: $LOG_DIR (one file per instance, nginx.log, nginx-access.log). Press Ctrl-C to stop everything.

MSG
  wait -n "${pids[@]}" || true
  echo "run: the cluster or the dashboard stopped; stopping the other" >&2
  exit 0
fi
cat <<MSG

The order platform is running (services healthy after $((elapsed_ms / 1000)).$(printf %03d $((elapsed_ms % 1000))) s). Data: $OMS_DATA_DIR
  order-service         http://localhost:${PORTS[order-service]}   (API docs: http://localhost:${PORTS[order-service]}/swagger-ui.html)
  payment-service       http://localhost:${PORTS[payment-service]}   (API docs: http://localhost:${PORTS[payment-service]}/swagger-ui.html)
  notification-service  http://localhost:${PORTS[notification-service]}   (API docs: http://localhost:${PORTS[notification-service]}/swagger-ui.html)
  dashboard             http://localhost:$DASHBOARD_PORT   (open this in a browser)
$(login_hint)
Logs: $LOG_DIR. Press Ctrl-C to stop everything.

MSG
wait -n "${pids[@]}" || true
echo "run: a service or the dashboard stopped; stopping the others" >&2
