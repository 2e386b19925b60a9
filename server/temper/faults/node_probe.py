"""The JavaScript/TypeScript fault probe: runs INSIDE the sandboxed child (standard library only).

    python node_probe.py CONFIG.json

Each test runs alone (`node --test --test-name-pattern`) with NODE_V8_COVERAGE, which gives the
byte ranges V8 executed; a learner line counts as run when the innermost range around its first
character ran. Lines are scored with Ochiai. Within the budget, small operator and constant edits
of the top lines are tried by re-running the tests (twice for a fix). One JSON report is written
to CONFIG["report"].
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

EDITS = [("<=", "<", "off-by-one"), ("<", "<=", "off-by-one"), (">=", ">", "off-by-one"),
         (">", ">=", "off-by-one"), ("===", "!==", "comparison"), ("!==", "===", "comparison"),
         ("&&", "||", "comparison"), ("||", "&&", "comparison"), (" + ", " - ", "arithmetic"),
         (" - ", " + ", "arithmetic"), (" * ", " / ", "arithmetic"), (" / ", " * ", "arithmetic"),
         ("- 1", "", "off-by-one"), ("+ 1", "", "off-by-one")]
NUMBER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
DECIDES = re.compile(r"(\}\s*else\s+)?(if|while|for|return)\b")
HANDS_ON = re.compile(r"return\s+[A-Za-z_$][\w$]*;?$")
COMPARE = re.compile(r"(<=|>=|===|!==|<|>)")


def run(argv, env, timeout):
    try:
        done = subprocess.run(argv, env=env, cwd=os.getcwd(), capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
        return done.returncode
    except subprocess.TimeoutExpired:
        return None


def covered_lines(folder, learner):
    """{relpath: set of lines} that ran, from the V8 coverage files in `folder`."""
    root = os.getcwd()
    texts = {rel: open(os.path.join(root, rel), encoding="utf-8").read() for rel in learner}
    urls = {"file://" + os.path.join(root, rel): rel for rel in learner}
    found = {rel: set() for rel in learner}
    for name in os.listdir(folder):
        try:
            data = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for script in data.get("result", []):
            rel = urls.get(script.get("url"))
            if rel is None:
                continue
            ranges = [r for f in script.get("functions", []) for r in f.get("ranges", [])]
            text = texts[rel].encode("utf-8")
            offset = 0
            for number, row in enumerate(text.split(b"\n"), 1):
                stripped = row.lstrip()
                start = offset + len(row) - len(stripped)
                offset += len(row) + 1
                if not stripped or stripped.startswith((b"//", b"}", b"*", b"/*")):
                    continue
                around = [r for r in ranges if r["startOffset"] <= start < r["endOffset"]]
                if around:
                    inner = min(around, key=lambda r: r["endOffset"] - r["startOffset"])
                    if inner["count"] > 0:
                        found[rel].add(number)
    return found


def candidates(sources, lines):
    for rel, line in lines:
        rows = sources[rel].split("\n")
        code = rows[line - 1]
        edits = []
        for old, new, kind in EDITS:
            at = code.find(old)
            while at >= 0:
                edits.append((code[:at] + new + code[at + len(old):], kind))
                at = code.find(old, at + 1)
        for match in NUMBER.finditer(code):
            for step in (1, -1):
                bumped = str(int(match.group(1)) + step)
                edits.append((code[:match.start()] + bumped + code[match.end():], "constant"))
        seen = set()
        for new, kind in edits:
            if new == code or new in seen or (kind == "off-by-one" and
                                             COMPARE.search(new) is None and "1" not in code):
                continue
            seen.add(new)
            changed = list(rows)
            changed[line - 1] = new
            yield {"path": rel, "line": line, "kind": kind, "original": code.strip(),
                   "replacement": new.strip(), "source": "\n".join(changed)}


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    started = time.monotonic()
    deadline = started + (config["deadline"] - time.time())
    env = dict(os.environ)
    node, flags, tests = config["node"], config["flags"], config["tests"]
    scratch = tempfile.mkdtemp(prefix="cov-")
    outcomes, lines = {}, {}
    for number, name in enumerate(config["names"]):
        if time.monotonic() > deadline:
            break
        folder = os.path.join(scratch, str(number))
        os.mkdir(folder)
        pattern = "^" + re.escape(name) + "$"
        code = run([node, *flags, "--test", f"--test-name-pattern={pattern}", "--", *tests],
                   {**env, "NODE_V8_COVERAGE": folder}, config["test_limit"])
        outcomes[name] = code == 0
        lines[name] = covered_lines(folder, config["learner"])
    shutil.rmtree(scratch, ignore_errors=True)
    report = {"outcomes": outcomes, "scores": [], "repair": None, "tried": 0, "note": ""}
    failing = [n for n, ok in outcomes.items() if not ok]
    if not failing:
        report["note"] = "no failing test ran in the probe"
        return report
    counts = {}
    for name, ok in outcomes.items():
        for rel, numbers in lines[name].items():
            for line in numbers:
                ef, ep = counts.get((rel, line), (0, 0))
                counts[(rel, line)] = (ef + (not ok), ep + ok)
    sources = {rel: open(os.path.join(os.getcwd(), rel), encoding="utf-8").read().split("\n")
               for rel in config["learner"]}

    def decides(rel, line):  # among ties, a line that decides or computes the answer first
        rows = sources.get(rel, [])
        code = rows[line - 1].strip() if 0 < line <= len(rows) else ""
        return bool(DECIDES.match(code)) and not HANDS_ON.match(code)

    scores = {k: ef / math.sqrt(len(failing) * (ef + ep)) + 0.001 * decides(*k)
              for k, (ef, ep) in counts.items() if ef}
    report["scores"] = [[rel, line, s] for (rel, line), s in scores.items()]
    if not config["repair"]:
        report["note"] = "the repair search is off"
        return report
    _write(config, report)
    ranked = sorted(scores, key=lambda k: (-(scores[k] + config["boost"].get(f"{k[0]}:{k[1]}", 0)),
                                           k[1]))[:config["lines"]]
    root = os.getcwd()
    sources = {rel: open(os.path.join(root, rel), encoding="utf-8").read()
               for rel in config["learner"]}
    whole = [node, *flags, "--test", "--", *tests]
    try:
        for candidate in candidates(sources, ranked):
            if time.monotonic() > deadline:
                report["note"] = "the repair search ran out of its time budget"
                break
            report["tried"] += 1
            with open(os.path.join(root, candidate["path"]), "w", encoding="utf-8") as out:
                out.write(candidate["source"])
            if run(whole, env, config["run_limit"]) == 0 and \
                    run(whole, env, config["run_limit"]) == 0:
                report["repair"] = {k: candidate[k] for k in
                                    ("path", "line", "kind", "original", "replacement")}
                report["repair"]["fixes"] = failing
                break
    finally:
        for rel, text in sources.items():
            with open(os.path.join(root, rel), "w", encoding="utf-8") as out:
                out.write(text)
    return report


def _write(config, report):
    with open(config["report"] + ".part", "w", encoding="utf-8") as out:
        json.dump(report, out)
    os.replace(config["report"] + ".part", config["report"])


if __name__ == "__main__":
    _write(json.load(open(sys.argv[1], encoding="utf-8")), main())
