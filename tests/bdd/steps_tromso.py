"""Steps for Tromsø kommune's BTI guide (features/tromso, shared/seeds/004_e094d3244bfd92ed.txt).

Loaded as a pytest plugin (``-p tests.bdd.steps_tromso``); builds on :mod:`tests.support.world`
and reuses the sentences of the other step modules where they fit. Tromsø numbers its
decisions («2. Behov for å sette inn innsats i egen avdeling/enhet? Gå til nivå 1.»), so a
decision here is taken by the words the employee sees in the list: «Kari tar beslutningen
«…» fordi «…»». Each level goes in numbered trinn, kept as a checklist on the case
(«Kari krysser av trinn 1, 2 og 3 på nivå 0 som gjort»). Guardians and youth read their own
stafettlogg as signed-in citizens («Lise leser stafettloggen til Ola»).

The guide's text is read as an employee sees it: in bokmål, through Tromsø's catalogs. The
features are tagged ``@tromso`` (registered below), so ``-k tromso`` runs them alone.
"""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when
from sqlmodel import select
from werkzeug.datastructures import MultiDict

from bti import clock, i18n, labels
from bti.errors import InvalidInput, NotFound
from bti.guide_text import contact_name, guide_markdown, outcome_effect, outcome_title
from bti.models import (
    AuditEvent,
    AuditOutcome,
    BarnevernReport,
    Case,
    CaseStep,
    Deadline,
    Decision,
    Guardian,
    PlanKind,
    Subject,
)
from bti.plugins import Municipality
from bti.rules.levels import find_outcome
from bti.services import (
    barnevern_help,
    cases,
    citizens,
    consents,
    documents,
    next_of_kin,
    overview,
    plans,
    stafettlogg,
)
from bti.services import steps as checklists
from tests.bdd.steps import numbers
from tests.bdd.steps_forms import form_titled, questions
from tests.bdd.steps_stafett import evaluate_measure
from tests.support.deployment import Deployment
from tests.support.world import World

NAME = r"[A-ZÆØÅ]\w+"
#: Who the reports in these scenarios go to.
RECIPIENT = "Barneverntjenesten i Tromsø kommune"
#: «1, 2 og 3», «4, 5, 6 og 7», «2».
TRINN = r"(?P<trinn>\d+(?:(?:, | og )\d+)*)"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "tromso: Tromsø kommune's features (features/tromso)")


# ---------------------------------------------------------------------------------------------
# Reading the guide as the employee does
# ---------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------
# The case
# ---------------------------------------------------------------------------------------------


def _case_of(world: World, child: str) -> Case:
    """The latest case about ``child``."""
    with world.scoped() as session:
        case = session.exec(
            select(Case)
            .where(Case.subject_id == world.children[child])
            .order_by(Case.opened_at.desc(), Case.id)
        ).first()
    assert case is not None, f"ingen sak om {child}"
    return case


def _ok(world: World) -> None:
    assert world.error is None, f"avvist: {world.error!r}"


# ---------------------------------------------------------------------------------------------
# Decisions, by the words of the guide
# ---------------------------------------------------------------------------------------------


def _titles(world: World, level: int) -> dict[str, str]:
    """The decisions of ``level`` as the employee reads them («2. Behov for …») → codes."""
    outcomes = world.kommune.level(level).outcomes
    titles = world.deployment.in_bokmal(world.kommune, lambda: [outcome_title(o) for o in outcomes])
    return dict(zip(titles, (o.code for o in outcomes), strict=True))


def _outcome_code(world: World, title: str) -> str:
    """The code of the decision titled ``title`` at the case's level; a decision of another
    level is passed on by its own code, for the platform to refuse."""
    level = world.case().level
    here = _titles(world, level)
    if title in here:
        return here[title]
    for other in world.kommune.levels:
        if title in (elsewhere := _titles(world, other.number)):
            return elsewhere[title]
    raise AssertionError(f"ingen beslutning «{title}» i handlingsveilederen; nivå {level}: {here}")


def _decide(world: World, navn: str, beslutning: str, grunn: str, **extra: Any) -> None:
    world.act(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome=_outcome_code(world, beslutning),
        rationale=grunn,
        recipient=RECIPIENT,
        **extra,
    )


def _last_decision(world: World) -> Decision:
    with world.scoped() as session:
        decision = session.exec(
            select(Decision).where(Decision.case_id == world.case_id).order_by(Decision.id.desc())
        ).first()
    assert decision is not None, "ingen beslutning i saken"
    return decision


# The decision at nivå 0 that brings the case to each level, as the guide has it.
TO_LEVEL = {1: "level_1", 2: "level_2", 3: "level_3_report"}


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har ført saken til nivå (?P<niva>[123])"
        r"(?P<melding> med bekymringsmelding til barneverntjenesten)?"
        r"(?P<kjent> som foreldrene kjenner til)?$"
    )
)
def _(world: World, navn: str, niva: str, melding: str | None, kjent: str | None) -> None:
    """Nivå 0's decisions 2, 3 and 4: nivå 3 only with a report to barneverntjenesten. A
    report the parents know of (no suspicion of violence or abuse) leaves them in the case;
    otherwise nothing more reaches them."""
    level = int(niva)
    assert (level == 3) == bool(melding), "nivå 3 nås med bekymringsmelding til barneverntjenesten"
    assert world.case().level == 0, "saken står ikke på nivå 0"
    world.act_ok(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome=TO_LEVEL[level],
        rationale="Beslutning etter trinn 4 på nivå 0.",
        recipient=RECIPIENT,
        guardians_may_know=bool(kjent),
    )
    assert world.case().level == level


