"""The reports for those who follow the work up: the indicator page and the quarter's
protocols.

* :func:`indicators_page` — each indicator the municipality registered, with the plan's
  columns «Hva / 0-punkt / Mål / Status / Forbedring» and its last four quarters, and the
  standing teams' figures behind them. For coordinators and leaders.
* :func:`quarter_protocols` — the anonymised protocols of the cases discussed in a quarter
  («Protokoll (anonymisert). Arkiveres i TIT. Sendes til koordinator Sammen for barn og
  unge, kvartalsvis», Bærum's metodebok). For the coordinator, and for the command line
  (``bti baerum quarterly-report``) without a user.

Both are audited; anyone else gets :class:`~bti.errors.NotFound`, like a page that is not
there. Neither ever carries a name, a birth date, an address or a fødselsnummer: a
protocol row is the team's «Sak nr.», the team's age band and codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from bti.errors import NotFound
from bti.guide import Indicator
from bti.labels import UNIT_KINDS
from bti.models import AuditPurpose, Role, TeamDiscussion, TeamRecord, TeamReferral, Unit
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit
from bti.services.figures import (
    Count,
    Days,
    Evaluations,
    Figures,
    Share,
    TeamCount,
    UnitCount,
    figure_value,
)
from bti.services.quarters import Quarter
from bti.services.teams.referrals import CASE_TYPES

#: How far back a 0-punkt is looked for, and how many quarters the chart shows.
ZERO_POINT_QUARTERS = 8
CHART_QUARTERS = 4


@dataclass(frozen=True)
class Value:
    """One cell: a number, «under 5» (``suppressed``), or nothing to count (``None``)."""

    number: float | None
    suppressed: bool = False


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator in the plan's columns."""

    code: str
    name: Any
    unit: str
    source: str
    chart: bool
    zero_point: Value
    #: The quarter the 0-punkt was taken from; ``None`` when the plan gives it.
    zero_point_quarter: Quarter | None
    target: float | None
    status: Value
    #: Status − 0-punkt, when both are shown.
    improvement: float | None
    #: The last four quarters, oldest first, ending with the quarter asked for.
    series: tuple[tuple[Quarter, Value], ...]


@dataclass(frozen=True)
class IndicatorsPage:
    quarter: Quarter
    rows: list[IndicatorRow]
    discussed: Count
    participation: Share
    teams: list[TeamCount]
    #: ``(name, cases)`` per case type, the names in the guide's words.
    case_types: list[tuple[Any, Count]]
    units: list[UnitCount]
    days: Days
    evaluations: Evaluations


@dataclass(frozen=True)
class ProtocolRow:
    """One discussed case's protocol, as it goes to the coordinator: no names."""

    number: int
    team: str
    meeting_on: date
    min_age: int
    max_age: int
    includes_pregnant: bool
    #: The kind of the referring service (``UnitKind``), empty when unknown.
    referred_by_kind: str
    case_types: tuple[str, ...]
    family_took_part: bool
    protocol: str


@dataclass(frozen=True)
class QuarterProtocols:
    municipality: str
    quarter: Quarter
    rows: list[ProtocolRow]


def may_see_indicators(by: Actor) -> bool:
    return any(post.role in (Role.KOORDINATOR, Role.LEDER) for post in by.posts)


def may_see_protocols(by: Actor) -> bool:
    return any(post.role == Role.KOORDINATOR for post in by.posts)


def indicators_page(
    session: Session, *, municipality: Municipality, by: Actor, quarter: Quarter
) -> IndicatorsPage:
    """The indicator page for ``quarter``; coordinators and leaders only."""
    _require(session, by=by, allowed=may_see_indicators(by), action="report.indicators")
    audit.record(
        session,
        actor=by,
        action="report.indicators",
        purpose=AuditPurpose.OVERSIGHT,
        detail=f"quarter={quarter}",
    )
    figures = {q: Figures(session, municipality, q) for q in quarter.last(ZERO_POINT_QUARTERS)}
    rows = [_row(indicator, figures, quarter) for indicator in municipality.indicators()]
    now = figures[quarter]
    return IndicatorsPage(
        quarter=quarter,
        rows=rows,
        discussed=now.discussed(),
        participation=now.participation(),
        teams=now.per_team(),
        case_types=[(CASE_TYPES.get(code, code), n) for code, n in now.per_case_type()],
        units=now.per_unit(),
        days=now.days_to_meeting(),
        evaluations=now.evaluations(),
    )


