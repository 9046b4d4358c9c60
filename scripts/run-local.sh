#!/usr/bin/env bash
# Runs the whole system on this machine: checks or starts PostgreSQL and Redis (installing them if missing), starts
# a Kafka broker (scripts/kafka.sh), builds and starts sync-service (:8080, the public ActiveSync URL),
# settings-service (:8081) and two relay-dispatcher replicas (:8082, :8083; one takes over when the other dies),
# creates a demo user, prints how to try it, and keeps everything in the foreground until Ctrl-C.
# Logs: target/local/*.log.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/infra.sh

ensure_postgres
# Its own database: the tests use "test", and the outbox relay of a running system would take the tests' events.
ensure_database eas_local
ensure_redis
scripts/kafka.sh start 9092

log "building (tests skipped; scripts/test.sh runs them)"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

# The jars run in the prod profile: point it at the local infrastructure.
export EAS_DB_USER=postgres EAS_DB_PASSWORD=""
export EAS_DB_REACTIVE_URL=postgresql://127.0.0.1:5432/eas_local EAS_DB_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/eas_local
export EAS_REDIS_URL=redis://127.0.0.1:6379/1 EAS_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092
export EAS_SETTINGS_URL=http://127.0.0.1:8081
# The jars run in the prod profile, whose logs are JSON; text is easier to read on a laptop.
export EAS_LOG_JSON=${EAS_LOG_JSON:-false}
# The web page is plain HTTP on a laptop: its session cookie cannot be HTTPS-only there.
export EAS_WEB_SECURE_COOKIE=${EAS_WEB_SECURE_COOKIE:-false}
# Traces go to EAS_OTLP_ENDPOINT when one is given (a local Jaeger or collector on :4318); without one, none are
# kept, so the services do not keep failing to export.
if [[ -n "${EAS_OTLP_ENDPOINT:-}" ]]; then
    export EAS_TRACE_SAMPLE_RATIO=${EAS_TRACE_SAMPLE_RATIO:-1.0}
else
    export EAS_TRACE_SAMPLE_RATIO=${EAS_TRACE_SAMPLE_RATIO:-0}
fi
export EAS_ADMIN_TOKEN=${EAS_ADMIN_TOKEN:-dev-admin-token} EAS_INTERNAL_TOKEN=${EAS_INTERNAL_TOKEN:-dev-internal-token}

mkdir -p target/local
pids=()
cleanup() {
    log "stopping"
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    scripts/kafka.sh stop 9092
}
trap cleanup EXIT INT TERM

# instance:module:port. Each dispatcher replica is a static member of the consumer group under its own name (ADR 5).
services="settings-service:settings-service:8081 sync-service:sync-service:8080"
# EAS_LOCAL_SYNC_REPLICAS=2 adds a second sync-service replica on :8084 (scripts/load.sh --sync-replicas 2).
if [ "${EAS_LOCAL_SYNC_REPLICAS:-1}" -ge 2 ]; then services+=" sync-service-1:sync-service:8084"; fi
services+=" relay-dispatcher-0:relay-dispatcher:8082 relay-dispatcher-1:relay-dispatcher:8083"
for service in $services; do
    IFS=: read -r name module port <<<"$service"
    # JAVA_OPTS_sync_service (and so on) adds JVM options to one service, as scripts/load.sh sets the heap.
    opts_var="JAVA_OPTS_${module//-/_}"
    # shellcheck disable=SC2086 # the options are words
    EAS_INSTANCE_ID=$name java ${!opts_var:-} -Dquarkus.http.port="$port" -jar "$module/target/quarkus-app/quarkus-run.jar" \
        >"target/local/$name.log" 2>&1 &
    pids+=($!)
done
for service in $services; do
    IFS=: read -r name module port <<<"$service"
    for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break; sleep 1; done
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || {
        tail -30 "target/local/$name.log" >&2; log "$name did not become ready"; exit 1; }
    log "$name is up on http://127.0.0.1:$port (health /q/health, metrics /q/metrics)"
done

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST http://127.0.0.1:8080/admin/users \
    -H "Authorization: Bearer $EAS_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"username":"demo","password":"demo-password","email":"demo@example.org"}')
case "$status" in 201) log "created user demo / demo-password";; 409) log "user demo exists";;
    *) log "could not create the demo user (HTTP $status)";; esac

cat <<'HOWTO'

  The ActiveSync URL is http://127.0.0.1:8080/Microsoft-Server-ActiveSync (user demo, password demo-password).
  In another terminal start a phone that relays demo's SMS:   scripts/phone.sh
  Then put an SMS into demo's Outbox from the command line:

    curl -u demo:demo-password -H 'Content-Type: application/json' \
         -d '{"to":"+14255550143","body":"Hello from the web"}' http://127.0.0.1:8080/api/sms

  Or write it on the web page:  http://127.0.0.1:8080/web  (demo / demo-password)

  Follow it:          curl -u demo:demo-password http://127.0.0.1:8080/api/sms/<id>
  SMS transports:     curl -u demo:demo-password http://127.0.0.1:8080/api/sms/devices
  Devices (admin):    scripts/eas-admin devices demo
  An ActiveSync phone that registered with Settings EnableOutboundSMS=1 and hangs on its Outbox receives it at once.

  Ctrl-C stops everything.
HOWTO
wait
