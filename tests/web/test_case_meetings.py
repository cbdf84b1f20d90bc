"""The meetings panel on the case page: inviting to a meeting, the calendar file, and
registering a meeting as held with attendance, the child's view and minutes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlmodel import func, select

from bti.models import AuditEvent, Meeting, MeetingInvitee, MinutesPart
from bti.services import meetings
from tests.support.web import case_path, csrf, signed_in
from tests.support.world import World

AGENDA = "Hva vi har sett\nBarnets stemme"


@pytest.fixture
def world(world_with_case) -> World:
    world = world_with_case("Vestby", colleagues=[("Mona", "Nordby skole")])
    world.bring_in("Mona", "Nordby skole")
    return world


def local(world: World, days: int, hour: int) -> datetime:
    """A moment ``days`` from today at ``hour`` o'clock, in Vestby's local time (aware)."""
    tz = world.kommune.profile.tz
    return datetime.combine(datetime.now(tz).date() + timedelta(days=days), time(hour), tz)


def meeting_count(world: World) -> int:
    with world.scoped() as session:
        return session.exec(
            select(func.count()).select_from(Meeting).where(Meeting.case_id == world.case_id)
        ).one()


def audited(world: World, action: str) -> list[AuditEvent]:
    with world.scoped() as session:
        return session.exec(
            select(AuditEvent).where(
                AuditEvent.action == action, AuditEvent.case_ref == world.case_id
            )
        ).all()


def planned(world: World, *, days: int = 1, hour: int = 14, **kwargs) -> Meeting:
    """A meeting Kari invited Per, Ola and Mona to; one in the past is planned "back then"."""
    starts = local(world, days, hour)
    fields = {
        "case_id": world.case_id,
        "kind": "samarbeidsmote",
        "starts_at": starts,
        "place": "Møterom 2, Nordby skole",
        "agenda": AGENDA,
        "staff_ids": [world.staff["Mona"]],
        "guardian_ids": [world.guardians["Per"]],
        "invite_subject": True,
        "now": starts - timedelta(days=3),
        **kwargs,
    }
    return world.act_ok("Kari", meetings.plan, **fields)


def plan_data(world: World, token: str | None, **overrides) -> dict:
    data = {
        "meeting-plan-kind": "samarbeidsmote",
        "meeting-plan-starts_at": local(world, 2, 9).strftime("%Y-%m-%dT%H:%M"),
        "meeting-plan-ends_at": local(world, 2, 10).strftime("%Y-%m-%dT%H:%M"),
        "meeting-plan-place": "Møterom 2, Nordby skole",
        "meeting-plan-agenda": AGENDA,
        "meeting-plan-staff_ids": [str(world.staff["Mona"])],
        "meeting-plan-guardian_ids": [str(world.guardians["Per"])],
        "meeting-plan-invite_subject": "y",
        **overrides,
    }
    if token is not None:
        data["meeting-plan-csrf_token"] = token  # as the browser sends it, with the prefix
    return data


def invitee_ids(world: World, meeting_id: int) -> dict[str, int]:
    """Invitee ids by who they are: "Kari", "Mona", "Per", "Ola"."""
    with world.scoped() as session:
        rows = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == meeting_id)
        ).all()
    staff = {uid: name for name, uid in world.staff.items()}
    guardians = {gid: name for name, gid in world.guardians.items()}
    return {
        "Ola" if r.is_subject else staff.get(r.user_id) or guardians[r.guardian_id]: r.id
        for r in rows
    }


def held_data(world: World, meeting_id: int, token: str | None, **overrides) -> dict:
    key = f"meeting-held-{meeting_id}"
    data = {f"{key}-present_{iid}": "yes" for iid in invitee_ids(world, meeting_id).values()}
    data.update(
        {
            f"{key}-guardians_present": "yes",
            f"{key}-child_present": "yes",
            f"{key}-child_voice": "Jeg vil ha noen å være sammen med i friminuttene.",
            f"{key}-part_1": "Kari fortalte hva skolen har sett.",
            f"{key}-agreed": "Ola får en fast friminuttsvenn.",
            f"{key}-responsibilities": "Mona følger opp innen to uker.",
        }
    )
    data.update({f"{key}-{name}": value for name, value in overrides.items()})
    if token is not None:
        data[f"{key}-csrf_token"] = token
    return data


# ---------------------------------------------------------------------------------------------
# Inviting to a meeting
# ---------------------------------------------------------------------------------------------


def test_the_invitation_form_offers_the_kinds_the_case_people_and_the_guardians(world):
    client = signed_in(world, "kari")
    body = client.get(case_path(world)).get_data(as_text=True)
    assert "Inviter til møte" in body
    kinds = re.findall(r'<option value="([^"]*)"', body.split('id="meeting-plan-kind"')[1])
    assert [k for k in kinds if k][:5] == [k.code for k in world.kommune.meeting_kinds][:5]
    assert f'name="meeting-plan-staff_ids" type="checkbox" value="{world.staff["Mona"]}"' in body
    assert f'value="{world.guardians["Per"]}"' in body
    assert '<label class="ds-label" for="meeting-plan-invite_subject">' in body
    assert "Ingen møter er planlagt." in body


def test_an_invitation_is_saved_and_shown_with_time_place_and_who_is_invited(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    response = client.post(f"{case_path(world)}/moter", data=plan_data(world, token))
    assert response.status_code == 302
    assert response.headers["Location"].endswith("#meetings")
    body = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Invitasjonen til møtet er lagret." in body
    upcoming = body.split("Kommende møter")[1].split("Inviter til møte")[0]
    assert "Samarbeidsmøte" in upcoming
    assert "Møterom 2, Nordby skole" in upcoming
    assert "kl. 09:00–10:00" in upcoming  # local time, as typed
    assert "<li>Hva vi har sett</li>" in upcoming
    for name in ("Kari", "Mona", "Per (foresatt)", "Ola Testesen (barnet eller ungdommen)"):
        assert name in upcoming
    assert "Last ned i kalender (.ics)" in upcoming
    with world.scoped() as session:
        meeting = session.exec(select(Meeting).where(Meeting.case_id == world.case_id)).one()
    assert meeting.starts_at == local(world, 2, 9).astimezone(UTC)
    assert len(invitee_ids(world, meeting.id)) == 4
    assert audited(world, "meeting.planned")


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"meeting-plan-starts_at": ""}, "starts_at", "Oppgi dato og klokkeslett for møtet."),
        ({"meeting-plan-starts_at": "i morgen"}, "starts_at", "Skriv dato og klokkeslett som"),
        ({"meeting-plan-kind": "kaffeprat"}, "kind", "Velg type møte."),
        ({"meeting-plan-place": "  "}, "place", "Oppgi hvor møtet holdes."),
    ],
)
def test_a_faulty_invitation_is_explained_beside_the_field_and_nothing_is_saved(
    world, overrides, field, message
):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    response = client.post(f"{case_path(world)}/moter", data=plan_data(world, token, **overrides))
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    error = re.search(rf'id="meeting-plan-{field}-error">([^<]*)<', body)
    assert error and message in error.group(1)
    assert f'href="#meeting-plan-{field}"' in body  # the error summary links to the field
    assert "Hva vi har sett\nBarnets stemme</textarea>" in body  # what was typed is kept
    assert re.search(rf'checked[^>]*value="{world.staff["Mona"]}"', body) or re.search(
        rf'value="{world.staff["Mona"]}"[^>]*checked', body
    )
    assert meeting_count(world) == 0


def test_an_end_before_the_start_is_explained_and_the_times_typed_are_kept(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    starts = local(world, 2, 9).strftime("%Y-%m-%dT%H:%M")
    ends = local(world, 2, 8).strftime("%Y-%m-%dT%H:%M")
    response = client.post(
        f"{case_path(world)}/moter",
        data=plan_data(
            world, token, **{"meeting-plan-starts_at": starts, "meeting-plan-ends_at": ends}
        ),
    )
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        r'id="meeting-plan-ends_at-error">Møtet må slutte etter at det begynner.<', body
    )
    assert f'value="{starts}"' in body and f'value="{ends}"' in body
    assert meeting_count(world) == 0


def test_inviting_someone_outside_the_case_is_refused_at_the_top_of_the_form(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    data = plan_data(world, token, **{"meeting-plan-staff_ids": [str(world.staff["Truls"])]})
    response = client.post(f"{case_path(world)}/moter", data=data)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    form = body.split(f'action="/vestby/sak/{world.case_id}/moter"')[1]
    assert '<div class="ds-alert" data-color="danger"' in form.split("meeting-plan-kind")[0]
    assert "Bare de som deltar i saken, kan inviteres." in form
    assert meeting_count(world) == 0


def test_a_tampered_choice_of_staff_is_explained_beside_the_check_boxes(world):
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    data = plan_data(world, token, **{"meeting-plan-staff_ids": ["noen"]})
    response = client.post(f"{case_path(world)}/moter", data=data)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'id="meeting-plan-staff_ids-error">Velg blant personene i listen.<' in body
    assert meeting_count(world) == 0


def test_an_invitation_without_its_form_token_is_refused(world):
    client = signed_in(world, "kari")
    response = client.post(f"{case_path(world)}/moter", data=plan_data(world, None))
    assert response.status_code == 400
    assert meeting_count(world) == 0


def test_someone_without_a_role_on_the_case_cannot_invite(world):
    client = signed_in(world, "truls")
    token = csrf(client, "/vestby/saker")
    response = client.post(f"{case_path(world)}/moter", data=plan_data(world, token))
    assert response.status_code == 404
    assert meeting_count(world) == 0


def test_guardians_are_not_offered_after_a_report_to_barnevern(world):
    from bti.services import cases

    world.act_ok("Kari", cases.report_to_barnevern, case_id=world.case_id, recipient="Mottak")
    client = signed_in(world, "kari")
    body = client.get(case_path(world)).get_data(as_text=True)
    assert "meeting-plan-guardian_ids" not in body
    assert "de foresatte skal ikke involveres" in body


# ---------------------------------------------------------------------------------------------
# The calendar file
# ---------------------------------------------------------------------------------------------


def test_the_calendar_file_has_the_time_and_place_but_no_names(world):
    meeting = planned(world, days=1, hour=14)
    client = signed_in(world, "kari")
    page = client.get(case_path(world)).get_data(as_text=True)
    link = f"/vestby/sak/{world.case_id}/mote/{meeting.id}.ics"
    assert f'href="{link}"' in page
    response = client.get(link)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert response.headers["Content-Disposition"] == 'attachment; filename="mote.ics"'
    assert response.headers["Cache-Control"] == "no-store"
    text = response.get_data(as_text=True).replace("\r\n ", "")
    assert "BEGIN:VEVENT" in text
    expected = local(world, 1, 14).strftime("%Y%m%dT%H%M%S")
    assert f"DTSTART;TZID=Europe/Oslo:{expected}" in text  # 14:00 in Vestby
    assert "BEGIN:VTIMEZONE" in text
    assert "LOCATION:Møterom 2\\, Nordby skole" in text
    assert f"#meeting-{meeting.id}" in text  # the link back to the meeting
    for name in ("Ola", "Per", "Testesen", "Kari", "Mona"):
        assert name not in text
    assert audited(world, "meeting.ics")


def test_the_calendar_file_is_404_for_someone_without_a_role_and_for_another_case(world):
    meeting = planned(world)
    client = signed_in(world, "truls")
    assert client.get(f"/vestby/sak/{world.case_id}/mote/{meeting.id}.ics").status_code == 404
    denied = [e for e in audited(world, "meeting.ics") if e.outcome == "denied"]
    assert denied
    kari = signed_in(world, "kari")
    assert kari.get(f"/vestby/sak/annen-sak/mote/{meeting.id}.ics").status_code == 404
    assert kari.get(f"/vestby/sak/{world.case_id}/mote/999999.ics").status_code == 404


# ---------------------------------------------------------------------------------------------
# Registering a meeting as held
# ---------------------------------------------------------------------------------------------


def test_a_coming_meeting_cannot_be_registered_as_held_yet(world):
    meeting = planned(world, days=1)
    client = signed_in(world, "kari")
    body = client.get(case_path(world)).get_data(as_text=True)
    assert f"/mote/{meeting.id}/gjennomfort" not in body
    token = csrf(client, case_path(world))
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort",
        data=held_data(world, meeting.id, token),
    )
    assert response.status_code == 400
    assert "Møtet har ikke funnet sted ennå." in response.get_data(as_text=True)
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None


def test_a_held_meeting_is_registered_with_attendance_the_childs_view_and_minutes(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    page = client.get(case_path(world)).get_data(as_text=True)
    assert "Møter som skal registreres som gjennomført" in page
    assert '<legend class="ds-label">Per</legend>' in page  # a labelled question per invitee
    part = f'<label class="ds-label" for="meeting-held-{meeting.id}-part_1">Hva vi har sett'
    assert part in page  # one part of the minutes per agenda item
    assert "Hva ble avtalt" in page and "Ansvar og frister" in page
    ids = invitee_ids(world, meeting.id)
    token = csrf(client, case_path(world))
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort",
        data=held_data(world, meeting.id, token, **{f"present_{ids['Mona']}": "no"}),
    )
    assert response.status_code == 302
    body = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Møtet er registrert som gjennomført." in body
    held = body.split("Gjennomførte møter")[1].split("Inviter til møte")[0]
    assert "Mona: deltok ikke" in held and "Per (foresatt): deltok" in held
    assert "Jeg vil ha noen å være sammen med i friminuttene." in held
    assert "<h6>Hva vi har sett</h6>" in held
    assert "<h6>Hva ble avtalt</h6>" in held and "Ola får en fast friminuttsvenn." in held
    assert "<h6>Ansvar og frister</h6>" in held
    assert "Barnets stemme</h6>" not in held  # an empty part is left out
    with world.scoped() as session:
        saved = session.get(Meeting, meeting.id)
        parts = session.exec(
            select(MinutesPart)
            .where(MinutesPart.meeting_id == meeting.id)
            .order_by(MinutesPart.position)
        ).all()
    assert saved.held_at is not None and saved.guardians_present and saved.child_present
    assert [p.heading for p in parts] == ["Hva vi har sett", "Hva ble avtalt", "Ansvar og frister"]
    assert audited(world, "meeting.held")
    assert f"/mote/{meeting.id}/gjennomfort" not in body  # no second registration


def test_the_childs_view_is_required_from_7_and_asked_for_beside_the_field(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort",
        data=held_data(world, meeting.id, token, child_voice=""),
    )
    body = response.get_data(as_text=True)
    key = f"meeting-held-{meeting.id}"
    assert response.status_code == 400
    assert re.search(
        rf'id="{key}-child_voice-error">Skriv ned barnets mening, eller hvorfor barnet ikke', body
    )
    assert f'href="#{key}-child_voice"' in body
    assert "Ola får en fast friminuttsvenn.</textarea>" in body  # the minutes typed are kept
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None
        assert not session.exec(
            select(MinutesPart).where(MinutesPart.meeting_id == meeting.id)
        ).all()


def test_an_unanswered_attendance_question_is_asked_again_beside_it(world):
    meeting = planned(world, days=-1)
    ids = invitee_ids(world, meeting.id)
    client = signed_in(world, "kari")
    token = csrf(client, case_path(world))
    data = held_data(world, meeting.id, token)
    del data[f"meeting-held-{meeting.id}-present_{ids['Per']}"]
    response = client.post(f"{case_path(world)}/mote/{meeting.id}/gjennomfort", data=data)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert re.search(
        rf'id="meeting-held-{meeting.id}-present_{ids["Per"]}-error">Oppgi for hver inviterte',
        body,
    )
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None


def test_registering_without_the_form_token_is_refused(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "kari")
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort", data=held_data(world, meeting.id, None)
    )
    assert response.status_code == 400
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None


def test_someone_without_a_role_cannot_register_a_meeting_as_held(world):
    meeting = planned(world, days=-1)
    client = signed_in(world, "truls")
    token = csrf(client, "/vestby/saker")
    response = client.post(
        f"{case_path(world)}/mote/{meeting.id}/gjennomfort",
        data=held_data(world, meeting.id, token),
    )
    assert response.status_code == 404
    with world.scoped() as session:
        assert session.get(Meeting, meeting.id).held_at is None
