/** The server's settings, read from the `temper.*` configuration (pure: no vscode import). */

/** Settings only the extension reads; they never reach the server. */
export const EXTENSION_ONLY = new Set(["pythonPath", "trace.server"]);

/** Reads one key of the `temper` section (like WorkspaceConfiguration.get). */
export type Reader = (key: string) => unknown;

/**
 * The settings object sent as initializationOptions and as the answer to
 * `workspace/configuration` for section `temper`: every contributed `temper.*` key except the
 * extension's own, leaving out unset values (null, undefined, empty strings) so the server's
 * other sources (config file, TEMPER_* variables) still apply.
 */
export function serverSettings(keys: readonly string[], read: Reader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (EXTENSION_ONLY.has(key) || key.startsWith("trace.")) continue;
    const value = read(key);
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    setPath(out, key, value);
  }
  return out;
}

/** `models.L3` becomes `{models: {L3: …}}`: dotted keys are nested objects on the wire. */
function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    if (typeof next !== "object" || next === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]] = value;
}

/** The `temper.` keys a package.json contributes, without the prefix. */
export function contributedKeys(properties: Record<string, unknown>): string[] {
  return Object.keys(properties)
    .filter((k) => k.startsWith("temper."))
    .map((k) => k.slice("temper.".length));
}
