#!/usr/bin/env bash
# Runs the whole system on this machine: checks or starts PostgreSQL and Redis, builds the services and starts them
# (sync-service :8080, settings-service :8081, relay-dispatcher :8082), waits for their health checks, then keeps
# them in the foreground until Ctrl-C. Logs go to target/local/*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/infra.sh

ensure_postgres
ensure_redis

log "building (tests skipped; run scripts/test.sh for them)"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

mkdir -p target/local
pids=()
cleanup() { log "stopping"; for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait || true; }
trap cleanup EXIT INT TERM

for service in sync-service:8080 settings-service:8081 relay-dispatcher:8082; do
    name=${service%%:*}
    java -jar "$name/target/quarkus-app/quarkus-run.jar" >"target/local/$name.log" 2>&1 &
    pids+=($!)
done
for service in sync-service:8080 settings-service:8081 relay-dispatcher:8082; do
    name=${service%%:*}; port=${service##*:}
    for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { log "$name did not become ready"; exit 1; }
    log "$name is up on http://127.0.0.1:$port (health /q/health, metrics /q/metrics)"
done
log "all services up; logs in target/local/. Ctrl-C stops them."
wait
