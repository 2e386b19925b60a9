-- Options of require("temper").setup(): defaults, merging, and the result in force.
local M = {}

M.defaults = {
  -- How to start the server; any command that speaks LSP on stdio. nil: `temper lsp` when
  -- `temper` is on PATH, else the private environment :TemperInstall made.
  cmd = nil,
  -- :TemperInstall: the Python that makes the environment (nil: the first 3.11+ of python3,
  -- python) and what pip installs (nil: this checkout of Temper, else temper-coach).
  install = { python = nil, source = nil },
  -- Filetypes to start Temper for outside exercise folders too (exercise folders always start it).
  filetypes = {},
  -- Sent as initializationOptions and answered for workspace/configuration section "temper":
  -- track, provider, model, runOnSave, runTimeout, debounceMs, specs (see docs/protocol.md).
  settings = {},
  -- Buffer-local keymaps set when Temper attaches; `keymaps = false` sets none, and any single
  -- entry can be false. `hover` maps K on Neovim < 0.10, where K is not LSP hover by default.
  keymaps = {
    hint = "<leader>th",
    explain = "<leader>te",
    run = "<leader>tr",
    actions = "<leader>ta",
    profile = "<leader>tp",
    hover = "K",
  },
  -- Show Temper's diagnostics as virtual text (Neovim 0.11 turned it off by default).
  virtual_text = true,
  -- "auto": vim.lsp.config/enable on 0.11+, vim.lsp.start on 0.8-0.10, vim.lsp.start_client on
  -- 0.7. Or force one of "enable", "start", "start_client".
  start_with = "auto",
  -- Border of the profile and usage windows.
  border = "rounded",
}

M.options = vim.deepcopy(M.defaults)

local function is_list(value)
  return type(value) == "table" and (vim.islist or vim.tbl_islist)(value) and #value > 0
end

function M.merge(user)
  user = user or {}
  local options = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), user)
  -- Lists replace the defaults instead of being merged index by index.
  for _, key in ipairs({ "cmd", "filetypes" }) do
    if is_list(user[key]) or (type(user[key]) == "table" and next(user[key]) == nil) then
      options[key] = vim.deepcopy(user[key])
    end
  end
  if type(options.cmd) == "string" then
    options.cmd = vim.split(options.cmd, " ", { trimempty = true })
  end
  M.options = options
  return options
end

--- The settings table as the server expects it on the wire (an object, never an array).
function M.settings()
  local settings = M.options.settings or {}
  if next(settings) == nil then
    return vim.empty_dict()
  end
  return vim.deepcopy(settings)
end

--- The server command in force and how it was found: { cmd = {...}, how = "..." }; `how` is nil
--- when there is no server (then cmd is `temper lsp`, which will not start).
function M.server()
  if M.options.cmd then
    return { cmd = vim.deepcopy(M.options.cmd), how = "cmd from setup()" }
  end
  if vim.fn.executable("temper") == 1 then
    return { cmd = { "temper", "lsp" }, how = "`temper` on PATH (" .. vim.fn.exepath("temper") .. ")" }
  end
  local install = require("temper.install")
  local stamp = install.stamp()
  if stamp then
    return { cmd = { install.python(), "-m", "temper", "lsp" },
             how = ("the private environment :TemperInstall made (%s from %s, %s)"):format(
               tostring(stamp.version), tostring(stamp.source), tostring(stamp.installed)) }
  end
  return { cmd = { "temper", "lsp" }, how = nil }
end

--- The `temper` command line of the configured server command: cmd without "lsp" and after.
function M.cli(...)
  local cli = {}
  for _, part in ipairs(M.server().cmd) do
    if part == "lsp" then
      break
    end
    table.insert(cli, part)
  end
  vim.list_extend(cli, { ... })
  return cli
end

return M