def _row(indicator: Indicator, figures: dict[Quarter, Figures], quarter: Quarter) -> IndicatorRow:
    values = {q: Value(*figure_value(indicator.compute(f))) for q, f in figures.items()}
    status = values[quarter]
    if indicator.zero_point is not None:
        zero, zero_quarter = Value(float(indicator.zero_point)), None
    else:
        zero_quarter = next((q for q in sorted(values) if values[q].number is not None), None)
        zero = values[zero_quarter] if zero_quarter else Value(None)
    improvement = (
        round(status.number - zero.number, 1)
        if status.number is not None and zero.number is not None
        else None
    )
    return IndicatorRow(
        code=indicator.code,
        name=indicator.name,
        unit=indicator.unit,
        source=indicator.source,
        chart=indicator.chart,
        zero_point=zero,
        zero_point_quarter=zero_quarter,
        target=indicator.target,
        status=status,
        improvement=improvement,
        series=tuple((q, values[q]) for q in quarter.last(CHART_QUARTERS)),
    )


def quarter_protocols(
    session: Session, *, municipality: Municipality, by: Actor | None, quarter: Quarter
) -> QuarterProtocols:
    """The finalised protocols of the cases discussed in ``quarter``, in meeting order: for
    the coordinator of «Sammen for barn og unge» (the koordinator role), or for the command
    line (``by`` ``None``, audited without an actor)."""
    if by is not None:
        _require(session, by=by, allowed=may_see_protocols(by), action="report.quarterly")
    start, end = quarter.bounds(municipality.profile.tz)
    found = session.exec(
        select(TeamReferral, TeamDiscussion, TeamRecord, Unit.kind)
        .join(TeamDiscussion, TeamDiscussion.referral_id == TeamReferral.id)
        .join(TeamRecord, TeamRecord.id == TeamReferral.team_id)
        .outerjoin(Unit, Unit.id == TeamReferral.unit_id)
        .where(
            TeamDiscussion.closed_at.is_not(None),
            TeamDiscussion.protocol_finalised_at.is_not(None),
            TeamReferral.starts_at >= start,
            TeamReferral.starts_at < end,
        )
        .order_by(TeamReferral.starts_at, TeamRecord.name, TeamReferral.number)
    ).all()
    tz = municipality.profile.tz
    rows = [
        ProtocolRow(
            number=referral.number,
            team=team.name,
            meeting_on=referral.starts_at.astimezone(tz).date(),
            min_age=team.min_age,
            max_age=team.max_age,
            includes_pregnant=team.includes_pregnant,
            referred_by_kind=str(kind or ""),
            case_types=tuple(c for c in referral.case_types.split(",") if c),
            family_took_part=bool(discussion.guardians_present or discussion.youth_present),
            protocol=discussion.protocol,
        )
        for referral, discussion, team, kind in found
    ]
    audit.record(
        session,
        actor=by,
        action="report.quarterly",
        purpose=AuditPurpose.OVERSIGHT,
        detail=f"quarter={quarter} count={len(rows)}",
    )
    return QuarterProtocols(municipality=str(municipality.name), quarter=quarter, rows=rows)


def case_type_label(code: str):
    """A case type's name in the guide's words (the code itself for one no longer known)."""
    return CASE_TYPES.get(code, code)


def unit_kind_label(kind: str):
    return UNIT_KINDS.get(kind, kind) if kind else ""


def _require(session: Session, *, by: Actor, allowed: bool, action: str) -> None:
    if not allowed:
        audit.record_denial(session, actor=by, action=action)
        raise NotFound("report")
