// Drives code-server (with the Temper extension installed) in headless Chromium.
// The hints come from the `cli` provider: FAKE_LLM (see test_vscode_e2e.py) answers the first
// request at once, streams the second slowly (so that it can be cancelled), and answers the
// rest at once, noting whether ANTHROPIC_API_KEY reached it. API_KEY: the key to store.
// SCENARIO: learning-loop (default), missing-python (temper.pythonPath points nowhere),
// start-exercise (from an empty folder; PARENT: where the exercise's folder goes), first-hint
// (a fresh install: the failing test, then the offered hint) or private-environment (the bundled
// libraries do not load: accept the offer, then first-hint) or version-mismatch (the server says
// another minor version).
// USER_SETTINGS: the user settings file (its settings are edited in VS Code's JSON editor).
// Environment: CS_URL (workbench URL with ?folder=…), ARTIFACTS (folder for screenshots),
// CHROMIUM (the browser binary). Exit code 0 when every step passed; the failing step is printed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const artifacts = process.env.ARTIFACTS;
const step = (name) => console.log(`STEP ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
const started = Date.now();
const browserData = fs.mkdtempSync(path.join(os.tmpdir(), "temper-pw-"));
const context = await chromium.launchPersistentContext(browserData, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(45000);
const shot = (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
let current = "start";
let rc = 1;

// Runs a palette command; tries again while the workbench is still loading extensions' commands.
async function palette(title) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("F1");
    await page.locator(".quick-input-widget input").fill(`>${title}`);
    const row = page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first();
    try {
      await row.waitFor({ timeout: 8000 });
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      await page.keyboard.press("Escape");
    }
  }
  await page.keyboard.press("Enter");
}

// Opens the quick fix menu on the function's first line. The click gives the editor focus (a
// closed quick pick may leave it elsewhere on a loaded machine); a menu that did not open is
// asked for again.
async function quickFix(editor) {
  for (let attempt = 1; ; attempt++) {
    await editor.locator(".view-line", { hasText: "def fizzbuzz(n):" }).click();
    await page.keyboard.press("Control+.");
    try {
      await page.locator(".action-widget .monaco-list-row").first().waitFor({ timeout: 10000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press("Escape");
    }
  }
}

async function missingPython() {
  current = "a missing interpreter is reported with the fix";
  const error = page.locator(".notification-toast",
    { hasText: "/nonexistent/python3 (from the setting temper.pythonPath) was not found" }).first();
  await error.locator(".monaco-button", { hasText: "Set temper.pythonPath" }).waitFor();
  await shot("missing-python");
  step(current);
}

// temper.pythonPath has a Temper that declares another minor version in its serverInfo.
async function versionMismatch() {
  current = "a server of another minor version gets a warning that names both and the fix";
  const warning = page.locator(".notification-toast", { hasText: "is newer than this extension 0.1.0" }).first();
  await warning.locator(".monaco-button", { hasText: "Set temper.pythonPath" }).waitFor();
  const text = await warning.innerText();
  if (!/The Temper server 0\.9\.0/.test(text)) throw new Error(`the warning does not name the server's version: ${text}`);
  await shot("version-mismatch");
  step(current);
}

async function startExercise() {
  current = "Start Exercise lists the catalog with language and difficulty";
  await palette("Temper: Start Exercise…");
  const rows = page.locator(".quick-input-list .monaco-list-row");
  await rows.filter({ hasText: / · (beginner|intermediate|advanced)/ }).first().waitFor();
  await page.locator(".quick-input-widget input").fill("python/basics/fizzbuzz");
  await rows.filter({ hasText: "FizzBuzz" }).filter({ hasText: "python · beginner" }).first().waitFor();
  await page.keyboard.press("Enter");
  step(current);

  current = "the folder picker takes a parent folder";
  const input = page.locator(".quick-input-widget input");
  await page.locator(".quick-input-widget", { hasText: "Where should fizzbuzz go?" }).waitFor();
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "exercises" }).first().waitFor();
  await input.fill(process.env.PARENT + "/");
  await page.waitForTimeout(500);  // the dialog follows the typed path
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "exercises" }).waitFor({ state: "detached" });
  await page.locator(".quick-input-widget .monaco-button", { hasText: "Put the exercise here" }).click();
  step(current);

  current = "the exercise opens in its new folder";
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "test_fizzbuzz.py" }).first().waitFor();
  await page.locator(".statusbar-item", { hasText: "fizzbuzz" }).first().waitFor();
  await shot("started");
  step(current);
}

// Opens fizzbuzz.py from the explorer's folder; returns its editor.
async function openFizzbuzz() {
  current = "open fizzbuzz.py";
  await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "fizzbuzz.py" }).first().waitFor();
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").fill("fizzbuzz.py");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "fizzbuzz.py" }).first().waitFor();
  await page.keyboard.press("Enter");
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-line", { hasText: "def fizzbuzz(n):" }).waitFor();
  step(current);
  return editor;
}

