"""What a case collects on its way: meetings with minutes, the action plan and the
stafettlogg, and the plans beside it (consents are in :mod:`bti.demo.consents`). Texts are
Norwegian, as the staff would write them.

Where the story writes the stafettlogg as the case goes (``Story.live_log``), the goals,
activities and evaluations are the action plan's own, written when the measures are set
and evaluated, each linked to the meeting that agreed it (the stafettlogg «fungerer som et
møtereferat»), and every decision is logged as :func:`bti.services.cases.decide` logs it.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import select

from bti.demo.organisation import STAFF
from bti.guide import Outcome
from bti.guide_text import in_language
from bti.models import (
    ActionPlanItem,
    CaseDocument,
    CasePlan,
    Decision,
    EntryKind,
    HandOverStatus,
    Meeting,
    MeetingInvitee,
    MeetingKind,
    MinutesPart,
    StafettloggEntry,
    StaffUser,
    SubjectKind,
)
from bti.rules.child import voice_required
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
    # Tromsø nivå 1: «Samarbeid i Ressursteam skole/barnehage er også på nivå 1»; the plan
    # trinn 3 asks for (mål, ansvar, tidsperspektiv, evalueringspunkter).
    "ressursteam": (
        "Problemstillingen",
        "Foresattes erfaringer",
        "Barnets stemme",
        "Tiltak i egen enhet",
        "Evalueringspunkter",
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
    "Problemstillingen": "Vi ble enige om en felles forståelse av hva som er vanskelig nå.",
    "Tiltak i egen enhet": "Tiltakene settes inn i barnehagen/skolen og dokumenteres der.",
    "Evalueringspunkter": "Vi evaluerer om seks uker; kontaktlæreren snakker med barnet.",
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
    holder_key = work.holder_key
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
    guardians (never once the case is reported to barnevern), and the child from 7."""
    rows = [
        MeetingInvitee(meeting_id=meeting.id, user_id=u.id)
        for key, u in work.people.items()
        if key not in work.pending
    ]
    if work.case.reported_to_barnevern_at is None:
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
    """Two measures from level 1 on: one evaluated, one waiting for its follow-up date.
    (A live log sets and evaluates its measures as the case goes: :func:`set_measures`.)"""
    if work.scenario.highest_level < 1 or work.live_log:
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
    """A first note on every case whose first level keeps a stafettlogg (not Tromsø's nivå
    0, where the guide has none yet), and on an acute one; from level 2 goals, activity,
    evaluation and decision, and a health-internal note where the health nurse takes part."""
    ctx, case = work.ctx, work.case
    entries = []
    if case.acute or ctx.municipality.level(work.scenario.path[0]).stafettlogg:
        entries.append(_entry(work, EntryKind.NOTE, _first_note(work), work.opener, case.opened_at))
    if case.acute:
        received = case.reported_to_barnevern_at + timedelta(hours=3)
        text = "Meldingen er mottatt og blir gjennomgått innen en uke."
        entries.append(_entry(work, EntryKind.NOTE, text, work.holder, received))
    held = [m for m in work.meetings if m.held_at is not None]
    if work.scenario.highest_level >= 2 and held and not work.live_log:
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
    missing: str = "",
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
        child_voice_missing_reason=missing,
        created_at=at,
    )


def _first_note(work: CaseInProgress) -> str:
    if work.case.acute:
        return (
            "Bekymringsmelding sendt til barneverntjenesten samme dag. Foresatte er ikke informert."
        )
    return "Bekymringen er skrevet ned og drøftet med nærmeste leder."


def rationale(from_level: int, outcome: Outcome, *, acute: bool = True) -> str:
    """Why a decision was taken, in the words a stafettholder would use."""
    if outcome.names_services and outcome.to_level == from_level:
        return "Familien trenger mer hjelp; en ny tjeneste tas inn etter nytt samtykke."
    if outcome.reports_to_barnevern and acute:
        return "Mistanke om vold; meldt til barneverntjenesten uten å involvere foresatte."
    if outcome.reports_to_barnevern:
        return (
            "Bekymring for omsorgssituasjonen; bekymringsmelding er sendt til barneverntjenesten."
        )
    if outcome.closes_case and from_level == 0:
        return "Ikke behov for videre tiltak etter samtale med foresatte; saken avsluttes."
    if outcome.closes_case:
        return "Målene er nådd; saken avsluttes etter evaluering med foresatte."
    if outcome.to_level is None or outcome.to_level == from_level:
        return "Tiltakene virker; vi fortsetter på samme nivå."
    if outcome.to_level == 1 and from_level == 0:
        return "Behov for innsats i egen avdeling; vi lager en plan sammen med foresatte."
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


