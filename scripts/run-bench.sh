#!/usr/bin/env bash
# Builds the services and the benchmark (tests skipped) unless --no-build, then runs the
# benchmark (bench module, com.orderplatform.bench.BenchMain). Called by `./oms bench`, which
# has already chosen a JDK 21+. Every other argument goes to the benchmark:
#   --quick (default) | --full, --publish | --no-publish, --large-runs=N, --services=O,P,N,
#   --postgres-runs=N, --postgres-large-runs=N, --million (only 1,000,000 rows), --profile (JFR recordings
#   of the services)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building the services and the benchmark (tests skipped)..."
  ./mvnw -B -q -DskipTests package -pl bench -am
fi

if [[ ! -d bench/target/classes || ! -d bench/target/lib ]]; then
  echo "bench: bench/target is missing; run without --no-build" >&2
  exit 1
fi

exec java -XX:+UseSerialGC -Xmx512m -cp "bench/target/classes:bench/target/lib/*" \
  com.orderplatform.bench.BenchMain --root="$ROOT" "${args[@]+"${args[@]}"}"