// Edits and saves the starter until the failing-test squiggle shows.
async function saveUntilFailing(editor) {
  current = "a save shows the failing-test diagnostic";
  await editor.locator(".view-line", { hasText: "return n" }).last().click();
  await page.keyboard.press("End");
  await page.keyboard.type("  # my first try");
  // A loaded machine can push a run past the exercise's 10 s limit: then save again, as a
  // learner would after "the tests did not finish".
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press("Control+S");
    const squiggle = editor.locator(".squiggly-warning").first();
    const tooSlow = page.locator(".notifications-toasts", { hasText: "did not finish within" }).first();
    await squiggle.or(tooSlow).waitFor({ timeout: 60000 });
    if (await squiggle.isVisible()) break;
    if (attempt === 3) throw new Error("three runs in a row did not finish in time");
    step(`run ${attempt} timed out on this loaded machine; saving again`);
    await page.keyboard.press("Escape");
    await page.locator(".notifications-toasts .codicon-notifications-clear").first().click().catch(() => undefined);
    await page.keyboard.type(" ");
  }
  console.log(`DIAGNOSTIC_AT ${Date.now()}`);
  step(current);
}

// A fresh install, no step but the learner's: the failing test's squiggle, then the offered hint.
async function firstHint() {
  const editor = await openFizzbuzz();
  current = "the status bar says Temper is ready";  // a save before the server is up runs nothing
  page.setDefaultTimeout(120000);  // the first start links the bundled libraries
  await page.locator(".statusbar-item", { hasText: "fizzbuzz" }).filter({ hasText: /L\d/ }).first().waitFor();
  page.setDefaultTimeout(45000);
  step(current);
  await saveUntilFailing(editor);
  current = "the quick fix menu offers the hint offered now";
  await quickFix(editor);
  const offered = page.locator(".action-widget .monaco-list-row", { hasText: /Temper L\d/ })
    .filter({ hasText: "offered now" });
  const level = /Temper L(\d)/.exec(await offered.innerText())[1];
  step(current);
  current = "choosing it shows the hint";
  await offered.click();
  await page.locator(".notifications-toasts", { hasText: `Temper L${level}:` }).first().waitFor();
  await editor.locator(".squiggly-info").first().waitFor();
  await shot("first-hint");
  step(current);
}

// The bundled libraries do not load: the offer, the progress, then the same first hint.
async function privateEnvironment() {
  current = "the extension offers a private environment and says why";
  const offer = page.locator(".notification-toast", { hasText: "cannot use its bundled libraries" }).first();
  const create = offer.locator(".monaco-button", { hasText: "Create Private Environment" });
  await create.waitFor({ timeout: 90000 });
  await shot("offer");
  await create.click();
  step(current);
  current = "its progress shows";
  await page.locator(".notification-toast", { hasText: "Temper: private environment" }).first().waitFor();
  await shot("progress");
  step(current);
  current = "the server starts from the private environment";
  page.setDefaultTimeout(300000);  // pip installs Temper's dependencies now
  await page.locator(".statusbar-item", { hasText: "fizzbuzz" }).filter({ hasText: /L\d/ }).first().waitFor();
  page.setDefaultTimeout(45000);
  step(current);
  await firstHint();
}

