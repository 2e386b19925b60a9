/**
 * Streaming hints: the server reports a hint's partial text as work-done progress titled
 * "Temper hint". vscode-languageclient 9 shows every server-initiated progress in the status bar
 * (ProgressLocation.Window), where VS Code offers no Cancel button. So hint progress is shown as
 * a cancellable notification instead; other progress (test runs) keeps the status bar.
 */
import * as vscode from "vscode";
import {
  LanguageClient, WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressCancelNotification,
  WorkDoneProgressCreateRequest, WorkDoneProgressReport,
} from "vscode-languageclient/node";
import { tail } from "./model/status";

export const HINT_PROGRESS_TITLE = "Temper hint";

export function installHintProgress(client: LanguageClient): void {
  // Registered after start, so it replaces the client's own window/workDoneProgress/create handler.
  client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
    let report: ((message: string) => void) | undefined;
    let finish: (() => void) | undefined;
    const pending: string[] = [];
    const listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind === "begin") begin(value);
      else if (value.kind === "report") update(value);
      else { listener.dispose(); finish ? finish() : (finish = () => undefined); }
    });
    const update = (value: WorkDoneProgressReport) => {
      if (value.message === undefined) return;
      report ? report(value.message) : pending.push(value.message);
    };
    const begin = (value: WorkDoneProgressBegin) => {
      const hint = value.title.startsWith(HINT_PROGRESS_TITLE);
      const location = hint ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
      void vscode.window.withProgress(
        { location, title: value.title, cancellable: hint && value.cancellable === true },
        (progress, cancel) => new Promise<void>((resolve) => {
          if (finish) return resolve();  // ended before the UI was ready
          finish = resolve;
          cancel.onCancellationRequested(() => {
            void client.sendNotification(WorkDoneProgressCancelNotification.type, { token });
            listener.dispose();
            resolve();
          });
          report = (message) => progress.report({ message: tail(message) });
          if (value.message) report(value.message);
          pending.splice(0).forEach(report);
        }));
    };
  });
}
