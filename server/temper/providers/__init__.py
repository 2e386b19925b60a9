"""Who writes a hint: one small interface, one module per provider."""

from temper.providers.base import HintRequest, HintText, Provider

__all__ = ["HintRequest", "HintText", "Provider"]
