/**
 * Which Python runs `temper lsp`, and making one when there is none:
 *   1. `temper.pythonPath` with Temper installed wins;
 *   2. a private environment made earlier for this version of Temper;
 *   3. the bundled libraries (bundled/libs, for one platform and CPython version), linked into
 *      a small environment of the chosen interpreter (no download);
 *   4. the chosen interpreter, if Temper is installed there;
 *   5. else an offer to make a private environment in the extension's storage and install the
 *      bundled wheel there (its dependencies come from the package index), with progress.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import {
  bundleMismatch, IMPORT_CHECK, LINK_LIBS, Manifest, newEnough, parseManifest, PythonFacts,
  shortHash, venvPython,
} from "./model/bundle";
import { Interpreter, missingTemperMessage } from "./model/interpreter";
import { lastLine, probe, run, stream } from "./model/python";

export interface ServerPython {
  command: string;
  /** How it was found, in words (the log, the version message, the status). */
  how: string;
}

const CREATE = "Create Private Environment";

export class Environments {
  constructor(private readonly context: vscode.ExtensionContext,
              private readonly output: vscode.OutputChannel) {}

  private get bundled(): string { return path.join(this.context.extensionPath, "bundled"); }
  private get storage(): string { return this.context.globalStorageUri.fsPath; }
  private get privateVenv(): string { return path.join(this.storage, "venv"); }

  manifest(): Manifest | undefined {
    try {
      return parseManifest(fs.readFileSync(path.join(this.bundled, "manifest.json"), "utf8"));
    } catch {
      return undefined;
    }
  }

  private log(text: string): void { this.output.appendLine(text); }

  /** The Python to start the server with, or undefined after telling the learner why not. */
  async resolve(interpreter: Interpreter, env: NodeJS.ProcessEnv): Promise<ServerPython | undefined> {
    const manifest = this.manifest();
    const hasTemper = () => run(interpreter.command, ["-c", "import temper.cli"], env, 30000);
    if (interpreter.source === "setting") {
      const installed = await hasTemper();
      if (installed.ok) return { command: interpreter.command, how: `Temper installed in ${interpreter.command} (temper.pythonPath)` };
      if (installed.notFound) return this.fail(missingTemperMessage(interpreter, { notFound: true, detail: "" }));
    }
    const version = manifest?.temper;
    if (version && await this.stamped(this.privateVenv, version)) {
      return { command: venvPython(this.privateVenv), how: `Temper ${version} in the private environment ${this.privateVenv}` };
    }
    const facts = await probe(interpreter.command, env);
    if (!("version" in facts)) {
      return this.fail(missingTemperMessage(interpreter, { notFound: facts.notFound, detail: facts.stderr }));
    }
    let reason = manifest ? bundleMismatch(manifest, facts) : "this extension carries no bundled libraries";
    if (manifest && !reason) {
      const linked = await this.linkBundle(facts.executable || interpreter.command, manifest, env);
      if (typeof linked !== "string") return linked;
      reason = linked;
    }
    if ((await hasTemper()).ok) return { command: interpreter.command, how: `Temper installed in ${interpreter.command}` };
    this.log(`The bundled libraries cannot be used: ${reason}.`);
    return this.offerPrivateVenv(interpreter, facts, manifest, reason ?? "", env);
  }

  /** True when `venv` holds Temper `version`, checked when it was made. */
  private async stamped(venv: string, version: string): Promise<boolean> {
    try {
      const stamp = JSON.parse(fs.readFileSync(path.join(venv, "temper-stamp.json"), "utf8"));
      return stamp.temper === version && fs.existsSync(venvPython(venv));
    } catch {
      return false;
    }
  }

  private stamp(venv: string, version: string, python: string): void {
    fs.writeFileSync(path.join(venv, "temper-stamp.json"), JSON.stringify({ temper: version, python }));
  }

