"""The «Skjemaer for utskrift» panel's read model: every document the case can print —
the blank consent form, each consent, each meeting's invitation (and minutes once held),
the action plan once the stafettlogg is open, and each fillable form blank — with the web
endpoint that prints it."""

from __future__ import annotations

from dataclasses import dataclass

from bti.case_panels import CaseRead
from bti.i18n import gettext as _
from bti.labels import CONSENT_STATUS
from bti.services import stafettlogg


@dataclass(frozen=True)
class Printable:
    label: str
    endpoint: str
    args: dict

    def url(self, *, pdf: bool) -> str:
        from flask import url_for

        return url_for(self.endpoint, pdf=pdf, **self.args)


@dataclass(frozen=True)
class PrintPanel:
    documents: list[Printable]


def read(ctx: CaseRead) -> PrintPanel:
    from bti.web.formatting import local_moment  # in the reader's language

    case_id = ctx.case.id
    found = [Printable(_("Consent form, blank"), "print.print_blank_consent", {"case_id": case_id})]
    for consent in reversed(ctx.consents.consents):  # oldest first
        label = _(
            "Consent %(start)s – %(end)s (%(status)s)",
            start=_short_date(consent.valid_from),
            end=_short_date(consent.valid_to),
            status=str(CONSENT_STATUS.get(consent.status, consent.status)).lower(),
        )
        args = {"case_id": case_id, "consent_id": consent.id}
        found.append(Printable(label, "print.print_consent", args))
    for meeting in ctx.meetings:
        kind = ctx.municipality.meeting_kind_label(meeting.kind)
        about = f"{kind}, {local_moment(meeting.starts_at)}"
        args = {"case_id": case_id, "meeting_id": meeting.id}
        found.append(
            Printable(_("Invitation: %(meeting)s", meeting=about), "print.print_invitation", args)
        )
        if meeting.held_at is not None:
            found.append(
                Printable(_("Minutes: %(meeting)s", meeting=about), "print.print_minutes", args)
            )
    if stafettlogg.is_open(ctx.case):
        found.append(Printable(_("Action plan"), "print.print_action_plan", {"case_id": case_id}))
    for variant in ctx.municipality.fillable_forms:
        args = {"case_id": case_id, "kind": variant.kind}
        label = _("%(title)s, blank", title=variant.title)
        found.append(Printable(label, "documents.print_blank_form", args))
    return PrintPanel(found)


def _short_date(day) -> str:
    from bti.web.formatting import short_date  # in the reader's language

    return short_date(day)
