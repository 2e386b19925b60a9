-- :TemperInstall: the server in a private virtual environment, stdpath("data")/temper/venv, made
-- with a Python 3.11+ and `pip install` of this checkout of Temper (the plugin is its
-- clients/nvim folder), else of the temper-coach package from the index.
local M = {}

local uv = vim.uv or vim.loop
local windows = vim.fn.has("win32") == 1

function M.root()
  return vim.fn.stdpath("data") .. "/temper"
end

function M.venv()
  return M.root() .. "/venv"
end

local function venv_python(venv)
  return venv .. (windows and "/Scripts/python.exe" or "/bin/python")
end

function M.python()
  return venv_python(M.venv())
end

local function stamp_path(venv)
  return (venv or M.venv()) .. "/temper-install.json"
end

--- What :TemperInstall recorded (source, python, version, when), or nil when it has not run.
function M.stamp()
  if vim.fn.filereadable(stamp_path()) == 0 or vim.fn.executable(M.python()) == 0 then
    return nil
  end
  local ok, data = pcall(vim.json.decode, table.concat(vim.fn.readfile(stamp_path()), "\n"))
  return ok and type(data) == "table" and data or nil
end

--- The checkout this plugin belongs to (it holds pyproject.toml naming temper-coach), or nil.
function M.checkout()
  local here = debug.getinfo(1, "S").source:sub(2)
  local root = vim.fn.fnamemodify(here, ":p:h:h:h:h:h") -- lua/temper/install.lua -> checkout
  local pyproject = root .. "/pyproject.toml"
  if vim.fn.filereadable(pyproject) == 1 then
    for _, line in ipairs(vim.fn.readfile(pyproject)) do
      if line:match('^name%s*=%s*"temper%-coach"') then
        return root
      end
    end
  end
  return nil
end

--- What pip installs: options.install_source, else the checkout, else the package.
function M.source(options)
  return (options and options.source) or M.checkout() or "temper-coach"
end

local function version_of(python)
  local out = vim.fn.system({ python, "-c",
    "import sys; print('%d.%d' % sys.version_info[:2])" })
  if vim.v.shell_error ~= 0 then
    return nil
  end
  local major, minor = out:match("(%d+)%.(%d+)")
  return major and { tonumber(major), tonumber(minor) } or nil
end

--- The first Python 3.11+ among options.python, python3, python; or nil and what was tried.
function M.find_python(options)
  local tried = {}
  local candidates = { "python3", "python" }
  if options and options.python then
    table.insert(candidates, 1, options.python)
  end
  for _, candidate in ipairs(candidates) do
    if vim.fn.executable(candidate) == 1 then
      local version = version_of(candidate)
      table.insert(tried, ("%s (%s)"):format(candidate,
        version and (version[1] .. "." .. version[2]) or "does not run"))
      if version and (version[1] > 3 or (version[1] == 3 and version[2] >= 11)) then
        return vim.fn.exepath(candidate), tried
      end
    end
  end
  return nil, tried
end

local function say(text, level)
  vim.notify("Temper: " .. text, level or vim.log.levels.INFO, { title = "Temper" })
end

-- Runs argv; calls on_exit(code, output lines). Works on Neovim 0.7+ (jobstart).
local function job(argv, on_line, on_exit)
  local lines = {}
  local function collect(_, data)
    for _, l in ipairs(data or {}) do
      if l ~= "" then
        table.insert(lines, l)
        on_line(l)
      end
    end
  end
  local id = vim.fn.jobstart(argv, { on_stdout = collect, on_stderr = collect,
    on_exit = function(_, code) on_exit(code, lines) end })
  if id <= 0 then
    on_exit(-1, { "could not start " .. argv[1] })
  end
end

M.running = false

--- Make the environment and install Temper into it. options: python, source, sync (wait until
--- done: for a lazy.nvim `build` step), on_done(ok, message).
function M.run(options)
  options = options or {}
  if M.running then
    say("an install is already running")
    return false
  end
  local python, tried = M.find_python(options)
  if not python then
    say("installing needs Python 3.11 or newer; tried " .. (#tried > 0 and table.concat(tried, ", ")
      or "python3 and python (not found)") .. ". Install one, or pass { python = '/path' }.",
      vim.log.levels.ERROR)
    return false
  end
  local venv, source = M.venv(), M.source(options)
  local building = venv .. ".partial"
  vim.fn.delete(building, "rf")
  vim.fn.mkdir(M.root(), "p")
  M.running = true
  local done, ok_result = false, false
  local function finish(ok, message)
    M.running, done, ok_result = false, true, ok
    if not ok then
      vim.fn.delete(building, "rf")
    end
    say(message, ok and vim.log.levels.INFO or vim.log.levels.ERROR)
    if options.on_done then
      options.on_done(ok, message)
    end
  end
  local log = {}
  local function line(text)
    table.insert(log, text)
    local step = text:match("^(Collecting %S+)") or text:match("^(Successfully installed)")
    if step then
      vim.api.nvim_echo({ { "Temper install: " .. step, "Comment" } }, false, {})
    end
  end
  say(("making %s with %s"):format(venv, python))
  job({ python, "-m", "venv", building }, line, function(code)
    if code ~= 0 then
      return finish(false, "creating the environment failed (on Debian/Ubuntu: apt install " ..
        "python3-venv): " .. (log[#log] or ""))
    end
    say("installing " .. source .. " (pip)")
    job({ venv_python(building), "-m", "pip", "install", "--disable-pip-version-check",
          "--no-input", source }, line, function(pip_code)
      if pip_code ~= 0 then
        return finish(false, "pip could not install " .. source .. ": " .. (log[#log] or ""))
      end
      local version = vim.fn.system({ venv_python(building), "-c",
        "import temper; print(temper.__version__)" }):gsub("%s+$", "")
      if vim.v.shell_error ~= 0 then
        return finish(false, "Temper does not import in the new environment: " .. version)
      end
      vim.fn.writefile({ vim.json.encode({ source = source, python = python, version = version,
        installed = os.date("!%Y-%m-%dT%H:%M:%SZ") }) }, stamp_path(building))
      vim.fn.delete(venv, "rf")
      uv.fs_rename(building, venv)
      if require("temper").did_setup then -- not in a plugin manager's build step
        finish(true, ("Temper %s installed in %s; starting it"):format(version, venv))
        require("temper.lsp").restart()
      else
        finish(true, ("Temper %s installed in %s"):format(version, venv))
      end
    end)
  end)
  if options.sync then
    vim.wait(20 * 60 * 1000, function() return done end, 200)
    return ok_result
  end
  return true
end

return M
