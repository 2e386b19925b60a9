/** Which Python runs `temper lsp` (pure: no vscode import). */

export type Source = "setting" | "python extension" | "default";

export interface Interpreter {
  command: string;
  source: Source;
}

/**
 * The `temper.pythonPath` setting wins; then the interpreter the Python extension selected;
 * then `python3`. `${workspaceFolder}` and a leading `~` in the setting are expanded.
 */
export function resolveInterpreter(options: {
  setting?: string | null;
  pythonExtension?: string | null;
  workspaceFolder?: string;
  home?: string;
}): Interpreter {
  const setting = (options.setting ?? "").trim();
  if (setting) {
    let command = setting;
    if (options.workspaceFolder !== undefined) {
      command = command.split("${workspaceFolder}").join(options.workspaceFolder);
    }
    if (options.home && (command === "~" || command.startsWith("~/"))) {
      command = options.home + command.slice(1);
    }
    return { command, source: "setting" };
  }
  const fromExtension = (options.pythonExtension ?? "").trim();
  if (fromExtension) return { command: fromExtension, source: "python extension" };
  return { command: "python3", source: "default" };
}

const SOURCE_WORDS: Record<Source, string> = {
  setting: "the setting temper.pythonPath",
  "python extension": "the Python extension's selected interpreter",
  default: "the default python3 (no temper.pythonPath setting, no Python extension interpreter)",
};

/** What went wrong when checking the interpreter, in words a learner can act on. */
export function missingTemperMessage(
  interpreter: Interpreter,
  failure: { notFound: boolean; detail: string },
): string {
  const where = `${interpreter.command} (from ${SOURCE_WORDS[interpreter.source]})`;
  if (failure.notFound) {
    return `Temper could not start: the Python interpreter ${where} was not found. ` +
      "Fix: install Python 3.11 or newer, or set temper.pythonPath to a Python that has Temper.";
  }
  return `Temper could not run ${where}. ` +
    `Fix: select a Python 3.11 or newer (temper.pythonPath or the Python extension), or install ` +
    `Temper into one (\`pipx install temper-coach\`, or \`${interpreter.command} -m pip install ` +
    "temper-coach`) and set temper.pythonPath to it, then restart the Temper server. " +
    `Details: ${failure.detail.trim().split("\n").slice(-1)[0] ?? ""}`;
}
