"""The national model's demo stories (Bærum, Jevnaker, and any municipality on the national
levels): twenty cases across levels 0–3, told as what the staff did and when.

Each :class:`~bti.demo.story.Story` is replayed through the services by ``bti demo``
(:mod:`bti.demo.replay`). The cases stay inside every target group that runs the national
model (Jevnaker's goes to 18), and decide with the national levels' outcome codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from bti.defaults.levels import LEVELS
from bti.demo.story import Story
from bti.demo.story import story_step as step
from bti.guide import Level, Profile
from bti.hookspecs import hookimpl

RECIPIENT = "Barneverntjenesten, mottak"
_BRING_IN = "Det som er gjort så langt er ikke nok; flere tjenester trengs."
_OWN_UNIT = "Behov for innsats i egen avdeling; vi lager en plan sammen med foresatte."
_REACHED = "Målene er nådd; saken avsluttes etter evaluering med foresatte."


def _undring(opened: int, by: str, voice: str = "") -> tuple:
    """An undringssamtale with the guardians a week after the case was opened."""
    return (
        step(opened - 1, "09:00", by, "invite", kind="undringssamtale", on=opened - 7, at="14:00"),
        step(opened - 7, "15:10", by, "hold", voice=voice),
    )


def _meeting(kind: str, invited: int, held: int, by: str, at: str = "10:00", **hold) -> tuple:
    """A meeting invited to ``invited`` days ago and held ``held`` days ago."""
    end = f"{int(at[:2]) + 1:02d}{at[2:]}"
    return (
        step(invited, "08:30", by, "invite", kind=kind, on=held, at=at),
        step(held, end, by, "hold", **hold),
    )


# The stories are data, laid out as they read: a step on a line or two.
# fmt: off
STORIES = (
    # --- level 0 ---------------------------------------------------------------------------
    Story("age2", (
        step(6, "09:30", "barnehage", "open", arose=20,
            concern="Snakker lite og trekker seg unna i lek med andre barn."),
        step(5, "14:00", "barnehage", "invite", kind="undringssamtale", on=-4, at="14:00"),
        step(2, "08:10", "styrer", "read"),
    )),
    Story("age8", (
        step(30, "08:40", "laerer", "open", arose=45,
            concern="Kommer ofte for sent, virker sliten og har ofte ikke med matpakke."),
        step(30, "12:00", "laerer", "add", people=("leder",)),
        *_undring(30, "laerer", voice="Det var ingen som vekket meg i dag."),
        step(21, "10:00", "laerer", "consent", services=("skolehelsetjeneste",), signed="none"),
        step(8, "10:00", "laerer", "invite", kind="oppfolgingsmote", on=-6, at="09:00"),
    )),
    Story("age4", (
        step(90, "10:00", "barnehage", "open", arose=100,
            concern="Urolig etter flytting; roet seg etter samtale med foresatte."),
        *_undring(90, "barnehage"),
        step(70, "11:00", "barnehage", "decide", outcome="close",
            why="Ikke behov for videre tiltak etter samtale med foresatte; saken avsluttes."),
    )),
    Story("age9", (
        step(21, "09:15", "laerer", "open", arose=30,
            concern="Urolig i timene etter flytting til nytt fosterhjem."),
        *_meeting("samarbeidsmote", 20, 12, "laerer", voice="Jeg savner de gamle vennene mine."),
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
    # --- level 1 ---------------------------------------------------------------------------
    Story("age1", (
        step(40, "10:30", "barnehage", "open", arose=60,
            concern="Lite babling og blikkontakt; foresatte ønsker tett oppfølging i barnehagen."),
        step(40, "13:00", "barnehage", "add", people=("styrer",)),
        *_undring(40, "barnehage"),
        step(32, "09:00", "barnehage", "decide", outcome="level_1", why=_OWN_UNIT),
        step(32, "09:30", "barnehage", "open_log"),
        step(32, "10:00", "barnehage", "measure", weeks=3,
            goal="Barnet sier fra med ord når noe er vanskelig.",
            measure="Språkgrupper to ganger i uka."),
        step(9, "10:00", "barnehage", "invite", kind="oppfolgingsmote", on=-5, at="13:00"),
    )),
    Story("age10", (
        step(45, "09:00", "laerer", "open", arose=60,
            concern="Har få venner og blir holdt utenfor i friminuttene."),
        *_undring(45, "laerer", voice="Jeg vil ha noen å være sammen med i friminuttene."),
        step(36, "10:00", "laerer", "decide", outcome="level_1", why=_OWN_UNIT),
        step(36, "10:30", "laerer", "open_log"),
        step(36, "11:00", "laerer", "measure", weeks=4,
            goal="Barnet har noen å være sammen med i friminuttene.",
            measure="Faste friminuttsgrupper."),
        step(5, "12:00", "laerer", "invite", kind="oppfolgingsmote", on=-3, at="12:00"),
    )),
    Story("age12", (
        step(150, "09:00", "laerer", "open", arose=170,
            concern="Høyt fravær i høst; fulgt opp med plan i skolen, og målene er nådd."),
        *_undring(150, "laerer", voice="Jeg vil gjerne komme, men morgenene er vanskelige."),
        step(140, "10:00", "laerer", "decide", outcome="level_1", why=_OWN_UNIT),
        step(140, "10:30", "laerer", "open_log"),
        step(140, "11:00", "laerer", "measure", goal="Mindre fravær.",
            measure="Fast avtale med kontaktlærer hver mandag."),
        *_meeting("oppfolgingsmote", 104, 98, "laerer", voice="Det går bedre nå."),
        step(98, "12:00", "laerer", "evaluate", text="Målet er nådd.", voice="Det går bedre nå."),
        step(97, "10:00", "laerer", "decide", outcome="close", why=_REACHED),
    )),
    Story("age14", (
        step(70, "09:00", "laerer", "open", arose=80,
            concern="Faglige vansker og lite motivasjon; foresatte vil ikke at PPT kobles inn nå."),
        *_undring(70, "laerer", voice="Jeg skjønner ikke hvorfor jeg skal lære dette."),
        step(60, "10:00", "laerer", "decide", outcome="level_1", why=_OWN_UNIT),
        step(58, "10:00", "laerer", "consent", services=("ppt",), signed="none"),
        step(55, "14:00", "laerer", "refuse", note="Foresatte ønsker ikke at PPT kobles inn nå."),
        step(55, "14:30", "laerer", "open_log"),
        step(55, "14:45", "laerer", "measure", goal="Mer motivasjon i matematikk.",
            measure="Tilpasset lekseplan og ukentlig samtale."),
    )),
    Story("age3", (
        step(120, "10:00", "barnehage", "open", arose=130,
            concern="Motorisk urolig. Samarbeidet med helsestasjon og fysioterapeut stanset da "
            "foresatte trakk samtykket."),
        *_undring(120, "barnehage"),
        step(110, "09:00", "barnehage", "consent", services=("helsestasjon", "fysio_ergo")),
        step(109, "10:00", "barnehage", "decide", outcome="level_2", why=_BRING_IN),
        step(109, "10:30", "barnehage", "add", people=("helsesykepleier",)),
        step(109, "11:00", "barnehage", "open_log"),
        *_meeting("samarbeidsmote", 105, 95, "barnehage"),
        step(95, "12:00", "barnehage", "measure", goal="Barnet deltar i lek med andre barn.",
            measure="En voksen støtter lek i små grupper."),
        step(60, "09:00", "barnehage", "withdraw",
            note="Foresatte ønsker ikke lenger at opplysninger deles med tjenestene."),
        step(59, "10:00", "barnehage", "decide", outcome="level_1",
            why="Samtykket er trukket; barnehagen følger opp tiltakene sine alene."),
    )),
    # --- level 2 ---------------------------------------------------------------------------
    Story("age7", (
        step(100, "09:00", "laerer", "open", arose=120,
            concern="Strever med lesing og konsentrasjon; foresatte ønsker vurdering fra PPT."),
        *_undring(100, "laerer", voice="Bokstavene hopper når jeg leser."),
        step(90, "10:00", "laerer", "decide", outcome="level_1", why=_OWN_UNIT),
        step(70, "09:00", "laerer", "consent", services=("ppt", "skolehelsetjeneste")),
        step(69, "10:00", "laerer", "decide", outcome="level_2", why=_BRING_IN),
        step(69, "10:30", "laerer", "add", people=("ppt", "helsesykepleier")),
        step(69, "11:00", "laerer", "open_log"),
        *_meeting("samarbeidsmote", 66, 60, "laerer", voice="Jeg vil lese bedre."),
        step(60, "12:00", "laerer", "measure", responsible="ppt",
            goal="Barnet leser sammenhengende tekst på sitt nivå.",
            measure="Lesekurs tre ganger i uka."),
        step(59, "09:00", "helsesykepleier", "log", health=True, meeting=True,
            text="Helseopplysninger fra helsesykepleier; deles bare når samtykket omfatter dem."),
        step(8, "10:00", "laerer", "offer", to="ppt",
            note="Foreslår at du tar over stafettpinnen nå som hovedtiltakene ligger hos deg."),
        step(8, "10:30", "laerer", "invite", kind="evalueringsmote", on=-7, at="13:00"),
    )),
    Story("age15", (
        step(80, "10:00", "helsesykepleier", "open", arose=100,
            concern="Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid."),
        step(78, "10:00", "helsesykepleier", "consent", services=("skole", "psykisk_helse")),
        step(77, "09:00", "helsesykepleier", "decide", outcome="level_2", why=_BRING_IN),
        step(77, "09:30", "helsesykepleier", "add", people=("laerer", "psykolog")),
        step(77, "10:00", "helsesykepleier", "open_log"),
        *_meeting("samarbeidsmote", 75, 70, "helsesykepleier",
            voice="Jeg vil sove bedre og ha det greit på skolen."),
        step(70, "12:00", "helsesykepleier", "measure", responsible="psykolog",
            goal="En trygg voksen å gå til.", measure="Ukentlige samtaler med psykolog."),
        step(69, "09:00", "helsesykepleier", "log", health=True,
            text="Søvnkartlegging gjort på helsestasjonen; deles ikke utenfor helse."),
        step(12, "10:00", "helsesykepleier", "invite", kind="oppfolgingsmote", on=-8),
    )),
    Story("age5", (
        step(160, "09:00", "barnehage", "open", arose=180,
            concern="Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med "
            "skolen."),
        *_undring(160, "barnehage"),
        step(150, "10:00", "barnehage", "decide", outcome="level_1", why=_OWN_UNIT),
        step(120, "09:00", "barnehage", "consent", services=("skole", "ppt")),
        step(119, "10:00", "barnehage", "decide", outcome="level_2", why=_BRING_IN),
        step(119, "10:30", "barnehage", "add", people=("laerer", "ppt", "styrer")),
        step(119, "11:00", "barnehage", "open_log"),
        *_meeting("samarbeidsmote", 115, 110, "barnehage"),
        step(110, "12:00", "barnehage", "measure", responsible="laerer",
            goal="Trygg overgang til skolen.",
            measure="Skolen besøker barnehagen og lager en plan for høsten."),
        *_meeting("overgangsmote", 60, 50, "barnehage"),
        step(50, "12:00", "barnehage", "offer", to="laerer",
            note="Foreslår at du tar over stafettpinnen nå som hovedtiltakene ligger hos deg."),
        step(49, "09:00", "laerer", "accept"),
    )),
    Story("gravid1", (
        step(50, "10:00", "helsesykepleier", "open", arose=60,
            concern="Førstegangsfødende med lite nettverk; ønsker støtte før og etter fødselen."),
        step(48, "10:00", "helsesykepleier", "consent", services=("familieveiledning", "fastlege")),
        step(47, "09:00", "helsesykepleier", "decide", outcome="level_2", why=_BRING_IN),
        step(47, "09:30", "helsesykepleier", "add", people=("familieveileder",)),
        step(47, "10:00", "helsesykepleier", "open_log"),
        *_meeting("samarbeidsmote", 45, 40, "helsesykepleier",
            voice="Jeg ønsker noen å snakke med før fødselen."),
        step(40, "12:00", "helsesykepleier", "measure", responsible="familieveileder",
            goal="Et nettverk rundt mor før fødselen.",
            measure="Familieveileder besøker hjemme annenhver uke."),
    )),
    Story("age16", (
        step(300, "10:00", "helsesykepleier", "open", arose=320,
            concern="Mye fravær og uro; tiltakene fra flere tjenester er evaluert og avsluttet."),
        step(298, "10:00", "helsesykepleier", "consent", services=("ungdomskontakt",)),
        step(297, "09:00", "helsesykepleier", "decide", outcome="level_2", why=_BRING_IN),
        step(297, "09:30", "helsesykepleier", "add", people=("ungdomskontakt",)),
        step(297, "10:00", "helsesykepleier", "open_log"),
        *_meeting("samarbeidsmote", 295, 290, "helsesykepleier",
            voice="Jeg vil fullføre skoleåret."),
        step(290, "12:00", "helsesykepleier", "measure", responsible="ungdomskontakt",
            goal="Arbeid eller skole på dagtid.", measure="Fast avtale med ungdomskontakt."),
        *_meeting("evalueringsmote", 250, 240, "helsesykepleier", voice="Det har hjulpet."),
        step(240, "12:00", "helsesykepleier", "evaluate", text="Målet er nådd.",
            voice="Det har hjulpet."),
        step(239, "10:00", "helsesykepleier", "decide", outcome="close", why=_REACHED),
    )),
    # --- level 3 ---------------------------------------------------------------------------
    Story("age11", (
        step(200, "09:00", "laerer", "open", arose=230,
            concern="Sammensatte vansker hjemme og på skolen; flere tjenester er inne og "
            "individuell plan vurderes."),
        step(200, "11:00", "laerer", "add", people=("leder",)),
        *_undring(200, "laerer", voice="Det er mye bråk hjemme."),
        step(190, "10:00", "laerer", "decide", outcome="level_1", why=_OWN_UNIT),
        step(170, "09:00", "laerer", "consent",
            services=("ppt", "skolehelsetjeneste", "barnevern", "psykisk_helse", "annet")),
        step(169, "10:00", "laerer", "decide", outcome="level_2", why=_BRING_IN),
        step(169, "10:30", "laerer", "add", people=("ppt", "helsesykepleier")),
        step(169, "11:00", "laerer", "open_log"),
        *_meeting("samarbeidsmote", 165, 160, "laerer", voice="Jeg vil ha det roligere."),
        step(160, "12:00", "laerer", "measure", responsible="ppt",
            goal="Barnet leser sammenhengende tekst på sitt nivå.",
            measure="Lesekurs tre ganger i uka."),
        step(120, "10:00", "laerer", "decide", outcome="level_3", why=_BRING_IN),
        step(120, "10:30", "laerer", "add", people=("barnevern", "psykolog", "koordinator")),
        step(118, "10:00", "laerer", "offer", to="koordinator",
            note="Foreslår at du tar over stafettpinnen nå som flere tjenester er inne."),
        step(117, "09:00", "koordinator", "accept"),
        step(110, "10:00", "koordinator", "plan", kind="ip", kept_in="Fagsystemet",
            responsible="koordinator"),
        *_meeting("evalueringsmote", 40, 30, "koordinator", voice="Det er litt bedre."),
        step(30, "12:00", "koordinator", "evaluate", reached=False, voice="Det er litt bedre.",
            text="Delvis nådd; tiltaket fortsetter."),
        step(9, "10:00", "koordinator", "invite", kind="evalueringsmote", on=-10),
    )),
    Story("age18", (
        step(130, "10:00", "ungdomskontakt", "open", arose=150,
            concern="Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk "
            "helse."),
        step(128, "10:00", "ungdomskontakt", "consent", services=("psykisk_helse", "annet", "nav")),
        step(127, "09:00", "ungdomskontakt", "decide", outcome="level_2", why=_BRING_IN),
        step(127, "09:30", "ungdomskontakt", "add", people=("psykolog",)),
        step(127, "10:00", "ungdomskontakt", "open_log"),
        *_meeting("samarbeidsmote", 125, 120, "ungdomskontakt",
            voice="Jeg trenger et sted å bo først."),
        step(120, "12:00", "ungdomskontakt", "measure", goal="Fast bolig.",
            measure="NAV og ungdomskontakten søker bolig sammen med ungdommen."),
        step(80, "10:00", "ungdomskontakt", "decide", outcome="level_3", why=_BRING_IN),
        step(80, "10:30", "ungdomskontakt", "add", people=("koordinator",)),
        step(6, "10:00", "ungdomskontakt", "invite", kind="evalueringsmote", on=-9),
    )),
    Story("age13", (
        step(90, "10:00", "helsesykepleier", "open", arose=100,
            concern="Skolehelsetjenesten kjenner til selvskading; tett samarbeid med psykisk "
            "helse, skolen og foresatte."),
        step(88, "10:00", "helsesykepleier", "consent",
            services=("skole", "psykisk_helse", "annet", "kommunepsykolog")),
        step(87, "09:00", "helsesykepleier", "decide", outcome="level_2", why=_BRING_IN),
        step(87, "09:30", "helsesykepleier", "add", people=("psykolog", "laerer", "koordinator")),
        step(86, "10:00", "psykolog", "open_log"),
        *_meeting("samarbeidsmote", 84, 80, "psykolog", voice="Jeg vil at det skal ta slutt."),
        step(80, "12:00", "psykolog", "measure", goal="En trygg voksen å gå til.",
            measure="Ukentlige samtaler med psykolog."),
        step(60, "10:00", "psykolog", "decide", outcome="level_3", why=_BRING_IN),
        step(20, "10:00", "psykolog", "offer", to="koordinator",
            note="Foreslår at koordinator tar over."),
        step(19, "09:00", "koordinator", "decline",
            note="Avslått fordi psykologen følger tettest opp nå."),
    )),
    Story("age17", (
        step(400, "10:00", "ungdomskontakt", "open", arose=420,
            concern="Fulgt opp over tid fra ungdomsskolen; målene er nådd, og samarbeidet er "
            "avsluttet."),
        step(398, "10:00", "ungdomskontakt", "consent", services=("psykisk_helse", "annet", "nav")),
        step(397, "09:00", "ungdomskontakt", "decide", outcome="level_2", why=_BRING_IN),
        step(397, "09:30", "ungdomskontakt", "add", people=("psykolog", "koordinator")),
        step(397, "10:00", "ungdomskontakt", "open_log"),
        *_meeting("samarbeidsmote", 395, 390, "ungdomskontakt", voice="Jeg vil klare meg selv."),
        step(390, "12:00", "ungdomskontakt", "measure", goal="Fast bolig.",
            measure="NAV og ungdomskontakten søker bolig sammen med ungdommen."),
        step(300, "10:00", "ungdomskontakt", "decide", outcome="level_3", why=_BRING_IN),
        *_meeting("evalueringsmote", 80, 70, "ungdomskontakt", voice="Jeg har egen bolig nå."),
        step(70, "12:00", "ungdomskontakt", "evaluate", text="Målet er nådd.",
            voice="Jeg har egen bolig nå."),
        step(69, "10:00", "ungdomskontakt", "decide", outcome="close", why=_REACHED),
    )),
)
# fmt: on


@hookimpl(trylast=True)
def bti_register_demo_stories(profile: Profile, levels: Sequence[Level]) -> list[Story]:
    """The national stories decide with the national levels' outcome codes: only for a
    municipality that runs those levels."""
    national = len(levels) == len(LEVELS) and all(
        a is b for a, b in zip(levels, LEVELS, strict=False)
    )
    return list(STORIES) if national else []
