/** The profile webview's HTML: inline SVG pictures, no scripts, a strict CSP (pure). */
import { dependencyLine, escapeXml, exerciseTiles, ExerciseStat, Skill, skillBars } from "./charts";

export interface Profile {
  skills?: Skill[];
  exercises?: ExerciseStat[];
  hint_dependency?: number;
  dependency_trend?: number[];
  blind_spots?: { pattern: string; count: number; exercises?: number }[];
}

/** The Content-Security-Policy: nothing remote, no scripts, only the nonce'd stylesheet. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return `default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; ` +
    "script-src 'none'; font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'";
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 16px 24px; }
h1 { font-size: 1.4em; } svg { max-width: 100%; height: auto; } h2 { font-size: 1.1em; margin-top: 1.6em; }
.summary { display: flex; gap: 24px; flex-wrap: wrap; }
.figure { font-size: 1.8em; font-weight: 600; } .caption { opacity: .75; }
svg text { fill: var(--vscode-foreground); font-size: 12px; }
.track { fill: var(--vscode-editorWidget-background, #8883); }
.skill.strong .bar { fill: var(--vscode-charts-green, #3a3); }
.skill.growing .bar { fill: var(--vscode-charts-yellow, #cb3); }
.skill.weak .bar { fill: var(--vscode-charts-orange, #d73); }
.grid { stroke: var(--vscode-editorWidget-border, #8886); stroke-dasharray: 3 3; }
.line { stroke: var(--vscode-charts-blue, #38c); stroke-width: 2.5; }
.dot { fill: var(--vscode-charts-blue, #38c); }
.tile.done { fill: var(--vscode-charts-green, #3a3); }
.tile.open { fill: none; stroke: var(--vscode-charts-foreground, #888); stroke-width: 2; }
.check { fill: #fff; font-size: 18px; font-weight: 700; }
.empty { opacity: .75; font-style: italic; }
`;

export function profilePage(profile: Profile, nonce: string, cspSource: string): string {
  const exercises = profile.exercises ?? [];
  const done = exercises.filter((e) => e.completed).length;
  const dependency = profile.hint_dependency ?? 0;
  const spots = (profile.blind_spots ?? []).slice(0, 5);
  const blind = spots.length === 0 ? "" :
    `<h2>Blind spots</h2><ul>${spots.map((s) =>
      `<li>${escapeXml(s.pattern)} (${s.count}×)</li>`).join("")}</ul>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(nonce, cspSource)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${STYLE}</style><title>Temper profile</title></head>
<body><h1>Your Temper profile</h1>
<div class="summary">
<div><div class="figure" id="completed">${done} / ${exercises.length}</div><div class="caption">exercises completed</div></div>
<div><div class="figure">${Math.round(dependency * 100)} %</div><div class="caption">hint dependency (recent)</div></div>
<div><div class="figure">${(profile.skills ?? []).length}</div><div class="caption">concepts measured</div></div>
</div>
<h2>Skill per concept</h2>${skillBars(profile.skills ?? [])}
<h2>Hint dependency over time</h2>${dependencyLine(profile.dependency_trend ?? [])}
<h2>Exercises completed</h2>${exerciseTiles(exercises)}
${blind}
</body></html>`;
}
