-- wrk script: cycles through the requests in $BENCH_REQUESTS (a Lua table written by load.mjs)
-- and prints {rps, total, bytes, p50, p99, errors} as JSON: latencies in ms, bytes per response
-- as received (headers included).
local list = dofile(os.getenv("BENCH_REQUESTS"))
local built, i = {}, 0

function init()
  for n, r in ipairs(list) do
    built[n] = wrk.format(r.method, r.path, r.headers, r.body)
  end
end

function request()
  i = i % #built + 1
  return built[i]
end

function done(summary, latency)
  local e = summary.errors
  io.write(string.format('{"rps":%.2f,"total":%d,"bytes":%d,"p50":%.2f,"p99":%.2f,"errors":%d}\n',
    summary.requests / (summary.duration / 1e6), summary.requests,
    summary.requests > 0 and math.floor(summary.bytes / summary.requests) or 0,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
