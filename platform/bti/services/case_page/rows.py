"""The case's rows that several panels show, each table read once for the whole page.

The summary, the consent panel, the decision and the printouts all show the consents; the
summary, the meetings panel, the stafettlogg and the printouts all show the meetings. Each
of these readers runs one query per table (an ``IN (...)`` for the rows under them), never
one per row, so the page costs the same for a case of 5 meetings as of 50. The page's
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
    rows = list(
        session.exec(
            select(Consent)
            .where(Consent.case_id == case_id)
            .order_by(Consent.created_at.desc(), Consent.id.desc())
        )
    )
    services: dict[int, list[str]] = {c.id: [] for c in rows}
    signatures: dict[int, list[ConsentSignature]] = {c.id: [] for c in rows}
    if rows:
        for consent_id, service in session.exec(
            select(ConsentService.consent_id, ConsentService.service)
            .where(ConsentService.consent_id.in_(list(services)))
            .order_by(ConsentService.service)
        ):
            services[consent_id].append(service)
        for signature in session.exec(
            select(ConsentSignature)
            .where(ConsentSignature.consent_id.in_(list(signatures)))
            .order_by(ConsentSignature.signed_on, ConsentSignature.id)
        ):
            signatures[signature.consent_id].append(signature)
    return CaseConsents(rows, services, signatures)


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
    rows = list(
        session.exec(
            select(Decision)
            .where(Decision.case_id == case_id)
            .order_by(Decision.decided_at, Decision.id)
        )
    )
    services: dict[int, list[str]] = {d.id: [] for d in rows}
    took_part: dict[int, list[int]] = {d.id: [] for d in rows}
    if rows:
        for decision_id, service in session.exec(
            select(DecisionService.decision_id, DecisionService.service).where(
                DecisionService.decision_id.in_(list(services))
            )
        ):
            services[decision_id].append(service)
        for decision_id, user_id in session.exec(
            select(DecisionParticipant.decision_id, DecisionParticipant.user_id)
            .where(DecisionParticipant.decision_id.in_(list(took_part)))
            .order_by(DecisionParticipant.id)
        ):
            took_part[decision_id].append(user_id)
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
