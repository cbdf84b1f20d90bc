"""Steps for the meeting in Bærum's Tidlig innsatsteam: its six parts, the metarefleksjon,
the action plan and its evaluation, the anonymised protocol and the family's evaluation.

Loaded as a pytest plugin (``-p tests.bdd.steps_baerum_meeting``); builds on
:mod:`tests.bdd.steps_baerum_tit` (the teams, the referral and the queue). A part of the
meeting that a step does not fill in is filled with the obvious: the summary «Tett
oppfølging på skolen», one measure «Fast plass og faste pauser» with the class teacher
responsible, the follow-up meeting in 42 days at the school, coordinated by the referrer.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.errors import NotFound
from bti.i18n import lazy_gettext as _l
from bti.models import (
    ActionPlanItem,
    Meeting,
    MeetingInvitee,
    ReferralStatus,
    TeamDiscussion,
    TeamEvaluation,
)
from bti.services.teams import evaluation, meeting, plan, protocol, queue
from tests.bdd.steps_baerum_queue import schedule
from tests.bdd.steps_baerum_tit import (
    NAME,
    NAMES,
    Tit,
    chair_of,
    local_today,
    names_in,
    refer,
    referral_of,
    refused_at,
)
from tests.bdd.steps_kept_out import Browser, text_of
from tests.support.web import sign_in_citizen
from tests.support.world import World

DEFAULT_ROW = ("Ro i timene", "Fast plass og faste pauser", "Kontaktlærer", "om 40 dager")
#: «Stikkord til tema for oppfølgingssamtale», as the form writes them.
QUESTIONS = {
    "Hvordan nådde du målet?": "goal",
    "Hva kan være årsaken til at vi ikke nådde målet?": "why_not",
    "Hvilken instans fulgte opp saken?": "service",
    "Ble forslag til tiltak benyttet?": "used",
    "Hvordan har effekten av råd/tiltak vært?": "effect",
}
ANSWERS = {"ja": "yes", "delvis": "partly", "nei": "no"}
#: What the protocol must leave out, as the chair is told, and the kind of detail.
IDENTIFYING = {
    "et navn": protocol.NAME,
    "en dato": protocol.BIRTH_DATE,
    "et fødselsnummer": protocol.FODSELSNUMMER,
    "en adresse": protocol.ADDRESS,
    "et telefonnummer eller e-post": protocol.CONTACT,
}


def _ok(world: World) -> None:
    assert world.error is None, f"avvist: {world.error!r}"


def _rid(world: World) -> int:
    return referral_of(world).id


def _discussion(world: World) -> TeamDiscussion | None:
    with world.scoped() as session:
        return session.exec(
            select(TeamDiscussion).where(TeamDiscussion.referral_id == _rid(world))
        ).first()


def _days_ahead(world: World, text: str):
    return local_today(world) + timedelta(days=int(re.search(r"\d+", text).group()))


# ---------------------------------------------------------------------------------------------
# The parts of the meeting
# ---------------------------------------------------------------------------------------------


def present(world: World, by: str, who: str | None, stated: bool = True) -> None:
    """Part 1; ``who`` as the scenario says it («foresatte og melderen»), None when unsaid."""
    guardians = None if who is None else "foresatte" in who
    world.act(
        by,
        meeting.record_presentation,
        referral_id=_rid(world),
        confidentiality_stated=stated,
        guardians_present=guardians,
        youth_present=None if who is None else "ungdommen" in who,
        referrer_present=None if who is None else "melderen" in who,
    )


_PRESENT = (
    rf"(?P<navn>{NAME}) (?:fører|har ført) presentasjonen(?: med taushetsplikten presisert,)? "
    r"med (?P<hvem>foresatte og melderen|foresatte|melderen|ungdommen og melderen) til stede$"
)


@given(parsers.re(rf"at {_PRESENT}"))
def _(world: World, navn: str, hvem: str) -> None:
    present(world, navn, hvem)
    _ok(world)


@when(parsers.re(_PRESENT))
def _(world: World, navn: str, hvem: str) -> None:
    present(world, navn, hvem)


@when(parsers.re(rf"(?P<navn>{NAME}) fører presentasjonen uten at taushetsplikten er presisert$"))
def _(world: World, navn: str) -> None:
    present(world, navn, "foresatte og melderen", stated=False)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fører presentasjonen med taushetsplikten presisert, uten å si om "
        r"foresatte var med$"
    )
)
def _(world: World, navn: str) -> None:
    present(world, navn, None)


def put_forward(world: World, by: str, earlier: str = "Samtaler med kontaktlærer") -> None:
    world.act(
        by,
        meeting.record_case,
        referral_id=_rid(world),
        presentation="Uro i klassen over tid.",
        earlier_measures=earlier,
    )


_CASE = (
    rf"(?P<navn>{NAME}) (?:fører|har ført) framlegget av saken"
    r"(?: med tiltakene som er prøvd: «(?P<tiltak>.+)»)?$"
)


@given(parsers.re(rf"at {_CASE}"))
def _(world: World, navn: str, tiltak: str | None) -> None:
    put_forward(world, navn, tiltak or "Samtaler med kontaktlærer")
    _ok(world)


@when(parsers.re(_CASE))
def _(world: World, navn: str, tiltak: str | None) -> None:
    put_forward(world, navn, tiltak or "Samtaler med kontaktlærer")


@when(parsers.re(rf"(?P<navn>{NAME}) fører drøftingen: «(?P<tekst>.+)»$"))
def _(world: World, navn: str, tekst: str) -> None:
    world.act(navn, meeting.record_discussion, referral_id=_rid(world), text=tekst)
    _ok(world)


def close(
    world: World,
    by: str,
    *,
    coordinator: str | None = None,
    view: str = "Vi er enige i planen.",
    rows: list[tuple[str, str, str, str]] = (DEFAULT_ROW,),
    follow_up: str = "om 42 dager",
    place: str = "Høvik skole",
) -> None:
    """Part 4, the avrunding, with the action plan ``rows`` (goal, measure, responsible,
    follow-up date as «om 40 dager»)."""
    if not (_discussion(world) and _discussion(world).discussion):
        world.act_ok(by, meeting.record_discussion, referral_id=_rid(world), text="Trenger ro.")
    coordinator = coordinator or world.opener()
    world.act(
        by,
        meeting.record_closing,
        referral_id=_rid(world),
        summary="Tett oppfølging på skolen.",
        family_view=view,
        plan=[
            meeting.PlanRow(goal, measure, responsible, _days_ahead(world, when) if when else None)
            for goal, measure, responsible, when in rows
        ],
        follow_up_coordinator_id=world.staff[coordinator],
        follow_up_at=datetime.combine(_days_ahead(world, follow_up), time(14, 0)),
        follow_up_place=place,
        family_feedback="Godt å bli hørt.",
    )


@when(parsers.re(rf"(?P<navn>{NAME}) fører avrundingen uten (?:foreldrenes|ungdommens) syn$"))
def _(world: World, navn: str) -> None:
    close(world, navn, view="")


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fører avrundingen med (?:foreldrenes|ungdommens) syn «(?P<syn>.+)»$"
    )
)
def _(world: World, navn: str, syn: str) -> None:
    close(world, navn, view=syn)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fører avrundingen med (?P<koord>{NAME}) som koordineringsansvarlig, "
        r"oppfølgingsmøte (?P<nar>om \d+ dager) på «(?P<sted>.+)» og handlingsplanen:"
    )
)
def _(world: World, navn: str, koord: str, nar: str, sted: str, datatable) -> None:
    rows = [tuple(cell.strip() for cell in row) for row in datatable[1:]]
    close(world, navn, coordinator=koord, rows=rows, follow_up=nar, place=sted)


@given(
    parsers.re(
        rf"at (?P<navn>{NAME}) har ført avrundingen med (?P<koord>{NAME}) som "
        r"koordineringsansvarlig$"
    )
)
def _(world: World, navn: str, koord: str) -> None:
    close(world, navn, coordinator=koord)
    _ok(world)


def discuss(world: World, chair: str, who: str) -> None:
    present(world, chair, who)
    _ok(world)
    put_forward(world, chair)
    _ok(world)
    close(world, chair, view="Vi er enige i planen." if "foresatte" in who else "")
    _ok(world)


@given(
    parsers.re(
        r"at saken er drøftet i teamet med (?P<hvem>foresatte og melderen|foresatte) til stede$"
    )
)
def _(world: World, hvem: str) -> None:
    discuss(world, chair_of(world, referral_of(world).team_id), hvem)


@given(
    parsers.re(
        r"at saken er meldt, satt opp og drøftet i teamet (?P<hvem>med foresatte til stede|"
        r"på skriftlig samtykke uten foresatte)$"
    )
)
def _(world: World, tit: Tit, hvem: str) -> None:
    family = hvem.startswith("med")
    refer(world, world.opener(), family_attends=family)
    _ok(world)
    chair = chair_of(world, referral_of(world).team_id)
    schedule(world, tit, chair, 14, time(10, 0))
    _ok(world)
    world.act_ok(chair, queue.invite, referral_id=_rid(world))
    discuss(world, chair, "foresatte og melderen" if family else "melderen")


@when(parsers.re(rf"(?P<navn>{NAME}) fører at melderen og familien har gått$"))
def _(world: World, navn: str) -> None:
    world.act(navn, meeting.family_left, referral_id=_rid(world))
    _ok(world)


@when(parsers.re(rf"(?P<navn>{NAME}) fører metarefleksjonen: «(?P<tekst>.+)»$"))
def _(world: World, navn: str, tekst: str) -> None:
    world.act(navn, meeting.record_reflection, referral_id=_rid(world), text=tekst)


@given(
    parsers.re(
        r"at teamet har ført metarefleksjonen «(?P<tekst>.+)» etter at melderen og familien gikk$"
    )
)
def _(world: World, tekst: str) -> None:
    chair = chair_of(world, referral_of(world).team_id)
    world.act_ok(chair, meeting.family_left, referral_id=_rid(world))
    world.act_ok(chair, meeting.record_reflection, referral_id=_rid(world), text=tekst)


# ---------------------------------------------------------------------------------------------
# Så: the parts of the meeting
# ---------------------------------------------------------------------------------------------


def _minutes(part) -> str:
    if part.minutes_from is None:
        return ""
    if part.minutes_from == part.minutes_to:
        return f"{part.minutes_from} minutter"
    return f"{part.minutes_from}–{part.minutes_to} minutter"


@then("har møtet i teamet disse delene:")
def _(world: World, datatable: list[list[str]]) -> None:
    parts = [[str(p.title), _minutes(p)] for p in world.kommune.team_agenda]
    assert parts == [[cell.strip() for cell in row] for row in datatable[1:]], parts


@then("er metarefleksjonen bare for teamets faste medlemmer")
def _(world: World) -> None:
    only = [str(p.title) for p in world.kommune.team_agenda if p.fixed_members_only]
    assert only == ["Metarefleksjon"], only


@then("blir presentasjonen ikke ført, og det står at møtelederen presiserer taushetsplikten først")
def _(world: World) -> None:
    refused_at(world, "confidentiality_stated")
    assert _discussion(world) is None


@then("blir framlegget ikke ført, fordi presentasjonen må føres først")
def _(world: World) -> None:
    refused_at(
        world,
        "referral",
        _l("Record the presentation first: confidentiality, and who is there."),
    )


@then("blir presentasjonen ikke ført, og det står at det må sies om foresatte var med")
def _(world: World) -> None:
    refused_at(world, "guardians_present")


@then("er det ført at foresatte og melderen var med, og ungdommen ikke")
def _(world: World) -> None:
    _ok(world)
    found = _discussion(world)
    assert (found.guardians_present, found.referrer_present, found.youth_present) == (
        True,
        True,
        False,
    )
    assert found.confidentiality_stated


@then(parsers.re(r"blir avrundingen ikke ført, og det står at (?P<hva>.+)$"))
def _(world: World, hva: str) -> None:
    fields = {
        "foreldrenes eller ungdommens syn på tiltakene må skrives": "family_view",
        "hvert tiltak trenger mål, tiltak og hvem som er ansvarlig": "plan",
        "den koordineringsansvarlige må være med i saken i den lokale tjenesten": (
            "follow_up_coordinator_id"
        ),
    }
    refused_at(world, fields[hva])
    found = _discussion(world)
    assert found is None or found.closed_at is None, "avrundingen ble likevel ført"


@then("er det ført at ungdommen var med i møtet")
def _(world: World) -> None:
    found = _discussion(world)
    assert found.youth_present and found.family_view
    with world.scoped() as session:
        meeting_row = session.get(Meeting, referral_of(world).meeting_id)
    assert meeting_row.child_present


@then("er avrundingen ført")
def _(world: World) -> None:
    _ok(world)
    assert _discussion(world).closed_at is not None
    assert referral_of(world).status == ReferralStatus.DISCUSSED


@then("blir metarefleksjonen ikke ført, fordi melderen og familien ikke har gått")
def _(world: World) -> None:
    refused_at(world, "reflection", meeting.STILL_PRESENT)
    assert _discussion(world).reflection == ""


@then("er metarefleksjonen ført")
def _(world: World) -> None:
    _ok(world)
    assert _discussion(world).reflection


def _read(world: World, name: str):
    return world.look(name, meeting.read, referral_id=_rid(world))


@then(parsers.re(rf"ser (?P<navn>{NAME}) metarefleksjonen når (?:han|hun) leser saken fra møtet$"))
def _(world: World, navn: str) -> None:
    seen = _read(world, navn)
    assert seen.sees_reflection and seen.discussion.reflection


@then(
    parsers.re(
        rf"(?P<navn>{NAME}) ser ikke metarefleksjonen når (?:han|hun) leser saken fra møtet$"
    )
)
def _(world: World, navn: str) -> None:
    seen = _read(world, navn)
    assert not seen.sees_reflection and seen.discussion.reflection == ""


@then(parsers.re(rf"ser (?P<navn>{NAME}) avrundingen når (?:han|hun) leser saken fra møtet$"))
def _(world: World, navn: str) -> None:
    seen = _read(world, navn)
    assert seen.discussion.summary == "Tett oppfølging på skolen."
    assert [i.measure for i in seen.plan] == ["Fast plass og faste pauser"]


@then(parsers.re(r"står ikke «(?P<tekst>.+)» i noe møtereferat i saken$"))
def _(world: World, tekst: str) -> None:
    meetings = world.in_case(Meeting)
    assert meetings, "saken har ingen møter"
    for row in meetings:
        assert tekst not in repr(row.model_dump()), row.kind


# ---------------------------------------------------------------------------------------------
# The action plan
# ---------------------------------------------------------------------------------------------


def _rows(world: World) -> list[list[str]]:
    return [
        [
            i.goal,
            i.measure,
            i.responsible_text,
            f"om {(i.follow_up_on - local_today(world)).days} dager" if i.follow_up_on else "",
        ]
        for i in world.in_case(ActionPlanItem)
    ]


@then("har saken en handlingsplan med disse tiltakene:")
def _(world: World, datatable: list[list[str]]) -> None:
    _ok(world)
    assert _rows(world) == [[c.strip() for c in row] for row in datatable[1:]], _rows(world)


@then("har saken ingen handlingsplan")
def _(world: World) -> None:
    assert world.in_case(ActionPlanItem) == []


@then(
    parsers.re(
        r"har handlingsplanen saksnummer (?P<nr>\d+) og de tidligere tiltakene «(?P<tiltak>.+)»$"
    )
)
def _(world: World, nr: str, tiltak: str) -> None:
    assert referral_of(world).number == int(nr)
    assert _discussion(world).earlier_measures == tiltak


@then(
    parsers.re(
        r"er det planlagt et oppfølgingsmøte i saken (?P<nar>om \d+ dager) på «(?P<sted>.+)» "
        rf"med (?P<leder>{NAME}) som møteleder og (?P<hvem>{NAMES}) invitert$"
    )
)
def _(world: World, nar: str, sted: str, leder: str, hvem: str) -> None:
    found = [m for m in world.in_case(Meeting) if m.kind == "oppfolgingsmote"]
    assert len(found) == 1, [m.kind for m in world.in_case(Meeting)]
    follow_up = found[0]
    tz = world.kommune.profile.tz
    starts = follow_up.starts_at.replace(tzinfo=follow_up.starts_at.tzinfo or tz).astimezone(tz)
    assert starts.date() == _days_ahead(world, nar)
    assert (follow_up.place, follow_up.organiser_id) == (sted, world.staff[leder])
    with world.scoped() as session:
        rows = session.exec(
            select(MeetingInvitee).where(MeetingInvitee.meeting_id == follow_up.id)
        ).all()
    guardian_ids = {r.guardian_id for r in rows if r.guardian_id}
    assert guardian_ids == {world.guardians[n] for n in names_in(hvem)}


def _evaluate(world: World, by: str, answers: dict[str, str]) -> None:
    world.act(by, plan.evaluate, case_id=world.case_id, answers=answers)


@when(parsers.re(rf"(?P<navn>{NAME}) evaluerer handlingsplanen:"))
def _(world: World, navn: str, datatable: list[list[str]]) -> None:
    _evaluate(world, navn, {QUESTIONS[row[0].strip()]: row[1].strip() for row in datatable})


@when(parsers.re(rf"(?P<navn>{NAME}) evaluerer handlingsplanen med svar på alle spørsmålene$"))
def _(world: World, navn: str) -> None:
    _evaluate(world, navn, {code: "Svar" for code in QUESTIONS.values()})


@when(parsers.re(rf"(?P<navn>{NAME}) evaluerer handlingsplanen uten å svare på «(?P<sp>.+)»$"))
def _(world: World, navn: str, sp: str) -> None:
    answers = {code: "Svar" for code in QUESTIONS.values()}
    answers[QUESTIONS[sp]] = ""
    _evaluate(world, navn, answers)


@then(parsers.re(rf"er handlingsplanen evaluert av (?P<navn>{NAME})$"))
def _(world: World, navn: str) -> None:
    _ok(world)
    found = _discussion(world)
    assert found.plan_evaluated_by_id == world.staff[navn]
    assert '"goal": "Faste pauser hjalp"' in found.plan_evaluation


@then(
    "blir evalueringen avvist, fordi det er den koordineringsansvarlige som evaluerer "
    "handlingsplanen"
)
def _(world: World) -> None:
    world.refused_because("not_follow_up_coordinator")
    assert not _discussion(world).plan_evaluation


@then(
    parsers.re(
        r"blir evalueringen ikke lagret, og det står ved «(?P<sp>.+)» at spørsmålet må besvares$"
    )
)
def _(world: World, sp: str) -> None:
    refused_at(world, QUESTIONS[sp])
    assert not _discussion(world).plan_evaluation


@then(parsers.re(rf"hører handlingsplanen til saken om (?P<barn>{NAME})$"))
def _(world: World, barn: str) -> None:
    items = world.in_case(ActionPlanItem)
    assert items and world.case().subject_id == world.children[barn]


@then("står ikke tiltakene fra handlingsplanen i teamets protokoll")
def _(world: World) -> None:
    text = _discussion(world).protocol
    assert text, "protokollen er ikke ferdigstilt"
    for item in world.in_case(ActionPlanItem):
        assert item.measure not in text and item.goal not in text


# ---------------------------------------------------------------------------------------------
# The protocol
# ---------------------------------------------------------------------------------------------


_FINALISE = rf"(?P<navn>{NAME}) (?:ferdigstiller|har ferdigstilt) protokollen «(?P<tekst>.+)»$"


@given(parsers.re(rf"at {_FINALISE}"))
def _(world: World, navn: str, tekst: str) -> None:
    world.act(navn, protocol.finalise, referral_id=_rid(world), text=tekst)
    _ok(world)


@when(parsers.re(_FINALISE))
def _(world: World, navn: str, tekst: str) -> None:
    world.act(navn, protocol.finalise, referral_id=_rid(world), text=tekst)


@then(
    parsers.re(
        rf"blir protokollen ikke ferdigstilt, og (?P<navn>{NAME}) får beskjed om å ta ut "
        r"(?P<hva>.+)$"
    )
)
def _(world: World, navn: str, hva: str) -> None:
    refused_at(world, "protocol")
    assert str(protocol.KINDS[IDENTIFYING[hva]]) in str(world.error.message), world.error.message
    assert _discussion(world).protocol_finalised_at is None


@then(parsers.re(rf"er protokollen ferdigstilt av (?P<navn>{NAME})$"))
def _(world: World, navn: str) -> None:
    _ok(world)
    found = _discussion(world)
    assert found.protocol_finalised_by_id == world.staff[navn] and found.protocol


@then("er saken ferdig i teamet")
def _(world: World) -> None:
    assert referral_of(world).status == ReferralStatus.CLOSED


@then("blir protokollen ikke ferdigstilt, fordi den alt er ferdigstilt")
def _(world: World) -> None:
    refused_at(world, "protocol", _l("The protocol is already finalised."))


# ---------------------------------------------------------------------------------------------
# The family's evaluation
# ---------------------------------------------------------------------------------------------


def _evaluation(world: World) -> TeamEvaluation:
    with world.scoped() as session:
        return session.exec(
            select(TeamEvaluation).where(TeamEvaluation.referral_id == _rid(world))
        ).one()


def _answers(score: str, followed: str, helped: str) -> evaluation.Answers:
    plan_followed = "no" if followed.startswith("ikke") else "yes"
    measures = {"hjalp": "yes", "delvis hjalp": "partly", "ikke hjalp": "no"}[helped]
    return evaluation.Answers(int(score), "", plan_followed, measures, "")


def _by_link(world: World, token: str, answers: evaluation.Answers) -> None:
    world.error = None
    try:
        with world.transaction() as session:
            evaluation.answer_by_link(session, token=token, answers=answers)
    except Exception as error:  # the refusals a citizen's page shows
        world.error = error


_ANSWER = (
    r"at det var (?P<score>\d) av 5 å delta, at planen (?P<fulgt>er|ikke er) fulgt opp og at "
    r"tiltakene (?P<hjalp>hjalp|delvis hjalp|ikke hjalp)"
)


@when(parsers.re(rf"familien svarer gjennom lenken {_ANSWER}$"))
def _(world: World, score: str, fulgt: str, hjalp: str) -> None:
    _by_link(world, _evaluation(world).token, _answers(score, fulgt, hjalp))


@given("at familien har svart gjennom lenken")
def _(world: World) -> None:
    _by_link(world, _evaluation(world).token, _answers("4", "er", "delvis hjalp"))
    _ok(world)


@when(parsers.re(r"noen svarer gjennom en lenke som ikke finnes$"))
def _(world: World) -> None:
    _by_link(world, "finnes-ikke-" + "x" * 20, _answers("3", "er", "hjalp"))


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) fyller ut evalueringen sammen med foreldrene: (?P<score>\d) av 5 å "
        r"delta, planen (?P<fulgt>er|ikke er) fulgt opp og tiltakene "
        r"(?P<hjalp>hjalp|delvis hjalp|ikke hjalp)$"
    )
)
def _(world: World, navn: str, score: str, fulgt: str, hjalp: str) -> None:
    world.act(
        navn,
        evaluation.with_staff,
        referral_id=_rid(world),
        answers=_answers(score, fulgt, hjalp),
    )


@then(parsers.re(r"har lenken til evalueringen ikke (?P<hvem>.+) navn i seg$"))
def _(world: World, hvem: str) -> None:
    token = _evaluation(world).token
    link = f"/{world.kommune.slug}/evaluering/{token}"
    for owner in names_in(hvem):
        name = owner[:-1] if owner.endswith("s") else owner
        assert name.lower() not in link.lower(), link
    assert len(token) >= 24


@then(
    parsers.re(
        r"er evalueringen besvart (?P<via>gjennom lenken|sammen med (?P<navn>\w+)) med "
        r"(?P<score>\d) av 5, «(?P<fulgt>\w+)» og «(?P<hjalp>\w+)»$"
    )
)
def _(world: World, via: str, navn: str | None, score: str, fulgt: str, hjalp: str) -> None:
    found = _evaluation(world)
    assert found.answered_at is not None
    assert found.answered_via == ("link" if via.startswith("gjennom") else "staff")
    if navn:
        assert found.recorded_by_id == world.staff[navn]
    else:
        assert found.recorded_by_id is None
    assert (found.experience, found.plan_followed, found.measures_helped) == (
        int(score),
        ANSWERS[fulgt],
        ANSWERS[hjalp],
    )


@then(
    parsers.re(
        r"blir svaret ikke lagret, fordi (?P<grunn>evalueringen alt er besvart|lenken ikke finnes)$"
    )
)
def _(world: World, grunn: str) -> None:
    if grunn == "lenken ikke finnes":
        assert isinstance(world.error, NotFound), world.error
        return
    assert world.error is not None, "svaret ble lagret"
    assert getattr(world.error, "field", None) == "experience", world.error


# ---------------------------------------------------------------------------------------------
# What the pages and printouts show (through the test client, signed in)
# ---------------------------------------------------------------------------------------------

#: The team's printouts, as the scenarios name them, and their names in the address.
PRINTOUTS = {
    "meldeskjemaet": "meldeskjema",
    "innkallingen": "innkalling",
    "handlingsplanen": "handlingsplan",
    "protokollen": "protokoll",
}


def _get(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.get_data(as_text=True)


def _team_print(world: World, nettleser: Browser, name: str, kind: str) -> str:
    path = f"/{world.kommune.slug}/team/sak/{_rid(world)}/utskrift/{kind}"
    return _get(nettleser.staff(name), path)


@when(
    parsers.re(
        rf"(?P<navn>{NAME}) skriver ut "
        r"(?P<hva>meldeskjemaet|innkallingen|protokollen|handlingsplanen) fra teamets side$"
    )
)
def _(world: World, nettleser: Browser, navn: str, hva: str) -> None:
    nettleser.response = text_of(_team_print(world, nettleser, navn, PRINTOUTS[hva]))


@when(parsers.re(rf"(?P<navn>{NAME}) skriver ut handlingsplanen fra saksiden$"))
def _(world: World, nettleser: Browser, navn: str) -> None:
    path = f"/{world.kommune.slug}/sak/{world.case_id}/utskrift/tit-handlingsplan"
    nettleser.response = text_of(_get(nettleser.staff(navn), path))


@then(parsers.re(r"står dette i (?:meldeskjemaet|innkallingen|utskriften):"))
def _(nettleser: Browser, datatable: list[list[str]]) -> None:
    """Each row: the form's field and what it says; the value must be in the printout."""
    for label, value in ((row[0].strip(), row[1].strip()) for row in datatable):
        for part in value.split(" | "):
            assert part in nettleser.response, f"{label}: «{part}» står ikke i utskriften"


