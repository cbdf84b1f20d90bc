"""Steps for the guardians and the custody arrangement, through the case page («Foresatte»).

Loaded as a pytest plugin (``-p tests.bdd.steps_guardians``). Staff sign in through the
real sign-in page and use the forms as a teacher would, with the signed-in clients of
:class:`tests.bdd.steps_kept_out.Browser` (``nettleser``). A guardian is named by first name
in the scenario; the page registers them as «<name> Testesen», and ``world.guardians`` keeps
their id so the consent steps (:mod:`tests.bdd.steps_consent`) can have them sign.

The custody arrangement is written as the guide says it («foreldrene bor sammen» …), see
:data:`ARRANGEMENTS`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.models import Case, Custody, Guardian, Subject
from tests.bdd.steps_kept_out import Browser, text_of
from tests.support.web import csrf
from tests.support.world import World, birth_date_for

NAME = r"[A-ZÆØÅ]\w+"
FAMILY_NAME = "Testesen"

#: The custody arrangements as the scenarios write them.
ARRANGEMENTS = {
    "foreldrene bor sammen": Custody.SAMMEN,
    "foreldrene bor hver for seg, og den ene har den daglige omsorgen": Custody.DAGLIG_OMSORG,
    "foreldrene har delt daglig omsorg": Custody.DELT_OMSORG,
    "én forelder har foreldreansvaret alene": Custody.ENE,
    "barnet er under offentlig omsorg": Custody.OFFENTLIG,
}

_GUARDIAN = (
    rf"(?P<navn>{NAME}) (?:registrerer|har registrert) (?P<foresatt>{NAME}) som "
    rf"(?P<relasjon>\w+) til (?P<barn>{NAME})"
    r"(?P<ansvar> med foreldreansvar)?(?P<omsorg> og daglig omsorg)? på saksiden"
)


def _section(page: str) -> str:
    found = re.search(r'<section [^>]*data-panel="guardians".*?</section>', page, re.S)
    assert found, "saksiden har ingen del om foresatte"
    return found.group(0)


def _guardian_id(world: World, name: str) -> int:
    with world.scoped() as session:
        return session.exec(
            select(Guardian.id).where(Guardian.name == f"{name} {FAMILY_NAME}")
        ).one()


def _post(nettleser: Browser, navn: str, path: str, data: dict) -> None:
    client = nettleser.staff(navn)
    nettleser.response = client.post(
        f"{nettleser.case_path}{path}",
        data={**data, "csrf_token": csrf(client, nettleser.case_path)},
    )


# ---------------------------------------------------------------------------------------------
# Gitt
# ---------------------------------------------------------------------------------------------


@given(
    parsers.re(
        rf"^at (?P<navn>{NAME}) har meldt en bekymring for (?P<barn>{NAME}), (?P<alder>\d+) år, "
        r"som ikke stod i listen over barn$"
    )
)
def _(world: World, nettleser: Browser, navn: str, barn: str, alder: str) -> None:
    """The concern form's «Ikke i listen»: the child is registered with the case."""
    client = nettleser.staff(navn)
    path = f"/{world.kommune.slug}/ny-bekymring/skjema"
    unit_id = min(world.actor(navn).unit_ids)
    response = client.post(
        path,
        data={
            "csrf_token": csrf(client, path),
            "unit": str(unit_id),
            "subject": "ny",
            "given_name": barn,
            "family_name": FAMILY_NAME,
            "birth_date": birth_date_for(int(alder)).isoformat(),
            "concern": "Virker lei seg og trekker seg unna de andre.",
            "seen_or_heard": "Sitter alene i friminuttene.",
            "child_said_or_did": "Sa at ingen vil leke.",
            "worried_for": "Tre uker",
            "earlier_concerns": "Nei",
            "concern_arose_on": (date.today() - timedelta(days=3)).isoformat(),
        },
    )
    assert response.status_code == 302, text_of(response.get_data(as_text=True))[:2000]
    with world.scoped() as session:
        subject = session.exec(select(Subject).where(Subject.given_name == barn)).one()
        case = session.exec(select(Case).where(Case.subject_id == subject.id)).one()
    world.children[barn] = subject.id
    world.case_id = case.id


# ---------------------------------------------------------------------------------------------
# Når (and the same as Gitt: «at Kari har registrert …»)
# ---------------------------------------------------------------------------------------------


def _register_guardian(
    world: World,
    nettleser: Browser,
    *,
    navn: str,
    foresatt: str,
    relasjon: str,
    ansvar: str | None,
    omsorg: str | None,
) -> None:
    data = {"guardians-add-name": f"{foresatt} {FAMILY_NAME}", "guardians-add-relation": relasjon}
    if ansvar:
        data["guardians-add-parental_responsibility"] = "y"
    if omsorg:
        data["guardians-add-daily_care"] = "y"
    _post(nettleser, navn, "/foresatte", data)
    if nettleser.response.status_code == 302:
        world.guardians[foresatt] = _guardian_id(world, foresatt)


@when(parsers.re(rf"^{_GUARDIAN}$"))
def _(world: World, nettleser: Browser, navn, foresatt, relasjon, barn, ansvar, omsorg) -> None:
    _register_guardian(world, nettleser, navn=navn, foresatt=foresatt, relasjon=relasjon,
                       ansvar=ansvar, omsorg=omsorg)  # fmt: skip


