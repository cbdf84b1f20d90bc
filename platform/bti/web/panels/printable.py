"""Forms to print: the consent form (blank or a registered consent), the invitation to a
meeting, its minutes and the action plan — as HTML for the browser's print and as PDF for a
signature on paper.

Every document is read through :func:`bti.web.case_view.load` (audited as ``case.print``;
404 for someone outside the case) and the services' own reads. The PDF is made by
WeasyPrint from the same HTML; it gets the stylesheets and fonts from the package's static
folder on disk (:class:`StaticFiles`), never over HTTP from the app itself.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from babel.dates import format_date
from flask import abort, current_app, g, make_response, render_template, request, url_for
from flask_babel import get_locale
from markupsafe import Markup
from sqlmodel import Session, select
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from bti import clock
from bti.db import get_db
from bti.errors import NotFound
from bti.i18n import gettext as _
from bti.i18n import lazy_gettext as _l
from bti.labels import CONSENT_RULES, CONSENT_STATUS, capitalised, unit_kind
from bti.models import (
    Case,
    Consent,
    ConsentSignature,
    Guardian,
    Meeting,
    SignerKind,
    StaffUser,
    Subject,
    SubjectKind,
)
from bti.rules import consent as consent_rules
from bti.rules.access import Actor
from bti.services import consents, guardians, meetings, stafettlogg
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.formatting import end_time, local_moment

# ---------------------------------------------------------------------------------------------
# Rendering: HTML for the browser, PDF through WeasyPrint
# ---------------------------------------------------------------------------------------------


class StaticFiles(URLFetcher):
    """Serves ``/static/...`` from the package's static folder and refuses everything else,
    so WeasyPrint never asks the app (or anyone) over the network."""

    def __init__(self, static_folder: str, static_url_path: str, script_root: str = ""):
        super().__init__(allowed_protocols=())
        self.root = Path(static_folder).resolve()
        self.prefix = script_root.rstrip("/") + static_url_path.rstrip("/") + "/"

    def fetch(self, url, headers=None):
        path = unquote(urlsplit(url).path)
        if not path.startswith(self.prefix):
            raise ValueError("only the app's static files are fetched")
        target = (self.root / path.removeprefix(self.prefix)).resolve()
        if not target.is_relative_to(self.root) or not target.is_file():
            raise ValueError("no such static file")
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, target.read_bytes(), {"Content-Type": kind})


def to_pdf(html: str) -> bytes:
    """The document as PDF, with the print stylesheet and fonts read from disk."""
    fetcher = StaticFiles(
        current_app.static_folder, current_app.static_url_path, request.script_root
    )
    return HTML(string=html, base_url=request.url_root, url_fetcher=fetcher).write_pdf()


def _respond(html: str, *, pdf: bool, filename: str):
    if pdf:
        response = make_response(to_pdf(html))
        response.headers["Content-Type"] = "application/pdf"
        response.headers["Content-Disposition"] = f'inline; filename="{filename}.pdf"'
    else:
        response = make_response(html)
    response.headers["Cache-Control"] = "no-store"
    return response


def _page_numbers_css() -> Markup:
    """The @page rule that numbers the pages «Side x av y» in the user's language."""
    text = _("Page %(page)s of %(pages)s", page="\x00page\x00", pages="\x00pages\x00")
    parts = []
    for index, piece in enumerate(text.split("\x00")):
        if index % 2:  # between the markers: the name of a counter
            parts.append("counter(pages)" if piece == "pages" else "counter(page)")
        elif piece:
            parts.append(_css_string(piece))
    content = " ".join(parts)  # every piece is escaped by _css_string: safe in <style>
    return Markup(f"@page {{ @bottom-right {{ content: {content}; }} }}")


def _css_string(text: str) -> str:
    """``text`` as a CSS string literal, safe inside a ``<style>`` element."""
    escaped = "".join(c if c.isalnum() or c in " .,:-" else f"\\{ord(c):06x}" for c in text)
    return f'"{escaped}"'


