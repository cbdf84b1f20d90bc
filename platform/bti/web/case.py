"""The case page: who it is about, where it stands in the guide, what has happened, and
the decision at this level (only the outcomes the level allows)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, url_for
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import RadioField, StringField, TextAreaField

from bti.db import get_db
from bti.errors import InvalidInput, NotFound, Refused
from bti.i18n import lazy_gettext as _l
from bti.models import Decision, Guardian, StaffUser, Subject, utcnow
from bti.rules.child import age_on, voice_carries_great_weight, voice_required
from bti.services import access, cases, consents, deadlines, participants, stafettlogg
from bti.services.actors import load_actor
from bti.web.auth import staff_required

bp = Blueprint("case", __name__)


class DecisionForm(FlaskForm):
    outcome = RadioField(_l("Decision"), choices=[])
    rationale = TextAreaField(_l("Reason for the decision"))
    recipient = StringField(_l("Who at barnevern received the report (when reporting)"))


def _decision_form(level) -> DecisionForm:
    form = DecisionForm()
    form.outcome.choices = [(o.code, str(o.label)) for o in level.outcomes]
    return form


def _load(session, case_id: str, action: str):
    try:
        actor = load_actor(session, g.signed_in.user_id)
        return actor, access.get_case(session, by=actor, case_id=case_id, action=action)
    except NotFound:
        abort(404)


@bp.get("/sak/<case_id>")
@staff_required
def show(case_id: str):
    return _render(case_id, _decision_form(_current_level(case_id)))


@bp.post("/sak/<case_id>/beslutning")
@staff_required
def decide(case_id: str):
    form = _decision_form(_current_level(case_id))
    if not form.validate_on_submit():
        return _render(case_id, form), 400
    try:
        with get_db().transaction(g.municipality_id) as session:
            actor, _case = _load(session, case_id, "case.decide")
            cases.decide(
                session,
                municipality=g.municipality,
                by=actor,
                case_id=case_id,
                outcome=form.outcome.data or "",
                rationale=form.rationale.data or "",
                recipient=form.recipient.data or "",
            )
    except InvalidInput as error:
        target = {"rationale": form.rationale, "recipient": form.recipient}.get(error.field)
        (target or form.outcome).errors = [str(error.message)]
        return _render(case_id, form), 400
    except Refused as error:
        form.outcome.errors = [str(error.message)]
        return _render(case_id, form), 400
    flash(_l("The decision is saved."), "success")
    return redirect(url_for("case.show", case_id=case_id))


def _current_level(case_id: str):
    with get_db().scoped(g.municipality_id) as session:
        from bti.models import Case

        case = session.get(Case, case_id)
        if case is None:
            abort(404)
        return g.municipality.level(case.level)


def _render(case_id: str, form: DecisionForm):
    today = consents.today_in(g.municipality)
    with get_db().transaction(g.municipality_id) as session:
        actor, case = _load(session, case_id, "case.read")
        subject = session.get(Subject, case.subject_id)
        age = age_on(subject.birth_date, today) if subject.birth_date else None
        guardians = session.exec(
            select(Guardian).where(Guardian.subject_id == subject.id).order_by(Guardian.id)
        ).all()
        people = participants.active(session, case.id)
        names = {
            u.id: u.display_name
            for u in session.exec(
                select(StaffUser).where(
                    StaffUser.id.in_([p.user_id for p in people] + [case.opened_by_id])
                )
            )
        }
        timeline = (
            stafettlogg.timeline(session, municipality=g.municipality, by=actor, case_id=case.id)
            if case.stafettholder_id
            else []
        )
        decisions = session.exec(
            select(Decision).where(Decision.case_id == case.id).order_by(Decision.decided_at)
        ).all()
        open_deadlines = deadlines.open_for_case(session, case.id)
        valid = consents.valid_consents(session, case_id=case.id, on=today)
    return render_template(
        "case/show.html",
        case=case,
        subject=subject,
        age=age,
        voice_required=voice_required(age),
        great_weight=voice_carries_great_weight(age),
        guardians=[] if cases.guardians_excluded(case) else guardians,
        guardians_excluded=cases.guardians_excluded(case),
        people=people,
        names=names,
        level=g.municipality.level(case.level),
        form=form,
        timeline=timeline,
        decisions=decisions,
        deadlines=open_deadlines,
        valid_consents=valid,
        now=utcnow(),
    )