  /** A small environment of `python` with bundled/libs linked in; a reason when it fails. */
  private async linkBundle(python: string, manifest: Manifest, env: NodeJS.ProcessEnv
  ): Promise<ServerPython | string> {
    const venv = path.join(this.storage, `bundled-${manifest.temper}-${shortHash(python)}`);
    const how = `Temper ${manifest.temper} bundled with the extension (CPython ${manifest.python}, ` +
      `${manifest.target}), run by ${python}`;
    if (await this.stamped(venv, manifest.temper)) return { command: venvPython(venv), how };
    this.log(`Linking the bundled libraries into ${venv} for ${python}`);
    const started = Date.now();
    const building = `${venv}.partial-${process.pid}`;  // two windows may start at once
    fs.rmSync(building, { recursive: true, force: true });
    fs.mkdirSync(this.storage, { recursive: true });
    const made = await run(python, ["-m", "venv", "--without-pip", building], env, 120000);
    if (!made.ok) return `creating an environment failed: ${lastLine(made.stderr)}`;
    const linked = await run(venvPython(building), ["-c", LINK_LIBS, path.join(this.bundled, "libs")], env, 300000);
    const loads = linked.ok && await run(venvPython(building), ["-c", IMPORT_CHECK], env, 60000);
    if (!linked.ok || !loads || !loads.ok) {
      const detail = lastLine((loads || linked).stderr);
      fs.rmSync(building, { recursive: true, force: true });
      return `they do not load under ${python}: ${detail}`;
    }
    this.stamp(building, manifest.temper, python);
    if (await this.stamped(venv, manifest.temper)) {
      fs.rmSync(building, { recursive: true, force: true });  // another window was first
    } else {
      fs.rmSync(venv, { recursive: true, force: true });
      fs.renameSync(building, venv);
    }
    this.log(`Linked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { command: venvPython(venv), how };
  }

  private fail(message: string): undefined {
    this.log(message);
    void vscode.window.showErrorMessage(message, "Set temper.pythonPath", "Show Log").then((pick) => {
      if (pick === "Set temper.pythonPath") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "temper.pythonPath");
      } else if (pick === "Show Log") this.output.show();
    });
    return undefined;
  }

  /** Explains what is missing, or offers to make the private environment and makes it. */
  private async offerPrivateVenv(interpreter: Interpreter, facts: PythonFacts,
                                 manifest: Manifest | undefined, reason: string,
                                 env: NodeJS.ProcessEnv): Promise<ServerPython | undefined> {
    const python = interpreter.command;
    if (!manifest) {
      return this.fail(`Temper is not installed for ${python}, and ${reason}. Install it with ` +
        "`pipx install temper-coach` (or `pip install temper-coach`) and set temper.pythonPath " +
        "to that Python, or install the VSIX for your platform.");
    }
    if (!newEnough(facts.version)) {
      return this.fail(`Temper needs Python 3.11 or newer; ${python} is Python ${facts.version}. ` +
        "Install a newer Python and select it (temper.pythonPath or the Python extension).");
    }
    if (!facts.venv) {
      return this.fail(`Temper needs to make a private environment, but ${python} has no venv ` +
        "module (on Debian and Ubuntu: sudo apt install python3-venv). Install it, or set " +
        "temper.pythonPath to a Python with Temper installed.");
    }
    const pick = await vscode.window.showWarningMessage(
      `Temper cannot use its bundled libraries: ${reason}. It can make a private Python ` +
      `environment from ${python} in the extension's storage and install Temper ` +
      `${manifest.temper} there (its dependencies, about 40 MB, come from the package index).`,
      CREATE, "Set temper.pythonPath", "Show Log");
    if (pick === "Set temper.pythonPath") {
      void vscode.commands.executeCommand("workbench.action.openSettings", "temper.pythonPath");
    } else if (pick === "Show Log") this.output.show();
    if (pick !== CREATE) return undefined;
    return this.createPrivateVenv(facts.executable || python, manifest, env);
  }

  async createPrivateVenv(python: string, manifest: Manifest, env: NodeJS.ProcessEnv
  ): Promise<ServerPython | undefined> {
    const venv = this.privateVenv;
    const building = `${venv}.partial`;
    const failed = await vscode.window.withProgress({
      location: vscode.ProgressLocation.Notification, title: "Temper: private environment",
      cancellable: false,
    }, async (progress) => {
      const started = Date.now();
      const say = (text: string) => {
        this.log(`${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        progress.report({ message: text });
      };
      fs.rmSync(building, { recursive: true, force: true });
      fs.mkdirSync(this.storage, { recursive: true });
      say(`creating it with ${python}…`);
      const made = await run(python, ["-m", "venv", building], env, 300000);
      if (!made.ok) return `creating the environment failed: ${lastLine(made.stderr)}`;
      say(`installing Temper ${manifest.temper}…`);
      const wheel = path.join(this.bundled, manifest.wheel);
      const installed = await stream(venvPython(building),
        ["-m", "pip", "install", "--disable-pip-version-check", "--no-input", wheel], env,
        (line) => {
          this.log(line);
          const found = /^(Collecting|Downloading|Installing collected|Successfully) ?(\S*)/.exec(line.trim());
          if (found) progress.report({ message: `${found[1].toLowerCase()} ${found[2]}`.trim() });
        });
      if (!installed.ok) return `pip could not install Temper: ${lastLine(installed.stderr)}`;
      const loads = await run(venvPython(building), ["-c", IMPORT_CHECK], env, 60000);
      if (!loads.ok) return `Temper does not load there: ${lastLine(loads.stderr)}`;
      this.stamp(building, manifest.temper, python);
      fs.rmSync(venv, { recursive: true, force: true });
      fs.renameSync(building, venv);
      say("ready");
      return undefined;
    });
    if (failed) {
      fs.rmSync(building, { recursive: true, force: true });
      return this.fail(`Temper could not make its private environment: ${failed}. It needs ` +
        "the package index (or a pip configured with a mirror) for Temper's dependencies. " +
        "The log has pip's output.");
    }
    return { command: venvPython(venv), how: `Temper ${manifest.temper} in the private environment ${venv}` };
  }
}
