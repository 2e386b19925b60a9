/** Before starting the server: does Temper import under the chosen interpreter? (no vscode) */
import { execFile } from "node:child_process";
import { Interpreter, missingTemperMessage } from "./interpreter";

/** Resolves to undefined when it does, else to a message that says how to fix it. */
export function checkTemper(interpreter: Interpreter, env: NodeJS.ProcessEnv,
                            timeoutMs = 30000): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(interpreter.command, ["-c", "import temper.cli"], { env, timeout: timeoutMs },
      (error, _stdout, stderr) => {
        if (!error) return resolve(undefined);
        const notFound = (error as NodeJS.ErrnoException).code === "ENOENT";
        resolve(missingTemperMessage(interpreter, { notFound, detail: String(stderr || error.message) }));
      });
  });
}
