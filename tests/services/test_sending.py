"""The worker (``bti notifications send``) sends through a real SMTP server (aiosmtpd on
127.0.0.1) and we read back what arrived: the headers and the link, a failure that leaves
the action alone and is tried again with back-off until it fails for good, the daily
summary, «none», a calendar attached, and a deployment without a mail server.

Runs once on SQLite and once on PostgreSQL.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    Case,
    Citizen,
    Delivery,
    HandOver,
    Notification,
    NotificationKind,
    NotificationSetting,
    NotificationStatus,
    StaffUser,
)
from bti.services import handover, notifications
from bti.services.notifications.sending import BACKOFF, MAX_ATTEMPTS
from tests.services.test_handover import prepare
from tests.services.test_stafettlogg import build
from tests.support.smtp import BASE_URL, SENDER, MailServer, free_port
from tests.support.world import World

pytestmark = pytest.mark.database

KARI = "kari@nordby.example"
HEGE = "hege@helse.example"
#: Monday 2 March 2026, 10:00 in Oslo.
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def team(world: World, mail_server: MailServer) -> World:
    """Kari holds the baton in Ola's case; Hege (health) takes part. Both have e-mail."""
    world.deployment.config.update(mail_server.config())
    prepare(build(world))
    with world.db.unscoped() as session, session.begin():
        session.get(StaffUser, world.staff["Kari"]).email = KARI
        session.get(StaffUser, world.staff["Hege"]).email = HEGE
    return world


def at(world: World, moment: datetime) -> clock.FixedClock:
    fixed = clock.FixedClock(moment)
    world.deployment.start().extensions[clock.EXTENSION] = fixed
    return fixed


def send(world: World) -> str:
    """One pass of ``bti notifications send``; what it printed."""
    result = world.deployment.start().test_cli_runner().invoke(args=["notifications", "send"])
    assert result.exit_code == 0, result.output
    return result.output


def offer_to_hege(world: World) -> None:
    with world.deployment.start().app_context():
        world.act_ok("Kari", handover.offer, case_id=world.case_id, to_user_id=world.staff["Hege"])


def subject(mail) -> str:
    """The subject as a mail program shows it (a long one is folded onto a second line)."""
    return " ".join(mail["Subject"].split())


def tell(world: World, name: str, kind: NotificationKind, **more) -> Notification:
    """Queue ``kind`` about the case for ``name``, as an action would, in the platform's
    context (its clock and summary hour)."""
    with world.deployment.start().app_context(), world.transaction() as session:
        return notifications.queue(
            session, kind=kind, case=session.get(Case, world.case_id), user_id=world.staff[name],
            **more,
        )  # fmt: skip


def outbox(world: World) -> list[Notification]:
    with world.scoped() as session:
        return list(session.exec(select(Notification).order_by(Notification.id)))


def test_the_offer_arrives_by_e_mail_with_a_link_and_no_display_name(team, mail_server):
    offer_to_hege(team)
    assert "1 sent" in send(team)
    [mail] = mail_server.to(HEGE)
    [row] = outbox(team)
    assert mail["To"] == HEGE and mail["From"] == SENDER
    assert re.fullmatch(
        r"Nytt i BTI-plattform: du er tilbudt stafettpinnen i en sak \(ref\. BTI-\w{4}-\w{2}\)",
        subject(mail),
    )
    assert mail["Auto-Submitted"] == "auto-generated"
    assert mail["Message-ID"] and mail["Date"]
    body = mail.get_content()
    assert f"{BASE_URL}/eksempel/varsler/{row.id}" in body
    assert team.case_id not in body + subject(mail)
    assert (row.status, row.attempts) == (NotificationStatus.SENT, 1) and row.sent_at
    # A second pass finds nothing more to send.
    assert "0 sent" in send(team)
    assert len(mail_server.received) == 1


def test_a_refused_send_leaves_the_offer_and_is_tried_again_until_it_fails(team, mail_server):
    fixed = at(team, MONDAY)
    offer_to_hege(team)
    mail_server.answer = "451 4.3.0 Mailbox busy, try again"
    assert "1 to be tried again" in send(team)
    [row] = outbox(team)
    assert (row.status, row.attempts) == (NotificationStatus.QUEUED, 1)
    assert row.last_error == "451 4.3.0 Mailbox busy, try again"
    assert row.next_attempt_at == MONDAY + BACKOFF[0]
    # The offer itself stands: the receiver can answer it in the app.
    with team.scoped() as session:
        assert session.exec(select(HandOver)).one().to_user_id == team.staff["Hege"]
    # Not before its time.
    send(team)
    assert outbox(team)[0].attempts == 1
    for wait in BACKOFF:
        fixed.advance(wait)
        send(team)
    [row] = outbox(team)
    assert (row.status, row.attempts) == (NotificationStatus.FAILED, MAX_ATTEMPTS)
    assert row.next_attempt_at is None and mail_server.received == []


def test_a_permanent_refusal_fails_at_once_and_no_address_is_kept(team, mail_server):
    offer_to_hege(team)
    mail_server.answer = f"550 5.1.1 <{HEGE}>: Recipient address rejected"
    assert "1 failed" in send(team)
    [row] = outbox(team)
    assert row.status == NotificationStatus.FAILED and row.attempts == 1
    assert row.last_error == "550 5.1.1 <…>: Recipient address rejected"


