-- wrk script for benchmarks/http-addresses.sh: GET /api/lookup?address= with a different real address on every request,
-- cycling through the paths in the file named by the ADDRESS_PATHS environment variable (one URL path a line).
local paths = {}
local counter = 0

function init(args)
  for line in io.lines(os.getenv("ADDRESS_PATHS")) do paths[#paths + 1] = line end
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000, e.status))
end
