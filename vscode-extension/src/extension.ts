/** Temper for VS Code: starts `temper lsp` and wires its commands, status and profile view. */
import * as vscode from "vscode";
import { registerCommands } from "./commands";
import { ProfileView } from "./profileView";
import { clearApiKey, isApiKey, setApiKey } from "./secrets";
import { onPythonInterpreterChange, TemperServer } from "./server";
import { StatusBar } from "./statusBar";

let server: TemperServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  let status: StatusBar | undefined;
  let profile: ProfileView | undefined;
  const changed = () => { status?.refresh(); void profile?.render(); };
  server = new TemperServer(context, {
    askJustification: (level) => vscode.window.showInputBox({
      title: `Temper L${level}: your reason`, ignoreFocusOut: true,
      prompt: "Say what you tried and where you are stuck (this is how L4 and L5 open).",
      validateInput: (v) => (v.trim().length >= 20 ? undefined : "A sentence or two, please (20 characters or more)."),
    }),
    changed,
  });
  status = new StatusBar(server);
  profile = new ProfileView(server);
  context.subscriptions.push(server, status, profile);
  registerCommands(context, server, profile, changed);
  context.subscriptions.push(
    vscode.commands.registerCommand("temper.setApiKey", () => setApiKey(context.secrets)),
    vscode.commands.registerCommand("temper.clearApiKey", () => clearApiKey(context.secrets)),
    context.secrets.onDidChange((e) => { if (isApiKey(e.key)) void server?.restart(); }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration("temper")) return;
      if (e.affectsConfiguration("temper.pythonPath")) void server?.restart();
      else server?.configurationChanged();
      changed();
    }),
    vscode.window.onDidChangeActiveTextEditor(changed),
    vscode.languages.onDidChangeDiagnostics(changed),
  );
  const watch = await onPythonInterpreterChange(() => {
    if (!vscode.workspace.getConfiguration("temper").get<string>("pythonPath")) void server?.restart();
  });
  if (watch) context.subscriptions.push(watch);
  await server.ready();
  changed();
}

export async function deactivate(): Promise<void> {
  await server?.client?.stop();
}
