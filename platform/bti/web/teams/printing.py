"""The team's documents to print, as HTML and PDF: the meldeskjema, the invitation, the
action plan and the anonymised protocol (read by :mod:`bti.services.teams.printing`)."""

from __future__ import annotations

from flask import abort, g, url_for

from bti.services.teams import printing as service
from bti.web.auth import staff_required
from bti.web.panels.printable import document
from bti.web.teams import bp

#: The documents: the service that reads each, its form kind, template and file name.
DOCUMENTS = {
    "meldeskjema": (service.referral_form, "referral", "print/team_referral.html"),
    "innkalling": (service.invitation, "team_invitation", "print/team_invitation.html"),
    "handlingsplan": (service.action_plan, "action_plan", "print/team_plan.html"),
    "protokoll": (service.protocol, "team_protocol", "print/team_protocol.html"),
}


@bp.get("/team/sak/<int:referral_id>/utskrift/<name>", defaults={"pdf": False})
@bp.get("/team/sak/<int:referral_id>/utskrift/<name>.pdf", defaults={"pdf": True})
@staff_required
def print_document(referral_id: int, name: str, pdf: bool):
    if name not in DOCUMENTS or not g.municipality.teams:
        abort(404)
    read, kind, template = DOCUMENTS[name]
    return document(
        read,
        kind=kind,
        template=template,
        filename=name,
        pdf=pdf,
        pdf_url=url_for("teams.print_document", referral_id=referral_id, name=name, pdf=True),
        referral_id=referral_id,
    )


@bp.get("/sak/<case_id>/utskrift/tit-handlingsplan", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/tit-handlingsplan.pdf", defaults={"pdf": True})
@staff_required
def print_case_plan(case_id: str, pdf: bool):
    """The action plan from the case page: the guardians' and the professionals' copy."""
    if not g.municipality.teams:
        abort(404)
    return document(
        service.action_plan_of_case,
        kind="action_plan",
        template="print/team_plan.html",
        filename="handlingsplan",
        pdf=pdf,
        pdf_url=url_for("teams.print_case_plan", case_id=case_id, pdf=True),
        case_id=case_id,
    )
