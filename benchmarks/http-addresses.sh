#!/usr/bin/env bash
# Address lookups over HTTP beside point lookups, in one run on one server: starts the server (Release) on 127.0.0.1 on
# its embedded default (a fresh SQLite file seeded from geodata/: the five areas and the bundled address points), then
# runs wrk twice with the same threads and connections: GET /api/lookup?lat&lon (benchmarks/http-load.lua) and
# GET /api/lookup?address= over the bundled points' own texts (benchmarks/http-addresses.lua, shuffled, fixed seed).
# The 2 cores are shared with wrk. Prints wrk's summaries (SUMMARY lines with p99 and p99.9).
#
# Usage: benchmarks/http-addresses.sh [duration=20s] [threads=2] [connections=50] [port=5197]
set -euo pipefail
DURATION="${1:-20s}"; THREADS="${2:-2}"; CONNECTIONS="${3:-50}"; PORT="${4:-5197}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="http://127.0.0.1:${PORT}"
TMP="$(mktemp -d)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

python3 - "$ROOT/geodata/address-points/warsaw-address-points.geojson" > "$TMP/paths.txt" <<'PY'
import json, random, sys, urllib.parse
texts = [f['properties']['address'] for f in json.load(open(sys.argv[1], encoding='utf-8'))['features']]
random.Random(42).shuffle(texts)
for t in texts: print('/api/lookup?address=' + urllib.parse.quote(t))
PY

. "$ROOT/benchmarks/start-server.sh"
echo "sample:  $(curl -fs "$URL$(head -1 "$TMP/paths.txt")")"

export ADDRESS_PATHS="$TMP/paths.txt"
for script in http-load.lua http-addresses.lua; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/benchmarks/$script" "$URL" >/dev/null   # warm-up
  echo "== $script: wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/benchmarks/$script" "$URL" | grep -E "SUMMARY|Requests/sec|99%"
done
