-- wrk script for the Kinesis bench, chosen by BENCH_MODE:
--   kinesis-put: the same PutRecords call (BENCH_BODY, 100 records) over and over;
--   kinesis-get: GetRecords chains, one per connection, each following NextShardIterator from one of the
--                TRIM_HORIZON iterators in BENCH_ITERATORS (comma-separated) to the end of its shard and
--                starting over at the next one (round robin), so a row reads for its whole length.
-- Parameters come from the environment because wrk calls request() once in its main Lua state, before any
-- thread's init, to check the request.

local mode = os.getenv("BENCH_MODE")

wrk.method = "POST"
wrk.path = "/"
wrk.body = os.getenv("BENCH_BODY")
wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
wrk.headers["Authorization"] = os.getenv("BENCH_AUTHORIZATION")
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
wrk.headers["X-Amz-Target"] = os.getenv("BENCH_TARGET")

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "wrk-report.lua")

if mode == "kinesis-put" then
  local recordsPerCall = tonumber(os.getenv("BENCH_RECORDS_PER_CALL"))
  function response(status, _, body)
    if status ~= 200 then
      failed = failed + 1
      return
    end
    local refused = tonumber(string.match(body, '"FailedRecordCount"%s*:%s*(%d+)') or "0")
    acked = acked + recordsPerCall - refused
    failed = failed + refused
  end
elseif mode == "kinesis-get" then
  local starts = {}
  for iterator in string.gmatch(os.getenv("BENCH_ITERATORS"), "[^,]+") do
    starts[#starts + 1] = iterator
  end
  local nextStart = 0
  -- Requests waiting for the next free connection: each reply queues exactly one, so none ever waits long.
  local pending = {}

  local function getRecords(iterator)
    return wrk.format(nil, nil, nil, '{"ShardIterator":"' .. iterator .. '","Limit":10000}')
  end

  local function restart()
    nextStart = nextStart % #starts + 1
    return getRecords(starts[nextStart])
  end

  function request()
    local n = #pending
    if n > 0 then
      local queued = pending[n]
      pending[n] = nil
      return queued
    end
    return restart()
  end

  function response(status, _, body)
    if status ~= 200 then
      failed = failed + 1
      pending[#pending + 1] = restart()
      return
    end
    local records = occurrences(body, '"SequenceNumber"')
    local following = string.match(body, '"NextShardIterator"%s*:%s*"([^"]+)"')
    if records == 0 or following == nil then
      empty = empty + 1
      pending[#pending + 1] = restart()
      return
    end
    acked = acked + records
    pending[#pending + 1] = getRecords(following)
  end
end

function done(summary, latency, _)
  writeReport(summary, latency, threadTotals())
end
