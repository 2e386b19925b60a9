/** The hint ladder as quick-pick items, from the server's code actions (pure). */

export interface LadderAction {
  title: string;
  isPreferred?: boolean;
  disabled?: { reason: string };
  command?: { command: string; arguments?: unknown[] };
}

export interface LadderItem {
  label: string;
  description: string;
  detail?: string;
  /** Why the rung is closed; undefined when it is open. */
  reason?: string;
  command?: { command: string; arguments?: unknown[] };
}

/** One item per rung, lowest first: open rungs run their hint, closed ones say why. */
export function ladderItems(actions: readonly LadderAction[]): LadderItem[] {
  return actions
    .filter((a) => /^Temper L\d/.test(a.title))
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((a) => {
      const label = a.title.replace(/ \(offered now\)$/, "");
      if (a.disabled) {
        return { label: `$(lock) ${label}`, description: "closed", detail: a.disabled.reason,
                 reason: a.disabled.reason };
      }
      return { label: `${a.isPreferred ? "$(star-full)" : "$(unlock)"} ${label}`,
               description: a.isPreferred ? "offered now" : "open", command: a.command };
    });
}
