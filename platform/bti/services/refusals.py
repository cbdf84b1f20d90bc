"""The guardians decline the offered help, and the task it may give the unit's leaders.

Declining is the guardians' right («Lytt til foreldre/foresatte vurdering og anerkjenn deres
rett til å takke nei til tilbud om hjelp», Jevnaker nivå 3 «Foresattes vurdering»): it is a
record on the case, in the stafettlogg with who wrote it and when, never an error. Where the
municipality's guide says so (hook ``bti_guardians_decline_task``), it gives the leaders of
the unit where the case was opened a task without a deadline — in Jevnaker «Vurder om
tiltaksplan skal utarbeides for barnet i virksomheten» — that waits on their «Mine saker»
until one of them records the assessment and its reason.

Each action loads the case once through :func:`bti.services.access.get_case` (one access
check, audited) and writes one audit event for the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput, NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import Case, CaseStatus, EntryKind, LeaderTask, StafettloggEntry, Subject
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit
from bti.services.access import get_case, visible_to
from bti.services.guards import require_open

TEXT_MAX = 2000


def record_guardians_decline(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    offer: str,
    now: datetime | None = None,
) -> StafettloggEntry:
    """Record that the guardians decline ``offer`` (the help offered, in words), and give
    the unit's leaders the municipality's task, once while it is open."""
    case = get_case(session, by=by, case_id=case_id, action="case.guardians_decline")
    require_open(session, by=by, case=case)
    offer = _text("offer", offer, _l("Say which help the guardians decline."))
    now = now or clock.now()
    entry = StafettloggEntry(
        case_id=case.id,
        kind=EntryKind.NOTE,
        text=str(_l("The guardians decline the offered help: %(offer)s", offer=offer)),
        author_id=by.user_id,
        created_at=now,
    )
    session.add(entry)
    rule = municipality.guardians_decline_task
    if rule is not None and case.unit_id is not None and not _open_task(session, case, rule.code):
        session.add(
            LeaderTask(
                case_id=case.id,
                unit_id=case.unit_id,
                code=rule.code,
                created_by_id=by.user_id,
                created_at=now,
            )
        )
    session.flush()
    audit.record(session, actor=by, action="case.guardians_declined", case_ref=case.id)
    return entry


def _open_task(session: Session, case: Case, code: str) -> LeaderTask | None:
    return session.exec(
        select(LeaderTask).where(
            LeaderTask.case_id == case.id, LeaderTask.code == code, LeaderTask.done_at.is_(None)
        )
    ).first()


def _text(field: str, value: str | None, message) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput(field, message)
    if len(value) > TEXT_MAX:
        raise InvalidInput(field, _l("Use at most %(max)s characters.", max=TEXT_MAX))
    return value


def _leads(by: Actor, unit_id: int) -> bool:
    from bti.models import Role

    return any(post.unit_id == unit_id and post.role == Role.LEDER for post in by.posts)


def assess(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    task_id: int,
    answer: str,
    reason: str,
    now: datetime | None = None,
) -> LeaderTask:
    """A leader of the task's unit records the assessment (one of the rule's answers) and
    its reason; the task is done and the stafettlogg says what was decided. A task of a
    unit ``by`` does not lead, or of a case ``by`` may not see, is :class:`NotFound`."""
    task = session.get(LeaderTask, task_id) if task_id else None
    if task is None or not _leads(by, task.unit_id):
        audit.record_denial(
            session, actor=by, action="task.assess", case_ref=task.case_id if task else None
        )
        raise NotFound("task")
    case = get_case(session, by=by, case_id=task.case_id, action="task.assess")
    rule = municipality.guardians_decline_task
    if task.done_at is not None or rule is None or rule.code != task.code:
        raise NotFound("task")
    answers = dict(rule.answers)
    if answer not in answers:
        raise InvalidInput("answer", _l("Choose the assessment."))
    reason = _text("reason", reason, _l("Give the reason for the assessment."))
    now = now or clock.now()
    task.done_at, task.done_by_id, task.answer, task.reason = now, by.user_id, answer, reason
    session.add(task)
    session.add(
        StafettloggEntry(
            case_id=case.id,
            kind=EntryKind.DECISION,
            text=str(
                _l(
                    "%(task)s: %(answer)s. Reason: %(reason)s",
                    task=rule.title,
                    answer=answers[answer],
                    reason=reason,
                )
            ),
            author_id=by.user_id,
            created_at=now,
        )
    )
    session.flush()
    audit.record(session, actor=by, action="task.assessed", case_ref=case.id, detail=task.code)
    return task


@dataclass(frozen=True)
class OpenTask:
    task: LeaderTask
    case: Case
    subject: Subject
    title: str
    why: str
    answers: tuple[tuple[str, str], ...]


def open_tasks(
    session: Session, *, municipality: Municipality, by: Actor, limit: int = 20
) -> list[OpenTask]:
    """Tasks waiting for ``by`` as leader of a unit, on open cases they may see, oldest
    first; audited as one event."""
    from bti.models import Role

    led = sorted({post.unit_id for post in by.posts if post.role == Role.LEDER})
    rule = municipality.guardians_decline_task
    if not led or rule is None:
        return []
    rows = session.exec(
        select(LeaderTask, Case, Subject)
        .join(Case, Case.id == LeaderTask.case_id)
        .join(Subject, Subject.id == Case.subject_id)
        .where(
            LeaderTask.unit_id.in_(led),
            LeaderTask.done_at.is_(None),
            LeaderTask.code == rule.code,
            Case.status == CaseStatus.OPEN,
        )
        .order_by(LeaderTask.created_at, LeaderTask.id)
        .limit(limit)
    ).all()
    seen = visible_to(session, by=by, cases=[case for _task, case, _subject in rows])
    found = [
        OpenTask(task, case, subject, str(rule.title), str(rule.why), rule.answers)
        for task, case, subject in rows
        if case.id in seen
    ]
    audit.record(session, actor=by, action="task.list", detail=f"count={len(found)}")
    return found
