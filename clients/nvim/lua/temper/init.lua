-- Temper for Neovim: starts `temper lsp` for exercise folders and adds the :Temper* commands.
-- require("temper").setup({ settings = { track = "beginner" } })   -- see :help temper
local config = require("temper.config")
local lsp = require("temper.lsp")
local hint = require("temper.hint")
local commands = require("temper.commands")

local M = { did_setup = false }

--- The hint the contract offers now, or `level` (0-5 / "L2") if given, for the cursor's line.
function M.hint(level, on_result)
  hint.at_cursor(level, "hint", on_result)
end

--- An explanation of the code at the cursor (intent "explain"; the contract picks the level).
function M.explain(on_result)
  hint.at_cursor(nil, "explain", on_result)
end

M.run = commands.run
M.exercise = commands.exercise
M.profile = commands.profile
M.usage = commands.usage

--- Install the server into a private environment (see :help :TemperInstall). opts: python,
--- source, sync (wait: for a lazy.nvim `build` step). Returns false when it cannot start.
function M.install(opts)
  local options = vim.tbl_extend("force", config.options.install or {}, opts or {})
  return require("temper.install").run(options)
end

--- Change settings while running: sent as workspace/didChangeConfiguration.
function M.set_settings(settings)
  config.options.settings = vim.tbl_extend("force", config.options.settings or {}, settings)
  local client = lsp.client()
  if client then
    client.config.settings = { temper = config.settings() }
    local params = { settings = { temper = config.settings() } }
    if lsp.has("0.11") then
      client:notify("workspace/didChangeConfiguration", params)
    else
      client.notify("workspace/didChangeConfiguration", params)
    end
  end
end

local function complete_list(items)
  return function(lead)
    return vim.tbl_filter(function(item)
      return item:sub(1, #lead) == lead
    end, items)
  end
end

local function user_commands()
  local create = vim.api.nvim_create_user_command
  create("TemperHint", function(opts)
    M.hint(opts.args)
  end, { nargs = "?", desc = "Temper: a hint for this line (optional level 0-5)",
         complete = complete_list({ "L0", "L1", "L2", "L3", "L4", "L5" }) })
  create("TemperExplain", function()
    M.explain()
  end, { desc = "Temper: explain the code at the cursor" })
  create("TemperRun", function()
    M.run()
  end, { desc = "Temper: run the exercise's tests now" })
  create("TemperExercise", function(opts)
    M.exercise(opts.fargs[1], opts.fargs[2], opts.fargs[3])
  end, { nargs = "*", desc = "Temper: list | start [ID] [FOLDER] | next",
         complete = function(lead, line)
           if #vim.split(line, "%s+") <= 2 then
             return complete_list({ "list", "start", "next" })(lead)
           end
           return vim.fn.getcompletion(lead, "dir")
         end })
  create("TemperProfile", function()
    M.profile()
  end, { desc = "Temper: your skills, hint dependency and exercises" })
  create("TemperUsage", function()
    M.usage()
  end, { desc = "Temper: hints served, by provider and level" })
  create("TemperInstall", function()
    M.install()
  end, { desc = "Temper: install the server into " .. require("temper.install").venv() })
end

--- Configure and start. Options: see lua/temper/config.lua and :help temper-setup.
function M.setup(opts)
  config.merge(opts)
  hint.register()
  user_commands()
  lsp.start()
  M.did_setup = true
end

return M