# --- the live log ------------------------------------------------------------------------

STAFETTLOGG_OPENED_NOTE = (
    "Stafettloggen er opprettet etter at samtykket til tverrfaglig samarbeid er gitt. Jeg er "
    "stafettholder og kaller inn til samarbeidsmøter."
)
BARNEVERN_HELPS_NOTE = (
    "Barneverntjenesten gir hjelpetiltak og har stafettholderansvaret så lenge hjelpen varer."
)
HEALTH_NOTE = "Helseopplysninger fra helsesykepleier; deles bare når samtykket omfatter dem."
VOICE_MISSING = "Barnet ønsket ikke å være med; kontaktpersonen snakket med barnet dagen før."

# Goals and activities for the age of the one the case is about: (goal, activity, the staff
# keys who would answer for it, in order of preference).
_MEASURES = {
    "small": (
        (
            "Barnet deltar i lek med andre barn hver dag.",
            "En voksen støtter lek i små grupper.",
            ("barnehage",),
        ),
        (
            "Barnet sier fra med ord når noe er vanskelig.",
            "Språkgrupper to ganger i uka.",
            ("barnehage", "ppt"),
        ),
        (
            "Trygg overgang til skolen.",
            "Skolen besøker barnehagen og lager en plan for høsten.",
            ("laerer", "ppt"),
        ),
    ),
    "school": (
        (
            "Barnet leser sammenhengende tekst på sitt nivå.",
            "Lesekurs tre ganger i uka.",
            ("ppt", "laerer"),
        ),
        (
            "Fast søvnrytme på hverdager.",
            "Helsesykepleier gir råd; foresatte følger opp hjemme.",
            ("helsesykepleier",),
        ),
        ("Mindre fravær.", "Fast avtale med kontaktlærer hver mandag.", ("laerer",)),
        (
            "En trygg voksen å gå til.",
            "Ukentlige samtaler med helsesykepleier eller psykolog.",
            ("psykolog", "helsesykepleier"),
        ),
        (
            "Barnet har noen å være sammen med i friminuttene.",
            "Faste friminuttsgrupper.",
            ("laerer",),
        ),
    ),
    "adult": (
        (
            "Fast bolig.",
            "NAV og ungdomskontakten søker bolig sammen med ungdommen.",
            ("ungdomskontakt",),
        ),
        ("Arbeid eller skole på dagtid.", "Avtale med NAV om arbeidstrening.", ("ungdomskontakt",)),
        (
            "En trygg voksen å gå til.",
            "Ukentlige samtaler med ungdomskontakt eller psykolog.",
            ("psykolog", "ungdomskontakt"),
        ),
    ),
    "gravid": (
        (
            "Et nettverk rundt mor før fødselen.",
            "Familieveileder besøker hjemme annenhver uke.",
            ("familieveileder",),
        ),
        (
            "Trygg start etter fødselen.",
            "Tett oppfølging på helsestasjonen de første ukene.",
            ("helsesykepleier",),
        ),
    ),
}
# What barnevern does where it gives help (Tromsø: «Barnevernet skal alltid ha
# Stafettholderansvaret når de er inne med hjelpetiltak»).
_BARNEVERN_MEASURE = (
    "En trygg og forutsigbar hverdag hjemme.",
    "Barneverntjenesten gir foreldreveiledning hjemme hver uke.",
    ("barnevern",),
)
FOLLOW_UP_WEEKS = 6


def log_note(work: CaseInProgress, text: str, author: StaffUser, at: datetime) -> None:
    work.ctx.save(_entry(work, EntryKind.NOTE, text, author, at))


def log_decision(work: CaseInProgress, decision: Decision, by: StaffUser) -> None:
    """The decision and its reason in the stafettlogg, as the case page records it."""
    work.ctx.save(_entry(work, EntryKind.DECISION, decision.rationale, by, decision.decided_at))


