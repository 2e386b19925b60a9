-- Floating windows for the profile and the usage, rendered from the server's plain data.
local config = require("temper.config")

local M = {}

local function bar(value, width)
  width = width or 20
  local filled = math.floor(math.max(0, math.min(1, value or 0)) * width + 0.5)
  return string.rep("█", filled) .. string.rep("·", width - filled)
end

local function pad(text, width)
  text = tostring(text)
  local shown = vim.fn.strdisplaywidth(text)
  return shown >= width and text or text .. string.rep(" ", width - shown)
end

--- The lines of :TemperProfile, from temper.profile's answer.
function M.profile_lines(data)
  local lines = { "Skill per concept (probability you know it)" }
  local skills = data.skills or {}
  if #skills == 0 then
    table.insert(lines, "  (none yet: run some tests)")
  end
  for _, row in ipairs(skills) do
    table.insert(lines, ("  %s %s %.2f  (%d observations)"):format(
      pad(row.concept, 18), bar(row.p_known), row.p_known or 0, row.observations or 0))
  end
  table.insert(lines, "")
  local dependency = data.hint_dependency or 0
  table.insert(lines, ("Hint dependency  %s %.2f"):format(bar(dependency), dependency))
  table.insert(lines, "")
  table.insert(lines, "Exercises")
  local exercises = data.exercises or {}
  if #exercises == 0 then
    table.insert(lines, "  (none yet: :TemperExercise list)")
  end
  for _, row in ipairs(exercises) do
    local green = type(row.seconds_to_green) == "number"
      and (", green after %d s"):format(math.floor(row.seconds_to_green + 0.5)) or ""
    table.insert(lines, ("  %s %s: %d runs, %d hints%s"):format(pad(row.id, 34),
      row.completed and "done" or "open", row.runs or 0, row.hints or 0, green))
  end
  table.insert(lines, "")
  table.insert(lines, "profile database: " .. tostring(data.database))
  return lines
end

--- The lines of :TemperUsage, from temper.usage's answer.
function M.usage_lines(data)
  local lines = { ("Hints served: %d"):format(data.total or 0) }
  local providers = vim.tbl_keys(data.hints or {})
  table.sort(providers)
  for _, provider in ipairs(providers) do
    local levels = {}
    for level = 0, 5 do
      local count = data.hints[provider]["L" .. level]
      if count then
        table.insert(levels, ("L%d %d"):format(level, count))
      end
    end
    table.insert(lines, ("  %s  %s"):format(pad(provider, 10), table.concat(levels, ", ")))
  end
  return lines
end

--- A centred, read-only floating window; q or <Esc> closes it. Returns buffer and window.
function M.float(title, lines)
  local body = { " " .. title, "" }
  for _, line in ipairs(lines) do
    table.insert(body, " " .. line)
  end
  local width = 20
  for _, line in ipairs(body) do
    width = math.max(width, vim.fn.strdisplaywidth(line) + 1)
  end
  width = math.min(width, vim.o.columns - 4)
  local height = math.min(#body, math.max(vim.o.lines - 4, 1))
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, body)
  vim.bo[buf].modifiable = false
  vim.bo[buf].bufhidden = "wipe"
  vim.bo[buf].filetype = "temper"
  local win = vim.api.nvim_open_win(buf, true, {
    relative = "editor", style = "minimal", border = config.options.border,
    width = width, height = height,
    row = math.max(math.floor((vim.o.lines - height) / 2) - 1, 0),
    col = math.max(math.floor((vim.o.columns - width) / 2), 0),
  })
  for _, key in ipairs({ "q", "<Esc>" }) do
    vim.keymap.set("n", key, function()
      if vim.api.nvim_win_is_valid(win) then
        vim.api.nvim_win_close(win, true)
      end
    end, { buffer = buf, nowait = true, silent = true })
  end
  return buf, win
end

return M
