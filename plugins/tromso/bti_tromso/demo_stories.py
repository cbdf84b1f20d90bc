"""Tromsø's demo cases, told as what the staff did and when.

The trinn of every level ticked as they are walked (by hand, or by the consent, the
stafettlogg, the measures, the evaluation and the decision); the decision at level 0 within
14 days of the concern arising, and one case past it; level 1 kept as the plan form in the
service; the stafettlogg opened at level 2 under consent, with goals, activities,
evaluations and the minutes; level 3 reached only with a report to barnevern, which then
gives help and holds the baton; IP/IOP/IUP beside the stafettlogg; barn som pårørende; a
guardian and a youth who read their own stafettlogg. ``bti demo`` replays each step
through the services.
"""

from __future__ import annotations

from bti import Story
from bti import story_step as step

RECIPIENT = "Barneverntjenesten, mottak"
REPORT = "Bekymring for omsorgssituasjonen; bekymringsmelding er sendt til barneverntjenesten."
OWN_UNIT = "Behov for innsats i egen avdeling; vi lager en plan sammen med foresatte."
UP = "Det som er gjort så langt er ikke nok; flere tjenester trengs."
REACHED = "Målene er nådd; saken avsluttes etter evaluering med foresatte."
HANDOVER = "Foreslår at du tar over stafettpinnen nå som hovedtiltakene ligger hos deg."
HEALTH = "Helseopplysninger fra helsesykepleier; deles bare når samtykket omfatter dem."

PLAN = (
    ("maal", "Trives bedre og har noen å være sammen med i friminuttene og i leken."),
    ("tiltak", "Voksenstyrt aktivitet i friminuttene tre dager i uka."),
    ("ansvarlig", "Kontaktpersonen i avdelingen, i samråd med leder"),
    ("tidsperspektiv", "Seks uker, med evaluering underveis"),
    ("maale_effekt", "Kontaktpersonen observerer hver fredag hvem barnet er sammen med."),
    ("snakker_med_barnet", "Kontaktpersonen, i en fast samtale hver mandag"),
    ("evalueringspunkter", "Etter tre uker, og ved slutten av perioden med foresatte"),
)
OBSERVASJON = (
    ("seen_heard", "Har kommet for sent ni av de siste femten skoledagene, ofte uten matpakke."),
    ("child_said_did", "Sa en morgen: «Det var ingen som vekket meg i dag.»"),
    ("interplay", "Trekker seg fra de andre i friminuttene; i bedre humør etter å ha fått mat."),
    ("how_long", "Siden høstferien, om lag seks uker."),
    ("earlier_concerns", "Ingen tidligere bekymringer er kjent for skolen."),
)


def _evaluation(voice: str, reached: str = "ja") -> tuple:
    return (
        ("evaluering", "Tiltakene er gjennomført som planlagt; barnet er oftere sammen med andre."),
        ("maal_naadd", reached),
        ("barnets_stemme", voice),
        ("stemme_mangler", "" if voice else "Barnet er for lite til å si sin mening med ord."),
    )


def _level_0(opened: int, by: str, to: str, outcome: str, why: str) -> tuple:
    """Trinn 1–3 of level 0 in the first days, then the decision (trinn 4)."""
    return (
        step(opened, "11:00", by, "tick", numbers=(1, 2)),
        step(opened - 2, "14:00", by, "tick", numbers=(3,)),
        step(opened - 3, "10:00", to, "decide", outcome=outcome, why=why),
    )


def _level_1(start: int, by: str, voice: str = "") -> tuple:
    """Level 1: the problem and the measures discussed, the plan as the form kept in the
    service (trinn 3), the measures in place, and six weeks on the evaluation (trinn 5)."""
    return (
        step(start, "12:00", by, "tick", numbers=(1, 2)),
        step(start, "13:00", by, "form", kind="plan_niva_1", answers=PLAN),
        step(start - 1, "09:00", by, "tick", numbers=(4,)),
        step(start - 42, "13:00", by, "form", kind="evaluering_niva_1", answers=_evaluation(voice)),
    )


