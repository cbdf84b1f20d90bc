"""What a case collects on its way: meetings with minutes, the action plan and the
stafettlogg (consents are in :mod:`bti.demo.consents`). Texts are Norwegian, as the staff
would write them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bti.guide import Outcome
from bti.guide_text import in_language
from bti.models import (
    ActionPlanItem,
    CaseDocument,
    EntryKind,
    HandOverStatus,
    Meeting,
    MeetingInvitee,
    MeetingKind,
    MinutesPart,
    StafettloggEntry,
)
from bti.services.meetings import COORDINATOR_ANSWERS

if TYPE_CHECKING:  # cases imports this module
    from bti.demo.cases import CaseInProgress
    from bti.demo.scenarios import HandOverPlan

# From this age the child is invited to every meeting, and heard.
CHILD_HEARD_FROM = 7

AGENDAS: dict[str, tuple[str, ...]] = {
    MeetingKind.UNDRINGSSAMTALE: (
        "Hva vi har sett",
        "Foresattes erfaringer",
        "Barnets stemme",
        "Veien videre",
    ),
    MeetingKind.SAMARBEIDSMOTE: (
        "Hensikten med møtet",
        "Status fra hver tjeneste",
        "Barnets stemme",
        "Mål og tiltak",
        "Ansvar og neste møte",
    ),
    MeetingKind.OPPFOLGINGSMOTE: (
        "Status siden sist",
        "Evaluering av tiltak",
        "Barnets stemme",
        "Videre plan",
    ),
    MeetingKind.EVALUERINGSMOTE: (
        "Evaluering av målene",
        "Brukerevaluering",
        "Barnets stemme",
        "Beslutning om videre arbeid",
    ),
    MeetingKind.OVERGANGSMOTE: (
        "Hva som har hjulpet",
        "Barnets stemme",
        "Tilrettelegging ved overgangen",
        "Hvem tar over stafettpinnen",
    ),
    # Vestby nivå 3: «inviter til et tverrfaglig møte … Bruk tidligere forsøkte tiltak og
    # målsettinger som utgangspunkt», and «Avklar om det bør være et skifte av koordinator».
    "tverrfaglig_mote": (
        "Tidligere tiltak og mål",
        "Status fra hver tjeneste",
        "Barnets stemme",
        "Hvem koordinerer",
        "Individuell plan",
        "Tiltak og ansvar",
    ),
}
_MINUTES = {
    "Hva vi har sett": "Barnehagen/skolen har over tid sett endringer som er beskrevet i saken.",
    "Foresattes erfaringer": "Foresatte kjenner seg igjen og forteller om en travel periode.",
    "Veien videre": "Vi observerer i to uker til og møtes igjen.",
    "Hensikten med møtet": "Bli enige om felles mål og hvem som gjør hva.",
    "Status fra hver tjeneste": "Hver tjeneste orienterte kort om sitt arbeid siden sist.",
    "Mål og tiltak": "Målene og tiltakene er ført inn i handlingsplanen.",
    "Ansvar og neste møte": "Stafettholder kaller inn til nytt møte om fire uker.",
    "Status siden sist": "Tiltakene er gjennomført som avtalt.",
    "Evaluering av tiltak": "Tiltakene virker delvis; ett tiltak justeres.",
    "Videre plan": "Vi fortsetter på samme nivå og evaluerer igjen om seks uker.",
    "Evaluering av målene": "To av tre mål er nådd.",
    "Brukerevaluering": "Foresatte opplever å bli hørt og at samarbeidet har hjulpet.",
    "Beslutning om videre arbeid": "Samarbeidet fortsetter med individuell plan.",
    "Hva som har hjulpet": "Faste rutiner og en trygg voksen har hjulpet mest.",
    "Tilrettelegging ved overgangen": "Skolen forbereder tilrettelegging fra første skoledag.",
    "Hvem tar over stafettpinnen": "Kontaktlærer tar over stafettpinnen fra barnehagen.",
    "Tidligere tiltak og mål": "Tiltakene fra nivå 2 har hjulpet noe, men ikke nok.",
    "Hvem koordinerer": "Det ble avklart hvem som er koordinator; se stafettloggen.",
    "Individuell plan": "Foresatte ønsker individuell plan; koordinator starter arbeidet.",
    "Tiltak og ansvar": "Hver tjeneste følger opp sine tiltak; oppfølgingsmøte om tre uker.",
}
_VOICES = (
    "Jeg liker best å være ute i friminuttet, men ikke når de andre er slemme.",
    "Det er vanskelig å sove når det er bråk hjemme.",
    "Jeg vil gjerne ha hjelp med lesing, men ikke foran hele klassen.",
    "Jeg vil at mamma og pappa skal vite at jeg har det bedre nå.",
    "Jeg ønsker å bo der jeg bor og gå på samme skole.",
)
_PLANS = (
    ("Barnet deltar i lek med andre barn hver dag.", "En voksen støtter lek i små grupper."),
    ("Barnet leser sammenhengende tekst på sitt nivå.", "Lesekurs tre ganger i uka."),
    ("Fast søvnrytme på hverdager.", "Helsesykepleier gir råd; foresatte følger opp hjemme."),
    ("Mindre fravær.", "Fast avtale med kontaktlærer hver mandag."),
    ("En trygg voksen å gå til.", "Ukentlige samtaler med ungdomskontakt eller psykolog."),
)


def create_meeting(work: CaseInProgress, kind: str, at: datetime, *, held: bool) -> Meeting:
    """A meeting of the case's staff, the guardians and (from 7) the child; a held one
    has attendance, the child's voice and minutes per agenda part."""
    ctx = work.ctx
    holder_key = work.scenario.stafettholder or work.scenario.opener
    agenda = AGENDAS[kind]
    meeting = Meeting(
        case_id=work.case.id,
        kind=kind,
        starts_at=at,
        ends_at=at + timedelta(hours=1),
        place=f"Møterom, {work.units[holder_key].name}",
        agenda="\n".join(agenda),
        organiser_id=work.holder.id,
        # Invitations go out a week ahead, but not before the case existed.
        created_at=max(work.case.opened_at, min(at, ctx.now) - timedelta(days=7)),
    )
    ctx.save(meeting)
    invitees = _invitees(work, meeting)
    if held:
        _hold(work, meeting, invitees)
    ctx.save(*invitees)
    return meeting


