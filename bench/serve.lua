-- serve.lua — wrk script for bench/run_serve.sh: each connection takes the request targets of
-- a file in turn (one a line, e.g. /api/search?q=...), starting at a different line, and
-- counts the answers that are not 200 (wrk's "Non-2xx" line counts them too).
local targets = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function init(args)
  local path = os.getenv("TARGETS")
  for line in io.lines(path) do
    if #line > 0 then targets[#targets + 1] = line end
  end
  if #targets == 0 then error("no targets in " .. tostring(path)) end
  n = offset or 0
end

function request()
  n = n + 1
  return wrk.format("GET", targets[(n % #targets) + 1])
end
