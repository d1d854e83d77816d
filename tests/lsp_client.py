"""A small synchronous Language Server Protocol client for tests: it starts ``eligo lsp`` as an
editor does (a subprocess speaking JSON-RPC on stdin and stdout) and sends what an editor sends."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import eligo

#: where the eligo these tests import comes from (the source tree, or an installed wheel's site-packages)
PACKAGES = Path(eligo.__file__).resolve().parents[1]


class LspClient:
    def __init__(self, cwd: Path, encodings: list[str] | None = None) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PACKAGES), os.environ.get("PYTHONPATH")]))}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "eligo.cli", "lsp", "--stdio"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd, env=env,
        )  # fmt: skip
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        capabilities: dict[str, Any] = {"textDocument": {"hover": {"contentFormat": ["markdown"]}}}
        if encodings:
            capabilities["general"] = {"positionEncodings": encodings}
        self.initialized = self.request(
            "initialize",
            {"processId": os.getpid(), "rootUri": cwd.as_uri(), "capabilities": capabilities,
             "workspaceFolders": [{"uri": cwd.as_uri(), "name": cwd.name}]},
        )  # fmt: skip
        self.notify("initialized", {})

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value.strip())
            self.messages.put(json.loads(stream.read(length)))

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        assert self.process.stdin is not None
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 20) -> Any:
        """Send a request and wait for its response; notifications that come first are kept."""
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if message.get("id") == ident and "method" not in message:
                if "error" in message:
                    raise LspError(message["error"])
                return message.get("result")
            if "id" in message and "method" in message:  # a request from the server: answer it
                self._send({"id": message["id"], "result": None})
            else:
                self.notifications.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 20) -> list[dict[str, Any]]:
        """The next diagnostics published for a document (for a version, when given)."""
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.notifications):
                params = message.get("params", {})
                published = message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri
                if published and (version is None or params.get("version") == version):
                    del self.notifications[: index + 1]
                    return list(params["diagnostics"])
            message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            self.notifications.append(message)

    def open(self, path: Path, text: str | None = None, version: int = 1) -> str:
        uri = path.resolve().as_uri()
        text = path.read_text(encoding="utf-8") if text is None else text
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "eligo", "version": version, "text": text}},
        )
        return uri

    def change(self, uri: str, version: int, text: str) -> None:
        self.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
        )

    def at(self, method: str, uri: str, line: int, character: int, **extra: Any) -> Any:
        return self.request(
            method, {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}, **extra}
        )

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
            self.process.wait(timeout=5)
        except Exception:
            self.process.kill()
            self.process.wait()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


class LspError(Exception):
    """An error response from the server."""
