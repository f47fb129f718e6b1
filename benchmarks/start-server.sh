# Sourced by the HTTP benchmarks: builds and starts the server (Release) on $URL on its embedded default (a fresh
# SQLite file in $TMP seeded from $ROOT/geodata), without rate limit, stops it on exit, and waits until /healthz answers.
dotnet build -c Release "$ROOT/src/CoverageMap.Server" -v quiet -nologo >/dev/null
dotnet "$ROOT/src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll" \
  --urls "$URL" --RateLimiting:PermitLimit=0 --Logging:LogLevel:Default=Warning \
  --CoverageMap:Store:Database="$TMP/coveragemap.db" --CoverageMap:Store:Geodata="$ROOT/geodata" >"$TMP/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$TMP"' EXIT
for _ in $(seq 1 300); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.2; done
echo "healthz: $(curl -fs "$URL/healthz")"
