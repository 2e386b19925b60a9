/** The profile webview: pictures drawn from `temper.profile`, no scripts, a strict CSP. */
import { randomBytes } from "node:crypto";
import * as vscode from "vscode";
import { Profile, profilePage } from "./model/profilePage";
import { TemperServer } from "./server";

export class ProfileView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly server: TemperServer) {}

  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("temper.profile", "Temper Profile",
        vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    } else {
      this.panel.reveal();
    }
    await this.render();
  }

  /** Redraws when open (after a run or a hint). */
  async render(): Promise<void> {
    if (!this.panel) return;
    const profile = await this.server.command<Profile>("temper.profile");
    if (!this.panel || !profile) return;
    const nonce = randomBytes(16).toString("base64");
    this.panel.webview.html = profilePage(profile, nonce, this.panel.webview.cspSource);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
