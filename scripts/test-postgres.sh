#!/usr/bin/env bash
# npm run test:postgres [-- <jest paths or options>]: the integration suites on PostgreSQL.
#
# With PG_URL set (postgres://user@host:port/db of a server this user may CREATE DATABASE on), it
# uses that server and starts nothing; otherwise it starts a throwaway cluster on 127.0.0.1
# (scripts/pg-cluster.sh, Debian's postgresql package) and stops it at the end. Every suite gets its
# own new database (tests/helpers/postgres.ts), dropped when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

suites=(
  tests/integration/model.test.ts
  tests/workflow
  tests/publish/lease.test.ts
  tests/publish/integration.test.ts
  tests/publish/admin-job.test.ts
  tests/publish/concurrent.test.ts
  tests/http/write-rules.test.ts
  tests/integration/backup-postgres.test.ts
  tests/instances
)

if [ -n "${PG_URL:-}" ]; then
  url=$PG_URL
else
  dir=$(mktemp -d "${TMPDIR:-/tmp}/folio-pg-XXXXXX")
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  trap 'scripts/pg-cluster.sh stop "$dir"' EXIT
  url=$(scripts/pg-cluster.sh start "$dir" "$port")
  echo "Throwaway PostgreSQL cluster: $url (stopped and deleted at the end)"
fi

export FOLIO_TEST_PG_URL=$url
export NODE_OPTIONS='--experimental-vm-modules --no-warnings'
if [ $# -gt 0 ]; then
  npx jest "$@"
else
  npx jest "${suites[@]}"
fi