@then(parsers.re(r"står (?P<tekster>«.+») i handlingsplanen foresatte får med seg$"))
def _(nettleser: Browser, tekster: str) -> None:
    for text in re.findall(r"«(.+?)»", tekster):
        assert text in nettleser.response, f"«{text}» står ikke i handlingsplanen"


@then(parsers.re(r"står ikke (?P<tekster>«.+») i (?:utskriften|protokollen)$"))
def _(nettleser: Browser, tekster: str) -> None:
    for text in re.findall(r"«(.+?)»", tekster):
        assert not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", nettleser.response), text


@then(parsers.re(r"står ikke «(?P<tekst>.+)» i noen utskrift fra teamet$"))
def _(world: World, nettleser: Browser, tekst: str) -> None:
    """Every printout the team's chair can take of the case, and the action plan from the
    case page as the referrer takes it for the guardians."""
    chair = chair_of(world, referral_of(world).team_id)
    for kind in PRINTOUTS.values():
        path = f"/{world.kommune.slug}/team/sak/{_rid(world)}/utskrift/{kind}"
        response = nettleser.staff(chair).get(path)
        if kind != "protokoll":  # the protocol prints once it is finalised
            assert response.status_code == 200, (kind, response.status_code)
        assert tekst not in response.get_data(as_text=True), kind
    path = f"/{world.kommune.slug}/sak/{world.case_id}/utskrift/tit-handlingsplan"
    assert tekst not in _get(nettleser.staff(world.opener()), path)


