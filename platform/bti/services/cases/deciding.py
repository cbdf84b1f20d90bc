"""Decisions between levels, closing and reopening, and closing one's own part
(samtidighetsansvar)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.labels import unit_kind
from bti.models import (
    ArchiveReason,
    Case,
    CaseParticipant,
    CaseStatus,
    Decision,
    DecisionParticipant,
    DecisionService,
    EntryKind,
    StafettloggEntry,
    Unit,
    UnitKind,
)
from bti.plugins import Municipality
from bti.rules import levels
from bti.rules.access import Actor
from bti.rules.levels import find_outcome, needs_consent
from bti.services import archive, audit, deadlines, steps
from bti.services.access import get_case, refusal
from bti.services.cases.follow_up import (
    next_meeting_asked,
    open_stafettlogg,
    plan_next_meeting,
    took_part_in,
)
from bti.services.cases.reporting import _report
from bti.services.consents import covers, has_valid
from bti.services.guards import require_open, required_text


def decide(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    outcome: str,
    rationale: str,
    recipient: str = "",
    services: Sequence[str] = (),
    police_notified: bool = False,
    guardians_may_know: bool = False,
    next_meeting_at: datetime | None = None,
    next_meeting_place: str = "",
    took_part: Sequence[int] = (),
    child_took_part: bool | None = None,
    guardians_took_part: bool | None = None,
) -> Decision:
    """Record a decision at the case's level; only the outcomes the level allows.

    An outcome that brings in other services (``names_services``) names them in
    ``services`` (unit kinds); a valid consent must cover each one («Om behov for flere
    tjenester inn, lag et nytt samtykkeskjema»). Whether their number fits the new level is
    a warning (:func:`service_count_warning`), not a refusal: the guide says «bør».
    A decision that reports to barnevern records who received it and whether the police
    were notified too («bekymringsmelding til barneverntjenesten/politi», Tromsø nivå 0).
    Such a report keeps the guardians out unless the person deciding says they may know
    (``guardians_may_know``: the concern is not violence, abuse or serious neglect by them).

    An outcome that ``opens_stafettlogg`` opens it at the new level with the person deciding
    as stafettholder; one with a ``next_meeting`` plans that meeting at ``next_meeting_at``
    (local time) in ``next_meeting_place``, its agenda the decision's reason, with everyone
    taking part in the case, the guardians (unless a report keeps them out) and, from 7, the
    child invited. A deadline
    that starts on this decision (``decision:<outcome>``) starts after the decision has met
    the open ones.

    Where the level's decision is taken together (``Level.decision_together``), it records
    who took part: ``took_part`` (staff taking part in the case), and whether the child and
    the guardians did; both questions must be answered.
    """
    case = get_case(session, by=by, case_id=case_id, action="case.decide")
    require_open(session, by=by, case=case)
    level = municipality.level(case.level)
    chosen = find_outcome(level, outcome)
    if chosen is None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="outcome_not_allowed",
            message=_l("This decision is not possible at this level."),
        )
    rationale = required_text("rationale", rationale, _l("Give the reason for the decision."))
    named = _named_services(chosen, services)
    if chosen.next_meeting:
        next_meeting_place = next_meeting_asked(next_meeting_at, next_meeting_place)
    together = took_part_in(session, level, case, took_part, child_took_part, guardians_took_part)
    today = clock.today(municipality)
    target = municipality.level(chosen.to_level) if chosen.to_level is not None else None
    if needs_consent(chosen, target) and not has_valid(session, case_id=case.id, on=today):
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_required",
            message=_l("Other services can only be brought in under a valid written consent."),
        )
    uncovered = [s for s in named if not covers(session, case_id=case.id, service=s, on=today)]
    if uncovered:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="consent_missing_for_services",
            message=_l(
                "No valid consent covers %(services)s. Register a new consent form that "
                "names the new services first.",
                services=", ".join(str(unit_kind(s)) for s in uncovered),
            ),
        )
    already_reported = case.reported_to_barnevern_at is not None and not recipient.strip()
    if chosen.reports_to_barnevern and not already_reported:
        # A case already reported (an acute one, say) is not reported twice: the decision
        # refers to that report unless a new recipient is given.
        _report(
            session,
            municipality=municipality,
            by=by,
            case=case,
            recipient=recipient,
            police=police_notified,
            keep_guardians_out=not guardians_may_know,
        )

    now = clock.now()
    decision = Decision(
        case_id=case.id,
        from_level=case.level,
        outcome=chosen.code,
        to_level=chosen.to_level,
        rationale=rationale,
        decided_by_id=by.user_id,
        decided_at=now,
        child_took_part=child_took_part if level.decision_together else None,
        guardians_took_part=bool(guardians_took_part) if level.decision_together else None,
    )
    session.add(decision)
    session.flush()
    session.add_all(DecisionParticipant(decision_id=decision.id, user_id=u) for u in together)
    steps.record_event(
        session, municipality=municipality, case=case, event="decision", by_user_id=by.user_id,
        at=now,
    )  # fmt: skip
    session.add_all(DecisionService(decision_id=decision.id, service=s) for s in named)
    session.add(
        StafettloggEntry(
            case_id=case.id, kind=EntryKind.DECISION, text=rationale, author_id=by.user_id
        )
    )
    deadlines.meet(session, case=case, event="decision")
    if chosen.closes_case:
        _close(session, case)
    elif chosen.to_level is not None and chosen.to_level != case.level:
        enter_level(session, municipality=municipality, by=by, case=case, level=chosen.to_level)
    if chosen.opens_stafettlogg and case.stafettholder_id is None:
        open_stafettlogg(session, municipality=municipality, by=by, case=case)
    if chosen.next_meeting:
        plan_next_meeting(
            session, municipality=municipality, by=by, case=case, kind=chosen.next_meeting,
            at=next_meeting_at, place=next_meeting_place, agenda=rationale,
        )  # fmt: skip
    if not chosen.closes_case:
        deadlines.start(
            session, municipality=municipality, case=case, trigger="decision", kind=chosen.code,
            owner_id=case.stafettholder_id or by.user_id,
        )  # fmt: skip
    session.flush()
    if chosen.closes_case:
        _archive(session, municipality=municipality, by=by, case=case)
    audit.record(session, actor=by, action="case.decided", case_ref=case.id, detail=chosen.code)
    return decision


def _named_services(outcome, services: Sequence[str]) -> list[str]:
    """The services a decision brings in, once each; none for an outcome that names none."""
    if not outcome.names_services:
        return []
    known = {str(kind) for kind in UnitKind}
    named = list(dict.fromkeys(s for s in services if s))
    if not named:
        raise InvalidInput("services", _l("Name the services that are to be brought in."))
    if any(s not in known for s in named):
        raise InvalidInput("services", _l("Choose the services from the list."))
    return named


def services_involved(session: Session, *, case: Case) -> set[str]:
    """The services (unit kinds) taking part besides the service where the concern arose:
    those of the people with an open part in the case, and those named by the decisions
    made since the case came to its present level."""
    own = session.get(Unit, case.unit_id).kind if case.unit_id else None
    kinds = set(
        session.exec(
            select(Unit.kind)
            .join(CaseParticipant, CaseParticipant.unit_id == Unit.id)
            .where(CaseParticipant.case_id == case.id, CaseParticipant.own_part_closed_at.is_(None))
        )
    )
    named = session.exec(
        select(DecisionService.service)
        .join(Decision, Decision.id == DecisionService.decision_id)
        .where(Decision.case_id == case.id, Decision.id >= _since_level(session, case))
    )
    return involved(own=own, taking_part=kinds, named=named)


def involved(*, own: str | None, taking_part: Iterable[str], named: Iterable[str]) -> set[str]:
    """:func:`services_involved` from the rows already read: the services of those taking
    part and those named by the decisions since the level, without the case's own."""
    kinds = {str(kind) for kind in taking_part} | {str(kind) for kind in named}
    return kinds - ({str(own)} if own else set())


