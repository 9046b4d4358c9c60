#!/usr/bin/env bash
# The load run of BENCHMARKS.md in one command: starts the whole system as scripts/run-local.sh does (sync-service
# with a 1 GiB heap, load users' passwords hashed at bcrypt cost 4 so that setting up thousands of phones takes
# minutes, not hours), runs the load driver (e2e-tests' org.eassms.eas.load.LoadDriver) against it, stops everything.
#   scripts/load.sh --phones 10000 [--http2 [--streams 100]] [--samples 300] [--rate 10] [--heartbeat 1800]
#                   [--sync-replicas 2]   (phones spread over two sync-service replicas, :8080 and :8084)
# Phones are set up once and kept in target/load/phones.tsv (with the system's database eas_local); later runs
# reuse them. Output: the driver's report, ending with a row for BENCHMARKS.md's table. Logs: target/local/*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/infra.sh

args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sync-replicas) export EAS_LOCAL_SYNC_REPLICAS=$2; shift 2;;
        *) args+=("$1"); shift;;
    esac
done
if [ "${EAS_LOCAL_SYNC_REPLICAS:-1}" -ge 2 ]; then args+=(--url http://127.0.0.1:8080,http://127.0.0.1:8084); fi

export EAS_SYNC_BCRYPT_COST=${EAS_SYNC_BCRYPT_COST:-4}
export JAVA_OPTS_sync_service=${JAVA_OPTS_sync_service:--Xmx1g}
mkdir -p target/load
scripts/run-local.sh >target/load/system.log 2>&1 &
system=$!
stop() { kill "$system" 2>/dev/null || true; wait "$system" 2>/dev/null || true; }
trap stop EXIT INT TERM

log "starting the system (target/load/system.log)"
for _ in $(seq 1 600); do
    grep -q "Ctrl-C stops everything" target/load/system.log && break
    kill -0 "$system" 2>/dev/null || { tail -30 target/load/system.log >&2; log "the system did not start"; exit 1; }
    sleep 1
done
pid=$(pgrep -f 'sync-service/target/quarkus-app/quarkus-run.jar' | head -1)
log "sync-service is pid $pid; open files allowed: $(ulimit -n)"
java -Xmx2g -cp "e2e-tests/target/classes:e2e-tests/target/load-lib/*" org.eassms.eas.load.LoadDriver --pid "$pid" "${args[@]}"
