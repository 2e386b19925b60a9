/** The status bar item: exercise, test state and the level offered now; a click asks for a hint. */
import * as vscode from "vscode";
import { Status, statusView } from "./model/status";
import { TemperServer } from "./server";

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("temper.status", vscode.StatusBarAlignment.Left, 50);
  private timer: NodeJS.Timeout | undefined;
  /** The last exercise file shown, kept while a webview or an output has the focus. */
  private uri: string | undefined;

  constructor(private readonly server: TemperServer) {
    this.item.name = "Temper";
    this.show(undefined);
  }

  /** Asks the server again soon (calls within 250 ms are merged). */
  refresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 250);
  }

  private async update(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.scheme === "file") this.uri = editor.document.uri.toString();
    // Before any file is open, the first folder stands for the exercise it may hold.
    this.uri ??= vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === "file")?.uri.toString();
    try {
      this.show(await this.server.command<Status>("temper.status", this.uri ? { uri: this.uri } : {}));
    } catch {
      this.show(undefined);
    }
  }

  private show(status: Status | undefined): void {
    const view = statusView(status);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.accessibilityInformation = { label: view.tooltip.replace(/\n/g, ". ") };
    this.item.command = view.command;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}
