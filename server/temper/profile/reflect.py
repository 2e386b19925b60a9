"""`temper reflect`: a short Markdown review of recent work, written from the profile alone.

What improved (skill then and now), what keeps coming back (blind spots), how much help was
taken, and what to practise next. It needs no model; an LLM may polish it once one is configured.
"""

from __future__ import annotations

import re
import statistics
import time

from temper.catalog.exercises import Catalog
from temper.coach.recommend import History, recommend
from temper.core import skill
from temper.core.events import Event, ExerciseCompleted, HintGiven, RunRecorded
from temper.profile.store import ProfileStore

PERIOD = re.compile(r"^(\d+)\s*([hdw])$")
UNIT_SECONDS = {"h": 3600, "d": 86_400, "w": 604_800}


def parse_period(text: str) -> float:
    """'7d', '12h' or '2w' in seconds; ValueError with a clear message otherwise."""
    match = PERIOD.match(text.strip().lower())
    if not match:
        raise ValueError(f"a period looks like 7d, 12h or 2w, not {text!r}")
    return int(match[1]) * UNIT_SECONDS[match[2]]


def skills_as_of(events: list[Event]) -> dict[str, float]:
    """Replay the model over observed runs: the estimates as they stood after `events`."""
    estimates: dict[str, float] = {}
    for event in events:
        if isinstance(event, RunRecorded):
            estimates.update(skill.after_run(estimates, event))
    return estimates


async def reflection(store: ProfileStore, catalog: Catalog, period: float,
                     now: float | None = None) -> str:
    """The review of the last `period` seconds, as Markdown."""
    now = now or time.time()
    since = now - period
    everything = await store.events_since(0)
    before = skills_as_of([e for e in everything if e.at < since])
    after = skills_as_of(everything)
    recent = [e for e in everything if e.at >= since]
    done = [e for e in recent if isinstance(e, ExerciseCompleted)]
    runs = [e for e in recent if isinstance(e, RunRecorded)]
    hints = [e for e in recent if isinstance(e, HintGiven)]
    days = period / 86_400
    lines = [f"# Reflection: the last {days:g} day{'s' * (days != 1)}", ""]
    if not recent:
        lines += ["Nothing was practised in this period. Start with `temper exercise next`."]
        return "\n".join(lines) + "\n"
    green = [e.seconds_to_green for e in done]
    lines += [f"You completed **{len(done)}** exercise{'s' * (len(done) != 1)} in "
              f"{len(runs)} runs with {len(hints)} hints"
              + (f"; the median time to green was {statistics.median(green) / 60:.1f} min."
                 if green else ".")]
    if done:
        lines += ["", *(f"- {e.exercise_id}: {len(e.hint_levels)} hints" for e in done)]
    grew = sorted(((c, before.get(c, skill.P_INIT), p) for c, p in after.items()
                   if p - before.get(c, skill.P_INIT) >= 0.05), key=lambda r: r[1] - r[2])
    lines += ["", "## What improved", ""]
    lines += [f"- **{c}**: {was:.2f} → {now_:.2f}" for c, was, now_ in grew] or \
        ["- No concept moved much yet: unaided successes move it most."]
    spots = await store.blind_spots(since)
    lines += ["", "## What keeps coming back", ""]
    lines += [f"- `{s['pattern']}` — {s['count']} times, in {', '.join(s['exercises'])}"
              for s in spots] or ["- No error came back twice. Good."]
    profile = await store.profile()
    trend = profile["dependency_trend"]
    if len(trend) >= 2:
        direction = "less" if trend[-1] < trend[0] else "more" if trend[-1] > trend[0] else \
            "as much"
        lines += ["", "## Help", "", f"Hint dependency went {trend[0]:.2f} → {trend[-1]:.2f}: "
                  f"you lean on hints {direction} than before."]
    suggestion = recommend(catalog, History.from_profile(profile["exercises"]), after)
    lines += ["", "## Next", ""]
    lines += [f"Practise **{suggestion.exercise_id}** ({suggestion.title}): {suggestion.reason}."
              if suggestion else "Everything whose prerequisites you meet is done."]
    return "\n".join(lines) + "\n"
