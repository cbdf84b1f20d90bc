"""Bærum's guide as its plugin encodes it (shared/seeds/000, *Metodebok for Tidlig
innsatsteam*; 003, the tiltaksplan's «Vedlegg 1»): the TIT flow as levels 0–3, the seven
teams with their seats and ages, the meeting's six parts, the contacts, and the
samtykkeerklæring's signature lines by age and custody."""

from __future__ import annotations

import re
import subprocess
from datetime import date, timedelta
from html import unescape

import pytest

from bti.models import SubjectKind
from bti.plugins import Municipality
from bti.services import consents
from tests.support.web import give_passwords, sign_in, signed_in
from tests.support.world import World, birth_date_for


@pytest.fixture
def baerum(make_app) -> Municipality:
    return make_app(BTI_MUNICIPALITIES="baerum").extensions["bti"]["baerum"]


# --- levels ----------------------------------------------------------------------------------


def test_the_levels_are_the_tit_flow(baerum):
    assert [str(level.name) for level in baerum.levels] == [
        "Drøft bekymringen i egen tjeneste",
        "Meldt til Tidlig innsatsteam",
        "Møte i Tidlig innsatsteam",
        "Oppfølging i lokal tjeneste etter handlingsplanen",
    ]
    # No stafettlogg anywhere: the method book keeps an action plan and a protocol.
    assert not any(level.stafettlogg for level in baerum.levels)


def test_the_steps_follow_hvordan_melde_inn_saker_and_the_meeting(baerum):
    zero, one, two, three = baerum.levels
    assert len(zero.steps) == 3 and "samtykke" in str(zero.steps[1].title)
    assert len(one.steps) == 4
    assert "navn må ikke oppgis i epost" in str(one.steps[0].description)
    assert "aldri som vedlegg" in str(one.steps[2].description)
    assert [str(s.title) for s in two.steps] == [
        "Presentasjon",
        "Framlegg av sak",
        "Drøftingsdel",
        "Avrunding",
        "Metarefleksjon",
        "Protokoll",
    ]
    evaluation = next(s for s in three.steps if "Evaluering" in str(s.title))
    assert len(evaluation.questions) == 5


def test_the_referral_is_not_a_decision_and_every_level_can_report(baerum):
    codes = {level.number: [o.code for o in level.outcomes] for level in baerum.levels}
    assert codes == {
        0: ["close", "report_barnevern"],
        1: ["close", "report_barnevern"],
        2: ["report_barnevern"],
        3: ["close", "tit_again", "report_barnevern"],
    }
    for level in baerum.levels:
        report = next(o for o in level.outcomes if o.reports_to_barnevern)
        assert report.to_level == level.number  # a report keeps the case where it is
        assert "Foreldre skal da ikke kontaktes" in str(report.note)
    again = baerum.level(3).outcomes[1]
    assert again.to_level == 0 and not again.closes_case
    assert "nivå 1 når meldeskjemaet er sendt" in str(baerum.level(0).purpose)
    assert "nivå 2 når koordinator har sendt innkallingene" in str(baerum.level(1).purpose)
    assert "nivå 3 når avrundingen er registrert" in str(baerum.level(2).purpose)


# --- teams -----------------------------------------------------------------------------------


def _seats(team) -> list[tuple[str, str, bool]]:
    return [(s.service, str(s.label), s.from_referring_unit) for s in team.seats]


def test_seven_teams_over_four_age_bands(baerum):
    teams = baerum.teams
    assert len(teams) == 7
    bands = [(t.min_age, t.max_age, str(t.area)) for t in teams]
    assert bands == [
        (0, 0, ""),
        (1, 5, "Øst"),
        (1, 5, "Vest"),
        (6, 15, "Øst"),
        (6, 15, "Sentrum"),
        (6, 15, "Vest"),
        (16, 23, ""),
    ]
    assert [t.includes_pregnant for t in teams] == [True] + [False] * 6
    for team in teams:
        assert team.cadence_days == 14 and team.meeting_hours == 4
        assert str(team.more_often) == "Utvides til ukentlige møter hvis det er behov"
        assert str(team.leader) == "Avdelingsleder fra barnevernstjenesten"
        assert list(team.members) == [label for _s, label, _r in _seats(team)]
    # Teams serving the same ages meet on different days.
    for low in (1, 6):
        days = [t.weekday for t in teams if t.min_age == low]
        assert len(set(days)) == len(days)
    assert "ungdom og foresatte" in str(teams[-1].others)
    assert "etter avtale med foresatte" in str(teams[0].others)


