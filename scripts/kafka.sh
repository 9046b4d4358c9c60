#!/usr/bin/env bash
# A real single-node KRaft Kafka broker from Maven Central's jars (no Docker, no download of a Kafka tarball).
#   scripts/kafka.sh start [port]   formats the log dir once, starts the broker in the background, waits until ready
#   scripts/kafka.sh stop [port]    stops it
# State lives in target/kafka-<port>/ (logs in broker.log). The broker version is the Quarkus BOM's.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/infra.sh

action=${1:-start}
port=${2:-9092}
controller_port=$((port + 1))
dir="target/kafka-$port"
mkdir -p "$dir"

pid_alive() { [ -f "$dir/broker.pid" ] && kill -0 "$(cat "$dir/broker.pid")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

case "$action" in
stop)
    if pid_alive; then
        kill "$(cat "$dir/broker.pid")"
        for _ in $(seq 1 30); do pid_alive || break; sleep 1; done
        pid_alive && kill -9 "$(cat "$dir/broker.pid")" || true
        log "Kafka on :$port stopped"
    fi
    rm -f "$dir/broker.pid"
    exit 0 ;;
start) ;;
*) echo "usage: $0 start|stop [port]" >&2; exit 2 ;;
esac

if pid_alive && port_open; then
    log "Kafka already running on :$port"
    exit 0
fi

if [ ! -s "$dir/classpath.txt" ]; then
    log "resolving the Kafka broker's jars"
    ./mvnw -B -q -f scripts/kafka/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$dir/classpath.txt" >/dev/null
fi
cp=$(cat "$dir/classpath.txt")

cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$PWD/$dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS

if [ ! -f "$dir/data/meta.properties" ]; then
    cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    # Static voters: no --standalone (that is for a dynamic quorum, and fails beside controller.quorum.voters).
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" --ignore-formatted \
        >"$dir/format.log" 2>&1
fi

log "starting Kafka on :$port"
nohup java -Xms128m -Xmx384m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$dir/broker.log" 2>&1 &
echo $! >"$dir/broker.pid"
for _ in $(seq 1 60); do
    port_open && { log "Kafka ready on 127.0.0.1:$port"; exit 0; }
    pid_alive || { tail -20 "$dir/broker.log" >&2; log "Kafka failed to start"; exit 1; }
    sleep 1
done
log "Kafka did not open :$port in time"; exit 1
