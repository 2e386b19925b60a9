-- Headless Neovim 0.11 (which negotiates utf-8 columns) against the real `temper lsp`: a risk
-- after accents, CJK and an emoji, a failing test's line range and a hover land on the bytes
-- Neovim counts. Driven by tests/nvim/test_nvim_positions.py (same environment as e2e.lua).
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
local h = dofile(here .. "/harness.lua")
local env = vim.env
local step, wait, check = h.step, h.wait, h.check

local LINES = {
  'def fizzbuzz(n, label="ééééé 漢字 😀", seen=[]):  # ñandú 😀',
  "    seen.append(label)  # 漢字 😀",
  "    if n % 3 == 0:  # ééé 😀",
  '        return "Fizz"  # 漢 😀',
  "    return str(n)  # ü 😀",
}

local ok, err = pcall(function()
  local bufnr, client
  step("setup", function()
    vim.cmd("filetype on")
    vim.opt.runtimepath:prepend(env.TEMPER_E2E_PLUGIN)
    require("temper").setup({
      cmd = vim.json.decode(env.TEMPER_E2E_CMD),
      settings = { track = "beginner", runTimeout = 30 },
    })
  end)

  step("exercise start", function()
    vim.cmd("TemperExercise start python/basics/fizzbuzz " .. vim.fn.fnameescape(env.TEMPER_E2E_FOLDER))
    wait("fizzbuzz.py to open", 20000, function()
      return vim.api.nvim_buf_get_name(0):match("fizzbuzz%.py$")
    end)
    bufnr = vim.api.nvim_get_current_buf()
    client = wait("the client to attach", 20000, function()
      local c = require("temper.lsp").client(bufnr)
      return c and c.initialized and vim.lsp.buf_is_attached(bufnr, c.id) and c
    end)
    check(client.offset_encoding == "utf-8", "utf-8 negotiated, got " .. tostring(client.offset_encoding))
    return client.offset_encoding
  end)

  step("a risk after multi-byte text", function()
    vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, LINES)
    vim.cmd("write")
    local d = wait("the py-mutable-default diagnostic", 30000, function()
      return h.temper_diagnostics(bufnr, "py-mutable-default")[1]
    end)
    local byte = LINES[1]:find("[]", 1, true) - 1 -- 0-based byte column, as Neovim counts
    check(d.lnum == 0 and d.col == byte and d.end_col == byte + 2,
          ("the risk covers [] at byte %d: got %d-%d"):format(byte, d.col, d.end_col))
    return { d.col, d.end_col }
  end)

  step("line ranges end at the line's last byte", function()
    local found = wait("a test-failed diagnostic", 60000, function()
      local d = h.temper_diagnostics(bufnr, "test-failed")
      return #d > 0 and d
    end)
    local seen = {}
    for _, d in ipairs(found) do
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
      check(d.end_col == #line, ("line %d ends at byte %d, got %d"):format(d.lnum, #line, d.end_col))
      table.insert(seen, { d.lnum, d.col, d.end_col })
    end
    return seen
  end)

  step("hover on the multi-byte line", function()
    local d = h.temper_diagnostics(bufnr, "py-mutable-default")[1]
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) },
                     position = { line = 0, character = d.col + 1 } }
    local answer = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 10000)
    local result = answer and answer[client.id] and answer[client.id].result
    local text = result and result.contents and result.contents.value or ""
    check(text:find("default", 1, true), "the hover explains the risk: " .. text)
    return #text
  end)
end)

h.finish(ok, not ok and tostring(err) or nil)
