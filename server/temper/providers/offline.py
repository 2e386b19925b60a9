"""The embedded provider: the exercise's authored hints, then rule-based feedback. No network.

It walks forward through the authored hints of a level without repeating one, and never serves
the reference solution: at L4 and L5 it gives everything authored and says what it cannot do.
"""

from __future__ import annotations

import hashlib

from temper.core.feedback import rule_hint
from temper.core.levels import Level
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
        level, exercise = request.level, request.exercise
        authored = exercise.hints.at(int(level)) if exercise else []
        for index, text in enumerate(authored):
            key = f"authored:L{int(level)}:{index}"
            if key not in request.served:
                return HintText(text.strip(), key, self.name)
        concepts = exercise.concepts if exercise else []
        if level >= Level.L4:
            return self._strong(request, concepts)
        text = rule_hint(level, request.run, request.path, request.line, concepts)
        key = f"rule:L{int(level)}:" + hashlib.sha1(text.encode()).hexdigest()[:10]
        if key in request.served:
            text = (f"You have seen every L{int(level)} hint this coach has for where you are. "
                    "Change something, run the tests, and the next rung opens.")
            key = f"exhausted:L{int(level)}:{len(request.served)}"
        return HintText(text, key, self.name)

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
