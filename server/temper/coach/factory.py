"""The one way a Coach is built, for the language server and the command line alike: the catalog
the settings name, the profile store the caller opened (each has its own policy for a profile it
cannot open), the store's notice said once, and the profile read."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from temper.coach.pairing import Coach
from temper.profile.store import ProfileStore
from temper.settings import Settings, home

log = logging.getLogger(__name__)


def profile_path() -> Path:
    return home() / "profile.db"


async def build_coach(settings: Settings, store: ProfileStore,
                      say: Callable[[str], None]) -> Coach:
    """A Coach over `store` with the catalog of `settings`; `say` tells the learner the store's
    notice (a damaged file moved aside)."""
    from temper.catalog.exercises import Catalog

    catalog = await asyncio.to_thread(Catalog.load, settings.specs)
    for error in catalog.errors:
        log.warning("catalog: %s", error)
    if store.notice:
        say(store.notice)
    coach = Coach(store, catalog, settings)
    await coach.refresh_profile()
    return coach
