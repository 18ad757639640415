"""The rich-text subset proposal sections are written in, and cleaning anything else into it.

Text pasted from Word or a web page arrives with styles, spans, fonts, tables,
scripts and comments. Sections keep only paragraphs, line breaks, headings
(h1–h3), bold, italic, underline and lists: what every export (PDF, DOCX)
renders the same way. Everything else is unwrapped to its text; scripts,
styles and comments are dropped whole; attributes are removed.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

#: Tags kept, after renaming their synonyms.
ALLOWED = ("p", "br", "h1", "h2", "h3", "b", "i", "u", "ul", "ol", "li")
_SYNONYMS = {
    "strong": "b",
    "em": "i",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
    "div": "p",
    "blockquote": "p",
    "pre": "p",
    "tr": "p",
    "title": "",
}
_DROPPED_WHOLE = {"script", "style", "head", "xml", "o:p", "meta", "link", "title", "template"}
_VOID = {"br"}
_BLOCKS = {"p", "h1", "h2", "h3", "ul", "ol", "li"}


def _styled_tags(style: str) -> list[str]:
    """The subset's tags that an inline style means (bold, italic, underline)."""
    css = style.replace(" ", "").lower()
    weight = re.search(r"font-weight:(\w+)", css)
    tags = []
    if weight and (
        weight.group(1) == "bold" or (weight.group(1).isdigit() and int(weight.group(1)) >= 600)
    ):
        tags.append("b")
    if "font-style:italic" in css:
        tags.append("i")
    if "text-decoration:underline" in css:
        tags.append("u")
    return tags


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping = 0
        #: For each open <span>, the tags its style stood for (Qt and Word write bold this way).
        self.spans: list[list[str]] = []

    def _tag(self, tag: str) -> str:
        tag = tag.lower()
        return _SYNONYMS.get(tag, tag)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag.lower() in _DROPPED_WHOLE:
            self.skipping += 1
            return
        if self.skipping:
            return
        name = self._tag(tag)
        if name == "br":
            self.out.append("<br>")
            return
        if name == "span":
            styled = _styled_tags(dict(attrs).get("style") or "")
            self.spans.append(styled)
            self.out.extend(f"<{t}>" for t in styled)
            return
        if name not in ALLOWED:
            return
        # Word nests paragraphs in list items and blocks in blocks: close the open block first.
        if name == "p" and self.open and self.open[-1] == "p":
            self.handle_endtag("p")
        self.open.append(name)
        self.out.append(f"<{name}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._tag(tag) == "br" and not self.skipping:
            self.out.append("<br>")

    def handle_endtag(self, tag: str) -> None:
        if tag.lower() in _DROPPED_WHOLE:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag.lower() == "span":
            styled = self.spans.pop() if self.spans else []
            self.out.extend(f"</{t}>" for t in reversed(styled))
            return
        if tag.lower() in ("td", "th"):
            self.out.append(" ")  # cells of a pasted table stay apart
            return
        name = self._tag(tag)
        if name not in self.open:
            return
        while self.open:
            closing = self.open.pop()
            self.out.append(f"</{closing}>")
            if closing == name:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html.escape(data, quote=False))

    def handle_comment(self, data: str) -> None:
        return  # Word's conditional comments and everything else in comments go

    def result(self) -> str:
        while self.open:
            self.out.append(f"</{self.open.pop()}>")
        return "".join(self.out)


_EMPTY_BLOCK = re.compile(r"<(p|h1|h2|h3|li|b|i|u)>\s*</\1>")
_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


def clean_html(markup: str) -> str:
    """*markup* reduced to the supported subset, with no attributes and no empty blocks."""
    cleaner = _Cleaner()
    cleaner.feed(markup)
    cleaner.close()
    text = _SPACES.sub(" ", cleaner.result())
    previous = None
    while previous != text:
        previous, text = text, _EMPTY_BLOCK.sub("", text)
    text = re.sub(r"\s*(</?(?:p|h1|h2|h3|ul|ol|li)>)\s*", r"\1", text)
    return text.strip()


def plain_to_html(text: str) -> str:
    """Plain text (a paste without HTML) as paragraphs."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )
