"""Searching by the start of a name: what the user typed, cut into words, and a condition
that a column has a word starting with each of them.

Shared by the search for a colleague to bring into a case (:mod:`bti.services.staff_search`)
and for a child on the new-concern form (:func:`bti.services.subjects.find_children`). The
search runs in the database and returns a bounded list; nothing here reads a whole table
into Python.

Case: SQLAlchemy's ``ilike`` is ``ILIKE`` on PostgreSQL and ``lower(…) LIKE lower(…)`` on
SQLite, whose ``lower`` and ``LIKE`` fold ASCII only. Names are written with a capital first
letter, so each word is also tried capitalised: «øy» finds «Øystein» on both.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_

#: At most this many characters of what the user typed are read, and this many words.
MAX_LENGTH = 60
MAX_WORDS = 3

# The characters before the start of a word inside a name: «Anne-Lise», «Nordby skole».
_SEPARATORS = (" ", "-")


def cleaned(text: str | None) -> str:
    """What the user typed, trimmed and cut at :data:`MAX_LENGTH`, spaces collapsed."""
    return " ".join((text or "")[:MAX_LENGTH].split())


def words(text: str | None) -> list[str]:
    """The first :data:`MAX_WORDS` words of ``text``, lower case."""
    return cleaned(text).lower().split()[:MAX_WORDS]


def _escaped(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def starts_a_word(column, word: str) -> ColumnElement[bool]:
    """``column`` has a word that starts with ``word`` (at its start, or after a space or a
    hyphen), whatever the case."""
    patterns = set()
    for variant in {word, word[:1].upper() + word[1:]}:
        start = _escaped(variant)
        patterns.add(f"{start}%")
        patterns.update(f"%{separator}{start}%" for separator in _SEPARATORS)
    return or_(*(column.ilike(pattern, escape="\\") for pattern in sorted(patterns)))


def every_word_starts(columns, text: str | None) -> list[ColumnElement[bool]]:
    """One condition per word of ``text``: some column of ``columns`` has a word starting
    with it. Empty when nothing was typed."""
    return [or_(*(starts_a_word(column, word) for column in columns)) for word in words(text)]
