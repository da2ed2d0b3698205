-- wrk's script for LoadBenchmark: wrk -s load.lua URL -- METHOD PATH [BODIES]
-- Sends METHOD PATH, with the bodies of the file BODIES (one JSON body per line) in turn, each connection starting
-- at a random one; at the end it prints one line that LoadBenchmark reads: requests, seconds, latency percentiles
-- and the answers counted by status.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local method, path, bodies, n = "GET", "/", {}, 0
-- a global, so that done() can read every thread's counts with thread:get
statuses = {}

function init(args)
  method, path = args[1], args[2]
  if args[3] then
    for line in io.lines(args[3]) do
      bodies[#bodies + 1] = line
    end
  end
  n = math.random(math.max(#bodies, 1))
end

function request()
  if #bodies == 0 then
    return wrk.format(method, path)
  end
  n = n % #bodies + 1
  return wrk.format(method, path, { ["Content-Type"] = "application/json" }, bodies[n])
end

function response(status)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
  end
  local counts = {}
  for status, count in pairs(all) do
    counts[#counts + 1] = status .. ":" .. count
  end
  local e = summary.errors
  io.write(string.format("load-result requests=%d micros=%d p50=%d p99=%d socket-errors=%d statuses=%s\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, table.concat(counts, ",")))
end
