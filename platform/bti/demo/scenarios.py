"""The demo cases, as data: whose case, who opened it, and the levels it went through.

Everything else (participants, meetings, consent, action plan, stafettlogg, decisions,
deadlines) follows from a scenario in :mod:`bti.demo.cases` and :mod:`bti.demo.records`,
so a reader can see the whole spread of cases here at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass

from bti.models import ConsentStatus, HandOverStatus


@dataclass(frozen=True)
class HandOverPlan:
    """The stafettholder ``from_key`` offering the baton to ``to_key``."""

    from_key: str
    to_key: str
    status: HandOverStatus


@dataclass(frozen=True)
class CaseScenario:
    """One case. Keys name subjects (:data:`bti.demo.people.SUBJECTS`) and staff
    (:data:`bti.demo.organisation.STAFF`); ``path`` is every level the case has been at,
    the last being where it is now (or was when it closed).

    ``consent`` ``None`` means: a given consent once the case reaches level 2, none before.
    ``services`` are unit keys a consent names besides the participants' own units.
    ``fresh`` cases have held no meeting yet; ``transition`` ones hold an overgangsmøte.
    """

    subject: str
    opener: str
    concern: str
    days_ago: int
    path: tuple[int, ...] = (0,)
    stafettholder: str | None = None
    others: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    consent: ConsentStatus | None = None
    handover: HandOverPlan | None = None
    closed: bool = False
    acute: bool = False
    overdue: bool = False
    fresh: bool = False
    transition: bool = False

    @property
    def highest_level(self) -> int:
        return max(self.path)

    @property
    def consent_status(self) -> ConsentStatus | None:
        if self.acute:  # the acute path never involves the guardians
            return None
        if self.consent is None and self.highest_level >= 2:
            return ConsentStatus.GIVEN
        return self.consent


_LEVEL_0 = (
    CaseScenario(
        "age2",
        "barnehage",
        "Snakker lite og trekker seg unna i lek med andre barn.",
        days_ago=6,
        fresh=True,
    ),
    CaseScenario(
        "age8",
        "laerer",
        "Kommer ofte for sent, virker sliten og har ofte ikke med matpakke.",
        days_ago=30,
        others=("leder",),
        services=("skolehelsetjeneste",),
        consent=ConsentStatus.DRAFT,
        overdue=True,
    ),
    CaseScenario(
        "age4",
        "barnehage",
        "Urolig etter flytting; roet seg etter samtale med foresatte.",
        days_ago=90,
        closed=True,
    ),
    CaseScenario(
        "age9",
        "laerer",
        "Urolig i timene etter flytting til nytt fosterhjem.",
        days_ago=21,
        others=("barnevern",),
    ),
    CaseScenario(
        "age0",
        "helsesykepleier",
        "Mor virker sliten og nedstemt ved seksukerskontrollen.",
        days_ago=4,
        fresh=True,
    ),
    CaseScenario(
        "age6",
        "laerer",
        "Barnet forteller at det blir slått hjemme. Meldt direkte til barneverntjenesten; "
        "foresatte er ikke informert.",
        days_ago=3,
        acute=True,
        stafettholder="barnevern",
        others=("leder",),
    ),
)

_LEVEL_1 = (
    CaseScenario(
        "age1",
        "barnehage",
        "Lite babling og blikkontakt; foresatte ønsker tett oppfølging i barnehagen.",
        days_ago=40,
        path=(0, 1),
        others=("styrer",),
    ),
    CaseScenario(
        "age10",
        "laerer",
        "Har få venner og blir holdt utenfor i friminuttene.",
        days_ago=45,
        path=(0, 1),
        overdue=True,
    ),
    CaseScenario(
        "age12",
        "laerer",
        "Høyt fravær i høst; fulgt opp med plan i skolen, og målene er nådd.",
        days_ago=150,
        path=(0, 1),
        closed=True,
    ),
    CaseScenario(
        "age14",
        "laerer",
        "Faglige vansker og lite motivasjon; foresatte vil ikke at PPT kobles inn nå.",
        days_ago=70,
        path=(0, 1),
        services=("ppt",),
        consent=ConsentStatus.REFUSED,
    ),
    CaseScenario(
        "age3",
        "barnehage",
        "Motorisk urolig. Samarbeidet med helsestasjon og fysioterapeut stanset da "
        "foresatte trakk samtykket.",
        days_ago=120,
        path=(0, 1, 2, 1),
        stafettholder="barnehage",
        others=("helsesykepleier",),
        services=("fysio_ergo",),
        consent=ConsentStatus.WITHDRAWN,
    ),
)

_LEVEL_2 = (
    CaseScenario(
        "age7",
        "laerer",
        "Strever med lesing og konsentrasjon; foresatte ønsker vurdering fra PPT.",
        days_ago=100,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("ppt", "helsesykepleier"),
        handover=HandOverPlan("laerer", "ppt", HandOverStatus.OFFERED),
    ),
    CaseScenario(
        "age15",
        "helsesykepleier",
        "Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid.",
        days_ago=80,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("laerer", "psykolog"),
    ),
    CaseScenario(
        "age5",
        "barnehage",
        "Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med skolen.",
        days_ago=160,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("ppt", "styrer"),
        handover=HandOverPlan("barnehage", "laerer", HandOverStatus.ACCEPTED),
        transition=True,
    ),
    CaseScenario(
        "gravid1",
        "helsesykepleier",
        "Førstegangsfødende med lite nettverk; ønsker støtte før og etter fødselen.",
        days_ago=50,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("familieveileder",),
        services=("fastlege",),
    ),
    CaseScenario(
        "age16",
        "helsesykepleier",
        "Mye fravær og uro; tiltakene fra flere tjenester er evaluert og avsluttet.",
        days_ago=300,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("ungdomskontakt",),
        closed=True,
    ),
)

_LEVEL_3 = (
    CaseScenario(
        "age11",
        "laerer",
        "Sammensatte vansker hjemme og på skolen; flere tjenester er inne og individuell plan "
        "vurderes.",
        days_ago=200,
        path=(0, 1, 2, 3),
        stafettholder="koordinator",
        others=("ppt", "helsesykepleier", "barnevern", "psykolog", "leder"),
        handover=HandOverPlan("laerer", "koordinator", HandOverStatus.ACCEPTED),
        overdue=True,
    ),
    CaseScenario(
        "age19",
        "ungdomskontakt",
        "Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk helse.",
        days_ago=130,
        path=(0, 2, 3),
        stafettholder="ungdomskontakt",
        others=("psykolog", "koordinator"),
        services=("nav",),
    ),
    CaseScenario(
        "age13",
        "helsesykepleier",
        "Skolehelsetjenesten kjenner til selvskading; tett samarbeid med psykisk helse, skolen "
        "og foresatte.",
        days_ago=90,
        path=(0, 2, 3),
        stafettholder="psykolog",
        others=("laerer", "koordinator"),
        services=("kommunepsykolog",),
        handover=HandOverPlan("psykolog", "koordinator", HandOverStatus.DECLINED),
    ),
    CaseScenario(
        "age22",
        "ungdomskontakt",
        "Fulgt opp over tid; overført til tjenester for voksne.",
        days_ago=400,
        path=(0, 2, 3),
        stafettholder="koordinator",
        others=("psykolog",),
        services=("nav",),
        closed=True,
    ),
)

#: Every demo case, grouped by the level it is at (the acute one jumps to barnevern).
SCENARIOS = _LEVEL_0 + _LEVEL_1 + _LEVEL_2 + _LEVEL_3
