"""The one mapping of an SDK's exceptions to `ProviderError`: each SDK names its exception
classes by kind (`SdkErrors`), and `translate` words them the same way for every provider —
HTTP status (retryable or not, with Retry-After), time-out, unreachable, an error inside the
stream, an answer Temper cannot read, a connection cut mid-answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from temper.providers.base import ProviderError, cut_off, status_error

Kinds = tuple[type[BaseException], ...]


@dataclass(frozen=True)
class SdkErrors:
    status: Kinds  # carries an HTTP status: `read_status` gives (status, message, retry_after)
    read_status: Callable[[BaseException], tuple[int | None, str, float | None]]
    timeout: Kinds  # checked before `connection`: an SDK's time-out is often a connection error
    connection: Kinds
    mid_stream: Kinds = ()  # an error event inside the stream
    unreadable: Kinds = ()  # anything else the SDK raises


def translate(provider: str, timeout: float, exc: BaseException, kinds: SdkErrors
              ) -> ProviderError | None:
    """The ProviderError for `exc`, or None when it is not the provider's doing (re-raise it)."""
    if isinstance(exc, kinds.status):
        status, message, after = kinds.read_status(exc)
        if status in (-1, None):  # an {"error": …} inside a stream that began well
            return ProviderError(f"{provider} reported an error mid-answer ({message})",
                                 retryable=True)
        return status_error(provider, status, message, after)
    if isinstance(exc, kinds.timeout):
        return ProviderError(f"{provider} timed out after {timeout:g} s", retryable=True)
    if isinstance(exc, kinds.connection):
        return ProviderError(f"{provider} could not be reached or cut the answer off ({exc})",
                             retryable=True)
    if isinstance(exc, kinds.mid_stream):
        return ProviderError(f"{provider} reported an error mid-answer "
                             f"({getattr(exc, 'message', exc)})", retryable=True)
    if isinstance(exc, kinds.unreadable):
        return ProviderError(f"{provider} sent an answer Temper cannot read ({exc})")
    if isinstance(exc, ValueError):  # a malformed event or line in the stream
        return ProviderError(f"{provider} sent a malformed stream ({exc})")
    if cut_off(exc):
        return ProviderError(f"{provider} cut the answer off ({exc})", retryable=True)
    return None
