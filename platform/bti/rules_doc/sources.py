"""The documents the citations point into, their headings, and the passages in them.

A document is named by its path under the sources folder (``shared/seeds/<file>.txt``,
``shared/DESIGN.md``). What counts as a heading:

- in a Markdown document, each ``#`` line (its text without the hashes);
- in a guide (``.txt``), the headings its municipality's plugin lists for it
  (:class:`bti.guide.GuideSource`, hook ``bti_register_guide_sources``). The guides were
  extracted from PDFs and web pages, where no rule of layout tells a heading from a broken
  line, so each one is listed by hand, in the guide's order: title, chapters, sections, the
  named rows of its tables and its numbered parts. Each listed heading begins one of the
  guide's lines.

Headings and lines are compared by :func:`heading_key`: case, runs of whitespace, a leading
bullet and a closing colon do not count. A passage is found when each of its pieces (split at
``[…]``) occurs in the document, in order, with whitespace normalised.

The plugins also say which guides are each municipality's own: :func:`guides_by_municipality`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from bti.rules_doc.citations import Citation, normalise

if TYPE_CHECKING:
    from bti.guide import GuideSource
    from bti.plugins import Registry

_BULLET = re.compile(r"^[•\-–*\s]+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$")


def heading_key(text: str) -> str:
    """``text`` as headings are compared: no bullet, no closing colon, one case and spacing."""
    return normalise(_BULLET.sub("", text)).rstrip(":").strip().casefold()


def guides_by_municipality(registry: Registry) -> dict[str, tuple[GuideSource, ...]]:
    """Each enabled municipality's own guides, by slug, as its plugin names them."""
    return {municipality.slug: municipality.guide_sources for municipality in registry}


@dataclass
class Document:
    """One cited document: its path under the sources folder, title, text and headings."""

    path: str
    title: str
    text: str
    listed: list[str] = field(default_factory=list)

    @cached_property
    def lines(self) -> list[str]:
        return self.text.splitlines()

    @cached_property
    def headings(self) -> list[str]:
        """The document's headings, in its order."""
        if self.path.endswith(".md"):
            found = (_MARKDOWN_HEADING.match(line) for line in self.lines)
            return [m.group(1) for m in found if m]
        return list(self.listed)

    @cached_property
    def _flat(self) -> str:
        return normalise(self.text)

    def heading(self, cited: str) -> str | None:
        """The document's own spelling of the heading ``cited``, or ``None``."""
        key = heading_key(cited)
        return next((h for h in self.headings if heading_key(h) == key), None)

    def unplaced_headings(self) -> list[str]:
        """Listed headings that begin none of the document's lines (should be none)."""
        keys = [heading_key(line) for line in self.lines]
        return [h for h in self.listed if not any(k.startswith(heading_key(h)) for k in keys)]

    def find(self, citation: Citation) -> int | None:
        """Where the citation's passage begins in the normalised text, or ``None``."""
        position, first = 0, None
        for piece in citation.pieces:
            found = self._flat.find(piece, position)
            if found < 0:
                return None
            first = found if first is None else first
            position = found + len(piece)
        return first

    def context(self, citation: Citation, width: int = 600) -> str | None:
        """The stretch of the document around the passage (about ``width`` characters,
        cut at sentence ends where it can), to read it in its place; ``None`` if not found."""
        start = self.find(citation)
        if start is None:
            return None
        end = start + max(len(citation.passage), 1)
        before = self._flat.rfind(". ", max(0, start - width // 3), start)
        after = self._flat.find(". ", end, end + width)
        begin = before + 2 if before >= 0 else max(0, start - width // 3)
        finish = after + 1 if after >= 0 else min(len(self._flat), end + width // 3)
        return self._flat[begin:finish].strip()


class Sources:
    """The documents under ``root`` (the folder that holds ``shared/``), read once each;
    ``guides`` gives the title and headings of each guide the plugins name (any
    municipality's: the core's rules cite them all)."""

    def __init__(self, root: Path, guides: Iterable[GuideSource] = ()):
        self.root = Path(root)
        self._listed = {guide.path: guide for guide in guides}
        self._documents: dict[str, Document | None] = {}

    def document(self, path: str) -> Document | None:
        """The document at ``path`` (``shared/…``), or ``None`` if it is not there."""
        if path not in self._documents:
            self._documents[path] = self._read(path)
        return self._documents[path]

    def _read(self, path: str) -> Document | None:
        if not path.startswith("shared/") or ".." in Path(path).parts:
            return None
        file = self.root / path
        if not file.is_file():
            return None
        guide = self._listed.get(path)
        return Document(
            path=path,
            title=guide.title if guide else Path(path).name,
            text=file.read_text(encoding="utf-8"),
            listed=list(guide.headings) if guide else [],
        )

    def listed_paths(self) -> list[str]:
        """Every guide the plugins name."""
        return list(self._listed)
