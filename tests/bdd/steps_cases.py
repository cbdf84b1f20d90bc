"""Steps for the concern, the acute path, levels and decisions, access and deadlines.

Loaded as a pytest plugin (``-p tests.bdd.steps_cases``); builds on :mod:`tests.support.world`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti import hookimpl
from bti.defaults.levels import LEVELS
from bti.errors import NotFound
from bti.guide import Contact, DeadlineRule, Level, OpeningHours
from bti.models import (
    AnonymousConsultation,
    AuditEvent,
    BarnevernReport,
    Case,
    CaseStatus,
    Deadline,
    Decision,
)
from bti.rules.contacts import contacts_for
from bti.services import access, cases, consents, consultations, deadlines, guardians
from tests.support.deployment import Deployment
from tests.support.world import World, services_listed

OSLO = ZoneInfo("Europe/Oslo")
WEEKDAYS = {
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
}
# How scenarios name the national model's decisions.
OUTCOMES = {
    "avslutte saken": "close",
    "fortsette på samme nivå": "stay",
    "melde saken til barnevernet": "report_barnevern",
    **{f"gå til nivå {n}": f"level_{n}" for n in range(4)},
}


def at_local(weekday: str, clock: str) -> datetime:
    """The next ``weekday`` at ``clock`` (hh.mm) in Oslo, from a fixed Monday in winter."""
    monday = date(2026, 11, 23)
    day = monday + timedelta(days=WEEKDAYS[weekday])
    hours, minutes = (int(part) for part in clock.split("."))
    return datetime.combine(day, time(hours, minutes), OSLO)


# ---------------------------------------------------------------------------------------------
# The guide's data, as a municipality would write it
# ---------------------------------------------------------------------------------------------


class _Contacts:
    def __init__(self, contacts: list[Contact]):
        self.contacts = contacts

    @hookimpl
    def bti_register_contacts(self, profile):
        return self.contacts


class _Deadlines:
    def __init__(self, level: int, rule: DeadlineRule):
        self.level, self.rule = level, rule

    @hookimpl
    def bti_levels(self, profile):
        return [
            Level(
                number=lvl.number,
                name=lvl.name,
                purpose=lvl.purpose,
                steps=lvl.steps,
                tools=lvl.tools,
                outcomes=lvl.outcomes,
                deadlines=(self.rule,) if lvl.number == self.level else lvl.deadlines,
            )
            for lvl in LEVELS
        ]


@given(
    parsers.re(
        r"at kommunens barnevernstjeneste har telefon (?P<kontor>[\d ]+) "
        r"kl\. (?P<fra>\d\d\.\d\d)[–-](?P<til>\d\d\.\d\d) på hverdager"
        r" og barnevernsvakten (?P<vakt>[\d ]+) resten av døgnet$"
    )
)
def _(deployment: Deployment, kontor: str, fra: str, til: str, vakt: str) -> None:
    def clock(text: str) -> time:
        hours, minutes = (int(p) for p in text.split("."))
        return time(hours, minutes)

    office = OpeningHours(clock(fra), clock(til))
    deployment.add_plugin(
        _Contacts(
            [
                Contact(
                    "Barnevernstjenesten",
                    kontor.strip(),
                    hours=(office,),
                    acute=True,
                    kind="barnevern",
                ),
                # «Resten av døgnet»: whenever the office is closed, not a span of its own
                # that would meet the office's at both ends.
                Contact("Barnevernsvakten", vakt.strip(), acute=True, when_closed="barnevern"),
            ]
        )
    )


@given(
    parsers.re(
        r"at kommunens handlingsveileder sier at det skal tas en beslutning på nivå "
        r"(?P<niva>\d) innen (?P<dager>\d+) dager etter at bekymringen oppsto$"
    )
)
def _(deployment: Deployment, niva: str, dager: str) -> None:
    rule = DeadlineRule(
        code="decision_due",
        label="Beslutning",
        trigger="case_opened",
        days=int(dager),
        met_by="decision",
    )
    deployment.add_plugin(_Deadlines(int(niva), rule))


# ---------------------------------------------------------------------------------------------
# Når: the concern and the acute path
# ---------------------------------------------------------------------------------------------


def _register_concern(world: World, navn: str, barn: str, **answers) -> None:
    """``navn`` registers a concern for ``barn`` from her own unit; the case id is kept."""
    case = world.act(
        navn,
        cases.open_concern,
        subject_id=world.children[barn],
        unit_id=min(world.actor(navn).unit_ids),
        **{"acute": False, "concern": "Virker lei seg.", **answers},
    )
    if case is not None:
        world.case_id = case.id


@when(parsers.parse("{navn} registrerer en bekymring for {barn} uten å svare på om det er akutt"))
def _(world: World, navn: str, barn: str) -> None:
    _register_concern(
        world,
        navn,
        barn,
        acute=None,
        concern="Virker lei seg.",
    )


@when(parsers.parse("{navn} registrerer en bekymring for {barn} som ikke er akutt:"))
def _(world: World, navn: str, barn: str, datatable: list[list[str]]) -> None:
    answers = dict(datatable)
    fields = {
        "Hva har du sett eller hørt?": "seen_or_heard",
        "Hva har barnet sagt eller gjort?": "child_said_or_did",
        "Hvor lenge har du vært bekymret?": "worried_for",
        "Har det vært bekymringer tidligere?": "earlier_concerns",
        "Hva er du bekymret for?": "concern",
    }
    kwargs = {fields[question]: answer for question, answer in answers.items()}
    _register_concern(
        world,
        navn,
        barn,
        acute=False,
        **kwargs,
    )


@when(parsers.parse("{navn} registrerer en bekymring for {barn} uten å beskrive den"))
def _(world: World, navn: str, barn: str) -> None:
    _register_concern(
        world,
        navn,
        barn,
        acute=False,
        concern="   ",
    )


@when(parsers.parse("{navn} registrerer en bekymring for {barn} som oppsto om {dager:d} dager"))
def _(world: World, navn: str, barn: str, dager: int) -> None:
    _register_concern(
        world,
        navn,
        barn,
        acute=False,
        concern="Virker lei seg.",
        concern_arose_on=date.today() + timedelta(days=dager),
    )


@when(
    parsers.re(
        r"(?P<navn>\w+) svarer at situasjonen er akutt(?: og|,) melder bekymringen for "
        r"(?P<barn>\w+) til (?P<mottaker>.+?)(?P<politiet> og kontakter politiet parallelt)?$"
    )
)
def _(world: World, navn: str, barn: str, mottaker: str, politiet: str | None) -> None:
    """The acute answer reports at once; where the guide says so (Vestby, «Ved høy
    bekymring kontaktes politiet parallelt») the employee also says the police were called."""
    _register_concern(
        world,
        navn,
        barn,
        acute=True,
        concern="Forteller om slag hjemme.",
        report_recipient=mottaker,
        police_notified=bool(politiet),
    )


@when(
    parsers.re(
        r"(?P<navn>\w+) melder saken til barnevernet"
        r"(?P<kjent>, og foreldrene kan kjenne til meldingen)?$"
    )
)
def _(world: World, navn: str, kjent: str | None) -> None:
    """A report keeps the guardians out unless the employee says they may know of it (not
    every report is about violence, abuse or serious neglect)."""
    world.act(
        navn,
        cases.report_to_barnevern,
        case_id=world.case_id,
        recipient="Barnevernstjenesten, mottak",
        guardians_may_know=bool(kjent),
    )


@when(
    parsers.parse("{navn} drøfter saken anonymt med barnevernet og får råd om å melde"),
    target_fixture="consultation_day",
)
def _(world: World, navn: str) -> date:
    actor = world.actor(navn)
    world.act_ok(
        navn,
        consultations.record_anonymous_consultation,
        consulted_on=date.today(),
        advice="report",
        unit_kind=str(next(iter(actor.unit_kinds))),
    )
    return date.today()


# ---------------------------------------------------------------------------------------------
# Når: decisions
# ---------------------------------------------------------------------------------------------


@when(parsers.re(r"(?P<navn>\w+) beslutter å (?P<utfall>.+?) fordi «(?P<begrunnelse>.*)»$"))
def _(world: World, navn: str, utfall: str, begrunnelse: str) -> None:
    world.act(
        navn,
        cases.decide,
        case_id=world.case_id,
        outcome=OUTCOMES[utfall],
        rationale=begrunnelse,
        recipient="Barnevernstjenesten, mottak",
    )


@given(parsers.re(r"at (?P<navn>\w+) har besluttet å (?P<utfall>.+?) fordi «(?P<grunn>.*)»$"))
def _(world: World, navn: str, utfall: str, grunn: str) -> None:
    world.act_ok(
        navn, cases.decide, case_id=world.case_id, outcome=OUTCOMES[utfall], rationale=grunn
    )


@given(parsers.parse("at foreldrene har skrevet under på samtykke til samarbeid med {tjenester}"))
def _(world: World, tjenester: str) -> None:
    consent = world.act_ok(
        next(iter(world.staff)),
        consents.register,
        case_id=world.case_id,
        services=services_listed(tjenester),
        valid_from=date.today(),
        valid_to=date.today() + timedelta(days=180),
    )
    for guardian_id in world.guardians.values():
        world.act(
            next(iter(world.staff)),
            consents.sign,
            consent_id=consent.id,
            signer=guardian_id,
            signed_on=date.today(),
        )


@when(parsers.parse("{navn} åpner saken igjen fordi «{begrunnelse}»"))
def _(world: World, navn: str, begrunnelse: str) -> None:
    world.act(navn, cases.reopen, case_id=world.case_id, rationale=begrunnelse)


# ---------------------------------------------------------------------------------------------
# Når: looking at a case
# ---------------------------------------------------------------------------------------------


@when(parsers.parse("{navn} slår opp saken"))
def _(world: World, navn: str) -> None:
    world.act(navn, access.get_case, case_id=world.case_id)


@when(parsers.parse("{navn} slår opp en sak som ikke finnes"))
def _(world: World, navn: str) -> None:
    world.act(navn, access.get_case, case_id="AbCdEfGhIjKlMnOpQrStUv")


# ---------------------------------------------------------------------------------------------
# Så
# ---------------------------------------------------------------------------------------------


@then("blir bekymringen ikke registrert før spørsmålet om akutt situasjon er besvart")
def _(world: World) -> None:
    world.invalid_field("acute")
    with world.scoped() as session:
        assert session.exec(select(Case)).all() == []


@then(parsers.parse("blir bekymringen ikke registrert, og feltet «{felt}» får en feilmelding"))
def _(world: World, felt: str) -> None:
    fields = {"Hva er du bekymret for?": "concern", "Når oppsto bekymringen?": "concern_arose_on"}
    world.invalid_field(fields[felt])
    with world.scoped() as session:
        assert session.exec(select(Case)).all() == []


@then(parsers.parse("står saken på nivå {niva:d}"))
def _(world: World, niva: int) -> None:
    assert world.case().level == niva


@then("er svarene på støttespørsmålene lagret i saken")
def _(world: World) -> None:
    case = world.case()
    assert case.seen_or_heard and case.child_said_or_did and case.worried_for
    assert case.earlier_concerns


@then(parsers.parse("har {navn} saken i sin egen liste"))
def _(world: World, navn: str) -> None:
    page = world.act_ok(navn, access.my_cases)
    assert world.case_id in [c.id for c in page.items]


@then(parsers.parse("{navn} har ikke saken i sin egen liste"))
def _(world: World, navn: str) -> None:
    page = world.act_ok(navn, access.my_cases)
    assert world.case_id not in [c.id for c in page.items]


@then(parsers.parse("er saken meldt til {mottaker} av {navn} med opplysningsplikt som grunnlag"))
def _(world: World, mottaker: str, navn: str) -> None:
    with world.scoped() as session:
        report = session.exec(
            select(BarnevernReport).where(BarnevernReport.case_id == world.case_id)
        ).one()
    assert report.recipient == mottaker
    assert report.reported_by_id == world.staff[navn]
    assert report.basis == "opplysningsplikt"
    assert report.reported_at.tzinfo is not None
    assert world.case().acute


@then("er det registrert at politiet ble kontaktet parallelt")
def _(world: World) -> None:
    with world.scoped() as session:
        (report,) = session.exec(
            select(BarnevernReport).where(BarnevernReport.case_id == world.case_id)
        ).all()
    assert report.police_notified


@then("er meldingen sendt uten samtykke")
def _(world: World) -> None:
    assert world.error is None
    assert world.case().reported_to_barnevern_at is not None


@then("skal ingen foresatte inviteres eller informeres om saken")
def _(world: World) -> None:
    case = world.case()
    with world.scoped() as session:
        assert guardians.to_involve(session, case=case) == []


@then(parsers.parse("skal {foresatte} inviteres og informeres"))
def _(world: World, foresatte: str) -> None:
    names = {name.strip() for name in foresatte.replace(" og ", ",").split(",")}
    case = world.case()
    with world.scoped() as session:
        involved = {g.name for g in guardians.to_involve(session, case=case)}
    assert involved == names


@then(parsers.parse("er det lagret at en anonym drøfting fant sted"))
def _(world: World, consultation_day: date) -> None:
    with world.scoped() as session:
        (row,) = session.exec(select(AnonymousConsultation)).all()
    assert row.consulted_on == consultation_day
    assert row.advice == "report"


@then("er det ikke lagret noe om hvem drøftingen gjaldt")
def _(world: World) -> None:
    columns = set(AnonymousConsultation.model_fields)
    assert not columns & {"subject_id", "case_id", "name", "given_name", "fodselsnummer"}
    with world.scoped() as session:
        assert session.exec(select(Case)).all() == []


@then(parsers.re(r"ringer den ansatte først (?P<telefon>[\d ]+) (?P<dag>\w+) kl\. (?P<kl>[\d.]+)$"))
def _(world: World, telefon: str, dag: str, kl: str) -> None:
    kommune = world.kommune
    ranked = contacts_for(kommune.contacts, at_local(dag, kl), kommune.profile.timezone)
    assert ranked[0].contact.phone == telefon.strip(), [c.contact.phone for c in ranked]
    assert ranked[0].answers


@then(parsers.parse("avvises beslutningen fordi nivået ikke har det utfallet"))
def _(world: World) -> None:
    world.refused_because("outcome_not_allowed")


@then("avvises beslutningen fordi det ikke finnes et gyldig samtykke")
def _(world: World) -> None:
    world.refused_because("consent_required")


@then("avvises beslutningen fordi den mangler begrunnelse")
def _(world: World) -> None:
    world.invalid_field("rationale")


@then(
    parsers.parse("er beslutningen lagret med utfall, begrunnelse «{grunn}» og at {navn} tok den")
)
def _(world: World, grunn: str, navn: str) -> None:
    with world.scoped() as session:
        decision = session.exec(
            select(Decision).where(Decision.case_id == world.case_id).order_by(Decision.id.desc())
        ).first()
    assert decision.rationale == grunn
    assert decision.decided_by_id == world.staff[navn]
    assert decision.outcome


@then("er saken avsluttet")
def _(world: World) -> None:
    case = world.case()
    assert case.status == CaseStatus.CLOSED and case.closed_at is not None


@then("er saken åpen igjen med hele historikken")
def _(world: World) -> None:
    case = world.case()
    assert case.status == CaseStatus.OPEN and case.closed_at is None
    with world.scoped() as session:
        outcomes = [
            d.outcome
            for d in session.exec(
                select(Decision).where(Decision.case_id == case.id).order_by(Decision.id)
            )
        ]
    assert outcomes[-2:] == ["close", "reopen"]


@then(parsers.parse("får {navn} se saken"))
def _(world: World, navn: str) -> None:
    assert world.error is None, world.error
    assert world.result is not None and world.result.id == world.case_id


@then(parsers.parse("får {navn} samme svar som om saken ikke fantes"))
def _(world: World, navn: str) -> None:
    assert isinstance(world.error, NotFound)


@then(parsers.parse("er oppslaget til {navn} logget som {utfall}"))
def _(world: World, navn: str, utfall: str) -> None:
    outcome = {"tillatt": "allowed", "avvist": "denied"}[utfall]
    with world.scoped() as session:
        last = session.exec(
            select(AuditEvent)
            .where(AuditEvent.actor_id == world.staff[navn])
            .order_by(AuditEvent.id.desc())
        ).first()
    assert last is not None, "ingen logg"
    assert last.outcome == outcome
    assert last.action == "case.read"


@then(parsers.parse("har {navn} en frist for beslutning som går ut om {dager:d} dager"))
def _(world: World, navn: str, dager: int) -> None:
    with world.scoped() as session:
        (deadline,) = deadlines.open_for_case(session, world.case_id)
    assert deadline.owner_id == world.staff[navn]
    due_local = deadline.due_at.astimezone(OSLO)
    assert due_local.date() == date.today() + timedelta(days=dager + 1)
    assert (due_local.hour, due_local.minute) == (0, 0), "fristen løper ut ved midnatt"


@then(parsers.parse("vises fristen som overskredet for {navn}"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        late = deadlines.overdue(session, owner_id=world.staff[navn])
    assert [d.case_id for d in late] == [world.case_id]


@then("er fristen oppfylt")
def _(world: World) -> None:
    with world.scoped() as session:
        (deadline,) = session.exec(select(Deadline).where(Deadline.case_id == world.case_id))
    assert deadline.met_at is not None


@given(
    parsers.re(
        r"at (?P<navn>\w+) åpnet en sak om (?P<barn>\w+) i dag, om en bekymring som oppsto "
        r"for (?P<dager>\d+) dager siden$"
    )
)
def _(world: World, navn: str, barn: str, dager: str) -> None:
    world.open_case(navn, barn, concern_arose_on=date.today() - timedelta(days=int(dager)))