def _meeting(kind: str, invited: int, held: int, by: str, at: str = "10:00", **hold) -> tuple:
    end = f"{int(at[:2]) + 1:02d}{at[2:]}"
    return (
        step(invited, "08:30", by, "invite", kind=kind, on=held, at=at),
        step(held, end, by, "hold", **hold),
    )


def _level_2(start: int, by: str, services: tuple, people: tuple, voice: str, **measure) -> tuple:
    """Level 2: the consent (trinn 1), the stafettlogg (trinn 2), the services brought in
    (trinn 3), a samarbeidsmøte that sets the goals (trinn 4) and is its minutes."""
    return (
        step(start, "09:00", by, "consent", services=services),
        step(start, "09:30", by, "open_log"),
        step(start, "10:00", by, "add", people=people),
        step(start, "10:30", by, "tick", numbers=(3,)),
        *_meeting("samarbeidsmote", start - 1, start - 6, by, voice=voice),
        step(start - 6, "12:00", by, "measure", **measure),
        step(
            start - 6,
            "12:30",
            by,
            "log",
            kind="note",
            meeting=True,
            text="Møtet fungerer som referat: målene og aktivitetene står i loggen.",
        ),
        step(start - 7, "09:00", by, "tick", numbers=(5,)),
    )


# The stories are data, laid out as they read: a step on a line or two.
# fmt: off
STORIES = (
    # --- level 0 ---------------------------------------------------------------------------
    Story("age2", (
        step(6, "09:30", "barnehage", "open", arose=8,
            concern="Snakker lite og trekker seg unna i lek med andre barn."),
        step(6, "11:00", "barnehage", "tick", numbers=(1, 2)),
        step(2, "08:10", "styrer", "read"),
    )),
    Story("age8", (
        step(19, "08:40", "laerer", "open", arose=21,
            concern="Kommer ofte for sent, virker sliten og har ofte ikke med matpakke."),
        step(19, "11:00", "laerer", "tick", numbers=(1,)),
        step(16, "14:00", "laerer", "form", kind="observation", answers=OBSERVASJON),
        step(16, "14:30", "laerer", "tick", numbers=(2,)),
        step(12, "10:00", "laerer", "consent", services=("skolehelsetjeneste",), signed="none"),
    )),
    Story("age4", (
        step(90, "10:00", "barnehage", "open", arose=92,
            concern="Urolig etter flytting; roet seg etter samtale med foresatte."),
        *_level_0(90, "barnehage", "barnehage", "close",
            "Ikke behov for videre tiltak etter samtale med foresatte; saken avsluttes."),
    )),
    Story("age9", (
        step(8, "09:15", "laerer", "open", arose=10,
            concern="Urolig i timene etter flytting til nytt fosterhjem."),
        step(8, "11:00", "laerer", "tick", numbers=(1,)),
    )),
    Story("age0", (
        step(4, "11:00", "helsesykepleier", "open", arose=4,
            concern="Mor virker sliten og nedstemt ved seksukerskontrollen."),
    )),
    Story("age6", (
        step(3, "09:10", "laerer", "open", acute=True, recipient=RECIPIENT, arose=3,
            concern="Barnet forteller at det blir slått hjemme. Meldt direkte til "
            "barneverntjenesten; foresatte er ikke informert."),
        step(3, "09:40", "laerer", "add", people=("leder", "barnevern")),
        step(3, "10:00", "laerer", "decide", outcome="level_3_report",
            why="Mistanke om vold; meldt til barneverntjenesten uten å involvere foresatte."),
        step(2, "10:00", "barnevern", "help"),
    )),
    # --- level 1 ---------------------------------------------------------------------------
    Story("age1", (
        step(40, "10:30", "barnehage", "open", arose=42,
            concern="Lite babling og blikkontakt; foresatte ønsker tett oppfølging i barnehagen."),
        step(40, "13:00", "barnehage", "add", people=("styrer",)),
        *_level_0(40, "barnehage", "barnehage", "level_1", OWN_UNIT),
        step(36, "12:00", "barnehage", "tick", numbers=(1, 2)),
        step(36, "13:00", "barnehage", "form", kind="plan_niva_1", answers=PLAN),
        step(9, "10:00", "barnehage", "invite", kind="ressursteam", on=-5, at="13:00"),
    )),
    Story("age10", (
        step(75, "09:00", "laerer", "open", arose=77,
            concern="Har få venner og blir holdt utenfor i friminuttene; tiltakene i klassen er "
            "evaluert, og skolen fortsetter med en ny runde."),
        *_level_0(75, "laerer", "laerer", "level_1", OWN_UNIT),
        *_meeting("ressursteam", 72, 68, "laerer", voice="Jeg vil ha noen å leke med."),
        *_level_1(68, "laerer", voice="Det er bedre i friminuttene nå."),
        step(25, "10:00", "laerer", "decide", outcome="continue",
            why="Tiltakene virker; vi fortsetter på samme nivå."),
        step(24, "10:00", "laerer", "tick", numbers=(4,)),
    )),
    Story("age12", (
        step(150, "09:00", "laerer", "open", arose=152,
            concern="Høyt fravær i høst; fulgt opp med plan i skolen, og målene er nådd."),
        *_level_0(150, "laerer", "laerer", "level_1", OWN_UNIT),
        *_level_1(146, "laerer", voice="Det går bedre nå."),
        step(100, "10:00", "laerer", "decide", outcome="close", why=REACHED),
    )),
    Story("age14", (
        step(70, "09:00", "laerer", "open", arose=72,
            concern="Faglige vansker og lite motivasjon; foresatte vil ikke at PPT kobles inn nå."),
        *_level_0(70, "laerer", "laerer", "level_1", OWN_UNIT),
        step(60, "10:00", "laerer", "consent", services=("ppt",), signed="none"),
        step(58, "14:00", "laerer", "refuse", note="Foresatte ønsker ikke at PPT kobles inn nå."),
        step(57, "12:00", "laerer", "tick", numbers=(1, 2)),
    )),
    Story("age3", (
        step(120, "10:00", "barnehage", "open", arose=122,
            concern="Motorisk urolig. Foresatte trakk samtykket før fysioterapeuten ble koblet "
            "inn; barnehagen følger opp tiltakene sine."),
        *_level_0(120, "barnehage", "barnehage", "level_1", OWN_UNIT),
        step(110, "09:00", "barnehage", "consent", services=("fysio_ergo",)),
        step(90, "09:00", "barnehage", "withdraw",
            note="Foresatte ønsker ikke lenger at opplysninger deles med tjenestene."),
        step(89, "12:00", "barnehage", "tick", numbers=(1, 2)),
    )),
    # --- level 2 ---------------------------------------------------------------------------
    Story("age7", (
        step(100, "09:00", "laerer", "open", arose=102,
            concern="Strever med lesing og konsentrasjon; foresatte ønsker vurdering fra PPT."),
        *_level_0(100, "laerer", "laerer", "level_1", OWN_UNIT),
        *_level_1(96, "laerer", voice="Bokstavene hopper når jeg leser."),
        step(50, "10:00", "laerer", "decide", outcome="level_2", why=UP),
        *_level_2(48, "laerer", ("ppt", "skolehelsetjeneste"), ("ppt", "helsesykepleier"),
            "Jeg vil lese bedre.",
            responsible="ppt", goal="Barnet leser sammenhengende tekst på sitt nivå.",
            measure="Lesekurs tre ganger i uka."),
        step(41, "09:00", "helsesykepleier", "log", health=True, meeting=True, text=HEALTH),
        step(40, "10:00", "laerer", "plan", kind="iop", kept_in="Sampro", responsible="laerer"),
        step(8, "10:00", "laerer", "offer", to="ppt", note=HANDOVER),
        step(8, "10:30", "laerer", "invite", kind="evalueringsmote", on=-7, at="13:00"),
    ), readers=(("foresatt", "foresatt"),)),
    Story("age15", (
        step(80, "10:00", "helsesykepleier", "open", arose=82,
            concern="Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid; mor "
            "har vært innlagt for psykisk sykdom i høst."),
        *_level_0(80, "helsesykepleier", "helsesykepleier", "level_2", UP),
        step(76, "08:30", "helsesykepleier", "next_of_kin", relation="forelder",
            reason="psykisk_sykdom"),
        *_level_2(76, "helsesykepleier", ("skole", "psykisk_helse"), ("laerer", "psykolog"),
            "Jeg vil sove bedre og ha det greit på skolen.",
            responsible="psykolog", goal="En trygg voksen å gå til.",
            measure="Ukentlige samtaler med psykolog."),
        step(69, "09:00", "helsesykepleier", "log", health=True, text=HEALTH),
        *_meeting("evalueringsmote", 30, 25, "helsesykepleier", voice="Det hjelper å snakke."),
        step(25, "12:00", "helsesykepleier", "evaluate", reached=False,
            text="Delvis nådd; aktiviteten fortsetter.", voice="Det hjelper å snakke."),
    ), readers=(("ungdom", "ungdom"),)),
    Story("age5", (
        step(160, "09:00", "barnehage", "open", arose=162,
            concern="Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med "
            "skolen."),
        *_level_0(160, "barnehage", "barnehage", "level_2", UP),
        *_level_2(150, "barnehage", ("skole", "ppt"), ("laerer", "ppt", "styrer"), "",
            responsible="laerer", goal="Trygg overgang til skolen.",
            measure="Skolen besøker barnehagen og lager en plan for høsten."),
        step(140, "10:00", "barnehage", "plan", kind="iup", kept_in="Sampro",
            responsible="barnehage"),
        *_meeting("overgangsmote", 60, 50, "barnehage"),
        step(50, "12:00", "barnehage", "offer", to="laerer", note=HANDOVER),
        step(49, "09:00", "laerer", "accept"),
    )),
    Story("age16", (
        step(300, "10:00", "helsesykepleier", "open", arose=302,
            concern="Mye fravær og uro; tiltakene fra flere tjenester er evaluert og avsluttet."),
        *_level_0(300, "helsesykepleier", "helsesykepleier", "level_2", UP),
        *_level_2(295, "helsesykepleier", ("ungdomskontakt",), ("ungdomskontakt",),
            "Jeg vil fullføre skoleåret.",
            responsible="ungdomskontakt", goal="Mindre fravær.",
            measure="Fast avtale med ungdomskontakten."),
        *_meeting("evalueringsmote", 250, 240, "helsesykepleier", voice="Det har hjulpet."),
        step(240, "12:00", "helsesykepleier", "evaluate", text="Målet er nådd.",
            voice="Det har hjulpet."),
        step(239, "10:00", "helsesykepleier", "decide", outcome="close", why=REACHED),
    )),
    Story("age19", (
        step(130, "10:00", "ungdomskontakt", "open", arose=132,
            concern="Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk "
            "helse. Aktivitetene er evaluert, og samarbeidet fortsetter med nye mål."),
        *_level_0(130, "ungdomskontakt", "ungdomskontakt", "level_2", UP),
        *_level_2(126, "ungdomskontakt", ("psykisk_helse", "nav"), ("psykolog",),
            "Jeg trenger et sted å bo først.", goal="Fast bolig.",
            measure="NAV og ungdomskontakten søker bolig sammen med ungdommen."),
        *_meeting("evalueringsmote", 80, 75, "ungdomskontakt", voice="Jeg har fått hybel."),
        step(75, "12:00", "ungdomskontakt", "evaluate", text="Målet er nådd.",
            voice="Jeg har fått hybel."),
        step(74, "10:00", "ungdomskontakt", "decide", outcome="continue",
            why="Bolig er på plass; vi fortsetter med arbeid og psykisk helse."),
        step(74, "10:30", "ungdomskontakt", "measure", responsible="psykolog",
            goal="Arbeid eller skole på dagtid.", measure="Avtale med NAV om arbeidstrening."),
        step(73, "09:00", "ungdomskontakt", "tick", numbers=(5,)),
    )),
    # --- level 3 ---------------------------------------------------------------------------
    Story("age11", (
        step(200, "09:00", "laerer", "open", arose=202,
            concern="Sammensatte vansker hjemme og på skolen. Etter bekymringsmelding gir "
            "barneverntjenesten hjelpetiltak og har stafettholderansvaret; individuell plan er "
            "startet."),
        step(200, "11:00", "laerer", "add", people=("leder",)),
        *_level_0(200, "laerer", "laerer", "level_1", OWN_UNIT),
        step(196, "10:00", "laerer", "consent",
            services=("ppt", "skolehelsetjeneste", "psykisk_helse", "annet")),
        step(196, "10:30", "laerer", "add", people=("ppt", "helsesykepleier")),
        *_level_1(195, "laerer", voice="Det er mye bråk hjemme."),
        step(150, "10:00", "laerer", "decide", outcome="level_3_report", why=REPORT,
            recipient=RECIPIENT),
        step(150, "10:30", "laerer", "add", people=("barnevern", "psykolog", "koordinator")),
        step(148, "10:00", "barnevern", "help"),
        step(147, "10:00", "barnevern", "measure", goal="En trygg og forutsigbar hverdag hjemme.",
            measure="Barneverntjenesten gir foreldreveiledning hjemme hver uke."),
        step(140, "10:00", "koordinator", "plan", kind="ip", kept_in="Sampro",
            responsible="koordinator"),
        step(140, "10:30", "laerer", "plan", kind="iop", kept_in="Sampro", responsible="laerer"),
        *_meeting("tverrfaglig_mote", 40, 30, "barnevern", voice="Jeg vil bo hjemme."),
        step(9, "10:00", "barnevern", "invite", kind="evalueringsmote", on=-10),
    )),
    Story("age13", (
        step(120, "10:00", "helsesykepleier", "open", arose=122,
            concern="Skolehelsetjenesten kjenner til selvskading. Bekymringen for "
            "omsorgssituasjonen er meldt til barneverntjenesten; psykisk helse, skolen og "
            "barnevernet samarbeider."),
        step(119, "10:00", "helsesykepleier", "consent",
            services=("skole", "psykisk_helse", "annet")),
        *_level_0(118, "helsesykepleier", "helsesykepleier", "level_1", OWN_UNIT),
        step(110, "10:00", "helsesykepleier", "form", kind="plan_niva_1", answers=PLAN),
        step(90, "10:00", "helsesykepleier", "decide", outcome="level_3_report", why=REPORT,
            recipient=RECIPIENT),
        step(90, "10:30", "helsesykepleier", "add",
            people=("psykolog", "laerer", "koordinator", "barnevern")),
        step(89, "10:00", "psykolog", "open_log"),
        step(89, "10:30", "psykolog", "measure", goal="En trygg voksen å gå til.",
            measure="Ukentlige samtaler med psykolog."),
        step(20, "10:00", "psykolog", "offer", to="koordinator",
            note="Foreslår at koordinator tar over."),
        step(19, "09:00", "koordinator", "decline",
            note="Avslått fordi psykologen følger tettest opp nå."),
    )),
    Story("age17", (
        step(260, "10:00", "ungdomskontakt", "open", arose=262,
            concern="Uro og vold i hjemmet, meldt til barneverntjenesten. Tjenestene fulgte opp "
            "til ungdommen fikk egen bolig og ikke lenger trengte bredt samarbeid."),
        *_level_0(260, "ungdomskontakt", "ungdomskontakt", "level_1", OWN_UNIT),
        step(255, "10:00", "ungdomskontakt", "consent", services=("psykisk_helse", "annet")),
        step(254, "10:00", "ungdomskontakt", "form", kind="plan_niva_1", answers=PLAN),
        step(230, "10:00", "ungdomskontakt", "decide", outcome="level_3_report", why=REPORT,
            recipient=RECIPIENT),
        step(230, "10:30", "ungdomskontakt", "add",
            people=("koordinator", "barnevern", "psykolog")),
        step(229, "10:00", "ungdomskontakt", "open_log"),
        step(229, "10:30", "ungdomskontakt", "measure", goal="Egen bolig.",
            measure="Ungdomskontakten og barnevernet søker bolig sammen med ungdommen."),
        *_meeting("evalueringsmote", 120, 110, "ungdomskontakt", voice="Jeg har egen bolig nå."),
        step(110, "12:00", "ungdomskontakt", "evaluate", text="Målet er nådd.",
            voice="Jeg har egen bolig nå."),
        step(109, "10:00", "ungdomskontakt", "decide", outcome="close", why=REACHED),
    )),
)
# fmt: on
