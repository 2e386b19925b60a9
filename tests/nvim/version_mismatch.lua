-- A server of another minor version: the plugin warns when it starts, naming both versions and
-- the fix, and :checkhealth temper says it. Driven by test_nvim_install.py with the env of
-- e2e.lua (TEMPER_E2E_OUT, TEMPER_E2E_PLUGIN, TEMPER_E2E_CMD, TEMPER_E2E_FOLDER: an exercise).
local here = vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p:h")
local h = dofile(here .. "/harness.lua")
local env = vim.env
local step, wait, check, noted = h.step, h.wait, h.check, h.noted

local ok, err = pcall(function()
  step("setup", function()
    vim.cmd("filetype on")
    vim.opt.runtimepath:prepend(env.TEMPER_E2E_PLUGIN)
    require("temper").setup({ cmd = vim.json.decode(env.TEMPER_E2E_CMD) })
  end)
  step("the server starts and its version is checked", function()
    vim.cmd("edit " .. vim.fn.fnameescape(env.TEMPER_E2E_FOLDER .. "/fizzbuzz.py"))
    wait("the client", 30000, function()
      local c = require("temper.lsp").client(0)
      return c and c.initialized
    end)
    return wait("the version warning", 10000, function() return noted("does not match this plugin") end)
  end)
  step("the warning names both versions and the fix", function()
    local note = noted("does not match this plugin")
    check(note:find("server 0.9.0", 1, true) and note:find("plugin 0.1.0", 1, true)
          and note:find(":TemperInstall", 1, true), note)
  end)
  step(":checkhealth temper warns", function()
    vim.cmd("checkhealth temper")
    local text = wait("the health report", 20000, function()
      for _, buf in ipairs(vim.api.nvim_list_bufs()) do
        if vim.bo[buf].filetype == "checkhealth" then
          local t = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
          if t:find("Temper client", 1, true) then
            return t
          end
        end
      end
    end)
    check(text:find("version: the Temper server 0.9.0", 1, true), text)
    return text
  end)
end)

h.finish(ok, not ok and tostring(err) or nil)
