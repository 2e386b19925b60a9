-- The harness of e2e.lua: a JSON report, a watchdog, waits that time out, and the learner's
-- side of the UI (notifications, prompts, pickers) recorded instead of shown.
local env = vim.env
local H = {}
local report = { ok = false, steps = {}, nvim = vim.split(vim.fn.execute("version"), "\n",
  { trimempty = true })[1] }
local notes, prompts = {}, {}
H.notes, H.prompts, H.picked = notes, prompts, {}
H.answer = nil -- what vim.ui.input answers
H.choose = function(_) return nil end -- what vim.ui.select picks
local WATCHDOG_MS = tonumber(env.TEMPER_E2E_WATCHDOG_MS or "") or 120000

local function tail(path, n)
  if not path or vim.fn.filereadable(path) == 0 then
    return {}
  end
  local lines = vim.fn.readfile(path)
  return vim.list_slice(lines, math.max(#lines - (n or 60), 1))
end

local function seen_diagnostics()
  local seen = {}
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(seen, ("%s:%d [%s] %s"):format(vim.fn.fnamemodify(
        vim.api.nvim_buf_get_name(bufnr), ":t"), d.lnum + 1, tostring(d.code), d.message))
    end
  end
  return seen
end

local finished = false
function H.finish(ok, failure)
  if finished then
    return
  end
  finished = true
  report.ok, report.failure = ok, failure
  report.diagnostics = seen_diagnostics()
  report.notifications = notes
  report.prompts = prompts
  local okl, lsp = pcall(require, "temper.lsp")
  report.server_messages = okl and lsp.messages or {}
  report.strategy = okl and lsp.strategy or nil
  if not ok then
    report.server_log = tail(env.TEMPER_E2E_SERVER_LOG, 80)
    report.lsp_log = tail(vim.lsp.get_log_path(), 40)
  end
  report.messages = vim.split(vim.fn.execute("messages"), "\n", { trimempty = true })
  vim.fn.writefile({ vim.json.encode(report) }, env.TEMPER_E2E_OUT)
  vim.cmd(ok and "qall!" or "cquit 1")
end

vim.defer_fn(function()
  H.finish(false, ("watchdog: the test took longer than %d ms"):format(WATCHDOG_MS))
end, WATCHDOG_MS)

function H.wait(what, timeout_ms, condition)
  local value
  local done = vim.wait(timeout_ms, function()
    value = condition()
    return value
  end, 50)
  if not done then
    error("timed out after " .. timeout_ms .. " ms waiting for " .. what, 0)
  end
  return value
end

function H.check(condition, what)
  if not condition then
    error("check failed: " .. what, 0)
  end
end

function H.step(name, fn)
  local started = vim.loop.hrtime()
  local detail = fn()
  table.insert(report.steps, { name = name, ms = math.floor((vim.loop.hrtime() - started) / 1e6),
                               detail = detail })
end

function H.noted(pattern)
  for _, note in ipairs(notes) do
    if note:find(pattern) then
      return note
    end
  end
end

function H.temper_diagnostics(bufnr, code_prefix)
  return vim.tbl_filter(function(d)
    return d.source == "temper" and tostring(d.code):sub(1, #code_prefix) == code_prefix
  end, vim.diagnostic.get(bufnr))
end

-- What the learner would see and answer, recorded instead of shown.
vim.notify = function(message, level)
  table.insert(notes, tostring(message))
end
vim.ui.input = function(opts, on_confirm)
  table.insert(prompts, opts.prompt)
  on_confirm(H.answer)
end
vim.ui.select = function(items, opts, on_choice)
  local choice = H.choose(items)
  table.insert(H.picked, { count = #items, prompt = opts.prompt })
  on_choice(choice)
end

return H
