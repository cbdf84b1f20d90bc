"""A municipality as the platform knows it: its name, number, written standard, time zone
and target group."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


class Malform(StrEnum):
    """The written standard a municipality uses towards its inhabitants."""

    BOKMAL = "nb"
    NYNORSK = "nn"


@dataclass(frozen=True)
class TargetGroup:
    """Who the municipality's BTI work covers: an age span, and whether pregnant women are in.

    Ages are completed years on the day, both ends included: ``max_age`` 23 («0–23 år»)
    covers a person up to the day before the 24th birthday. A new concern about someone
    outside is refused (:func:`bti.rules.child.in_target_group`). The default is the national
    model's: «BTI er en samhandlingsmodell for tjenester som møter gravide, barn, unge og
    foreldre» (as Jevnaker's guide quotes it), 0–23 as most guides write it.
    """

    min_age: int = 0
    max_age: int = 23
    includes_pregnant: bool = True


@dataclass(frozen=True)
class Profile:
    """A municipality as the platform knows it."""

    slug: str
    name: str
    kommunenummer: str
    malform: Malform = Malform.BOKMAL
    timezone: str = "Europe/Oslo"
    target_group: TargetGroup = field(default_factory=TargetGroup)
    #: The guide's own first words to an employee with a concern, shown on the new-concern
    #: page («Dersom du lurer på om et barn/ungdom trenger hjelp, plikter du som ansatt å
    #: gjøre noe med det», Jevnaker).
    greeting: str = ""
    #: What the guide says of itself, shown at the top of the guide page («Handlingsveilederen
    #: er forpliktende for alle ansatte som møter barn og unge …»).
    guide_intro: str = ""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)
