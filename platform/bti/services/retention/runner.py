"""Finding the cases whose time has passed and handling each one.

Cases are found a batch at a time, in the order they were closed (keyset pagination on the
index of closed cases by closing time), never all at once; each case is handled in a
transaction of its own with its audit event, so a failure leaves that case as it was and
the rest go on. Running it again finds nothing more to do: an anonymised case is marked
(``Case.anonymised_at``) and a deleted one is gone.
"""

from __future__ import annotations

import calendar
import logging
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select

from bti.config_retention import ANONYMISE, RetentionPolicy
from bti.db import Database
from bti.models import AuditPurpose, Case, CaseStatus, Subject
from bti.services import audit
from bti.services.retention import scrub
from bti.services.retention.report import (
    ANONYMISED,
    DELETED,
    FAILED,
    SKIPPED,
    CaseHandled,
    MunicipalityResult,
    RetentionReport,
)
from bti.services.retention.tables import case_table, case_tables, rows_of_case

log = logging.getLogger("bti.retention")

BATCH = 200


def run(
    db: Database,
    *,
    policies: dict[str, RetentionPolicy],
    now: datetime,
    dry_run: bool = False,
    batch: int = BATCH,
) -> RetentionReport:
    """Anonymise or delete, in each municipality of ``policies`` (slug → policy), the
    closed cases whose period has passed at ``now``; a dry run only lists them."""
    report = RetentionReport(at=now, dry_run=dry_run)
    ids = db.municipality_ids()
    for slug, policy in sorted(policies.items()):
        result = MunicipalityResult(slug=slug, policy=policy, cutoff=cutoff(now, policy.months))
        for case_id in _expired(db, ids[slug], result, batch=batch):
            if dry_run:
                action = ANONYMISED if policy.action == ANONYMISE else DELETED
                result.cases.append(CaseHandled(case=case_id, action=action))
                continue
            result.cases.append(_handle(db, ids[slug], case_id, result, now=now))
        report.municipalities.append(result)
    return report