def test_the_seats_are_the_deltakere(baerum):
    small, kindergarten, _e, school, _c, _w, upper = baerum.teams
    assert _seats(small) == [
        ("helsestasjon", "Helsestasjon", False),
        ("barnevern", "Barnevern", False),
        ("psykisk_helse", "Psykisk helseteam", False),
    ]
    assert _seats(kindergarten)[-1] == (
        "barnehage",
        "Styrer/avd.leder fra den aktuelle barnehage",
        True,
    )
    assert [s for s, _l, _r in _seats(school)] == [
        "skolehelsetjeneste",
        "barnevern",
        "ppt",
        "skole",
    ]
    assert ("ppt", "PPT vgs", False) in _seats(upper) and _seats(upper)[-1][2]


def test_the_age_edges(baerum):
    """Whole years on the meeting date, both ends included: «0–1 år» ends at the first
    birthday, where the 1–5 teams begin."""

    def teams_for(age: int) -> set[str]:
        return {t.code for t in baerum.teams if t.min_age <= age <= t.max_age}

    assert teams_for(0) == {"tit-0-1"}
    assert teams_for(1) == {"tit-1-5-ost", "tit-1-5-vest"}
    assert teams_for(5) == teams_for(1)
    assert teams_for(6) == {"tit-6-15-ost", "tit-6-15-sentrum", "tit-6-15-vest"}
    assert teams_for(15) == teams_for(6)
    assert teams_for(16) == teams_for(23) == {"tit-16-23"}
    assert teams_for(24) == set()


# --- the meeting's six parts -----------------------------------------------------------------


def test_the_six_parts_of_the_meeting(baerum):
    parts = baerum.team_agenda
    assert [p.code for p in parts] == [
        "presentation",
        "case",
        "discussion",
        "closing",
        "reflection",
        "protocol",
    ]
    assert [(p.minutes_from, p.minutes_to) for p in parts] == [
        (5, 10),
        (10, 15),
        (30, 30),
        (15, 15),
        (10, 10),
        (None, None),
    ]
    assert [p.code for p in parts if p.fixed_members_only] == ["reflection"]
    assert "Taushetsplikten presiseres" in str(parts[0].guidance)
    assert "kun handle om fakta" in str(parts[1].guidance)
    assert "koordineringsansvarlig" in str(parts[3].guidance)
    assert "Etter at innmelder og foreldre/den unge har gått" in str(parts[4].guidance)
    assert "anonymisert" in str(parts[5].guidance)


# --- contacts and forms ----------------------------------------------------------------------


def test_the_contacts(baerum):
    own = {
        c.kind: c for c in baerum.contacts if c.kind in {"barnevern", "tit_koordinator", "bufdir"}
    }
    barnevern, coordinator, bufdir = own["barnevern"], own["tit_koordinator"], own["bufdir"]
    assert barnevern.acute and str(barnevern.name) == "Barneverntjenesten i Bærum"
    assert "Barneverntjenesten tar kontakt med politiet" in str(barnevern.when_to_use)
    assert "Foreldre skal da ikke kontaktes" in str(barnevern.when_to_use)
    assert "navn må ikke oppgis i epost" in str(coordinator.when_to_use)
    assert bufdir.url == "http://www.bufdir.no/Barnevern/"
    assert not (barnevern.phone or coordinator.phone or bufdir.phone)  # the seed gives none


def test_the_form_titles(baerum):
    titles = {kind: str(baerum.form_variant(kind).title) for kind in (
        "consent", "referral", "team_invitation", "action_plan"
    )}  # fmt: skip
    assert titles == {
        "consent": "Samtykkeerklæring",
        "referral": "Melding av sak til Tidlig innsatsteam",
        "team_invitation": "Innkalling til møte i Tidlig innsatsteam",
        "action_plan": "Handlingsplan",
    }


