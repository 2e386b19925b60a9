-- Starting `temper lsp`, attaching it to buffers, and talking to it, on Neovim 0.7 to 0.11+.
local config = require("temper.config")

local M = {
  name = "temper",
  messages = {}, -- the server's window/showMessage texts, newest last (kept for :checkhealth)
  strategy = nil, -- "enable", "start" or "start_client", decided by setup()
}

local uv = vim.uv or vim.loop
local has = function(version)
  return vim.fn.has("nvim-" .. version) == 1
end
M.has = has

--- The exercise folder holding `path`: the nearest folder with `.temper/exercise.json`.
function M.exercise_root(path)
  if not path or path == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(path, ":p")
  if vim.fn.isdirectory(dir) == 0 then
    dir = vim.fn.fnamemodify(dir, ":h")
  end
  dir = dir:gsub("/+$", "")
  while dir and dir ~= "" do
    if uv.fs_stat(dir .. "/.temper/exercise.json") then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      break
    end
    dir = parent
  end
  return nil
end

-- Test files Temper can run, by name pattern (Lua patterns), as the server detects them.
local TEST_FILES = { "^test_.*%.py$", "_test%.py$", "%.test%.[cm]?[jt]s$", "_test%.go$",
  "Tests?%.java$", "^test_.*%.c$" }
local TEST_DIRS = { "tests", "test", "src/test" }

local function holds_tests(dir)
  for _, where in ipairs({ dir, dir .. "/tests", dir .. "/test" }) do
    local handle = uv.fs_scandir(where)
    while handle do
      local name, kind = uv.fs_scandir_next(handle)
      if not name then
        break
      end
      if kind == "file" then
        for _, pattern in ipairs(TEST_FILES) do
          if name:match(pattern) then
            return true
          end
        end
      end
    end
  end
  if uv.fs_stat(dir .. "/Cargo.toml") then
    return true
  end
  for _, sub in ipairs(TEST_DIRS) do
    if sub == "src/test" and uv.fs_stat(dir .. "/" .. sub) then
      return true
    end
  end
  return false
end

--- Any folder with tests: the nearest folder at or up to three levels above `path` whose tests
--- Temper can run (never the home folder, never past a repository's root).
function M.tests_root(path)
  if not path or path == "" then
    return nil
  end
  local dir = vim.fn.fnamemodify(vim.fn.fnamemodify(path, ":p"), ":h"):gsub("/+$", "")
  local home = (uv.os_homedir() or ""):gsub("/+$", "")
  for _ = 0, 3 do
    if dir == "" or dir == home or dir == "/" then
      return nil
    end
    if holds_tests(dir) then
      return dir
    end
    if uv.fs_stat(dir .. "/.git") then
      return nil
    end
    local parent = vim.fn.fnamemodify(dir, ":h")
    if parent == dir then
      return nil
    end
    dir = parent
  end
  return nil
end

--- Where Temper should run for this buffer: its exercise folder, else any folder with tests,
--- or (for a configured filetype) the file's folder; nil when Temper has nothing to do there.
function M.root_for(bufnr)
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then
    return nil
  end
  local root = M.exercise_root(name) or M.tests_root(name)
  if root then
    return root
  end
  if vim.tbl_contains(config.options.filetypes, vim.bo[bufnr].filetype) then
    return vim.fn.fnamemodify(name, ":p:h")
  end
  return nil
end

local function on_show_message(err, result, ctx, cfg)
  if result and result.message then
    table.insert(M.messages, result.message)
    if #M.messages > 50 then
      table.remove(M.messages, 1)
    end
    local levels = { vim.log.levels.ERROR, vim.log.levels.WARN, vim.log.levels.INFO }
    vim.notify(result.message, levels[result.type] or vim.log.levels.INFO, { title = "Temper" })
  end
  return vim.NIL
end

local function on_attach(client, bufnr)
  if config.options.virtual_text then
    local namespace = vim.lsp.diagnostic.get_namespace(client.id)
    vim.diagnostic.config({ virtual_text = true }, namespace)
  end
  require("temper.keymaps").attach(bufnr)
end

local warned_missing = false

--- The client configuration shared by every start-up path.
function M.client_config(root_dir)
  local settings = config.settings()
  local server = config.server()
  if not server.how and not warned_missing then
    warned_missing = true
    vim.schedule(function()
      vim.notify("Temper: no server found (no `temper` on PATH). Run :TemperInstall to install "
        .. "it into " .. require("temper.install").venv() .. ".", vim.log.levels.WARN,
        { title = "Temper" })
    end)
  end
  return {
    name = M.name,
    cmd = server.cmd,
    on_init = require("temper.versions").on_init,
    root_dir = root_dir,
    init_options = settings,
    settings = { temper = settings },
    handlers = { ["window/showMessage"] = on_show_message },
    on_attach = on_attach,
  }
end

function M.stopped(client)
  if has("0.11") then
    return client:is_stopped()
  end
  return client.is_stopped()
end

--- The running Temper client, preferring the one attached to `bufnr`.
function M.client(bufnr)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ name = M.name })
    or vim.tbl_filter(function(c)
      return c.name == M.name
    end, vim.lsp.get_active_clients())
  local fallback
  for _, client in ipairs(clients) do
    if not M.stopped(client) then
      if bufnr and vim.lsp.buf_is_attached(bufnr, client.id) then
        return client
      end
      fallback = fallback or client
    end
  end
  return fallback