@then(parsers.re(rf"står ikke «(?P<tekst>.+)» på saksiden til (?P<navn>{NAME})$"))
def _(nettleser: Browser, tekst: str, navn: str) -> None:
    page = nettleser.case_page(navn)
    assert "/utskrift/tit-handlingsplan" in page, "saksiden viser ikke teamets del"
    assert tekst not in page


@then(parsers.re(rf"ser (?P<navn>{NAME}) ikke «(?P<tekst>.+)» på innbyggersidene$"))
def _(world: World, navn: str, tekst: str) -> None:
    slug = world.kommune.slug
    client = world.deployment.start().test_client()
    if client.get(f"/{slug}/innsyn/logg-inn").status_code == 404:
        return  # the municipality gives citizens no pages: nothing can appear
    sign_in_citizen(client, slug, f"innbygger-{navn.lower()}")
    mine = client.get(f"/{slug}/innsyn/")
    assert mine.status_code == 200, f"{navn} kom ikke inn på innbyggersidene"
    assert tekst not in mine.get_data(as_text=True)
    case_view = client.get(f"/{slug}/innsyn/stafettlogg/{world.case_id}")
    assert tekst not in case_view.get_data(as_text=True)


@then("står ingen av navnene i saken på siden lenken åpner")
def _(world: World) -> None:
    """The family's page through the link: no name of the child or the guardians on it."""
    client = world.deployment.start().test_client()
    page = _get(client, f"/{world.kommune.slug}/evaluering/{_evaluation(world).token}")
    for name in (*world.children, *world.guardians):
        assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text_of(page)), name


