#!/usr/bin/env bash
# CoverageMap against PostGIS, in one run on one machine (issue 11, item 5): lookups per second of CoverageMap in process
# and over HTTP beside what an administrator gets from PostGIS by hand, with the ratios, as one Markdown table.
# Starts a throw-away PostgreSQL 15 + PostGIS cluster (initdb in a temp folder, 127.0.0.1 only, stopped at the end) and
# loads into it:
#   - geodata/ by `coveragemap import --postgres … --apply --activate` and `coveragemap import-addresses --postgres …
#     --apply` (the store's real PostGIS schema: areas geometry(MultiPolygon,4326) and address_points."Location" with
#     GiST indexes);
#   - the SYNTHETIC_GRID×SYNTHETIC_GRID synthetic squares (default 100: 10,000 polygons of 400 vertices, the very
#     polygons of the server's --Datasets:Synthetic, written by the benchmarks' `synthetic-ewkb` mode) into a table
#     synthetic_areas with a GiST index;
#   - for addresses, what an administrator would add by hand: pg_trgm, a table of the points' street names with a GIN
#     trigram index, an index on address_points."StreetName", and the address texts (the bundled points' own, shuffled,
#     seed 42, the same list wrk sends);
# then measures, SECONDS_EACH seconds a row after a warm-up:
#   - points (bundled areas and synthetic grid), uniform over lat 52.10–52.37, lon 20.85–21.27 on every side:
#     CoverageMap's AreaIndex in process (benchmarks/CoverageMap.Benchmarks `rate`: a timed loop, 1 and 2 threads),
#     GET /api/lookup under wrk (1 and 50 connections), and pgbench -M prepared on ST_Covers + GiST (1 and 2 clients);
#   - points on the bundled areas in the Żoliborz and Mokotów boxes (every other point in each, all in or near an area:
#     the mix issue 11 measured PostGIS with; benchmarks/http-boxes.lua), the same three ways;
#   - addresses: CoverageMap's AddressResolver in process and GET /api/lookup?address= under wrk
#     (benchmarks/http-addresses.lua) against one prepared statement run by pgbench: the text split by a regular
#     expression into street and number, the street by pg_trgm word similarity, the address point of that street with
#     the nearest number, then ST_Covers on the areas.
# The load generators (pgbench, wrk) run on the same cores as what they measure. Prints the machine line (cores, CPU
# model, load average before the run and after it), the table, and a line comparing every distinct address text's answer
# from CoverageMap's resolver with the hand-written statement's.
#
# Usage: bash benchmarks/postgis-vs-http.sh [seconds=5]      (a full run took 236 s at 5 s a row, 61 s of it the build)
# Needs: postgresql-15, postgresql-15-postgis-3, wrk, pgbench (apt-get install -y …); root or a user allowed to run postgres.
set -euo pipefail
SECONDS_EACH="${1:-5}"
GRID="${SYNTHETIC_GRID:-100}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PGBIN=/usr/lib/postgresql/15/bin
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install -y postgresql-client-15" >&2; exit 1; }
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL 15 is missing: apt-get install -y postgresql-15 postgresql-15-postgis-3" >&2; exit 1; }
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

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

echo "== [${SECONDS}s] building (Release)"
for project in src/CoverageMap.Server src/CoverageMap.Cli benchmarks/CoverageMap.Benchmarks; do
  dotnet build -c Release "$ROOT/$project" -v quiet -nologo >/dev/null
done
CLI="$ROOT/src/CoverageMap.Cli/bin/Release/net10.0/coveragemap.dll"
BENCH="$ROOT/benchmarks/CoverageMap.Benchmarks/bin/Release/net10.0/CoverageMap.Benchmarks.dll"

echo "== [${SECONDS}s] PostgreSQL 15 + PostGIS on 127.0.0.1:$PGPORT"
as_owner "$PGBIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >/dev/null
as_owner "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
  -o "-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c shared_buffers=128MB" start >/dev/null
