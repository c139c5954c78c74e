-- GET the tracking view of a random code from the file CODES_FILE names (one code per line), so that every
-- request reads another report (with the output cache off, none is served from memory).
local codes = {}
for line in io.lines(os.getenv("CODES_FILE")) do codes[#codes + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/aspirations/track/" .. codes[math.random(#codes)])
end
