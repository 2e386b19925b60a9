"""Command arguments: the error a command raises for arguments it cannot use."""

from __future__ import annotations


class CommandError(ValueError):
    """Arguments a command cannot use; the message is shown to the learner."""