def cutoff(now: datetime, months: int) -> datetime:
    """``now`` less ``months`` calendar months (the last day of a shorter month)."""
    year, month = divmod(now.year * 12 + now.month - 1 - months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return now.replace(year=year, month=month + 1, day=min(now.day, last))


def _expired(db: Database, municipality_id: int, result: MunicipalityResult, *, batch: int):
    """The ids of the cases past their time, a batch at a time, in closing order: those not
    yet anonymised, then (when deleting) those anonymised before, each pass along the index
    of closed cases by anonymisation and closing time."""
    passes = (False,) if result.policy.action == ANONYMISE else (False, True)
    for anonymised in passes:
        after: tuple[datetime, str] | None = None
        while True:
            query = (
                select(Case.closed_at, Case.id)
                .where(Case.status == CaseStatus.CLOSED, Case.closed_at <= result.cutoff)
                .where(
                    Case.anonymised_at.is_not(None) if anonymised else Case.anonymised_at.is_(None)
                )
                .order_by(Case.closed_at, Case.id)
                .limit(batch)
            )
            if after is not None:
                query = query.where(sa.tuple_(Case.closed_at, Case.id) > after)
            with db.scoped(municipality_id) as session:
                rows = session.exec(query).all()
            yield from (case_id for _, case_id in rows)
            if len(rows) < batch:
                break
            after = tuple(rows[-1])


def _handle(
    db: Database, municipality_id: int, case_id: str, result: MunicipalityResult, *, now
) -> CaseHandled:
    try:
        with db.transaction(municipality_id) as session:
            return _anonymise_or_delete(session, case_id, result, now=now)
    except SQLAlchemyError as error:
        log.error("retention failed for a case in %s: %s", result.slug, type(error).__name__)
        return CaseHandled(case=case_id, action=FAILED, error=type(error).__name__)


def _anonymise_or_delete(session, case_id: str, result: MunicipalityResult, *, now):
    municipality_id = session.municipality_id
    case = session.exec(select(Case).where(Case.id == case_id).with_for_update()).one_or_none()
    if case is None or case.status != CaseStatus.CLOSED or case.closed_at > result.cutoff:
        return CaseHandled(case=case_id, action=SKIPPED)  # reopened or gone meanwhile
    subject_id = case.subject_id
    session.expunge(case)  # the rows change below, statement by statement
    delete = result.policy.action != ANONYMISE
    rows = (_delete if delete else _anonymise)(session, case_id, municipality_id, now=now)
    subject = not _still_needed(session, subject_id, case_id, result, delete=delete)
    if subject:
        handle = _delete_subject if delete else _anonymise_subject
        rows += handle(session, subject_id, municipality_id)
    action = DELETED if delete else ANONYMISED
    audit.record(
        session,
        actor=None,
        action=f"case.retention.{'delete' if delete else 'anonymise'}",
        purpose=AuditPurpose.RETENTION,
        case_ref=case_id,
        detail=f"rows={rows} subject={'yes' if subject else 'no'}",
    )
    return CaseHandled(case=case_id, action=action, rows=rows, subject=subject)


def _anonymise(session, case_id: str, municipality_id: int, *, now) -> int:
    rows = 0
    for table in (case_table(), *case_tables()):
        values = _bumped(table, scrub.personal_columns(table))
        if table.name == "case":
            values["anonymised_at"] = now
        if not values:
            continue
        where = rows_of_case(table, case_id=case_id, municipality_id=municipality_id)
        rows += session.execute(sa.update(table).where(where).values(values)).rowcount
    return rows


def _bumped(table: sa.Table, values: dict[str, object]) -> dict[str, object]:
    """``values`` and, for a record edited in place, its next version: a form opened before
    cannot write the names back (:mod:`bti.services.versions`)."""
    if values and "version" in table.c:
        return {**values, "version": table.c.version + 1}
    return dict(values)


def _delete(session, case_id: str, municipality_id: int, *, now) -> int:
    rows = 0
    for table in (*reversed(case_tables()), case_table()):
        where = rows_of_case(table, case_id=case_id, municipality_id=municipality_id)
        rows += session.execute(sa.delete(table).where(where)).rowcount
    return rows


def _still_needed(session, subject_id: int, case_id: str, result, *, delete: bool) -> bool:
    """Whether another case of the child still needs the child and the guardians: one that
    is open or not past its time (when deleting: any case left at all)."""
    others = select(Case.id).where(Case.subject_id == subject_id, Case.id != case_id)
    if not delete:
        others = others.where(
            sa.or_(
                Case.status != CaseStatus.CLOSED,
                Case.closed_at.is_(None),
                Case.closed_at > result.cutoff,
            )
        )
    return session.exec(others.limit(1)).first() is not None


def _subject_rows(subject_id: int, municipality_id: int):
    """The child's row and the guardians' rows, as (table, condition) pairs."""
    subject, guardian = Subject.metadata.tables["subject"], Subject.metadata.tables["guardian"]
    return (
        (
            subject,
            sa.and_(subject.c.municipality_id == municipality_id, subject.c.id == subject_id),
        ),
        (
            guardian,
            sa.and_(
                guardian.c.municipality_id == municipality_id,
                guardian.c.subject_id == subject_id,
            ),
        ),
    )


def _anonymise_subject(session, subject_id: int, municipality_id: int) -> int:
    born = session.exec(
        select(Subject.birth_date, Subject.due_date).where(Subject.id == subject_id)
    ).one()
    rows = 0
    for table, where in _subject_rows(subject_id, municipality_id):
        values = _bumped(table, scrub.personal_columns(table))
        if table.name == "subject":
            values["birth_date"], values["due_date"] = map(scrub.year_only, born)
        rows += session.execute(sa.update(table).where(where).values(values)).rowcount
    return rows


def _delete_subject(session, subject_id: int, municipality_id: int) -> int:
    rows = 0
    for table, where in reversed(_subject_rows(subject_id, municipality_id)):
        rows += session.execute(sa.delete(table).where(where)).rowcount
    return rows
