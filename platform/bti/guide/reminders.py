"""When a municipality reminds its staff of a deadline or a consent running out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReminderRules:
    """A municipality's reminders (``bti reminders run``), from its own guide.

    * ``days_before`` — how many days before a deadline runs out its owner is reminded,
      unless the deadline sets its own reminder (``DeadlineRule.remind_days``, e.g. Vestby's
      follow-up meeting «innen 2-4 uker»: reminded at two weeks). ``days_before_by_code``
      gives a deadline code its own number.
    * ``leaders_when_overdue`` — once a deadline has run out, the leaders of the case's unit
      are told as well as the owner.
    * ``consent_warning_days`` — how many days before a consent's period ends the
      stafettholder (or, without one, whoever opened the case) is told; ``None``: no such
      reminder (the municipality's guide says nothing about a consent's period).
    """

    days_before: int = 2
    days_before_by_code: Mapping[str, int] = field(default_factory=dict)
    leaders_when_overdue: bool = True
    consent_warning_days: int | None = None

    def days_before_for(self, code: str) -> int:
        return self.days_before_by_code.get(code, self.days_before)

    @property
    def longest_notice(self) -> int:
        """The most days before a deadline that any reminder comes: the query's window."""
        return max([self.days_before, *self.days_before_by_code.values()])
