-- wrk script for the registration rush through the JSON API behind a proxy: as rush-api.lua, and every
-- request comes from a client address of its own (X-Forwarded-For, in the documentation range 2001:db8::/32),
-- so that the shared rate limit is taken as in a real rush (one bucket row per person).
--
--   wrk -t1 -c64 -d10s --latency -s bench/rush-api-clients.lua http://127.0.0.1:18090 -- EVENT_ID ROUND_ID SESSION_IDS RUN RUN_NUMBER
--
-- SESSION_IDS is a comma-separated list; RUN makes the mail addresses unique across runs, RUN_NUMBER (a
-- number) the client addresses.

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local counter = 0
local path, round, sessions, prefix, run_number

function init(args)
  path = "/api/events/" .. args[1] .. "/registrations"
  round = args[2]
  sessions = {}
  for id in string.gmatch(args[3], "[^,]+") do
    sessions[#sessions + 1] = id
  end
  prefix = args[4] .. "-" .. (thread_number or 1)
  run_number = args[5]
end

function request()
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local body = '{"name":"Deelnemer ' .. key .. '","email":"rush-' .. key .. '@example.org",'
    .. '"organisation":"Wijkteam","jobTitle":"Sociaal werker","consent":true,'
    .. '"choices":{"' .. round .. '":' .. sessions[(counter % #sessions) + 1] .. '}}'
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = key,
    ["X-Forwarded-For"] = string.format("2001:db8:%x:%x::%x", tonumber(run_number) or 0, thread_number or 1, counter),
  }, body)
end