def document(
    case_id: str,
    *,
    kind: str,
    template: str,
    filename: str,
    pdf: bool,
    build: Callable[[Session, Actor, Case], dict],
    pdf_url: str,
):
    """Read the case (audited as ``case.print``) and what ``build`` adds, and render the
    form of ``kind`` — the municipality's own template when its variant has one.

    While a report keeps the guardians out, no printout names them: the builders leave
    them out of the people listed, and what staff wrote (a place, an agenda, minutes, a
    filled-in form) has their names hidden here, the one way out for every printout."""
    variant = g.municipality.form_variant(kind)
    with get_db().transaction(g.municipality_id) as session:
        actor, case = case_view.load(session, case_id, "case.print")
        try:
            data = build(session, actor, case)
        except NotFound:
            abort(404)
        subject = session.get(Subject, case.subject_id)
        html = render_template(
            variant.template if variant and variant.template else template,
            title=variant.title if variant else "",
            case=case,
            subject=subject,
            pdf=pdf,
            pdf_url=pdf_url,
            page_numbers=_page_numbers_css(),
            guardians_kept_out=guardians.excluded(case),
            **data,
        )
        html = _in_text(html, guardians.Hider(session, case))
    return _respond(html, pdf=pdf, filename=filename)


_TAG = re.compile(r"(<[^>]*>)")


def _in_text(html: str, change: Callable[[str], str]) -> str:
    """``html`` with ``change`` applied to the text between its tags (never to markup)."""
    parts = _TAG.split(html)
    return "".join(part if index % 2 else change(part) for index, part in enumerate(parts))


