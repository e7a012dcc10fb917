"""A contribution's Markdown in the exports: formatted in DOCX, readable plain text in XLSX.

Both start from the page's own rendering (discussions/markdown.py `render_markdown`, sanitised
by nh3), so an export shows exactly what the public page shows: paragraphs, bold, italic,
lists, links and quotes; nothing else can get through.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from discussions.markdown import render_markdown

_BLANKS = re.compile(r"\s+")


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    href: str = ""  # a link's destination, shown after its text


@dataclass
class Block:
    """A paragraph, a list item (`marker` "-" or "3.", `depth` from 1) or a quoted paragraph."""

    runs: list[Run] = field(default_factory=list)
    marker: str = ""
    depth: int = 0
    quoted: bool = False

    def text(self) -> str:
        return "".join(run.text + _link_suffix(run) for run in self.runs).strip()


def _link_suffix(run: Run) -> str:
    return f" ({run.href})" if run.href and run.href != run.text.strip() else ""


class _Blocks(HTMLParser):
    """Walks the sanitised HTML (p, br, strong, em, ul, ol, li, a, blockquote) into blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.block: Block | None = None
        self.lists: list[list] = []  # [tag, items so far] per open list
        self.quotes = self.bold = self.italic = 0
        self.href = ""

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self._close()
            self.lists.append([tag, 0])
        elif tag == "li":
            self._close()
            if self.lists:
                self.lists[-1][1] += 1
            self._open()
        elif tag == "p":
            if not (self.block and self.block.marker and not self.block.runs):
                self._close()  # a loose list's item holds its text in a <p>
        elif tag == "blockquote":
            self._close()
            self.quotes += 1
        elif tag == "br":
            self._current().runs.append(Run("\n"))
        elif tag == "strong":
            self.bold += 1
        elif tag == "em":
            self.italic += 1
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""

    def handle_endtag(self, tag):
        if tag in ("p", "li"):
            self._close()
        elif tag in ("ul", "ol"):
            self._close()
            if self.lists:
                self.lists.pop()
        elif tag == "blockquote":
            self._close()
            self.quotes = max(0, self.quotes - 1)
        elif tag == "strong":
            self.bold = max(0, self.bold - 1)
        elif tag == "em":
            self.italic = max(0, self.italic - 1)
        elif tag == "a":
            self.href = ""

    def handle_data(self, data):
        text = _BLANKS.sub(" ", data)
        if not text.strip() and (self.block is None or not self.block.runs):
            return
        block = self._current()
        if not block.runs or block.runs[-1].text.endswith("\n"):
            text = text.lstrip()
        if text:
            block.runs.append(Run(text, self.bold > 0, self.italic > 0, self.href))

    def _open(self) -> Block:
        marker, depth = "", 0
        if self.lists:
            tag, count = self.lists[-1]
            marker, depth = ("-" if tag == "ul" else f"{count}."), len(self.lists)
        self.block = Block(marker=marker, depth=depth, quoted=self.quotes > 0)
        return self.block

    def _current(self) -> Block:
        return self.block or self._open()

    def _close(self) -> None:
        if self.block is not None and self.block.runs:
            runs = self.block.runs
            while runs and not runs[-1].text.strip():
                runs.pop()  # a trailing <br> or blank
            if runs:
                runs[-1].text = runs[-1].text.rstrip()
                self.blocks.append(self.block)
        self.block = None


def markdown_blocks(source: str) -> list[Block]:
    """The blocks of a contribution's Markdown, as the public page renders them."""
    parser = _Blocks()
    parser.feed(render_markdown(source))
    parser.close()
    parser._close()
    return parser.blocks


def markdown_plain_text(source: str) -> str:
    """Readable text: no Markdown signs, one line per paragraph or list item, links with URL."""
    lines: list[str] = []
    for block in markdown_blocks(source):
        text = block.text()
        if block.marker:
            text = "  " * (block.depth - 1) + f"{block.marker} {text}"
        if block.quoted:
            text = "\n".join(f"> {line}" for line in text.split("\n"))
        lines.append(text)
    return "\n".join(lines)


def add_markdown_to_docx(document, source: str) -> None:
    """Paragraphs with bold and italic runs, bulleted and numbered lists, quotes, links + URL."""
    # python-docx numbers every "List Number" paragraph of a document as one list, so numbers
    # are written out (in an indented "List Continue" paragraph) to restart in each contribution.
    for block in markdown_blocks(source):
        level = "" if block.depth <= 1 else f" {min(block.depth, 3)}"
        if block.marker == "-":
            paragraph = document.add_paragraph(style=f"List Bullet{level}")
        elif block.marker:
            paragraph = document.add_paragraph(style=f"List Continue{level}")
            paragraph.add_run(f"{block.marker} ")
        else:
            paragraph = document.add_paragraph(style="Quote" if block.quoted else None)
        for run in block.runs:
            _add_run(paragraph, run)


def _add_run(paragraph, run: Run) -> None:
    lines = run.text.split("\n")
    for number, line in enumerate(lines):
        if number:
            paragraph.add_run().add_break()
        if line:
            added = paragraph.add_run(line)
            added.bold, added.italic = run.bold or None, run.italic or None
            if run.href:
                added.underline = True
    suffix = _link_suffix(run)
    if suffix:
        paragraph.add_run(suffix)
