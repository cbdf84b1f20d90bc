"""What every demo builder shares while one municipality is loaded."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from faker import Faker

from bti import clock
from bti.db import BtiSession
from bti.demo.identity import seed_for
from bti.models import Guardian, StaffUser, Subject, Unit
from bti.plugins import Municipality


@dataclass
class DemoContext:
    """One municipality's load: its open transaction, its seeded Faker, and the rows made
    so far, by the keys the stories use."""

    session: BtiSession
    municipality: Municipality
    password_hash: str
    fake: Faker
    now: datetime
    today: date
    units: dict[str, Unit] = field(default_factory=dict)
    staff: dict[str, StaffUser] = field(default_factory=dict)
    subjects: dict[str, Subject] = field(default_factory=dict)
    ages: dict[str, int] = field(default_factory=dict)
    guardians: dict[str, list[Guardian]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(
        cls, session: BtiSession, municipality: Municipality, password_hash: str
    ) -> DemoContext:
        # "no_NO" is Faker's Norwegian (bokmål) locale; it has no "nb_NO".
        fake = Faker("no_NO")
        fake.seed_instance(seed_for(municipality.slug))
        today = clock.today(municipality)
        return cls(session, municipality, password_hash, fake, clock.now(), today)

    @property
    def rng(self) -> random.Random:
        """The Faker instance's own seeded generator, so one seed drives everything."""
        return self.fake.random

    @property
    def slug(self) -> str:
        return self.municipality.slug

    def save(self, *rows: Any) -> None:
        """Add ``rows`` and flush, so their ids exist before a child row refers to them
        (there are no ORM relationships to order the inserts for us)."""
        self.session.add_all(rows)
        self.session.flush()

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A wall-clock time in the municipality, as the aware datetime the columns want."""
        at = datetime.combine(day, time(hour, minute), tzinfo=self.municipality.profile.tz)
        return at.astimezone(UTC)