# --- the guide page and `bti guide baerum` ---------------------------------------------------


def _guide_client(make_world):
    world = make_world("Bærum")
    world.employee("Kari", "Nordby skole")
    give_passwords(world)
    client = world.deployment.start().test_client()
    sign_in(client)
    return client


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_the_guide_page_shows_the_teams_and_the_meeting(make_world):
    client = _guide_client(make_world)
    text = _text(client.get("/baerum/veileder").get_data(as_text=True))
    assert "Nivå 0: Drøft bekymringen i egen tjeneste" in text
    assert "Tidlig innsatsteam 0–1 år Alder under 1 år, og gravide" in text
    assert "Område Sentrum" in text
    assert "Styrer/avd.leder fra den aktuelle barnehage fra enheten saken kommer fra" in text
    assert "hver 14. dag, 4 timer hver gang. Utvides til ukentlige møter hvis det er behov" in text
    assert "Andre Ved behov innkalles andre relevante instanser, etter avtale med ungdom" in text
    assert "Teammøtets deler" in text
    assert "Presentasjon, ca. 5–10 minutter" in text
    assert "Drøftingsdel, ca. 30 minutter" in text
    assert "Metarefleksjon, ca. 10 minutter Bare de faste medlemmene" in text

    english = _text(client.get("/baerum/veileder", headers={"Accept-Language": "en"}).data.decode())
    assert "Early intervention team 6–15 years Centre" in english
    assert "Introductions, about 5–10 minutes" in english
    nynorsk = _text(client.get("/baerum/veileder", headers={"Accept-Language": "nn"}).data.decode())
    assert "Tidleg innsatsteam 1–5 år Aust" in nynorsk


