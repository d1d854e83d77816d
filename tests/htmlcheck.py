"""A strict-enough HTML well-formedness check with the standard library's parser."""

from __future__ import annotations

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[int, int]]] = []
        self.problems: list[str] = []
        self.tags: list[str] = []
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = self.doctype or decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            opened = self.stack[-1] if self.stack else None
            self.problems.append(f"</{tag}> at {self.getpos()} closes {opened}")
            return
        self.stack.pop()


def html_problems(text: str) -> list[str]:
    """Why ``text`` is not a well-formed standalone HTML document (empty when it is)."""
    checker = _Checker()
    checker.feed(text)
    checker.close()
    problems = list(checker.problems)
    problems += [f"<{tag}> opened at {pos} is never closed" for tag, pos in checker.stack]
    if not checker.doctype:
        problems.append("no <!DOCTYPE html>")
    for required in ("html", "head", "title", "body"):
        if required not in checker.tags:
            problems.append(f"no <{required}>")
    if "script" in checker.tags:
        problems.append("a <script> element")
    return problems
