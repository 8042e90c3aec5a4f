-- wrk script for the registration rush through the HTML form, as a browser does it: GET the form, take its
-- hidden fields (the signed CSRF token and the one-time form token) and POST it filled in. bijeen's public
-- form needs no session, so any connection may send any form it got: every form page received queues one
-- filled-in POST, and a connection with nothing queued asks for a new form page.
--
--   wrk -t1 -c64 -d10s --latency -s bench/rush-form.lua http://127.0.0.1:18080 -- SLUG ROUND_ID SESSION_IDS RUN
--
-- done() prints "form posts=... registered=... pages=... other=... cookies=...": registered counts the POSTs
-- answered with the redirect to "check your e-mail" (303/302), other anything else.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end

local path, round, sessions, prefix
local queue, head, tail = {}, 1, 0
local counter, posts, registered, pages, other, cookies = 0, 0, 0, 0, 0, 0
local sent_post = {}

function init(args)
  path = "/evenementen/" .. args[1] .. "/aanmelden"
  round = args[2]
  sessions = {}
  for id in string.gmatch(args[3], "[^,]+") do
    sessions[#sessions + 1] = id
  end
  prefix = args[4] .. "-" .. (number or 1)
end

local function encode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function unescape(s)
  return (s:gsub("&quot;", '"'):gsub("&#39;", "'"):gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&amp;", "&"))
end

-- One filled-in form from the hidden fields of a form page (the honeypot left empty).
local function filled(body)
  counter = counter + 1
  local key = prefix .. "-" .. counter
  local fields = {}
  for input in body:gmatch('<input[^>]-type="hidden"[^>]->') do
    local name = input:match('name="([^"]*)"')
    local value = input:match('value="([^"]*)"') or ""
    if name and not name:lower():find("website") and not name:lower():find("honey") then
      fields[#fields + 1] = encode(name) .. "=" .. encode(unescape(value))
    end
  end
  fields[#fields + 1] = "name=" .. encode("Deelnemer " .. key)
  fields[#fields + 1] = "email=" .. encode("rush-" .. key .. "@example.org")
  fields[#fields + 1] = "organisation=Wijkteam"
  fields[#fields + 1] = "jobTitle=" .. encode("Sociaal werker")
  fields[#fields + 1] = "consent=true"
  fields[#fields + 1] = encode("choices[" .. round .. "]") .. "=" .. sessions[(counter % #sessions) + 1]
  return table.concat(fields, "&")
end

function request()
  if head <= tail then
    local body = queue[head]
    queue[head] = nil
    head = head + 1
    posts = posts + 1
    return wrk.format("POST", path, { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  return wrk.format("GET", path, { ["Accept"] = "text/html" })
end

function response(status, headers, body)
  if headers["Set-Cookie"] or headers["set-cookie"] then
    cookies = cookies + 1
  end
  if status == 200 and body:find('name="_csrf"', 1, true) then
    pages = pages + 1
    tail = tail + 1
    queue[tail] = filled(body)
  elseif status == 302 or status == 303 then
    registered = registered + 1
  else
    other = other + 1
  end
  wrk.thread:set("posts", posts)
  wrk.thread:set("registered", registered)
  wrk.thread:set("pages", pages)
  wrk.thread:set("other", other)
  wrk.thread:set("cookies", cookies)
end

function done(summary, latency, requests)
  local totals = { posts = 0, registered = 0, pages = 0, other = 0, cookies = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (tonumber(thread:get(name)) or 0)
    end
  end
  io.write(string.format("form posts=%d registered=%d pages=%d other=%d cookies=%d seconds=%.2f\n",
    totals.posts, totals.registered, totals.pages, totals.other, totals.cookies, summary.duration / 1e6))
end
