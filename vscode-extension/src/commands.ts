/** The palette commands: exercises, hints, runs, the profile and the hint history. */
import * as path from "node:path";
import * as vscode from "vscode";
import { CatalogEntry, exerciseFolderName, exerciseItems, HintRecord, historyMarkdown } from "./model/catalog";
import { CodeActionRequest } from "vscode-languageclient/node";
import { LadderAction, ladderItems } from "./model/ladder";
import { runSummary } from "./model/status";
import { ProfileView } from "./profileView";
import { TemperServer } from "./server";

function activeFile(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.scheme === "file") return editor;
  void vscode.window.showWarningMessage("Temper: open a file of your exercise first.");
  return undefined;
}

async function chooseFolderAndStart(server: TemperServer, id: string): Promise<void> {
  const here = vscode.workspace.workspaceFolders?.[0]?.uri;
  const parent = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: "Put the exercise here",
    title: `Where should ${exerciseFolderName(id)} go? (a new folder is made inside)`,
    defaultUri: here ? vscode.Uri.file(path.dirname(here.fsPath)) : undefined,
  });
  if (!parent?.[0]) return;
  const folder = path.join(parent[0].fsPath, exerciseFolderName(id));
  try {
    const started = await server.command<{ uri: string }>("temper.startExercise", { id, folder });
    if (!started) return;
    await vscode.commands.executeCommand("vscode.openFolder", vscode.Uri.parse(started.uri),
      { forceNewWindow: false });
  } catch (error) {
    void vscode.window.showErrorMessage(`Temper could not start ${id}: ${messageOf(error)}`);
  }
}

/** A quick pick that starts on `active` (showQuickPick always starts on the first item). */
function pickFrom<T extends vscode.QuickPickItem>(items: T[], title: string, placeholder: string,
                                                  active?: T): Promise<T | undefined> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<T>();
    Object.assign(quickPick, { items, title, placeholder, matchOnDetail: true });
    if (active) quickPick.activeItems = [active];
    quickPick.onDidAccept(() => { resolve(quickPick.selectedItems[0]); quickPick.hide(); });
    quickPick.onDidHide(() => { resolve(undefined); quickPick.dispose(); });
    quickPick.show();
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The hint history as a read-only Markdown document (`temper-history:` URIs). */
class HintHistory implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = "temper-history";
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly server: TemperServer) {}

  static uriFor(file: vscode.Uri): vscode.Uri {
    return vscode.Uri.from({ scheme: HintHistory.scheme, path: "/Temper hint history.md",
                             query: file.toString() });
  }

  changed(uri: vscode.Uri): void {
    this.emitter.fire(uri);
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const result = await this.server.command<{ exercise: string | null; hints: HintRecord[] }>(
      "temper.hintHistory", { uri: uri.query });
    return historyMarkdown(result?.exercise ?? null, result?.hints ?? []);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export function registerCommands(context: vscode.ExtensionContext, server: TemperServer,
                                 profile: ProfileView, refresh: () => void): void {
  const register = (id: string, run: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, async (...args: any[]) => {
      try { await run(...args); } catch (error) {
        void vscode.window.showErrorMessage(`Temper: ${messageOf(error)}`);
      }
    }));

  register("temper.pickExercise", async () => {
    const catalog = await server.command<CatalogEntry[]>("temper.exercises");
    if (!catalog) return;
    const pick = await vscode.window.showQuickPick(exerciseItems(catalog), {
      title: "Start a Temper exercise", placeHolder: "Type a language, a level or a concept",
      matchOnDescription: true, matchOnDetail: true,
    });
    if (pick) await chooseFolderAndStart(server, pick.id);
  });

  register("temper.openNextExercise", async () => {
    const next = await server.command<{ id: string; title: string; reason: string } | null>(
      "temper.nextExercise");
    if (next === undefined) return;
    if (next === null) {
      void vscode.window.showInformationMessage("Temper: you have done every exercise within reach.");
      return;
    }
    const choice = await vscode.window.showInformationMessage(
      `Next: ${next.title} (${next.id}). ${next.reason}`, "Start it");
    if (choice === "Start it") await chooseFolderAndStart(server, next.id);
  });

  const hint = async (intent: string) => {
    const editor = activeFile();
    if (!editor) return;
    await server.command("temper.hint", {
      uri: editor.document.uri.toString(), line: editor.selection.active.line + 1, intent });
  };
  register("temper.askHint", () => hint("hint"));
  register("temper.explain", () => hint("explain"));

  // Ctrl+. lists only the open rungs (VS Code hides disabled quick fixes and their reasons);
  // this lists all six, and a closed one says why.
  register("temper.showLadder", async () => {
    const editor = activeFile();
    const client = await server.ready();
    if (!editor || !client) return;
    const position = editor.selection.active;
    const actions = await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: editor.document.uri.toString() },
      range: { start: position, end: position },
      context: { diagnostics: [], only: ["quickfix"] },
    });
    const items = ladderItems((actions ?? []) as LadderAction[]);
    if (items.length === 0) {
      void vscode.window.showInformationMessage("Temper: no hint ladder here (is this an exercise file?).");
      return;
    }
    const pick = await pickFrom(items, "Temper hint ladder",
      "Take an open rung; a closed one says what opens it",
      items.find((i) => i.description === "offered now"));
    if (pick?.reason) void vscode.window.showInformationMessage(`Temper: ${pick.reason}`);
    else if (pick?.command) {
      await vscode.commands.executeCommand(pick.command.command, ...(pick.command.arguments ?? []));
    }
  });

  register("temper.runTestsNow", async () => {
    const editor = activeFile();
    if (!editor) return;
    const result = await server.command<Record<string, unknown>>("temper.runTests",
      { uri: editor.document.uri.toString() });
    if (result !== undefined) void vscode.window.showInformationMessage(`Temper: ${runSummary(result)}`);
  });

  register("temper.showProfile", () => profile.show());

  const history = new HintHistory(server);
  context.subscriptions.push(history,
    vscode.workspace.registerTextDocumentContentProvider(HintHistory.scheme, history));
  register("temper.openHintHistory", async () => {
    const editor = activeFile();
    if (!editor) return;
    const uri = HintHistory.uriFor(editor.document.uri);
    history.changed(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, "markdown");
    await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  });

  register("temper.restartServer", () => server.restart());
  register("temper.showLog", () => server.output.show());
  register("temper.refreshStatus", refresh);
}
