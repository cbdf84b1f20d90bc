"""The data a municipality's guide (handlingsveileder) is made of.

Plugins return these plain, frozen values from their hooks; the core reads them and never
asks which municipality it is dealing with. Text fields hold Norwegian source text, usually
wrapped in ``bti.i18n.lazy_gettext`` so a plugin's catalog can translate it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")


class Malform(StrEnum):
    """The written standard a municipality uses towards its inhabitants."""

    BOKMAL = "nb"
    NYNORSK = "nn"


@dataclass(frozen=True)
class TargetGroup:
    """Who the municipality's BTI work covers: an age span, and whether pregnant women are in.

    Ages are completed years on the day, both ends included: ``max_age`` 23 («0–23 år»)
    covers a person up to the day before the 24th birthday. A new concern about someone
    outside is refused (:func:`bti.rules.child.in_target_group`). The default is the national
    model's: «BTI er en samhandlingsmodell for tjenester som møter gravide, barn, unge og
    foreldre» (as Jevnaker's guide quotes it), 0–23 as most guides write it.
    """

    min_age: int = 0
    max_age: int = 23
    includes_pregnant: bool = True


@dataclass(frozen=True)
class Profile:
    """A municipality as the platform knows it."""

    slug: str
    name: str
    kommunenummer: str
    malform: Malform = Malform.BOKMAL
    timezone: str = "Europe/Oslo"
    target_group: TargetGroup = field(default_factory=TargetGroup)
    #: The guide's own first words to an employee with a concern, shown on the new-concern
    #: page («Dersom du lurer på om et barn/ungdom trenger hjelp, plikter du som ansatt å
    #: gjøre noe med det», Jevnaker).
    greeting: str = ""
    #: What the guide says of itself, shown at the top of the guide page («Handlingsveilederen
    #: er forpliktende for alle ansatte som møter barn og unge …»).
    guide_intro: str = ""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class Tool:
    """A tool (*verktøy*) the guide names for a level or a step; ``form`` names a form kind if
    the platform has a form for it, ``url`` a public page the guide links to."""

    name: str
    form: str | None = None
    url: str = ""


@dataclass(frozen=True)
class Step:
    """One thing to do at a level (a *hovedpunkt*, a numbered *trinn*, or a row of a guide
    written as a table), and who does it.

    A guide written as a table of rows (Jevnaker: «Hvordan? Hvem? Verktøy») gives each row
    its ``title`` and ``description`` (what to do), ``how`` (the «Hvordan?» column), ``who``
    («Hvem?») and ``tools`` («Verktøy»); the level is then shown as that table
    (:attr:`Level.as_rows`).
    """

    title: str
    description: str = ""
    who: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    how: str = ""
    tools: tuple[Tool, ...] = ()
    #: An event that ticks the step off by itself on a checklist level: ``decision`` (the
    #: level's last trinn: done only by recording a decision), ``stafettlogg_opened``,
    #: ``consent_given``, ``measures_set``, ``measure_evaluated``. Other steps are ticked by
    #: hand.
    done_when: str = ""


@dataclass(frozen=True)
class Outcome:
    """An allowed decision at a level and where it leads.

    ``to_level`` is the level the case moves to (the same level means "stay"); ``None``
    together with ``closes_case`` ends the case.
    """

    code: str
    label: str
    to_level: int | None = None
    closes_case: bool = False
    reports_to_barnevern: bool = False
    requires_consent: bool = False
    #: The decision names the services it brings in; a valid consent must cover each.
    names_services: bool = False
    #: The guide's own numbering of the decision, shown before the label («1», «3 A»).
    number: str = ""
    #: The ``kind`` of a contact the decision says to get in touch with (Ressurssenteret).
    contact: str = ""
    #: A meeting the decision calls for (a meeting kind, e.g. an overgangsmøte).
    meeting_kind: str = ""
    #: The decision may hand the baton to a new stafettholder («Overfør eventuelt ansvaret
    #: til ny Stafettholder»): the case page then points to the hand-over.
    hands_over: bool = False
    #: Staying at the level starts a new round of the checklist from this trinn (1-based):
    #: «Fortsett fra trinn 4-7 så lenge behovet er til stede».
    repeat_from: int | None = None
    #: The decision opens the stafettlogg at the level it leads to, with the person deciding
    #: as stafettholder (Jevnaker: «Ved beslutning om å ta saken videre opprettes
    #: stafettlogg nivå 1 - digitalt»). The target level must be one where the stafettlogg
    #: belongs.
    opens_stafettlogg: bool = False
    #: The decision agrees the next meeting, of this kind: the form asks for its date and
    #: time, and the meeting is planned with everyone on the case invited («Fyll ut
    #: samtykkeskjema, opprett stafettlogg og avtal nytt møte»).
    next_meeting: str = ""
    #: What the platform says once the decision is made (where a note is kept, what happens
    #: next); shown in the guide and after deciding.
    note: str = ""


@dataclass(frozen=True)
class DeadlineRule:
    """A deadline the guide sets: ``days`` after the event named by ``trigger``, met by the
    event named by ``met_by``.

    Events: ``case_opened`` (counted from the day the concern arose), ``level_entered``,
    ``measures_set``, ``measure_evaluated``, ``meeting_held``, ``decision``.
    ``decision:<outcome>`` starts on that decision only (a decision that needs clarifying
    in one's own service first).
    ``meeting_held:<kind>`` names only a meeting of that kind (e.g. a follow-up meeting
    after a cooperation meeting); plain ``meeting_held`` is any meeting. ``remind_days``
    (optional) is when the owner is reminded, counted from the trigger.
    """

    code: str
    label: str
    trigger: str
    days: int
    met_by: str = "decision"
    remind_days: int | None = None
    #: Count working days (Monday to Friday, not public holidays) instead of calendar days.
    working_days: bool = False
    #: How the municipality reads the guide's words for this deadline, shown on the guide
    #: page («"innen tre dager" leses som tre virkedager …»).
    reading: str = ""


@dataclass(frozen=True)
class Level:
    """One level (nivå 0–3) of a guide."""

    number: int
    name: str
    purpose: str
    steps: tuple[Step, ...] = ()
    tools: tuple[Tool, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    deadlines: tuple[DeadlineRule, ...] = ()
    #: How many services besides the one where the concern arose the level is for:
    #: ``(1, 2)`` is «1–2 tjenester», ``(3, None)`` «3 eller flere»; ``None`` says nothing.
    service_span: tuple[int, int | None] | None = None
    #: Services (unit kinds) the guide names as examples of whom to bring in at this level.
    service_examples: tuple[str, ...] = ()
    #: A meeting held at this level must say whether the coordinator (stafettholder) changes.
    clarify_coordinator: bool = False
    #: The steps are numbered trinn, kept as a checklist on the case: which are done, by
    #: whom and when (Tromsø). Otherwise they are guidance only.
    checklist: bool = False
    #: The stafettlogg can only be opened at this level under a valid written consent
    #: («Opprett Stafettlogg. NB! Husk samtykke»).
    consent_before_stafettlogg: bool = False
    #: The stafettlogg belongs at this level and can be opened here. ``False`` where the
    #: guide keeps the work in the service's own plan instead (Tromsø nivå 1: «Lag en plan
    #: for det videre forløpet […] Dokumenter i eget fagsystem»; the stafettlogg comes at
    #: nivå 2: «Opprett Stafettlogg»). A stafettlogg opened earlier stays open.
    stafettlogg: bool = True
    #: Where the stafettlogg does not belong: the kind of the fillable form (a
    #: :class:`FormVariant` with a ``form_class``) in which the level's plan is written. The
    #: case page offers it in the stafettlogg's place.
    plan_form: str = ""
    #: Children who get help (hjelpetiltak) from barnevern are at this level («det samme er
    #: barn med tiltak fra barneverntjenesten», Tromsø nivå 3): recording that barnevern
    #: starts its help moves a case from a lower level here. At most one level says so.
    barnevern_help: bool = False
    #: The decision at this level is taken together by those taking part, the child and the
    #: guardians (Jevnaker nivå 3 «Beslutning», Hvem: «Deltagere i det tverrfaglige
    #: samarbeidet, barnet og foresatte»): the decision records who took part in it.
    decision_together: bool = False

    @property
    def as_rows(self) -> bool:
        """The guide writes this level as a table of rows with «Hvordan? Hvem? Verktøy»."""
        return any(step.how or step.tools for step in self.steps)


@dataclass(frozen=True)
class OpeningHours:
    """When a contact answers, in the municipality's local time.

    Both ends count, as a guide writes them: «08.00 – 15.00» answers at 08.00 and at 15.00.
    A time is a whole minute, so ``closes`` 15.00 answers until 15:00:59 and the next
    minute is the first one closed. ``weekdays`` uses Python's numbering (Monday is 0).
    ``closes`` earlier than ``opens`` means the span runs past midnight. An office
    (``closed_on_holidays``) is closed on Norwegian public holidays (helligdager and 1 and
    17 May).
    """

    opens: time
    closes: time
    weekdays: frozenset[int] = frozenset(range(5))
    closed_on_holidays: bool = False

    def covers(self, local: datetime) -> bool:
        moment = local.timetz().replace(tzinfo=None)
        # The minute it is now, against the minute the span closes: 15:00:59 is still 15.00.
        minute = moment.replace(second=0, microsecond=0)
        last = self.closes.replace(second=0, microsecond=0)
        if self.opens <= self.closes:
            day = local.date()
            return (
                local.weekday() in self.weekdays
                and self.opens <= moment
                and minute <= last
                and not self._holiday(day)
            )
        # Past midnight: the evening part belongs to the listed day, the morning to the next.
        if moment >= self.opens:
            return local.weekday() in self.weekdays and not self._holiday(local.date())
        yesterday = local.date() - timedelta(days=1)
        return (
            minute <= last and yesterday.weekday() in self.weekdays and not self._holiday(yesterday)
        )

    def _holiday(self, day: date) -> bool:
        from bti.rules.holidays import is_public_holiday

        return self.closed_on_holidays and is_public_holiday(day)


@dataclass(frozen=True)
class Contact:
    """A phone number to call, when it answers and when to use it.

    ``hours`` empty means it always answers — unless ``when_closed`` names the ``kind`` of
    another contact: then it answers exactly when that one does not (a barnevernsvakt
    answers when the barnevern office is closed: evenings, weekends, public holidays).
    ``acute`` marks the contacts for the acute path.
    """

    name: str
    phone: str
    when_to_use: str = ""
    hours: tuple[OpeningHours, ...] = ()
    acute: bool = False
    kind: str = ""
    when_closed: str = ""
    #: A public page about the service that the guide links to. ``phone`` may be empty where
    #: the guide gives no number: the platform then says the municipality fills it in, and
    #: never offers a number to call.
    url: str = ""

    def answers_at(self, at: datetime, tz: str = "Europe/Oslo") -> bool:
        """Whether it answers at ``at`` by its own hours (``when_closed`` is resolved by
        :func:`bti.rules.contacts.contacts_for`, which knows the other contacts)."""
        if not self.hours:
            return True
        local = at.astimezone(ZoneInfo(tz))
        return any(span.covers(local) for span in self.hours)


@dataclass(frozen=True)
class Team:
    """A standing team, such as Bærum's Tidlig innsatsteam for one age group."""

    code: str
    name: str
    min_age: int | None = None
    max_age: int | None = None
    members: tuple[str, ...] = ()
    cadence_days: int | None = None
    meeting_hours: float | None = None
    leader: str = ""


@dataclass(frozen=True)
class MeetingKindDef:
    """A kind of meeting: its code, its name, and whether guardians are invited to it.

    ``with_guardians`` marks a conversation *with* the guardians (an undringssamtale): after
    a report that keeps them out it cannot go on without them, so it is put on hold rather
    than held with the guardians' invitations withdrawn.
    """

    code: str
    label: str
    invites_guardians: bool = True
    with_guardians: bool = False
    #: Both parents are to be invited, and the one who invites answers for reaching both
    #: («Den som kaller inn til møtet er ansvarlig for å sende ut invitasjon til begge
    #: foreldre», Jevnaker's undringssamtale).
    both_parents: bool = False
    #: The form kind (a :class:`FormVariant`) that prints the invitation to a meeting of this
    #: kind; empty is the core's «invitation».
    invitation: str = ""


@dataclass(frozen=True)
class TaskRule:
    """A task the guide gives the leaders of the unit where the case was opened, without a
    deadline (the guide gives none): ``title`` is what they are asked to do, ``why`` the
    guide's sentence, ``answers`` the assessments they may record as ``(code, label)``; each
    assessment needs a reason. See ``bti_guardians_decline_task``.
    """

    code: str
    title: str
    why: str = ""
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BringsIn:
    """An answer on a form that brings a service into the collaboration: when the form's
    field ``field`` was answered ``answer`` (a ticked box is ``"yes"``), a unit of kind
    ``unit_kind`` must take part in the case. ``name`` is the guide's name for the service
    («kommuneoverlege/fastlege»), ``why`` the guide's sentence; the case page prompts the
    stafettholder, and the participants list shows the service as still missing until
    someone of that kind takes part.
    """

    field: str
    answer: str
    unit_kind: str
    name: str
    why: str = ""


@dataclass(frozen=True)
class FormVariant:
    """A municipality's version of a form: a WTForms class and the template that prints it.

    A variant with a ``form_class`` for a kind the guide names as a tool (and not one the
    case page fills in elsewhere, see ``STRUCTURED_FORMS``) is filled in on the case and
    kept; ``description`` is the guide's instruction shown above it.
    """

    kind: str
    title: str
    form_class: type | None = None
    template: str | None = None
    description: str = ""
    #: Filling the form in is the guide's event of this name (``measures_set`` for a plan,
    #: ``measure_evaluated`` for its evaluation, see :class:`Step` and :class:`DeadlineRule`):
    #: it ticks the trinn waiting for it and meets or starts the deadlines it names.
    event: str = ""
    #: Answers that bring services into the collaboration (:class:`BringsIn`).
    brings_in: tuple[BringsIn, ...] = ()
    #: Who may write the form on a case. ``"opener"``: only the person who opened the case,
    #: who first had the concern («skrives av den som fikk undringen først», Jevnaker's
    #: note of the undringssamtale); others are refused. Empty: anyone on the case.
    written_by: str = ""


@dataclass(frozen=True)
class CitizenAccess:
    """Guardians and youth reading their own stafettlogg, read-only («Foreldre og ungdom har
    tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert», Tromsø).

    ``youth_from_age`` is the age from which the youth signs in to read their own; guardians
    (with parental responsibility) read their child's while ``guardians`` is true.
    """

    guardians: bool = True
    youth_from_age: int | None = 15


@dataclass(frozen=True)
class NextOfKinRoutine:
    """The municipality's routine for children as next of kin (barn som pårørende): the
    text to show on a marked case, and the ``kind`` of the contact to turn to."""

    routine: str
    contact: str = ""
    #: Up to which age a child is next of kin in this sense («Barn og unge (0-18 år)»).
    max_age: int = 18


@dataclass(frozen=True)
class Indicator:
    """A figure for reports, e.g. the share of cases where guardians took part.

    ``compute`` is called with ``session`` (scoped to the municipality) and returns a number.
    """

    code: str
    name: str
    compute: object
    unit: str = ""
    target: float | None = None


#: Form kinds whose content other parts of the case fill in: the consent panel, the
#: meetings (invitation, minutes) and the stafettlogg (action plan).
STRUCTURED_FORMS = frozenset({"consent", "invitation", "minutes", "action_plan", "referral"})

#: Form kinds the core knows; plugins may add their own names.
FORM_KINDS = (
    "consent",
    "referral",
    "invitation",
    "minutes",
    "action_plan",
    "observation",
)
