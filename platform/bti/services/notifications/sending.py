"""The worker: sends the notifications that are due, one pass at a time (``bti notifications
send``, from a timer every minute).

Each notice is claimed, sent and recorded in short transactions of its own, apart from the
action that queued it: a failed send never touches the user's work. Claiming moves the
notice's next attempt a lease ahead before the network is touched, so two workers never
send it at once and no database lock is held while the mail server answers; a worker that
dies mid-send leaves it to be tried again when the lease runs out.

A temporary failure (a 4xx answer, no connection) is tried again with back-off
(:data:`BACKOFF`); after the last attempt, or at once on a permanent refusal (a 5xx
answer), the notice is ``failed``, and the administrator sees it and may send it again.
What went wrong is kept in the mail server's words with any address taken out.

A notice for a guardian or youth whose case has since been reported with the guardians kept
out is dropped unsent.

Notices a person wants in a daily summary wait until the summary hour and go as one e-mail
per person.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlmodel import Session, col, func, select

from bti import clock
from bti.config_mail import MailSettings
from bti.db import Database
from bti.models import (
    Case,
    Citizen,
    Delivery,
    Notification,
    NotificationStatus,
    StaffUser,
)
from bti.plugins import Municipality, Registry
from bti.services.notifications import composing

#: How long to wait after the 1st, 2nd … failed attempt; one more failure after the last
#: is final.
BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
#: A claimed notice is left alone this long: enough for one send to time out.
LEASE = timedelta(minutes=10)
SMTP_TIMEOUT_SECONDS = 30
_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")


@dataclass
class Pass:
    """What one pass of the worker did, in numbers (no names): per municipality slug."""

    configured: bool = True
    sent: int = 0
    summaries: int = 0
    retrying: int = 0
    failed: int = 0
    waiting: int = 0


class SendError(Exception):
    """A send failed; ``text`` is safe to keep, ``permanent`` ends the retries, and
    ``unreachable`` says the server itself did not answer (the rest of the pass waits)."""

    def __init__(self, text: str, *, permanent: bool, unreachable: bool = False):
        super().__init__(text)
        self.text = text
        self.permanent = permanent
        self.unreachable = unreachable


Transport = Callable[[MailSettings, EmailMessage], None]


def send_due(
    db: Database,
    registry: Registry,
    mail: MailSettings,
    *,
    key: bytes,
    transport: Transport | None = None,
    batch: int = 100,
) -> Pass:
    """One pass over every municipality: every notice due now, and the daily summaries
    due. Without a mail server configured nothing is sent and the notices wait."""
    result = Pass(configured=mail.sends)
    send = transport or smtp_send
    for slug, municipality_id in sorted(db.municipality_ids().items()):
        municipality = registry.get(slug)
        if municipality is None:
            continue
        if not mail.sends:
            result.waiting += _count_due(db, municipality_id)
            continue
        place = _Place(db, municipality, municipality_id, mail, key, send, result)
        place.send_now(batch)
        place.send_summaries(batch)
    return result


def smtp_send(mail: MailSettings, message: EmailMessage) -> None:
    """Send ``message`` through the configured server; :class:`SendError` when it fails."""
    try:
        if mail.security == "tls":
            context = ssl.create_default_context()
            server = smtplib.SMTP_SSL(
                mail.host, mail.port, timeout=SMTP_TIMEOUT_SECONDS, context=context
            )
        else:
            server = smtplib.SMTP(mail.host, mail.port, timeout=SMTP_TIMEOUT_SECONDS)
        with server:
            if mail.security == "starttls":
                server.starttls(context=ssl.create_default_context())
            if mail.username:
                server.login(mail.username, mail.password)
            server.send_message(message)
    except smtplib.SMTPRecipientsRefused as error:
        code, text = next(iter(error.recipients.values()))
        raise SendError(_safe(code, text), permanent=code >= 500) from None
    except smtplib.SMTPResponseException as error:
        raise SendError(
            _safe(error.smtp_code, error.smtp_error), permanent=error.smtp_code >= 500
        ) from None
    except (smtplib.SMTPException, OSError) as error:
        unreachable = isinstance(error, OSError | smtplib.SMTPServerDisconnected)
        raise SendError(
            _safe(None, type(error).__name__), permanent=False, unreachable=unreachable
        ) from None


def _safe(code: int | None, text: bytes | str) -> str:
    """The server's answer without any address in it (servers echo the recipient)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = _ADDRESS.sub("<…>", " ".join(str(text).split()))
    return (f"{code} {text}" if code is not None else text)[:300]


def due(now: datetime):
    return (
        col(Notification.status) == NotificationStatus.QUEUED,
        col(Notification.next_attempt_at) <= now,
    )


def _count_due(db: Database, municipality_id: int) -> int:
    with db.scoped(municipality_id) as session:
        return session.exec(
            select(func.count()).select_from(Notification).where(*due(clock.now()))
        ).one()