def test_bti_guide_baerum_in_markdown(make_app):
    app = make_app(BTI_MUNICIPALITIES="baerum")
    result = app.test_cli_runner().invoke(args=["guide", "baerum"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "### Tidlig innsatsteam 16–23 år" in out
    assert "- Område: Øst" in out
    assert "PPT vgs" in out and "(fra enheten saken kommer fra)" in out
    assert "1. **Presentasjon** (ca. 5–10 minutter)" in out
    assert "5. **Metarefleksjon** (ca. 10 minutter) — Bare de faste medlemmene" in out
    assert "6. **Protokoll**\n" in out


# --- the samtykkeerklæring -------------------------------------------------------------------

CHILD = "Sæbjørn"


def _world(make_world, *, age: int | None, custody: str = "sammen", guardians=2) -> World:
    world = make_world("Bærum")
    world.employee("Kari", "Nordby skole")
    if age is None:
        world.child(CHILD, kind=SubjectKind.GRAVID, due_date=date.today() + timedelta(days=90))
    else:
        world.child(CHILD, birth_date=birth_date_for(age))
        world.set_custody(CHILD, custody)
        world.guardian("Åse Ødegård", CHILD, daily_care=True)
        if guardians == 2:
            world.guardian("Pål", CHILD, daily_care=custody != "daglig_omsorg")
    world.open_case("Kari", CHILD)
    give_passwords(world)
    return world


def _signer_lines(body: str) -> list[str]:
    found = re.findall(r'<p class="print-signature__who">(.*?)</p>', body, re.S)
    return [_text(line) for line in found]


def _consent_page(world: World, path: str = "") -> str:
    client = signed_in(world, "kari")
    response = client.get(f"/baerum/sak/{world.case_id}/utskrift/samtykke{path}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_blank_form_is_baerums_samtykkeerklaering(make_world):
    body = _consent_page(_world(make_world, age=9))
    text = _text(body)
    assert "<h1>Samtykkeerklæring</h1>" in body
    assert (
        "Opphevelse av taushetsplikt jf. Forvaltningsloven § 13 A, Lov om helsepersonell § 22, "
        "Pasientrettighetsloven §4, Lov om barnevernstjenester § 6-7, Lov om sosiale tjenester "
        "§ 44."
    ) in text
    for words in (
        "Jeg (navn)",
        "Saksområde",
        "Å drøfte saken i Tidlig innsatsteam",
        "Instanser som kan samarbeide og utveksle informasjon",
        "Dette samtykket gjelder i tidsrommet",
        "Jeg/vi er kjent med at samtykket når som helst kan trekkes tilbake.",
        "Sted:",
        "Dato:",
        "Der foreldre bor sammen, er det tilstrekkelig at den ene skriver under.",
        "Samtykkeerklæringen er underskrevet i nærvær av (instans)",
        "Kopi sendes til aktuelle instanser.",
    ):
        assert words in text, words
    assert body.count('<li><span class="print-blank"></span></li>') == 4  # instans 1–4


def test_parents_living_together_give_one_guardian_line(make_world):
    lines = _signer_lines(_consent_page(_world(make_world, age=9, custody="sammen")))
    assert lines == ["Underskrift foresatt: Åse Ødegård eller Pål"]


def test_parents_apart_the_one_with_daily_care_signs(make_world):
    lines = _signer_lines(_consent_page(_world(make_world, age=9, custody="daglig_omsorg")))
    assert lines == ["Underskrift foresatt: Åse Ødegård"]


def test_shared_care_both_sign(make_world):
    lines = _signer_lines(_consent_page(_world(make_world, age=9, custody="delt_omsorg")))
    assert lines == ["Underskrift foresatt: Pål", "Underskrift foresatt: Åse Ødegård"] or lines == [
        "Underskrift foresatt: Åse Ødegård",
        "Underskrift foresatt: Pål",
    ]


def test_a_youth_of_16_signs_with_the_note_on_the_health_age(make_world):
    body = _consent_page(_world(make_world, age=16, custody="delt_omsorg"))
    lines = _signer_lines(body)
    assert lines[0] == f"Underskrift ungdom over 15 år: {CHILD} Testesen"
    assert "(vedrørende helse er den «helserettslige myndighetsalder» 16 år)" in _text(body)
    assert sorted(lines[1:]) == ["Underskrift foresatt: Pål", "Underskrift foresatt: Åse Ødegård"]


def test_a_pregnant_woman_signs_for_herself(make_world):
    body = _consent_page(_world(make_world, age=None))
    assert _signer_lines(body) == [f"Underskrift (den gravide selv): {CHILD} Testesen"]
    assert "helserettslige" not in body


def test_a_registered_consent_prints_its_scope_services_and_signatures(make_world, tmp_path):
    world = _world(make_world, age=9, custody="sammen")
    today = date.today()
    consent = world.act_ok(
        "Kari",
        consents.register,
        case_id=world.case_id,
        services=["skolehelsetjeneste", "ppt", "barnevern"],
        valid_from=today,
        valid_to=today + timedelta(days=180),
        scope="Drøfte saken i Tidlig innsatsteam 6–15 år",
        includes_health_information=True,
    )
    world.act_ok(
        "Kari",
        consents.sign,
        consent_id=consent.id,
        signer=world.guardians["Pål"],
        signed_on=today,
    )
    body = _consent_page(world, f"/{consent.id}")
    text = _text(body)
    assert "Drøfte saken i Tidlig innsatsteam 6–15 år" in text
    assert "Samtykket omfatter helseopplysninger." in text
    services = body[body.index('class="baerum-consent__services"') :].split("</ol>")[0]
    named = re.findall(r"<li>([^<]+)</li>", services)
    assert len(named) == 3 and "Barnevernstjenesten" in named
    assert services.count('<li><span class="print-blank">') == 1  # a fourth line stays blank
    assert _signer_lines(body) == ["Underskrift foresatt: Pål"]  # the one who signed

    pdf = signed_in(world, "kari").get(f"/baerum/sak/{world.case_id}/utskrift/samtykke.pdf")
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    path = tmp_path / "samtykke.pdf"
    path.write_bytes(pdf.data)
    printed = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "Kopi sendes til aktuelle instanser." in printed