def _since_level(session: Session, case: Case) -> int:
    """The id of the decision that brought the case to its present level (0 if none)."""
    decisions = session.exec(select(Decision).where(Decision.case_id == case.id))
    return first_of_level(decisions, case.level)


def first_of_level(decisions: Iterable[Decision], level: int) -> int:
    """The id of the decision among ``decisions`` (all the case's) that brought the case to
    ``level``: the latest taken at another level (0 if none)."""
    for decision in sorted(decisions, key=lambda d: d.id, reverse=True):
        if decision.from_level != level:
            return decision.id
    return 0


def service_count_warning(
    session: Session, *, municipality: Municipality, case: Case
) -> object | None:
    """A warning when the services taking part do not fit the case's level."""
    count = len(services_involved(session, case=case))
    return levels.service_count_warning(municipality.level(case.level), count)


def _close(session: Session, case: Case) -> None:
    case.status = CaseStatus.CLOSED
    case.closed_at = clock.now()
    session.add(case)
    deadlines.close_all(session, case=case)


def _archive(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    participant: CaseParticipant | None = None,
) -> None:
    """Keep the archive's copy of the whole record at the moment the case (or a part) closes,
    in the closing's transaction."""
    reason = ArchiveReason.PART_CLOSED if participant else ArchiveReason.CASE_CLOSED
    archive.keep(
        session, municipality=municipality, by=by, case=case, reason=reason,
        participant=participant,
    )  # fmt: skip


