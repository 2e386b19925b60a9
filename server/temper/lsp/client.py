"""What the client can do, worked out once at `initialize`: the features read this, never the
raw capabilities."""

from __future__ import annotations

from dataclasses import dataclass

from lsprotocol import types


@dataclass(frozen=True)
class Client:
    """The client's negotiated position encoding and the optional features it supports."""

    encoding: str = types.PositionEncodingKind.Utf16.value  # the LSP default
    progress: bool = False  # window/workDoneProgress
    show_document: bool = False  # window/showDocument
    configuration: bool = False  # workspace/configuration
    code_lens_refresh: bool = False  # workspace/codeLens/refresh
    name: str = ""

    @classmethod
    def from_initialize(cls, params: types.InitializeParams, encoding: str | None) -> Client:
        """`encoding` is the one the server announced (pygls picks the client's first
        supported choice)."""
        caps = params.capabilities
        window, workspace = caps.window, caps.workspace
        return cls(
            encoding=str(getattr(encoding, "value", encoding) or cls.encoding),
            progress=bool(window and window.work_done_progress),
            show_document=bool(window and window.show_document and window.show_document.support),
            configuration=bool(workspace and workspace.configuration),
            code_lens_refresh=bool(workspace and workspace.code_lens
                                   and workspace.code_lens.refresh_support),
            name=params.client_info.name if params.client_info else "")