sql() { psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d coveragemap -v ON_ERROR_STOP=1 -qAt "$@"; }
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE coveragemap" >/dev/null
sql -c "CREATE EXTENSION postgis" -c "CREATE EXTENSION pg_trgm" >/dev/null
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=coveragemap"
dotnet "$CLI" import --postgres "$CS" --geodata "$ROOT/geodata" --apply --activate >/dev/null
(cd "$ROOT" && dotnet "$CLI" import-addresses --postgres "$CS" --apply geodata/address-points/warsaw-address-points.geojson >/dev/null)
VERSION="$(sql -c 'SELECT "Id" FROM dataset_versions WHERE "IsActive"')"

dotnet "$BENCH" synthetic-ewkb "$GRID" "$WORK/synthetic.tsv"
sql -c "CREATE TABLE synthetic_areas (partnership_id text PRIMARY KEY, geom geometry(Polygon, 4326) NOT NULL)" \
    -c "\\copy synthetic_areas FROM '$WORK/synthetic.tsv'" \
    -c "CREATE INDEX ix_synthetic_areas_geom ON synthetic_areas USING gist (geom)"

# The address texts: the bundled points' own, shuffled with a fixed seed; as URL paths for wrk, as rows for PostgreSQL.
python3 - "$ROOT/geodata/address-points/warsaw-address-points.geojson" "$WORK/paths.txt" "$WORK/texts.tsv" <<'PY'
import json, random, sys, urllib.parse
texts = [f['properties']['address'] for f in json.load(open(sys.argv[1], encoding='utf-8'))['features']]
random.Random(42).shuffle(texts)
with open(sys.argv[2], 'w', encoding='utf-8') as paths, open(sys.argv[3], 'w', encoding='utf-8') as rows:
    for i, t in enumerate(texts, 1):
        paths.write('/api/lookup?address=' + urllib.parse.quote(t) + '\n')
        rows.write(f"{i}\t{t.replace(chr(92), chr(92) * 2)}\n")
PY
TEXTS="$(wc -l <"$WORK/texts.tsv")"
sql -c "CREATE TABLE address_texts (id int PRIMARY KEY, text text NOT NULL)" -c "\\copy address_texts FROM '$WORK/texts.tsv'" \
    -c 'CREATE TABLE street_names AS SELECT DISTINCT "StreetName" AS name FROM address_points' \
    -c "CREATE INDEX ix_street_names_trgm ON street_names USING gin (name gin_trgm_ops)" \
    -c 'CREATE INDEX ix_address_points_street_name ON address_points ("StreetName")' -c "ANALYZE"

cat > "$WORK/points.sql" <<SQL
\set lat 52.10 + 0.27 * random(0, 99999) / 100000.0
\set lon 20.85 + 0.42 * random(0, 99999) / 100000.0
SELECT "PartnershipId" FROM areas WHERE "VersionId" = $VERSION AND ST_Covers("Geometry", ST_SetSRID(ST_MakePoint(:lon, :lat), 4326));
SQL
cat > "$WORK/boxes.sql" <<SQL
\set box random(0, 1)
\set lat 52.255 - 0.070 * :box + (0.025 - 0.005 * :box) * random(0, 99999) / 100000.0
\set lon 20.950 + 0.050 * :box + (0.060 - 0.035 * :box) * random(0, 99999) / 100000.0
SELECT "PartnershipId" FROM areas WHERE "VersionId" = $VERSION AND ST_Covers("Geometry", ST_SetSRID(ST_MakePoint(:lon, :lat), 4326));
SQL
cat > "$WORK/synthetic.sql" <<'SQL'
\set lat 52.10 + 0.27 * random(0, 99999) / 100000.0
\set lon 20.85 + 0.42 * random(0, 99999) / 100000.0
SELECT partnership_id FROM synthetic_areas WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326));
SQL
# By hand: "ul. Słowackiego 12A" → street "Słowackiego", number 12 (a leading ul./al./pl./os. dropped); the street name
# most like it (pg_trgm word similarity over the GIN index); that street's address point with the nearest number; its area.
# (No "(?:" in the expression: pgbench would take ":ul" inside the string for a variable.)
ADDRESS_QUERY='WITH q AS (SELECT m[3] AS street, m[4]::int AS num FROM address_texts, regexp_match(text, '"'"'^((ul|al|pl|os)\.?\s+)?(.+?)\s+(\d+)'"'"', '"'"'i'"'"') AS m WHERE id = :i),
  s AS (SELECT n.name FROM street_names n, q WHERE q.street <% n.name ORDER BY word_similarity(q.street, n.name) DESC, n.name LIMIT 1),
  a AS (SELECT p."Location" FROM address_points p, s, q WHERE p."StreetName" = s.name ORDER BY abs(p."Number" - q.num), p."Id" LIMIT 1)
