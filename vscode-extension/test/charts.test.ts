import assert from "node:assert/strict";
import { test } from "node:test";
import { dependencyLine, exerciseTiles, skillBars } from "../src/model/charts";
import { contentSecurityPolicy, profilePage } from "../src/model/profilePage";

test("skill bars are as long as the skill and escape concept names", () => {
  const svg = skillBars([{ concept: "loops", p_known: 0.5, observations: 3 },
                         { concept: "<script>x</script>", p_known: 1.7, observations: 1 }], 520);
  const widths = [...svg.matchAll(/class="bar" x="170" y="4" width="([\d.]+)"/g)].map((m) => Number(m[1]));
  assert.deepEqual(widths, [145, 290]);  // (520 - 170 - 60) * p, clamped to 1
  assert.ok(!svg.includes("<script>"));
  assert.match(svg, /&lt;script&gt;/);
  assert.match(svg, /class="skill growing"/);
  assert.match(svg, /class="skill strong"/);
});

test("the dependency line has one point per exercise, high dependency drawn high", () => {
  const svg = dependencyLine([1, 0], 520, 180);
  const points = /points="([^"]+)"/.exec(svg)![1].split(" ").map((p) => p.split(",").map(Number));
  assert.deepEqual(points, [[36, 10], [508, 156]]);
  assert.equal((svg.match(/<circle/g) ?? []).length, 2);
  assert.match(dependencyLine([0.4]), /points="272,97.6"/);
});

test("one tile per exercise, completed ones filled", () => {
  const svg = exerciseTiles([{ id: "a/b/one", runs: 1, hints: 0, completed: true },
                             { id: "a/b/two", runs: 4, hints: 2, completed: false }]);
  assert.equal((svg.match(/class="tile done"/g) ?? []).length, 1);
  assert.equal((svg.match(/class="tile open"/g) ?? []).length, 1);
  assert.match(svg, /a\/b\/two: in progress, 4 runs, 2 hints/);
});

test("empty data says what to do instead of drawing nothing", () => {
  assert.match(skillBars([]), /No skills measured yet/);
  assert.match(dependencyLine([]), /No hint dependency yet/);
  assert.match(exerciseTiles([]), /No exercises yet/);
});

test("the page has a strict CSP, a nonce'd style, no scripts and nothing remote", () => {
  const html = profilePage({ skills: [{ concept: "loops", p_known: 0.2, observations: 1 }],
    exercises: [{ id: "p/b/f", runs: 2, hints: 1, completed: true }], hint_dependency: 0.25,
    dependency_trend: [0.25] }, "abc123", "vscode-webview://x");
  assert.ok(html.includes(`content="${contentSecurityPolicy("abc123", "vscode-webview://x")}"`));
  assert.match(html, /default-src 'none'/);
  assert.match(html, /script-src 'none'/);
  assert.match(html, /<style nonce="abc123">/);
  assert.ok(!/<script/i.test(html));
  assert.ok(!/https?:\/\//.test(html.replace(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g, "")));
  assert.match(html, /id="completed">1 \/ 1</);
  assert.match(html, /25 %/);
});