def _last_held(work: CaseInProgress) -> Meeting | None:
    held = [m for m in work.meetings if m.held_at is not None]
    return held[-1] if held else None


def _items(work: CaseInProgress) -> list[ActionPlanItem]:
    return list(
        work.ctx.session.exec(
            select(ActionPlanItem)
            .where(ActionPlanItem.case_id == work.case.id)
            .order_by(ActionPlanItem.created_at, ActionPlanItem.id)
        )
    )


def _measures_for(work: CaseInProgress) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    if work.subject.kind == SubjectKind.GRAVID:
        return _MEASURES["gravid"]
    if work.age < 6:
        return _MEASURES["small"]
    return _MEASURES["school"] if work.age < 16 else _MEASURES["adult"]


def set_measures(work: CaseInProgress, at: datetime) -> None:
    """Goals and activities agreed in the meeting just held (two the first time, one more
    in a later round), each answered for by the service it belongs to where that service
    takes part — else by the stafettholder, or the guardians (the young person) — and
    followed up in six weeks. Where barnevern gives help, its help is the first activity.
    The stafettlogg shows each goal once and each activity, linked to the meeting."""
    ctx, case = work.ctx, work.case
    meeting = _last_held(work)
    existing = _items(work)
    used = {item.goal for item in existing}
    options = _measures_for(work)
    if work.scenario.barnevern_help and _BARNEVERN_MEASURE[0] not in used:
        chosen = [_BARNEVERN_MEASURE]
    else:
        chosen = []
    choices = [m for m in options if m[0] not in used]
    wanted = (1 if existing else 2) - len(chosen)
    chosen += ctx.rng.sample(choices, min(len(choices), max(wanted, 0)))
    taking_part = {key: user for key, user in work.people.items() if key not in work.pending}
    follow_up = work.local_day(at) + timedelta(weeks=FOLLOW_UP_WEEKS)
    rows: list = []
    for number, (goal, measure, keys) in enumerate(chosen):
        key = next((k for k in keys if k in taking_part), None)
        responsible = taking_part[key] if key else (work.holder if number == 0 else None)
        rows.append(
            ActionPlanItem(
                case_id=case.id,
                goal=goal,
                measure=measure,
                responsible_id=responsible.id if responsible else None,
                responsible_text=""
                if responsible
                else ("Foresatte" if work.is_child else "Personen selv"),
                follow_up_on=follow_up,
                created_at=at,
            )
        )
        if goal not in used:
            rows.append(_entry(work, EntryKind.GOAL, goal, work.holder, at, meeting))
        rows.append(_entry(work, EntryKind.ACTIVITY, measure, work.holder, at, meeting))
    ctx.save(*rows)
    work.measures_at = work.measures_at or at


def evaluate_measures(work: CaseInProgress, at: datetime, *, final: bool) -> None:
    """Every activity not yet evaluated, evaluated in the meeting just held, with the
    child's own view from 7 (or why it could not be given) — in the action plan and in the
    stafettlogg, linked to the meeting."""
    ctx = work.ctx
    meeting = _last_held(work)
    voice, missing = _voice(work, meeting)
    rows: list = []
    for item in _items(work):
        if item.evaluated_at is not None:
            continue
        reached = True if final else ctx.rng.random() < 0.5
        item.evaluation = "Målet er nådd." if reached else "Delvis nådd; aktiviteten fortsetter."
        item.goal_reached = reached
        item.child_voice, item.child_voice_missing_reason = voice, missing
        item.evaluated_at = at
        text = f"{item.goal} {item.evaluation}"
        rows.append(
            _entry(
                work,
                EntryKind.EVALUATION,
                text,
                work.holder,
                at,
                meeting,
                child_voice=voice,
                missing=missing,
            )
        )
    ctx.save(*rows)


