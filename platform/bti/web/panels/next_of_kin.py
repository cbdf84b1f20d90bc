"""Barn som pårørende on the case page: mark the case as concerning a child who is next of
kin (of whom, and why), and show the municipality's routine and whom to contact.

The rules (who counts, up to which age) are the service's: :mod:`bti.services.next_of_kin`.
"""

from __future__ import annotations

from flask import g
from flask_wtf import FlaskForm
from wtforms import RadioField

from bti.i18n import lazy_gettext as _l
from bti.labels import NEXT_OF_KIN_REASONS, NEXT_OF_KIN_RELATIONS
from bti.services import next_of_kin
from bti.web import case_view
from bti.web.auth import staff_required
from bti.web.case import bp
from bti.web.case_view import CaseContext, panel
from bti.web.contacts import contacts_now

ANCHOR = "next_of_kin"
MARK, UNMARK = "kin-mark", "kin-unmark"


class MarkForm(FlaskForm):
    relation = RadioField(
        _l("Who is ill, injured or has died?"),
        choices=list(NEXT_OF_KIN_RELATIONS.items()),
        validate_choice=False,
    )
    reason = RadioField(
        _l("What is it?"), choices=list(NEXT_OF_KIN_REASONS.items()), validate_choice=False
    )


class UnmarkForm(FlaskForm):
    pass


@bp.post("/sak/<case_id>/barn-som-parorende")
@staff_required
def mark_next_of_kin(case_id: str):
    form = case_view.posted(MarkForm, MARK)

    def do(session, actor, case):
        next_of_kin.mark(
            session,
            municipality=g.municipality,
            by=actor,
            case_id=case.id,
            relation=form.relation.data or "",
            reason=form.reason.data or "",
        )

    return case_view.act(
        case_id,
        MARK,
        form,
        action="case.next_of_kin",
        do=do,
        done=_l("The case is marked: the child is next of kin."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/barn-som-parorende/fjern")
@staff_required
def unmark_next_of_kin(case_id: str):
    form = case_view.posted(UnmarkForm, UNMARK)

    def do(session, actor, case):
        next_of_kin.unmark(session, municipality=g.municipality, by=actor, case_id=case.id)

    return case_view.act(
        case_id,
        UNMARK,
        form,
        action="case.next_of_kin",
        do=do,
        done=_l("The marking is removed."),
        anchor=ANCHOR,
    )


@panel("next_of_kin", title=_l("Child as next of kin"), template="case/_next_of_kin.html", order=7)
def _next_of_kin(ctx: CaseContext) -> dict:
    limit = next_of_kin.max_age(g.municipality)
    marked = next_of_kin.is_marked(ctx.case)
    if not marked and ctx.age is not None and ctx.age > limit:
        return {"hidden": True}
    routine = g.municipality.next_of_kin_routine
    contacts = []
    if routine is not None and routine.contact:
        contacts = contacts_now(kind=routine.contact)
    return {
        "marked": marked,
        "relation": NEXT_OF_KIN_RELATIONS.get(ctx.case.next_of_kin_relation, ""),
        "reason": NEXT_OF_KIN_REASONS.get(ctx.case.next_of_kin_reason, ""),
        "routine": routine,
        "contacts": contacts,
        "max_age": limit,
        "mark_form": ctx.form(MARK, MarkForm),
        "unmark_form": ctx.form(UNMARK, UnmarkForm),
    }
