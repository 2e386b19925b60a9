"""The JSON-RPC edge: every request gets exactly one answer, with the right code.

pygls structures a message inside `json.loads`, so a request whose params do not fit its type
raised there and was never answered; an unknown method without `params`, an unimplemented
method with odd params, a second `initialize`, a client's answer to a request the server had
already given up on: each ended as a logged traceback and, often, an error popup. This protocol
decides what a message is before pygls handles it:

- a request for a method Temper does not serve: -32601, whatever its params;
- a request whose params do not fit: -32602 naming the field (`params.position: ...`);
- a second `initialize`, a request after `shutdown`, a message that is not JSON-RPC 2.0: -32600;
- a request before `initialize`: -32002;
- a cancelled request: -32800; a command's bad arguments (CommandError): -32602 with its
  message; anything else that fails is Temper's own bug: -32603 with one sentence, and the
  traceback in the log only.

A malformed message costs one log line (rate-limited by `quiet`), never a traceback.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
from typing import Any
from urllib.parse import unquote

from cattrs.v import format_exception, transform_error
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from temper.lsp import quiet
from temper.lsp.cancellation import CancellableCommands

log = logging.getLogger(__name__)

PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND, INVALID_PARAMS = -32700, -32600, -32601, -32602
INTERNAL_ERROR, NOT_INITIALIZED, REQUEST_CANCELLED = -32603, -32002, -32800
NO_ID = object()


class Refused:
    """A message that will not reach a handler: answered with `code` if it was a request."""

    jsonrpc = "2.0"

    def __init__(self, msg_id: Any, method: Any, code: int, message: str):
        self.id, self.method, self.code, self.message = msg_id, method, code, message


def _field_errors(exc: Exception) -> str:
    def readable(error: BaseException, wanted: Any) -> str:
        base = format_exception(error, wanted)
        return str(error) if base == "invalid value" or base.startswith("unknown error") \
            else base

    try:
        lines = transform_error(exc, path="$", format_exception=readable)
    except Exception:  # noqa: BLE001 - not a cattrs error: say what it is
        return str(exc) or type(exc).__name__
    described = []
    for line in lines:
        what, _, where = line.rpartition(" @ ")
        described.append(f"`{_camel(where.removeprefix('$.'))}`: {what}")
    return "; ".join(described)


def _camel(path: str) -> str:
    """`params.text_document.uri` as the client spells it: `params.textDocument.uri`."""
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), path)


def _bad_uri(value: Any, where: str = "params", depth: int = 0) -> str | None:
    """A URI or path no file can have (a NUL byte), anywhere in the raw params (a document's,
    a command argument's), is refused before any handler sees it."""
    if depth > 8:
        return None
    items = value.items() if isinstance(value, dict) else \
        enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        place = f"{where}.{key}" if isinstance(key, str) else f"{where}[{key}]"
        if isinstance(item, str):
            named = isinstance(key, str) and (key.lower().endswith("uri") or key == "folder")
            if named and "\x00" in unquote(item):
                return f"`{place}`: a URI or path cannot contain a NUL byte"
        elif isinstance(item, (dict, list)):
            found = _bad_uri(item, place, depth + 1)
            if found:
                return found
    return None


def _strict_str(value: Any, _: type) -> str:
    """cattrs would turn `"uri": 5` into "5"; the protocol says a string, so 5 is refused."""
    if not isinstance(value, str):
        raise ValueError(f"expected a string, got {type(value).__name__}")
    return value


def _is_id(value: Any) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool)


def _command_error(exc: BaseException | None) -> BaseException | None:
    from temper.lsp.arguments import CommandError

    while exc is not None and not isinstance(exc, CommandError):
        exc = exc.__cause__ or exc.__context__
    return exc


