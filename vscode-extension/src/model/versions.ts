/** Do the extension and the server it started agree? (pure) */

function parts(version: string): number[] | undefined {
  const found = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version.trim());
  return found ? [Number(found[1]), Number(found[2]), Number(found[3] ?? 0)] : undefined;
}

/**
 * Undefined when the versions work together (same major and minor version: the protocol's
 * commands and settings change only with the minor version), else a message that names both
 * and the fix. `where` says how the server was found.
 */
export function versionProblem(extension: string, server: string | undefined,
                               where: string): string | undefined {
  if (!server) {
    return `The Temper server (${where}) did not say its version; this extension is ` +
      `${extension}. Commands may fail: use a Temper server ${minorOf(extension)}.x.`;
  }
  const [e, s] = [parts(extension), parts(server)];
  if (!e || !s) return `Temper's versions cannot be compared: extension ${extension}, server ${server}.`;
  if (e[0] === s[0] && e[1] === s[1]) return undefined;
  const older = s[0] < e[0] || (s[0] === e[0] && s[1] < e[1]) ? "older" : "newer";
  return `The Temper server ${server} (${where}) is ${older} than this extension ${extension}: ` +
    `they work together only within the same minor version (${minorOf(extension)}.x). ` +
    (older === "older"
      ? "Upgrade Temper in that interpreter (pipx upgrade temper-coach, or pip install -U " +
        "temper-coach), or clear temper.pythonPath to use the server bundled with the extension."
      : "Update the extension, or point temper.pythonPath at a matching Temper.");
}

function minorOf(version: string): string {
  const p = parts(version);
  return p ? `${p[0]}.${p[1]}` : version;
}