end

-- One Temper server serves every exercise: it finds the exercise above each file it is given.
local function reuse(client, _)
  return client.name == M.name and not M.stopped(client)
end

--- Start (or reuse) the client and attach `bufnr` to it; for the 0.7-0.10 paths.
function M.attach(bufnr)
  local root = M.root_for(bufnr)
  if not root then
    return nil
  end
  if M.strategy == "start" then
    return vim.lsp.start(M.client_config(root), { bufnr = bufnr, reuse_client = reuse })
  end
  local client = M.client()
  local id = client and client.id or vim.lsp.start_client(M.client_config(root))
  if id and not vim.lsp.buf_is_attached(bufnr, id) then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

--- A client for commands that need no buffer (exercises, profile, usage), started if needed.
function M.ensure_client()
  local client = M.client(vim.api.nvim_get_current_buf())
  if not client then
    local cfg = M.client_config(uv.cwd())
    local id
    if has("0.11") then -- start without a buffer; start_client is deprecated there
      if M.strategy == "enable" then
        cfg = vim.tbl_extend("force", vim.lsp.config[M.name] or {}, cfg)
      end
      id = vim.lsp.start(cfg, { attach = false, reuse_client = reuse })
    else
      id = vim.lsp.start_client(cfg)
    end
    client = id and vim.lsp.get_client_by_id(id)
  end
  if client and not client.initialized then
    -- Wait for the initialize answer (it comes at once), unless the server dies first.
    vim.wait(15000, function()
      return client.initialized or not vim.lsp.get_client_by_id(client.id) or M.stopped(client)
    end, 20)
  end
  return client
end

--- Send a request with `client`, whatever the Neovim version's calling convention.
function M.request(client, method, params, handler, bufnr)
  if has("0.11") then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Send workspace/executeCommand for a Temper command and call `callback(result)` on success.
function M.execute(command, argument, callback, bufnr)
  local client = M.ensure_client()
  if not client or not client.initialized then
    vim.notify("Temper: the server is not running; see :checkhealth temper", vim.log.levels.ERROR)
    return
  end
  local params = { command = command, arguments = argument and { argument } or nil }
  M.request(client, "workspace/executeCommand", params, function(err, result)
    if err then
      vim.notify("Temper: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    elseif callback then
      callback(result)
    end
  end, bufnr or vim.api.nvim_get_current_buf())
end

--- Stop Temper's clients and start again with the server command in force now (after
--- :TemperInstall); buffers of exercises attach again.
function M.restart()
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ name = M.name })
    or vim.tbl_filter(function(c) return c.name == M.name end, vim.lsp.get_active_clients())
  for _, client in ipairs(clients) do
    if has("0.11") then
      client:stop()
    else
      client.stop()
    end
  end
  warned_missing = false
  M.start()
  if M.strategy == "enable" then
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and M.root_for(bufnr) then
        vim.api.nvim_exec_autocmds("FileType", { buffer = bufnr })
      end
    end
  end
end

--- Decide how to start the server and hook it up; called by setup().
function M.start()
  local wanted = config.options.start_with
  if wanted == "auto" or not wanted then
    wanted = (has("0.11") and "enable") or (vim.lsp.start and "start") or "start_client"
  end
  M.strategy = wanted
  if wanted == "enable" then
    local cfg = M.client_config(nil)
    cfg.root_dir = function(bufnr, on_dir)
      local root = M.root_for(bufnr)
      if root then
        on_dir(root)
      end
    end
    cfg.reuse_client = reuse
    vim.lsp.config(M.name, cfg)
    vim.lsp.enable(M.name)
    return
  end
  local group = vim.api.nvim_create_augroup("temper", { clear = true })
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile", "FileType" }, {
    group = group,
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      M.attach(bufnr)
    end
  end
end

return M
