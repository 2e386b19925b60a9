-- Headless end-to-end test of the Temper Neovim plugin against the real `temper lsp`.
-- Driven by tests/nvim/test_nvim.py:  nvim --headless -u NONE -i NONE -n -c "luafile e2e.lua"
-- Environment: TEMPER_E2E_OUT (the JSON report), TEMPER_E2E_PLUGIN (clients/nvim),
-- TEMPER_E2E_CMD (the server command, JSON), TEMPER_E2E_FOLDER (where to start the exercise),
-- TEMPER_E2E_START_WITH (the plugin's start_with), TEMPER_E2E_SERVER_LOG (the server's log).
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
local h = dofile(here .. "/harness.lua")
local env = vim.env
local step, wait, check, noted = h.step, h.wait, h.check, h.noted
local temper_diagnostics, notes, prompts = h.temper_diagnostics, h.notes, h.prompts

-- TEMPER_E2E_INSTALL=1 (and no TEMPER_E2E_CMD): no `temper` on PATH; :TemperInstall makes the
-- private environment before the journey, and :checkhealth must say where the server came from.
local function install_server()
  step(":TemperInstall", function()
    local install = require("temper.install")
    check(require("temper.config").server().how == nil, "no server before installing")
    local done
    check(require("temper").install({ on_done = function(ok, message) done = { ok, message } end }),
          "the install starts")
    wait("the install to finish", 600000, function() return done end)
    check(done[1], "the install succeeded: " .. tostring(done[2]))
    local server = require("temper.config").server()
    check(server.cmd[1] == install.python() and server.how:find(":TemperInstall", 1, true),
          "the plugin now uses the private environment: " .. vim.inspect(server))
    return { message = done[2], stamp = install.stamp() }
  end)
end

local function installed_health(text)
  check(text:find("how it got there: the private environment :TemperInstall made", 1, true),
        "health says how the server got there:\n" .. text)
  check(text:find("version agrees: server 0.1.0, plugin 0.1.0", 1, true),
        "health says the versions agree:\n" .. text)
end

