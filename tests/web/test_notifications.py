"""The notifications in the app: the list (newest first, unread marked), opening one (read,
then its case, through the case's own access check), the settings page (a radio group per
kind, the address shown, a bad choice kept beside its field), and the administrator's view
of the outbox (failed and retrying rows without names, «Send på nytt»)."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from bti.models import (
    AuditEvent,
    Case,
    Notification,
    NotificationKind,
    NotificationSetting,
    NotificationStatus,
    StaffUser,
)
from bti.services import notifications
from tests.support.web import csrf, sign_in, signed_in
from tests.support.world import World


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case(
        "Vestby",
        colleagues=[("Hege", "Nordby helsestasjon"), ("Vera", "Administrasjon", "administrator")],
    )
    with world.db.unscoped() as session, session.begin():
        session.get(StaffUser, world.staff["Kari"]).email = "kari@nordby.example"
    return world


def notify(world: World, name: str, kind=NotificationKind.HANDOVER_OFFERED) -> int:
    with world.transaction() as session:
        row = notifications.queue(
            session, kind=kind, case=session.get(Case, world.case_id), user_id=world.staff[name]
        )
        session.flush()
        return row.id


def rows(world: World) -> list[Notification]:
    with world.scoped() as session:
        return list(session.exec(select(Notification).order_by(Notification.id)))


def test_the_list_marks_the_unread_and_opening_one_leads_to_the_case(world):
    notify(world, "Kari", NotificationKind.CONSENT_WITHDRAWN)
    second = notify(world, "Kari")
    client = signed_in(world, "kari")
    page = client.get("/vestby/varsler").get_data(as_text=True)
    assert "2 uleste" in page
    assert page.index("Du er tilbudt stafettpinnen i en sak") < page.index(
        "Et samtykke er trukket tilbake"
    ), "newest first"
    assert "Ola" not in page
    answer = client.get(f"/vestby/varsler/{second}")
    assert answer.status_code == 302
    assert answer.headers["Location"].endswith(f"/vestby/sak/{world.case_id}")
    assert client.get(answer.headers["Location"]).status_code == 200
    assert [r.read_at is not None for r in rows(world)] == [False, True]
    assert "1 uleste" in client.get("/vestby/varsler").get_data(as_text=True)


def unread_in_header(page: str) -> str | None:
    """The count beside «Varsler» in the header, as the badge shows it; ``None``: no badge."""
    link = re.search(r'<a class="ds-link" href="/vestby/varsler"[^>]*>(.*?)</a>', page, re.S)
    badge = re.search(r'class="ds-badge[^"]*"[^>]*data-count="([^"]+)"', link.group(1))
    return badge.group(1) if badge else None


def test_the_header_counts_the_unread_beside_varsler_on_every_page(world):
    client = signed_in(world, "kari")
    # Inside an app context of its own (as a test or a command may hold one), where Flask
    # lets every request share one ``g``: the count is still each request's own.
    with world.deployment.start().app_context():
        assert unread_in_header(client.get("/vestby/saker").get_data(as_text=True)) is None
        notify(world, "Kari", NotificationKind.CONSENT_WITHDRAWN)
        second = notify(world, "Kari")
        notify(world, "Hege")  # someone else's: not Kari's count
        page = client.get("/vestby/saker").get_data(as_text=True)
        assert unread_in_header(page) == "2"
        assert "(2 uleste)" in page  # what a screen reader says after «Varsler»
        assert unread_in_header(client.get("/vestby/veileder").get_data(as_text=True)) == "2"
        client.get(f"/vestby/varsler/{second}")
        case_page = client.get(f"/vestby/sak/{world.case_id}").get_data(as_text=True)
        assert unread_in_header(case_page) == "1"


def test_a_link_from_an_e_mail_opens_the_notice_after_signing_in(world):
    notice = notify(world, "Kari")
    client = world.deployment.start().test_client()
    answer = client.get(f"/vestby/varsler/{notice}")
    assert answer.headers["Location"].endswith("/logg-inn")
    landed = sign_in(client, "kari")
    assert landed.request.path == f"/vestby/sak/{world.case_id}"
    assert rows(world)[0].read_at is not None
    # Only once: the next sign-in lands on «Mine saker».
    client.post("/logg-ut", data={"csrf_token": csrf(client, "/vestby/varsler")})
    assert sign_in(client, "kari").request.path == "/vestby/saker"


def test_someone_elses_notice_is_not_found_and_a_lost_case_is_the_cases_404(world):
    kari = notify(world, "Kari")
    truls = notify(world, "Truls")
    client = signed_in(world, "truls")
    assert client.get(f"/vestby/varsler/{kari}").status_code == 404
    # Truls takes no part in the case: the notice leads to the case's own 404.
    answer = client.get(f"/vestby/varsler/{truls}")
    assert answer.status_code == 302
    assert client.get(answer.headers["Location"]).status_code == 404


def test_the_settings_page_keeps_each_choice_and_shows_the_address(world):
    client = signed_in(world, "kari")
    page = client.get("/vestby/varsler/innstillinger").get_data(as_text=True)
    assert "kari@nordby.example" in page and "Stafettpinnen tilbys deg" in page
    assert page.count('type="radio"') == 3 * len(NotificationKind)
    data = {kind.value: "now" for kind in NotificationKind}
    data["handover_offered"] = "daily"
    data["csrf_token"] = csrf(client, "/vestby/varsler/innstillinger")
    answer = client.post("/vestby/varsler/innstillinger", data=data)
    assert answer.status_code == 303
    with world.scoped() as session:
        [setting] = session.exec(
            select(NotificationSetting).where(NotificationSetting.delivery != "now")
        ).all()
        assert (setting.kind, setting.delivery) == ("handover_offered", "daily")
        events = session.exec(
            select(AuditEvent).where(AuditEvent.action == "notifications.settings_changed")
        ).all()
    assert len(events) == 1 and events[0].actor_id == world.staff["Kari"]
    notify(world, "Kari")
    assert rows(world)[0].delivery == "daily"


def test_a_bad_choice_is_shown_beside_its_field_and_the_others_are_kept(world):
    client = signed_in(world, "kari")
    data = {kind.value: "none" for kind in NotificationKind}
    data["deadline_soon"] = "hver time"
    data["csrf_token"] = csrf(client, "/vestby/varsler/innstillinger")
    answer = client.post("/vestby/varsler/innstillinger", data=data)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert re.search(r'id="deadline_soon-error"[^>]*>Ikke et gyldig valg<', page)
    # What the user chose for the other kinds is still chosen.
    assert len(re.findall(r'<input checked[^>]*value="none"', page)) == len(NotificationKind) - 1
    with world.scoped() as session:
        assert session.exec(select(NotificationSetting)).all() == []


def test_the_administrator_sees_a_failed_notice_without_names_and_sends_it_again(world):
    notice = notify(world, "Kari")
    with world.transaction() as session:
        row = session.get(Notification, notice)
        row.status = NotificationStatus.FAILED
        row.attempts = 6
        row.last_error = "451 4.3.0 Mailbox busy"
    client = signed_in(world, "vera")
    page = client.get("/vestby/administrasjon/varsler").get_data(as_text=True)
    assert "451 4.3.0 Mailbox busy" in page and "Stafettpinnen tilbys deg" in page
    assert "Kari" not in page.split("<main", 1)[1] and "Ola" not in page
    token = csrf(client, "/vestby/administrasjon/varsler")
    answer = client.post(
        f"/vestby/administrasjon/varsler/{notice}/send-igjen",
        data={f"resend-{notice}-csrf_token": token},
    )
    assert answer.status_code == 303
    [row] = rows(world)
    assert (row.status, row.attempts) == (NotificationStatus.QUEUED, 0)
    with world.scoped() as session:
        assert session.exec(
            select(AuditEvent).where(AuditEvent.action == "admin.notifications.resend")
        ).one()
    # Only a failed one can be sent again.
    again = client.post(
        f"/vestby/administrasjon/varsler/{notice}/send-igjen",
        data={f"resend-{notice}-csrf_token": token},
    )
    assert again.status_code == 400
