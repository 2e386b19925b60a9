-- Headless Neovim in a folder that holds only a function and its pytest file (no marker):
-- the plugin attaches, a save runs the tests, the failing test's diagnostic states the fact on
-- the line that returned the value, the hover says it, and the offered hint starts from it.
-- Driven by tests/nvim/test_nvim_plain_folder.py; the same environment as e2e.lua.
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
local h = dofile(here .. "/harness.lua")
local env = vim.env
local step, wait, check = h.step, h.wait, h.check

local ok, err = pcall(function()
  local bufnr, client
  step("setup", function()
    vim.cmd("filetype on")
    vim.opt.runtimepath:prepend(env.TEMPER_E2E_PLUGIN)
    require("temper").setup({ cmd = vim.json.decode(env.TEMPER_E2E_CMD),
                              settings = { runTimeout = 30 } })
    return require("temper.lsp").strategy
  end)

  step("open the learner's file", function()
    vim.cmd("edit " .. vim.fn.fnameescape(env.TEMPER_E2E_FOLDER .. "/stats.py"))
    bufnr = vim.api.nvim_get_current_buf()
    client = wait("the client to attach", 20000, function()
      local c = require("temper.lsp").client(bufnr)
      return c and c.initialized and vim.lsp.buf_is_attached(bufnr, c.id) and c
    end)
    local status = vim.lsp.buf_request_sync(bufnr, "workspace/executeCommand", {
      command = "temper.status", arguments = { { uri = vim.uri_from_bufnr(bufnr) } } }, 10000)
    status = status and status[client.id] and status[client.id].result or {}
    check(type(status.exercise) == "string" and status.exercise:match("^folder:"),
          "a session for the plain folder: " .. vim.inspect(status))
    return status.exercise
  end)

  local found
  step("save: the fact on the returning line", function()
    vim.cmd("write")
    found = wait("a test-failed diagnostic", 60000, function()
      local d = h.temper_diagnostics(bufnr, "test-failed")
      return #d > 0 and d[1]
    end)
    check(found.lnum == 4, "on `return total / count` (line 5), got line " .. (found.lnum + 1))
    check(found.message:find("mean%(%[2, 4%]%) returned 2%.0, expected 3", 1, false) ~= nil,
          "the message states the fact: " .. found.message)
    return found.message
  end)

  step("hover", function()
    local answer = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = found.lnum, character = 4 } }, 10000)
    local result = answer and answer[client.id] and answer[client.id].result
    local text = result and result.contents and (result.contents.value or "") or ""
    check(text:find("returned 2.0", 1, true) ~= nil, "the hover states the fact: " .. text)
    return #text .. " characters"
  end)

  step("a hint from the fact", function()
    local answer = vim.lsp.buf_request_sync(bufnr, "workspace/executeCommand", {
      command = "temper.hint",
      arguments = { { uri = vim.uri_from_bufnr(bufnr), line = 1, intent = "question" } } }, 20000)
    local hint = answer and answer[client.id] and answer[client.id].result or {}
    check(hint.level == 0, "an L0 question: " .. vim.inspect(hint))
    check((hint.text or ""):find("`mean([2, 4])` returns 2.0", 1, true) ~= nil,
          "it starts from the fact: " .. tostring(hint.text))
    return hint.text
  end)

  step("no deprecation warnings", function()
    local messages = vim.fn.execute("messages")
    check(not messages:find("deprecated"), "no deprecation warnings: " .. messages)
  end)
end)

h.finish(ok, not ok and tostring(err) or nil)
