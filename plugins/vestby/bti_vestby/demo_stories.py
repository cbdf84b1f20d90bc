"""Vestby's demo cases, told as what the staff did and when («Bekymring følges opp»).

One level at a time, with the services each decision brings in named under consent; the
undringsnotat and observation at level 0; measures agreed in a meeting and a follow-up
meeting within 2–4 weeks (one case past its reminder, one past its deadline); every meeting
at levels 2–3 clarifies the coordinator, and after the tverrfaglige møtet the baton is
offered to barnevern. ``bti demo`` replays each step through the services.
"""

from __future__ import annotations

from bti import Story
from bti import story_step as step

RECIPIENT = "Barneverntjenesten, mottak"
UP_ONE = "Det som er gjort så langt er ikke nok; flere tjenester trengs."
OWN_UNIT = "Behov for innsats i egen avdeling; vi lager en plan sammen med foresatte."
REACHED = "Målene er nådd; saken avsluttes etter evaluering med foresatte."
HANDOVER = "Foreslår at du tar over stafettpinnen nå som hovedtiltakene ligger hos deg."


def _meeting(kind: str, invited: int, held: int, by: str, at: str = "10:00", **hold) -> tuple:
    """A meeting invited to ``invited`` days ago and held ``held`` days ago."""
    end = f"{int(at[:2]) + 1:02d}{at[2:]}"
    return (
        step(invited, "08:30", by, "invite", kind=kind, on=held, at=at),
        step(held, end, by, "hold", **hold),
    )


def _level_1(opened: int, by: str, own: str, voice: str = "", **measure) -> tuple:
    """An undringssamtale, the consent for the work in the employee's own service (``own``,
    «Samtykke må foreligge»), the decision for level 1, and the measures agreed, kept in
    the stafettlogg the employee opens."""
    return (
        *_meeting("undringssamtale", opened - 1, opened - 7, by, at="14:00", voice=voice),
        step(opened - 7, "15:20", by, "consent", services=(own,)),
        step(opened - 7, "15:30", by, "decide", outcome="level_1", why=OWN_UNIT),
        step(opened - 7, "15:40", by, "open_log"),
        step(opened - 7, "15:50", by, "measure", **measure),
    )


UNDRINGSNOTAT = (
    (
        "wondering",
        "Jeg lurer på om eleven får nok søvn og mat, og om noe har endret seg "
        "hjemme etter høstferien.",
    ),
    (
        "experiences",
        "Har kommet for sent ni av de siste femten skoledagene, ofte uten "
        "matpakke. Sovner i lesestunden og orker lite i friminuttene.",
    ),
    ("child_said", "Sa en morgen: «Det var ingen som vekket meg i dag.» Ville ikke si mer."),
    ("discussed_with", "Rektor"),
    (
        "other_view",
        "Rektor deler uroen, men mener vi først bør høre med foresatte om det er "
        "en travel periode hjemme.",
    ),
    (
        "next_step",
        "Observerer eleven i to uker med observasjonsskjemaet og inviterer "
        "foresatte til en undringssamtale.",
    ),
)
OBSERVASJON = (
    ("period_from", 29),
    ("period_to", 16),
    ("situation", "Morgenen og første time i klasserommet, og lunsjen."),
    (
        "observed",
        "Kom for sent fire av ti dager. Hadde ikke matpakke tre av dagene; var i "
        "bedre humør etter å ha fått mat.",
    ),
    ("reason", "Mønsteret er det samme nesten hver uke og har vart siden høstferien."),
    ("strengths", "Blid og hjelpsom, god venn med to i klassen, liker gym og matematikk."),
)