def _invitees(work: CaseInProgress, meeting: Meeting) -> list[MeetingInvitee]:
    """The staff taking part by now (not those a later decision brings in), the
    guardians, and the child from 7."""
    rows = [
        MeetingInvitee(meeting_id=meeting.id, user_id=u.id)
        for key, u in work.people.items()
        if key not in work.pending
    ]
    for guardian in work.ctx.guardians[work.scenario.subject]:
        rows.append(MeetingInvitee(meeting_id=meeting.id, guardian_id=guardian.id))
    if work.age >= CHILD_HEARD_FROM:
        rows.append(MeetingInvitee(meeting_id=meeting.id, is_subject=True))
    return rows


def _hold(work: CaseInProgress, meeting: Meeting, invitees: list[MeetingInvitee]) -> None:
    rng = work.ctx.rng
    for invitee in invitees:
        # Now and then a second guardian or the child stays away, as in real life.
        invitee.attended = invitee.user_id is not None or rng.random() < 0.8
    guardians = [i for i in invitees if i.guardian_id is not None]
    child = next((i for i in invitees if i.is_subject), None)
    meeting.held_at = meeting.ends_at
    meeting.guardians_present = any(i.attended for i in guardians)
    meeting.child_present = bool(child and child.attended)
    voice = ""
    if child is not None and work.is_child:
        if meeting.child_present:
            meeting.child_voice = voice = rng.choice(_VOICES)
        else:
            meeting.child_voice_missing_reason = voice = (
                "Barnet ønsket ikke å være med; kontaktpersonen snakket med barnet dagen før."
            )
    work.ctx.save(
        *(
            MinutesPart(
                meeting_id=meeting.id,
                position=position,
                heading=heading,
                text=_minutes(work, heading, voice),
            )
            for position, heading in enumerate(AGENDAS[meeting.kind], start=1)
        )
    )


