-- make bench's mixed traffic (bench/run.py): each request is for a stored page, or, one time in
-- ten (the share is the first argument), for a page built afresh (with the session cookie
-- given second, which the page cache bypasses); the pages are the other arguments. Each
-- request is timed here, by kind: wrk's own summary mixes them. Run with as many threads as
-- connections, so that in each thread a request and its response follow each other.
local ffi = require("ffi")
ffi.cdef([[
typedef struct { long tv_sec; long tv_nsec; } timespec;
int clock_gettime(int clock, timespec *now);
]])
local CLOCK_MONOTONIC = 1
local clock = ffi.new("timespec")

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

local share, stored_requests, fresh_requests, fresh, started

function init(args)
  math.randomseed(id)
  share = tonumber(args[1])
  local cookie = args[2]
  stored_requests, fresh_requests = {}, {}
  for i = 3, #args do
    local stored_headers, fresh_headers = {}, { Cookie = cookie }
    for name, value in pairs(wrk.headers) do
      stored_headers[name], fresh_headers[name] = value, value
    end
    table.insert(stored_requests, wrk.format("GET", args[i], stored_headers))
    table.insert(fresh_requests, wrk.format("GET", args[i], fresh_headers))
  end
  -- Globals, read by done() through thread:get.
  stored_ms, fresh_ms, failures = {}, {}, 0
end

function request()
  fresh = math.random() < share
  local choices = fresh and fresh_requests or stored_requests
  started = now_ms()
  return choices[math.random(#choices)]
end

function response(status, headers, body)
  table.insert(fresh and fresh_ms or stored_ms, now_ms() - started)
  if status ~= 200 then
    failures = failures + 1
  end
end

local function percentile(sorted, p)
  if #sorted == 0 then
    return 0
  end
  return sorted[math.max(1, math.ceil(#sorted * p))]
end

function done(summary, latency, requests)
  local all = { stored = {}, fresh = {} }
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  for _, thread in ipairs(threads) do
    for _, ms in ipairs(thread:get("stored_ms")) do
      table.insert(all.stored, ms)
    end
    for _, ms in ipairs(thread:get("fresh_ms")) do
      table.insert(all.fresh, ms)
    end
    failed = failed + thread:get("failures")
  end
  local seconds = summary.duration / 1e6
  for _, kind in ipairs({ "stored", "fresh" }) do
    local times = all[kind]
    table.sort(times)
    io.write(string.format("mixed %s %d %.1f %.2f %.2f\n", kind, #times, #times / seconds,
      percentile(times, 0.5), percentile(times, 0.99)))
  end
  io.write(string.format("mixed errors %d\n", failed))
end
