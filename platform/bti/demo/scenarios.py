"""The demo cases, as data: whose case, who opened it, and the levels it went through.

Everything else (participants, meetings, consent, action plan, stafettlogg, decisions,
deadlines) follows from a scenario in :mod:`bti.demo.cases` and :mod:`bti.demo.records`,
so a reader can see the whole spread of cases here at a glance.

Three :class:`Story` sets exist, one per kind of guide: :data:`NATIONAL` for the national
model (Bærum, Jevnaker), where a case may go from level 0 straight to level 2;
:data:`VESTBY` for Vestby's «Bekymring følges opp», which goes one level at a time, names
the services each decision brings in, asks every meeting at levels 2–3 whether the
coordinator changes, and has its own forms, meetings and follow-up deadlines; and
:data:`TROMSO` for Tromsø's guide, whose levels are numbered trinn kept as a checklist,
whose level 0 ends in a decision within 14 days of the concern arising, whose stafettlogg
opens at level 2 under consent, and where a case reaches level 3 only with a report to
barnevern. A municipality gets the first story its guide can walk
(:func:`bti.demo.cases.story_for`).
"""

from __future__ import annotations

from dataclasses import dataclass

from bti.models import ConsentStatus, HandOverStatus, MeetingKind, PlanKind

TVERRFAGLIG_MOTE = "tverrfaglig_mote"  # Vestby's own kind (nivå 3, «tverrfaglig møte»)


@dataclass(frozen=True)
class HandOverPlan:
    """The stafettholder ``from_key`` offering the baton to ``to_key``."""

    from_key: str
    to_key: str
    status: HandOverStatus


@dataclass(frozen=True)
class FilledForm:
    """A form the guide names as a tool, filled in by the one who opened the case:
    ``answers`` as (field name, text) pairs. An observation form's period is set from the
    case's own timeline (``period_from``/``period_to``)."""

    kind: str
    answers: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PlanRef:
    """A plan the child has beside the stafettlogg (IP, IOP, IUP): where it is kept, and the
    staff key of the one responsible for it."""

    kind: PlanKind
    kept_in: str
    responsible: str


