"""The levels of a guide: their steps (or rows), tools, decisions and deadlines."""

from __future__ import annotations

from dataclasses import dataclass


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
