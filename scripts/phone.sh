#!/usr/bin/env bash
# Runs the phone simulator (e2e-tests' PhoneSimulator): it provisions, registers as the user's SMS transport with
# Settings EnableOutboundSMS=1, hangs on the Outbox, and "sends" (prints) each SMS, then files it in Sent Items.
#   scripts/phone.sh [base-url] [user] [password] [number] [name] [heartbeat-s] [sync|ping]
# The last argument picks how the phone waits for its Outbox: a hanging Sync (default) or a Ping.
# Defaults match scripts/run-local.sh's demo user. Needs a build (run-local.sh does one).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d e2e-tests/target/classes ] || [ ! -d wbxml-common/target/classes ]; then
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl e2e-tests -am compile
fi
exec java -cp e2e-tests/target/classes:test-support/target/classes:wbxml-common/target/classes org.eassms.eas.phone.PhoneSimulator \
    "${1:-http://127.0.0.1:8080}" "${2:-demo}" "${3:-demo-password}" "${4:-+14255550123}" "${5:-Demo Phone}" \
    "${6:-600}" "${7:-sync}"