def _meeting_page(world: World, nettleser: Browser, name: str):
    return nettleser.staff(name).get(f"/{world.kommune.slug}/team/sak/{_rid(world)}")


@then(parsers.re(rf"(?P<ikke>står|står ikke) «(?P<tekst>.+)» på møtesiden til (?P<navn>{NAME})$"))
def _(world: World, nettleser: Browser, ikke: str, tekst: str, navn: str) -> None:
    response = _meeting_page(world, nettleser, navn)
    assert response.status_code == 200, response.status_code
    page = response.get_data(as_text=True)
    assert (tekst in page) is (ikke == "står"), f"«{tekst}» på møtesiden til {navn}"


def _queue_page(world: World, nettleser: Browser, name: str):
    path = f"/{world.kommune.slug}/team/{referral_of(world).team_id}/koe"
    return nettleser.staff(name).get(path)


@then(parsers.re(rf"står (?P<barn>{NAME}) på teamets kø på nettet for (?P<navn>{NAME})$"))
def _(world: World, nettleser: Browser, barn: str, navn: str) -> None:
    response = _queue_page(world, nettleser, navn)
    assert response.status_code == 200, response.status_code
    assert barn in text_of(response.get_data(as_text=True))


@then(parsers.re(rf"finnes teamets kø ikke på nettet for (?P<hvem>{NAMES})$"))
def _(world: World, nettleser: Browser, hvem: str) -> None:
    for name in names_in(hvem):
        assert _queue_page(world, nettleser, name).status_code == 404, name