def _minutes(work: CaseInProgress, heading: str, voice: str) -> str:
    if heading != "Barnets stemme":
        return _MINUTES[heading]
    if voice:
        return voice
    if not work.is_child:
        return "Personen la selv fram sine ønsker for samarbeidet."
    return "Barnet er under 7 år; observasjoner fra hverdagen ble lagt fram."


def create_action_plan(work: CaseInProgress) -> None:
    """Two measures from level 1 on: one evaluated, one waiting for its follow-up date."""
    if work.scenario.highest_level < 1:
        return
    ctx, case = work.ctx, work.case
    closed = case.closed_at is not None
    first, second = ctx.rng.sample(_PLANS, 2)
    halfway = case.opened_at + ((case.closed_at or ctx.now) - case.opened_at) / 2
    follow_up = ctx.today + timedelta(days=-5 if work.scenario.overdue else 14)
    agreed = work.measures_at or case.opened_at + timedelta(days=1)
    ctx.save(
        ActionPlanItem(
            case_id=case.id,
            goal=first[0],
            measure=first[1],
            responsible_id=work.holder.id,
            follow_up_on=halfway.date(),
            evaluation="Målet er nådd." if closed else "Delvis nådd; tiltaket fortsetter.",
            goal_reached=True if closed else ctx.rng.random() < 0.5,
            created_at=agreed,
        ),
        ActionPlanItem(
            case_id=case.id,
            goal=second[0],
            measure=second[1],
            responsible_text="Foresatte" if work.is_child else "Personen selv",
            follow_up_on=halfway.date() if closed else follow_up,
            evaluation="Målet er nådd." if closed else "",
            goal_reached=True if closed else None,
            created_at=agreed,
        ),
    )


def create_stafettlogg(work: CaseInProgress) -> None:
    """A first note on every case; from level 2 goals, activity, evaluation and decision,
    and a health-internal note where the health nurse takes part."""
    ctx, case = work.ctx, work.case
    entries = [_entry(work, EntryKind.NOTE, _first_note(work), work.opener, case.opened_at)]
    if case.acute:
        received = case.reported_to_barnevern_at + timedelta(hours=3)
        text = "Meldingen er mottatt og blir gjennomgått innen en uke."
        entries.append(_entry(work, EntryKind.NOTE, text, work.holder, received))
    held = [m for m in work.meetings if m.held_at is not None]
    if work.scenario.highest_level >= 2 and held:
        entries += _cooperation_entries(work, held)
    ctx.save(*entries)


def _cooperation_entries(work: CaseInProgress, held: list[Meeting]) -> list[StafettloggEntry]:
    first, last = held[0], held[-1]
    voice = last.child_voice if work.is_child else ""
    entries = [
        _entry(
            work,
            EntryKind.GOAL,
            "Felles mål er satt i samarbeidsmøtet.",
            work.holder,
            first.held_at,
            first,
        ),
        _entry(
            work,
            EntryKind.ACTIVITY,
            "Tjenestene gjennomfører tiltakene i handlingsplanen.",
            work.holder,
            first.held_at + timedelta(hours=1),
            first,
        ),
        _entry(
            work,
            EntryKind.EVALUATION,
            "Målene er evaluert sammen med foresatte.",
            work.holder,
            last.held_at,
            last,
            child_voice=voice,
        ),
        _entry(
            work,
            EntryKind.DECISION,
            f"Saken følges på nivå {work.case.level}.",
            work.holder,
            last.held_at + timedelta(hours=1),
            last,
        ),
    ]
    nurse = work.people.get("helsesykepleier")
    if nurse is not None:
        text = "Helseopplysninger fra helsesykepleier; deles bare når samtykket omfatter dem."
        entries.append(_entry(work, EntryKind.NOTE, text, nurse, first.held_at, health=True))
    return entries


def _entry(
    work: CaseInProgress,
    kind: EntryKind,
    text: str,
    author,
    at: datetime,
    meeting: Meeting | None = None,
    *,
    child_voice: str = "",
    health: bool = False,
) -> StafettloggEntry:
    return StafettloggEntry(
        case_id=work.case.id,
        kind=kind,
        text=text,
        author_id=author.id,
        meeting_id=meeting.id if meeting else None,
        health_internal=health,
        child_voice=child_voice,
        created_at=at,
    )