#: What the demo writes in the forms that are a level's plan and its evaluation where the
#: guide keeps them in the service instead of a stafettlogg (Tromsø nivå 1, trinn 3 and 5),
#: by field name. The child's voice is added from the meeting that heard it.
PLAN_FORMS = {
    "plan_niva_1": (
        ("maal", "Trives bedre og har noen å være sammen med i friminuttene og i leken."),
        (
            "tiltak",
            "Voksenstyrt aktivitet i friminuttene tre dager i uka, og fast plass ved siden "
            "av en trygg medelev.",
        ),
        ("ansvarlig", "Kontaktpersonen i avdelingen, i samråd med leder"),
        ("tidsperspektiv", "Seks uker, med evaluering underveis"),
        (
            "maale_effekt",
            "Kontaktpersonen observerer hver fredag hvem barnet er sammen med, og foresatte "
            "forteller hvordan barnet har det hjemme.",
        ),
        ("snakker_med_barnet", "Kontaktpersonen, i en fast samtale hver mandag"),
        ("evalueringspunkter", "Etter tre uker, og ved slutten av perioden med foresatte"),
    ),
    "evaluering_niva_1": (
        (
            "evaluering",
            "Tiltakene er gjennomført som planlagt; observasjonene viser at barnet oftere er "
            "sammen med andre.",
        ),
    ),
}
#: Where a child too young to give its view in words is evaluated.
VOICE_TOO_YOUNG = (
    "Barnet er for lite til å si sin mening med ord; kontaktpersonen og foresatte har "
    "fortalt hva de ser at barnet trives med."
)


def fill_plan_form(
    work: CaseInProgress, kind: str, at: datetime, *, evaluation: bool, final: bool
) -> None:
    """The level's plan (or its evaluation) as the form the guide keeps in the service,
    written by the one who holds the case; an evaluation carries the child's voice («Evalueringen
    må inneholde barnets/ungdommens stemme»), or why it could not be given."""
    answers = dict(PLAN_FORMS.get(kind, ()))
    if evaluation:
        voice, missing = _voice(work, _last_held(work))
        reached = "ja" if final else work.ctx.rng.choice(("ja", "delvis"))
        answers.update(
            maal_naadd=reached,
            barnets_stemme=voice,
            stemme_mangler="" if voice else (missing or VOICE_TOO_YOUNG),
        )
    work.ctx.save(
        CaseDocument(
            case_id=work.case.id,
            kind=kind,
            answers=json.dumps(answers, ensure_ascii=False),
            author_id=work.holder.id,
            created_at=at,
        )
    )


def _voice(work: CaseInProgress, meeting: Meeting | None) -> tuple[str, str]:
    """The child's view as the meeting heard it, where the child's voice is required."""
    if not work.is_child or not voice_required(work.age):
        return "", ""
    if meeting is not None and meeting.child_voice:
        return meeting.child_voice, ""
    return "", (meeting.child_voice_missing_reason if meeting else "") or VOICE_MISSING


def note_health_information(work: CaseInProgress, meeting: Meeting) -> None:
    """The health nurse notes health information after the first meeting in which the
    stafettlogg is open, marked as internal to health."""
    nurse = work.people.get("helsesykepleier")
    if nurse is None or "helsesykepleier" in work.pending:
        return
    written = work.ctx.session.exec(
        select(StafettloggEntry.id).where(
            StafettloggEntry.case_id == work.case.id, StafettloggEntry.health_internal
        )
    ).first()
    if written is None:
        at = meeting.held_at + timedelta(minutes=30)
        work.ctx.save(_entry(work, EntryKind.NOTE, HEALTH_NOTE, nurse, at, meeting, health=True))


def follow_up_at_next_meeting(work: CaseInProgress, day) -> None:
    """Activities not yet evaluated are followed up at the meeting planned next."""
    for item in _items(work):
        if item.evaluated_at is None:
            item.follow_up_on = day
    work.ctx.session.flush()


def register_plans(work: CaseInProgress) -> None:
    """The plans beside the stafettlogg (IP, IOP, IUP), registered in the first meeting at
    the level the case is at, or when it came there: where each is kept, who answers for
    it."""
    if not work.scenario.plans:
        return
    level = work.case.level
    held = [
        m for m in work.meetings if m.held_at is not None and work.held_at_level.get(m.id) == level
    ]
    at = held[0].held_at if held else work.entered_at.get(level, work.case.opened_at)
    titles = {spec.key: spec.title for spec in STAFF}
    work.ctx.save(
        *(
            CasePlan(
                case_id=work.case.id,
                kind=plan.kind,
                kept_in=plan.kept_in,
                responsible=f"{work.people[plan.responsible].display_name}, "
                f"{titles[plan.responsible].lower()}",
                registered_by_id=work.holder.id,
                created_at=at,
            )
            for plan in work.scenario.plans
        )
    )
