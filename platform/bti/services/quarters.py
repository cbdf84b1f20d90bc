"""A quarter of a year (``2026Q4``), the period the municipality's figures and protocols are
collected for («sendes til koordinator Sammen for barn og unge, kvartalsvis»)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from bti import clock
from bti.i18n import lazy_gettext as _l
from bti.plugins import Municipality


class InvalidQuarter(ValueError):
    """Text that is not a quarter such as ``2026Q4``."""


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter: ``Quarter(2026, 4)`` is 1 October – 31 December 2026, written
    ``2026Q4``."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if self.number not in (1, 2, 3, 4):
            raise InvalidQuarter(f"A year has quarters 1 to 4, not {self.number}.")
        if not 1900 <= self.year <= 9998:
            raise InvalidQuarter(f"{self.year} is not a year the platform counts.")

    _PATTERN = re.compile(r"^\s*(\d{4})\s*[-_ ]?\s*[Qq]([1-4])\s*$")

    @classmethod
    def parse(cls, text: str | None) -> Quarter:
        """``"2026Q4"`` (also ``2026-q4``) → ``Quarter(2026, 4)``; anything else raises
        :class:`InvalidQuarter` with a sentence saying how to write one."""
        found = cls._PATTERN.match(text or "")
        if not found:
            raise InvalidQuarter(
                f"{text!r} is not a quarter: write the year, Q and the quarter's number "
                "(1-4), e.g. 2026Q4."
            )
        return cls(int(found[1]), int(found[2]))

    @classmethod
    def of(cls, day: date) -> Quarter:
        """The quarter ``day`` falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def current(cls, municipality: Municipality) -> Quarter:
        """The quarter today falls in where ``municipality`` is, by the application's clock."""
        return cls.of(clock.today(municipality))

    @property
    def start(self) -> date:
        """Its first day."""
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """Its last day."""
        following = self.next().start
        return date.fromordinal(following.toordinal() - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self, count: int = 1) -> Quarter:
        """The quarter ``count`` quarters before this one."""
        index = self.year * 4 + self.number - 1 - count
        return Quarter(index // 4, index % 4 + 1)

    def last(self, count: int) -> tuple[Quarter, ...]:
        """The ``count`` quarters ending with this one, oldest first."""
        return tuple(self.previous(n) for n in range(count - 1, -1, -1))

    def bounds(self, tz) -> tuple[datetime, datetime]:
        """From its first local midnight (included) to the next quarter's (excluded), in
        UTC: the moments whose local date in ``tz`` falls in the quarter."""
        return (
            datetime.combine(self.start, time(), tzinfo=tz).astimezone(UTC),
            datetime.combine(self.next().start, time(), tzinfo=tz).astimezone(UTC),
        )

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def label(self):
        """«4. kvartal 2026» in the reader's language."""
        return _l("Q%(number)s %(year)s", number=self.number, year=self.year)
