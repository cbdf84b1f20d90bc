"""Bærum's demo of Tidlig innsatsteam (*Metodebok for Tidlig innsatsteam*): the seven teams
set up by the administrator with their chair, deputy, leader and fixed members; referrals
in the coordinator's queue (one urgent); a case invited to a coming meeting day; held
meetings with their action plan, metarefleksjon, anonymised protocol and the family's
evaluation; a pregnant woman's case in the 0–1 team; and a quarter of meetings large enough
that the indicators show figures rather than suppressed cells, with the quarter before as
the «0-punkt».

The meetings are placed relative to the day of the load: «the demo quarter» is the current
quarter once 25 days of it have passed, otherwise the one before (so the indicator page has
a full quarter to show early in a quarter too); the quarter before it holds the first
figures. Every step goes through the services (``bti demo``).
"""

from __future__ import annotations

from datetime import date, timedelta

from bti import Story
from bti import story_step as step

OST, VEST = "tit-6-15-ost", "tit-1-5-vest"
# The teams (bti_baerum.teams), their chair and deputy, and the fixed members by service.
CHAIR, DEPUTY, LEADER = "titkoordinator", "titstedfortreder", "avdelingsleder"
SMALL = (
    ("helsesykepleier", "helsestasjon"),
    ("barnevern", "barnevern"),
    ("psykolog", "psykisk_helse"),
)
PRESCHOOL = (("helsesykepleier", "helsestasjon"), ("barnevern", "barnevern"), ("ppt", "ppt"))
SCHOOL = (("helsesykepleier", "skolehelsetjeneste"), ("barnevern", "barnevern"), ("ppt", "ppt"))
TEAMS = {
    "tit-0-1": (CHAIR, DEPUTY, SMALL, ("helsestasjon",)),
    "tit-1-5-ost": (DEPUTY, CHAIR, PRESCHOOL, ()),
    VEST: (CHAIR, DEPUTY, PRESCHOOL, ("barnehage",)),
    OST: (CHAIR, DEPUTY, SCHOOL, ("skole",)),
    "tit-6-15-sentrum": (DEPUTY, CHAIR, SCHOOL, ()),
    "tit-6-15-vest": (DEPUTY, CHAIR, SCHOOL, ()),
    "tit-16-23": (CHAIR, DEPUTY, SCHOOL, ("vgs",)),
}
#: The services a consent to discuss the case in each team names («Deltakere»).
CONSENT = {
    "tit-0-1": ("helsestasjon", "barnevern", "psykisk_helse"),
    "tit-1-5": ("helsestasjon", "barnevern", "ppt"),
    "tit-6-15": ("skolehelsetjeneste", "barnevern", "ppt"),
    "tit-16-23": ("skolehelsetjeneste", "barnevern", "ppt"),
}


def _services(team: str) -> tuple[str, ...]:
    return next(v for k, v in CONSENT.items() if team.startswith(k))


#: Who refers from where: the kindergarten, the school, the health station.
def _referrer(team: str) -> str:
    if team.startswith("tit-1-5"):
        return "barnehage"
    if team.startswith("tit-6-15"):
        return "laerer"
    return "helsesykepleier"


def _chair(team: str) -> str:
    return TEAMS[team][0]


CONCERNS = (
    ("Strever med å få venner og blir ofte alene i friminuttene.", ("psychosocial",)),
    ("Uro i timene og vansker med å konsentrere seg over tid.", ("behaviour", "learning")),
    ("Høyt fravær siste måneder; foresatte er bekymret.", ("psychosocial", "health")),
    ("Sen språkutvikling; foresatte ønsker et tverrfaglig blikk.", ("learning",)),
    ("Endring i atferd etter samlivsbrudd hjemme.", ("behaviour", "care")),
    ("Plaget med vondt i magen og sover dårlig.", ("health",)),
)
PLANS = (
    (("Trives i friminuttene", "Voksenstyrt lek i friminuttene", "Kontaktlærer", 6),
     ("Bedre samspill hjemme", "Foreldreveiledning (ICDP)", "Helsesykepleier", 8)),
    (("Ro i timene", "Fast plass, pauser og visuell dagsplan", "Kontaktlærer", 4),
     ("Avklare lærevansker", "Utredning", "PPT", 10)),
    (("Mer tilstedeværelse", "Samtaler med helsesykepleier hver uke", "Helsesykepleier", 4),),
)  # fmt: skip


