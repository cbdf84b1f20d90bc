"""Reminders: what ``bti reminders run`` queues, by the municipality's own rules
(:class:`bti.guide.ReminderRules`, hook ``bti_reminder_rules``).

* ``deadline_soon`` to a deadline's owner, from the deadline's own reminder moment
  (``Deadline.remind_at``, from ``DeadlineRule.remind_days``) or else
  ``ReminderRules.days_before_for(code)`` days before it runs out;
* ``deadline_overdue`` to the owner once it has run out, and to the leaders of the case's
  unit where the rules say so;
* ``consent_expiring`` to the stafettholder (or whoever opened the case) when a given
  consent's period ends within ``ReminderRules.consent_warning_days``.

Only open cases, unmet deadlines and consents in force count. Each reminder has a key
(``deadline:<id>:soon:<user>`` …) that the outbox keeps unique, so a second run queues
nothing twice. The queries read a window of the deadline and consent tables through the
indexes on ``(municipality_id, due_at)`` and ``(municipality_id, valid_to)``, in batches
ordered by that column and the id (keyset paging), each batch in its own transaction: the
cost follows what is due, not the size of the tables. Nothing read here is personal data
(ids, dates and whom to tell), and nothing written names anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from bti.models import (
    Case,
    CaseStatus,
    Consent,
    ConsentStatus,
    Deadline,
    Membership,
    Notification,
    NotificationKind,
    Role,
)
from bti.plugins import Municipality
from bti.rules.deadlines import local_today
from bti.services import notifications

#: How far back a run still tells of a deadline that has run out (a timer that stood still
#: for a while catches up; older ones are on the owners' pages already).
OVERDUE_LOOKBACK = timedelta(days=14)
#: Rows read per batch (and per transaction).
BATCH = 500


@dataclass(frozen=True)
class Reminder:
    """One notification a run queues (or, dry, would queue): no names, only ids."""

    kind: NotificationKind
    key: str
    case_id: str
    user_id: int
    role: str  # "owner", "leader", "stafettholder" or "opener"
    reference: str  # "deadline 12", "consent 7": opaque outside the platform

    def line(self, slug: str) -> str:
        """The dry run's line: what, where, which record, to whom."""
        return f"{self.kind}\t{slug}\t{self.reference}\tuser {self.user_id} ({self.role})"


@dataclass
class Summary:
    queued: int = 0
    already: int = 0  # due, but queued by an earlier run


def run(
    db,
    *,
    municipality: Municipality,
    municipality_id: int,
    now: datetime,
    dry_run: bool = False,
    show: Callable[[Reminder], None] | None = None,
    batch: int = BATCH,
) -> Summary:
    """Queue the reminders that are due at ``now`` for one municipality; with ``dry_run``
    write nothing and pass each reminder that would be queued to ``show``."""
    rules = municipality.reminder_rules
    summary = Summary()
    finders = [
        lambda s, after: _soon(s, municipality, now, after, batch),
        lambda s, after: _overdue(s, rules.leaders_when_overdue, now, after, batch),
    ]
    if rules.consent_warning_days is not None:
        today = local_today(now, municipality.profile.timezone)
        until = today + timedelta(days=rules.consent_warning_days)
        finders.append(lambda s, after: _expiring(s, today, until, after, batch))
    for find in finders:
        after = None
        while True:
            opener = db.reading if dry_run else db.transaction
            with opener(municipality_id) as session:
                found, after = find(session, after)
                _handle(session, found, summary, dry_run=dry_run, show=show)
            if after is None:
                break
    return summary


def _handle(session: Session, found: list[Reminder], summary: Summary, *, dry_run, show) -> None:
    if not found:
        return
    known = set(
        session.exec(
            select(Notification.key).where(Notification.key.in_([r.key for r in found]))
        ).all()
    )
    cases = {
        c.id: c for c in session.exec(select(Case).where(Case.id.in_({r.case_id for r in found})))
    }
    for reminder in found:
        if reminder.key in known:
            summary.already += 1
            continue
        known.add(reminder.key)
        summary.queued += 1
        if show is not None:
            show(reminder)
        if not dry_run:
            notifications.queue(
                session,
                kind=reminder.kind,
                case=cases[reminder.case_id],
                user_id=reminder.user_id,
                key=reminder.key,
            )


# ---------------------------------------------------------------------------------------------
# What is due: one batch at a time, and where the next batch starts (None: no more)
# ---------------------------------------------------------------------------------------------


