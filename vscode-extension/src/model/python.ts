/** Running a Python interpreter from the extension host (no vscode import). */
import { execFile, spawn } from "node:child_process";
import { PROBE, PythonFacts } from "./bundle";

export interface Ran {
  ok: boolean;
  notFound: boolean;
  stdout: string;
  stderr: string;
}

/** Runs `command args` to the end (with a timeout); never throws. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv,
                    timeoutMs = 60000): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({
        ok: !error,
        notFound: (error as NodeJS.ErrnoException | null)?.code === "ENOENT",
        stdout: String(stdout), stderr: String(stderr || (error?.message ?? "")),
      }));
  });
}

/** Runs `command args`, handing each output line to `line` as it comes; never throws. */
export function stream(command: string, args: string[], env: NodeJS.ProcessEnv,
                       line: (text: string) => void, timeoutMs = 15 * 60000): Promise<Ran> {
  return new Promise((resolve) => {
    let stdout = "", stderr = "", settled = false;
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const timer = setTimeout(() => child.kill(), timeoutMs);
    const split = (append: (s: string) => void) => {
      let partial = "";
      return (chunk: Buffer) => {
        const text = partial + chunk.toString();
        append(chunk.toString());
        const lines = text.split(/\r?\n/);
        partial = lines.pop() ?? "";
        for (const l of lines) if (l.trim()) line(l);
      };
    };
    child.stdout.on("data", split((s) => { stdout += s; }));
    child.stderr.on("data", split((s) => { stderr += s; }));
    const finish = (result: Ran) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    child.on("error", (error: NodeJS.ErrnoException) =>
      finish({ ok: false, notFound: error.code === "ENOENT", stdout, stderr: stderr + error.message }));
    child.on("close", (code) => finish({ ok: code === 0, notFound: false, stdout, stderr }));
  });
}

/** The interpreter's version, implementation, platform and venv support; undefined if it
 * does not run. */
export async function probe(command: string, env: NodeJS.ProcessEnv): Promise<PythonFacts | Ran> {
  const ran = await run(command, ["-c", PROBE], env, 30000);
  if (!ran.ok) return ran;
  try {
    return JSON.parse(ran.stdout.trim().split("\n").pop() ?? "") as PythonFacts;
  } catch {
    return { ...ran, ok: false };
  }
}

/** The last line of an error output, for a message. */
export function lastLine(text: string): string {
  return text.trim().split("\n").slice(-1)[0] ?? "";
}
