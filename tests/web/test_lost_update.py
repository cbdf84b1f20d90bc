"""No lost update: two people (or one person in two tabs) open the same form, both save.
The first save is kept; the second is refused with «Noen andre har endret dette mens du
skrev …» beside the form, with what its writer typed still in the field, and nothing of it
written. Each record kind a user edits in place has its test here (issue 17, point 7)."""

from __future__ import annotations

import html
import re
from datetime import date, timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import (
    ActionPlanItem,
    AuditEvent,
    Case,
    Consent,
    ConsentStatus,
    Custody,
    Guardian,
    MinutesPart,
    StafettloggEntry,
    TeamDiscussion,
    TeamReferral,
)
from bti.services import plans, stafettlogg
from tests.support.web import Tab, case_path, give_passwords, signed_in
from tests.support.world import World, case_about_ola
from tests.web.test_case_meetings import held_data, planned

pytestmark = pytest.mark.database

CHANGED = "Noen andre har endret dette mens du skrev. Se hva som er lagret nå, og lagre på nytt."


@pytest.fixture
def world(make_world, database_url) -> World:
    """Kari has opened a case about Ola (9) in Vestby; Per (his guardian) consented to
    working with the health station; Mona, Kari's colleague, takes part."""
    world = case_about_ola(
        make_world("Vestby", database_url=database_url), colleagues=(("Mona", "Nordby skole"),)
    )
    give_passwords(world)
    world.give_consent("Kari", ["helsestasjon"], signers=["Per"])
    world.bring_in("Mona", "Nordby skole")
    return world


def refused_beside_the_form(response, typed: str) -> str:
    """The page of a refused second save: 400, the message, and the writer's text kept."""
    body = html.unescape(response.get_data(as_text=True))
    assert response.status_code == 400
    assert CHANGED in body
    assert typed in body
    return body


def refusals(world: World) -> int:
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent).where(AuditEvent.detail == "changed_meanwhile")
        ).all()
        return len(events)


# ---------------------------------------------------------------------------------------------
# Barn som pårørende
# ---------------------------------------------------------------------------------------------


def test_child_as_next_of_kin_marked_from_two_tabs_keeps_the_first(world):
    first, second = Tab(world), Tab(world, "kari")
    mark = "/barn-som-parorende"
    done = first.save(
        mark, "kin-mark", {"kin-mark-relation": "forelder", "kin-mark-reason": "psykisk_sykdom"}
    )
    assert done.status_code == 302
    late = second.save(
        mark, "kin-mark", {"kin-mark-relation": "sosken", "kin-mark-reason": "dodsfall"}
    )
    body = refused_beside_the_form(late, "Lagre markeringen")
    assert re.search(r'<input checked[^>]*value="sosken"', body), "the second choice is kept"
    with world.scoped() as session:
        case = session.get(Case, world.case_id)
        assert (case.next_of_kin_relation, case.next_of_kin_reason) == (
            "forelder",
            "psykisk_sykdom",
        )
    assert refusals(world) == 1
    # Seen what is saved, the second writer saves again on purpose: now it is kept.
    again = second.client.post(
        f"{case_path(world)}{mark}",
        data={
            "csrf_token": second.token,
            "kin-mark-relation": "sosken",
            "kin-mark-reason": "dodsfall",
            "kin-mark-version": re.search(r'name="kin-mark-version"[^>]*value="(\d+)"', body)[1],
        },
    )
    assert again.status_code == 302
    with world.scoped() as session:
        assert session.get(Case, world.case_id).next_of_kin_relation == "sosken"


# ---------------------------------------------------------------------------------------------
# Guardians and the custody arrangement
# ---------------------------------------------------------------------------------------------