def _discussed(
    subject: str, team: str, on: int, number: int, family: bool, evaluate: str = ""
) -> Story:
    """A case referred, invited and discussed ``on`` days before the load; the family took
    part or (``family`` false) it was discussed on their written consent."""
    concern, types = CONCERNS[number % len(CONCERNS)]
    plan = PLANS[number % len(PLANS)]
    referrer, chair = _referrer(team), _chair(team)
    several = team.startswith(("tit-1-5", "tit-6-15"))
    steps = [
        step(on + 35, "09:00", referrer, "open", concern=concern, arose=on + 40),
        step(on + 34, "10:00", referrer, "consent", services=_services(team), signed="every"),
        step(
            on + 33,
            "10:00",
            referrer,
            "refer",
            types=types,
            family=family,
            team=team if several else None,
        ),
        step(on + 32, "09:00", chair, "assess", urgency="ordinary"),
        step(on + 31, "09:00", chair, "tit_day", team=team, on=on, at="09:00"),
        step(on + 31, "09:30", chair, "place", on=on, at="09:30", minutes=45),
        step(on + 30, "09:00", chair, "tit_invite"),
        step(on, "09:35", chair, "tit_present", guardians=family, youth=False, referrer=True),
        step(
            on,
            "09:45",
            "barnevern",
            "tit_case",
            text="Innmelder la fram saken og hva som er prøvd.",
            earlier="Samtaler med foresatte og tilrettelegging i egen tjeneste.",
        ),
        step(
            on,
            "10:00",
            "ppt" if team != "tit-0-1" else "psykolog",
            "tit_discuss",
            text="Saken ble belyst fra hver tjeneste; ulike syn ble tatt med.",
        ),
        step(
            on,
            "10:15",
            chair,
            "tit_close",
            summary="Hovedtiltak ble avtalt; oppfølging lokalt.",
            view="Foresatte er enige i tiltakene." if family else "",
            plan=plan,
            coordinator=referrer,
            feedback="Godt å bli hørt." if family else "",
        ),
    ]
    steps.append(step(on, "10:20", chair, "tit_left"))  # the referrer (and the family) leave
    steps += [
        step(
            on,
            "10:25",
            "barnevern",
            "tit_reflect",
            text="Godt strukturert; mer tid til drøfting neste gang.",
        ),
        step(
            on,
            "14:00",
            chair,
            "tit_protocol",
            text="Saken ble drøftet i teamet. Tiltak er avtalt og følges opp i lokal tjeneste.",
        ),
    ]
    if evaluate and on > 15:
        steps.append(
            step(
                on - 14,
                "12:00",
                chair,
                "tit_evaluate",
                experience=5 if family else 3,
                plan="yes",
                helped="partly" if number % 2 else "yes",
                via=evaluate,
            )
        )
    return Story(subject, tuple(steps))


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _quarters(today: date) -> tuple[list[int], list[int]]:
    """Days ago for the demo quarter's meetings and for the quarter before it."""
    start = _quarter_start(today)
    if (today - start).days < 25:
        start = _quarter_start(start - timedelta(days=1))
    end = min(
        today - timedelta(days=2), _quarter_start(start + timedelta(days=95)) - timedelta(days=1)
    )
    span = _weekdays(today, start, (end - start).days + 1)
    before = _quarter_start(start - timedelta(days=1))
    return span, _weekdays(today, before, 85)


def _weekdays(today: date, start: date, days: int) -> list[int]:
    """Days ago of the working days from ``start`` on, latest first (no two land on the
    same day, so no two meetings of a team share a morning)."""
    found = [start + timedelta(days=d) for d in range(2, days)]
    return sorted(((today - d).days for d in found if d.weekday() < 5), reverse=True)


