"""Changing and cancelling a meeting on the case page: «Endre møtet» with the saved values
filled in, errors beside the field with what was typed kept, «Avlys møtet» with a reason
that stays on the page, and a cancelled meeting shown as cancelled."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti.models import Meeting, Notification
from tests.support.web import case_path, csrf, signed_in
from tests.support.world import World
from tests.web.test_case_meetings import AGENDA, local, planned


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case("Vestby", colleagues=[("Mona", "Nordby skole")])
    world.bring_in("Mona", "Nordby skole")
    return world


def form_data(key: str, token: str, **fields: str) -> dict:
    return {f"{key}-{name}": value for name, value in {"csrf_token": token, **fields}.items()}


def saved(world, meeting_id: int) -> Meeting:
    with world.scoped() as session:
        return session.get(Meeting, meeting_id)


def test_the_organiser_sees_the_change_form_filled_in_and_others_do_not(world):
    meeting = planned(world, days=2, hour=14)
    body = signed_in(world, "kari").get(case_path(world)).get_data(as_text=True)
    key = f"meeting-change-{meeting.id}"
    assert "Endre møtet" in body and "Avlys møtet" in body
    start = local(world, 2, 14).strftime("%Y-%m-%dT%H:%M")
    assert f'id="{key}-starts_at"' in body and f'value="{start}"' in body
    mona = signed_in(world, "mona").get(case_path(world)).get_data(as_text=True)
    assert f'id="{key}-starts_at"' not in mona and "Avlys møtet" not in mona


def test_a_change_is_saved_and_those_invited_are_told(world):
    meeting = planned(world, days=2, hour=14)
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    key = f"meeting-change-{meeting.id}"
    data = form_data(
        key,
        token,
        version=str(meeting.version),
        starts_at=local(world, 3, 9).strftime("%Y-%m-%dT%H:%M"),
        ends_at="",
        place="Møterom 5",
        agenda=AGENDA,
    )
    response = client.post(f"{case_path(world)}/mote/{meeting.id}/endre", data=data)
    assert response.status_code == 302 and response.headers["Location"].endswith("#meetings")
    body = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Møtet er endret. De inviterte får beskjed." in body
    assert "Møterom 5" in body
    now = saved(world, meeting.id)
    assert (now.place, now.sequence, now.starts_at) == ("Møterom 5", 1, local(world, 3, 9))
    with world.scoped() as session:
        kinds = session.exec(select(Notification.kind).where(Notification.user_id.is_not(None)))
        assert "meeting_changed" in set(kinds)


def test_a_faulty_change_is_explained_beside_the_field_and_what_was_typed_is_kept(world):
    meeting = planned(world, days=2, hour=14)
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    key = f"meeting-change-{meeting.id}"
    data = form_data(
        key,
        token,
        version=str(meeting.version),
        starts_at=local(world, 3, 9).strftime("%Y-%m-%dT%H:%M"),
        ends_at=local(world, 3, 8).strftime("%Y-%m-%dT%H:%M"),
        place="Et nytt sted",
        agenda=AGENDA,
    )
    response = client.post(f"{case_path(world)}/mote/{meeting.id}/endre", data=data)
    assert response.status_code == 400
    body = response.get_data(as_text=True)
    assert f'id="{key}-ends_at-error"' in body
    assert "Møtet må slutte etter at det begynner." in body
    assert 'value="Et nytt sted"' in body
    assert saved(world, meeting.id).place == "Møterom 2, Nordby skole"


def test_a_cancelled_meeting_shows_as_cancelled_with_its_reason(world):
    meeting = planned(world, days=2, hour=14)
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    key = f"meeting-cancel-{meeting.id}"
    data = form_data(key, token, version=str(meeting.version), reason="Kontaktlæreren er syk")
    response = client.post(f"{case_path(world)}/mote/{meeting.id}/avlys", data=data)
    assert response.status_code == 302
    body = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Møtet er avlyst. De inviterte får beskjed." in body
    cancelled = body.split("Avlyste møter")[1]
    assert "Avlyst." in cancelled and "Begrunnelse: Kontaktlæreren er syk" in cancelled
    assert "Kommende møter" not in body
    assert f"/mote/{meeting.id}.ics" not in body
    assert client.get(f"{case_path(world)}/mote/{meeting.id}.ics").status_code == 404


def test_cancelling_without_the_form_token_changes_nothing(world):
    meeting = planned(world, days=2, hour=14)
    client = signed_in(world, "kari")
    response = client.post(f"{case_path(world)}/mote/{meeting.id}/avlys", data={})
    assert response.status_code == 400
    assert saved(world, meeting.id).cancelled_at is None


def test_someone_without_a_role_gets_404_and_another_invitee_is_refused(world):
    meeting = planned(world, days=2, hour=14)
    truls = signed_in(world, "truls")
    path = f"{case_path(world)}/mote/{meeting.id}/avlys"
    assert truls.post(path, data={}).status_code in (400, 404)
    mona = signed_in(world, "mona")
    token = csrf(mona, case_path(world))
    key = f"meeting-cancel-{meeting.id}"
    response = mona.post(path, data=form_data(key, token, version=str(meeting.version)))
    assert response.status_code == 400
    assert "Bare den som inviterte til møtet, eller stafettholderen" in response.get_data(
        as_text=True
    )
    assert saved(world, meeting.id).cancelled_at is None
