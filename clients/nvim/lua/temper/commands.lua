-- What the :Temper* user commands do: runs, exercises, the profile and the usage.
local config = require("temper.config")
local lsp = require("temper.lsp")
local ui = require("temper.ui")

local M = {}

local function notify(message, level)
  vim.notify(message, level or vim.log.levels.INFO, { title = "Temper" })
end

--- The one-line summary of a run result (docs/protocol.md, "The run result").
function M.run_summary(result)
  if type(result) ~= "table" then
    return "this file is not part of a Temper exercise"
  elseif result.cancelled then
    return "cancelled: a newer run replaced this one"
  elseif result.status == "error" then
    return "tests could not run: " .. tostring(result.message or result.error_type or "error")
  end
  local summary = ("%d passed, %d failed"):format(result.passed or 0, result.failed or 0)
  for _, test in ipairs(result.tests or {}) do
    if test.status ~= "pass" then
      local first = vim.split(tostring(test.message or test.error_type or ""), "\n")[1]
      return ("%s; first: %s: %s"):format(summary, test.name, first)
    end
  end
  return summary
end

function M.run(on_result)
  local bufnr = vim.api.nvim_get_current_buf()
  notify("Temper: running the tests…")
  lsp.execute("temper.runTests", { uri = vim.uri_from_bufnr(bufnr) }, function(result)
    local failed = type(result) == "table" and result.status ~= "pass"
    notify("Temper: " .. M.run_summary(result), failed and vim.log.levels.WARN or nil)
    if on_result then
      on_result(result)
    end
  end, bufnr)
end

--- The learner's file in a freshly written exercise folder (not a test, not the README).
function M.learner_file(folder)
  local fallback
  for _, path in ipairs(vim.fn.glob(folder .. "/*", false, true)) do
    local name = vim.fn.fnamemodify(path, ":t")
    if vim.fn.isdirectory(path) == 0 then
      if name:match("^test_") or name:match("_test%.") or name:match("^README") then
        fallback = fallback or (name:match("^README") and path)
      else
        return path
      end
    end
  end
  return fallback
end

--- Start exercise `id` in `folder` and open its learner file; asks for what is missing.
function M.start(id, folder, on_started)
  if not id or id == "" then
    return M.list(function(choice)
      M.start(choice, folder, on_started)
    end)
  end
  if not folder or folder == "" then
    local slug = id:match("([^/]+)$")
    return vim.ui.input({ prompt = "Temper: folder for " .. id .. ": ",
                          default = vim.fn.getcwd() .. "/" .. slug, completion = "dir" },
      function(answer)
        if answer and vim.trim(answer) ~= "" then
          M.start(id, vim.trim(answer), on_started)
        end
      end)
  end
  lsp.execute("temper.startExercise", { id = id, folder = vim.fn.fnamemodify(folder, ":p") },
    function(result)
      local file = result and M.learner_file(result.folder)
      if file then
        vim.cmd("edit " .. vim.fn.fnameescape(file))
      end
      notify(("Temper: started %s in %s; save to run the tests."):format(result.id, result.folder))
      if on_started then
        on_started(result)
      end
    end)
end

--- Pick an exercise from the catalog; `on_choice(id)` (default: start it).
function M.list(on_choice)
  lsp.execute("temper.exercises", nil, function(exercises)
    vim.ui.select(exercises or {}, {
      prompt = "Temper exercises",
      format_item = function(e)
        return ("%s  %s (%s)"):format(e.id, e.title, e.difficulty)
      end,
    }, function(choice)
      if choice then
        (on_choice or M.start)(choice.id)
      end
    end)
  end)
end

--- The server's recommendation (temper.nextExercise), offered to start.
function M.next()
  lsp.execute("temper.nextExercise", nil, function(choice)
    if type(choice) ~= "table" then
      return notify("Temper: you have done every exercise whose prerequisites are met.")
    end
    notify(("Temper: next: %s (%s), because %s."):format(choice.id, choice.title, choice.reason))
    M.start(choice.id, nil)
  end)
end

function M.exercise(sub, id, folder)
  if sub == "list" or sub == nil or sub == "" then
    return M.list()
  elseif sub == "start" then
    return M.start(id, folder)
  elseif sub == "next" then
    return M.next()
  end
  notify("Temper: :TemperExercise list | start [ID] [FOLDER] | next", vim.log.levels.ERROR)
end

--- Ask the server for `command`'s data and show it in a floating window titled `title`.
local function show(command, title, render, on_shown)
  lsp.execute(command, nil, function(data)
    local buf, win = ui.float(title, render(data or {}))
    if on_shown then
      on_shown(buf, win)
    end
  end)
end

function M.profile(on_shown)
  show("temper.profile", "Temper profile", ui.profile_lines, on_shown)
end

function M.usage(on_shown)
  show("temper.usage", "Temper usage", ui.usage_lines, on_shown)
end

return M