SELECT ar."PartnershipId" FROM areas ar, a WHERE ar."VersionId" = '"$VERSION"' AND ST_Covers(ar."Geometry", a."Location")'
{ echo "\\set i random(1, $TEXTS)"; echo "$ADDRESS_QUERY;" | tr '\n' ' '; echo; } > "$WORK/addresses.sql"
# Every text's answer by hand, for the comparison under the table.
sql -c "\\copy (SELECT t.text, coalesce(string_agg(DISTINCT x.\"PartnershipId\", ',' ORDER BY x.\"PartnershipId\"), '') FROM address_texts t LEFT JOIN LATERAL ($(echo "$ADDRESS_QUERY" | sed 's/= :i)/= t.id)/' | tr '\n' ' ')) x ON true GROUP BY t.text) TO '$WORK/pg-answers.tsv'"

pg_rate() { # script clients → lookups/s (pgbench's tps without connection time)
  pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c "$2" -j "$2" -T "$SECONDS_EACH" -f "$WORK/$1.sql" coveragemap 2>/dev/null \
    | awk '/^tps/ {print int($3); exit}'
}
echo "== [${SECONDS}s] pgbench"
declare -A R
for script in points boxes synthetic addresses; do
  pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c 2 -j 2 -T 2 -f "$WORK/$script.sql" coveragemap >/dev/null 2>&1   # warm-up
  R[pg-$script-1]="$(pg_rate "$script" 1)"; R[pg-$script-2]="$(pg_rate "$script" 2)"
  echo "PostGIS $script: ${R[pg-$script-1]} lookups/s with 1 client, ${R[pg-$script-2]} with 2"
done

echo "== [${SECONDS}s] in process (benchmarks/CoverageMap.Benchmarks rate $SECONDS_EACH $GRID)"
RATES="$(dotnet "$BENCH" rate "$SECONDS_EACH" "$GRID" "$WORK/cm-answers.tsv")"
echo "$RATES"
while read -r tag row threads rate; do
  [ "$tag" = RATE ] || continue
  case "$row" in points-bundled) key=points ;; points-boxes) key=boxes ;; points-synthetic-*) key=synthetic ;; *) key="$row" ;; esac
  R[in-$key-$threads]="$rate"
done <<<"$RATES"

