"""A page of a list that the database counted and cut (``LIMIT``/``OFFSET``)."""

from __future__ import annotations


class Paged:
    """Gives a page dataclass with ``total`` and ``per_page`` fields its number of pages."""

    total: int
    per_page: int

    @property
    def pages(self) -> int:
        """How many pages the list has: at least one, an empty list's."""
        return max(1, -(-self.total // self.per_page))
