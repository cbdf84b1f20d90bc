"""The figures a municipality follows up, counted from its standing teams' tables for one
quarter, with small cells suppressed.

Bærum's tiltaksplan asks for «Andel saker i tidlig innsatsteam der foreldre har deltatt,
type saker og effekt av innsatsen» and «Hvilke barnehager/skoler som bruker tidlig
innsatsteam» («Måling av effekt på kort sikt»), with «Foreldre deltar i 100 % av sakene»
as the goal («… på lang sikt»). :class:`Figures` counts them for one :class:`Quarter`;
an :class:`bti.guide.Indicator`'s ``compute`` is called with one.

**Small cells.** A figure about few people can point at a family, so:

* a count from 1 to 4 is never shown: a :class:`Count` says «under 5» instead (0 may be
  shown: it points at nobody);
* a share (:class:`Share`) is shown only when its denominator is at least 5 and neither its
  numerator nor its complement (denominator − numerator) is from 1 to 4 — otherwise
  «4 of 9» or «100 % but one» could be read back from it;
* a mean or median (:class:`Days`, :class:`Evaluations`) is shown only over 5 or more
  cases.

This is primary suppression only: where a total and all but one of its parts are shown (10
cases, 8 of them in one team), the hidden part can be had by subtraction. The breakdowns
are of teams, case types and units, not of people, and the plan asks for them; a page that
breaks a figure down by something nearer a person wants complementary suppression first.

A case belongs to the quarter of its meeting date: ``TeamReferral.starts_at`` in the
municipality's own time zone (a meeting on 31 December at 23.30 in Oslo is in the fourth
quarter, though it is 22.30 UTC). It counts as discussed once its ``TeamDiscussion`` is
rounded off (``closed_at``).

One quarter's discussed cases are read in one query of narrow columns (a quarter holds some
hundred cases even in a large municipality) and counted in Python, because a case's types
are a comma-separated list the database cannot group.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.i18n import lazy_gettext as _l
from bti.models import (
    Case,
    CaseStatus,
    TeamDiscussion,
    TeamEvaluation,
    TeamRecord,
    TeamReferral,
    Unit,
    UnitKind,
)
from bti.plugins import Municipality
from bti.services.quarters import Quarter

#: The smallest number of people a figure may be about.
SMALL = 5

#: What a suppressed count reads as.
UNDER_FIVE = _l("under 5")

#: The units whose use of the team the plan asks about («Hvilke barnehager/skoler»).
SCHOOL_KINDS = (UnitKind.BARNEHAGE, UnitKind.SKOLE)

#: The answers of an evaluation's yes/partly/no questions, in order.
ANSWERS = ("yes", "partly", "no")


@dataclass(frozen=True)
class Count:
    """A number of cases (or units): ``value`` is ``None`` while it is from 1 to 4."""

    raw: int

    @property
    def suppressed(self) -> bool:
        return 0 < self.raw < SMALL

    @property
    def value(self) -> int | None:
        return None if self.suppressed else self.raw

    def __str__(self) -> str:
        return str(UNDER_FIVE) if self.suppressed else str(self.raw)


@dataclass(frozen=True)
class Share:
    """``numerator`` of ``denominator`` cases as a percentage. Shown only when the
    denominator is 5 or more and neither the numerator nor its complement is from 1 to 4;
    ``value`` is ``None`` otherwise (``suppressed``), and also when there is nothing to count
    (a denominator of 0, not suppressed)."""

    numerator: int
    denominator: int

    @property
    def suppressed(self) -> bool:
        if self.denominator == 0:
            return False
        complement = self.denominator - self.numerator
        return self.denominator < SMALL or 0 < self.numerator < SMALL or 0 < complement < SMALL

    @property
    def value(self) -> float | None:
        if self.denominator == 0 or self.suppressed:
            return None
        return round(100 * self.numerator / self.denominator, 1)


@dataclass(frozen=True)
class Days:
    """Days from referral to the meeting, over ``cases`` cases; the median and mean are
    ``None`` under 5 cases."""

    cases: int
    median: float | None
    mean: float | None

    @property
    def suppressed(self) -> bool:
        return 0 < self.cases < SMALL


@dataclass(frozen=True)
class TeamCount:
    """Discussed cases per team, with the ages it serves."""

    name: str
    min_age: int
    max_age: int
    includes_pregnant: bool
    cases: Count
    took_part: Share


@dataclass(frozen=True)
class UnitCount:
    """Discussed cases referred by one unit (``name`` empty: the other services together)."""

    name: str
    kind: str
    cases: Count


@dataclass(frozen=True)
class Evaluations:
    """The families' answers to the evaluations of the quarter's meetings."""

    answered: Count
    #: The mean of «how was it to take part», 1 (bad) … 5 (good); ``None`` under 5 answers.
    experience_mean: float | None
    #: How many answered 1, 2 … 5.
    experience: tuple[tuple[int, Count], ...]
    #: yes / partly / no for «was the action plan followed up» and «did the measures help».
    plan_followed: tuple[tuple[str, Count], ...]
    measures_helped: tuple[tuple[str, Count], ...]
    #: The share of those who answered that the measures helped («yes» or «partly»).
    helped: Share


@dataclass(frozen=True)
class _Discussed:
    team_id: int
    unit_id: int | None
    case_types: str
    guardians_present: bool | None
    youth_present: bool | None
    referred_at: datetime
    starts_at: datetime

    @property
    def family_took_part(self) -> bool:
        # A case discussed on the written consent alone, without them, did not have them.
        return bool(self.guardians_present or self.youth_present)


class Figures:
    """One municipality's figures for one quarter, read from the session's scope.

    ``session`` is scoped to the municipality (``Database.scoped``); ``today`` defaults to
    the application's clock and decides whether the quarter is the current one (the open
    cases are a count of today, not of a past quarter).
    """

    def __init__(
        self,
        session: Session,
        municipality: Municipality,
        quarter: Quarter,
        *,
        today: date | None = None,
    ):
        self.session = session
        self.municipality = municipality
        self.quarter = quarter
        self.today = today or clock.today(municipality)

    # -- the quarter's cases ------------------------------------------------------------------

    @cached_property
    def _discussed(self) -> list[_Discussed]:
        start, end = self.quarter.bounds(self.municipality.profile.tz)
        rows = self.session.exec(
            select(
                TeamReferral.team_id,
                TeamReferral.unit_id,
                TeamReferral.case_types,
                TeamDiscussion.guardians_present,
                TeamDiscussion.youth_present,
                TeamReferral.referred_at,
                TeamReferral.starts_at,
            )
            .join(TeamDiscussion, TeamDiscussion.referral_id == TeamReferral.id)
            .where(
                TeamDiscussion.closed_at.is_not(None),
                TeamReferral.starts_at >= start,
                TeamReferral.starts_at < end,
            )
        ).all()
        return [_Discussed(*row) for row in rows]

    def discussed(self) -> Count:
        """The cases discussed in the quarter."""
        return Count(len(self._discussed))

    def participation(self) -> Share:
        """The share of the discussed cases where the guardians or the youth took part
        («Andel saker i tidlig innsatsteam der foreldre har deltatt»). A case discussed on
        the written consent without them counts as not taking part."""
        cases = self._discussed
        return Share(sum(c.family_took_part for c in cases), len(cases))

    def per_team(self) -> list[TeamCount]:
        """Every team (also those without a case this quarter), youngest first."""
        teams = self.session.exec(
            select(TeamRecord).order_by(TeamRecord.min_age, TeamRecord.name)
        ).all()
        by_team: dict[int, list[_Discussed]] = {}
        for case in self._discussed:
            by_team.setdefault(case.team_id, []).append(case)
        return [
            TeamCount(
                name=team.name,
                min_age=team.min_age,
                max_age=team.max_age,
                includes_pregnant=team.includes_pregnant,
                cases=Count(len(by_team.get(team.id, []))),
                took_part=Share(
                    sum(c.family_took_part for c in by_team.get(team.id, [])),
                    len(by_team.get(team.id, [])),
                ),
            )
            for team in teams
        ]

    def per_case_type(self) -> list[tuple[str, Count]]:
        """``(code, cases)`` for each case type, most frequent first; a case with several
        types counts once under each."""
        counts = Counter(
            code
            for case in self._discussed
            for code in dict.fromkeys(t.strip() for t in case.case_types.split(","))
            if code
        )
        return [(code, Count(n)) for code, n in counts.most_common()]

    def per_unit(self) -> list[UnitCount]:
        """The kindergartens and schools that referred the quarter's cases, most cases first
        («Hvilke barnehager/skoler som bruker tidlig innsatsteam»), then the other services
        together."""
        counts = Counter(case.unit_id for case in self._discussed)
        ids = [i for i in counts if i is not None]
        units = {
            unit.id: unit
            for unit in (
                self.session.exec(select(Unit).where(Unit.id.in_(ids))).all() if ids else []
            )
        }
        rows = [
            UnitCount(name=units[i].name, kind=str(units[i].kind), cases=Count(n))
            for i, n in counts.items()
            if i in units and units[i].kind in SCHOOL_KINDS
        ]
        rows.sort(key=lambda row: (-row.cases.raw, row.name))
        others = sum(
            n for i, n in counts.items() if i not in units or units[i].kind not in SCHOOL_KINDS
        )
        if others:
            rows.append(UnitCount(name="", kind="", cases=Count(others)))
        return rows

    def units_using_team(self) -> Count:
        """How many kindergartens and schools referred a case discussed in the quarter."""
        return Count(sum(1 for row in self.per_unit() if row.name))

    def days_to_meeting(self) -> Days:
        """Days from the referral to the meeting: median and mean."""
        days = [(c.starts_at - c.referred_at).total_seconds() / 86400 for c in self._discussed]
        if len(days) < SMALL:
            return Days(cases=len(days), median=None, mean=None)
        return Days(
            cases=len(days),
            median=round(statistics.median(days), 1),
            mean=round(statistics.fmean(days), 1),
        )

    # -- the families' evaluations ------------------------------------------------------------

    @cached_property
    def _evaluations(self) -> list[tuple[int | None, str, str]]:
        """``(experience, plan_followed, measures_helped)`` of the evaluations answered
        about a meeting in the quarter (its date, or else the day it was answered)."""
        start, end = self.quarter.bounds(self.municipality.profile.tz)
        rows = self.session.exec(
            select(
                TeamEvaluation.experience,
                TeamEvaluation.plan_followed,
                TeamEvaluation.measures_helped,
            ).where(
                TeamEvaluation.answered_at.is_not(None),
                sa.or_(
                    TeamEvaluation.about_meeting_on.between(self.quarter.start, self.quarter.end),
                    sa.and_(
                        TeamEvaluation.about_meeting_on.is_(None),
                        TeamEvaluation.answered_at >= start,
                        TeamEvaluation.answered_at < end,
                    ),
                ),
            )
        ).all()
        return [tuple(row) for row in rows]

    def evaluations(self) -> Evaluations:
        """The number of evaluations answered and what they said."""
        rows = self._evaluations
        scores = [r[0] for r in rows if r[0] is not None]
        experience = Counter(scores)
        followed = Counter(r[1] for r in rows)
        helped = Counter(r[2] for r in rows)
        asked = sum(helped[a] for a in ANSWERS)
        return Evaluations(
            answered=Count(len(rows)),
            experience_mean=round(statistics.fmean(scores), 1) if len(scores) >= SMALL else None,
            experience=tuple((score, Count(experience[score])) for score in range(1, 6)),
            plan_followed=tuple((a, Count(followed[a])) for a in ANSWERS),
            measures_helped=tuple((a, Count(helped[a])) for a in ANSWERS),
            helped=Share(helped["yes"] + helped["partly"], asked),
        )

    # -- the core's own figure ----------------------------------------------------------------

    def open_cases(self, level: int) -> Count | None:
        """The open cases at ``level`` today; ``None`` for a past quarter (the platform
        keeps no count of earlier days)."""
        if self.quarter < Quarter.of(self.today):
            return None
        query = (
            select(sa.func.count())
            .select_from(Case)
            .where(Case.level == level, Case.status == CaseStatus.OPEN)
        )
        return Count(self.session.exec(query).one())


def figure_value(result: Any) -> tuple[float | None, bool]:
    """What an indicator's ``compute`` returned, as ``(value, suppressed)``: a number as it
    is; a :class:`Count` or :class:`Share` with its own suppression; ``None`` as nothing to
    count."""
    if result is None:
        return None, False
    if isinstance(result, int | float):
        return float(result), False
    return result.value, bool(result.suppressed)
