"""The provider interface: given what the learner is doing and the level, write one hint."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from temper.core.contract import Intent
from temper.core.levels import Level
from temper.core.localization import Localization
from temper.core.results import RunResult
from temper.core.tone import Tone

if TYPE_CHECKING:
    from temper.catalog.exercises import Exercise
    from temper.core.prompts import Prompt

OnText = Callable[[str], None]  # receives the whole text written so far


@dataclass(frozen=True)
class HintRequest:
    level: Level
    intent: Intent
    exercise: Exercise | None
    path: str  # the learner's file, relative to the workspace
    line: int  # 1-based line the learner asked about
    code: str  # the learner's file text
    run: RunResult | None = None
    served: frozenset[str] = field(default_factory=frozenset)  # keys of hints already given
    tone: Tone = Tone.NEUTRAL  # shapes the wording, never the level
    memory: tuple[str, ...] = ()  # sentences recalling similar past mistakes
    risks: tuple[str, ...] = ()  # risk detections in the learner's file, one line each
    profile: str = ""  # one line about the learner, for an LLM's prompt
    explicit: bool = False  # the learner asked for this level themselves
    goal: str = ""  # in a project with a product spec: its goal and the criterion in focus
    localization: Localization | None = None  # where the mistake most likely is (no repair
    # below L3: the guard holds every hint against it)
    sources: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    # the learner's files the facts point to, by relative path
    on_text: OnText | None = field(default=None, compare=False, repr=False)  # streaming


@dataclass(frozen=True)
class HintText:
    text: str
    key: str  # identifies the hint so it is not served twice
    provider: str
    notice: str | None = None  # one line for the learner: why this is not what was asked for


class Provider(Protocol):
    name: str

    async def hint(self, request: HintRequest) -> HintText:
        """Write one hint at exactly `request.level`."""
        ...


@dataclass(frozen=True)
class Completion:
    text: str
    prompt_tokens: int = 0
    completion_tokens: int = 0


class ProviderError(Exception):
    """A provider call failed; `retryable` says whether trying again may help."""

    def __init__(self, message: str, *, retryable: bool = False,
                 retry_after: float | None = None, status: int | None = None):
        super().__init__(message)
        self.retryable, self.retry_after, self.status = retryable, retry_after, status


_CLIENTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, Any]] = \
    weakref.WeakKeyDictionary()


def shared_client(key: tuple, make: Callable[[], Any]) -> Any:
    """One SDK client per event loop and configuration: building one costs about 0.1 s, and
    its connection pool belongs to the loop it was made on."""
    clients = _CLIENTS.setdefault(asyncio.get_running_loop(), {})
    if key not in clients:
        clients[key] = make()
    return clients[key]


_IMPORTED: dict[str, Any] = {}


async def sdk(name: str) -> Any:
    """Import an SDK off the event loop: `import anthropic` alone takes seconds."""
    import importlib

    if name not in _IMPORTED:  # sys.modules may hold a module another thread is importing
        _IMPORTED[name] = await asyncio.to_thread(importlib.import_module, name)
    return _IMPORTED[name]


def retry_after(headers) -> float | None:
    """Seconds from a Retry-After header (seconds form; an HTTP date counts as unknown)."""
    value = headers.get("retry-after") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def cut_off(error: BaseException) -> bool:
    """A transport failure inside an SDK's HTTP client (httpx or httpx2): a connection dropped
    mid-stream, a read that failed. The SDKs do not always wrap these while streaming."""
    return any(cls.__name__ in ("TransportError", "StreamError")
               and cls.__module__.split(".")[0] in ("httpx", "httpx2", "httpcore", "httpcore2")
               for cls in type(error).__mro__)


def status_error(provider: str, status: int, message: str, after: float | None = None
                 ) -> ProviderError:
    retryable = status in (408, 409, 429) or status >= 500
    return ProviderError(f"{provider} answered HTTP {status}: {message}"[:300],
                         retryable=retryable, retry_after=after, status=status)


class Model(Protocol):
    """An LLM behind one wire protocol; `complete` streams text into `on_text`."""
    name: str  # the provider, as in settings
    model: str

    async def complete(self, prompt: Prompt, on_text: OnText | None = None) -> Completion:
        ...


@dataclass(frozen=True)
class HostedModel:
    """A model behind an HTTP API: which one, with what key, where, and its limits."""
    model: str
    api_key: str | None = field(repr=False)  # never shown
    base_url: str | None
    timeout: float
    max_tokens: int = 400
