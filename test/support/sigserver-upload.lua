-- The upload API of the OpenShift signature-verification setup's signature server, written
-- from its documented behaviour (this is our code, not a copy):
--   POST <base>/upload  {"repoName": b64, "layerId": b64, "signatureData": b64}
--   writes base64-decoded signatureData to <root>/<repoName>/<layerId>/signature-1, always slot 1
--   (an existing file is replaced), answers 201 with no body and no Location, and 500 when the
--   body is not JSON carrying all three fields or cannot be written.
-- One deviation, for safety on a test machine: a decoded path with a ".." component is refused
-- with 500 too (the original would write outside <root>).
local cjson = require("cjson.safe")
local ffi = require("ffi")
ffi.cdef [[ int mkdir(const char *pathname, unsigned int mode); ]]

local root = ngx.var.sigstore_root

local function fail(why)
  ngx.log(ngx.ERR, "signature upload refused: ", why)
  return ngx.exit(ngx.HTTP_INTERNAL_SERVER_ERROR)
end

local function mkdir_p(path)
  local sofar = ""
  for part in path:gmatch("[^/]+") do
    sofar = sofar .. "/" .. part
    ffi.C.mkdir(sofar, 493) -- 0755; EEXIST is fine, a real failure shows when the file is opened
  end
end

ngx.req.read_body()
local body = ngx.req.get_body_data()
if body == nil then return fail("no body (or larger than client_body_buffer_size)") end
local payload = cjson.decode(body)
if type(payload) ~= "table" then return fail("body is not JSON") end
local fields = {}
for _, key in ipairs({ "repoName", "layerId", "signatureData" }) do
  if type(payload[key]) ~= "string" then return fail("missing field " .. key) end
  local decoded = ngx.decode_base64(payload[key])
  if decoded == nil then return fail(key .. " is not base64") end
  fields[key] = decoded
end
local dir = root .. "/" .. fields.repoName .. "/" .. fields.layerId
for part in dir:gmatch("[^/]+") do
  if part == ".." then return fail("path leaves the root") end
end
mkdir_p(dir)
local file, err = io.open(dir .. "/signature-1", "wb")
if file == nil then return fail("cannot open " .. dir .. "/signature-1: " .. tostring(err)) end
file:write(fields.signatureData)
file:close()
return ngx.exit(ngx.HTTP_CREATED)
