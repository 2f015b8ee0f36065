#!/usr/bin/env bash
# Starts a local PostgreSQL for the storage contract tests, on Debian as root. Idempotent: safe to run again.
# Prints one line on stdout, for `eval`:
#   export GOALFRAMES_TEST_POSTGRES='Host=127.0.0.1;Port=5432;Username=gf;Password=gf;Database=postgres'
# Everything else goes to stderr.
set -euo pipefail

log() { printf '[postgres-for-tests] %s\n' "$*" >&2; }

connection='Host=127.0.0.1;Port=5432;Username=gf;Password=gf;Database=postgres'

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs and starts PostgreSQL)"
  exit 1
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-cache show postgresql >/dev/null 2>&1; then
    log "apt-get update"
    apt-get update -qq >&2
  fi
  log "apt-get install -y postgresql"
  apt-get install -y -qq postgresql >&2
fi

# The newest installed major version, e.g. 15 on Debian 12.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if [ -z "$version" ]; then
  log "no PostgreSQL version found under /usr/lib/postgresql"
  exit 1
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "$version main"; then
  log "creating cluster $version/main"
  pg_createcluster "$version" main >&2
fi

status=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}')
if [ "$status" != "online" ]; then
  log "starting cluster $version/main"
  pg_ctlcluster "$version" main start >&2
fi

# Wait until the server answers on loopback (at most 30 s).
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p 5432; then
    break
  fi
  sleep 0.5
done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  log "PostgreSQL $version does not accept connections on 127.0.0.1:5432"
  exit 1
fi

# The test role: creates a schema per test; createdb so tests may also create databases.
if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'gf'\"" | grep -qx 1; then
  log "creating role gf"
  su postgres -c "psql -q -c \"CREATE ROLE gf LOGIN PASSWORD 'gf' CREATEDB\"" >&2
fi

# Password login over TCP must work as the tests will use it.
if ! PGPASSWORD=gf psql -h 127.0.0.1 -p 5432 -U gf -d postgres -tAc 'SELECT 1' 2>/dev/null | grep -qx 1; then
  log "role gf cannot log in on 127.0.0.1:5432 with its password"
  exit 1
fi

log "PostgreSQL $version ready on 127.0.0.1:5432 (role gf)"
printf "export GOALFRAMES_TEST_POSTGRES='%s'\n" "$connection"