def _open_deadlines(after: tuple | None):
    query = (
        select(Deadline)
        .join(Case, Case.id == Deadline.case_id)
        .where(Deadline.met_at.is_(None), Case.status == CaseStatus.OPEN)
        .order_by(Deadline.due_at, Deadline.id)
    )
    if after is not None:
        due, last_id = after
        query = query.where(
            (Deadline.due_at > due) | ((Deadline.due_at == due) & (Deadline.id > last_id))
        )
    return query


def _page(rows: list, limit: int, position: Callable) -> tuple | None:
    return position(rows[-1]) if len(rows) == limit else None


def _soon(session: Session, municipality: Municipality, now: datetime, after, limit: int):
    rules = municipality.reminder_rules
    window = now + timedelta(days=max(rules.longest_notice, _longest_own_notice(municipality)))
    rows = session.exec(
        _open_deadlines(after).where(Deadline.due_at > now, Deadline.due_at <= window).limit(limit)
    ).all()
    found = []
    for deadline in rows:
        remind = deadline.remind_at or deadline.due_at - timedelta(
            days=rules.days_before_for(deadline.code)
        )
        if remind <= now:
            found.append(_deadline_reminder(deadline, "soon", deadline.owner_id, "owner"))
    return found, _page(rows, limit, lambda d: (d.due_at, d.id))


def _overdue(session: Session, leaders_too: bool, now: datetime, after, limit: int):
    rows = session.exec(
        _open_deadlines(after)
        .where(Deadline.due_at <= now, Deadline.due_at > now - OVERDUE_LOOKBACK)
        .limit(limit)
    ).all()
    found = [_deadline_reminder(d, "overdue", d.owner_id, "owner") for d in rows]
    if leaders_too and rows:
        leaders = _leaders(session, {d.case_id for d in rows})
        for deadline in rows:
            for user_id in leaders.get(deadline.case_id, ()):
                if user_id != deadline.owner_id:
                    found.append(_deadline_reminder(deadline, "overdue", user_id, "leader"))
    return found, _page(rows, limit, lambda d: (d.due_at, d.id))


def _expiring(session: Session, today: date, until: date, after, limit: int):
    query = (
        select(Consent, Case.stafettholder_id, Case.opened_by_id)
        .join(Case, Case.id == Consent.case_id)
        .where(
            Consent.valid_to >= today,
            Consent.valid_to <= until,
            Consent.status == ConsentStatus.GIVEN,
            Consent.withdrawn_at.is_(None),
            Case.status == CaseStatus.OPEN,
        )
        .order_by(Consent.valid_to, Consent.id)
    )
    if after is not None:
        valid_to, last_id = after
        query = query.where(
            (Consent.valid_to > valid_to)
            | ((Consent.valid_to == valid_to) & (Consent.id > last_id))
        )
    rows = session.exec(query.limit(limit)).all()
    found = []
    for consent, holder_id, opener_id in rows:
        user_id, role = (holder_id, "stafettholder") if holder_id else (opener_id, "opener")
        found.append(
            Reminder(
                kind=NotificationKind.CONSENT_EXPIRING,
                key=f"consent:{consent.id}:expiring:{consent.valid_to.isoformat()}:{user_id}",
                case_id=consent.case_id,
                user_id=user_id,
                role=role,
                reference=f"consent {consent.id}",
            )
        )
    return found, _page(rows, limit, lambda row: (row[0].valid_to, row[0].id))


def _deadline_reminder(deadline: Deadline, when: str, user_id: int, role: str) -> Reminder:
    kind = NotificationKind.DEADLINE_SOON if when == "soon" else NotificationKind.DEADLINE_OVERDUE
    return Reminder(
        kind=kind,
        key=f"deadline:{deadline.id}:{when}:{user_id}",
        case_id=deadline.case_id,
        user_id=user_id,
        role=role,
        reference=f"deadline {deadline.id}",
    )


def _leaders(session: Session, case_ids: set[str]) -> dict[str, list[int]]:
    """The leaders of each case's unit, by case id."""
    rows = session.exec(
        select(Case.id, Membership.user_id)
        .join(Membership, Membership.unit_id == Case.unit_id)
        .where(Case.id.in_(case_ids), Membership.role == Role.LEDER)
        .order_by(Membership.user_id)
    ).all()
    leaders: dict[str, list[int]] = {}
    for case_id, user_id in rows:
        leaders.setdefault(case_id, []).append(user_id)
    return leaders


def _longest_own_notice(municipality: Municipality) -> int:
    """The most days before it runs out that a deadline reminds by itself."""
    spans = [
        rule.days - rule.remind_days
        for level in municipality.levels
        for rule in level.deadlines
        if rule.remind_days
    ]
    return max(spans, default=0)
