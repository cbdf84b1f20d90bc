"""Tromsø's guide on the case page: a staff user walks a case through the numbered trinn
(ticked off with who and when), takes the decisions as the guide numbers them, opens the
stafettlogg under consent and sees the stafettholder's duties, registers an IP and an IOP
beside it, marks the case as barn som pårørende, and sees the 14-day deadline run out on
«Mine saker» — as does the leader; at nivå 1 the page offers the plan and no stafettlogg,
and barnevern records its help, which brings the case to nivå 3 with barnevern holding the
baton (shared/seeds/004_e094d3244bfd92ed.txt)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlmodel import select

from bti import clock
from bti.models import AuditEvent, BarnevernReport, Case, CaseDocument, CasePlan, CaseStep
from bti.services import participants
from tests.support.web import case_path, followed, give_passwords, post, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def world(world_with_case) -> World:
    return world_with_case(
        "Tromsø",
        school="Prestvannet skole",
        outsider=("Truls", "Kroken skole"),
        colleagues=(("Lise", "Prestvannet skole", "leder"),),
    )


def _case(world: World) -> Case:
    with world.scoped() as session:
        return session.get(Case, world.case_id)


def _decide(client, world: World, outcome: str, rationale: str = "Drøftet med leder.") -> str:
    data = {"decision-outcome": outcome, "decision-rationale": rationale}
    data["decision-recipient"] = "Mottaket i barneverntjenesten"  # used by a report only
    response = post(client, world, "/beslutning", data)
    return followed(client, response)


def _step_done(page: str, number: int) -> bool:
    item = re.search(rf'<li id="step-{number}"[^>]*>(.*?)</li>', page, re.S).group(1)
    return "Utført" in item and "Ikke utført" not in item


def test_a_staff_user_walks_level_0_through_its_trinn_and_decides(world):
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    assert "Trinn på dette nivået" in page
    assert "Trinn 1: Bekymring for et barn/ungdom oppstår" in page
    assert "Hvor lenge har du vært bekymret?" in page  # trinn 2's support questions
    assert "0 av 4 trinn utført" in page

    page = followed(client, post(client, world, "/trinn/1", {}), anchor="#step-1")
    assert _step_done(page, 1) and not _step_done(page, 2)
    assert re.search(r"\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} av Kari", page)
    # The decision step is done by deciding, not by a button.
    assert 'action="/tromso/sak/' + world.case_id + '/trinn/4"' not in page
    refused = post(client, world, "/trinn/4", {})
    assert refused.status_code == 400
    assert "Dette trinnet blir utført når du registrerer beslutningen" in refused.get_data(
        as_text=True
    )
    # The decisions as the guide numbers them; trinn 2 and 3 still open are pointed out.
    assert "1. Ikke behov for videre tiltak? Saken avsluttes." in page
    assert "4. Bekymring for barnets/ungdommens omsorgssituasjon" in page
    assert "Trinn 2, 3 er ikke merket som utført" in page

    page = _decide(client, world, "level_1")
    assert _case(world).level == 1
    assert "Innsats i egen avdeling" in page and "0 av 6 trinn utført" in page
    with world.scoped() as session:
        ticks = session.exec(select(CaseStep).order_by(CaseStep.id)).all()
    assert [(t.level, t.step) for t in ticks] == [(0, 1), (0, 4)]
    assert all(t.done_by_id == world.staff["Kari"] for t in ticks)


def test_level_2_opens_the_stafettlogg_under_consent_and_shows_the_duties(world):
    client = signed_in(world)
    _decide(client, world, "level_2")  # Tromsø gathers consent at level 2, trinn 1
    assert _case(world).level == 2
    holder = str(world.staff["Kari"])
    refused = post(client, world, "/stafettlogg", {"log-open-holder": holder})
    assert refused.status_code == 400
    assert "registrer et gyldig skriftlig samtykke først" in refused.get_data(as_text=True)
    assert _case(world).stafettholder_id is None

    world.give_consent("Kari", ["skole", "helsestasjon"], days=365)
    page = followed(client, post(client, world, "/stafettlogg", {"log-open-holder": holder}))
    # Trinn 1 (consent) and trinn 2 (the stafettlogg) are ticked by what happened.
    assert _step_done(page, 1) and _step_done(page, 2) and not _step_done(page, 3)
    assert "Dine oppgaver som stafettholder" in page
    assert "Inneha rollen som Stafettholder fram til Stafettpinnen er levert og akseptert" in page


def test_continuing_at_level_2_opens_trinn_4_to_7_again(world):
    client = signed_in(world)
    _decide(client, world, "level_2")
    world.give_consent("Kari", ["skole", "helsestasjon"], days=365)
    followed(client, post(client, world, "/stafettlogg", {"log-open-holder": world.staff["Kari"]}))
    for number in (3, 5):
        followed(client, post(client, world, f"/trinn/{number}", {}))
    page = _decide(client, world, "continue", "Fortsatt behov for tverrfaglig innsats.")
    assert _case(world).level == 2
    assert all(_step_done(page, n) for n in (1, 2, 3))
    assert not any(_step_done(page, n) for n in (4, 5, 6, 7))


def test_decision_4_reports_to_barnevern_and_the_police(world):
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    assert "Politiet er også varslet" in page
    data = {
        "decision-outcome": "level_3_report",
        "decision-rationale": "Barnet forteller om vold hjemme.",
        "decision-recipient": "Mottaket i barneverntjenesten",
        "decision-police_notified": "y",
    }
    followed(client, post(client, world, "/beslutning", data))
    assert _case(world).level == 3
    with world.scoped() as session:
        report = session.exec(select(BarnevernReport)).one()
    assert report.police_notified and report.recipient == "Mottaket i barneverntjenesten"


def test_a_level_3_decision_for_an_overgangsmote_points_to_the_meeting(world):
    client = signed_in(world)
    _decide(client, world, "level_3_report")
    page = _decide(client, world, "overgangsmote", "Skolen avslutter sitt arbeid.")
    assert "Hva beslutningen ber om videre" in page
    assert "Planlegg møtet: Overgangsmøte." in page


def test_ressurssenteret_is_named_after_decision_3_b(world):
    client = signed_in(world)
    _decide(client, world, "level_2")
    page = _decide(client, world, "ressurssenteret_ip", "Omfattende behov over lengre tid.")
    assert "3 B. Behov for omfattende bistand" in page
    assert "Kontakt Ressurssenteret." in page


def test_plans_beside_the_stafettlogg(world):
    client = signed_in(world)
    data = {"plan-add-kind": "ip", "plan-add-kept_in": "Sampro", "plan-add-responsible": "Kari"}
    page = followed(client, post(client, world, "/planer", data))
    data = {**data, "plan-add-kind": "iop", "plan-add-responsible": "Kontaktlærer"}
    page = followed(client, post(client, world, "/planer", data))
    assert "Individuell plan (IP)" in page and "Individuell opplæringsplan (IOP, skole)" in page
    again = post(client, world, "/planer", {**data, "plan-add-kind": "ip"})
    assert again.status_code == 400
    assert "Saken viser allerede til en plan av denne typen" in again.get_data(as_text=True)
    missing = post(client, world, "/planer", {"plan-add-kind": "iup", "plan-add-kept_in": "x"})
    body = missing.get_data(as_text=True)
    assert missing.status_code == 400 and "Skriv hvem som er ansvarlig for planen." in body
    with world.scoped() as session:
        assert len(session.exec(select(CasePlan)).all()) == 2


def test_barn_som_parorende_shows_the_routine_and_ressurssenteret(world):
    client = signed_in(world)
    missing = post(client, world, "/barn-som-parorende", {"kin-mark-reason": "psykisk_sykdom"})
    assert missing.status_code == 400
    body = missing.get_data(as_text=True)
    assert "Velg hvem som er syk, skadet eller er død." in body
    # What the user chose is kept.
    assert re.search(r'<input checked[^>]*value="psykisk_sykdom"', body)
    assert not _case(world).next_of_kin_relation

    data = {"kin-mark-relation": "forelder", "kin-mark-reason": "psykisk_sykdom"}
    page = followed(client, post(client, world, "/barn-som-parorende", data))
    assert "en forelder (også ste-, foster- eller adoptivforelder)" in page
    assert "psykisk sykdom" in page
    assert "Ressurssenteret" in page and "helsepersonelloven" in page
    with world.scoped() as session:
        assert session.exec(
            select(AuditEvent).where(AuditEvent.action == "case.next_of_kin_marked")
        ).first()


def test_a_19_year_old_is_not_marked_as_next_of_kin(world):
    world.child("Siri", birth_date=birth_date_for(19))
    world.open_case("Kari", "Siri")
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    assert 'id="next_of_kin"' not in page
    data = {"kin-mark-relation": "forelder", "kin-mark-reason": "dodsfall"}
    response = post(client, world, "/barn-som-parorende", data)
    assert response.status_code == 400
    assert "Barn og unge opp til 18 år" in response.get_data(as_text=True)


def test_an_overdue_decision_shows_for_the_employee_and_the_leader(world):
    world.child("Siri", birth_date=birth_date_for(8))
    today = clock.today(world.kommune)
    world.open_case("Kari", "Siri", concern_arose_on=today - timedelta(days=20))
    for name, sees in (("kari", True), ("lise", True), ("truls", False)):
        page = signed_in(world, name).get("/tromso/saker").get_data(as_text=True)
        assert ("Frister som har gått ut" in page) is sees, name
        if sees:
            assert "Beslutning innen 14 dager etter at bekymringen oppsto" in page
    leader_page = signed_in(world, "lise").get("/tromso/saker").get_data(as_text=True)
    assert "I en enhet du leder: Kari eier fristen" in leader_page
    # The last day is the 14th after the concern arose: shown as that day, not the midnight
    # after it.
    last = (today - timedelta(days=20) + timedelta(days=14)).strftime("%d.%m.%Y")
    assert f"siste dag var {last}" in leader_page


def test_an_outsider_cannot_tick_a_step(world):
    client = signed_in(world, "truls")
    response = post(client, world, "/trinn/1", {}, token=False)
    assert response.status_code in (400, 404)
    token_page = client.get("/tromso/saker").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', token_page).group(1)
    response = client.post(f"{case_path(world)}/trinn/1", data={"csrf_token": token})
    assert response.status_code == 404
    with world.scoped() as session:
        assert session.exec(select(CaseStep)).all() == []


def test_the_forms_of_level_0_are_filled_in_and_printed_with_their_answers(world):
    client = signed_in(world)
    page = client.get(case_path(world)).get_data(as_text=True)
    for title in (
        "Observasjonsskjema",
        "Fem trinn fra bekymring til melding",
        "Mal for bekymringsmelding til barneverntjenesten",
        "Samtykkeskjema",
    ):
        assert title in page
    data = {
        "form-bekymringsmelding-about": "Blåmerker på armene flere ganger.",
        "form-bekymringsmelding-seen_heard": "Sett blåmerker mandag og torsdag.",
        "form-bekymringsmelding-urgent": "ja",
        "form-bekymringsmelding-police_notified": "y",
    }
    page = followed(client, post(client, world, "/skjema/bekymringsmelding", data), "#documents")
    assert "Blåmerker på armene flere ganger." in page
    with world.scoped() as session:
        kept = session.exec(select(CaseDocument)).one()
    printed = client.get(f"{case_path(world)}/utskrift/skjema/bekymringsmelding/{kept.id}")
    text = printed.get_data(as_text=True)
    assert printed.headers["Cache-Control"] == "no-store"
    # A ticked box reads «Ja» and a choice its label, never a stored code.
    assert re.search(r"<h2>Politiet er varslet</h2>\s*<p[^>]*>Ja</p>", text)
    assert re.search(r"<h2>Er situasjonen akutt\?</h2>\s*<p[^>]*>Ja", text)
    assert "True" not in text
    blank = client.get(f"{case_path(world)}/utskrift/skjema/fem_trinn")
    assert blank.status_code == 200 and "Fem trinn fra bekymring til melding" in blank.get_data(
        as_text=True
    )


def test_barnevern_says_when_the_guardians_can_be_involved_again(world):
    world.employee("Bjørn", "Barneverntjenesten")
    give_passwords(world)
    client = signed_in(world)
    data = {
        "decision-outcome": "level_3_report",
        "decision-rationale": "Mistanke om vold hjemme.",
        "decision-recipient": "Mottaket i barneverntjenesten",
    }
    page = followed(client, post(client, world, "/beslutning", data))
    assert "foresatte skal ikke involveres" in page
    assert "Barnevernet: foresatte kan involveres igjen" not in page  # not for the school
    refused = post(client, world, "/foresatte-involveres", {})
    assert refused.status_code == 400 and _case(world).guardians_kept_out

    barnevern = signed_in(world, "bjørn")
    page = barnevern.get(case_path(world)).get_data(as_text=True)
    assert "Barnevernet: foresatte kan involveres igjen" in page
    page = followed(barnevern, post(barnevern, world, "/foresatte-involveres", {}), "#about")
    assert not _case(world).guardians_kept_out
    assert "Per" in page  # the guardians are shown again


def test_a_report_the_guardians_may_know_of_does_not_keep_them_out(world):
    client = signed_in(world)
    data = {
        "decision-outcome": "level_3_report",
        "decision-rationale": "Bekymring for omsorgssituasjonen; foreldrene ønsker hjelp.",
        "decision-recipient": "Mottaket i barneverntjenesten",
        "decision-guardians_may_know": "y",
    }
    followed(client, post(client, world, "/beslutning", data))
    case = _case(world)
    assert case.reported_to_barnevern_at is not None and not case.guardians_kept_out


def test_an_acute_case_is_not_reported_twice_on_its_way_to_level_3(world):
    world.child("Siri", birth_date=birth_date_for(8))
    world.open_case("Kari", "Siri", acute=True, report_recipient="Barnevernvakten")
    client = signed_in(world)
    data = {"decision-outcome": "level_3_report", "decision-rationale": "Meldt akutt i går."}
    followed(client, post(client, world, "/beslutning", data))
    assert _case(world).level == 3
    with world.scoped() as session:
        reports = session.exec(select(BarnevernReport)).all()
    assert [r.recipient for r in reports] == ["Barnevernvakten"]


# --- nivå 1: the plan in the service, no stafettlogg -------------------------------------------


def test_level_1_offers_the_plan_and_no_stafettlogg(world):
    """«Trinn 3: Lag en plan for det videre forløpet […] Dokumenter i eget fagsystem» (nivå
    1); «Trinn 2: Opprett Stafettlogg. NB! Husk samtykke» comes at nivå 2."""
    client = signed_in(world)
    page = _decide(client, world, "level_1")
    assert _case(world).level == 1
    assert "Åpne stafettloggen" not in page
    assert 'action="/tromso/sak/' + world.case_id + '/stafettlogg"' not in page
    assert "På dette nivået er arbeidet en plan i egen tjeneste, ikke en stafettlogg" in page
    assert 'href="#form-plan_niva_1"' in page and "Lag planen: Plan for det videre forløpet" in page
    # The service refuses it too, in words a teacher understands.
    refused = post(client, world, "/stafettlogg", {"log-open-holder": str(world.staff["Kari"])})
    assert refused.status_code == 400
    assert "Stafettlogg brukes ikke på dette nivået" in refused.get_data(as_text=True)
    assert _case(world).stafettholder_id is None

    plan = {
        "form-plan_niva_1-maal": "Ola har noen å være sammen med i friminuttene.",
        "form-plan_niva_1-tiltak": "Voksenstyrt lek tre dager i uka.",
        "form-plan_niva_1-ansvarlig": "Kari",
        "form-plan_niva_1-tidsperspektiv": "Seks uker",
        "form-plan_niva_1-maale_effekt": "Observasjon hver fredag.",
        "form-plan_niva_1-snakker_med_barnet": "Kari",
        "form-plan_niva_1-evalueringspunkter": "",
    }
    missing = post(client, world, "/skjema/plan_niva_1", plan)
    body = missing.get_data(as_text=True)
    assert missing.status_code == 400 and "Skriv når tiltakene skal evalueres." in body
    assert "Voksenstyrt lek tre dager i uka." in body  # what was typed is kept
    plan["form-plan_niva_1-evalueringspunkter"] = "Etter tre og seks uker."
    page = followed(client, post(client, world, "/skjema/plan_niva_1", plan), "#documents")
    assert "Voksenstyrt lek tre dager i uka." in page
    assert _step_done(page, 3) and not _step_done(page, 5)  # trinn 3: the plan is made

    evaluation = {
        "form-evaluering_niva_1-evaluering": "Ola leker med to andre nesten hver dag.",
        "form-evaluering_niva_1-maal_naadd": "ja",
    }
    missing = post(client, world, "/skjema/evaluering_niva_1", evaluation)
    assert missing.status_code == 400
    assert "Evalueringen må inneholde barnets/ungdommens stemme." in missing.get_data(as_text=True)
    evaluation["form-evaluering_niva_1-barnets_stemme"] = "Det er gøy i friminuttene nå."
    page = followed(client, post(client, world, "/skjema/evaluering_niva_1", evaluation))
    assert _step_done(page, 5)
    with world.scoped() as session:
        kinds = [d.kind for d in session.exec(select(CaseDocument).order_by(CaseDocument.id))]
    assert kinds == ["plan_niva_1", "evaluering_niva_1"]
    assert _case(world).stafettholder_id is None


# --- barnevern's help: nivå 3, and the baton with barnevern -----------------------------------


def _with_barnevern(world: World):
    """Bjørn of barneverntjenesten takes part in the case, under a consent that names it."""
    world.employee("Bjørn", "Barneverntjenesten")
    give_passwords(world)
    world.give_consent("Kari", ["barnevern"], days=365)
    world.act_ok(
        "Kari",
        participants.add,
        case_id=world.case_id,
        user_id=world.staff["Bjørn"],
        unit_id=next(iter(sorted(world.actor("Bjørn").unit_ids))),
    )
    return signed_in(world, "bjørn")


def test_barnevern_records_its_help_the_case_goes_to_level_3_and_it_holds_the_baton(world):
    """«det samme er barn med tiltak fra barneverntjenesten» (nivå 3) and «Barnevernet skal
    alltid ha Stafettholderansvaret når de er inne med hjelpetiltak»."""
    teacher = signed_in(world)
    _decide(teacher, world, "level_1")
    barnevern = _with_barnevern(world)
    page = barnevern.get(case_path(world)).get_data(as_text=True)
    assert "Hjelpetiltak fra barnevernet" in page
    assert "plasserer barn med hjelpetiltak fra barnevernet på nivå 3" in page

    page = followed(
        barnevern, post(barnevern, world, "/barnevern-hjelp", {}), anchor="#barnevern_help"
    )
    case = _case(world)
    assert case.level == 3 and case.barnevern_help
    assert case.stafettholder_id == world.staff["Bjørn"]
    assert "Hjelpetiltakene fra barnevernet er registrert" in page
    assert "Tverrfaglig samarbeid med spesiell innsats" in page
    assert "Barnevernet gir hjelpetiltak: saken går til nivå 3." in page  # in the decisions
    assert "Stafettholder: Bjørn" in page
    with world.scoped() as session:
        logged = session.exec(
            select(AuditEvent).where(AuditEvent.action == "case.barnevern_help")
        ).all()
    assert [e.detail for e in logged if e.detail] == ["on"]  # the change, besides the read

    # Ending the help: the baton stays with barnevern until it is handed over.
    page = followed(barnevern, post(barnevern, world, "/barnevern-hjelp/avslutt", {}))
    case = _case(world)
    assert not case.barnevern_help and case.level == 3
    assert case.stafettholder_id == world.staff["Bjørn"]
    assert "Barnevernet beholder stafettpinnen til den er levert og akseptert" in page


def test_a_teacher_does_not_see_the_form_and_cannot_record_barnevern_help(world):
    _with_barnevern(world)
    teacher = signed_in(world)
    page = teacher.get(case_path(world)).get_data(as_text=True)
    assert "Hjelpetiltak fra barnevernet" not in page
    assert "/barnevern-hjelp" not in page
    refused = post(teacher, world, "/barnevern-hjelp", {})
    assert refused.status_code == 400
    assert "Bare barnevernet kan registrere" in refused.get_data(as_text=True)
    case = _case(world)
    assert not case.barnevern_help and case.level == 0 and case.stafettholder_id is None
    # Without the form's token nothing happens either.
    unsigned = post(signed_in(world, "bjørn"), world, "/barnevern-hjelp", {}, token=False)
    assert unsigned.status_code == 400 and not _case(world).barnevern_help


def test_barnevern_outside_the_case_gets_not_found(world):
    world.employee("Bjørn", "Barneverntjenesten")
    give_passwords(world)
    outsider = signed_in(world, "bjørn")
    token_page = outsider.get("/tromso/saker").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', token_page).group(1)
    response = outsider.post(f"{case_path(world)}/barnevern-hjelp", data={"csrf_token": token})
    assert response.status_code == 404
    assert not _case(world).barnevern_help
