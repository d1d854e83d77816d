"""A strict HTML check of the documents Eligo writes, with the standard library's parser.

Well-formed (every element closed in order, no end tag on a void element, only SVG elements
closing themselves), a standalone document, and inert: no script, no event handler attribute, no
external resource.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements that have no end tag in HTML.
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
# SVG elements may close themselves (<rect/>); HTML elements may not.
SVG_SELF_CLOSING = frozenset({"rect", "line", "path", "circle", "polyline", "polygon", "text", "g", "title"})


class StrictHTMLChecker(HTMLParser):
    """Fails on an element closed out of order, a stray end tag, or one left open; keeps the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[int, int]]] = []
        self.problems: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.doctype = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID and tag not in SVG_SELF_CLOSING:
            self.problems.append(f"<{tag}/> at {self.getpos()}: an HTML element cannot close itself")

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"</{tag}> at {self.getpos()}: a void element has no end tag")
        elif not self.stack:
            self.problems.append(f"</{tag}> at {self.getpos()}: nothing is open")
        elif self.stack[-1][0] != tag:
            opened, where = self.stack[-1]
            self.problems.append(f"</{tag}> at {self.getpos()} closes <{opened}> opened at {where}")
        else:
            self.stack.pop()

    def handle_decl(self, decl: str) -> None:
        if decl.lower() == "doctype html":
            self.doctype = True
        else:
            self.problems.append(f"unexpected declaration <!{decl}>")

    def unknown_decl(self, data: str) -> None:
        self.problems.append(f"unknown declaration {data!r}")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.starts if tag == name]


def check_html(document: str) -> StrictHTMLChecker:
    checker = StrictHTMLChecker()
    checker.feed(document)
    checker.close()
    assert checker.problems == []
    assert checker.stack == [], f"left open: {checker.stack}"
    assert checker.doctype
    assert [tag for tag, _ in checker.starts[:1]] == ["html"]
    tags = {tag for tag, _ in checker.starts}
    assert "script" not in tags, "no JavaScript"
    for tag, attrs in checker.starts:  # no external resources, no event handlers
        assert tag not in {"link", "img", "iframe", "object", "embed"}, tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), (tag, name, value)
    return checker
