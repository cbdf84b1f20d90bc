"""The guardians' assessment panel as read: whether a refusal may be recorded, and the
tasks a refusal gave the leaders of the unit, with their answers (:mod:`bti.services.refusals`
holds the rules)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from bti.case_panels import CaseRead
from bti.models import LeaderTask
from bti.services import guardians


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
