-- wrk script for benchmarks/http-load.sh: GET /api/lookup with a different point on every request.
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
