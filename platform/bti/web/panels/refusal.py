"""«The guardians' assessment» on the case page: record that the guardians decline the
offered help (their right, and a valid record), and see the task it gave the leaders of the
unit where the case was opened, if the municipality's guide gives one.

The rules are the service's: :mod:`bti.services.refusals`.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint
from flask_wtf import FlaskForm
from sqlmodel import select
from wtforms import TextAreaField

from bti.case_panels import CasePanel, CaseRead, PanelForms
from bti.i18n import lazy_gettext as _l
from bti.models import LeaderTask
from bti.services import guardians, refusals
from bti.web.auth import staff_required
from bti.web.case_view import Failed, perform, posted, respond

bp = Blueprint("refusal", __name__)
ANCHOR = "refusal"
DECLINE = "guardians-decline"


@dataclass(frozen=True)
class TaskShown:
    title: str
    done: bool
    answer: str
    reason: str
    done_by: str
    done_at: object


@dataclass(frozen=True)
class RefusalPanel:
    may_record: bool
    rule_title: str  # the task a refusal gives the leaders ("" where none)
    tasks: list[TaskShown]

    @property
    def quiet(self) -> bool:
        return not any(not task.done for task in self.tasks)


def read(ctx: CaseRead) -> RefusalPanel:
    rule = ctx.municipality.guardians_decline_task
    rows = ctx.session.exec(
        select(LeaderTask).where(LeaderTask.case_id == ctx.case.id).order_by(LeaderTask.id)
    ).all()
    answers = dict(rule.answers) if rule else {}
    tasks = [
        TaskShown(
            title=str(rule.title) if rule else row.code,
            done=row.done_at is not None,
            answer=str(answers.get(row.answer, row.answer)),
            reason=row.reason,
            done_by=ctx.name(row.done_by_id),
            done_at=row.done_at,
        )
        for row in rows
    ]
    return RefusalPanel(
        may_record=ctx.is_open and not guardians.excluded(ctx.case),
        rule_title=str(rule.title) if rule else "",
        tasks=tasks,
    )


class DeclineForm(FlaskForm):
    offer = TextAreaField(_l("Which help do the guardians decline?"), render_kw={"rows": 3})


@bp.post("/sak/<case_id>/foresatte-takker-nei")
@staff_required
def guardians_decline(case_id: str):
    form = posted(DeclineForm, DECLINE)
    outcome = Failed()
    if form.validate_on_submit():
        outcome = perform(
            refusals.record_guardians_decline, case_id=case_id, offer=form.offer.data or ""
        )
    return respond(
        outcome,
        case_id=case_id,
        key=DECLINE,
        form=form,
        done=_l("It is recorded in the stafettlogg that the guardians decline the help."),
        anchor=ANCHOR,
    )


def forms(data: RefusalPanel, build: PanelForms) -> dict:
    return {"decline": build.form(DECLINE, DeclineForm)}


PANEL = CasePanel(
    name="refusal",
    title=_l("The guardians' assessment"),
    template="case/_refusal.html",
    order=24,
    folded=lambda data: data.quiet,
    read=read,
    forms=forms,
    blueprint=bp,
)