def test_a_guardian_corrected_by_two_people_keeps_the_first_correction(world):
    per = world.guardians["Per"]
    prefix = f"guardians-correct-{per}"
    kari, mona = Tab(world), Tab(world, "mona")

    def correction(name: str) -> dict:
        return {f"{prefix}-name": name, f"{prefix}-relation": "far",
                f"{prefix}-parental_responsibility": "y"}  # fmt: skip

    assert kari.save(f"/foresatte/{per}", prefix, correction("Per Olsen")).status_code == 302
    late = mona.save(f"/foresatte/{per}", prefix, correction("Per Hansen"))
    refused_beside_the_form(late, 'value="Per Hansen"')
    with world.scoped() as session:
        assert session.get(Guardian, per).name == "Per Olsen"
    assert refusals(world) == 1


def test_the_custody_arrangement_set_from_two_tabs_keeps_the_first(world):
    first, second = Tab(world), Tab(world)
    assert first.save("/foresatte/omsorg", "guardians-custody",
                      {"guardians-custody-custody": "ene"}).status_code == 302  # fmt: skip
    late = second.save("/foresatte/omsorg", "guardians-custody",
                       {"guardians-custody-custody": "offentlig"})  # fmt: skip
    body = refused_beside_the_form(late, "Omsorgsordning")
    assert re.search(r'<input checked[^>]*value="offentlig"', body), "the second choice is kept"
    assert world.subject("Ola").custody == Custody.ENE


# ---------------------------------------------------------------------------------------------
# Consent
# ---------------------------------------------------------------------------------------------


def test_a_consent_withdrawn_from_two_tabs_keeps_the_first_note(world):
    with world.scoped() as session:
        consent = session.exec(select(Consent)).one()
    prefix = f"consent-withdraw-{consent.id}"
    kari, mona = Tab(world), Tab(world, "mona")
    action = f"/samtykke/{consent.id}/tilbaketrekking"
    done = kari.save(action, prefix, {f"{prefix}-note": "Per ringte og trakk samtykket."})
    assert done.status_code == 302
    late = mona.save(action, prefix, {f"{prefix}-note": "Trukket i møte med Per i dag."})
    refused_beside_the_form(late, "Trukket i møte med Per i dag.")
    with world.scoped() as session:
        stored = session.get(Consent, consent.id)
    assert stored.status == ConsentStatus.WITHDRAWN
    assert stored.withdrawal_note == "Per ringte og trakk samtykket."


# ---------------------------------------------------------------------------------------------
# The action plan (a measure's evaluation) and plans beside the stafettlogg
# ---------------------------------------------------------------------------------------------


def test_a_measure_evaluated_by_two_people_keeps_the_first_evaluation(world):
    world.act_ok("Kari", stafettlogg.open_stafettlogg, case_id=world.case_id,
                 holder_id=world.staff["Kari"])  # fmt: skip
    item = world.act_ok(
        "Kari", stafettlogg.add_measure, case_id=world.case_id,
        goal="Ola trives i friminuttene", measure="En voksen er ute i alle friminuttene",
        responsible_id=world.staff["Kari"],
        follow_up_on=clock.today(world.kommune) + timedelta(days=14),
    )  # fmt: skip
    prefix = f"plan-eval-{item.id}"
    kari, mona = Tab(world), Tab(world, "mona")

    def evaluation(text: str) -> dict:
        return {f"{prefix}-evaluation": text, f"{prefix}-goal_reached": "ja",
                f"{prefix}-child_voice": "Det er bra nå."}  # fmt: skip

    action = f"/handlingsplan/{item.id}/evaluering"
    assert kari.save(action, prefix, evaluation("Ola leker med de andre.")).status_code == 302
    late = mona.save(action, prefix, evaluation("Ola er mye alene fortsatt."))
    refused_beside_the_form(late, "Ola er mye alene fortsatt.")
    with world.scoped() as session:
        assert session.get(ActionPlanItem, item.id).evaluation == "Ola leker med de andre."
        texts = [e.text for e in session.exec(select(StafettloggEntry))]
    assert "Ola er mye alene fortsatt." not in texts  # nothing of the second save written


