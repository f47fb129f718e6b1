#!/usr/bin/env bash
# Soak test (not in CI): the server (Release) on 127.0.0.1 over a fresh SQLite store seeded from geodata/, wrk for
# DURATION seconds with a different point per request, and three dataset activations by the CLI (`coveragemap
# activate`) at 1/4, 1/2 and 3/4 of the run, alternating between the seeded version and a second one (the registry
# with one description changed, imported with `coveragemap import --apply`). Reports throughput, p50/p99/p99.9,
# errors (socket errors and non-2xx answers), the versions served, and the server's RSS before and after.
#
# Usage: benchmarks/soak.sh [duration-seconds=600] [threads=2] [connections=50] [port=5198]
# Needs: wrk (Debian: apt-get install -y wrk), python3.
set -euo pipefail
DURATION="${1:-600}"; THREADS="${2:-2}"; CONNECTIONS="${3:-50}"; PORT="${4:-5198}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
URL="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
DB="$WORK/coveragemap-soak.db"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build -c Release "$ROOT/src/CoverageMap.Server" -v quiet -nologo >/dev/null
dotnet build -c Release "$ROOT/src/CoverageMap.Cli" -v quiet -nologo >/dev/null
# Run copies, so that a build during the soak cannot replace the files under the running processes.
cp -r "$ROOT/src/CoverageMap.Server/bin/Release/net10.0" "$WORK/server"
cp -r "$ROOT/src/CoverageMap.Cli/bin/Release/net10.0" "$WORK/cli"
SERVER_DLL="$WORK/server/CoverageMap.Server.dll"
CLI_DLL="$WORK/cli/coveragemap.dll"

dotnet "$SERVER_DLL" --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
  --CoverageMap:Store:Database="$DB" --CoverageMap:Store:Geodata="$ROOT/geodata" --CoverageMap:Store:ReloadSeconds=2 \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.3; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER/status"; }
version() { curl -fs "$URL/healthz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["datasetVersion"])'; }

# A second version: the same areas, one partnership's description changed.
cp -r "$ROOT/geodata" "$WORK/geodata-b"
python3 - "$WORK/geodata-b/partnerships.json" <<'PY'
import json, sys
p = sys.argv[1]; d = json.load(open(p, encoding="utf-8"))
d["partnerships"][0]["description"] += " (soak variant)"
json.dump(d, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
V1="$(version)"
dotnet "$CLI_DLL" import --db "$DB" --geodata "$WORK/geodata-b" --apply >/dev/null
V2="$(dotnet "$CLI_DLL" versions --db "$DB" | awk '{gsub(/\*/, ""); print $1}' | sort -n | tail -1)"
echo "versions: seeded $V1, variant $V2"

# Warm-up (JIT, tiered compilation), then the measured run.
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s "$ROOT/benchmarks/http-load.lua" "$URL" >/dev/null
echo "rss before: $(rss)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s -s "$ROOT/benchmarks/http-load.lua" "$URL" >"$WORK/wrk.txt" &
WRK=$!
for target in "$V2" "$V1" "$V2"; do
  sleep $((DURATION / 4))
  dotnet "$CLI_DLL" activate "$target" --db "$DB" >/dev/null
  for _ in $(seq 1 50); do [ "$(version)" = "$target" ] && break; sleep 0.2; done
  echo "$(date -u +%H:%M:%S) activated $target, served $(version), rss $(rss)"
done
wait $WRK
echo "rss after: $(rss)"
grep -E 'Requests/sec|Latency|Socket errors|Non-2xx' "$WORK/wrk.txt" || true
grep '^SUMMARY' "$WORK/wrk.txt"
echo "server log lines at Warning or above: $(grep -cE 'warn|fail|crit' "$WORK/server.log" || true)"
