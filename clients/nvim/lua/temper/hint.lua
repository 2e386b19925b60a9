-- Asking for hints: the level check against the ladder, the reason L4/L5 need, and the
-- client-side `temper.hint` command that code actions run through.
local lsp = require("temper.lsp")

local M = {}

local KIND = "quickfix.temper.hint"

--- 3, "3", "L3" or "l3" -> 3; nil or "" -> nil (the contract chooses); anything else -> false.
function M.parse_level(level)
  if level == nil or level == "" then
    return nil
  end
  local n = tonumber((tostring(level):gsub("^[Ll]", "")))
  if n and n >= 0 and n <= 5 and n == math.floor(n) then
    return n
  end
  return false
end

local function notify(message, level)
  vim.notify(message, level or vim.log.levels.INFO, { title = "Temper" })
end

--- Ask the learner why they need L4/L5; `callback(reason)` only when they gave one.
function M.ask_reason(level, callback)
  vim.ui.input({
    prompt = ("Temper L%d: what did you try, and where are you stuck? "):format(level),
  }, function(text)
    if not text or vim.trim(text) == "" then
      notify(("L%d needs your reason; no hint was asked for."):format(level), vim.log.levels.WARN)
      return
    end
    callback(text)
  end)
end

--- The ladder's action for `level` at this place (the server lists it without a provider).
local function rung(opts, callback)
  local client = lsp.client(opts.bufnr) or lsp.ensure_client()
  if not client then
    return callback(nil)
  end
  local here = { line = opts.line - 1, character = 0 }
  local params = {
    textDocument = { uri = opts.uri },
    range = { start = here, ["end"] = here },
    context = { diagnostics = {}, only = { KIND } },
  }
  lsp.request(client, "textDocument/codeAction", params, function(_, actions)
    for _, action in ipairs(actions or {}) do
      local args = action.command and action.command.arguments and action.command.arguments[1]
      if args and args.level == opts.level then
        return callback(action)
      end
    end
    callback(nil)
  end, opts.bufnr)
end

--- Ask for a hint. opts: uri, line (1-based), level (nil: the contract's choice), intent,
--- justification, bufnr, on_result (called with the server's answer).
function M.request(opts)
  opts.bufnr = opts.bufnr or vim.uri_to_bufnr(opts.uri)
  if opts.level ~= nil and not opts.checked then
    return rung(opts, function(action)
      if action and action.disabled then
        local reason = action.disabled.reason
        notify(("L%d is closed: %s"):format(opts.level, reason), vim.log.levels.WARN)
        return
      end
      M.request(vim.tbl_extend("force", opts, { checked = true }))
    end)
  end
  if opts.level ~= nil and opts.level >= 4 and not opts.justification then
    return M.ask_reason(opts.level, function(reason)
      M.request(vim.tbl_extend("force", opts, { justification = reason }))
    end)
  end
  local argument = { uri = opts.uri, line = opts.line, level = opts.level,
                     intent = opts.intent or "hint", justification = opts.justification }
  lsp.execute("temper.hint", argument, function(result)
    if type(result) == "table" and result.needsJustification then
      return M.ask_reason(result.level, function(reason)
        M.request(vim.tbl_extend("force", opts, { level = result.level, justification = reason }))
      end)
    end
    if opts.on_result then
      opts.on_result(result)
    end
  end, opts.bufnr)
end

--- A hint for the cursor's line in the current buffer.
function M.at_cursor(level, intent, on_result)
  local parsed = M.parse_level(level)
  if parsed == false then
    return notify("Temper: the level is 0 to 5 (or L0 to L5), not " .. tostring(level),
                  vim.log.levels.ERROR)
  end
  local bufnr = vim.api.nvim_get_current_buf()
  M.request({ uri = vim.uri_from_bufnr(bufnr), bufnr = bufnr, line = vim.fn.line("."),
              level = parsed, intent = intent, on_result = on_result })
end

--- Code actions run `temper.hint` through here, so closed rungs explain themselves and L4/L5
--- ask for the reason, on every Neovim version (none of them knows `disabled` actions).
function M.command(command, ctx)
  local args = (command.arguments or {})[1] or {}
  M.request({ uri = args.uri, line = args.line or 1, level = M.parse_level(args.level) or nil,
              intent = args.intent, bufnr = ctx and ctx.bufnr })
end

function M.register()
  vim.lsp.commands["temper.hint"] = M.command
end

return M
