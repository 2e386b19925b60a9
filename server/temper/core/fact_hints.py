"""Hints built from the facts of the learner's own failing run, one rung at a time.

Every text starts from something true of this run: the call under test and its input, the value
it gave and the value the test expects, the exception, the line. L0 asks a question about that
fact, L1 names the kind of problem the facts point to, L2 the place and the concept. Where fault
localization has found the line (`core.localization`), the question and the place are about that
line; its repair is never used here, so no hint below L3 carries the fix.

A hint with no fact to start from is a fallback and says so.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from temper.core.levels import Level
from temper.core.localization import Localization, SuspectLine
from temper.core.results import Facts, Location, RunResult, Status, TestResult
from temper.core.value_kinds import kinds_differ, value_kind

GENERIC_PREFIX = "No fact from your run to start from yet, so a general hint: "
KIND = {
    "off-by-one": "a boundary: a loop or a range that stops one step too early or too late, "
                  "or a count that starts at the wrong place",
    "comparison": "a comparison that is not quite the one the task needs (think of < against "
                  "<=, or == against !=)",
    "arithmetic": "an arithmetic step that is not the one the task needs",
    "constant": "a number in the code that is not the one the task needs",
    "swapped-branches": "two branches that do each other's job",
    "return": "what the function gives back, or the moment it gives it back",
    "variable": "one name used where another was meant",
    "missing-case": "a case the tests check that the code does not handle yet",
}
EXCEPTION_KIND = {
    "ZeroDivisionError": "a division whose divisor can be 0",
    "IndexError": "an index past the end of a sequence",
    "KeyError": "a lookup of a key the dictionary does not hold (yet)",
    "TypeError": "a value of another type than the operation expects",
    "AttributeError": "a value that is not the type the code thinks it is",
    "NameError": "a name used before it is defined",
    "ValueError": "a value of the right type but the wrong content",
    "RecursionError": "a function that keeps calling itself without reaching its base case",
    "UnboundLocalError": "a variable read before any assignment on that path",
}


@dataclass(frozen=True)
class Failure:
    """One failing test and what the run says about it."""
    test: TestResult
    facts: Facts
    place: Location | None  # the learner's line the facts point to

    @property
    def hung(self) -> bool:
        return self.test.hung

    @property
    def crashed(self) -> bool:
        return bool(self.facts.exception) and not self.hung

    @property
    def wrong_value(self) -> bool:
        return self.facts.actual is not None and self.facts.expected is not None

    def lead(self) -> str:
        """One sentence of fact: what this test showed."""
        call = f"`{self.facts.call}`" if self.facts.call else f"The test `{self.test.name}`"
        at = f" on line {self.place.line}" if self.place else ""
        if self.hung:
            return f"{call} never finishes: the test `{self.test.name}` was stopped{at}."
        if self.crashed:
            return f"{call} stops with {_exception(self.facts)}{at}."
        if self.wrong_value:
            gives = "returns" if self.facts.call else "gives"
            return (f"{call} {gives} {self.facts.actual} where the test `{self.test.name}` "
                    f"expects {self.facts.expected}.")
        if self.test.message:
            return f"The test `{self.test.name}` fails: {_short(self.test.message)}."
        return ""


def failures(run: RunResult | None, localization: Localization | None = None
             ) -> list[Failure]:
    """The run's failing tests that have facts, the one localization traced first."""
    if run is None or run.status is Status.PASS or run.error_location is not None:
        return []
    found = []
    for test in run.tests:
        if test.status is Status.PASS:
            continue
        facts = test.facts or Facts()
        if not (facts.call or facts.actual or facts.exception or test.hung or test.message):
            continue
        found.append(Failure(test, facts, test.learner_location))
    if localization and localization.test:
        found.sort(key=lambda f: f.test.name != localization.test)
    return found


def lead(run: RunResult | None, localization: Localization | None = None,
         about: Callable[[str], bool] | None = None) -> str:
    """The fact a hint opens with, or "" when the run gave none; `about(test name)` picks the
    failing tests the hint is about (an authored hint's tests), else the first one."""
    found = failures(run, localization)
    chosen = [f for f in found if about(f.test.name)] if about else []
    return (chosen or found)[0].lead() if found else ""


def fact_hints(level: Level, run: RunResult | None, concepts: Sequence[str] = (),
               localization: Localization | None = None,
               sources: Mapping[str, str] | None = None, quote: bool = True) -> list[str]:
    """Hints at `level` (L0–L2) built from the run's facts, best first: one per failing test
    with facts (up to three), then other wordings. Empty when the run gave no fact. `quote`
    allows quoting the learner's own line at L2."""
    texts: list[str] = []
    top = localization.top if localization else None
    for failure in failures(run, localization)[:3]:
        suspect = top if top and (failure.test.name == (localization.test or failure.test.name)) \
            else None
        if level == Level.L0:
            texts += [f"{failure.lead()} {q}" for q in _questions(failure, suspect, localization,
                                                                  sources or {})]
        elif level == Level.L1:
            texts.append(f"{failure.lead()} {_kind(failure, localization)}")
        else:
            texts.append(_place(failure, suspect, concepts, sources or {}, quote))
    return list(dict.fromkeys(t.strip() for t in texts if t.strip()))


TOKEN = re.compile(r"\w+|\S")
HOLE = "____"


