/** Starting, restarting and configuring `temper lsp` as a language client. */
import * as os from "node:os";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";
import { Interpreter, resolveInterpreter } from "./model/interpreter";
import { Environments, ServerPython } from "./environment";
import { versionProblem } from "./model/versions";
import { contributedKeys, serverSettings } from "./model/settings";
import { apiKeyEnvironment } from "./secrets";
import { installHintProgress } from "./progress";

export interface Hooks {
  /** Called when the server asks for a justification (an open L4/L5 rung). */
  askJustification(level: number): Thenable<string | undefined>;
  /** Called after any command that may change the session (hint, run). */
  changed(): void;
}

/** The `temper.*` keys this extension contributes (read from its own package.json). */
function keys(context: vscode.ExtensionContext): string[] {
  const properties = context.extension.packageJSON?.contributes?.configuration?.properties ?? {};
  return contributedKeys(properties);
}

/**
 * Only the values the learner set (user, workspace or folder settings): a default left alone
 * must not hide the server's other sources (its config file, TEMPER_* variables).
 */
export function currentSettings(context: vscode.ExtensionContext): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration("temper", vscode.workspace.workspaceFolders?.[0]?.uri);
  return serverSettings(keys(context), (key) => {
    const set = config.inspect(key);
    return set?.workspaceFolderValue ?? set?.workspaceValue ?? set?.globalValue;
  });
}

async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension) return undefined;
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    const environments = api?.environments;
    if (environments?.getActiveEnvironmentPath) {
      const active = environments.getActiveEnvironmentPath(resource);
      const resolved = await environments.resolveEnvironment?.(active);
      return resolved?.executable?.uri?.fsPath ?? active?.path;
    }
    const details = api?.settings?.getExecutionDetails?.(resource);
    return details?.execCommand?.[0];
  } catch {
    return undefined;
  }
}

/** Calls back when the Python extension's selected interpreter changes. */
export async function onPythonInterpreterChange(callback: () => void): Promise<vscode.Disposable | undefined> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension) return undefined;
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    return api?.environments?.onDidChangeActiveEnvironmentPath?.(callback);
  } catch {
    return undefined;
  }
}

export async function chooseInterpreter(): Promise<Interpreter> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const setting = vscode.workspace.getConfiguration("temper", folder?.uri).get<string>("pythonPath");
  return resolveInterpreter({
    setting,
    pythonExtension: setting ? undefined : await pythonExtensionInterpreter(folder?.uri),
    workspaceFolder: folder?.uri.fsPath,
    home: os.homedir(),
  });
}

export class TemperServer implements vscode.Disposable {
  client: LanguageClient | undefined;
  private starting: Promise<LanguageClient | undefined> | undefined;
  readonly output = vscode.window.createOutputChannel("Temper");
  private readonly environments: Environments;
  /** The Python the running server was started with, and how it was found. */
  server: ServerPython | undefined;
  private gaveUp = false;

  constructor(private readonly context: vscode.ExtensionContext, private readonly hooks: Hooks) {
    this.environments = new Environments(context, this.output);
  }

  /** The running client, started on first use. */
  async ready(): Promise<LanguageClient | undefined> {
    if (this.client?.isRunning()) return this.client;
    // After a start that could not find a server (and said why), wait for Restart Server or a
    // new temper.pythonPath instead of asking again on every status refresh.
    if (this.gaveUp) return undefined;
    this.starting ??= this.start().then((client) => {
      this.gaveUp = client === undefined;
      return client;
    }).finally(() => { this.starting = undefined; });
    return this.starting;
  }

  private async start(): Promise<LanguageClient | undefined> {
    const interpreter = await chooseInterpreter();
    const env = { ...process.env, ...(await apiKeyEnvironment(this.context.secrets)) };
    this.output.appendLine(`Looking for Temper: interpreter ${interpreter.command} (${interpreter.source})`);
    const python = await this.environments.resolve(interpreter, env);
    if (!python) return undefined;
    this.server = python;
    this.output.appendLine(`Starting Temper: ${python.command} -m temper lsp (${python.how})`);
    const serverOptions: ServerOptions = {
      command: python.command,
      args: ["-m", "temper", "lsp"],  // stdio; no `transport`, which would add --stdio
      options: { env },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: "file" }],
      outputChannel: this.output,
      initializationOptions: currentSettings(this.context),
      middleware: {
        workspace: {
          // Answer section `temper` with the server's settings (not the extension's own).
          configuration: async (params, token, next) => {
            const answers = await next(params, token);
            if (!Array.isArray(answers)) return answers;
            return params.items.map((item, i) =>
              item.section === "temper" ? currentSettings(this.context) : answers[i]);
          },
        },
        executeCommand: async (command, args, next) => {
          let result = await next(command, args);
          if (command === "temper.hint" && result?.needsJustification) {
            const reason = await this.hooks.askJustification(result.level);
            if (!reason) return result;
            result = await next(command, [{ ...(args[0] ?? {}), justification: reason }]);
          }
          if (command === "temper.hint" || command === "temper.runTests") this.hooks.changed();
          return result;
        },
      },
    };
    const client = new LanguageClient("temper", "Temper", serverOptions, clientOptions);
    this.client = client;
    await client.start();
    installHintProgress(client);
    this.checkVersion(client, python);
    return client;
  }

  /** Says clearly when the server's version (its serverInfo) is too far from the extension's. */
  private checkVersion(client: LanguageClient, python: ServerPython): void {
    const server = client.initializeResult?.serverInfo?.version;
    const ours = String(this.context.extension.packageJSON?.version ?? "");
    this.output.appendLine(`Temper server ${server ?? "(no version)"}, extension ${ours}`);
    const problem = versionProblem(ours, server, python.how);
    if (!problem) return;
    this.output.appendLine(problem);
    void vscode.window.showWarningMessage(problem, "Set temper.pythonPath", "Show Log").then((pick) => {
      if (pick === "Set temper.pythonPath") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "temper.pythonPath");
      } else if (pick === "Show Log") this.output.show();
    });
  }

  async restart(): Promise<void> {
    this.gaveUp = false;
    const old = this.client;
    this.client = undefined;
    if (old) {
      try { await old.stop(); } catch (error) { this.output.appendLine(`Stopping: ${error}`); }
      await old.dispose().catch(() => undefined);
    }
    await this.ready();
    this.hooks.changed();
  }

  /** New settings reach the running server without a restart. */
  configurationChanged(): void {
    void this.client?.sendNotification("workspace/didChangeConfiguration",
      { settings: { temper: currentSettings(this.context) } });
  }

  /** Runs one of the server's commands; undefined when the server is not running. */
  async command<T = any>(command: string, argument?: object): Promise<T | undefined> {
    const client = await this.ready();
    if (!client) return undefined;
    return vscode.commands.executeCommand<T>(command, ...(argument ? [argument] : []));
  }

  dispose(): void {
    void this.client?.stop();
    this.output.dispose();
  }
}