def _spread(days: list[int], count: int) -> list[int]:
    step_ = max(1, len(days) // count)
    return [days[min(i * step_, len(days) - 1)] for i in range(count)]


# fmt: off
#: The demo quarter: 16 meetings, the family taking part in 11 (69 %).
THIS_QUARTER = (
    ("age7", OST, True), ("age6", OST, True), ("age10", OST, False),
    ("age11", OST, True), ("age12", OST, True), ("age13", OST, False),
    ("age1", VEST, True), ("age2", VEST, True), ("age3", VEST, False),
    ("age4", VEST, True), ("age5", VEST, True),
    ("age0", "tit-0-1", True), ("gravid2", "tit-0-1", True),
    ("age14", "tit-6-15-sentrum", False),
    ("age16", "tit-16-23", True), ("age17", "tit-16-23", False),
)
#: The quarter before, the «0-punkt»: 10 meetings, the family taking part in 5 (50 %).
QUARTER_BEFORE = (
    ("age8", OST, True), ("age10", OST, False), ("age12", OST, True),
    ("age14", OST, False), ("age15", OST, True),
    ("age1", VEST, False), ("age3", VEST, True), ("age4", VEST, False),
    ("age5", VEST, True), ("age2", VEST, False),
)
# fmt: on


def _setup(first: int) -> Story:
    """The administrator sets the seven teams up (written from the plugin's defaults when
    the database was upgraded), with the case that opens the demo's first referral."""
    steps = [
        step(
            first + 40,
            "08:00",
            "laerer",
            "open",
            arose=first + 45,
            concern="Mye konflikter med medelever; trenger et tverrfaglig blikk.",
        )
    ]
    for code, (chair, deputy, members, units) in TEAMS.items():
        steps.append(step(first + 39, "08:30", "fagadmin", "team", code=code, chair=chair,
                          deputy=deputy, leader=LEADER, members=members, units=units))  # fmt: skip
    return Story("age15", tuple(steps))


def _waiting() -> tuple[Story, ...]:
    """The coordinator's queue: two referrals received (one urgent), one on a coming
    meeting day with the invitations sent, and a meeting day ahead with room."""
    return (
        Story(
            "age11",
            (
                step(
                    9,
                    "09:00",
                    "laerer",
                    "open",
                    arose=20,
                    concern="Trekker seg unna og gjør ikke lekser; foresatte er bekymret.",
                ),
                step(8, "10:00", "laerer", "consent", services=CONSENT["tit-6-15"], signed="every"),
                step(
                    7, "10:00", "laerer", "refer", types=("psychosocial", "learning"), family=True
                ),
                step(4, "12:00", CHAIR, "tit_day", team=OST, on=-6, at="09:00"),
            ),
        ),
        Story(
            "age13",
            (
                step(
                    5,
                    "09:00",
                    "laerer",
                    "open",
                    arose=8,
                    concern="Har fortalt om selvskading til en medelev; foresatte er informert.",
                ),
                step(5, "11:00", "laerer", "consent", services=CONSENT["tit-6-15"], signed="every"),
                step(4, "10:00", "laerer", "refer", types=("health", "psychosocial"), family=True),
                step(
                    3, "09:00", CHAIR, "assess", urgency="urgent", note="Tas opp på første møtedag."
                ),
            ),
        ),
        Story(
            "age4",
            (
                step(
                    20,
                    "09:00",
                    "barnehage",
                    "open",
                    arose=25,
                    concern="Sen motorisk utvikling og mye gråt ved levering.",
                ),
                step(
                    19, "10:00", "barnehage", "consent", services=CONSENT["tit-1-5"], signed="every"
                ),
                step(18, "10:00", "barnehage", "refer", types=("health", "care"), family=False),
                step(17, "09:00", CHAIR, "assess", urgency="ordinary"),
                step(16, "09:00", CHAIR, "tit_day", team=VEST, on=-3, at="09:00"),
                step(
                    16, "09:30", CHAIR, "place", on=-3, at="10:30", minutes=45, interpreter="polsk"
                ),
                step(15, "09:00", CHAIR, "tit_invite"),
            ),
        ),
    )


def stories(today: date) -> tuple[Story, ...]:
    this, before = _quarters(today)
    this_days = _spread(this, len(THIS_QUARTER))
    before_days = _spread(before, len(QUARTER_BEFORE))
    out = [_setup(max(before_days))]
    for number, ((subject, team, family), on) in enumerate(
        zip(QUARTER_BEFORE, before_days, strict=False)
    ):
        out.append(_discussed(subject, team, on, number, family, evaluate="staff"))
    for number, ((subject, team, family), on) in enumerate(
        zip(THIS_QUARTER, this_days, strict=False)
    ):
        out.append(
            _discussed(
                subject, team, on, number, family, evaluate="link" if number % 3 else "staff"
            )
        )
    return (*out, *_waiting())
