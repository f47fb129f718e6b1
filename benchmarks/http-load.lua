-- wrk script for benchmarks/http-load.sh: GET /api/lookup with a different point on every request.
-- done() prints one summary line (SUMMARY …) with p99.9 and the error counts, which benchmarks/soak.sh reads.
-- Points are spread over Warsaw (lat 52.10–52.37, lon 20.85–21.27) by a per-thread linear congruential sequence.
local counter = 0
local seed = 0

function setup(thread)
  seed = seed + 1
  thread:set("seed", seed)
end

function init(args)
  counter = (seed or 1) * 7919
end

request = function()
  counter = (counter * 1103515245 + 12345) % 2147483648
  local a = (counter % 100000) / 100000
  local b = (math.floor(counter / 100000) % 100000) / 100000
  local lat = 52.10 + 0.27 * a
  local lon = 20.85 + 0.42 * b
  return wrk.format("GET", string.format("/api/lookup?lat=%.6f&lon=%.6f", lat, lon))
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f " ..
    "errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
