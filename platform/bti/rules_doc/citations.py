"""The citation comments of the feature files: one machine-readable form.

A scenario says where its rule comes from in a comment block directly above it (above its
tags, if it has any), above ``Regel:`` for a source the rule's scenarios share, or above
``Egenskap:`` for a source the whole feature shares::

    # Kilde: <document>, «<heading>»[, <locator>]: «<passage>»[ <note>]
    #   <continuation of the same citation>

- ``<document>`` is a path under ``shared/``: ``shared/seeds/<file>.txt`` for a
  municipality's guide, ``shared/DESIGN.md`` for a rule of the platform's design.
- ``<heading>`` is a heading of that document, as :mod:`bti.rules_doc.sources` defines one
  (compared without regard to case, spaces or a closing colon).
- ``<locator>`` is optional: where under the heading, in the guide's own words (``trinn 4``,
  ``Hvem?``, ``punkt 2``). It holds no ``«``.
- ``<passage>`` is quoted from the document. Whitespace does not count, and ``[…]`` stands
  for left-out text: each piece between the gaps occurs in the document, in that order.
  Guillemets inside the passage must pair up.
- ``<note>`` is optional: free text after the passage, the scenario writer's reading of it
  («En sak som alt er på nivå 3, blir der.»).
- A citation continues on the lines that begin with ``#`` and three spaces. Several
  ``# Kilde:`` lines may stand in one block; comment lines above the first ``# Kilde:`` of a
  block are ordinary comments.

:func:`parse_block` reads such a block; the check that every feature file keeps to the form
and that every heading and passage is in its document is :mod:`bti.rules_doc.check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIX = "Kilde:"
CONTINUATION = "#   "
GAP = "[…]"
_DOCUMENT = re.compile(r"(shared/[\w./-]+), «")


@dataclass(frozen=True)
class Citation:
    """One ``# Kilde:`` of a block: which document, under which heading, what it says."""

    document: str
    heading: str
    locator: str
    passage: str
    note: str
    line: int

    @property
    def pieces(self) -> list[str]:
        """The passage's quoted pieces, split at ``[…]``, whitespace-normalised."""
        return [p for p in (normalise(piece) for piece in self.passage.split(GAP)) if p]


class CitationError(ValueError):
    """A comment that begins ``# Kilde:`` but does not keep to the form; ``line`` is where."""

    def __init__(self, message: str, line: int):
        super().__init__(f"line {line}: {message}")
        self.line = line


def normalise(text: str) -> str:
    """``text`` with every run of whitespace one space, stripped."""
    return " ".join(text.split())


def parse_block(lines: list[tuple[int, str]]) -> list[Citation]:
    """The citations in a comment block, given as ``(line number, text)`` pairs in order,
    each text the whole comment line (``# …``, leading spaces removed).

    :raises CitationError: a ``# Kilde:`` line that does not parse, or a line after the
        first ``# Kilde:`` that is neither another one nor a continuation.
    """
    citations: list[Citation] = []
    current: list[str] = []
    start = 0
    for number, text in lines:
        body = text[1:].strip() if text.startswith("#") else text
        if body.startswith(PREFIX):
            if current:
                citations.append(_parse(" ".join(current), start))
            current, start = [body.removeprefix(PREFIX).strip()], number
        elif current and text.startswith(CONTINUATION) and body:
            current.append(body)
        elif current:
            raise CitationError(
                "a comment under a citation must continue it (#   …) or be a new # Kilde:",
                number,
            )
    if current:
        citations.append(_parse(" ".join(current), start))
    return citations


def _parse(text: str, line: int) -> Citation:
    match = _DOCUMENT.match(text)
    if not match:
        raise CitationError("a citation begins with a path under shared/ and «heading»", line)
    heading, end = _quoted(text, match.end() - 1, line)
    rest = text[end:]
    locator = ""
    colon = rest.find(": «")
    if colon < 0:
        raise CitationError("the heading is followed by [, locator]: «passage»", line)
    between = rest[:colon]
    if between:
        if not between.startswith(", ") or "«" in between:
            raise CitationError("only «, locator» may stand between heading and passage", line)
        locator = between[2:].strip()
    passage, after = _quoted(text, end + colon + 2, line)
    return Citation(
        document=match.group(1),
        heading=normalise(heading),
        locator=locator,
        passage=normalise(passage),
        note=text[after:].strip(),
        line=line,
    )


def _quoted(text: str, start: int, line: int) -> tuple[str, int]:
    """The text inside the guillemets opening at ``start`` (nested pairs kept), and the
    index after the closing one."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "«":
            depth += 1
        elif text[index] == "»":
            depth -= 1
            if depth == 0:
                return text[start + 1 : index], index + 1
    raise CitationError("a «quotation» is not closed", line)
