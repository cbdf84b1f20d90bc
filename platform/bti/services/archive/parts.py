"""The parts of an archive copy's records, one table each: consents, held meetings with
their minutes, the stafettlogg's entries, measures and their evaluations, decisions,
hand-overs of the baton and parts closed. A mixin of
:class:`bti.services.archive.records.Reader`, which holds the case, the session and the
words (``record``, ``name``, ``level_name``, ``hide``)."""

from __future__ import annotations

from datetime import datetime

from bti.guide_text import outcome_title
from bti.i18n import gettext as _
from bti.i18n import lazy_gettext as _l
from bti.labels import CONSENT_STATUS, capitalised, unit_kind
from bti.models import (
    ActionPlanItem,
    CaseParticipant,
    Consent,
    ConsentService,
    ConsentSignature,
    Decision,
    HandOver,
    Meeting,
    MeetingInvitee,
    MinutesPart,
    SignerKind,
    StafettloggEntry,
)
from bti.rules.levels import find_outcome
from bti.services.case_page.stafettlogg import GOAL_REACHED, KINDS

#: The answer to an offer of the baton.
HANDOVER_ANSWERS = {
    "offered": _l("Not answered yet"),
    "accepted": _l("Accepted"),
    "declined": _l("Declined"),
    "withdrawn": _l("Withdrawn"),
}


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def detail(label, value) -> dict[str, str]:
    return {"label": str(label), "value": str(value)}