def repair_outline(localization: Localization | None, run: RunResult | None) -> str | None:
    """L3: the line at fault as the learner wrote it, with the part a found repair changes left
    as a hole, and a question about what goes there. None without a repair."""
    repair = localization.repair if localization else None
    if repair is None or not repair.original.strip():
        return None
    before, after = TOKEN.findall(repair.original), TOKEN.findall(repair.replacement)
    opcodes = [op for op in difflib.SequenceMatcher(None, before, after, autojunk=False)
               .get_opcodes() if op[0] != "equal"]
    if not opcodes:
        return None
    first, last = opcodes[0][1], opcodes[-1][2]
    spans = [(m.start(), m.end()) for m in TOKEN.finditer(repair.original)]
    start = spans[first][0] if first < len(spans) else len(repair.original)
    end = spans[last - 1][1] if last > first else start
    outline = repair.original[:start] + HOLE + repair.original[end:]
    found = failures(run, localization)
    goal = ""
    if found and found[0].facts.call and found[0].facts.expected:
        goal = f" so that `{found[0].facts.call}` gives {found[0].facts.expected}"
    return (f"Line {repair.line} of {repair.path}, with the part to change left as a hole:\n\n"
            f"    {outline}\n\nWhat goes in the hole{goal}?")


def _questions(failure: Failure, suspect: SuspectLine | None,
               localization: Localization | None, sources: Mapping[str, str]) -> list[str]:
    facts = failure.facts
    given = _input(facts)
    line = suspect.line if suspect else (failure.place.line if failure.place else None)
    code = suspect.code if suspect else _line_text(sources, failure.place)
    questions = []
    shape = _shape(code)
    if failure.hung:
        questions.append(f"What changes on each pass through the loop{_on(line)} that will "
                         "make it stop, and does it change for this input?")
    elif failure.crashed:
        questions.append(f"What is the value of each name on line {line} when it runs"
                         f"{given}?" if line else f"Which value is involved when it fails{given}, "
                         "and what did you expect it to be?")
    if not failure.hung and shape == "loop":
        questions.append(f"How many times does the loop on line {line} run{given}, and how many "
                         "times should it?")
    elif not failure.hung and shape == "condition":
        questions.append(f"Is the condition on line {line} true or false{given}, and which should "
                         "it be?")
    if localization and localization.values and suspect:
        seen = ", ".join(localization.values[:4])
        questions.append(f"On line {suspect.line} Temper saw {seen}{given}: which of these is "
                         "the first you did not expect?")
    if failure.wrong_value:
        if facts.actual == "None":
            questions.append("Which path through your function ends without giving back a "
                             "value?")
        elif kinds_differ(facts.actual, facts.expected):
            questions.append(f"Is {facts.actual} the same kind of value as {facts.expected}?")
        questions.append(f"Follow your code by hand{given}: which line decides the value it "
                         "gives back, and what should that line give?")
        if facts.function:
            name = facts.function.rsplit(".", 1)[-1]
            questions.append(f"What should `{name}` do{given}, step by step, and at which "
                             "step does your code do something else?")
    if not questions:
        questions.append(f"What should happen{given}, and where does your code first do "
                         "something else?")
    return questions


def _kind(failure: Failure, localization: Localization | None) -> str:
    repair = localization.repair if localization else None
    if repair is not None and repair.kind in KIND:
        return f"This looks like {KIND[repair.kind]}."
    facts = failure.facts
    if failure.hung:
        return ("This is a loop whose condition never becomes false, or one that never moves "
                "towards its end.")
    if failure.crashed:
        kind = EXCEPTION_KIND.get(_exception_type(facts))
        return f"It is about {kind}." if kind else ("The code runs into an error before it can "
                                                     "give an answer: a crash, not a wrong value.")
    if failure.wrong_value:
        return value_kind(facts.actual or "", facts.expected or "")
    return "The code runs, but does not do what the test checks: a logic problem, not a crash."


def _place(failure: Failure, suspect: SuspectLine | None, concepts: Sequence[str],
           sources: Mapping[str, str], quote: bool) -> str:
    place = failure.place
    path, line = (suspect.path, suspect.line) if suspect else \
        ((place.path, place.line) if place else (None, None))
    concept = f" The concept at play: {', '.join(concepts[:2])}." if concepts else ""
    if line is None:
        return f"{failure.lead()} Look at the function the test calls.{concept}"
    code = (suspect.code if suspect else _line_text(sources, place)) if quote else ""
    quoted = f" (`{code}`)" if code and len(code) <= 80 else ""
    facts = failure.facts
    if failure.hung:
        what = "is where it was still running when the test was stopped"
    elif failure.crashed:
        what = f"is where {_exception_type(facts) or 'the error'} happens"
    elif suspect:
        what = "is the line most likely at fault"
    else:
        what = "gives back the value the test rejects"
    call = f" for `{facts.call}`" if facts.call else ""
    return f"Line {line} of {path}{quoted} {what}{call}.{concept}"


def _input(facts: Facts) -> str:
    if not facts.arguments:
        return ""
    if len(facts.arguments) == 1:
        return f" for the input {facts.arguments[0]}"
    return f" for the inputs {', '.join(facts.arguments)}"


def _on(line: int | None) -> str:
    return f" that includes line {line}" if line else ""


def _shape(code: str | None) -> str | None:
    text = (code or "").strip()
    if text.startswith(("for ", "for(", "while ", "while(", "loop ", "do ")):
        return "loop"
    if text.startswith(("if ", "if(", "elif ", "else if", "} else if", "case ")):
        return "condition"
    return None


def _line_text(sources: Mapping[str, str], place: Location | None) -> str | None:
    if place is None or place.path not in sources:
        return None
    lines = sources[place.path].splitlines()
    return lines[place.line - 1].strip() if 1 <= place.line <= len(lines) else None


def _exception(facts: Facts) -> str:
    return _short(facts.exception or "an error")


def _exception_type(facts: Facts) -> str:
    text = facts.exception or ""
    head = text.split(":", 1)[0].strip()
    return head.rsplit(".", 1)[-1] if head.replace(".", "").replace("_", "").isalnum() else ""


def _short(text: str, limit: int = 160) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[:limit - 1] + "…"