local ok, err = pcall(function()
  local bufnr, client, offered, hint_line
  step("setup", function()
    vim.cmd("filetype on")
    vim.opt.runtimepath:prepend(env.TEMPER_E2E_PLUGIN)
    require("temper").setup({
      cmd = env.TEMPER_E2E_CMD and vim.json.decode(env.TEMPER_E2E_CMD) or nil,
      settings = { track = "beginner", runTimeout = 30 },
      start_with = env.TEMPER_E2E_START_WITH or "auto",
    })
    check(vim.fn.exists(":TemperHint") == 2, ":TemperHint exists")
    return require("temper.lsp").strategy
  end)
  if env.TEMPER_E2E_INSTALL == "1" then
    install_server()
  end

  step("exercise list", function()
    vim.cmd("TemperExercise list")
    wait("the exercise picker", 20000, function() return #h.picked > 0 end)
    check(h.picked[1].count >= 5, "the catalog lists exercises, got " .. h.picked[1].count)
    return h.picked[1].count .. " exercises"
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
    check(vim.fn.maparg("<leader>th", "n") ~= "", "the hint keymap is set on the buffer")
    local status = vim.lsp.buf_request_sync(bufnr, "workspace/executeCommand", {
      command = "temper.status", arguments = { { uri = vim.uri_from_bufnr(bufnr) } } }, 10000)
    status = status and status[client.id] and status[client.id].result or {}
    check(status.exercise == "python/basics/fizzbuzz" and status.track == "beginner",
          "the server has the exercise and the settings: " .. vim.inspect(status))
    return vim.api.nvim_buf_get_name(bufnr)
  end)

  step("save failing code", function()
    vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, {
      "def fizzbuzz(n):",
      '    """Return "Fizz", "Buzz", "FizzBuzz" or the number as a string."""',
      "    if n % 3 == 0:",
      '        return "Fizz"',
      "    return str(n)",
    })
    vim.cmd("write")
    local found = wait("a test-failed diagnostic", 60000, function()
      local d = temper_diagnostics(bufnr, "test-failed")
      return #d > 0 and d
    end)
    local namespace = vim.lsp.diagnostic.get_namespace(client.id)
    check((vim.diagnostic.config(nil, namespace) or {}).virtual_text, "virtual text is on")
    return found[1].message
  end)

  step("code actions", function()
    local d = temper_diagnostics(bufnr, "test-failed")[1]
    local here = { line = d.lnum, character = 0 }
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) },
                     range = { start = here, ["end"] = here },
                     context = { diagnostics = {} } }
    local answer = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000)
    local actions = answer and answer[client.id] and answer[client.id].result or {}
    check(#actions == 6, "six rungs, got " .. #actions)
    local preferred, disabled, titles = {}, 0, {}
    for _, a in ipairs(actions) do
      check(a.kind == "quickfix.temper.hint", "kind of " .. a.title)
      table.insert(titles, a.title .. (a.disabled and (" [" .. a.disabled.reason .. "]") or ""))
      if a.isPreferred then
        table.insert(preferred, a)
      end
      if a.disabled then
        check(type(a.disabled.reason) == "string" and #a.disabled.reason > 0, "a reason")
        disabled = disabled + 1
      end
    end
    check(#preferred == 1, "exactly one preferred action")
    check(disabled >= 1, "closed rungs are disabled")
    offered = preferred[1].command.arguments[1].level
    vim.api.nvim_win_set_cursor(0, { d.lnum + 1, 0 })
    return titles
  end)

  step("take the offered hint", function()
    h.choose = function(items)
      for _, item in ipairs(items) do
        local action = item.action or item[2]
        if action.isPreferred then
          return item
        end
      end
    end
    h.picked = {}
    if vim.fn.has("nvim-0.8") == 1 then
      vim.lsp.buf.code_action({ context = { only = { "quickfix.temper.hint" } } })
    else
      vim.lsp.buf.code_action({ only = { "quickfix.temper.hint" } })
    end
    local hint = wait("the hint-L" .. offered .. " diagnostic", 30000, function()
      return temper_diagnostics(bufnr, "hint-L" .. offered)[1]
    end)
    hint_line = hint.lnum
    wait("the hint's message", 10000, function() return noted("^Temper L" .. offered) end)
    return hint.message
  end)

  step("hover", function()
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) },
                     position = { line = hint_line, character = 4 } }
    local answer = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 10000)
    local hover = answer and answer[client.id] and answer[client.id].result
    check(hover and hover.contents, "a hover on the hint's line")
    local text = hover.contents.value or vim.inspect(hover.contents)
    check(text:find("Temper", 1, true) and text:find("Why L" .. offered, 1, true),
          "the hover names the level and why: " .. text)
    return text
  end)

  step("closed rung via :TemperHint 5", function()
    local asked = #prompts
    vim.cmd("TemperHint 5")
    local note = wait("the reason L5 is closed", 10000, function() return noted("^L5 is closed") end)
    check(#prompts == asked, "no reason is asked for a closed rung")
    return note
  end)

  step(":TemperRun", function()
    vim.cmd("TemperRun")
    return wait("the run's summary", 60000, function() return noted("^Temper: %d+ passed") end)
  end)

  step("L5 once earned asks for a reason", function()
    vim.cmd("TemperHint L0")
    wait("the hint-L0 diagnostic", 30000, function() return temper_diagnostics(bufnr, "hint-L0")[1] end)
    local runs = #vim.tbl_filter(function(n) return n:find("^Temper: %d+ passed") end, notes)
    vim.cmd("TemperRun")
    wait("the third failed run", 60000, function()
      return #vim.tbl_filter(function(n) return n:find("^Temper: %d+ passed") end, notes) > runs
    end)
    h.answer = "I put the checks in order but 15 still says Fizz"
    vim.cmd("TemperHint 5")
    local hint = wait("the hint-L5 diagnostic", 30000, function()
      return temper_diagnostics(bufnr, "hint-L5")[1]
    end)
    check(#prompts == 1 and prompts[1]:find("L5", 1, true), "one prompt for the reason")
    return { prompt = prompts[1], hint = hint.message }
  end)

  local function float_text(what)
    local lines = wait(what, 20000, function()
      for _, win in ipairs(vim.api.nvim_list_wins()) do
        if vim.api.nvim_win_get_config(win).relative ~= "" then
          local buf = vim.api.nvim_win_get_buf(win)
          if vim.bo[buf].filetype == "temper" then
            return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
          end
        end
      end
    end)
    vim.cmd("close")
    return table.concat(lines, "\n")
  end

  step(":TemperProfile", function()
    vim.cmd("TemperProfile")
    local text = float_text("the profile window")
    check(text:find("Hint dependency", 1, true) and text:find("python/basics/fizzbuzz", 1, true),
          "the profile shows dependency and the exercise: " .. text)
    return text
  end)

  step(":TemperUsage", function()
    vim.cmd("TemperUsage")
    local text = float_text("the usage window")
    check(text:find("Hints served: 3", 1, true) and text:find("L5 1", 1, true),
          "three offline hints served, one L5: " .. text)
    return text
  end)

  step(":TemperExplain", function()
    local lsp = require("temper.lsp")
    local before = #lsp.messages
    vim.cmd("TemperExplain")
    return wait("the explanation", 30000, function()
      return #lsp.messages > before and lsp.messages[#lsp.messages]
    end)
  end)

  step(":TemperExercise next", function()
    h.answer = nil -- the learner cancels the folder prompt
    local asked = #prompts
    vim.cmd("TemperExercise next")
    local note = wait("the recommendation", 20000, function() return noted(", because ") end)
    check(#prompts == asked + 1 and prompts[#prompts]:find("folder for", 1, true),
          "asks where to start it")
    return note
  end)

  step(":checkhealth temper", function()
    vim.cmd("checkhealth temper")
    local lines = wait("the health report", 20000, function()
      for _, buf in ipairs(vim.api.nvim_list_bufs()) do
        if vim.bo[buf].filetype == "checkhealth" then
          local l = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
          local text = table.concat(l, "\n")
          if text:find("Temper client", 1, true) then
            return l
          end
        end
      end
    end)
    local text = table.concat(lines, "\n")
    for _, needle in ipairs({ "server found", "version: temper", "provider: offline",
                              "runner backend: ", "isolation:", "the running server" }) do
      check(text:find(needle, 1, true), "health says " .. needle .. ":\n" .. text)
    end
    check(not text:find("ERROR"), "no ERROR in the health report:\n" .. text)
    if env.TEMPER_E2E_INSTALL == "1" then
      installed_health(text)
    end
    return lines
  end)

  step("no deprecation warnings", function()
    local said = vim.fn.execute("messages") .. "\n" .. table.concat(notes, "\n")
    check(not said:find("deprecated"), "the plugin uses no deprecated API:\n" .. said)
  end)
end)

h.finish(ok, not ok and tostring(err) or nil)
