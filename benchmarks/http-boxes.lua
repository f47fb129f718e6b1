-- wrk script for benchmarks/postgis-vs-http.sh: GET /api/lookup with points in the Żoliborz box (lat 52.255–52.280,
-- lon 20.950–21.010) and the Mokotów box (lat 52.185–52.205, lon 21.000–21.025), every other request in each: the mix
-- issue 11 measured PostGIS with (every point in or near an area). setup() and the SUMMARY line are http-load.lua's
-- (BENCHMARKS_DIR names its folder; the script sets it).
dofile((os.getenv("BENCHMARKS_DIR") or "benchmarks") .. "/http-load.lua")

local counter = 0
local even = true

function init(args)
  counter = (rawget(_G, "seed") or 1) * 7919   -- thread:set("seed", …) in setup() gives each thread its own sequence
end

request = function()
  counter = (counter * 1103515245 + 12345) % 2147483648
  local a = (counter % 100000) / 100000
  local b = (math.floor(counter / 100000) % 100000) / 100000
  even = not even
  if even then
    return wrk.format("GET", string.format("/api/lookup?lat=%.6f&lon=%.6f", 52.255 + 0.025 * a, 20.950 + 0.060 * b))
  end
  return wrk.format("GET", string.format("/api/lookup?lat=%.6f&lon=%.6f", 52.185 + 0.020 * a, 21.000 + 0.025 * b))
end
