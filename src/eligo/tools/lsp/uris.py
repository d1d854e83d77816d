"""File paths and the ``file:`` URIs the protocol names documents by."""

from __future__ import annotations

from pathlib import Path

from pygls.uris import to_fs_path


def uri_of(path: str) -> str:
    """The ``file:`` URI of a path (made absolute)."""
    return Path(path).resolve().as_uri()


def path_of(uri: str) -> str:
    """The file system path of a ``file:`` URI (another URI is kept as it is: it names no file)."""
    return to_fs_path(uri) or uri if uri.startswith("file:") else uri
