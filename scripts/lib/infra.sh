# Shared helpers for the project's scripts: install what is missing, start what is down.
# Sourced, not run. Everything here is idempotent.

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        log "need root for: $*"; return 1; fi
}

apt_updated=""
ensure_apt_package() { # ensure_apt_package <command-to-check> <debian-package>
    command -v "$1" >/dev/null 2>&1 && return 0
    log "installing $2"
    if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

ensure_postgres() { # PostgreSQL on 127.0.0.1:5432 with the database "test"
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then ensure_apt_package pg_ctlcluster postgresql; fi
    if ! pg_isready -q -h 127.0.0.1 -p 5432; then
        log "starting PostgreSQL"
        as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
        for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
    fi
    ensure_database test
}

ensure_database() { # ensure_database <name>: an empty database on the local PostgreSQL if it is missing
    if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='$1'" 2>/dev/null | grep -q 1; then
        as_root su postgres -c "psql -qc 'create database $1'" >/dev/null 2>&1 || \
            psql -h 127.0.0.1 -U postgres -qc "create database $1" >/dev/null
    fi
}

ensure_redis() { # Redis on 127.0.0.1:6379
    ensure_apt_package redis-server redis-server
    if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
        log "starting Redis"
        as_root mkdir -p /var/lib/redis /var/log/redis
        as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
            --dir /var/lib/redis --logfile /var/log/redis/ci.log
        for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
    fi
}
