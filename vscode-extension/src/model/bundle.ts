/** What the VSIX carries (bundled/manifest.json) and whether an interpreter can use it (pure). */

/** Written by scripts/build-vsix beside bundled/libs. */
export interface Manifest {
  temper: string;          // Temper's version, e.g. "0.1.0"
  target: string;          // the VS Code platform, e.g. "linux-x64"
  python: string;          // the CPython the libraries were built for, e.g. "3.11"
  implementation: string;  // "cpython"
  wheel: string;           // Temper's wheel in bundled/, for a private environment
}

/** What `python -c PROBE` prints about an interpreter. */
export interface PythonFacts {
  version: string;         // "3.12.3"
  implementation: string;  // "cpython"
  target: string;          // the VS Code platform it runs on, e.g. "linux-x64"
  venv: boolean;           // the venv module and ensurepip are there
  executable: string;      // its sys.executable (`python3` on PATH, resolved)
}

/** Prints PythonFacts as JSON; runs on any Python 3. */
export const PROBE = [
  "import json, platform, sys, importlib.util as u",
  "m = {'x86_64': 'x64', 'amd64': 'x64', 'aarch64': 'arm64', 'arm64': 'arm64'}",
  "s = {'linux': 'linux', 'darwin': 'darwin', 'win32': 'win32'}",
  "print(json.dumps({'version': platform.python_version(),",
  " 'implementation': sys.implementation.name,",
  " 'target': s.get(sys.platform, sys.platform) + '-' + m.get(platform.machine().lower(), platform.machine().lower()),",
  " 'venv': bool(u.find_spec('venv') and u.find_spec('ensurepip')), 'executable': sys.executable}))",
].join("\n");

export const MINIMUM_PYTHON = [3, 11];

export function parseManifest(text: string): Manifest | undefined {
  try {
    const data = JSON.parse(text);
    const fields = ["temper", "target", "python", "implementation", "wheel"];
    return fields.every((f) => typeof data?.[f] === "string") ? data as Manifest : undefined;
  } catch {
    return undefined;
  }
}

function majorMinor(version: string): number[] {
  return version.split(".").slice(0, 2).map((part) => Number.parseInt(part, 10));
}

/** True when `version` (e.g. "3.12.1") is at least the minimum Temper needs. */
export function newEnough(version: string): boolean {
  const [major, minor] = majorMinor(version);
  return major > MINIMUM_PYTHON[0] || (major === MINIMUM_PYTHON[0] && minor >= MINIMUM_PYTHON[1]);
}

/** Why the bundled libraries cannot run under this interpreter; undefined when they can. */
export function bundleMismatch(manifest: Manifest, facts: PythonFacts): string | undefined {
  const [major, minor] = majorMinor(facts.version);
  const built = `CPython ${manifest.python} on ${manifest.target}`;
  if (facts.implementation !== manifest.implementation) {
    return `the bundled libraries are built for ${built}, and this interpreter is ${facts.implementation}`;
  }
  if (facts.target !== manifest.target) {
    return `the bundled libraries are built for ${built}, and this interpreter runs on ${facts.target}`;
  }
  if (`${major}.${minor}` !== manifest.python) {
    return `the bundled libraries are built for ${built}, and this interpreter is Python ${facts.version}`;
  }
  return undefined;
}

/** A short, stable name for an interpreter path (a folder name per interpreter). */
export function shortHash(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** The interpreter inside a virtual environment. */
export function venvPython(venv: string, platform: string = process.platform): string {
  return platform === "win32" ? `${venv}\\Scripts\\python.exe` : `${venv}/bin/python`;
}

/**
 * Links (or copies, across file systems) bundled/libs into a virtual environment: packages into
 * its site-packages, `bin` into its scripts folder. A real copy, not a .pth pointing into the
 * extension: the runner's sandbox shows learner code only the interpreter's own prefix.
 * Run by the environment's own Python: argv[1] is bundled/libs.
 */
export const LINK_LIBS = [
  "import os, shutil, sys, sysconfig",
  "libs = sys.argv[1]",
  "site, scripts = sysconfig.get_path('purelib'), sysconfig.get_path('scripts')",
  "def link(src, dst):",
  "    try:",
  "        os.link(src, dst)",
  "    except OSError:",
  "        shutil.copy2(src, dst)",
  "for name in os.listdir(libs):",
  "    src = os.path.join(libs, name)",
  "    dst = scripts if name == 'bin' else os.path.join(site, name)",
  "    if os.path.isdir(src):",
  "        shutil.copytree(src, dst, copy_function=link, dirs_exist_ok=True)",
  "    else:",
  "        link(src, dst)",
].join("\n");

/** Imports that prove the server and the Python runner's pytest load. */
export const IMPORT_CHECK = "import temper.lsp.server, temper.cli, pytest, pydantic_core";