async function learningLoop() {
  const editor = await openFizzbuzz();

  current = "status bar shows the exercise before any run";
  const status = page.locator(".statusbar-item", { hasText: "fizzbuzz" }).first();
  await status.locator(".codicon-circle-outline").waitFor();
  await status.filter({ hasText: /L\d/ }).waitFor();
  step(current);

  await saveUntilFailing(editor);

  current = "the status bar shows failing tests";
  await status.locator(".codicon-error").waitFor();
  const afterRun = (await status.innerText()).trim();
  step(`${current}: ${afterRun}`);

  current = "the quick fix menu offers the open rungs of the ladder";
  await quickFix(editor);
  const rows = page.locator(".action-widget .monaco-list-row", { hasText: /Temper L\d/ });
  await rows.first().waitFor();
  const open = await rows.allInnerTexts();
  const offered = rows.filter({ hasText: "offered now" });
  if ((await offered.count()) !== 1) throw new Error(`not one offered rung: ${JSON.stringify(open)}`);
  const level = /Temper L(\d)/.exec(await offered.innerText())[1];
  await shot("quickfix");
  await page.keyboard.press("Escape");
  step(`${current}: ${JSON.stringify(open)}`);

  current = "the ladder command lists all six rungs, closed ones with the server's reason";
  await palette("Temper: Show the Hint Ladder");
  const rungs = page.locator(".quick-input-list .monaco-list-row", { hasText: /Temper L\d/ });
  await rungs.nth(5).waitFor();
  const ladder = await rungs.allInnerTexts();
  for (let n = 0; n <= 5; n++) {
    if (!ladder.some((t) => t.includes(`Temper L${n}`))) throw new Error(`the ladder lacks L${n}: ${ladder}`);
  }
  if (!ladder.some((t) => /closed/.test(t) && /One rung at a time|opens after|allows at most/.test(t))) {
    throw new Error(`no closed rung gives its reason: ${JSON.stringify(ladder)}`);
  }
  await shot("ladder");
  await page.keyboard.press("Escape");
  step(current);

  current = "the quick fix menu opens again";
  await quickFix(editor);
  await offered.waitFor();
  step(current);

  current = "choosing the offered rung shows the hint in a notification";
  await offered.click();
  await page.locator(".notifications-toasts", { hasText: `Temper L${level}:` }).first().waitFor();
  step(current);

  current = "the hint's squiggle marks its range";
  await editor.locator(".squiggly-info").first().waitFor();
  step(current);

  current = "the hover explains the hint";
  await page.mouse.move(5, 5);
  const box = await editor.locator(".squiggly-info").first().boundingBox();  // the hint's range
  await page.mouse.move(box.x + Math.min(box.width / 2, 30), box.y + box.height / 2);
  const hover = page.locator(".monaco-hover", { hasText: `Why L${level}` }).first();
  await hover.waitFor();
  await shot("hover");
  step(current);

  current = "the status bar counts the hint";
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");
  await page.locator(".statusbar-item[aria-label*='1 hint so far']", { hasText: "fizzbuzz" }).waitFor();
  step(`${current}: ${(await status.getAttribute("aria-label"))}`);

  current = "a changed setting reaches the server without a reload";
  const settings = JSON.parse(fs.readFileSync(process.env.USER_SETTINGS, "utf8"));
  await palette("Preferences: Open User Settings (JSON)");
  const json = page.locator(".editor-instance .monaco-editor", { hasText: "temper.runTimeout" }).last();
  await json.locator(".view-line").first().click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(JSON.stringify({ ...settings, "temper.track": "advanced" }));
  await page.keyboard.press("Control+W");  // the settings editor is a floating window here
  await page.locator(".monaco-dialog-box .monaco-button", { hasText: /^Save$/ }).click();
  await page.locator(".tabs-container .tab", { hasText: "fizzbuzz.py" }).first().click();
  await page.locator(".statusbar-item[aria-label*='Track: advanced']", { hasText: "fizzbuzz" }).waitFor();
  step(current);

  current = "the hint history lists the hint";
  await palette("Temper: Open Hint History");
  const history = page.locator(".editor-instance .monaco-editor", { hasText: "Temper hint history" }).last();
  await history.locator(".view-line", { hasText: `1. L${level}` }).first().waitFor();
  step(current);

  current = "the profile view renders its pictures";
  await palette("Temper: Show Profile");
  const view = page.frameLocator("iframe.webview.ready").frameLocator("#active-frame");
  await view.locator("h1", { hasText: "Your Temper profile" }).waitFor();
  await view.locator("svg rect.tile").first().waitFor();
  const headings = await view.locator("h2").allInnerTexts();
  for (const h of ["Skill per concept", "Hint dependency over time", "Exercises completed"]) {
    if (!headings.includes(h)) throw new Error(`the profile lacks "${h}": ${headings}`);
  }
  if ((await view.locator("script").count()) !== 0) throw new Error("the profile page has a script");
  await shot("profile");
  step(current);
  current = "a streamed hint grows in a notification and can be cancelled";
  await page.locator(".tabs-container .tab", { hasText: "fizzbuzz.py" }).first().click();
  await palette("Temper: Hint (at the level offered now)");
  const toast = page.locator(".notification-toast", { hasText: "Temper hint" }).first();
  await toast.filter({ hasText: "the order of the checks" }).waitFor();  // the second chunk
  await shot("streaming");
  await toast.locator(".monaco-button", { hasText: "Cancel" }).click();
  await toast.waitFor({ state: "hidden", timeout: 15000 });
  step(current);

  current = "an API key set in the palette reaches the server's environment after a restart";
  await palette("Temper: Set API Key…");
  await page.locator(".quick-input-list .monaco-list-row", { hasText: "Anthropic" }).first().waitFor();
  await page.locator(".quick-input-widget input").fill("Anthropic");
  await page.keyboard.press("Enter");
  await page.locator(".quick-input-widget input[type='password']").waitFor();
  await page.keyboard.type(process.env.API_KEY);
  await page.keyboard.press("Enter");
  await page.locator(".notifications-toasts", { hasText: "API key stored" }).first().waitFor();
  await status.locator(".codicon-error").waitFor();  // the restarted server answers again
  await page.locator(".tabs-container .tab", { hasText: "fizzbuzz.py" }).first().click();
  await palette("Temper: Hint (at the level offered now)");
  await page.locator(".notifications-toasts", { hasText: /Temper L\d: Look at which/ }).first().waitFor();
  step(current);
}

try {
  current = "workbench";
  await page.goto(process.env.CS_URL);
  await page.locator(".monaco-workbench").waitFor();
  step(current);
  const scenarios = { "missing-python": missingPython, "start-exercise": startExercise,
                      "first-hint": firstHint, "private-environment": privateEnvironment,
                      "version-mismatch": versionMismatch };
  await (scenarios[process.env.SCENARIO] ?? learningLoop)();
  rc = 0;
} catch (error) {
  console.log(`FAIL at "${current}": ${String(error.message).split("\n")[0]}`);
  await shot("failure").catch(() => undefined);
} finally {
  await context.close();
  fs.rmSync(browserData, { recursive: true, force: true });
}
process.exit(rc);
