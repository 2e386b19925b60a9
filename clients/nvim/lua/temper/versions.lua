-- Do the plugin and the server agree? The server says its version in the initialize result's
-- serverInfo; they work together within the same minor version.
local M = {
  version = "0.1.0", -- the plugin's (tests/nvim checks that it is pyproject.toml's)
  server_version = nil, -- what the running server said
  warning = nil, -- the last mismatch, for :checkhealth
}

--- nil when `server` (serverInfo.version) works with this plugin, else a message.
function M.version_problem(server, how)
  local function parts(v)
    local major, minor = tostring(v or ""):match("^(%d+)%.(%d+)")
    return major and { tonumber(major), tonumber(minor) } or nil
  end
  local mine, theirs = parts(M.version), parts(server)
  if theirs and mine[1] == theirs[1] and mine[2] == theirs[2] then
    return nil
  end
  return ("the Temper server %s (%s) does not match this plugin %s: they work together only " ..
    "within the same minor version. Run :TemperInstall to install the matching server, or " ..
    "upgrade the one you use (pipx upgrade temper-coach)."):format(
      tostring(server or "(no version)"), tostring(how or "?"), M.version)
end

--- The client's on_init: reads serverInfo and warns when the versions are too far apart.
function M.on_init(_, result)
  local info = result and result.serverInfo or {}
  M.server_version = info.version
  local problem = M.version_problem(info.version, require("temper.config").server().how)
  if problem then
    M.warning = problem
    vim.schedule(function()
      vim.notify("Temper: " .. problem, vim.log.levels.WARN, { title = "Temper" })
    end)
  else
    M.warning = nil
  end
end

return M
