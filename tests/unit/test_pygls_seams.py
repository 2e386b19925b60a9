"""Where Temper relies on pygls internals because no public way exists, this fails loudly on a
pygls upgrade that moves them, naming the module to look at again.

- lsp/cancellation.py: `$/cancelRequest` for workspace/executeCommand reaches the command's
  handler. pygls runs the handler as an inner step under its own future (`_run_generator`, its
  futures in `_request_futures`) and offers no hook to link the two.
- lsp/protocol.py (the JSON-RPC edge): the protocol's converter, its feature manager's
  features, the response and handler-result steps and the server's error report.
The client side uses public API only (pygls's `converter_factory`, see cli/demo.py).
"""

from __future__ import annotations

import inspect
from importlib.metadata import version

from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, default_converter

from temper.lsp import cancellation

CHECKED = "2.1"  # the pygls release line these seams were checked against


def _fail(where: str, what: str) -> str:
    return (f"pygls {version('pygls')} changed {what}: look at temper/{where} again "
            f"(checked against pygls {CHECKED}.x)")


def test_the_pygls_release_is_the_one_checked():
    assert version("pygls").startswith(CHECKED + "."), _fail("lsp/cancellation.py and "
                                                             "lsp/protocol.py", "its release")


def test_cancellation_seam():
    method = getattr(LanguageServerProtocol, "_run_generator", None)
    assert method is not None, _fail("lsp/cancellation.py", "_run_generator")
    params = inspect.signature(method).parameters
    assert list(params)[:2] == ["self", "future"] and {"gen", "result_future"} <= set(params), \
        _fail("lsp/cancellation.py", "_run_generator's signature")
    protocol = LanguageServerProtocol(LanguageServer("seam", "0"), default_converter)
    assert isinstance(getattr(protocol, "_request_futures", None), dict), \
        _fail("lsp/cancellation.py", "_request_futures")
    assert cancellation.CancellableCommands._run_generator is not method


def test_protocol_seams():
    server = LanguageServer("seam", "0")
    protocol = LanguageServerProtocol(server, default_converter)
    for name in ("_converter", "fm", "_server", "_handle_response", "_send_handler_result"):
        assert hasattr(protocol, name), _fail("lsp/protocol.py", name)
    assert hasattr(protocol.fm, "builtin_features") and hasattr(protocol.fm, "features"), \
        _fail("lsp/protocol.py", "the feature manager")
    assert hasattr(server, "_report_server_error"), _fail("lsp/protocol.py",
                                                          "_report_server_error")