def test_a_plan_ended_from_two_tabs_is_ended_once(world):
    plan = world.act_ok("Kari", plans.register, case_id=world.case_id, kind="ip",
                        kept_in="Sampro", responsible="Kari")  # fmt: skip
    prefix = f"plan-end-{plan.id}"
    first, second = Tab(world), Tab(world)
    assert first.save(f"/planer/{plan.id}/avslutt", prefix, {}).status_code == 302
    late = second.save(f"/planer/{plan.id}/avslutt", prefix, {})
    assert late.status_code == 400 and CHANGED in html.unescape(late.get_data(as_text=True))
    assert refusals(world) == 1


# ---------------------------------------------------------------------------------------------
# A meeting's minutes
# ---------------------------------------------------------------------------------------------


def test_two_minute_takers_the_second_keeps_their_text_beside_the_saved_minutes(world):
    """The second minute-taker's text is not thrown away: it is in the form, under the
    minutes the first saved; the meeting has the first one's minutes only."""
    meeting = planned(world, days=-1)
    prefix = f"meeting-held-{meeting.id}"
    kari, mona = Tab(world), Tab(world, "mona")
    first = held_data(world, meeting.id, None)
    second = held_data(world, meeting.id, None, agreed="Mona snakker med Ola hver fredag.")
    assert kari.save(f"/mote/{meeting.id}/gjennomfort", prefix, first).status_code == 302
    late = mona.save(f"/mote/{meeting.id}/gjennomfort", prefix, second)
    body = refused_beside_the_form(late, "Mona snakker med Ola hver fredag.")
    assert "Ola får en fast friminuttsvenn." in body  # the minutes saved, beside it
    with world.scoped() as session:
        parts = session.exec(select(MinutesPart).where(MinutesPart.meeting_id == meeting.id))
        texts = [p.text for p in parts]
    assert "Ola får en fast friminuttsvenn." in texts
    assert "Mona snakker med Ola hver fredag." not in texts
    assert len(texts) == 3  # one set of minutes, not two


# ---------------------------------------------------------------------------------------------
# Bærum's Tidlig innsatsteam: the meeting of one case, part by part
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def team_world(make_world, database_url) -> World:
    """The two teams of tests/services/test_teams.py: Kim chairs the school team, Hege sits
    in it; Kari has referred Ola's case, which is on a meeting day with invitations sent."""
    from bti.models import TeamMember, TeamRecord
    from bti.services.teams import roster
    from tests.services.test_teams import TwoTeams
    from tests.web.test_teams import _post, _refer, _referral, _team_id

    world = make_world(database_url=database_url, plugins=[TwoTeams()])
    staff = [("Kari", "Nordby skole"), ("Mari", "Nordby skole"), ("Kim", "Bærum barnevern"),
             ("Hege", "Nordby skolehelsetjeneste")]  # fmt: skip
    for name, unit in staff:
        world.employee(name, unit)
    world.child("Ola", birth_date=date(2016, 3, 3))
    world.guardian("Per Olsen", "Ola")
    with world.transaction() as session:
        roster.seed_defaults(session, municipality=world.kommune)
        school = session.exec(select(TeamRecord).where(TeamRecord.code == "school")).one()
        school.coordinator_id = world.staff["Kim"]
        session.add(school)
        session.add(TeamMember(team_id=school.id, user_id=world.staff["Hege"],
                               service="skolehelsetjeneste"))  # fmt: skip
    world.open_case("Kari", "Ola")
    world.bring_in("Mari", "Nordby skole")
    give_passwords(world)
    _refer(world)
    rid, team_id = _referral(world).id, _team_id(world)
    kim, queue = signed_in(world, "kim"), f"/{world.kommune.slug}/team/{team_id}/koe"
    day = (date.today() + timedelta(days=9)).isoformat()
    _post(kim, f"/{world.kommune.slug}/team/{team_id}/motedag", queue,
          {"day-starts_at": f"{day}T09:00", "day-place": "Rådhuset"})  # fmt: skip
    _post(kim, f"/{world.kommune.slug}/team/{team_id}/sak/{rid}/hastegrad", queue,
          {f"assess-{rid}-urgency": "urgent"})  # fmt: skip
    body = kim.get(queue).get_data(as_text=True)
    day_id = re.search(rf'name="place-{rid}-team_meeting_id".*?<option value="(\d+)"', body, re.S)[
        1
    ]
    _post(kim, f"/{world.kommune.slug}/team/{team_id}/sak/{rid}/plassering", queue, {
        f"place-{rid}-team_meeting_id": day_id, f"place-{rid}-starts_at": "09:30",
        f"place-{rid}-minutes": "60",
    })  # fmt: skip
    assert _post(kim, f"/{world.kommune.slug}/team/{team_id}/sak/{rid}/innkalling", queue,
                 {}).status_code == 303  # fmt: skip
    world.referral_id, world.team_id = rid, team_id
    return world