class TemperProtocol(CancellableCommands):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.initialize_seen = False
        self._converter.register_structure_hook(str, _strict_str)

    def _serves(self, method: str) -> bool:
        return method in self.fm.builtin_features or method in self.fm.features

    def structure_message(self, data: Any) -> Any:
        """Called by `json.loads` for every object, innermost first; only messages (objects
        with `jsonrpc`) are structured, and a message that does not fit becomes `Refused`."""
        if not isinstance(data, dict) or "jsonrpc" not in data:
            return data
        method, msg_id = data.get("method"), data.get("id", NO_ID)
        is_request = msg_id is not NO_ID and "method" in data
        if msg_id is not NO_ID and not _is_id(msg_id) and msg_id is not None:
            return Refused(None, method, INVALID_REQUEST, "`id` must be a string or an integer")
        answer_to = msg_id if is_request else NO_ID
        if data.get("jsonrpc") != "2.0":
            return Refused(answer_to, method, INVALID_REQUEST, '`jsonrpc` must be "2.0"')
        if "method" in data and not isinstance(method, str):
            return Refused(answer_to, method, INVALID_REQUEST, "`method` must be a string")
        if is_request and not self._serves(method):
            return Refused(msg_id, method, METHOD_NOT_FOUND, f"Temper does not serve {method!r}")
        if is_request and method != types.INITIALIZE:
            refusal = self._lifecycle_refusal(method, msg_id)
            if refusal is not None:
                return refusal
        if "method" not in data and msg_id is NO_ID:
            return Refused(NO_ID, None, INVALID_REQUEST, "neither a request nor a response")
        if "method" in data and self.get_message_type(method) is None:
            data = {"params": None, **data}  # an extension method may come without params
        problem = _bad_uri(data.get("params"))
        if problem and "method" in data:
            return Refused(answer_to, method, INVALID_PARAMS, f"Invalid params: {problem}")
        try:
            return self._structure(data)
        except Exception as exc:  # noqa: BLE001 - whatever does not fit is refused
            return Refused(answer_to, method, INVALID_PARAMS,
                           f"Invalid params: {_field_errors(exc)}")

    def _structure(self, data: dict[str, Any]) -> Any:
        from pygls.protocol.json_rpc import (
            JsonRPCNotification,
            JsonRPCRequestMessage,
            JsonRPCResponseMessage,
        )

        if "id" in data and "error" in data:
            return self._converter.structure(data, types.ResponseErrorMessage)
        if "id" in data and "method" in data:
            kind = self.get_message_type(data["method"]) or JsonRPCRequestMessage
        elif "id" in data:
            kind = self._result_types.pop(data["id"], None) or JsonRPCResponseMessage
        else:
            kind = self.get_message_type(data["method"]) or JsonRPCNotification
        return self._converter.structure(data, kind)

    def handle_message(self, message: Any) -> None:
        if isinstance(message, Refused):
            self._refuse(message)
            return
        if not hasattr(message, "jsonrpc"):
            quiet.note("malformed", "dropped a message that is not a JSON-RPC object: %.80r",
                       message)
            return
        method, msg_id = getattr(message, "method", None), getattr(message, "id", NO_ID)
        is_request = method is not None and msg_id is not NO_ID
        if is_request:
            refusal = self._lifecycle_refusal(method, msg_id)
            if refusal is not None:
                self._refuse(refusal)
                return
        elif method is not None and self._workspace is None and method != types.EXIT:
            quiet.note("early", "dropped %r: it came before initialize", method)
            return
        try:
            super().handle_message(message)
        except Exception:
            log.exception("handling %r failed", method)
            if is_request:
                self._refuse(Refused(msg_id, method, INTERNAL_ERROR,
                                     "Temper hit an internal error; see the Temper log"))

    def _lifecycle_refusal(self, method: str, msg_id: Any) -> Refused | None:
        if method == types.INITIALIZE:
            if self.initialize_seen:
                return Refused(msg_id, method, INVALID_REQUEST,
                               "the server is already initialized")
            self.initialize_seen = True
            return None
        if self._shutdown:
            return Refused(msg_id, method, INVALID_REQUEST, "the server is shutting down")
        if not self.initialize_seen:
            return Refused(msg_id, method, NOT_INITIALIZED, "initialize comes first")
        return None

    def _refuse(self, refused: Refused) -> None:
        quiet.note(f"refused {refused.code}", "%s: %s", refused.method or "message",
                   refused.message)
        if refused.id is not NO_ID:
            self._send_response(refused.id, error=types.ResponseError(
                code=refused.code, message=refused.message))

    def _handle_response(self, msg_id: Any, result: Any = None, error: Any = None) -> None:
        """The client's answer to a request the server stopped waiting for (a cancelled run's
        progress) is dropped quietly instead of failing with InvalidStateError."""
        future = self._request_futures.get(msg_id)
        if future is not None and future.done():
            self._request_futures.pop(msg_id, None)
            log.debug("answer to %s came after the server stopped waiting", msg_id)
            return
        if future is None:
            quiet.note("unknown response", "dropped an answer to unknown request %.40r", msg_id)
            return
        super()._handle_response(msg_id, result, error)

    def _handle_cancel_notification(self, msg_id: Any) -> None:
        future = self._request_futures.pop(msg_id, None)
        if future is None:
            log.debug("cancel for %r: nothing pending", msg_id)
            return
        future.cancel()

    def _check_handler_result(self, future: Any) -> None:
        """A notification's handler failed: Temper's own bug, logged with its traceback."""
        if future.cancelled() or future.exception() is None:
            return
        from pygls.exceptions import FeatureNotificationError

        log.error("a notification handler failed", exc_info=future.exception())
        self._server._report_server_error(future.exception(), FeatureNotificationError)

    def _send_handler_result(self, future: Any, *, msg_id: Any) -> None:
        self._request_futures.pop(msg_id, None)
        error = self._outcome_error(future, msg_id)
        if error is None:
            super()._send_handler_result(future, msg_id=msg_id)
        else:
            self._send_response(msg_id, error=error)

    def _outcome_error(self, future: Any, msg_id: Any) -> types.ResponseError | None:
        """None for a result pygls sends as it is; otherwise the one error to answer with."""
        if future.cancelled():
            return types.ResponseError(REQUEST_CANCELLED, f"request {msg_id} was cancelled")
        exc = future.exception()
        if exc is None:
            return None
        if isinstance(exc, (asyncio.CancelledError, concurrent.futures.CancelledError)):
            return types.ResponseError(REQUEST_CANCELLED, f"request {msg_id} was cancelled")
        refused = _command_error(exc)
        if refused is not None:
            quiet.note("command error", "command refused: %s", refused)
            return types.ResponseError(INVALID_PARAMS, str(refused))
        if isinstance(exc, JsonRpcException) and exc.code != INTERNAL_ERROR:
            quiet.note(f"refused {exc.code}", "request %s: %s", msg_id, exc.message)
            data = exc.data if not (isinstance(exc.data, dict) and "traceback" in exc.data) \
                else None
            return types.ResponseError(exc.code, exc.message, data)
        from pygls.exceptions import FeatureRequestError

        log.error("request %s failed", msg_id, exc_info=exc)
        self._server._report_server_error(exc, FeatureRequestError)
        return types.ResponseError(INTERNAL_ERROR, f"Temper hit an internal error "
                                   f"({type(exc).__name__}); see the Temper log")