class Parts:
    """The records of each table (see the module's docstring)."""

    def consents(self) -> list[dict]:
        rows = self._rows(Consent, Consent.case_id == self.case.id, order=Consent.id)
        ids = [c.id for c in rows]
        services: dict[int, list[str]] = {}
        for s in self._rows(ConsentService, ConsentService.consent_id.in_(ids)):
            services.setdefault(s.consent_id, []).append(capitalised(unit_kind(s.service)))
        signed: dict[int, list[str]] = {}
        for s in self._rows(ConsentSignature, ConsentSignature.consent_id.in_(ids)):
            signed.setdefault(s.consent_id, []).append(self._signer(s))
        found = []
        for c in rows:
            details = [
                detail(_("Services"), ", ".join(services.get(c.id, []))),
                detail(_("Valid"), f"{self.day(c.valid_from)} – {self.day(c.valid_to)}"),
                detail(_("Status"), CONSENT_STATUS.get(c.status, c.status)),
                detail(_("Signed by"), "; ".join(signed.get(c.id, []))),
                detail(_("Given"), self.moment(c.given_at)),
                detail(_("Withdrawn"), self.moment(c.withdrawn_at)),
                detail(_("Note"), self.hide(c.withdrawal_note)),
            ]
            found.append(
                self.record(
                    "consent",
                    "consent",
                    c.id,
                    c.created_at,
                    self.name(c.registered_by_id),
                    _("Written consent"),
                    c.scope,
                    details,
                )
            )
        return found

    def _signer(self, signature: ConsentSignature) -> str:
        if signature.signer_kind == SignerKind.SUBJECT:
            who = f"{self.subject.given_name} {self.subject.family_name}"
        else:
            who = self.guardian_names.get(signature.guardian_id) or _("Guardian")
        return f"{who} ({self.day(signature.signed_on)})"

    def meetings(self) -> list[dict]:
        rows = self._rows(
            Meeting,
            Meeting.case_id == self.case.id,
            Meeting.held_at.is_not(None),
            order=Meeting.starts_at,
        )
        ids = [m.id for m in rows]
        people: dict[int, list[str]] = {}
        for i in self._rows(MeetingInvitee, MeetingInvitee.meeting_id.in_(ids)):
            if i.attended:
                people.setdefault(i.meeting_id, []).append(self._invitee(i))
        parts: dict[int, list[MinutesPart]] = {}
        for p in self._rows(
            MinutesPart, MinutesPart.meeting_id.in_(ids), order=MinutesPart.position
        ):
            parts.setdefault(p.meeting_id, []).append(p)
        found = []
        for m in rows:
            details = [
                detail(_("Time"), self.moment(m.starts_at)),
                detail(_("Place"), self.hide(m.place)),
                detail(_("Attended"), ", ".join(people.get(m.id, []))),
                *(detail(self.hide(p.heading), self.hide(p.text)) for p in parts.get(m.id, [])),
            ]
            found.append(
                self.record(
                    "meeting",
                    "meeting",
                    m.id,
                    m.held_at,
                    self.name(m.organiser_id),
                    self.municipality.meeting_kind_label(m.kind),
                    "",
                    details,
                    child_voice=m.child_voice or m.child_voice_missing_reason,
                )
            )
        return found

    def _invitee(self, invitee: MeetingInvitee) -> str:
        if invitee.user_id:
            return self.name(invitee.user_id)
        if invitee.guardian_id:
            name = self.guardian_names.get(invitee.guardian_id)
            return f"{name} ({_('Guardian')})" if name else str(_("Guardian"))
        return f"{self.subject.given_name} {self.subject.family_name}"

    def entries(self) -> list[dict]:
        rows = self._rows(
            StafettloggEntry, StafettloggEntry.case_id == self.case.id, order=StafettloggEntry.id
        )
        return [
            self.record(
                "entry",
                "stafettloggentry",
                e.id,
                e.created_at,
                self.name(e.author_id),
                KINDS.get(e.kind, e.kind),
                e.text,
                health_internal=e.health_internal,
                child_voice=e.child_voice or e.child_voice_missing_reason,
            )
            for e in rows
        ]

    def measures(self) -> list[dict]:
        rows = self._rows(
            ActionPlanItem, ActionPlanItem.case_id == self.case.id, order=ActionPlanItem.id
        )
        found = []
        for item in rows:
            responsible = self.name(item.responsible_id) or self.hide(item.responsible_text)
            details = [
                detail(_("Goal"), self.hide(item.goal)),
                detail(_("Responsible"), responsible),
                detail(_("Follow-up"), self.day(item.follow_up_on)),
            ]
            found.append(
                self.record(
                    "measure",
                    "actionplanitem",
                    item.id,
                    item.created_at,
                    responsible,
                    _("Measure"),
                    item.measure,
                    details,
                )
            )
            if item.evaluated_at is not None:
                reached = GOAL_REACHED.get(item.goal_reached, "")
                found.append(
                    self.record(
                        "evaluation",
                        "actionplanitem",
                        item.id,
                        item.evaluated_at,
                        responsible,
                        _("Evaluation"),
                        item.evaluation,
                        [
                            detail(_("Measure"), self.hide(item.measure)),
                            detail(_("Goal reached"), reached),
                        ],
                        child_voice=item.child_voice or item.child_voice_missing_reason,
                    )
                )
        return found

    def decisions(self) -> list[dict]:
        rows = self._rows(Decision, Decision.case_id == self.case.id, order=Decision.id)
        found = []
        for d in rows:
            try:
                outcome = find_outcome(self.municipality.level(d.from_level), d.outcome)
            except KeyError:
                outcome = None
            title = outcome_title(outcome) if outcome else d.outcome
            details = [
                detail(_("From"), self.level_name(d.from_level)),
                detail(_("To"), self.level_name(d.to_level)),
            ]
            found.append(
                self.record(
                    "decision",
                    "decision",
                    d.id,
                    d.decided_at,
                    self.name(d.decided_by_id),
                    title,
                    d.rationale,
                    details,
                )
            )
        return found

    def handovers(self) -> list[dict]:
        rows = self._rows(HandOver, HandOver.case_id == self.case.id, order=HandOver.id)
        return [
            self.record(
                "handover",
                "handover",
                h.id,
                h.answered_at or h.offered_at,
                self.name(h.from_user_id),
                _("The baton offered to %(name)s", name=self.name(h.to_user_id)),
                h.note,
                [
                    detail(_("Offered"), self.moment(h.offered_at)),
                    detail(_("Answer"), HANDOVER_ANSWERS.get(h.status, h.status)),
                ],
            )
            for h in rows
        ]

    def parts_closed(self) -> list[dict]:
        rows = self._rows(
            CaseParticipant,
            CaseParticipant.case_id == self.case.id,
            CaseParticipant.own_part_closed_at.is_not(None),
            order=CaseParticipant.id,
        )
        return [
            self.record(
                "part_closed",
                "caseparticipant",
                p.id,
                p.own_part_closed_at,
                self.name(p.user_id),
                _("Closed their own part of the case"),
            )
            for p in rows
        ]
