"""The case's rows that several panels show, each table read once for the whole page.

The summary, the consent panel, the decision and the printouts all show the consents; the
summary, the meetings panel, the stafettlogg and the printouts all show the meetings. Each
of these readers runs one query per table, or one for a table and the small tables under it
(the consents with their services and signatures), never one per row, so the page costs
the same for a case of 5 meetings as of 50. The page's
:class:`bti.case_panels.CaseRead` reads each on first use and keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, select

from bti.models import (
    ActionPlanItem,
    Case,
    CaseDocument,
    CaseParticipant,
    CaseStep,
    Consent,
    ConsentService,
    ConsentSignature,
    ConsentStatus,
    Decision,
    DecisionParticipant,
    DecisionService,
    HandOver,
    LeaderTask,
    Meeting,
    MeetingInvitee,
    StafettloggEntry,
    StaffUser,
)


@dataclass(frozen=True)
class CaseConsents:
    """The case's consents, newest first, with the services each names (sorted) and its
    signatures (in the order signed)."""

    consents: list[Consent]
    services: dict[int, list[str]]
    signatures: dict[int, list[ConsentSignature]]

    def valid_on(self, day: date) -> list[Consent]:
        """Those given and valid on ``day`` (:func:`bti.services.consents.valid_consents`)."""
        return [
            c
            for c in self.consents
            if c.status == ConsentStatus.GIVEN and c.valid_from <= day <= c.valid_to
        ]

    def services_of(self, consent_id: int) -> list[str]:
        return self.services.get(consent_id, [])

    @property
    def waiting(self) -> bool:
        """A consent is registered and waits for its signatures."""
        return any(c.status == ConsentStatus.DRAFT for c in self.consents)


def consents(session: Session, case_id: str) -> CaseConsents:
    """The case's consents with their services and signatures, in one query: each consent
    beside each service it names and each signature it carries (:func:`_beside`)."""
    of_case = select(Consent.id).where(Consent.case_id == case_id)
    under = sa.union_all(
        select(
            ConsentService.consent_id.label("parent_id"),
            ConsentService.service.label("service"),
            sa.cast(sa.null(), sa.Integer).label("row_id"),
        ).where(ConsentService.consent_id.in_(of_case)),
        select(
            ConsentSignature.consent_id, sa.cast(sa.null(), sa.String), ConsentSignature.id
        ).where(ConsentSignature.consent_id.in_(of_case)),
    ).subquery()
    found = session.exec(
        select(Consent, under.c.service, ConsentSignature)
        .outerjoin(under, under.c.parent_id == Consent.id)
        .outerjoin(ConsentSignature, ConsentSignature.id == under.c.row_id)
        .where(Consent.case_id == case_id)
    ).all()
    rows = _beside(found, key=lambda c: (c.created_at, c.id), reverse=True)
    services: dict[int, list[str]] = {c.id: [] for c in rows}
    signatures: dict[int, list[ConsentSignature]] = {c.id: [] for c in rows}
    for consent, service, signature in found:
        if service is not None:
            services[consent.id].append(service)
        if signature is not None:
            signatures[consent.id].append(signature)
    for consent_id in services:
        services[consent_id].sort()
        signatures[consent_id].sort(key=lambda s: (s.signed_on, s.id))
    return CaseConsents(rows, services, signatures)


def _beside(found, *, key, reverse: bool = False) -> list:
    """The parent rows of a query that returns each parent beside each of its children
    (the first column; a parent without children once), each once, sorted by ``key``.

    One query instead of one per child table: the children (a consent's services and its
    signatures, a decision's services and who took part) come as a ``UNION ALL`` of their
    tables, each part by its parent index, left-joined to the parents; the parents repeat,
    the children do not multiply (a parent with 3 services and 2 signatures is 5 rows, not
    6)."""
    parents = {row[0].id: row[0] for row in found}
    return sorted(parents.values(), key=key, reverse=reverse)


def meetings(session: Session, case_id: str) -> list[Meeting]:
    """Every meeting of the case, in the order they start."""
    return list(
        session.exec(
            select(Meeting)
            .where(Meeting.case_id == case_id)
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )


@dataclass(frozen=True)
class CaseDecisions:
    """The case's decisions in the order taken, the services each names and the staff who
    took part in each (user ids, in the order registered)."""

    decisions: list[Decision]
    services: dict[int, list[str]]
    took_part: dict[int, list[int]]

    def since_level(self, level: int) -> list[Decision]:
        """The decisions since the one that brought the case to ``level`` (that one too)."""
        from bti.services.cases.deciding import first_of_level

        start = first_of_level(self.decisions, level)
        return [d for d in self.decisions if d.id >= start]


def decisions(session: Session, case_id: str) -> CaseDecisions:
    """The case's decisions with their services and who took part, in one query: each
    decision beside each service it names and each person who took part (:func:`_beside`)."""
    of_case = select(Decision.id).where(Decision.case_id == case_id)
    under = sa.union_all(
        select(
            DecisionService.decision_id.label("parent_id"),
            DecisionService.id.label("row_id"),
            DecisionService.service.label("service"),
            sa.cast(sa.null(), sa.Integer).label("user_id"),
        ).where(DecisionService.decision_id.in_(of_case)),
        select(
            DecisionParticipant.decision_id,
            DecisionParticipant.id,
            sa.cast(sa.null(), sa.String),
            DecisionParticipant.user_id,
        ).where(DecisionParticipant.decision_id.in_(of_case)),
    ).subquery()
    found = session.exec(
        select(Decision, under.c.row_id, under.c.service, under.c.user_id)
        .outerjoin(under, under.c.parent_id == Decision.id)
        .where(Decision.case_id == case_id)
        .order_by(under.c.row_id)
    ).all()
    rows = _beside(found, key=lambda d: (d.decided_at, d.id))
    services: dict[int, list[str]] = {d.id: [] for d in rows}
    took_part: dict[int, list[int]] = {d.id: [] for d in rows}
    for decision, _row_id, service, user_id in found:
        if service is not None:
            services[decision.id].append(service)
        if user_id is not None:
            took_part[decision.id].append(user_id)
    return CaseDecisions(rows, services, took_part)


def staff_names(session: Session, case: Case) -> dict[int, str]:
    """The display names of everyone the case's rows name: who takes or took part, who
    wrote in the stafettlogg or a form, who is responsible for a measure, who took part in
    a decision, was invited to a meeting or carries the child's view there, ticked a step,
    answered a leader's task or offered or was offered the baton. One query, each part of
    it by the case's own index; a name it misses is read on its own
    (:meth:`bti.case_panels.CaseRead.name`)."""
    of_case = [
        select(CaseParticipant.user_id).where(CaseParticipant.case_id == case.id),
        select(StafettloggEntry.author_id).where(StafettloggEntry.case_id == case.id),
        select(ActionPlanItem.responsible_id).where(ActionPlanItem.case_id == case.id),
        select(CaseDocument.author_id).where(CaseDocument.case_id == case.id),
        select(CaseStep.done_by_id).where(CaseStep.case_id == case.id),
        select(LeaderTask.done_by_id).where(LeaderTask.case_id == case.id),
        select(HandOver.from_user_id).where(HandOver.case_id == case.id),
        select(HandOver.to_user_id).where(HandOver.case_id == case.id),
        select(Meeting.child_voice_carrier_id).where(Meeting.case_id == case.id),
        select(MeetingInvitee.user_id)
        .join(Meeting, Meeting.id == MeetingInvitee.meeting_id)
        .where(Meeting.case_id == case.id),
        select(DecisionParticipant.user_id)
        .join(Decision, Decision.id == DecisionParticipant.decision_id)
        .where(Decision.case_id == case.id),
    ]
    own = {case.opened_by_id, case.stafettholder_id} - {None}
    named = sa.union(*of_case).subquery()
    query = select(StaffUser.id, StaffUser.display_name).where(
        sa.or_(StaffUser.id.in_(select(named.c[0])), StaffUser.id.in_(own))
    )
    return dict(session.exec(query).all())
