#!/usr/bin/env bash
# Load test of GET /api/lookup: starts the server (Release) on 127.0.0.1 on its embedded default (a fresh SQLite file
# in a temp folder, seeded from geodata/: the five real areas) and runs wrk with a Lua script that varies lat/lon on
# every request. SYNTHETIC_GRID=n serves the synthetic load-test dataset instead (n x n squares tiling Warsaw).
# Prints wrk's summary with latency percentiles (p99).
#
# Usage: benchmarks/http-load.sh [duration=20s] [threads=2] [connections=50] [port=5199]
# Needs: wrk (Debian: apt-get install -y wrk).
set -euo pipefail
DURATION="${1:-20s}"; THREADS="${2:-2}"; CONNECTIONS="${3:-50}"; PORT="${4:-5199}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="http://127.0.0.1:${PORT}"
DB="$(mktemp -d)/coveragemap-load.db"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

dotnet build -c Release "$ROOT/src/CoverageMap.Server" -v quiet -nologo >/dev/null
# The rate limiter is switched off (PermitLimit=0): a load test from one IP would otherwise measure 429s.
dotnet "$ROOT/src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll" \
  --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
  --CoverageMap:Store:Database="$DB" --CoverageMap:Store:Geodata="$ROOT/geodata" ${SYNTHETIC_GRID:+--Datasets:Synthetic=$SYNTHETIC_GRID} \
  ${COVERAGEMAP_SERVER_ARGS:-} >/tmp/coveragemap-http-load.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT

for _ in $(seq 1 50); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.2; done
echo "healthz: $(curl -fs "$URL/healthz")"
echo "sample:  $(curl -fs "$URL/api/lookup?lat=52.2297&lon=21.0122")"

# Warm-up (JIT, tiered compilation), then the measured run.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/benchmarks/http-load.lua" "$URL" >/dev/null
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s benchmarks/http-load.lua $URL"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/benchmarks/http-load.lua" "$URL"
