#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests (Debian's postgresql package), on 127.0.0.1 only.
#
#   scripts/pg-cluster.sh start <dir> [port]   initdb into <dir> (as the postgres user when run as
#                                              root), start it, create the database `folio`, and
#                                              print its URL: postgres://postgres@127.0.0.1:<port>/folio
#   scripts/pg-cluster.sh stop <dir>           stop it and delete <dir>
#
# Trust authentication on the loopback only: the cluster is for one test run and holds no secrets.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin: apt-get install -y postgresql (or set PG_URL to an existing server)." >&2
  exit 1
fi

# As root, the server runs as the `postgres` user (initdb refuses root); runuser is in sbin, which
# a non-login shell may not have on its PATH.
PATH="$PATH:/usr/sbin:/sbin"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "Usage: $0 start <dir> [port] | stop <dir>" >&2; exit 2; }

case "$cmd" in
  start)
    port=${3:-55432}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_pg "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    # Settings for a short-lived test cluster: no durability needed, enough connections for
    # two app instances and the test runner.
    as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres folio
    echo "postgres://postgres@127.0.0.1:$port/folio"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_pg "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "Usage: $0 start <dir> [port] | stop <dir>" >&2
    exit 2
    ;;
esac
