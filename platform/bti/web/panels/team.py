"""The case page's section for the standing team (Bærum's Tidlig innsatsteam): the
meldeskjema sent from the case, where the referral is, the action plan after the meeting
and its evaluation by the person coordinating the follow-up.

The rules are the services': :mod:`bti.services.teams.referrals` and
:mod:`bti.services.teams.plan`; what the section shows is read by
:mod:`bti.services.case_page.team`.
"""

from __future__ import annotations

from flask import Blueprint
from wtforms import BooleanField, SelectField, StringField, TextAreaField

from bti.case_panels import CasePanel, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.services.case_page.team import TeamSection, read
from bti.services.teams import plan, referrals
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond
from bti.web.fields import CheckboxesField, VersionField, an_id
from bti.web.forms import FlaskForm, options
from bti.web.teams.forms import CHOOSE, int_or_none

bp = Blueprint("team_panel", __name__)
ANCHOR = "team"
REFER, WITHDRAW, EVALUATE = "team-refer", "team-withdraw", "team-evaluate"


class ReferForm(FlaskForm):
    referrer_contact = StringField(_l("Your e-mail or phone, for the chair"))
    case_types = CheckboxesField(
        _l("What is the concern about?"), choices=options(referrals.CASE_TYPES.items()),
        validate_choice=False,
    )  # fmt: skip
    family_attends = BooleanField(
        _l("The guardians or the youth will attend the meeting themselves")
    )
    guest_ids = CheckboxesField(
        _l("Others to invite, as agreed with the guardians or the youth"), coerce=an_id,
        validate_choice=False, choices=[],
    )  # fmt: skip
    others_wanted = TextAreaField(
        _l("Other professionals wanted at the meeting (name, title, workplace)"),
        render_kw={"rows": 3},
    )
    team_id = SelectField(_l("Team"), coerce=int_or_none, validate_choice=False, choices=[])


class EmptyForm(FlaskForm):
    pass


class PlanEvaluationForm(FlaskForm):
    version = VersionField()
    goal = TextAreaField(plan.QUESTIONS["goal"], render_kw={"rows": 2})
    why_not = TextAreaField(plan.QUESTIONS["why_not"], render_kw={"rows": 2})
    service = TextAreaField(plan.QUESTIONS["service"], render_kw={"rows": 2})
    used = TextAreaField(plan.QUESTIONS["used"], render_kw={"rows": 2})
    effect = TextAreaField(plan.QUESTIONS["effect"], render_kw={"rows": 2})


@bp.post("/sak/<case_id>/team/meld")
@staff_required
def refer(case_id: str):
    form = posted(ReferForm, REFER)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            referrals.refer, case_id=case_id, referrer_contact=form.referrer_contact.data or "",
            case_types=form.case_types.data or [], family_attends=form.family_attends.data,
            others_wanted=form.others_wanted.data or "", guest_ids=form.guest_ids.data or [],
            team_id=form.team_id.data,
        )  # fmt: skip
    return respond(
        outcome, case_id=case_id, key=REFER, form=form, anchor=ANCHOR,
        done=_l("The case is referred to the team. The chair assesses how urgent it is and "
                "invites to the meeting."),
    )  # fmt: skip


@bp.post("/sak/<case_id>/team/trekk")
@staff_required
def withdraw(case_id: str):
    form = posted(EmptyForm, WITHDRAW)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(referrals.withdraw, case_id=case_id)
    return respond(
        outcome, case_id=case_id, key=WITHDRAW, form=form, anchor=ANCHOR,
        done=_l("The referral is withdrawn."),
    )  # fmt: skip


@bp.post("/sak/<case_id>/team/evaluer-plan")
@staff_required
def evaluate(case_id: str):
    form = posted(PlanEvaluationForm, EVALUATE)
    outcome = Failed()
    if form.validate_on_submit():
        answers = {code: getattr(form, code).data or "" for code in plan.QUESTIONS}
        outcome = perform(
            plan.evaluate, case_id=case_id, answers=answers, version=form.version.data
        )
    return respond(
        outcome, case_id=case_id, key=EVALUATE, form=form, anchor=ANCHOR,
        done=_l("The evaluation of the action plan is recorded."),
    )  # fmt: skip


def forms(data: TeamSection, build: PanelForms) -> dict:
    refer_form = build.form(REFER, ReferForm)
    refer_form.team_id.choices = options([("", CHOOSE), *data.team_options])
    if refer_form.team_id.data is None:
        refer_form.team_id.data = data.proposed_team
    refer_form.guest_ids.choices = options(data.participants)
    return {
        "refer": refer_form,
        "withdraw": build.form(WITHDRAW, EmptyForm),
        "evaluate": build.form(
            EVALUATE,
            PlanEvaluationForm,
            version=data.discussion.version if data.discussion is not None else None,
        ),
    }


PANEL = CasePanel(
    name="team",
    title=_l("Early intervention team"),
    template="case/_team.html",
    order=45,
    folded=lambda data: data.quiet,
    read=read,
    forms=forms,
    blueprint=bp,
)