@when(
    parsers.re(rf"(?P<navn>{NAME}) tar beslutningen «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)»$")
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har tatt beslutningen «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)»$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _decide(world, navn, beslutning, grunn)
    _ok(world)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) tar beslutningen «(?P<beslutning>.+?)» fordi «(?P<grunn>.*)», "
        r"og politiet varsles samtidig$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    """«bekymringsmelding til barneverntjenesten/politi» (nivå 0, beslutning 4): the
    decision records that the police were notified too."""
    assert "police_notified" in inspect.signature(cases.decide).parameters, (
        "cases.decide kan ikke registrere at politiet er varslet sammen med beslutningen"
    )
    _decide(world, navn, beslutning, grunn, police_notified=True)


@then(
    parsers.re(
        rf"er (?P<navn>{NAME})s beslutning «(?P<beslutning>.+)» lagret i saken, "
        r"med begrunnelsen «(?P<grunn>.+)»$"
    )
)
def _(world: World, navn: str, beslutning: str, grunn: str) -> None:
    _ok(world)
    decision = _last_decision(world)
    titles = {code: title for title, code in _titles(world, decision.from_level).items()}
    assert titles[decision.outcome] == beslutning, titles[decision.outcome]
    assert decision.rationale == grunn
    assert decision.decided_by_id == world.staff[navn]


@then(parsers.re(r"finnes ikke den beslutningen på nivå (?P<niva>\d)$"))
def _(world: World, niva: str) -> None:
    world.refused_because("outcome_not_allowed")
    assert world.case().level == int(niva)


@then(parsers.re(r"viser beslutningen at «(?P<tekst>.+)»$"))
def _(world: World, tekst: str) -> None:
    """What the decision asks for next, as the case page and the guide say it."""
    _ok(world)
    decision = _last_decision(world)
    level = world.kommune.level(decision.from_level)
    outcome = find_outcome(level, decision.outcome)
    effect = world.deployment.in_bokmal(
        world.kommune,
        lambda: outcome_effect(outcome, level.number, municipality=world.kommune),
    )
    assert tekst in effect, effect


@then(parsers.re(r"står det hos Ressurssenteret at det kontaktes «(?P<tekst>.+)»$"))
def _(world: World, tekst: str) -> None:
    (contact,) = [c for c in world.kommune.contacts if world.shown(c.name) == "Ressurssenteret"]
    assert tekst in world.shown(contact.when_to_use), world.shown(contact.when_to_use)


# ---------------------------------------------------------------------------------------------
# Reports to barneverntjenesten
# ---------------------------------------------------------------------------------------------


def _reports(world: World) -> list[BarnevernReport]:
    with world.scoped() as session:
        return list(
            session.exec(
                select(BarnevernReport)
                .where(BarnevernReport.case_id == world.case_id)
                .order_by(BarnevernReport.id)
            )
        )


@then(
    parsers.re(
        rf"er bekymringsmeldingen sendt til barneverntjenesten av (?P<navn>{NAME})"
        r"(?P<uten> uten samtykke)?$"
    )
)
def _(world: World, navn: str, uten: str | None) -> None:
    _ok(world)
    (report,) = _reports(world)
    assert report.reported_by_id == world.staff[navn]
    assert report.recipient == RECIPIENT
    assert world.case().reported_to_barnevern_at is not None
    if uten:
        with world.scoped() as session:
            valid = consents.valid_consents(
                session, case_id=world.case_id, on=clock.today(world.kommune)
            )
        assert valid == [], "saken har et samtykke likevel"


# ---------------------------------------------------------------------------------------------
# The trinn as a checklist
# ---------------------------------------------------------------------------------------------


def _checklist(world: World, niva: str) -> list[checklists.StepState]:
    case = world.case()
    assert case.level == int(niva), f"saken står på nivå {case.level}"
    return world.look(world.opener(), checklists.checklist, case_id=world.case_id)


def _tick(world: World, navn: str, niva: str, numbers_text: str) -> None:
    assert world.case().level == int(niva), "saken står ikke på det nivået"
    for number in numbers(numbers_text):
        world.act(navn, checklists.tick, case_id=world.case_id, step=number)
        if world.error is not None:
            return


@when(parsers.re(rf"(?P<navn>{NAME}) krysser av trinn {TRINN} på nivå (?P<niva>\d) som gjort$"))
def _(world: World, navn: str, trinn: str, niva: str) -> None:
    _tick(world, navn, niva, trinn)


@given(
    parsers.re(rf"at (?P<navn>{NAME}) har krysset av trinn {TRINN} på nivå (?P<niva>\d) som gjort$")
)
def _(world: World, navn: str, trinn: str, niva: str) -> None:
    _tick(world, navn, niva, trinn)
    _ok(world)


@then(
    parsers.re(
        rf"er trinn {TRINN} på nivå (?P<niva>\d) krysset av som gjort av (?P<navn>{NAME}) i dag$"
    )
)
def _(world: World, trinn: str, niva: str, navn: str) -> None:
    states = _checklist(world, niva)
    tz = world.kommune.profile.tz
    for number in numbers(trinn):
        done = states[number - 1].done
        assert done is not None, f"trinn {number} er ikke gjort"
        assert done.done_by_id == world.staff[navn], f"trinn {number} er gjort av en annen"
        assert done.done_at.astimezone(tz).date() == clock.today(world.kommune)


@then(parsers.re(rf"er trinn {TRINN} på nivå (?P<niva>\d) (?:fortsatt )?gjort$"))
def _(world: World, trinn: str, niva: str) -> None:
    states = _checklist(world, niva)
    undone = [n for n in numbers(trinn) if states[n - 1].done is None]
    assert not undone, f"trinn {undone} er ikke gjort"


@then(parsers.re(rf"er trinn {TRINN} på nivå (?P<niva>\d) (?:ikke gjort|åpne igjen)$"))
def _(world: World, trinn: str, niva: str) -> None:
    states = _checklist(world, niva)
    done = [n for n in numbers(trinn) if states[n - 1].done is not None]
    assert not done, f"trinn {done} er gjort"


@then(
    parsers.re(
        rf"er avkrysningen av trinn {TRINN} på nivå (?P<niva>\d) fra forrige runde tatt vare på "
        r"i saken$"
    )
)
def _(world: World, trinn: str, niva: str) -> None:
    with world.scoped() as session:
        kept = {
            row.step
            for row in session.exec(
                select(CaseStep).where(
                    CaseStep.case_id == world.case_id, CaseStep.level == int(niva)
                )
            )
        }
    missing = [n for n in numbers(trinn) if n not in kept]
    assert not missing, f"avkrysningen av trinn {missing} er borte"


@then(
    parsers.re(
        r"blir avkrysningen avvist fordi trinn (?P<nummer>\d+) gjøres ved å ta beslutningen$"
    )
)
def _(world: World, nummer: str) -> None:
    world.refused_because("step_done_by_decision")
    steps = world.kommune.level(world.case().level).steps
    assert steps[int(nummer) - 1].done_when == "decision"


@then(parsers.re(rf"viser saken at trinn {TRINN} ikke er gjort før beslutningen$"))
def _(world: World, trinn: str) -> None:
    with world.scoped() as session:
        open_steps = checklists.open_before_decision(
            session, municipality=world.kommune, case=session.get(Case, world.case_id)
        )
    assert open_steps == numbers(trinn), open_steps


@then(parsers.re(r"er trinnene på nivå (?P<niva>\d), i denne rekkefølgen:$"))
def _(deployment: Deployment, guide: Municipality, niva: str, datatable: list[list[str]]) -> None:
    level = guide.level(int(niva))
    assert level.checklist, f"trinnene på nivå {niva} krysses ikke av i saken"
    titles = deployment.in_bokmal(guide, lambda: [step.title for step in level.steps])
    assert titles == [row[0].strip() for row in datatable]


# ---------------------------------------------------------------------------------------------
# The target group and the guide as text
# ---------------------------------------------------------------------------------------------


@then(parsers.re(r"gjelder handlingsveilederen barn og unge fra (?P<fra>\d+) til (?P<til>\d+) år$"))
def _(guide: Municipality, fra: str, til: str) -> None:
    group = guide.profile.target_group
    assert (group.min_age, group.max_age) == (int(fra), int(til))


@then(parsers.re(r"står det «(?P<tekst>.+)» i handlingsveilederen$"))
def _(deployment: Deployment, guide: Municipality, tekst: str) -> None:
    text = deployment.in_bokmal(guide, lambda: guide_markdown(guide))
    assert tekst in text, f"«{tekst}» står ikke i handlingsveilederen"


# ---------------------------------------------------------------------------------------------
# The 14-day deadline and who sees it run out
# ---------------------------------------------------------------------------------------------


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har registrert bekymringen for (?P<barn>{NAME}) i dag, og "
        r"bekymringen oppsto for (?P<dager>\d+) dager siden$"
    )
)
def _(world: World, navn: str, barn: str, dager: str) -> None:
    """Registered today, about a concern that arose ``dager`` days ago (local days)."""
    arose = clock.today(world.kommune) - timedelta(days=int(dager))
    world.open_case(navn, barn, concern_arose_on=arose)


def _overdue(world: World, navn: str) -> list[overview.Overdue]:
    return world.look(navn, overview.overdue_deadlines, now=datetime.now().astimezone())


@then(
    parsers.re(
        r"er fristen «(?P<frist>.+)» satt til (?P<dager>\d+) dager etter dagen bekymringen "
        r"oppsto$"
    )
)
def _(world: World, frist: str, dager: str) -> None:
    case = world.case()
    (rule,) = world.kommune.level(0).deadlines
    assert world.shown(rule.label) == frist
    with world.scoped() as session:
        (deadline,) = session.exec(select(Deadline).where(Deadline.case_id == case.id)).all()
    tz = world.kommune.profile.tz
    last_day = case.concern_arose_on + timedelta(days=int(dager))
    assert deadline.code == rule.code
    assert deadline.due_at.astimezone(tz) == datetime.combine(
        last_day + timedelta(days=1), time(0), tz
    ), "fristen går ikke ut ved slutten av den siste dagen"
    assert case.concern_arose_on < case.opened_at.astimezone(tz).date(), (
        "bekymringen oppsto ikke før saken ble registrert"
    )


@then(parsers.re(rf"eier (?P<navn>{NAME}) fristen, som går ut om (?P<dager>\d+) dager$"))
def _(world: World, navn: str, dager: str) -> None:
    with world.scoped() as session:
        (deadline,) = session.exec(select(Deadline).where(Deadline.case_id == world.case_id)).all()
    tz = world.kommune.profile.tz
    last_day = clock.today(world.kommune) + timedelta(days=int(dager))
    assert deadline.owner_id == world.staff[navn]
    assert deadline.due_at.astimezone(tz) == datetime.combine(
        last_day + timedelta(days=1), time(0), tz
    ), deadline.due_at.astimezone(tz)


@then(
    parsers.re(
        rf"ser (?P<navn>{NAME}) at fristen for beslutning i saken om (?P<barn>{NAME}) er "
        r"overskredet, som (?:(?P<egen>sin egen frist)|leder for (?P<enhet>.+))$"
    )
)
def _(world: World, navn: str, barn: str, egen: str | None, enhet: str | None) -> None:
    case = _case_of(world, barn)
    found = [o for o in _overdue(world, navn) if o.case.id == case.id]
    assert found, f"{navn} ser ikke fristen som overskredet"
    (late,) = found
    assert late.deadline.code == world.kommune.level(0).deadlines[0].code
    if egen:
        assert late.own and late.deadline.owner_id == world.staff[navn]
    else:
        assert not late.own, f"fristen er {navn}s egen"
        assert case.unit_id == world.units[enhet]


@then(parsers.re(rf"ser (?P<navn>{NAME}) ingen overskredne frister$"))
def _(world: World, navn: str) -> None:
    late = _overdue(world, navn)
    assert late == [], [o.deadline.code for o in late]


# ---------------------------------------------------------------------------------------------
# The stafettholder and the stafettlogg
# ---------------------------------------------------------------------------------------------


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har opprettet stafettloggen på nivå 2, med samtykke, og er "
        r"stafettholder$"
    )
)
def _(world: World, navn: str) -> None:
    """Nivå 2 as the guide walks it: «Innhent samtykke til tverrfaglig samarbeid» (trinn 1),
    then «Opprett Stafettlogg. NB! Husk samtykke» (trinn 2). The case is brought to nivå 2,
    everyone who must sign consents to cooperation with skolehelsetjenesten, and ``navn``
    opens the stafettlogg as stafettholder."""
    case = world.case()
    if case.level < 2:
        world.act_ok(
            navn,
            cases.decide,
            case_id=world.case_id,
            outcome="level_2",
            rationale="Behov for å samarbeide med andre tjenester.",
        )
    today = clock.today(world.kommune)
    consent = world.act_ok(
        navn,
        consents.register,
        case_id=world.case_id,
        services=["skolehelsetjeneste"],
        valid_from=today,
        valid_to=today + timedelta(days=180),
    )
    with world.scoped() as session:
        guardians = session.exec(
            select(Guardian.id).where(
                Guardian.subject_id == case.subject_id, Guardian.parental_responsibility
            )
        ).all()
    for signer in [*guardians, "subject"]:
        with world.scoped() as session:
            if consents.has_valid(session, case_id=world.case_id, on=today):
                break
        world.act(navn, consents.sign, consent_id=consent.id, signer=signer, signed_on=today)
    world.act_ok(
        navn, stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff[navn]
    )


@then("blir stafettloggen ikke opprettet fordi det ikke finnes et gyldig samtykke")
def _(world: World) -> None:
    world.refused_because("consent_required")
    assert "samtykke" in world.shown(world.error.message)


@then("har saken ingen stafettholder")
def _(world: World) -> None:
    assert world.case().stafettholder_id is None


@then(parsers.re(rf"ser (?P<navn>{NAME}) som stafettholder disse oppgavene, i denne rekkefølgen:$"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    case = world.case()
    assert stafettlogg.is_open(case) and case.stafettholder_id == world.staff[navn]
    duties = world.deployment.in_bokmal(world.kommune, lambda: world.kommune.stafettholder_duties)
    assert duties == [row[0].strip() for row in datatable]


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har evaluert tiltaket «(?P<tiltak>.+)» med "
        rf"(?P<barn>{NAME})s mening «(?P<mening>.+)»$"
    )
)
def _(world: World, navn: str, tiltak: str, barn: str, mening: str) -> None:
    evaluate_measure(
        world,
        navn,
        [
            ["Tiltak", tiltak],
            ["Evaluering", "Tiltaket er gjennomført som avtalt."],
            ["Er målet nådd?", "nei"],
            ["Barnets mening", mening],
        ],
    )
    _ok(world)


# ---------------------------------------------------------------------------------------------
# Plans beside the stafettlogg
# ---------------------------------------------------------------------------------------------

PLANS = {
    "en individuell plan": PlanKind.IP,
    "en individuell opplæringsplan": PlanKind.IOP,
    "en individuell utviklingsplan": PlanKind.IUP,
}
PLAN = "(?P<plan>" + "|".join(PLANS) + ")"


def _register_plan(world: World, navn: str, barn: str, plan: str, hvor: str, ansvarlig: str):
    assert world.case().subject_id == world.children[barn], f"saken gjelder ikke {barn}"
    world.act(
        navn,
        plans.register,
        case_id=world.case_id,
        kind=PLANS[plan],
        kept_in=hvor,
        responsible=ansvarlig,
    )


_PLAN_REGISTERED = (
    rf"(?P<navn>{NAME}) (?:registrerer|har registrert) at (?P<barn>{NAME}) har {PLAN} "
    r"i (?P<hvor>.+?), med (?P<ansvarlig>.+) som ansvarlig"
)


@when(parsers.re(rf"{_PLAN_REGISTERED}$"))
def _(world: World, navn: str, barn: str, plan: str, hvor: str, ansvarlig: str) -> None:
    _register_plan(world, navn, barn, plan, hvor, ansvarlig)


@given(parsers.re(rf"at {_PLAN_REGISTERED}$"))
def _(world: World, navn: str, barn: str, plan: str, hvor: str, ansvarlig: str) -> None:
    _register_plan(world, navn, barn, plan, hvor, ansvarlig)
    _ok(world)


@then(
    parsers.re(
        rf"har (?P<barn>{NAME}) (?P<planer>(?:{'|'.join(PLANS)})(?: og (?:{'|'.join(PLANS)}))*) "
        r"ved siden av stafettloggen$"
    )
)
def _(world: World, barn: str, planer: str) -> None:
    case = world.case()
    assert case.subject_id == world.children[barn]
    with world.scoped() as session:
        active = plans.active(session, case_id=case.id)
    wanted = {PLANS[p] for p in re.split(r" og (?=en )", planer)}
    assert {PlanKind(p.kind) for p in active} == wanted
    assert stafettlogg.is_open(case), "stafettloggen er ikke åpen ved siden av planene"


@then(parsers.re(r"blir planen ikke registrert fordi saken allerede har " + PLAN + "$"))
def _(world: World, plan: str) -> None:
    world.refused_because("plan_exists")


# ---------------------------------------------------------------------------------------------
# Guardians and youth reading their stafettlogg
# ---------------------------------------------------------------------------------------------


@dataclass
class Innsyn:
    """The citizens of the scenario who can sign in, and what they read last."""

    signed_in: dict[str, citizens.CitizenActor] = field(default_factory=dict)
    listed: list[citizens.Readable] | None = None
    view: citizens.CitizenView | None = None


@pytest.fixture
def innsyn() -> Innsyn:
    return Innsyn()


@given(parsers.re(rf"at (?P<navn>{NAME}) har en innlogging som innbygger$"))
def _(world: World, innsyn: Innsyn, navn: str) -> None:
    """A (synthetic) fødselsnummer links ``navn`` as guardian of every child they are
    guardian of, or as the youth the case is about; then a local sign-in."""
    number = f"0101{len(innsyn.signed_in) + 70:02d}12345"
    with world.transaction() as session:
        linked = False
        for guardian in session.exec(select(Guardian).where(Guardian.name == navn)):
            guardian.fodselsnummer = number
            session.add(guardian)
            linked = True
        if navn in world.children:
            subject = session.get(Subject, world.children[navn])
            subject.fodselsnummer = number
            session.add(subject)
            linked = True
        assert linked, f"{navn} er verken foresatt eller barn i scenariet"
        citizen = citizens.add_local_account(
            session,
            fodselsnummer=number,
            display_name=navn,
            username=navn.lower(),
            password="Et langt passord for test 123",
        )
        innsyn.signed_in[navn] = citizens.CitizenActor(citizen.id, navn)


def _as_citizen(world: World, innsyn: Innsyn, navn: str, service, /, **kwargs: Any) -> Any:
    """One action by the signed-in citizen; «not found» is kept for the Så-steps."""
    world.error = None
    world.result = None
    try:
        with world.transaction() as session:
            world.result = service(
                session, municipality=world.kommune, by=innsyn.signed_in[navn], **kwargs
            )
    except NotFound as error:
        world.error = error
    return world.result


@when(parsers.re(rf"(?P<navn>{NAME}) åpner stafettloggene sine$"))
def _(world: World, innsyn: Innsyn, navn: str) -> None:
    innsyn.listed = _as_citizen(world, innsyn, navn, citizens.my_stafettlogger)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) (?:leser|prøver å lese) "
        rf"(?:stafettloggen til (?P<barn>{NAME})|sin egen stafettlogg)$"
    )
)
def _(world: World, innsyn: Innsyn, navn: str, barn: str | None) -> None:
    case = _case_of(world, barn or navn)
    innsyn.view = _as_citizen(world, innsyn, navn, citizens.read, case_id=case.id)


@then(
    parsers.re(
        rf"ser (?P<navn>{NAME}) bare (?:stafettloggen til (?P<barn>{NAME})|sin egen stafettlogg)$"
    )
)
def _(world: World, innsyn: Innsyn, navn: str, barn: str | None) -> None:
    _ok(world)
    assert innsyn.listed is not None
    assert [r.case.id for r in innsyn.listed] == [_case_of(world, barn or navn).id]


@then(parsers.re(rf"ser (?P<navn>{NAME}) ingen stafettlogger$"))
def _(world: World, innsyn: Innsyn, navn: str) -> None:
    _ok(world)
    assert innsyn.listed == [], [r.case.id for r in innsyn.listed or []]


@then(
    parsers.re(
        rf"ser (?P<navn>{NAME}) målet «(?P<mal>.+)» med tiltaket «(?P<tiltak>.+)», "
        rf"(?P<ansvarlig>{NAME}) som ansvarlig og oppfølging om (?P<dager>\d+) dager$"
    )
)
def _(
    world: World, innsyn: Innsyn, navn: str, mal: str, tiltak: str, ansvarlig: str, dager: str
) -> None:
    _ok(world)
    activities = [a for a in innsyn.view.activities if a.measure == tiltak]
    assert activities, f"{navn} ser ikke tiltaket"
    (activity,) = activities
    assert activity.goal == mal
    assert activity.responsible == ansvarlig
    assert activity.follow_up_on == clock.today(world.kommune) + timedelta(days=int(dager))


@then(
    parsers.re(
        rf"(?:kan (?P<a>{NAME})|(?P<b>{NAME}) kan) (?P<ikke>ikke )?lese «(?P<tekst>.+)» i "
        rf"stafettloggen til (?P<barn>{NAME})$"
    )
)
def _(
    world: World, innsyn: Innsyn, a: str | None, b: str | None, ikke: str | None, tekst: str,
    barn: str,
) -> None:  # fmt: skip
    _ok(world)
    view = innsyn.view
    assert view is not None and view.readable.case.id == _case_of(world, barn).id
    texts = [entry.text for entry in view.entries]
    if ikke:
        assert tekst not in texts, f"{a or b} kan lese «{tekst}»"
    else:
        assert tekst in texts, f"{a or b} kan ikke lese «{tekst}»: {texts}"


@then(
    parsers.re(rf"er lesingene til (?P<navn>{NAME}) logget slik, uten navn eller fødselsnummer:$")
)
def _(world: World, innsyn: Innsyn, navn: str, datatable: list[list[str]]) -> None:
    citizen = innsyn.signed_in[navn]
    with world.scoped() as session:
        events = session.exec(
            select(AuditEvent)
            .where(
                AuditEvent.action == "citizen.read",
                AuditEvent.actor_role == f"innbygger#{citizen.citizen_id}",
            )
            .order_by(AuditEvent.id)
        ).all()
        secrets = {navn}
        secrets.update(
            g.fodselsnummer
            for g in session.exec(select(Guardian).where(Guardian.name == navn))
            if g.fodselsnummer
        )
    outcomes = {"tillatt": AuditOutcome.ALLOWED, "avvist": AuditOutcome.DENIED}
    _header, *rows = datatable
    expected = [(_case_of(world, child.strip()).id, outcomes[what.strip()]) for child, what in rows]
    assert [(e.case_ref, AuditOutcome(e.outcome)) for e in events] == expected
    for event in events:
        assert event.actor_id is None
        written = f"{event.actor_role} {event.detail}"
        assert not [s for s in secrets if s and s in written], written


# ---------------------------------------------------------------------------------------------
# Barn som pårørende
# ---------------------------------------------------------------------------------------------

# Foreldre og søsken «tolkes vidt»: step-, foster- and adoptive parents and siblings count.
RELATIONS = {
    "forelder": (
        "mor", "far", "en forelder", "en steforelder", "en stefar", "en stemor",
        "en fosterforelder", "en fostermor", "en fosterfar", "en adoptivforelder",
        "en adoptivmor", "en adoptivfar",
    ),
    "sosken": (
        "et søsken", "en bror", "en søster", "en storebror", "en lillebror", "en storesøster",
        "en lillesøster", "en halvbror", "en halvsøster", "en stebror", "en stesøster",
        "en fosterbror", "en fostersøster", "en adoptivbror", "en adoptivsøster",
    ),
    "naer_person": ("en nær person",),
}  # fmt: skip
REASONS = {
    "psykisk sykdom": "psykisk_sykdom",
    "avhengighet": "avhengighet",
    "alvorlig somatisk sykdom eller skade": "somatisk",
    "alvorlig somatisk sykdom": "somatisk",
    "alvorlig skade": "somatisk",
    "funksjonsnedsettelse": "funksjonsnedsettelse",
}


def _relation(hvem: str) -> str:
    for code, words in RELATIONS.items():
        if hvem in words:
            return code
    raise AssertionError(f"ukjent slektskap: {hvem}")


def _mark(world: World, navn: str, barn: str, hvem: str, hva: str | None, dod: str | None):
    assert world.case().subject_id == world.children[barn], f"saken gjelder ikke {barn}"
    reason = "dodsfall" if dod else REASONS[hva]
    world.act(
        navn,
        next_of_kin.mark,
        case_id=world.case_id,
        relation=_relation(hvem),
        reason=reason,
    )


_MARK = (
    rf"(?P<navn>{NAME}) (?:markerer|har markert) at (?P<barn>{NAME}) er pårørende til "
    r"(?P<hvem>.+?) (?:med (?P<hva>.+)|(?P<dod>som er død))"
)


@when(parsers.re(rf"{_MARK}$"))
def _(world: World, navn: str, barn: str, hvem: str, hva: str | None, dod: str | None) -> None:
    _mark(world, navn, barn, hvem, hva, dod)


@given(parsers.re(rf"at {_MARK}$"))
def _(world: World, navn: str, barn: str, hvem: str, hva: str | None, dod: str | None) -> None:
    _mark(world, navn, barn, hvem, hva, dod)
    _ok(world)


@when(parsers.re(rf"(?P<navn>{NAME}) fjerner merkingen av (?P<barn>{NAME}) som pårørende$"))
def _(world: World, navn: str, barn: str) -> None:
    world.act(navn, next_of_kin.unmark, case_id=world.case_id)


@then(
    parsers.re(
        rf"er saken markert med at (?P<barn>{NAME}) er pårørende til «(?P<hvem>.+)» på grunn av "
        r"«(?P<hva>.+)»$"
    )
)
def _(world: World, barn: str, hvem: str, hva: str) -> None:
    _ok(world)
    case = world.case()
    assert case.subject_id == world.children[barn]
    assert next_of_kin.is_marked(case), "saken er ikke markert"
    relation = labels.NEXT_OF_KIN_RELATIONS[case.next_of_kin_relation]
    reason = labels.NEXT_OF_KIN_REASONS[case.next_of_kin_reason]
    assert (world.shown(relation), world.shown(reason)) == (hvem, hva)


@then("er saken ikke markert som barn som pårørende")
def _(world: World) -> None:
    _ok(world)
    assert not next_of_kin.is_marked(world.case())


@then(parsers.re(r"blir markeringen avvist fordi «(?P<melding>.+)»$"))
def _(world: World, melding: str) -> None:
    assert world.error is not None, "markeringen ble ikke avvist"
    assert world.shown(world.error.message) == melding
    assert not next_of_kin.is_marked(world.case())


@then(parsers.re(r"viser saken kommunens rutine: «(?P<tekst>.+)»$"))
def _(world: World, tekst: str) -> None:
    assert next_of_kin.is_marked(world.case()), "saken er ikke markert"
    routine = world.kommune.next_of_kin_routine
    assert routine is not None, "kommunen har ingen rutine for barn som pårørende"
    assert tekst in world.shown(routine.routine)


@then("er Ressurssenteret kontakten for barn som pårørende")
def _(world: World) -> None:
    routine = world.kommune.next_of_kin_routine
    name = world.deployment.in_bokmal(
        world.kommune, lambda: contact_name(routine.contact, world.kommune)
    )
    assert name == "Ressurssenteret", name


# -- guardians involved again after a report ------------------------------------------------


@when(parsers.parse("{navn} registrerer at foreldrene kan involveres igjen"))
def _(world: World, navn: str) -> None:
    world.act(navn, cases.involve_guardians_again, case_id=world.case_id)


@then("blir det avvist fordi bare barnevernet kan si at foreldrene kan involveres igjen")
def _(world: World) -> None:
    world.refused_because("not_barnevern")
    with world.scoped() as session:
        assert session.get(Case, world.case_id).guardians_kept_out


# ---------------------------------------------------------------------------------------------
# Nivå 1: the plan in the service's own system, and no stafettlogg before nivå 2
# ---------------------------------------------------------------------------------------------


@then("blir stafettloggen ikke opprettet fordi den hører til nivå 2 og 3")
def _(world: World) -> None:
    world.refused_because("stafettlogg_not_at_level")
    assert [level.number for level in world.kommune.levels if level.stafettlogg] == [2, 3]
    assert "stafettlogg" in world.shown(world.error.message).lower()


def _stored(world: World, variant, rows: list[list[str]]) -> dict[str, str]:
    """The answers in ``rows`` (question as the employee reads it, answer) under the names
    the form keeps them by; a choice by the value behind the label the employee picked."""
    names = questions(world, variant)
    stored = {}
    for question, answer in rows:
        question, answer = question.strip(), answer.strip()
        name = names[question]
        unbound = getattr(variant.form_class, name)
        choices = unbound.kwargs.get("choices")
        if choices:
            answer = next(c.value for c in choices if world.shown(c.label) == answer)
        stored[name] = answer
    return stored


def _fill_in(world: World, navn: str, skjema: str, rows: list[list[str]]) -> None:
    """Fill in the form as the case page does: the form validates what was typed (a
    mistake is kept, like the message beside the field), then the service keeps it."""
    variant = form_titled(world, skjema)
    posted = _stored(world, variant, rows)
    app = world.deployment.start()
    slug = world.kommune.slug
    with app.test_request_context(f"/{slug}/", method="POST", headers={"Accept-Language": "nb"}):
        i18n.use_domain(app.extensions["bti_domains"][slug])
        form = variant.form_class(formdata=MultiDict(posted), meta={"csrf": False})
        if not form.validate():
            name, messages = next(iter(form.errors.items()))
            world.error = InvalidInput(name, str(messages[0]))
            world.result = None
            return
        answers = {field.short_name: str(field.data or "") for field in form}
    world.act(navn, documents.fill, case_id=world.case_id, kind=variant.kind, answers=answers)


@when(parsers.re(rf"(?P<navn>{NAME}) lager «(?P<skjema>.+)» slik:$"))
def _(world: World, navn: str, skjema: str, datatable: list[list[str]]) -> None:
    _fill_in(world, navn, skjema, datatable)


#: A plan with every point of nivå 1 trinn 3.
PLAN = [
    ["Hva er målet/målene?", "Ola har noen å være sammen med i friminuttene"],
    ["Hvilke tiltak skal settes inn?", "Voksenstyrt lek i friminuttene tre dager i uka"],
    ["Hvem er ansvarlig?", "Kontaktlæreren"],
    ["Tidsperspektiv/varighet", "Seks uker"],
    ["Hvordan skal vi måle om det virker?", "Observasjon i friminuttene hver fredag"],
    ["Hvem snakker med barnet/ungdommen?", "Kontaktlæreren, hver mandag"],
    ["Evalueringspunkter", "Etter tre og etter seks uker"],
]


@given(parsers.re(rf"at (?P<navn>{NAME}) har laget planen for det videre forløpet$"))
def _(world: World, navn: str) -> None:
    _fill_in(world, navn, "Plan for det videre forløpet", PLAN)
    _ok(world)


@then(
    parsers.re(rf"har saken «(?P<skjema>.+)» fra (?P<navn>{NAME}) med disse svarene:$"),
)
def _(world: World, skjema: str, navn: str, datatable: list[list[str]]) -> None:
    _ok(world)
    variant = form_titled(world, skjema)
    with world.scoped() as session:
        kept = [d for d in documents.for_case(session, case_id=world.case_id)]
    (document,) = [d for d in kept if d.kind == variant.kind]
    read = world.look(navn, documents.read, case_id=world.case_id, document_id=document.id)
    assert read.author_id == world.staff[navn]
    answers = {name: text for name, text in documents.answers_of(read).items() if text}
    assert answers == _stored(world, variant, datatable)


@then(parsers.re(r"blir skjemaet ikke tatt vare på fordi «(?P<melding>.+)»$"))
def _(world: World, melding: str) -> None:
    assert isinstance(world.error, InvalidInput), f"ikke avvist: {world.error!r}"
    assert str(world.error.message) == melding
    with world.scoped() as session:
        kinds = [d.kind for d in documents.for_case(session, case_id=world.case_id)]
    # Only the plan the scenario made before may be kept.
    assert kinds in ([], ["plan_niva_1"]), kinds


# ---------------------------------------------------------------------------------------------
# Barnevern's help: nivå 3, and the baton with barnevern
# ---------------------------------------------------------------------------------------------


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) registrerer at barnevernstjenesten har avsluttet hjelpen i saken$"
    )
)
def _(world: World, navn: str) -> None:
    world.act(navn, barnevern_help.set_barnevern_help, case_id=world.case_id, helping=False)


@then(
    parsers.re(
        rf"viser saken at (?P<navn>{NAME}) registrerte at barneverntjenesten gir hjelp, og at "
        r"saken gikk fra nivå (?P<fra>\d) til nivå (?P<til>\d)$"
    )
)
def _(world: World, navn: str, fra: str, til: str) -> None:
    _ok(world)
    decision = _last_decision(world)
    assert decision.outcome == barnevern_help.BARNEVERN_HELP
    assert (decision.from_level, decision.to_level) == (int(fra), int(til))
    assert decision.decided_by_id == world.staff[navn]
    assert world.case().barnevern_help


@then("førte bare bekymringsmeldingen saken til nivå 3")
def _(world: World) -> None:
    _ok(world)
    with world.scoped() as session:
        into = session.exec(
            select(Decision.outcome).where(
                Decision.case_id == world.case_id, Decision.to_level == 3
            )
        ).all()
    assert into == ["level_3_report"], into


@then("gir barnevernstjenesten ikke lenger hjelp i saken")
def _(world: World) -> None:
    _ok(world)
    assert not world.case().barnevern_help


@then("blir det avvist fordi bare barnevernet kan registrere at det gir hjelp")
def _(world: World) -> None:
    world.refused_because("not_barnevern")
    assert not world.case().barnevern_help