URL="http://127.0.0.1:$HTTPPORT"
start_server() { # extra server arguments…
  dotnet "$ROOT/src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll" \
    --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
    --CoverageMap:Store:Database="$WORK/coveragemap-$RANDOM.db" --CoverageMap:Store:Geodata="$ROOT/geodata" "$@" >"$WORK/http.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 600); do curl -fs "$URL/healthz" >/dev/null && return; sleep 0.2; done
  echo "the server did not become ready in 2 minutes:" >&2; cat "$WORK/http.log" >&2; exit 1
}
stop_server() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }
http_run() { # lua connections threads → "rps p99_ms"
  wrk -t"$3" -c"$2" -d"${SECONDS_EACH}s" --latency -s "$ROOT/benchmarks/$1" "$URL" | awk '/^SUMMARY/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print v["rps"], v["p99_ms"] }'
}
http_rows() { # key lua
  wrk -t2 -c50 -d3s -s "$ROOT/benchmarks/$2" "$URL" >/dev/null   # warm-up
  read -r "R[http-$1-1]" "R[p99-$1-1]" <<<"$(http_run "$2" 1 1)"
  read -r "R[http-$1-50]" "R[p99-$1-50]" <<<"$(http_run "$2" 50 2)"
  echo "HTTP $1: ${R[http-$1-1]} lookups/s on 1 connection (p99 ${R[p99-$1-1]} ms), ${R[http-$1-50]} on 50 (p99 ${R[p99-$1-50]} ms)"
}
export ADDRESS_PATHS="$WORK/paths.txt" BENCHMARKS_DIR="$ROOT/benchmarks"
echo "== [${SECONDS}s] CoverageMap server, embedded default (five areas, bundled address points), on $URL"
start_server
echo "sample: $(curl -fs "$URL$(head -1 "$ADDRESS_PATHS")")"
http_rows points http-load.lua
http_rows boxes http-boxes.lua
http_rows addresses http-addresses.lua
stop_server
echo "== [${SECONDS}s] CoverageMap server, --Datasets:Synthetic=$GRID"
start_server --Datasets:Synthetic="$GRID" --CoverageMap:Store:SeedAddressPoints=false
http_rows synthetic http-load.lua
stop_server

echo "== [${SECONDS}s] done"
echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load average before the run: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 - "$SECONDS_EACH" "$GRID" "$WORK/cm-answers.tsv" "$WORK/pg-answers.tsv" "$(for k in "${!R[@]}"; do printf '%s=%s ' "$k" "${R[$k]}"; done)" <<'PY'
import sys
seconds, grid, cm_file, pg_file, pairs = sys.argv[1:]
r = dict(kv.split('=', 1) for kv in pairs.split())
sets = {'points': 'points, bundled five areas', 'boxes': 'points, five areas, Żoliborz + Mokotów boxes', 'synthetic': f'points, synthetic {int(grid) ** 2:,} polygons', 'addresses': 'addresses, bundled texts'}
print(f'| lookups ({seconds} s a row) | CoverageMap | lookups/s | p99 | PostGIS, pgbench -M prepared | lookups/s | CoverageMap / PostGIS |')
print('|---|---|---:|---:|---|---:|---:|')
for key, what in sets.items():
    rows = [(f'in process, 1 thread', r[f'in-{key}-1'], '—', '1 client', r[f'pg-{key}-1']),
            (f'in process, 2 threads', r[f'in-{key}-2'], '—', '2 clients', r[f'pg-{key}-2']),
            (f'HTTP, wrk, 1 connection', r[f'http-{key}-1'], r[f'p99-{key}-1'] + ' ms', '1 client', r[f'pg-{key}-1']),
            (f'HTTP, wrk, 50 connections', r[f'http-{key}-50'], r[f'p99-{key}-50'] + ' ms', '2 clients', r[f'pg-{key}-2'])]
    for how, cm, p99, clients, pg in rows:
        print(f'| {what} | {how} | {int(float(cm)):,} | {p99} | {clients} | {int(pg):,} | {float(cm) / float(pg):.2f} |')
print()
def answers(path):
    with open(path, encoding='utf-8') as f:
        return dict((line.rstrip('\n').split('\t') + [''])[:2] for line in f)
cm, pg = answers(cm_file), answers(pg_file)
same = sum(1 for t in cm if cm[t] and cm[t] == pg.get(t))
none = sum(1 for t in cm if not cm[t] and not pg.get(t))
cm_only = sum(1 for t in cm if cm[t] and not pg.get(t))
pg_only = sum(1 for t in cm if not cm[t] and pg.get(t))
differ = sum(1 for t in cm if cm[t] and pg.get(t) and cm[t] != pg[t])
print(f'Addresses, {len(cm):,} distinct texts: a partnership from CoverageMap {sum(1 for t in cm if cm[t]):,} (resolved or multiple), '
      f'from PostGIS by hand {sum(1 for t in pg if pg[t]):,}; the same partnership(s) {same:,}, none from either {none:,}, '
      f'only CoverageMap {cm_only:,}, only PostGIS {pg_only:,}, different {differ:,}.')
PY
