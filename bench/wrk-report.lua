-- What every bench wrk script shares, loaded with dofile: the counters each thread keeps, counting a needle in
-- a reply, and the one BENCH_JSON line the bench reads after wrk exits.

-- Per-thread counters, globals so that done() can read them with thread:get().
acked = 0 -- messages or records the server acknowledged (sent, deleted after receiving, written, read)
empty = 0 -- receives or reads that found nothing
failed = 0 -- calls or batch entries the server refused

function occurrences(haystack, needle)
  local n, from = 0, 1
  while true do
    local at = string.find(haystack, needle, from, true)
    if at == nil then
      return n
    end
    n = n + 1
    from = at + #needle
  end
end

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

-- The counters summed over every thread.
function threadTotals()
  local totals = { acked = 0, empty = 0, failed = 0 }
  for _, thread in ipairs(threads) do
    for name in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  return totals
end

function writeReport(summary, latency, totals)
  local e = summary.errors
  io.write(
    string.format(
      'BENCH_JSON {"requests":%d,"durationUs":%d,"acked":%d,"empty":%d,"failed":%d,"p50Us":%d,"p99Us":%d,'
        .. '"maxUs":%d,"transportErrors":%d}\n',
      summary.requests,
      summary.duration,
      totals.acked,
      totals.empty,
      totals.failed,
      latency:percentile(50),
      latency:percentile(99),
      latency.max,
      e.connect + e.read + e.write + e.timeout
    )
  )
end