def test_the_daily_summary_waits_for_its_hour_and_goes_as_one_e_mail(team, mail_server):
    fixed = at(team, MONDAY)
    with team.transaction() as session:
        for kind in (NotificationKind.HANDOVER_OFFERED, NotificationKind.CONSENT_WITHDRAWN):
            session.add(
                NotificationSetting(user_id=team.staff["Hege"], kind=kind, delivery="daily")
            )
    offer_to_hege(team)
    tell(team, "Hege", NotificationKind.CONSENT_WITHDRAWN)
    rows = outbox(team)
    # 07:00 in Oslo the next morning (06:00 UTC in winter).
    assert {r.next_attempt_at for r in rows} == {datetime(2026, 3, 3, 6, 0, tzinfo=UTC)}
    send(team)
    assert mail_server.received == []
    fixed.set(datetime(2026, 3, 3, 6, 0, tzinfo=UTC))
    assert "1 daily summaries sent" in send(team)
    [mail] = mail_server.to(HEGE)
    assert subject(mail) == "Daglig oppsummering fra BTI-plattform: nye varsler (2)"
    body = mail.get_content()
    assert "du er tilbudt stafettpinnen i en sak" in body
    assert "et samtykke er trukket tilbake" in body
    for row in rows:
        assert f"{BASE_URL}/eksempel/varsler/{row.id}" in body
    assert {r.status for r in outbox(team)} == {NotificationStatus.SENT}


def test_none_sends_nothing_but_the_notice_is_in_the_app(team, mail_server):
    with team.transaction() as session:
        session.add(
            NotificationSetting(
                user_id=team.staff["Hege"],
                kind=NotificationKind.HANDOVER_OFFERED,
                delivery=Delivery.NONE,
            )
        )
    offer_to_hege(team)
    send(team)
    assert mail_server.received == []
    [row] = outbox(team)
    assert row.status == NotificationStatus.IN_APP and row.user_id == team.staff["Hege"]


def test_an_invitation_carries_its_calendar(team, mail_server):
    calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n"
    tell(team, "Kari", NotificationKind.MEETING_CANCELLED, calendar=calendar)
    send(team)
    [mail] = mail_server.to(KARI)
    [part] = list(mail.iter_attachments())
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "CANCEL"
    assert part.get_filename() == "invitation.ics"
    assert part.get_content().replace("\r\n", "\n") == calendar.replace("\r\n", "\n")


def test_without_a_mail_server_nothing_is_sent_and_the_notices_wait(world, mail_server):
    prepare(build(world))
    with world.db.unscoped() as session, session.begin():
        session.get(StaffUser, world.staff["Hege"]).email = HEGE
    offer_to_hege(world)
    output = send(world)
    assert "No mail server is configured" in output and "1 notification(s) wait" in output
    assert mail_server.received == []
    assert outbox(world)[0].status == NotificationStatus.QUEUED


def test_the_next_summary_is_at_the_configured_hour_in_oslo():
    summer = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)  # 14:00 in Oslo
    assert notifications.outbox.next_summary(summer, 7) == datetime(2026, 6, 2, 5, 0, tzinfo=UTC)
    early = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)  # 05:00 in Oslo
    assert notifications.outbox.next_summary(early, 7) == datetime(2026, 6, 1, 5, 0, tzinfo=UTC)
    assert notifications.outbox.next_summary(early, 7) - early == timedelta(hours=2)


def test_a_mail_server_that_does_not_answer_stops_the_pass_after_one_attempt(world, mail_server):
    world.deployment.config.update(mail_server.config(BTI_MAIL_PORT=free_port()))
    prepare(build(world))
    with world.db.unscoped() as session, session.begin():
        for name in ("Kari", "Hege"):
            session.get(StaffUser, world.staff[name]).email = f"{name.lower()}@x.example"
    offer_to_hege(world)
    tell(world, "Kari", NotificationKind.CONSENT_WITHDRAWN)
    assert "0 sent, 0 daily summaries sent, 1 to be tried again" in send(world)
    first, second = outbox(world)
    assert (first.attempts, first.last_error) == (1, "ConnectionRefusedError")
    assert (second.attempts, second.status) == (0, NotificationStatus.QUEUED)


def test_a_guardians_notice_links_to_the_citizens_pages(team, mail_server):
    with team.transaction() as session:
        citizen = Citizen(fodselsnummer="01010112345", display_name="Per", email="per@hjem.example")
        session.add(citizen)
        session.flush()
        notice = notifications.queue(
            session,
            kind=NotificationKind.MEETING_INVITED,
            case=session.get(Case, team.case_id),
            citizen_id=citizen.id,
        )
        session.flush()
        notice_id = notice.id
    send(team)
    [mail] = mail_server.to("per@hjem.example")
    # The notice in the citizens' pages (which goes on to the stafettlogg), not the staff's.
    link = f"{BASE_URL}/eksempel/innsyn/varsler/{notice_id}"
    assert link in mail.get_content().split()
    assert "Per" not in mail.get_content()
    # Where a guardian stops them: their own address, not the staff's settings per kind.
    text = " ".join(mail.get_content().split())
    assert "under «Varsler på e-post», der du leser stafettloggen" in text
    assert "Innstillinger" not in text


def test_a_notice_that_cannot_be_written_fails_at_once_and_the_rest_go(team, mail_server):
    row = tell(team, "Hege", NotificationKind.HANDOVER_OFFERED)
    with team.transaction() as session:
        session.get(Notification, row.id).kind = "a_kind_this_version_does_not_know"
    offer_to_hege(team)
    assert "1 sent" in send(team) and len(mail_server.received) == 1
    unknown, known = outbox(team)
    assert (unknown.status, unknown.last_error) == (NotificationStatus.FAILED, "ValueError")
    assert known.status == NotificationStatus.SENT