@dataclass(frozen=True)
class CaseScenario:
    """One case. Keys name subjects (:data:`bti.demo.people.SUBJECTS`) and staff
    (:data:`bti.demo.organisation.STAFF`); ``path`` is every level the case has been at,
    the last being where it is now (or was when it closed).

    ``consent`` ``None`` means: a given consent before the first decision the guide says
    needs one (going to level 2 in the national model, to level 1 in Vestby's), none
    before. ``services`` are unit keys a consent names besides the participants' own units.
    ``fresh`` cases have held no meeting yet; ``transition`` ones hold an overgangsmøte.

    Where the guide's decisions name the services they bring in, ``names`` says which, per
    level the decision leads to: a staff key (that person joins the case then) or a unit
    key. ``more_services`` are staff who join by a decision that brings in more services
    while the case stays at its level, under a new consent that names them.
    ``documents`` are forms filled in by the opener; ``quiet_days`` puts the case's last
    step that many days back (so a follow-up deadline is near, or has passed).

    ``joins`` are staff who join when the case comes to a level (after the consent that
    level gathers), whatever the decision says. ``barnevern_help``: barnevern gives help in
    the case and so holds the baton (``stafettholder`` is then ``"barnevern"``). ``plans``
    are the plans beside the stafettlogg; ``next_of_kin`` marks the case as concerning a
    child who is next of kin (barn som pårørende): (who is ill, what it is).
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
    handovers: tuple[HandOverPlan, ...] = ()
    closed: bool = False
    acute: bool = False
    overdue: bool = False
    fresh: bool = False
    transition: bool = False
    names: tuple[tuple[int, tuple[str, ...]], ...] = ()
    more_services: tuple[str, ...] = ()
    documents: tuple[FilledForm, ...] = ()
    quiet_days: int | None = None
    joins: tuple[tuple[int, tuple[str, ...]], ...] = ()
    barnevern_help: bool = False
    plans: tuple[PlanRef, ...] = ()
    next_of_kin: tuple[str, str] | None = None

    @property
    def highest_level(self) -> int:
        return max(self.path)

    def named_at(self, level: int) -> tuple[str, ...]:
        """The keys the decision leading to ``level`` names (empty: not said)."""
        return next((keys for at, keys in self.names if at == level), ())

    def joining_at(self, level: int) -> tuple[str, ...]:
        """The staff keys who join when the case comes to ``level``."""
        return next((keys for at, keys in self.joins if at == level), ())


@dataclass(frozen=True)
class CitizenAccount:
    """A guardian's or youth's local sign-in (``<slug>.<key>``) to read a stafettlogg:
    ``relation`` ``foresatt`` (the first guardian of ``subject``) or ``ungdom`` (the
    subject)."""

    key: str
    relation: str
    subject: str
    description: str


@dataclass(frozen=True)
class Story:
    """A set of demo cases, and how a case goes at each level of the guide it is written
    for: the meetings held there in order (an open case at its present level has held only
    the first), and the meeting planned next. ``measures_at_meeting``: measures are agreed
    in the first meeting from level 1 (Vestby: «Tiltak og videre plan»), not the day after
    the case was opened.

    ``live_log``: the stafettlogg is written as the case goes, as the services write it
    (Tromsø, «Stafettlogg i Sampro»): it opens when the guide says (after the consent its
    level gathers) with the first stafettholder, who until then is the opener; goals,
    activities and evaluations are the action plan's own, each linked to the meeting that
    agreed it; every decision is logged; the baton passes by hand-over in the timeline.
    ``citizens`` are the guardian and youth accounts, where the guide gives them access.
    """

    name: str
    cases: tuple[CaseScenario, ...]
    meetings: tuple[tuple[str, ...], ...]
    planned: tuple[str, ...]
    measures_at_meeting: bool = False
    live_log: bool = False
    citizens: tuple[CitizenAccount, ...] = ()


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
        handovers=(HandOverPlan("laerer", "ppt", HandOverStatus.OFFERED),),
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
        handovers=(HandOverPlan("barnehage", "laerer", HandOverStatus.ACCEPTED),),
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
        handovers=(HandOverPlan("laerer", "koordinator", HandOverStatus.ACCEPTED),),
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
        handovers=(HandOverPlan("psykolog", "koordinator", HandOverStatus.DECLINED),),
    ),
    # A youth inside every target group the national story serves (Jevnaker's goes to 18).
    CaseScenario(
        "age17",
        "ungdomskontakt",
        "Fulgt opp over tid fra ungdomsskolen; målene er nådd, og samarbeidet er avsluttet.",
        days_ago=400,
        path=(0, 2, 3),
        stafettholder="koordinator",
        others=("psykolog",),
        services=("nav",),
        closed=True,
    ),
)

#: Every demo case on the national model, grouped by the level it is at (the acute one
#: jumps to barnevern).
SCENARIOS = _LEVEL_0 + _LEVEL_1 + _LEVEL_2 + _LEVEL_3

_U = MeetingKind.UNDRINGSSAMTALE
_S = MeetingKind.SAMARBEIDSMOTE
_O = MeetingKind.OPPFOLGINGSMOTE
_E = MeetingKind.EVALUERINGSMOTE

NATIONAL = Story(
    "national",
    SCENARIOS,
    meetings=((_U,), (_O,), (_S,), (_E,)),
    planned=(_U, _O, _O, _E),
)

# Vestby: «Bekymring følges opp». Level 0 ends with an undringssamtale; at level 1 measures
# are agreed in a meeting and followed up within 2–4 weeks; level 2 is a samarbeidsmøte and
# an evalueringsmøte; level 3 a tverrfaglig møte with follow-up meetings after it.

_UNDRINGSNOTAT = FilledForm(
    "undringsnotat",
    (
        (
            "wondering",
            "Jeg lurer på om eleven får nok søvn og mat, og om noe har endret seg hjemme "
            "etter høstferien.",
        ),
        (
            "experiences",
            "Har kommet for sent ni av de siste femten skoledagene, ofte uten matpakke. "
            "Sovner i lesestunden og orker lite i friminuttene. Har takket ja til brødskive "
            "fra skolekjøkkenet flere ganger.",
        ),
        ("child_said", "Sa en morgen: «Det var ingen som vekket meg i dag.» Ville ikke si mer."),
        ("discussed_with", "Rektor"),
        (
            "other_view",
            "Rektor deler uroen, men mener vi først bør høre med foresatte om det er en "
            "travel periode hjemme.",
        ),
        (
            "next_step",
            "Observerer eleven i to uker med observasjonsskjemaet og inviterer foresatte til "
            "en undringssamtale.",
        ),
    ),
)
_OBSERVASJON = FilledForm(
    "observation",
    (
        (
            "situation",
            "Morgenen og første time i klasserommet, og lunsjen. Kontaktlærer og assistent "
            "til stede.",
        ),
        (
            "observed",
            "Kom for sent fire av ti dager, mellom 15 og 40 minutter. Hadde ikke matpakke tre "
            "av dagene. Gjespet mye og la hodet på pulten i første time; var i bedre humør "
            "etter å ha fått mat.",
        ),
        ("reason", "Mønsteret er det samme nesten hver uke og har vart siden høstferien."),
        (
            "strengths",
            "Blid og hjelpsom, god venn med to i klassen, liker gym og matematikk. Foresatte "
            "svarer raskt på meldinger fra skolen.",
        ),
    ),
)

_VESTBY_LEVEL_0 = (
    _LEVEL_0[0],  # age2: fresh, in the kindergarten
    CaseScenario(
        "age8",
        "laerer",
        "Kommer ofte for sent, virker sliten og har ofte ikke med matpakke.",
        days_ago=30,
        others=("leder",),
        services=("skolehelsetjeneste",),
        consent=ConsentStatus.DRAFT,
        documents=(_UNDRINGSNOTAT, _OBSERVASJON),
    ),
    _LEVEL_0[2],  # age4: closed after a talk with the guardians
    _LEVEL_0[3],  # age9: in foster care, barnevern takes part
    _LEVEL_0[4],  # age0: fresh, at the health station
    _LEVEL_0[5],  # age6: acute, reported straight to barnevern
    CaseScenario(
        "age14",
        "laerer",
        "Faglige vansker og lite motivasjon; foresatte vil ikke samtykke til at PPT kobles "
        "inn nå, så skolen følger med på egen hånd.",
        days_ago=70,
        services=("ppt",),
        consent=ConsentStatus.REFUSED,
    ),
)

_VESTBY_LEVEL_1 = (
    CaseScenario(
        "age1",
        "barnehage",
        "Lite babling og blikkontakt; foresatte ønsker tett oppfølging i barnehagen.",
        days_ago=60,
        path=(0, 1),
        others=("styrer",),
        quiet_days=33,  # the follow-up meeting is overdue
    ),
    CaseScenario(
        "age10",
        "laerer",
        "Har få venner og blir holdt utenfor i friminuttene; tiltak i klassen er satt i gang.",
        days_ago=50,
        path=(0, 1),
        quiet_days=18,  # reminded about the follow-up meeting, not yet due
    ),
    _LEVEL_1[2],  # age12: goals reached, closed at level 1
    CaseScenario(
        "age3",
        "barnehage",
        "Motorisk urolig. Foresatte trakk samtykket før fysioterapeuten ble koblet inn; "
        "barnehagen følger opp tiltakene sine.",
        days_ago=120,
        path=(0, 1),
        services=("fysio_ergo",),
        consent=ConsentStatus.WITHDRAWN,
    ),
)

_VESTBY_LEVEL_2 = (
    CaseScenario(
        "age7",
        "laerer",
        "Strever med konsentrasjon og sover dårlig; foresatte ønsker veiledning hjemme.",
        days_ago=100,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("helsesykepleier", "familieveileder"),
        names=((2, ("helsesykepleier", "familieveileder")),),
    ),
    CaseScenario(
        "age15",
        "helsesykepleier",
        "Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid; familien "
        "trenger også veiledning.",
        days_ago=110,
        path=(0, 1, 2),
        stafettholder="helsesykepleier",
        others=("laerer", "psykolog", "familieveileder"),
        names=((2, ("psykolog",)),),
        more_services=("familieveileder",),
    ),
    CaseScenario(
        "age5",
        "barnehage",
        "Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med skolen.",
        days_ago=160,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("ppt", "styrer"),
        names=((2, ("ppt", "skole")),),
        handovers=(HandOverPlan("barnehage", "laerer", HandOverStatus.ACCEPTED),),
        transition=True,
    ),
    CaseScenario(
        "gravid1",
        "helsesykepleier",
        "Førstegangsfødende med lite nettverk; ønsker støtte før og etter fødselen.",
        days_ago=70,
        path=(0, 1, 2),
        stafettholder="helsesykepleier",
        others=("familieveileder",),
        services=("fastlege",),
        names=((2, ("familieveileder", "fastlege")),),
    ),
    CaseScenario(
        "age16",
        "helsesykepleier",
        "Mye fravær og uro; tiltakene fra skolehelsetjenesten og ungdomskontakten er "
        "evaluert og avsluttet.",
        days_ago=300,
        path=(0, 1, 2),
        stafettholder="helsesykepleier",
        others=("ungdomskontakt",),
        names=((2, ("ungdomskontakt",)),),
        closed=True,
    ),
)

_VESTBY_LEVEL_3 = (
    CaseScenario(
        "age11",
        "laerer",
        "Sammensatte vansker hjemme og på skolen; barnevernet er koblet inn sammen med flere "
        "tjenester, og individuell plan vurderes.",
        days_ago=200,
        path=(0, 1, 2, 3),
        stafettholder="koordinator",
        others=("ppt", "helsesykepleier", "barnevern", "psykolog", "leder"),
        names=((2, ("ppt", "helsesykepleier")), (3, ("barnevern", "psykolog"))),
        handovers=(
            HandOverPlan("laerer", "koordinator", HandOverStatus.ACCEPTED),
            # The tverrfaglige møtet agreed that barnevern coordinates («naturlig at de
            # koordinerer»); the offer waits for barnevern's answer.
            HandOverPlan("koordinator", "barnevern", HandOverStatus.OFFERED),
        ),
        quiet_days=8,
    ),
    CaseScenario(
        "age19",
        "ungdomskontakt",
        "Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk helse.",
        days_ago=130,
        path=(0, 1, 2, 3),
        stafettholder="ungdomskontakt",
        others=("psykolog", "koordinator"),
        services=("nav",),
        names=((2, ("psykolog",)), (3, ("koordinator", "nav"))),
    ),
    CaseScenario(
        "age13",
        "helsesykepleier",
        "Skolehelsetjenesten kjenner til selvskading; tett samarbeid med psykisk helse, skolen "
        "og foresatte.",
        days_ago=90,
        path=(0, 1, 2, 3),
        stafettholder="psykolog",
        others=("laerer", "koordinator"),
        services=("kommunepsykolog",),
        names=((2, ("psykisk_helse", "laerer")), (3, ("kommunepsykolog", "koordinator"))),
        handovers=(HandOverPlan("psykolog", "koordinator", HandOverStatus.DECLINED),),
    ),
    CaseScenario(
        "age22",
        "ungdomskontakt",
        "Fulgt opp over tid; overført til tjenester for voksne.",
        days_ago=400,
        path=(0, 1, 2, 3),
        stafettholder="koordinator",
        others=("psykolog",),
        services=("nav",),
        names=((2, ("psykolog",)), (3, ("nav",))),
        closed=True,
    ),
)

VESTBY = Story(
    "vestby",
    _VESTBY_LEVEL_0 + _VESTBY_LEVEL_1 + _VESTBY_LEVEL_2 + _VESTBY_LEVEL_3,
    meetings=((_U,), (_U, _O), (_S, _E), (TVERRFAGLIG_MOTE, _O)),
    planned=(_U, _O, _E, _O),
    measures_at_meeting=True,
)

# Tromsø: numbered trinn at every level, kept as a checklist; a decision at level 0 within
# 14 days of the concern arising; level 1 is «innsats i egen avdeling» (Ressursteam
# skole/barnehage, documented in the unit's own system); the stafettlogg opens at level 2
# after the consent (trinn 1–2) and doubles as the minutes; level 3 is reached only with a
# report to barnevern («gå til nivå 3; bekymringsmelding til barneverntjenesten»), and
# «Barnevernet skal alltid ha Stafettholderansvaret når de er inne med hjelpetiltak».

RESSURSTEAM = "ressursteam"  # Tromsø's own kind (nivå 1, «Ressursteam skole/barnehage»)

_TROMSO_OBSERVASJON = FilledForm(
    "observation",
    (
        (
            "seen_heard",
            "Har kommet for sent ni av de siste femten skoledagene, ofte uten matpakke. "
            "Sovner i lesestunden og orker lite i friminuttene.",
        ),
        ("child_said_did", "Sa en morgen: «Det var ingen som vekket meg i dag.»"),
        (
            "interplay",
            "Trekker seg fra de andre i friminuttene og blir fort lei seg når noe går galt; "
            "er i bedre humør etter å ha fått mat.",
        ),
        ("how_long", "Siden høstferien, om lag seks uker."),
        ("earlier_concerns", "Ingen tidligere bekymringer er kjent for skolen."),
    ),
)

_TROMSO_LEVEL_0 = (
    _LEVEL_0[0],  # age2: fresh, in the kindergarten; the decision is due within days
    CaseScenario(
        "age8",
        "laerer",
        "Kommer ofte for sent, virker sliten og har ofte ikke med matpakke.",
        days_ago=19,
        services=("skolehelsetjeneste",),
        consent=ConsentStatus.DRAFT,
        documents=(_TROMSO_OBSERVASJON,),
        overdue=True,  # no decision 14 days after the concern arose
    ),
    _LEVEL_0[2],  # age4: closed after a talk with the guardians
    CaseScenario(
        "age9",
        "laerer",
        "Urolig i timene etter flytting til nytt fosterhjem.",
        days_ago=8,
        others=("barnevern",),
    ),
    _LEVEL_0[4],  # age0: fresh, at the health station
)

_TROMSO_LEVEL_1 = (
    _LEVEL_1[0],  # age1: in the kindergarten, with the head
    CaseScenario(
        "age10",
        "laerer",
        "Har få venner og blir holdt utenfor i friminuttene; tiltakene i klassen er "
        "evaluert, og skolen fortsetter med en ny runde.",
        days_ago=75,
        path=(0, 1, 1),
    ),
    _LEVEL_1[2],  # age12: goals reached, closed at level 1
    _LEVEL_1[3],  # age14: the guardians refuse PPT
    _VESTBY_LEVEL_1[3],  # age3: consent withdrawn, the kindergarten goes on alone
)

_TROMSO_LEVEL_2 = (
    CaseScenario(
        "age7",
        "laerer",
        "Strever med lesing og konsentrasjon; foresatte ønsker vurdering fra PPT.",
        days_ago=100,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("ppt", "helsesykepleier"),
        joins=((2, ("ppt", "helsesykepleier")),),
        handovers=(HandOverPlan("laerer", "ppt", HandOverStatus.OFFERED),),
        plans=(PlanRef(PlanKind.IOP, "Sampro", "laerer"),),
    ),
    CaseScenario(
        "age15",
        "helsesykepleier",
        "Har fortalt helsesykepleier om søvnvansker og tristhet over lengre tid; mor har "
        "vært innlagt for psykisk sykdom i høst.",
        days_ago=80,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("laerer", "psykolog"),
        joins=((2, ("laerer", "psykolog")),),
        next_of_kin=("forelder", "psykisk_sykdom"),
    ),
    CaseScenario(
        "age5",
        "barnehage",
        "Begynner på skolen til høsten og trenger tilrettelegging; overgangsmøte med skolen.",
        days_ago=160,
        path=(0, 1, 2),
        stafettholder="laerer",
        others=("ppt", "styrer"),
        joins=((2, ("ppt", "laerer")),),
        handovers=(HandOverPlan("barnehage", "laerer", HandOverStatus.ACCEPTED),),
        transition=True,
        plans=(PlanRef(PlanKind.IUP, "Sampro", "barnehage"),),
    ),
    # Tromsø's target group is «barn og unge fra 0 til 23 år», without pregnant women: the
    # health station's case is about a small child.
    CaseScenario(
        "age1",
        "helsesykepleier",
        "Foreldrene er nye i kommunen og har lite nettverk; barnet strever med søvn og mat, "
        "og familien ønsker støtte fra flere tjenester.",
        days_ago=50,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("familieveileder",),
        services=("fastlege",),
        joins=((2, ("familieveileder",)),),
    ),
    CaseScenario(
        "age16",
        "helsesykepleier",
        "Mye fravær og uro; tiltakene fra flere tjenester er evaluert og avsluttet.",
        days_ago=300,
        path=(0, 2),
        stafettholder="helsesykepleier",
        others=("ungdomskontakt",),
        joins=((2, ("ungdomskontakt",)),),
        closed=True,
    ),
    CaseScenario(
        "age19",
        "ungdomskontakt",
        "Har sluttet på videregående; trenger hjelp med bolig, arbeid og psykisk helse. "
        "Aktivitetene er evaluert, og samarbeidet fortsetter med nye mål.",
        days_ago=130,
        path=(0, 2, 2),
        stafettholder="ungdomskontakt",
        others=("psykolog",),
        services=("nav",),
        joins=((2, ("psykolog",)),),
    ),
)

_TROMSO_LEVEL_3 = (
    CaseScenario(
        "age6",
        "laerer",
        "Barnet forteller at det blir slått hjemme. Meldt direkte til barneverntjenesten; "
        "foresatte er ikke informert.",
        days_ago=3,
        acute=True,
        stafettholder="barnevern",
        others=("leder",),
        barnevern_help=True,
    ),
    CaseScenario(
        "age11",
        "laerer",
        "Sammensatte vansker hjemme og på skolen. Etter bekymringsmelding gir "
        "barneverntjenesten hjelpetiltak og har stafettholderansvaret; individuell plan er "
        "startet.",
        days_ago=200,
        path=(0, 1, 3),
        stafettholder="barnevern",
        others=("ppt", "helsesykepleier", "psykolog", "koordinator", "leder"),
        joins=(
            (1, ("ppt", "helsesykepleier")),
            (3, ("barnevern", "psykolog", "koordinator")),
        ),
        barnevern_help=True,
        plans=(
            PlanRef(PlanKind.IP, "Sampro", "koordinator"),
            PlanRef(PlanKind.IOP, "Sampro", "laerer"),
        ),
    ),
    CaseScenario(
        "age13",
        "helsesykepleier",
        "Skolehelsetjenesten kjenner til selvskading. Bekymringen for omsorgssituasjonen er "
        "meldt til barneverntjenesten; psykisk helse, skolen og barnevernet samarbeider.",
        days_ago=120,
        path=(0, 1, 3),
        stafettholder="psykolog",
        others=("laerer", "koordinator", "barnevern"),
        joins=((3, ("psykolog", "laerer", "koordinator", "barnevern")),),
        handovers=(HandOverPlan("psykolog", "koordinator", HandOverStatus.DECLINED),),
    ),
    CaseScenario(
        "age17",
        "ungdomskontakt",
        "Uro og vold i hjemmet, meldt til barneverntjenesten. Tjenestene fulgte opp til "
        "ungdommen fikk egen bolig og ikke lenger trengte bredt samarbeid.",
        days_ago=260,
        path=(0, 1, 3),
        stafettholder="koordinator",
        others=("barnevern", "psykolog"),
        joins=((3, ("koordinator", "barnevern", "psykolog")),),
        closed=True,
    ),
)

_SM = MeetingKind.SAMARBEIDSMOTE

TROMSO = Story(
    "tromso",
    _TROMSO_LEVEL_0 + _TROMSO_LEVEL_1 + _TROMSO_LEVEL_2 + _TROMSO_LEVEL_3,
    meetings=((_SM,), (RESSURSTEAM, _E), (_SM, _E), (TVERRFAGLIG_MOTE, _E)),
    planned=(_SM, _E, _E, _E),
    live_log=True,
    citizens=(
        CitizenAccount(
            "foresatt",
            "foresatt",
            "age7",
            "Guardian: reads their child's stafettlogg at /{slug}/innsyn/logg-inn",
        ),
        CitizenAccount(
            "ungdom",
            "ungdom",
            "age15",
            "Youth (15): reads their own stafettlogg at /{slug}/innsyn/logg-inn",
        ),
    ),
)

#: Every story, the national model's first; a municipality gets the first its guide can walk.
STORIES = (NATIONAL, VESTBY, TROMSO)
