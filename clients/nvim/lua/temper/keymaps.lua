-- Buffer-local keymaps, set when Temper attaches to a buffer.
local config = require("temper.config")

local M = {}

local function code_actions()
  local only = { "quickfix.temper.hint" }
  if vim.fn.has("nvim-0.8") == 1 then
    vim.lsp.buf.code_action({ context = { only = only } })
  else
    vim.lsp.buf.code_action({ only = only })
  end
end

M.actions = {
  hint = { function() require("temper").hint() end, "Temper: the hint offered now" },
  explain = { function() require("temper").explain() end, "Temper: explain this code" },
  run = { function() require("temper").run() end, "Temper: run the tests" },
  actions = { code_actions, "Temper: the hint ladder (code actions)" },
  profile = { function() require("temper").profile() end, "Temper: your profile" },
  hover = { function() vim.lsp.buf.hover() end, "Temper: hover" },
}

function M.attach(bufnr)
  local keymaps = config.options.keymaps
  if keymaps == false or type(keymaps) ~= "table" then
    return
  end
  for name, lhs in pairs(keymaps) do
    local action = M.actions[name]
    -- K is LSP hover by default from 0.10 on; map it only before that, and never over a
    -- buffer-local mapping the user already has.
    local skip = name == "hover"
      and (vim.fn.has("nvim-0.10") == 1 or vim.fn.maparg(lhs, "n", false, true).buffer == 1)
    if action and lhs and lhs ~= "" and not skip then
      vim.keymap.set("n", lhs, action[1], { buffer = bufnr, desc = action[2], silent = true })
    end
  end
end

return M