def reopen(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str, rationale: str
) -> Decision:
    """Reopen a closed case at the level it had; its history is kept."""
    case = get_case(session, by=by, case_id=case_id, action="case.reopen")
    if case.status != CaseStatus.CLOSED:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="case_open",
            message=_l("The case is already open."),
        )
    if case.anonymised_at is not None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="case_anonymised",
            message=_l(
                "The case was anonymised when the time it is kept for had passed; it cannot "
                "be opened again. Open a new case instead."
            ),
        )
    rationale = required_text("rationale", rationale, _l("Give the reason for the decision."))
    case.status = CaseStatus.OPEN
    case.closed_at = None
    session.add(case)
    decision = Decision(
        case_id=case.id,
        from_level=case.level,
        outcome="reopen",
        to_level=case.level,
        rationale=rationale,
        decided_by_id=by.user_id,
    )
    session.add(decision)
    session.flush()
    return decision


def close_own_part(
    session: Session, *, municipality: Municipality, by: Actor, case_id: str
) -> CaseParticipant:
    """The employee ends their own part; until then the case stays in their list
    (samtidighetsansvar), even after it has moved on to others. The archive keeps a copy of
    the whole record as it stands then (:mod:`bti.services.archive`)."""
    case = get_case(session, by=by, case_id=case_id, action="case.close_own_part")
    if case.stafettholder_id == by.user_id:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="stafettholder_must_hand_over",
            message=_l("You hold the baton: hand it over before you close your part."),
        )
    part = session.exec(
        select(CaseParticipant).where(
            CaseParticipant.case_id == case.id,
            CaseParticipant.user_id == by.user_id,
            CaseParticipant.own_part_closed_at.is_(None),
        )
    ).first()
    if part is None:
        raise refusal(
            session,
            by=by,
            case_id=case.id,
            reason="not_a_participant",
            message=_l("You have no open part in this case."),
        )
    part.own_part_closed_at = clock.now()
    session.add(part)
    session.flush()
    _archive(session, municipality=municipality, by=by, case=case, participant=part)
    return part


def enter_level(
    session: Session, *, municipality: Municipality, by: Actor, case: Case, level: int
) -> None:
    """Move the case to ``level``: plugins hear of it and the level's deadlines start."""
    from_level, case.level = case.level, level
    session.add(case)
    session.flush()
    municipality.level_changed(
        case=case, from_level=from_level, to_level=case.level, session=session
    )
    deadlines.start(
        session, municipality=municipality, case=case, trigger="level_entered",
        owner_id=case.stafettholder_id or by.user_id,
    )  # fmt: skip


def record_step(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    outcome: str,
    to_level: int,
) -> Decision:
    """A step taken on another page than the decision form (a standing team's: referred,
    invited, discussed), recorded as a decision by the person who took it, and the case
    moved to ``to_level``. The calling service has checked access and audits the action."""
    decision = Decision(
        case_id=case.id,
        from_level=case.level,
        outcome=outcome,
        to_level=to_level,
        decided_by_id=by.user_id,
        decided_at=clock.now(),
    )
    session.add(decision)
    session.flush()
    deadlines.meet(session, case=case, event="decision")
    if to_level != case.level:
        enter_level(session, municipality=municipality, by=by, case=case, level=to_level)
    return decision
