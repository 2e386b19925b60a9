"""The embedded provider: hints from the facts of the learner's run, the exercise's authored hints
where they fit the current failure, then rule-based feedback. No network.

Up to L2 every hint opens with a fact of the failing run (`core.fact_hints`); an authored hint is
served only while a test it is written for fails, after that fact. It walks forward through the
hints of a level without repeating one, and never serves the reference solution: at L4 and L5 it
gives everything authored and says what it cannot do.
"""

from __future__ import annotations

import hashlib

from temper.core import fact_hints
from temper.core.feedback import rule_hint
from temper.core.levels import Level
from temper.core.results import RunResult, Status, fits
from temper.core.tone import voiced
from temper.providers.base import HintRequest, HintText


class OfflineProvider:
    name = "offline"

    async def hint(self, request: HintRequest) -> HintText:
        return self.write(request)

    def write(self, request: HintRequest) -> HintText:
        """Synchronous core of `hint`: cheap enough to call anywhere."""
        written = self._choose(request)
        parts = [request.goal, voiced(request.tone, written.text), *request.memory]
        return HintText(" ".join(p for p in parts if p), written.key, self.name)

    def _choose(self, request: HintRequest) -> HintText:
        level, exercise, run = request.level, request.exercise, request.run
        concepts = exercise.concepts if exercise else []
        lead = fact_hints.lead(run, request.localization) if level <= Level.L2 else ""
        outline = fact_hints.repair_outline(request.localization, run) \
            if level == Level.L3 else None
        if outline:
            key = "outline:L3:" + hashlib.sha1(outline.encode()).hexdigest()[:10]
            if key not in request.served:
                return HintText(outline, key, self.name)
        authored = exercise.hints.fitting(int(level), failing_tests(run)) if exercise else []
        for index, text in authored:
            key = f"authored:L{int(level)}:{index}"
            if key not in request.served:
                tests = exercise.hints.tests_for(int(level), index)
                opening = fact_hints.lead(run, request.localization,
                                          lambda name, tests=tests: fits(name, tests)) \
                    if lead else ""
                return HintText(f"{opening} {text.strip()}".strip(), key, self.name)
        if level >= Level.L4:
            return self._strong(request, concepts)
        candidates = fact_hints.fact_hints(level, run, concepts, request.localization,
                                           request.sources) if level <= Level.L2 else []
        rule = rule_hint(level, run, request.path, request.line, concepts)
        if not candidates and not lead and level <= Level.L2 and not _has_fact(run):
            rule = fact_hints.GENERIC_PREFIX + rule[0].lower() + rule[1:]
        # the rule hint is generic below L2; with facts to start from it adds nothing
        fallback = [rule] if not candidates or level >= Level.L2 else []
        for text in [*candidates, *fallback]:
            key = f"fact:L{int(level)}:" + hashlib.sha1(text.encode()).hexdigest()[:10]
            if key not in request.served and \
                    f"rule:L{int(level)}:{key.rsplit(':', 1)[1]}" not in request.served:
                return HintText(text, key, self.name)
        shown = len(candidates) + len(fallback) + len(authored)
        text = (f"You have seen all {shown} L{int(level)} hints this coach has for this "
                "failure. Change something and run the tests: the next rung opens after a run.")
        return HintText(text, f"exhausted:L{int(level)}:{len(request.served)}", self.name)

    def _strong(self, request: HintRequest, concepts: list[str]) -> HintText:
        outline = "\n\n".join(h.strip() for h in request.exercise.hints.L3) \
            if request.exercise else ""
        place = rule_hint(Level.L2, request.run, request.path, request.line, concepts)
        note = ("The offline coach does not hand out the reference solution. Here is every "
                "outline it has, and where to work; an LLM provider can write a "
                f"{'partial' if request.level == Level.L4 else 'full'} solution for your code.")
        text = "\n\n".join(p for p in (note, place, outline) if p)
        key = f"offline:L{int(request.level)}:{len(request.served)}"
        return HintText(text, key, self.name)


def failing_tests(run: RunResult | None) -> list[str] | None:
    """The names of the run's failing tests; None when no run is known (every hint fits)."""
    if run is None:
        return None
    return [t.name for t in run.tests if t.status is not Status.PASS]


def _has_fact(run: RunResult | None) -> bool:
    """The run says something a rule-based hint can name: an error's place or a failing test."""
    return run is not None and run.status is not Status.PASS and \
        (run.error_location is not None or run.first_failure is not None or run.timed_out)