def test_the_urgency_assessed_from_two_tabs_keeps_the_first_note(team_world):
    world, rid = team_world, team_world.referral_id
    queue = f"/{world.kommune.slug}/team/{world.team_id}/koe"
    first, second = Tab(world, "kim", path=queue), Tab(world, "kim", path=queue)
    prefix = f"assess-{rid}"
    action = f"//{world.kommune.slug}/team/{world.team_id}/sak/{rid}/hastegrad"

    def assessed(note: str) -> dict:
        return {f"{prefix}-urgency": "ordinary", f"{prefix}-note": note}

    assert first.save(action, prefix, assessed("Kan vente til neste møtedag.")).status_code == 303
    late = second.save(action, prefix, assessed("Ring skolen først."))
    refused_beside_the_form(late, "Ring skolen først.")
    with world.scoped() as session:
        assert session.get(TeamReferral, rid).urgency_note == "Kan vente til neste møtedag."


def test_the_team_discussion_written_by_two_members_keeps_the_first(team_world):
    world = team_world
    page = f"/{world.kommune.slug}/team/sak/{world.referral_id}"
    kim = Tab(world, "kim", path=page)
    presented = kim.save("/presentasjon", "presentation", {
        "presentation-confidentiality_stated": "y", "presentation-guardians_present": "yes",
        "presentation-youth_present": "no", "presentation-referrer_present": "yes",
    })  # fmt: skip
    assert presented.status_code == 303
    kim, hege = Tab(world, "kim", path=page), Tab(world, "hege", path=page)
    mine = {"discussion-text": "Struktur i friminuttene; en fast voksen."}
    assert kim.save("/drofting", "discussion", mine).status_code == 303
    late = hege.save("/drofting", "discussion", {"discussion-text": "Helsesykepleier følger opp."})
    refused_beside_the_form(late, "Helsesykepleier følger opp.")
    with world.scoped() as session:
        saved = session.exec(select(TeamDiscussion)).one()
    assert saved.discussion == "Struktur i friminuttene; en fast voksen."


def test_a_team_changed_by_two_administrators_keeps_the_first_change(make_world, database_url):
    from bti.models import Membership, Role, TeamRecord
    from bti.services.teams import roster
    from tests.services.test_teams import TwoTeams

    world = make_world(database_url=database_url, plugins=[TwoTeams()])
    kim = world.employee("Kim", "Bærum barnevern")
    with world.transaction() as session:
        roster.seed_defaults(session, municipality=world.kommune)
        unit = session.exec(select(Membership.unit_id).where(Membership.user_id == kim)).one()
        session.add(Membership(user_id=kim, unit_id=unit, role=Role.ADMINISTRATOR))
        team = session.exec(select(TeamRecord).where(TeamRecord.code == "school")).one()
    give_passwords(world)
    page = f"/{world.kommune.slug}/team/{team.id}/rediger"
    first, second = Tab(world, "kim", path=page), Tab(world, "kim", path=page)

    def settings(place: str) -> dict:
        return {"team-coordinator_id": str(kim), "team-weekday": "1",
                "team-starts_at_hour": "9", "team-cadence_days": "14",
                "team-meeting_hours": "4", "team-place": place}  # fmt: skip

    assert first.save("", "team", settings("Rådhuset, møterom 3")).status_code == 303
    late = second.save("", "team", settings("Kulturhuset"))
    refused_beside_the_form(late, 'value="Kulturhuset"')
    with world.scoped() as session:
        assert session.get(TeamRecord, team.id).place == "Rådhuset, møterom 3"
