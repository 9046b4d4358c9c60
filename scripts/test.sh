#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need and starts PostgreSQL and Redis if they are down,
# checks that the golden WBXML fixtures are exactly what libwbxml makes from their XML, then runs the whole Maven
# build (unit, codec, fuzz and Quarkus tests against the real servers, the end-to-end tests), and checks that each
# service's native image can be generated.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/infra.sh

ensure_apt_package xml2wbxml libwbxml2-utils
ensure_apt_package kubectl kubectl   # renders the deploy/ overlays (RenderedOverlaysTest)
ensure_apt_package chromium chromium               # the web page's browser tests (WebPageIT)
ensure_apt_package chromedriver chromium-driver
ensure_postgres
ensure_redis

log "checking the golden fixtures against libwbxml"
wbxml-common/regenerate-goldens.sh >/dev/null 2>&1
if ! git diff --quiet -- wbxml-common/src/test/resources/golden 2>/dev/null; then
    git --no-pager diff --stat -- wbxml-common/src/test/resources/golden
    log "golden fixtures differ from libwbxml's output: commit what regenerate-goldens.sh wrote"
    exit 1
fi

log "running ./mvnw -B verify"
./mvnw -B verify "$@"

# No GraalVM here: generate each service's native-image sources and registrations, which is where a native build
# fails when something serialized by reflection is not registered (deploy/README.md builds the executables).
log "checking that each service's native image can be generated (-Dquarkus.native.sources-only=true)"
./mvnw -B -q package -Dnative -Dquarkus.native.sources-only=true -DskipTests \
    -pl settings-service,sync-service,relay-dispatcher "$@"
