-- :checkhealth temper: which server and how it got there, its version, provider and runner,
-- and the client.
local config = require("temper.config")
local lsp = require("temper.lsp")

local M = {}

local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local info = health.info or health.report_info
local warn = health.warn or health.report_warn
local error = health.error or health.report_error

--- temper.health from the running client, else `temper doctor --json`; data and where from.
local function server_health()
  local client = lsp.client()
  if client and client.initialized then
    local params = { command = "temper.health" }
    local answer
    if lsp.has("0.11") then
      answer = client:request_sync("workspace/executeCommand", params, 10000)
    else
      answer = client.request_sync("workspace/executeCommand", params, 10000)
    end
    if answer and answer.result then
      return answer.result, "the running server (client " .. client.id .. ")"
    end
  end
  local output = vim.fn.system(config.cli("doctor", "--json"))
  local decoded, data = pcall(vim.json.decode, output)
  if decoded and type(data) == "table" then
    return data, "`" .. table.concat(config.cli("doctor", "--json"), " ") .. "`"
  end
  return nil, output
end

local function check_server()
  start("Temper server")
  local server = config.server()
  local cmd = server.cmd
  if not server.how or vim.fn.executable(cmd[1]) ~= 1 then
    error(("server not found: `%s` is not executable"):format(cmd[1]), {
      "Run :TemperInstall: it installs the server into " .. require("temper.install").venv() .. ",",
      "or install it yourself so that `temper` is on PATH (pipx install temper-coach, or",
      "pipx install . in a checkout), or set cmd in require('temper').setup({ cmd = { ... } }).",
    })
    return
  end
  ok(("server found: `%s` (%s)"):format(table.concat(cmd, " "), vim.fn.exepath(cmd[1])))
  info("how it got there: " .. server.how)
  local versions = require("temper.versions")
  if versions.server_version then
    local problem = versions.version_problem(versions.server_version, server.how)
    if problem then
      warn("version: " .. problem)
    else
      ok(("version agrees: server %s, plugin %s"):format(versions.server_version, versions.version))
    end
  end
  local data, source = server_health()
  if not data then
    error("the server did not answer temper.health: " .. tostring(source))
    return
  end
  ok(("version: temper %s on Python %s, asked %s"):format(data.version, data.python, source))
  if data.provider == data.configuredProvider then
    ok(("provider: %s, track: %s"):format(data.provider, data.track))
  else
    warn(("provider: %s (configured: %s, not available), track: %s"):format(
      data.provider, data.configuredProvider, data.track))
  end
  local runner = data.runner or {}
  if runner.pytest and runner.pytest ~= vim.NIL then
    ok(("runner backend: %s, pytest %s"):format(runner.backend, runner.pytest))
  else
    error(("runner backend: %s, but pytest is missing"):format(runner.backend),
      { "Install pytest into the server's Python: " .. tostring(data.interpreter) })
  end
  if type(runner.isolation) == "table" then
    local rows = {}
    for what, how in pairs(runner.isolation) do
      table.insert(rows, ("%s: %s"):format(what, tostring(how)))
    end
    table.sort(rows)
    info("isolation:\n  " .. table.concat(rows, "\n  "))
  elseif runner.isolation then
    info("isolation: " .. tostring(runner.isolation))
  end
  if type(runner.toolchains) == "table" then
    for language, found in pairs(runner.toolchains) do
      if found == vim.NIL or found == nil then
        warn(("%s: no toolchain found; its exercises cannot run"):format(language))
      else
        ok(("%s: %s"):format(language, tostring(found)))
      end
    end
  end
  info("profile: " .. tostring(data.profile))
  local errors = data.catalogErrors or {}
  if #errors == 0 then
    ok(("catalog: %d exercises"):format(data.exercises or 0))
  else
    warn(("catalog: %d exercises, %d errors"):format(data.exercises or 0, #errors), errors)
  end
end

local function check_client()
  start("Temper client")
  local version = vim.split(vim.fn.execute("version"), "\n", { trimempty = true })[1]
  if not require("temper").did_setup then
    warn("require('temper').setup() has not been called", { "Call it from your init.lua." })
  else
    ok(("%s, started with %s"):format(version, lsp.strategy))
  end
  local client = lsp.client()
  if not client then
    info("no Temper client is running (it starts when you open a file of an exercise)")
    return
  end
  local buffers = vim.lsp.get_buffers_by_client_id(client.id)
  ok(("client %d running for %s, attached to %d buffer(s)"):format(
    client.id, tostring(client.config.root_dir), #buffers))
  for _, message in ipairs(vim.list_slice(lsp.messages, math.max(#lsp.messages - 2, 1))) do
    info("server said: " .. message)
  end
end

function M.check()
  check_server()
  check_client()
end

return M
