#!/usr/bin/env bash
# Point lookups, CoverageMap over HTTP against PostGIS over its own protocol, in one run on one machine (issue 11).
# Starts a throw-away PostgreSQL 15 + PostGIS cluster (initdb in a temp folder, 127.0.0.1 only, stopped at the end),
# imports geodata/ into it with `coveragemap import --postgres … --apply --activate` (the store's real PostGIS schema:
# geometry(MultiPolygon,4326) with a GiST index), and runs:
#   - pgbench -M prepared: SELECT … WHERE ST_Covers("Geometry", point) on the active version, 1 and 2 clients;
#   - wrk on GET /api/lookup of the server on its embedded default (same five areas), 1 and 50 connections;
# both with points drawn uniformly over the same Warsaw box (lat 52.10–52.37, lon 20.85–21.27), and prints the ratios.
#
# Usage: bash benchmarks/postgis-vs-http.sh [seconds=15]
# Needs: postgresql-15, postgresql-15-postgis-3, wrk (apt-get install -y …); root or a user allowed to run postgres.
set -euo pipefail
SECONDS_EACH="${1:-15}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PGBIN=/usr/lib/postgresql/15/bin
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql-15 postgresql-15-postgis-3" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

WORK="$(mktemp -d)"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK"
PGPORT="$(free_port)"; HTTPPORT="$(free_port)"
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  as_owner "$PGBIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building (Release)"
dotnet build -c Release "$ROOT/src/CoverageMap.Server" -v quiet -nologo >/dev/null
dotnet build -c Release "$ROOT/src/CoverageMap.Cli" -v quiet -nologo >/dev/null

echo "== PostgreSQL 15 + PostGIS on 127.0.0.1:$PGPORT"
as_owner "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
as_owner "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c shared_buffers=128MB" start >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE coveragemap" >/dev/null
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d coveragemap -qc "CREATE EXTENSION postgis" >/dev/null
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=coveragemap"
dotnet "$ROOT/src/CoverageMap.Cli/bin/Release/net10.0/coveragemap.dll" import --postgres "$CS" --geodata "$ROOT/geodata" --apply --activate >/dev/null
VERSION="$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d coveragemap -Atc 'SELECT "Id" FROM dataset_versions WHERE "IsActive"')"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d coveragemap -qc "ANALYZE" >/dev/null
cat > "$WORK/lookup.sql" <<SQL
\set lat 52.10 + 0.27 * random(0, 99999) / 100000.0
\set lon 20.85 + 0.42 * random(0, 99999) / 100000.0
SELECT "PartnershipId" FROM areas WHERE "VersionId" = $VERSION AND ST_Covers("Geometry", ST_SetSRID(ST_MakePoint(:lon, :lat), 4326));
SQL
pg_rate() { # clients → lookups/s (pgbench's tps without connection time)
  pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c "$1" -j "$1" -T "$SECONDS_EACH" -f "$WORK/lookup.sql" coveragemap 2>/dev/null \
    | awk '/^tps/ {print int($3); exit}'
}
pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c 2 -j 2 -T 3 -f "$WORK/lookup.sql" coveragemap >/dev/null 2>&1   # warm-up
PG1="$(pg_rate 1)"; PG2="$(pg_rate 2)"
echo "PostGIS: $PG1 lookups/s with 1 client, $PG2 with 2"

echo "== CoverageMap server (embedded default) on 127.0.0.1:$HTTPPORT"
URL="http://127.0.0.1:$HTTPPORT"
dotnet "$ROOT/src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll" \
  --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
  --CoverageMap:Store:Database="$WORK/coveragemap.db" --CoverageMap:Store:Geodata="$ROOT/geodata" >"$WORK/http.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.2; done
curl -fs "$URL/healthz" >/dev/null || { echo "the server did not become ready in 2 minutes:" >&2; cat "$WORK/http.log" >&2; exit 1; }
wrk -t2 -c50 -d5s -s "$ROOT/benchmarks/http-load.lua" "$URL" >/dev/null   # warm-up
http_run() { # connections threads → "rps p99_ms"
  wrk -t"$2" -c"$1" -d"${SECONDS_EACH}s" --latency -s "$ROOT/benchmarks/http-load.lua" "$URL" | awk '/^SUMMARY/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["rps"], v["p99_ms"] }'
}
read -r H1 H1P99 <<<"$(http_run 1 1)"
read -r H50 H50P99 <<<"$(http_run 50 2)"

echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-52s | %12s | %8s |\n' "point lookups, ${SECONDS_EACH} s each" "lookups/s" "p99"
printf '| %-52s | %12s | %8s |\n' "PostGIS ST_Covers + GiST, pgbench -M prepared, 1 client" "$PG1" "—"
printf '| %-52s | %12s | %8s |\n' "PostGIS ST_Covers + GiST, pgbench -M prepared, 2 clients" "$PG2" "—"
printf '| %-52s | %12s | %8s |\n' "CoverageMap GET /api/lookup, wrk, 1 connection" "$H1" "${H1P99} ms"
printf '| %-52s | %12s | %8s |\n' "CoverageMap GET /api/lookup, wrk, 50 connections" "$H50" "${H50P99} ms"
python3 - "$PG1" "$PG2" "$H1" "$H50" <<'PY'
import sys
pg1, pg2, h1, h50 = map(float, sys.argv[1:])
print(f"ratios: HTTP 1 conn / PostGIS 1 client = {h1 / pg1:.2f}; HTTP 50 conns / PostGIS 2 clients = {h50 / pg2:.2f}")
PY