# The stories are data, laid out as they read: a step on a line or two.
# fmt: off
STORIES = (
    # --- level 0 ---------------------------------------------------------------------------
    Story("age2", (
        step(6, "09:30", "barnehage", "open", arose=20,
            concern="Snakker lite og trekker seg unna i lek med andre barn."),
        step(5, "14:00", "barnehage", "invite", kind="undringssamtale", on=-4, at="14:00"),
    )),
    Story("age8", (
        step(30, "08:40", "laerer", "open", arose=45,
            concern="Kommer ofte for sent, virker sliten og har ofte ikke med matpakke."),
        step(30, "11:00", "laerer", "add", people=("leder",)),
        step(30, "12:00", "laerer", "form", kind="undringsnotat", answers=UNDRINGSNOTAT),
        step(15, "14:00", "laerer", "form", kind="observation", answers=OBSERVASJON),
        *_meeting("undringssamtale", 14, 9, "laerer", at="14:00",
            voice="Det var ingen som vekket meg i dag."),
        step(8, "10:00", "laerer", "consent", services=("skolehelsetjeneste",), signed="none"),
    )),
    Story("age4", (
        step(90, "10:00", "barnehage", "open", arose=100,
            concern="Urolig etter flytting; roet seg etter samtale med foresatte."),
        *_meeting("undringssamtale", 89, 83, "barnehage", at="14:00"),
        step(70, "11:00", "barnehage", "decide", outcome="close",
            why="Ikke behov for videre tiltak etter samtale med foresatte; saken avsluttes."),
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
        step(3, "10:00", "laerer", "decide", outcome="report_barnevern",
            why="Mistanke om vold; meldt til barneverntjenesten uten å involvere foresatte."),
        step(3, "13:00", "barnevern", "open_log"),
        step(3, "13:20", "barnevern", "log",
            text="Meldingen er mottatt og blir gjennomgått innen en uke."),
    )),
    Story("age14", (
        step(70, "09:00", "laerer", "open", arose=80,
            concern="Faglige vansker og lite motivasjon; foresatte vil ikke samtykke til at PPT "
            "kobles inn nå, så skolen følger med på egen hånd."),
        *_meeting("undringssamtale", 69, 63, "laerer", at="14:00",
            voice="Jeg skjønner ikke hvorfor jeg skal lære dette."),
        step(62, "10:00", "laerer", "consent", services=("ppt",), signed="none"),
        step(58, "14:00", "laerer", "refuse", note="Foresatte ønsker ikke at PPT kobles inn nå."),
    )),
    # --- level 1 ---------------------------------------------------------------------------
    Story("age1", (
        step(60, "10:30", "barnehage", "open", arose=70,
            concern="Lite babling og blikkontakt; foresatte ønsker tett oppfølging i barnehagen."),
        step(60, "13:00", "barnehage", "add", people=("styrer",)),
        *_level_1(40, "barnehage", "barnehage", weeks=4,
            goal="Barnet sier fra med ord når noe er vanskelig.",
            measure="Språkgrupper to ganger i uka."),
    )),
    Story("age10", (
        step(50, "09:00", "laerer", "open", arose=60,
            concern="Har få venner og blir holdt utenfor i friminuttene; tiltak i klassen er "
            "satt i gang."),
        *_level_1(25, "laerer", "skole", voice="Jeg vil ha noen å være sammen med i friminuttene.",
            weeks=3, goal="Barnet har noen å være sammen med i friminuttene.",
            measure="Faste friminuttsgrupper."),
    )),
    Story("age12", (
        step(150, "09:00", "laerer", "open", arose=170,
            concern="Høyt fravær i høst; fulgt opp med plan i skolen, og målene er nådd."),
        *_level_1(148, "laerer", "skole", voice="Morgenene er vanskelige.", goal="Mindre fravær.",
            measure="Fast avtale med kontaktlærer hver mandag."),
        *_meeting("oppfolgingsmote", 125, 120, "laerer", voice="Det går bedre nå."),
        step(120, "12:00", "laerer", "evaluate", text="Målet er nådd.", voice="Det går bedre nå."),
        step(119, "10:00", "laerer", "decide", outcome="close", why=REACHED),
    )),
    Story("age3", (
        step(120, "10:00", "barnehage", "open", arose=130,
            concern="Motorisk urolig. Foresatte trakk samtykket før fysioterapeuten ble koblet "
            "inn; barnehagen følger opp tiltakene sine."),
        *_level_1(118, "barnehage", "barnehage",
            goal="Barnet deltar i lek med andre barn hver dag.",
            measure="En voksen støtter lek i små grupper."),
        step(100, "09:00", "barnehage", "consent", services=("fysio_ergo",)),
        step(80, "09:00", "barnehage", "withdraw",
            note="Foresatte ønsker ikke lenger at opplysninger deles med tjenestene."),
    )),
    # --- level 2 ---------------------------------------------------------------------------
    Story("age7", (
        step(100, "09:00", "laerer", "open", arose=120,
            concern="Strever med konsentrasjon og sover dårlig; foresatte ønsker veiledning "
            "hjemme."),
        *_level_1(98, "laerer", "skole", voice="Jeg blir så trøtt.",
            goal="Fast søvnrytme på hverdager.",
            measure="Foresatte følger opp leggetid; skolen gir korte pauser."),
        *_meeting("oppfolgingsmote", 80, 75, "laerer", voice="Jeg sover litt bedre."),
        step(70, "09:00", "laerer", "consent",
            services=("skolehelsetjeneste", "familieveiledning")),
        step(69, "10:00", "laerer", "decide", outcome="level_2", why=UP_ONE,
            services=("skolehelsetjeneste", "familieveiledning")),
        step(69, "10:30", "laerer", "add", people=("helsesykepleier", "familieveileder")),
        *_meeting("samarbeidsmote", 66, 60, "laerer", voice="Jeg vil være mindre sliten."),
        step(59, "09:00", "helsesykepleier", "log", health=True, meeting=True,
            text="Helseopplysninger fra helsesykepleier; deles bare når samtykket omfatter dem."),
        step(10, "10:30", "laerer", "invite", kind="evalueringsmote", on=-7, at="13:00"),
    )),
    Story("age15", (
        step(110, "10:00", "helsesykepleier", "open", arose=130,
            concern="Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid; "
            "familien trenger også veiledning."),
        *_level_1(108, "helsesykepleier", "skolehelsetjeneste", voice="Jeg vil sove bedre.",
            goal="Fast søvnrytme på hverdager.", measure="Samtaler med helsesykepleier."),
        *_meeting("oppfolgingsmote", 90, 85, "helsesykepleier", voice="Det er fortsatt tungt."),
        step(80, "09:00", "helsesykepleier", "consent", services=("skole", "psykisk_helse")),
        step(79, "10:00", "helsesykepleier", "decide", outcome="level_2", why=UP_ONE,
            services=("psykisk_helse", "skole")),
        step(79, "10:30", "helsesykepleier", "add", people=("psykolog", "laerer")),
        *_meeting("samarbeidsmote", 75, 70, "helsesykepleier", voice="Jeg vil ha det greit."),
        step(40, "09:00", "helsesykepleier", "consent", services=("familieveiledning",)),
        step(39, "10:00", "helsesykepleier", "decide", outcome="more_services",
            services=("familieveiledning",),
            why="Familien trenger mer hjelp; en ny tjeneste tas inn etter nytt samtykke."),
        step(39, "10:30", "helsesykepleier", "add", people=("familieveileder",)),
    )),
    Story("age5", (
        step(160, "09:00", "barnehage", "open", arose=180,
            concern="Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med "
            "skolen."),
        *_level_1(158, "barnehage", "barnehage", goal="Trygg overgang til skolen.",
            measure="Barnehagen lager en plan for høsten sammen med foresatte."),
        *_meeting("oppfolgingsmote", 140, 135, "barnehage"),
        step(120, "09:00", "barnehage", "consent", services=("skole", "ppt")),
        step(119, "10:00", "barnehage", "decide", outcome="level_2", why=UP_ONE,
            services=("ppt", "skole")),
        step(119, "10:30", "barnehage", "add", people=("laerer", "ppt", "styrer")),
        *_meeting("samarbeidsmote", 115, 110, "barnehage"),
        *_meeting("overgangsmote", 60, 50, "barnehage"),
        step(50, "12:00", "barnehage", "offer", to="laerer", note=HANDOVER),
        step(49, "09:00", "laerer", "accept"),
    )),
    Story("gravid1", (
        step(70, "10:00", "helsesykepleier", "open", arose=80,
            concern="Førstegangsfødende med lite nettverk; ønsker støtte før og etter fødselen."),
        *_level_1(68, "helsesykepleier", "helsestasjon", voice="Jeg er spent, men litt alene.",
            goal="Trygg start etter fødselen.",
            measure="Tett oppfølging på helsestasjonen de første ukene."),
        step(50, "09:00", "helsesykepleier", "consent", services=("familieveiledning", "fastlege")),
        step(49, "10:00", "helsesykepleier", "decide", outcome="level_2", why=UP_ONE,
            services=("familieveiledning", "fastlege")),
        step(49, "10:30", "helsesykepleier", "add", people=("familieveileder",)),
        *_meeting("samarbeidsmote", 45, 40, "helsesykepleier", voice="Det hjelper med besøk."),
    )),
    Story("age16", (
        step(300, "10:00", "helsesykepleier", "open", arose=320,
            concern="Mye fravær og uro; tiltakene fra skolehelsetjenesten og ungdomskontakten er "
            "evaluert og avsluttet."),
        *_level_1(298, "helsesykepleier", "skolehelsetjeneste",
            voice="Jeg vil fullføre skoleåret.", goal="Mindre fravær.",
            measure="Ukentlige samtaler med helsesykepleier."),
        step(280, "09:00", "helsesykepleier", "consent", services=("ungdomskontakt",)),
        step(279, "10:00", "helsesykepleier", "decide", outcome="level_2", why=UP_ONE,
            services=("ungdomskontakt",)),
        step(279, "10:30", "helsesykepleier", "add", people=("ungdomskontakt",)),
        *_meeting("samarbeidsmote", 275, 270, "helsesykepleier", voice="Det går bedre."),
        *_meeting("evalueringsmote", 250, 240, "helsesykepleier", voice="Det har hjulpet."),
        step(240, "12:00", "helsesykepleier", "evaluate", text="Målet er nådd.",
            voice="Det har hjulpet."),
        step(239, "10:00", "helsesykepleier", "decide", outcome="close", why=REACHED),
    )),
    # --- level 3 ---------------------------------------------------------------------------
    Story("age11", (
        step(200, "09:00", "laerer", "open", arose=230,
            concern="Sammensatte vansker hjemme og på skolen; barnevernet er koblet inn sammen "
            "med flere tjenester, og individuell plan vurderes."),
        step(200, "11:00", "laerer", "add", people=("leder",)),
        *_level_1(198, "laerer", "skole", voice="Det er mye bråk hjemme.",
            goal="Barnet leser sammenhengende tekst på sitt nivå.",
            measure="Lesekurs tre ganger i uka."),
        *_meeting("oppfolgingsmote", 180, 175, "laerer", voice="Det er litt bedre på skolen."),
        step(170, "09:00", "laerer", "consent",
            services=("ppt", "skolehelsetjeneste", "barnevern", "psykisk_helse", "annet")),
        step(169, "10:00", "laerer", "decide", outcome="level_2", why=UP_ONE,
            services=("ppt", "skolehelsetjeneste")),
        step(169, "10:30", "laerer", "add", people=("ppt", "helsesykepleier", "koordinator")),
        *_meeting("samarbeidsmote", 165, 160, "laerer", voice="Jeg vil ha det roligere.",
            coordinator="changes"),
        step(159, "10:00", "laerer", "offer", to="koordinator", note=HANDOVER),
        step(158, "09:00", "koordinator", "accept"),
        step(120, "10:00", "koordinator", "decide", outcome="level_3", why=UP_ONE,
            services=("barnevern", "psykisk_helse")),
        step(120, "10:30", "koordinator", "add", people=("barnevern", "psykolog")),
        *_meeting("tverrfaglig_mote", 14, 8, "koordinator", voice="Jeg vil bo hjemme.",
            coordinator="changes"),
        step(7, "10:00", "koordinator", "offer", to="barnevern",
            note="Barnevernet er inne i saken, og i det tverrfaglige møtet ble vi enige om at "
            "det er naturlig at dere koordinerer. Tilbyr deg stafettpinnen."),
        step(7, "10:30", "koordinator", "invite", kind="oppfolgingsmote", on=-10),
    )),
    Story("age19", (
        step(130, "10:00", "ungdomskontakt", "open", arose=150,
            concern="Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk "
            "helse."),
        *_level_1(128, "ungdomskontakt", "ungdomskontakt", voice="Jeg trenger et sted å bo først.",
            goal="Fast bolig.", measure="Ungdomskontakten søker bolig med ungdommen."),
        step(110, "09:00", "ungdomskontakt", "consent", services=("psykisk_helse", "annet", "nav")),
        step(109, "10:00", "ungdomskontakt", "decide", outcome="level_2", why=UP_ONE,
            services=("psykisk_helse",)),
        step(109, "10:30", "ungdomskontakt", "add", people=("psykolog",)),
        *_meeting("samarbeidsmote", 105, 100, "ungdomskontakt", voice="Jeg vil ha en jobb."),
        step(80, "10:00", "ungdomskontakt", "decide", outcome="level_3", why=UP_ONE,
            services=("annet", "nav")),
        step(80, "10:30", "ungdomskontakt", "add", people=("koordinator",)),
        *_meeting("tverrfaglig_mote", 60, 50, "ungdomskontakt", voice="Det går framover."),
        step(12, "10:00", "ungdomskontakt", "invite", kind="oppfolgingsmote", on=-6),
    )),
    Story("age13", (
        step(90, "10:00", "helsesykepleier", "open", arose=100,
            concern="Skolehelsetjenesten kjenner til selvskading; tett samarbeid med psykisk "
            "helse, skolen og foresatte."),
        step(88, "09:00", "helsesykepleier", "consent",
            services=("skole", "psykisk_helse", "annet", "kommunepsykolog")),
        step(88, "10:00", "helsesykepleier", "decide", outcome="level_1", why=OWN_UNIT),
        step(85, "09:00", "helsesykepleier", "decide", outcome="level_2", why=UP_ONE,
            services=("psykisk_helse", "skole")),
        step(85, "09:30", "helsesykepleier", "add", people=("psykolog", "laerer", "koordinator")),
        step(84, "10:00", "psykolog", "open_log"),
        *_meeting("samarbeidsmote", 82, 78, "psykolog", voice="Jeg vil at det skal ta slutt."),
        step(78, "12:00", "psykolog", "measure", goal="En trygg voksen å gå til.",
            measure="Ukentlige samtaler med psykolog."),
        step(60, "10:00", "psykolog", "decide", outcome="level_3", why=UP_ONE,
            services=("kommunepsykolog", "annet")),
        step(20, "10:00", "psykolog", "offer", to="koordinator",
            note="Foreslår at koordinator tar over."),
        step(19, "09:00", "koordinator", "decline",
            note="Avslått fordi psykologen følger tettest opp nå."),
    )),
    Story("age22", (
        step(400, "10:00", "ungdomskontakt", "open", arose=420,
            concern="Fulgt opp over tid; overført til tjenester for voksne."),
        *_level_1(398, "ungdomskontakt", "ungdomskontakt", voice="Jeg vil klare meg selv.",
            goal="Fast bolig.", measure="Ungdomskontakten søker bolig med ungdommen."),
        step(380, "10:00", "ungdomskontakt", "consent", services=("psykisk_helse", "nav")),
        step(379, "09:00", "ungdomskontakt", "decide", outcome="level_2", why=UP_ONE,
            services=("psykisk_helse",)),
        step(379, "09:30", "ungdomskontakt", "add", people=("psykolog",)),
        step(300, "10:00", "ungdomskontakt", "decide", outcome="level_3", why=UP_ONE,
            services=("nav",)),
        *_meeting("tverrfaglig_mote", 90, 80, "ungdomskontakt", voice="Jeg har egen bolig."),
        step(80, "12:00", "ungdomskontakt", "evaluate", text="Målet er nådd.",
            voice="Jeg har egen bolig."),
        step(79, "10:00", "ungdomskontakt", "decide", outcome="close", why=REACHED),
    )),
)
# fmt: on
