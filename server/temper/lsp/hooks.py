"""Document events as hooks the features register for themselves (see documents.py): a feature
says what it does when a document opens, changes or is saved; documents.py calls the hooks in the
order they were registered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Hook = Callable[[Any, str], None]  # (the server, the document's URI); start work, never wait


@dataclass
class DocumentHooks:
    opened: list[Hook] = field(default_factory=list)  # after the document's session is found
    changed: list[Hook] = field(default_factory=list)
    saved: list[Hook] = field(default_factory=list)  # once the coach is ready
