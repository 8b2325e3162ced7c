-- wrk script for the SQS and SNS bench: one workload per run, chosen by BENCH_MODE (send, batch,
-- receive-delete, sns-publish, sns-batch).
-- Parameters come from the environment rather than init(args) because wrk calls request() once in its main
-- Lua state, before any thread's init, to check the request.

local mode = os.getenv("BENCH_MODE")
local requestBody = os.getenv("BENCH_BODY")
local queueUrl = os.getenv("BENCH_QUEUE_URL")
local target = os.getenv("BENCH_TARGET")

wrk.method = "POST"
wrk.path = "/"
wrk.body = requestBody
wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE")
wrk.headers["Authorization"] = os.getenv("BENCH_AUTHORIZATION")
-- SQS's JSON protocol names the action in a header; SNS's query protocol names it in the body.
if target ~= nil and target ~= "" then
  wrk.headers["X-Amz-Target"] = target
end

dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "wrk-report.lua")

-- Entries in a batch reply's "Successful" list; a batch call can succeed while some entries fail.
local function successfulEntries(body)
  local list = string.match(body, '"Successful"%s*:%s*(%b[])')
  if list == nil then
    return 0
  end
  return occurrences(list, '"Id"')
end

if mode == "sns-batch" then
  -- PublishBatch answers XML: the entries of <Successful> each carry one <Id>.
  function response(status, _, body)
    if status ~= 200 then
      failed = failed + 1
      return
    end
    local list = string.match(body, "<Successful>(.-)</Successful>") or ""
    local ok = occurrences(list, "<Id>")
    acked = acked + ok
    failed = failed + (10 - ok)
  end
elseif mode == "batch" then
  function response(status, _, body)
    if status ~= 200 then
      failed = failed + 1
      return
    end
    local ok = successfulEntries(body)
    acked = acked + ok
    failed = failed + (10 - ok)
  end
elseif mode == "receive-delete" then
  -- Built on first use: wrk only sets the Host header in each thread's wrk.init, after this chunk has run.
  local receiveRequest = nil
  local deleteHeaders = {}
  for name, value in pairs(wrk.headers) do
    deleteHeaders[name] = value
  end
  deleteHeaders["X-Amz-Target"] = "AmazonSQS.DeleteMessageBatch"
  local deletePrefix = '{"QueueUrl":"' .. queueUrl .. '","Entries":['

  -- Deletes built from receive replies, waiting for the next free connection: each connection alternates
  -- between receiving a batch and deleting exactly what it received, with real receipt handles.
  local pendingDeletes = {}

  function request()
    local n = #pendingDeletes
    if n > 0 then
      local nextDelete = pendingDeletes[n]
      pendingDeletes[n] = nil
      return nextDelete
    end
    if receiveRequest == nil then
      receiveRequest = wrk.format()
    end
    return receiveRequest
  end

  function response(status, _, body)
    if status ~= 200 then
      failed = failed + 1
      return
    end
    if string.find(body, '"Successful"', 1, true) then
      local ok = successfulEntries(body)
      acked = acked + ok
      return
    end
    local entries = {}
    for handle in string.gmatch(body, '"ReceiptHandle"%s*:%s*"([^"]*)"') do
      entries[#entries + 1] = '{"Id":"' .. #entries .. '","ReceiptHandle":"' .. handle .. '"}'
    end
    if #entries == 0 then
      empty = empty + 1
      return
    end
    local deleteBody = deletePrefix .. table.concat(entries, ",") .. "]}"
    pendingDeletes[#pendingDeletes + 1] = wrk.format(nil, nil, deleteHeaders, deleteBody)
  end
end

function done(summary, latency, _)
  local totals = threadTotals()
  if mode == "send" or mode == "sns-publish" then
    -- Static requests carry no response() hook (it would cost a Lua call per reply): every 2xx is a message.
    totals.acked = summary.requests - summary.errors.status
    totals.failed = summary.errors.status
  end
  writeReport(summary, latency, totals)
end
