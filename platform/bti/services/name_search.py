"""Searching by the start of a name: what the user typed, cut into words, and a condition
that a column has a word starting with each of them.

Shared by the search for a colleague to bring into a case (:mod:`bti.services.staff_search`)
and for a child on the new-concern form (:func:`bti.services.subjects.find_children`). The
search runs in the database and returns a bounded list; nothing here reads a whole table
into Python.

Case: SQLAlchemy's ``ilike`` is ``ILIKE`` on PostgreSQL and ``lower(…) LIKE lower(…)`` on
SQLite, whose ``lower`` and ``LIKE`` fold ASCII only. Names are written with a capital first
letter, so a word that starts with another letter is also tried capitalised: «øy» finds
«Øystein» on both.

Cost: the condition is one ``LIKE`` per word and column (two for «æøå»), evaluated on the rows
the query's other conditions leave (the municipality's staff, the children of the user's
units), with a ``LIMIT``. It is not served by an index; one would need a stored search key
(lower-case words of the name) and a migration.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, literal, or_

#: At most this many characters of what the user typed are read, and this many words.
MAX_LENGTH = 60
MAX_WORDS = 3


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
    hyphen), whatever the case: one ``LIKE`` on `` ' ' || replace(column, '-', ' ')``, and
    a second with the word capitalised only when its first letter is not ASCII."""
    spaced = literal(" ") + func.replace(column, "-", " ")
    variants = {word} if word[:1].isascii() else {word, word[:1].upper() + word[1:]}
    return or_(
        *(
            spaced.ilike(f"% {_escaped(variant.replace('-', ' '))}%", escape="\\")
            for variant in sorted(variants)
        )
    )


def every_word_starts(columns, text: str | None) -> list[ColumnElement[bool]]:
    """One condition per word of ``text``: some column of ``columns`` has a word starting
    with it. Empty when nothing was typed."""
    return [or_(*(starts_a_word(column, word) for column in columns)) for word in words(text)]