def _first_note(work: CaseInProgress) -> str:
    if work.case.acute:
        return (
            "Bekymringsmelding sendt til barneverntjenesten samme dag. Foresatte er ikke informert."
        )
    return "Bekymringen er skrevet ned og drøftet med nærmeste leder."


def rationale(from_level: int, outcome: Outcome) -> str:
    """Why a decision was taken, in the words a stafettholder would use."""
    if outcome.names_services and outcome.to_level == from_level:
        return "Familien trenger mer hjelp; en ny tjeneste tas inn etter nytt samtykke."
    if outcome.reports_to_barnevern:
        return "Mistanke om vold; meldt til barneverntjenesten uten å involvere foresatte."
    if outcome.closes_case:
        return "Målene er nådd; saken avsluttes etter evaluering med foresatte."
    if outcome.to_level is None or outcome.to_level == from_level:
        return "Tiltakene virker; vi fortsetter på samme nivå."
    if outcome.to_level > from_level:
        return "Det som er gjort så langt er ikke nok; flere tjenester trengs."
    return "Situasjonen er bedre; videre oppfølging med færre tjenester."


def handover_note(plan: HandOverPlan) -> str:
    if plan.to_key == "barnevern":
        return (
            "Barnevernet er inne i saken, og i det tverrfaglige møtet ble vi enige om at det "
            "er naturlig at dere koordinerer. Tilbyr deg stafettpinnen."
        )
    if plan.status is HandOverStatus.DECLINED:
        return "Foreslår at koordinator tar over; avslått fordi psykologen følger tettest opp nå."
    return "Foreslår at du tar over stafettpinnen nå som hovedtiltakene ligger hos deg."


def fill_in_forms(work: CaseInProgress) -> None:
    """The forms the opener filled in on the case (Vestby's Undringsnotat and
    Observasjonsskjema): the note the day the case was opened, the observation after a
    short period of observing — both before the first meeting with the guardians."""
    if not work.scenario.documents:
        return
    ctx, case = work.ctx, work.case
    held = [m.held_at for m in work.meetings if m.held_at is not None]
    last_day = min(held[0] - timedelta(days=1) if held else ctx.now, ctx.now)
    observed_to = min(case.opened_at + timedelta(days=14), last_day)
    rows = []
    for form in work.scenario.documents:
        answers = dict(form.answers)
        written = case.opened_at + timedelta(hours=2)
        if form.kind == "observation":
            period = {
                "period_from": work.local_day(case.opened_at + timedelta(days=1)).isoformat(),
                "period_to": work.local_day(observed_to).isoformat(),
            }
            answers = {**period, **answers}
            written = observed_to
        rows.append(
            CaseDocument(
                case_id=case.id,
                kind=form.kind,
                answers=json.dumps(answers, ensure_ascii=False),
                author_id=work.opener.id,
                created_at=written,
            )
        )
    ctx.save(*rows)


def clarify_coordinator(work: CaseInProgress, offers: list[datetime]) -> None:
    """Every meeting held at a level that asks («Det må avklares om det skal være et bytte
    av koordinator») records the answer, and the stafettlogg says it in the words
    :func:`bti.services.meetings.record_held` uses: the coordinator changes in the last
    such meeting before each offer of the baton, and stays the same in the others."""
    asking = [
        m
        for m in work.meetings
        if m.held_at is not None
        and work.ctx.municipality.level(work.held_at_level[m.id]).clarify_coordinator
    ]
    if not asking:
        return
    changing = set()
    for offered in offers:
        before = [m.id for m in asking if m.held_at <= offered]
        if before:
            changing.add(before[-1])
    municipality = work.ctx.municipality
    entries = []
    with in_language(municipality, municipality.profile.malform.value):
        for meeting in asking:
            answer = "changes" if meeting.id in changing else "continues"
            meeting.coordinator_change = answer
            text = str(COORDINATOR_ANSWERS[answer])
            entries.append(
                _entry(work, EntryKind.NOTE, text, work.holder, meeting.held_at, meeting)
            )
    work.ctx.save(*entries)
