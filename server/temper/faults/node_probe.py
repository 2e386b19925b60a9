"""The JavaScript/TypeScript fault probe: runs INSIDE the sandboxed child (standard library only).

    python node_probe.py CONFIG.json

Each test file runs directly in one node process (node:test runs its tests there) with
node_probe_cover.cjs preloaded, which takes V8's block counts through the inspector around each
test: per-test coverage of the whole run for one Node start per file. A test it did not report
runs alone with NODE_V8_COVERAGE; a test the run saw hang (an endless loop) runs alone with
node_probe_hang.cjs, which takes its counts through the inspector once the loop has run for a
moment, so it counts as a failing test's coverage. A learner line counts as run when the
innermost block range around the start of its statement ran (after a leading `}` or
`} else`); a line that only opens a block (`else {`, `try {`) is no statement. Lines are scored
with Ochiai; among ties a line that decides or gives back goes first and a header (function,
method, class) or a `case` label last. Within the budget, small edits of the top lines (one
edit of each line in turn: operators, constants, a missing `break`, two names or arguments
exchanged, a condition negated) are tried by re-running the test files (twice for a fix).
One JSON report is written to CONFIG["report"].
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
KIND_ORDER = ("off-by-one", "comparison", "constant", "arithmetic", "missing-case", "variable",
              "swapped-branches")
NUMBER = re.compile(r"(?<![\w.])(\d+)(?![\w.])")
DECIDES = re.compile(r"(\}\s*else\s+)?(if|while|for|return|switch)\b")
HANDS_ON = re.compile(r"return\s+[A-Za-z_$][\w$]*;?$")
COMPARE = re.compile(r"(<=|>=|===|!==|<|>)")
LABEL = re.compile(r"(case\b.*|default\s*):$")
# lines that open a block without computing anything (no default value: no `=` on the line)
HEADER = re.compile(
    r"^(?:(?:export\s+)?(?:default\s+)?(?:async\s+)?function\b[^=]*"
    r"|(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\b[^=]*"
    r"|(?:(?:public|private|protected|static|async|get|set)\s+)*"
    r"(?!(?:if|for|while|switch|catch|return|function)\b)[A-Za-z_$][\w$]*\s*\([^=]*\)[^=]*"
    r")\{\s*$")
BLOCK = re.compile(r"^\}?\s*(?:(?:else|try|finally|do)\s*|catch\b[^=]*)\{\s*$")
LEADING = re.compile(r"^\}[\s)\]]*(?:else\b\s*(?=if\b))?")
DECLARES = re.compile(r"^(\s*(?:const|let|var)?\s*)([A-Za-z_$][\w$]*)(\s*=[^=].*)$")
CONDITION = re.compile(r"^(\s*(?:\}\s*else\s+)?(?:if|while)\s*\()(.*)(\)\s*\{?\s*)$")
ARGUMENTS = re.compile(r"\(([A-Za-z_$][\w$.]*(?:\s*,\s*[A-Za-z_$][\w$.]*)+)\)")
STOPS = re.compile(r"(break|return|throw|continue)\b")
HANG_WATCH = "node_probe_hang.cjs"
COVER = "node_probe_cover.cjs"


def run(argv, env, timeout):
    try:
        done = subprocess.run(argv, check=False, env=env, cwd=os.getcwd(), capture_output=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
        return done.returncode
    except subprocess.TimeoutExpired:
        return None


def statement_start(row):
    """The column where the line's statement starts, or None when it has none (blank, comment,
    closing brackets, a header that only opens a block)."""
    stripped = row.strip()
    if not stripped or stripped.startswith(("//", "*", "/*")) or BLOCK.match(stripped):
        return None
    indent = len(row) - len(row.lstrip())
    lead = LEADING.match(stripped)
    skip = lead.end() if lead else 0
    rest = stripped[skip:]
    if not rest or rest[0] in ")];,}" or rest.startswith("//"):
        return None
    return indent + skip


def coverage_files(folder):
    """The scripts V8 wrote coverage for in `folder` (NODE_V8_COVERAGE's files, hung-*.json)."""
    scripts = []
    for name in os.listdir(folder):
        try:
            scripts += json.load(open(os.path.join(folder, name), encoding="utf-8"))["result"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return scripts


def covered_lines(scripts, learner):
    """{relpath: set of lines} that ran, from V8 script coverage entries."""
    root = os.getcwd()
    texts = {rel: open(os.path.join(root, rel), encoding="utf-8").read() for rel in learner}
    urls = {"file://" + os.path.join(root, rel): rel for rel in learner}
    found = {rel: set() for rel in learner}
    for script in scripts:
        rel = urls.get(script.get("url"))
        if rel is None:
            continue
        ranges = [r for f in script.get("functions", []) for r in f.get("ranges", [])]
        offset = 0
        for number, row in enumerate(texts[rel].split("\n"), 1):
            column = statement_start(row)
            start = offset + len(row[:column].encode("utf-8")) if column is not None else None
            offset += len(row.encode("utf-8")) + 1
            if start is None:
                continue
            around = [r for r in ranges if r["startOffset"] <= start < r["endOffset"]]
            if around:
                inner = min(around, key=lambda r: r["endOffset"] - r["startOffset"])
                if inner["count"] > 0:
                    found[rel].add(number)
    return found


def line_edits(rows, line):
    """(new rows, kind) for one suspicious line, likelier kinds first."""
    code = rows[line - 1]
    edits = []

    def put(new, kind, other=None):
        changed = list(rows)
        changed[line - 1] = new
        if other is not None:
            changed[other[0] - 1] = other[1]
        edits.append((changed, kind))

    for old, new, kind in EDITS:
        at = code.find(old)
        while at >= 0:
            changed = code[:at] + new + code[at + len(old):]
            if kind != "off-by-one" or COMPARE.search(changed) or "1" in code:
                put(changed, kind)
            at = code.find(old, at + 1)
    for match in NUMBER.finditer(code):
        for step in (1, -1):
            put(code[:match.start()] + str(int(match.group(1)) + step) + code[match.end():],
                "constant")
    stripped = code.strip()
    # a case that runs on into the next one (a missing `break`)
    after = next((r.strip() for r in rows[line:] if r.strip()), "")
    if stripped.endswith(";") and not STOPS.match(stripped) and \
            after.startswith(("case ", "default")) and \
            any(re.search(r"\bswitch\s*\(", r) for r in rows[:line]):
        put(code + " break;", "missing-case")
    # two names exchanged: neighbouring declarations, or two arguments of one call
    declared = DECLARES.match(code)
    for other in (line + 1, line - 1):
        if declared and 0 < other <= len(rows):
            theirs = DECLARES.match(rows[other - 1])
            if theirs and theirs.group(1) == declared.group(1) and \
                    theirs.group(2) != declared.group(2):
                put(declared.group(1) + theirs.group(2) + declared.group(3), "variable",
                    (other, theirs.group(1) + declared.group(2) + theirs.group(3)))
    for match in ARGUMENTS.finditer(code):
        names = [n.strip() for n in match.group(1).split(",")]
        for i in range(len(names) - 1):
            if names[i] != names[i + 1]:
                swapped = names[:i] + [names[i + 1], names[i]] + names[i + 2:]
                put(code[:match.start(1)] + ", ".join(swapped) + code[match.end(1):], "variable")
    negated = CONDITION.match(code)
    if negated:
        put(negated.group(1) + "!(" + negated.group(2) + ")" + negated.group(3),
            "swapped-branches")
    return sorted(edits, key=lambda e: KIND_ORDER.index(e[1]))


def candidates(sources, lines):
    """One edit of each suspicious line in turn, so a line with many unlikely edits cannot use
    up the budget before the next line's likely ones."""
    per_line = []
    for rel, line in lines:
        rows = sources[rel].split("\n")
        per_line.append([(rel, line, rows, changed, kind)
                         for changed, kind in line_edits(rows, line)])
    seen = set()
    for row in range(max(map(len, per_line), default=0)):
        for edits in per_line:
            if row >= len(edits):
                continue
            rel, line, rows, changed, kind = edits[row]
            source = "\n".join(changed)
            if changed == rows or (rel, source) in seen:
                continue
            seen.add((rel, source))
            yield {"path": rel, "line": line, "kind": kind, "original": rows[line - 1].strip(),
                   "replacement": changed[line - 1].strip(), "source": source}


def runs(config, files, extra=(), pattern=None):
    """One node process per test file, the file run directly (node:test then runs its tests in
    that process: one Node start where `node --test` makes two) with the runner's flags."""
    here = os.path.dirname(os.path.abspath(__file__))
    named = [f"--test-name-pattern={pattern}"] if pattern is not None else []
    return [[config["node"], *config["flags"], "--require", os.path.join(here, HANG_WATCH),
             *extra, *named, rel] for rel in files]


def run_all(argvs, env, timeout):
    """0 when every file passes; stops at the first that does not."""
    for argv in argvs:
        code = run(argv, env, timeout)
        if code != 0:
            return code
    return 0


def together(config, env, known, scratch, deadline):
    """Every test of the run in one process per test file (node_probe_cover.cjs takes the
    counts around each test): ({name: passed}, {name: V8 scripts}) for the tests it reported."""
    here = os.path.dirname(os.path.abspath(__file__))
    record = os.path.join(scratch, "together.ndjson")
    pattern = "^(?:" + "|".join(re.escape(n) for n in known) + ")$"
    argvs = runs(config, config["tests"], ["--require", os.path.join(here, COVER)], pattern)
    extra = {"TEMPER_PROBE_COVER": record,
             "TEMPER_PROBE_HANG_MS": str(int(config["test_limit"] * 1000))}
    for argv in argvs:  # what it wrote before a time limit stopped it still counts
        run(argv, {**env, **extra}, min(config["run_limit"],
                                         max(1.0, deadline - time.monotonic())))
    outcomes, scripts = {}, {}
    try:
        rows = open(record, encoding="utf-8").read().splitlines()
    except OSError:
        rows = []
    load = []
    for row in rows:
        try:
            data = json.loads(row)
        except ValueError:
            continue
        if "load" in data:
            load = data["load"] or []
        elif data.get("name") in known and isinstance(data.get("passed"), bool):
            name = data["name"]
            outcomes[name] = outcomes.get(name, True) and data["passed"]
            scripts[name] = scripts.get(name, []) + load + (data.get("result") or [])
    return outcomes, scripts


def coverage(config, env, deadline):
    """({name: passed}, {name: {rel: lines}}): the run's tests together in one process per file;
    any it did not report, each alone. Titles in the test files the run did not report (it saw
    them hang) run alone too, and count only if they hang here too."""
    tests = config["tests"]
    known = list(config["names"])
    texts = {}
    for rel in tests:
        try:
            texts[rel] = open(os.path.join(os.getcwd(), rel), encoding="utf-8").read()
        except OSError:
            texts[rel] = ""
    titles = [m.group("name") for text in texts.values() for m in TITLE.finditer(text)]
    unseen = [t for t in dict.fromkeys(titles) if t not in known]
    scratch = tempfile.mkdtemp(prefix="cov-")
    outcomes, lines = {}, {}
    try:
        if known:
            found, scripts = together(config, env, known, scratch, deadline)
            for name, ok in found.items():
                outcomes[name] = ok
                lines[name] = covered_lines(scripts[name], config["learner"])
        alone = [n for n in known if n not in outcomes] + unseen
        for number, name in enumerate(alone):
            if time.monotonic() > deadline:
                break
            folder = os.path.join(scratch, str(number))
            os.mkdir(folder)
            hung = name in unseen
            files = [rel for rel, text in texts.items() if name in text] or tests
            extra = {"NODE_V8_COVERAGE": folder,
                     "TEMPER_PROBE_HANG_MS": str(config["hang_ms"] if hung else
                                                 int(config["test_limit"] * 1000))}
            code = run_all(runs(config, files, pattern="^" + re.escape(name) + "$"),
                           {**env, **extra}, config["test_limit"] + 1)
            if hung and not any(f.startswith("hung-") for f in os.listdir(folder)):
                continue  # it ended here: not the test the run saw hang
            outcomes[name] = code == 0 and not hung
            lines[name] = covered_lines(coverage_files(folder), config["learner"])
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return outcomes, lines, len(alone)


TITLE = re.compile(r"^\s*(?:test|it)\s*\(\s*(?P<q>[\"'`])(?P<name>.*?)(?P=q)", re.MULTILINE)


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    started = time.monotonic()
    deadline = started + (config["deadline"] - time.time())
    env = dict(os.environ)
    outcomes, lines, alone = coverage(config, env, deadline)
    report = {"outcomes": outcomes, "scores": [], "repair": None, "tried": 0, "note": "",
              "alone": alone}
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
    root = os.getcwd()
    sources = {rel: open(os.path.join(root, rel), encoding="utf-8").read()
               for rel in config["learner"]}
    rows = {rel: text.split("\n") for rel, text in sources.items()}

    def tie(rel, line):  # among ties, a line that decides or computes the answer first
        code = rows[rel][line - 1].strip() if 0 < line <= len(rows.get(rel, [])) else ""
        if LABEL.match(code) or HEADER.match(code):
            return -0.001
        return 0.001 * (bool(DECIDES.match(code)) and not HANDS_ON.match(code))

    scores = {k: ef / math.sqrt(len(failing) * (ef + ep)) + tie(*k)
              for k, (ef, ep) in counts.items() if ef}
    report["scores"] = [[rel, line, s] for (rel, line), s in scores.items()]
    hung = [n for n in failing if n not in config["names"]]
    notes = [(f"{len(hung)} test(s) that never end counted by the coverage they had after "
              f"{config['hang_ms']} ms")] if hung else []
    report["note"] = "; ".join(notes)
    if not config["repair"]:
        report["note"] = "; ".join(notes + ["the repair search is off"])
        return report
    _write(config, report)
    ranked = sorted(scores, key=lambda k: (-(scores[k] + config["boost"].get(f"{k[0]}:{k[1]}", 0)),
                                           k[1]))[:config["lines"]]
    whole = runs(config, config["tests"])
    quick = {**env, "TEMPER_PROBE_HANG_MS": str(config["hang_ms"] * 2)}
    try:
        for candidate in candidates(sources, ranked):
            left = deadline - time.monotonic()
            if left <= 0.2:
                report["note"] = "; ".join(notes + ["the repair search ran out of its time budget"])
                break
            report["tried"] += 1
            with open(os.path.join(root, candidate["path"]), "w", encoding="utf-8") as out:
                out.write(candidate["source"])
            # a candidate that loops for ever is stopped at the budget's end, or after 1 s
            quick["TEMPER_PROBE_HANG_MS"] = str(int(min(config["hang_ms"] * 2, left * 1000)))
            if run_all(whole, quick, min(config["run_limit"], left + 0.3)) == 0 and \
                    run_all(whole, quick, config["run_limit"]) == 0:
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