@dataclass
class _Place:
    """One municipality's part of a pass."""

    db: Database
    municipality: Municipality
    municipality_id: int
    mail: MailSettings
    key: bytes
    send: Transport
    result: Pass
    #: The mail server did not answer: the rest of this municipality's pass waits for the
    #: next one (a server that drops connections would otherwise cost a timeout per notice).
    unreachable: bool = False

    def send_now(self, batch: int) -> None:
        with self.db.scoped(self.municipality_id) as session:
            ids = session.exec(
                select(Notification.id)
                .where(*due(clock.now()), Notification.delivery != Delivery.DAILY)
                .order_by(Notification.next_attempt_at, Notification.id)
                .limit(batch)
            ).all()
        for notification_id in ids:
            if self.unreachable:
                return
            claimed = self._claim([notification_id])
            if not claimed:
                continue
            [(notice, to)] = claimed
            if to is None:
                continue
            message = self._compose([notice.id], composing.message, notice, self._addressing(to))
            if message is not None and self._deliver([notice.id], message):
                self.result.sent += 1

    def send_summaries(self, batch: int) -> None:
        with self.db.scoped(self.municipality_id) as session:
            people = session.exec(
                select(Notification.user_id)
                .where(*due(clock.now()), Notification.delivery == Delivery.DAILY)
                .group_by(Notification.user_id)
                .order_by(Notification.user_id)
                .limit(batch)
            ).all()
        for user_id in people:
            if self.unreachable:
                return
            with self.db.scoped(self.municipality_id) as session:
                ids = session.exec(
                    select(Notification.id)
                    .where(
                        *due(clock.now()),
                        Notification.delivery == Delivery.DAILY,
                        Notification.user_id == user_id,
                    )
                    .order_by(Notification.id)
                    .limit(batch)
                ).all()
            claimed = self._claim(ids)
            notices = [notice for notice, to in claimed if to is not None]
            if not notices:
                continue
            to = next(to for _notice, to in claimed if to is not None)
            ids = [n.id for n in notices]
            message = self._compose(ids, composing.summary, notices, self._addressing(to))
            if message is not None and self._deliver(ids, message):
                self.result.summaries += 1

    def _addressing(self, to: str) -> composing.Addressing:
        return composing.Addressing(
            sender=self.mail.sender, to=to, base_url=self.mail.base_url, key=self.key
        )

    def _claim(self, ids: Sequence[int]) -> list[tuple[composing.Notice, str | None]]:
        """Take the notices still due for this worker; each with the address it goes to
        (``None``: the person has none any more, so it stays in the app only)."""
        claimed = []
        now = clock.now()
        with self.db.transaction(self.municipality_id) as session:
            rows = session.exec(
                select(Notification)
                .where(col(Notification.id).in_(ids), *due(now))
                .with_for_update(skip_locked=True)
            ).all()
            for row in rows:
                if _kept_out(session, row):
                    # A report has kept the guardians out since this was queued: it goes
                    # nowhere, and is not kept to be shown either.
                    session.delete(row)
                    continue
                to = _address(session, row)
                if to is None:
                    row.status = NotificationStatus.IN_APP
                    row.next_attempt_at = None
                else:
                    row.attempts += 1
                    row.next_attempt_at = now + LEASE
                notice = composing.Notice(
                    row.id, row.kind, row.calendar, for_citizen=row.citizen_id is not None
                )
                claimed.append((notice, to))
        return claimed

    def _compose(
        self, ids: list[int], write: Callable[..., EmailMessage], what, addressing
    ) -> EmailMessage | None:
        """``write(municipality, municipality_id, what, addressing, now=…)``, or ``None``
        when the message cannot be written (a kind this version does not know, a catalog
        that fails): then the notices fail at once instead of being claimed again and
        again, and the administrator sees them."""
        try:
            return write(self.municipality, self.municipality_id, what, addressing, now=clock.now())
        except Exception as error:
            self._record_failure(ids, SendError(type(error).__name__, permanent=True))
            return None

    def _deliver(self, ids: Iterable[int], message: EmailMessage) -> bool:
        try:
            self.send(self.mail, message)
        except SendError as error:
            self._record_failure(list(ids), error)
            self.unreachable = error.unreachable
            return False
        with self.db.transaction(self.municipality_id) as session:
            now = clock.now()
            for row in _rows(session, ids):
                row.status = NotificationStatus.SENT
                row.sent_at = now
                row.next_attempt_at = None
                row.last_error = ""
        return True

    def _record_failure(self, ids: list[int], error: SendError) -> None:
        with self.db.transaction(self.municipality_id) as session:
            now = clock.now()
            for row in _rows(session, ids):
                row.last_error = error.text
                if error.permanent or row.attempts >= MAX_ATTEMPTS:
                    row.status = NotificationStatus.FAILED
                    row.next_attempt_at = None
                    self.result.failed += 1
                else:
                    row.next_attempt_at = now + BACKOFF[row.attempts - 1]
                    self.result.retrying += 1


def _rows(session: Session, ids: Iterable[int]) -> list[Notification]:
    return list(session.exec(select(Notification).where(col(Notification.id).in_(list(ids)))))


def _kept_out(session: Session, row: Notification) -> bool:
    if row.citizen_id is None or row.case_id is None:
        return False
    case = session.get(Case, row.case_id)
    return case is not None and case.guardians_kept_out


def _address(session: Session, row: Notification) -> str | None:
    if row.user_id is not None:
        user = session.get(StaffUser, row.user_id)
        return user.email if user is not None and user.active and user.email else None
    citizen = session.get(Citizen, row.citizen_id)
    return citizen.email if citizen is not None and citizen.email else None
