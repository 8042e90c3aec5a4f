-- wrk script for the registration rush through the JSON API: every request is a new registration, with
-- its own address and Idempotency-Key, spread over the round's workshops in turn.
--
--   wrk -t1 -c64 -d10s --latency -s bench/rush-api.lua http://127.0.0.1:18080 -- EVENT_ID ROUND_ID SESSION_IDS RUN
--
-- SESSION_IDS is a comma-separated list; RUN makes the addresses unique across runs.

local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

local counter = 0
local path, round, sessions, prefix

function init(args)
  path = "/api/events/" .. args[1] .. "/registrations"
  round = args[2]
  sessions = {}
  for id in string.gmatch(args[3], "[^,]+") do
    sessions[#sessions + 1] = id
  end
  prefix = args[4] .. "-" .. (thread_number or 1)
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
  }, body)
end