def _display_names(session: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    users = session.exec(select(StaffUser).where(StaffUser.id.in_(ids)))
    return {u.id: u.display_name for u in users}


# ---------------------------------------------------------------------------------------------
# The consent form
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    name: str
    role: str
    signed_on: object = None  # the date a registered signature carries


def _signers(
    session: Session, case: Case, *, health: bool, services: list[str] | None
) -> tuple[list[str], list[int | str]]:
    """The rules' explanations and everyone who may have to sign, the subject first."""
    requirement = consents.requirement_for(
        session,
        municipality=g.municipality,
        case=case,
        includes_health_information=health,
        services=services,
    )
    who = set().union(*requirement.alternatives) if requirement.alternatives else set()
    ordered = sorted(who, key=lambda s: (s != consent_rules.SUBJECT, str(s).zfill(12)))
    explanation = CONSENT_RULES.get(requirement.rule, CONSENT_RULES["guardians_unknown"])
    return [str(explanation)], ordered


def _subject_role(subject: Subject, age: int | None) -> str:
    if subject.kind == SubjectKind.GRAVID:
        return _("The pregnant woman herself")
    if age is not None and age >= consent_rules.ADULT_AGE:
        return _("The person the consent is about")
    return _("Youth")


def _signer_lines(
    session: Session, subject: Subject, who, signed: dict, *, kept_out: bool
) -> list[Signer]:
    """Everyone who signs, by name; the guardians not while a report keeps them out."""
    guardian_rows = session.exec(select(Guardian).where(Guardian.subject_id == subject.id))
    by_id = {} if kept_out else {gd.id: gd for gd in guardian_rows}
    age = consents.subject_age(subject, clock.today(g.municipality))
    lines = []
    for signer in who:
        if signer == consent_rules.SUBJECT:
            name = f"{subject.given_name} {subject.family_name}"
            lines.append(Signer(name, _subject_role(subject, age), signed.get(signer)))
        elif signer in by_id:
            guardian = by_id[signer]
            role = _("Guardian")
            if guardian.relation:
                role = f"{role} ({guardian.relation})"
            lines.append(Signer(guardian.name, role, signed.get(signer)))
    return lines


def _registered_signatures(session: Session, consent_id: int) -> dict:
    rows = session.exec(select(ConsentSignature).where(ConsentSignature.consent_id == consent_id))
    return {
        consent_rules.SUBJECT if s.signer_kind == SignerKind.SUBJECT else s.guardian_id: (
            s.signed_on
        )
        for s in rows
    }


def _consent_data(session: Session, case: Case, consent: Consent | None) -> dict:
    subject = session.get(Subject, case.subject_id)
    if consent is None:
        # Blank: who signs depends on what is ticked, so list everyone either way may need.
        notes, who = _signers(session, case, health=False, services=None)
        health_notes, health_who = _signers(session, case, health=True, services=None)
        for note in health_notes:
            if note not in notes:
                notes.append(note)
        who += [s for s in health_who if s not in who]
        services, signed = [], {}
    else:
        services = consents.services_of(session, consent.id)
        notes, who = _signers(
            session, case, health=consent.includes_health_information, services=services
        )
        signed = _registered_signatures(session, consent.id)
    return {
        "consent": consent,
        "services": [capitalised(unit_kind(s)) for s in services],
        "signers": _signer_lines(session, subject, who, signed, kept_out=guardians.excluded(case)),
        "notes": notes,
        "registered_by": (
            _display_names(session, [consent.registered_by_id]).get(consent.registered_by_id)
            if consent
            else ""
        ),
    }


@bp.get("/sak/<case_id>/utskrift/samtykke", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/samtykke.pdf", defaults={"pdf": True})
@staff_required
def print_blank_consent(case_id: str, pdf: bool):
    return document(
        case_id,
        kind="consent",
        template="print/consent.html",
        filename="samtykke",
        pdf=pdf,
        build=lambda session, actor, case: _consent_data(session, case, None),
        pdf_url=url_for("case.print_blank_consent", case_id=case_id, pdf=True),
    )


@bp.get("/sak/<case_id>/utskrift/samtykke/<int:consent_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/samtykke/<int:consent_id>.pdf", defaults={"pdf": True})
@staff_required
def print_consent(case_id: str, consent_id: int, pdf: bool):
    def build(session, actor, case):
        return _consent_data(
            session, case, case_view.of_case(session, Consent, consent_id, case.id)
        )

    return document(
        case_id,
        kind="consent",
        template="print/consent.html",
        filename="samtykke",
        pdf=pdf,
        build=build,
        pdf_url=url_for("case.print_consent", case_id=case_id, consent_id=consent_id, pdf=True),
    )


# ---------------------------------------------------------------------------------------------
# Meetings: the invitation and the minutes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    attended: bool | None


def _meeting_data(session: Session, actor: Actor, case: Case, meeting_id: int) -> dict:
    record = meetings.read(session, municipality=g.municipality, by=actor, meeting_id=meeting_id)
    meeting = record.meeting
    if meeting.case_id != case.id:
        raise NotFound(meeting_id)
    subject = session.get(Subject, case.subject_id)
    staff = _display_names(session, [i.user_id for i in record.invitees] + [meeting.organiser_id])
    guardian_ids = [i.guardian_id for i in record.invitees if i.guardian_id]
    guardian_names = {
        gd.id: gd.name for gd in session.exec(select(Guardian).where(Guardian.id.in_(guardian_ids)))
    }
    people = []
    for invitee in record.invitees:
        if invitee.user_id:
            name, role = staff.get(invitee.user_id, ""), _("Staff")
        elif invitee.guardian_id:
            name, role = guardian_names.get(invitee.guardian_id, ""), _("Guardian")
        else:
            name, role = f"{subject.given_name} {subject.family_name}", _("The child or youth")
        people.append(Person(name, role, invitee.attended))
    return {
        "meeting": meeting,
        "record": record,
        "kind_label": str(g.municipality.meeting_kind_label(meeting.kind)),
        "starts": local_moment(meeting.starts_at),
        "ends": end_time(meeting.starts_at, meeting.ends_at),
        "agenda": [line.strip() for line in meeting.agenda.splitlines() if line.strip()],
        "people": people,
        "organiser": staff.get(meeting.organiser_id, ""),
    }


@bp.get("/sak/<case_id>/utskrift/invitasjon/<int:meeting_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/invitasjon/<int:meeting_id>.pdf", defaults={"pdf": True})
@staff_required
def print_invitation(case_id: str, meeting_id: int, pdf: bool):
    return document(
        case_id,
        kind="invitation",
        template="print/invitation.html",
        filename="invitasjon",
        pdf=pdf,
        build=lambda session, actor, case: _meeting_data(session, actor, case, meeting_id),
        pdf_url=url_for("case.print_invitation", case_id=case_id, meeting_id=meeting_id, pdf=True),
    )


@bp.get("/sak/<case_id>/utskrift/referat/<int:meeting_id>", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/referat/<int:meeting_id>.pdf", defaults={"pdf": True})
@staff_required
def print_minutes(case_id: str, meeting_id: int, pdf: bool):
    def build(session, actor, case):
        data = _meeting_data(session, actor, case, meeting_id)
        if data["meeting"].held_at is None:
            raise NotFound(meeting_id)  # no minutes before the meeting is held
        if stafettlogg.is_open(case):  # «tiltak og ansvarlig for tiltak synliggjøres»
            data.update(_action_plan_data(session, actor, case))
        data["coordinator"] = meetings.COORDINATOR_ANSWERS.get(data["meeting"].coordinator_change)
        return data

    return document(
        case_id,
        kind="minutes",
        template="print/minutes.html",
        filename="referat",
        pdf=pdf,
        build=build,
        pdf_url=url_for("case.print_minutes", case_id=case_id, meeting_id=meeting_id, pdf=True),
    )


# ---------------------------------------------------------------------------------------------
# The action plan
# ---------------------------------------------------------------------------------------------


def _action_plan_data(session: Session, actor: Actor, case: Case) -> dict:
    items = stafettlogg.action_plan(session, municipality=g.municipality, by=actor, case_id=case.id)
    names = _display_names(session, [i.responsible_id for i in items] + [case.stafettholder_id])
    goals: dict[str, list] = {}
    for item in items:
        goals.setdefault(item.goal, []).append(item)
    return {
        "goals": goals,
        "names": names,
        "stafettholder": names.get(case.stafettholder_id, ""),
    }


@bp.get("/sak/<case_id>/utskrift/handlingsplan", defaults={"pdf": False})
@bp.get("/sak/<case_id>/utskrift/handlingsplan.pdf", defaults={"pdf": True})
@staff_required
def print_action_plan(case_id: str, pdf: bool):
    return document(
        case_id,
        kind="action_plan",
        template="print/action_plan.html",
        filename="handlingsplan",
        pdf=pdf,
        build=_action_plan_data,
        pdf_url=url_for("case.print_action_plan", case_id=case_id, pdf=True),
    )


# ---------------------------------------------------------------------------------------------
# The panel: what can be printed for this case
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Printable:
    label: str
    endpoint: str
    args: dict

    def url(self, *, pdf: bool) -> str:
        return url_for(self.endpoint, pdf=pdf, **self.args)


def _printables(ctx: CaseContext) -> list[Printable]:
    case_id = ctx.case.id
    documents = [
        Printable(_("Consent form, blank"), "case.print_blank_consent", {"case_id": case_id})
    ]
    for consent in ctx.session.exec(
        select(Consent).where(Consent.case_id == case_id).order_by(Consent.created_at, Consent.id)
    ):
        label = _(
            "Consent %(start)s – %(end)s (%(status)s)",
            start=_short_date(consent.valid_from),
            end=_short_date(consent.valid_to),
            status=str(CONSENT_STATUS.get(consent.status, consent.status)).lower(),
        )
        args = {"case_id": case_id, "consent_id": consent.id}
        documents.append(Printable(label, "case.print_consent", args))
    for meeting in ctx.session.exec(
        select(Meeting).where(Meeting.case_id == case_id).order_by(Meeting.starts_at, Meeting.id)
    ):
        kind = g.municipality.meeting_kind_label(meeting.kind)
        about = f"{kind}, {local_moment(meeting.starts_at)}"
        args = {"case_id": case_id, "meeting_id": meeting.id}
        documents.append(
            Printable(_("Invitation: %(meeting)s", meeting=about), "case.print_invitation", args)
        )
        if meeting.held_at is not None:
            documents.append(
                Printable(_("Minutes: %(meeting)s", meeting=about), "case.print_minutes", args)
            )
    if stafettlogg.is_open(ctx.case):
        documents.append(
            Printable(_("Action plan"), "case.print_action_plan", {"case_id": case_id})
        )
    for variant in g.municipality.fillable_forms:
        args = {"case_id": case_id, "kind": variant.kind}
        label = _("%(title)s, blank", title=variant.title)
        documents.append(Printable(label, "case.print_blank_form", args))
    return documents


def _short_date(day) -> str:
    return format_date(day, "short", locale=str(get_locale() or "nb"))


@panel("print", title=_l("Forms to print"), template="case/_print.html", order=80)
def _print(ctx: CaseContext) -> dict:
    return {"documents": _printables(ctx)}
