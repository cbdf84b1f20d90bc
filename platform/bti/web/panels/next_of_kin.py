"""Barn som pårørende on the case page: mark the case as concerning a child who is next of
kin (of whom, and why), and show the municipality's routine and whom to contact.

The rules (who counts, up to which age) are the service's: :mod:`bti.services.next_of_kin`.
"""

from __future__ import annotations

from flask import Blueprint
from wtforms import RadioField

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.labels import NEXT_OF_KIN_REASONS, NEXT_OF_KIN_RELATIONS
from bti.services import next_of_kin
from bti.services.case_page import small
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.fields import VersionField
from bti.web.forms import FlaskForm, options

bp = Blueprint("next_of_kin", __name__)
ANCHOR = "next_of_kin"
MARK, UNMARK = "kin-mark", "kin-unmark"


class MarkForm(FlaskForm):
    version = VersionField()
    relation = RadioField(
        _l("Who is ill, injured or has died?"),
        choices=options(NEXT_OF_KIN_RELATIONS.items()),
        validate_choice=False,
    )
    reason = RadioField(
        _l("What is it?"), choices=options(NEXT_OF_KIN_REASONS.items()), validate_choice=False
    )


class UnmarkForm(FlaskForm):
    version = VersionField()


@bp.post("/sak/<case_id>/barn-som-parorende")
@staff_required
def mark_next_of_kin(case_id: str):
    form = posted(MarkForm, MARK)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            next_of_kin.mark,
            case_id=case_id,
            relation=form.relation.data or "",
            reason=form.reason.data or "",
            version=form.version.data,
        )
    return respond(
        outcome,
        case_id=case_id,
        key=MARK,
        form=form,
        done=_l("The case is marked: the child is next of kin."),
        anchor=ANCHOR,
    )


@bp.post("/sak/<case_id>/barn-som-parorende/fjern")
@staff_required
def unmark_next_of_kin(case_id: str):
    form = posted(UnmarkForm, UNMARK)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(next_of_kin.unmark, case_id=case_id, version=form.version.data)
    return respond(
        outcome,
        case_id=case_id,
        key=UNMARK,
        form=form,
        done=_l("The marking is removed."),
        anchor=ANCHOR,
    )


def forms(data: small.NextOfKinPanel, build: PanelForms) -> dict:
    return {
        "mark": build.form(MARK, MarkForm, version=data.version),
        "unmark": build.form(UNMARK, UnmarkForm, version=data.version),
    }


PANEL = CasePanel(
    name="next_of_kin",
    title=_l("Child as next of kin"),
    template="case/_next_of_kin.html",
    order=65,
    folded=True,
    read=small.read_next_of_kin,
    forms=forms,
    blueprint=bp,
)
