"""`$/cancelRequest` for `workspace/executeCommand` reaches the command's handler.

pygls runs a command's handler as an inner step of the executeCommand request, under its own
id, so cancelling the request only cancels the outer future and the handler (an LLM writing a
hint, a test run) would go on. This protocol links the two: cancelling the request cancels the
inner step too.

pygls offers no public hook for this, so this module is where Temper relies on its internals
(`_run_generator`, `_request_futures`); tests/unit/test_pygls_seams.py fails loudly when a pygls
upgrade moves them.
"""

from __future__ import annotations

from pygls.protocol import LanguageServerProtocol


class CancellableCommands(LanguageServerProtocol):
    def _run_generator(self, future, *, gen, result_future):
        before = set(self._request_futures)
        super()._run_generator(future, gen=gen, result_future=result_future)
        for key in set(self._request_futures) - before:
            inner = self._request_futures[key]
            result_future.add_done_callback(
                lambda outer, inner=inner: inner.cancel() if outer.cancelled() else None)
