"""Document URIs and the paths they name: only `file:` URIs take part."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse


def uri_to_path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


def is_file_uri(uri: str) -> bool:
    """Only files on disk take part: not a diff view's `git:` copy or an untitled buffer."""
    return uri.startswith("file:")
