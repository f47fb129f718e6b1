#!/usr/bin/env bash
# What each middleware of the pipeline costs a point lookup (issue 11: "measure what each middleware costs per request").
# Builds the server (Release) in a throw-away worktree of HEAD with benchmarks/pipeline-toggles.patch applied — it lets
# the environment variable CM_SKIP leave middlewares out (a measuring aid only; the product has no such switch) — and
# runs, one after another on the same machine, wrk (2 threads, 50 connections) on GET /api/lookup with every
# middleware, without each one in turn, and without all of them, plus GET /healthz with and without all. For each:
# requests/s, p99, and the server's CPU time per request (user + system from /proc over the measured run), which is
# the steadier figure when the machine is shared.
#
# Usage: bash benchmarks/pipeline-cost.sh [seconds=10]
# Needs: wrk (apt-get install -y wrk).
set -euo pipefail
SECONDS_EACH="${1:-10}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
WORK="$(mktemp -d)"; WT="$WORK/wt"; PORT=5391; URL="http://127.0.0.1:$PORT"
cleanup() { [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true; git -C "$ROOT" worktree remove --force "$WT" >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

git -C "$ROOT" worktree add --detach "$WT" HEAD >/dev/null 2>&1
git -C "$WT" apply "$ROOT/benchmarks/pipeline-toggles.patch"
[ -d "$ROOT/web/node_modules" ] && ln -s "$ROOT/web/node_modules" "$WT/web/node_modules"
echo "== building (Release, with the toggles)"
dotnet build -c Release "$WT/src/CoverageMap.Server" -v quiet -nologo >/dev/null
DLL="$WT/src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll"
cat > "$WORK/healthz.lua" <<'LUA'
request = function() return wrk.format("GET", "/healthz") end
done = function(summary, latency, requests)
  io.write(string.format("SUMMARY requests=%d rps=%.0f p99_ms=%.2f non2xx=%d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, summary.errors.status))
end
LUA

run() { # label skip lua
  CM_SKIP="$2" dotnet "$DLL" --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
    --CoverageMap:Store:Database="$WORK/c.db" --CoverageMap:Store:Geodata="$ROOT/geodata" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 600); do curl -fs "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  wrk -t2 -c50 -d3s -s "$3" "$URL" >/dev/null 2>&1   # warm-up
  local c0 c1 out req rps p99
  c0=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  out=$(wrk -t2 -c50 -d"${SECONDS_EACH}s" --latency -s "$3" "$URL" | grep '^SUMMARY')
  c1=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
  req=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$out"); rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$out"); p99=$(sed 's/.*p99_ms=\([0-9.]*\).*/\1/' <<<"$out")
  local bad; bad=$(grep -o 'non2xx=[0-9]*' <<<"$out" | cut -d= -f2); bad=${bad:-0}
  local tick; tick=$(getconf CLK_TCK)
  printf '| %-50s | %9s | %7s ms | %6.1f µs | %9s |\n' "$1" "$rps" "$p99" "$(echo "($c1 - $c0) * 1000000 / $tick / $req" | bc -l)" "$bad"
}

# CORS stays in "without any": the lookup endpoints carry CORS policies, and an endpoint with CORS metadata and no CORS
# middleware is an error (500) by design; the "without CORS" row shows exactly that.
ALL="fwd,hdr,exc,scp,lim,cmp,rl,loc,pipe"
# A first start seeds the store, so every measured start finds it as a restarted server does.
CM_SKIP= dotnet "$DLL" --urls "$URL" --Logging:LogLevel:Default=Warning --CoverageMap:Store:Database="$WORK/c.db" \
  --CoverageMap:Store:Geodata="$ROOT/geodata" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 600); do curl -fs "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
echo
echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-50s | %9s | %10s | %9s | %9s |\n' "GET /api/lookup?lat&lon, ${SECONDS_EACH} s each" "req/s" "p99" "server CPU/request" "non-2xx"
printf '|%s|%s|%s|%s|%s|\n' "---" "---:" "---:" "---:" "---:"
LOOKUP="$ROOT/benchmarks/http-load.lua"
run "every middleware (as shipped)" "" "$LOOKUP"
for m in fwd:"forwarded headers" hdr:"response headers (security)" exc:"exception handler" scp:"status code pages" \
         lim:"request limits" cmp:"response compression" cors:"CORS" rl:"rate limiter" loc:"request localization" \
         pipe:"Kestrel rejection pipe (connection filter)"; do
  run "without ${m#*:}" "${m%%:*}" "$LOOKUP"
done
run "without any of them but CORS" "$ALL" "$LOOKUP"
run "every middleware (as shipped), again" "" "$LOOKUP"
run "GET /healthz, every middleware" "" "$WORK/healthz.lua"
run "GET /healthz, without any of them but CORS" "$ALL" "$WORK/healthz.lua"
