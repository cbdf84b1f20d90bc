"""Whom to call, and when they answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class OpeningHours:
    """When a contact answers, in the municipality's local time.

    Both ends count, as a guide writes them: «08.00 – 15.00» answers at 08.00 and at 15.00.
    A time is a whole minute, so ``closes`` 15.00 answers until 15:00:59 and the next
    minute is the first one closed. ``weekdays`` uses Python's numbering (Monday is 0).
    ``closes`` earlier than ``opens`` means the span runs past midnight. An office
    (``closed_on_holidays``) is closed on Norwegian public holidays (helligdager and 1 and
    17 May).
    """

    opens: time
    closes: time
    weekdays: frozenset[int] = frozenset(range(5))
    closed_on_holidays: bool = False

    def covers(self, local: datetime) -> bool:
        moment = local.timetz().replace(tzinfo=None)
        # The minute it is now, against the minute the span closes: 15:00:59 is still 15.00.
        minute = moment.replace(second=0, microsecond=0)
        last = self.closes.replace(second=0, microsecond=0)
        if self.opens <= self.closes:
            day = local.date()
            return (
                local.weekday() in self.weekdays
                and self.opens <= moment
                and minute <= last
                and not self._holiday(day)
            )
        # Past midnight: the evening part belongs to the listed day, the morning to the next.
        if moment >= self.opens:
            return local.weekday() in self.weekdays and not self._holiday(local.date())
        yesterday = local.date() - timedelta(days=1)
        return (
            minute <= last and yesterday.weekday() in self.weekdays and not self._holiday(yesterday)
        )

    def _holiday(self, day: date) -> bool:
        from bti.rules.holidays import is_public_holiday

        return self.closed_on_holidays and is_public_holiday(day)


@dataclass(frozen=True)
class Contact:
    """A phone number to call, when it answers and when to use it.

    ``hours`` empty means it always answers — unless ``when_closed`` names the ``kind`` of
    another contact: then it answers exactly when that one does not (a barnevernsvakt
    answers when the barnevern office is closed: evenings, weekends, public holidays).
    ``acute`` marks the contacts for the acute path.
    """

    name: str
    phone: str
    when_to_use: str = ""
    hours: tuple[OpeningHours, ...] = ()
    acute: bool = False
    kind: str = ""
    when_closed: str = ""
    #: A public page about the service that the guide links to. ``phone`` may be empty where
    #: the guide gives no number: the platform then says the municipality fills it in, and
    #: never offers a number to call.
    url: str = ""

    def answers_at(self, at: datetime, tz: str = "Europe/Oslo") -> bool:
        """Whether it answers at ``at`` by its own hours (``when_closed`` is resolved by
        :func:`bti.rules.contacts.contacts_for`, which knows the other contacts)."""
        if not self.hours:
            return True
        local = at.astimezone(ZoneInfo(tz))
        return any(span.covers(local) for span in self.hours)