@given(parsers.re(rf"^at {_GUARDIAN}$"))
def _(world: World, nettleser: Browser, navn, foresatt, relasjon, barn, ansvar, omsorg) -> None:
    _register_guardian(world, nettleser, navn=navn, foresatt=foresatt, relasjon=relasjon,
                       ansvar=ansvar, omsorg=omsorg)  # fmt: skip
    assert nettleser.response.status_code == 302, text_of(nettleser.response.get_data(True))


@when(parsers.re(rf"^(?P<navn>{NAME}) registrerer på saksiden at (?P<ordning>.+)$"))
def _(nettleser: Browser, navn: str, ordning: str) -> None:
    assert ordning in ARRANGEMENTS, f"ukjent omsorgsordning: {ordning}"
    _post(
        nettleser,
        navn,
        "/foresatte/omsorg",
        {"guardians-custody-custody": str(ARRANGEMENTS[ordning])},
    )


@given(parsers.re(rf"^at (?P<navn>{NAME}) har registrert på saksiden at (?P<ordning>.+)$"))
def _(nettleser: Browser, navn: str, ordning: str) -> None:
    _post(
        nettleser,
        navn,
        "/foresatte/omsorg",
        {"guardians-custody-custody": str(ARRANGEMENTS[ordning])},
    )
    assert nettleser.response.status_code == 302, text_of(nettleser.response.get_data(True))


@when(parsers.re(rf"^(?P<navn>{NAME}) retter opp at (?P<foresatt>{NAME}) har daglig omsorg$"))
def _(world: World, nettleser: Browser, navn: str, foresatt: str) -> None:
    guardian_id = world.guardians[foresatt]
    key = f"guardians-correct-{guardian_id}"
    with world.scoped() as session:
        guardian = session.get(Guardian, guardian_id)
        data = {f"{key}-name": guardian.name, f"{key}-relation": guardian.relation}
        if guardian.parental_responsibility:
            data[f"{key}-parental_responsibility"] = "y"
    data[f"{key}-daily_care"] = "y"
    _post(nettleser, navn, f"/foresatte/{guardian_id}", data)


@when(parsers.re(rf"^(?P<navn>{NAME}) fjerner (?P<foresatt>{NAME}) fra de foresatte på saksiden$"))
def _(world: World, nettleser: Browser, navn: str, foresatt: str) -> None:
    _post(nettleser, navn, f"/foresatte/{world.guardians[foresatt]}/fjern", {})


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"^er omsorgsordningen i saken at (?P<ordning>.+)$"))
def _(world: World, nettleser: Browser, ordning: str) -> None:
    assert nettleser.response.status_code == 302, text_of(nettleser.response.get_data(True))
    subject = world.subject(next(iter(world.children)))
    assert subject.custody == ARRANGEMENTS[ordning]


@then("er ingen omsorgsordning registrert i saken")
def _(world: World) -> None:
    assert world.subject(next(iter(world.children))).custody is None


@then(parsers.re(r"^får (?P<navn>[A-ZÆØÅ]\w+) beskjed på saksiden: «(?P<melding>.+)»$"))
def _(nettleser: Browser, navn: str, melding: str) -> None:
    response = nettleser.response
    if response.status_code == 302:  # a message after a change that went through
        page = nettleser.staff(navn).get(response.headers["Location"]).get_data(as_text=True)
    else:
        assert response.status_code == 400, response.status_code
        page = response.get_data(as_text=True)
    assert melding in text_of(page), text_of(page)[:3000]


@then(parsers.re(rf"^er (?P<foresatt>{NAME}) (?P<ikke>ikke )?blant de foresatte i saken$"))
def _(world: World, foresatt: str, ikke: str | None) -> None:
    with world.scoped() as session:
        names = set(session.exec(select(Guardian.name)))
    assert (f"{foresatt} {FAMILY_NAME}" in names) is not bool(ikke), names


@then(parsers.re(rf"^viser saksiden til (?P<navn>{NAME}) de foresatte slik:$"))
def _(nettleser: Browser, navn: str, datatable) -> None:
    shown = text_of(_section(nettleser.case_page(navn)))
    header, *rows = datatable
    for row in rows:
        entry = dict(zip(header, row, strict=True))
        facts = ["foreldreansvar" if entry["foreldreansvar"] == "Ja" else "ikke foreldreansvar"]
        if entry["daglig omsorg"] == "Ja":
            facts.append("daglig omsorg")
        found = re.search(
            rf"{re.escape(entry['navn'])} {FAMILY_NAME} \({re.escape(entry['relasjon'])}\): "
            + re.escape(", ".join(facts))
            + r"(?!, daglig omsorg)",
            shown,
        )
        assert found, shown


@then(
    parsers.re(
        rf"^viser saksiden til (?P<navn>{NAME}) ingen foresatte, bare at de ikke skal involveres$"
    )
)
def _(world: World, nettleser: Browser, navn: str) -> None:
    section = _section(nettleser.case_page(navn))
    assert "de foresatte skal ikke involveres" in text_of(section)
    assert "<form" not in section and "bti-action" not in section
    for name in world.guardians:
        assert name not in section
