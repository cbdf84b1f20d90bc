"""A panel on the case page, as a plugin registers it (``bti_register_case_panels``).

A panel has three parts, one per layer of the request path:

* ``read`` — service side: given a :class:`CaseRead` (the case, already loaded once and
  audited as one ``case.read`` for the whole page), return the panel's read model, a small
  dataclass already filtered for the viewer, or ``None`` to leave the panel out of the page.
* ``forms`` — web side: given that read model and a :class:`PanelForms`, return the panel's
  forms by name (blank, or the one that was posted and failed, with what the user typed).
* ``blueprint`` — the panel's own actions (``None`` when it has none). The web layer
  registers each distinct blueprint once; a route of a panel the URL's municipality does not
  have answers 404.

The page gives each panel a ``<section>`` and its heading (``title``); the panel's template
is the body, and gets ``panel`` (this definition), ``d`` (the read model), ``f`` (the
forms), ``ctx`` (a :class:`CaseSummary`) and ``case``. Actions in it open on request (the
``action`` macro in ``macros/forms.html``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Blueprint
    from sqlmodel import Session

    from bti.models import (
        Case,
        CaseDocument,
        CaseParticipant,
        Consent,
        Deadline,
        Guardian,
        HandOver,
        Meeting,
        Subject,
        Unit,
    )
    from bti.plugins import Municipality
    from bti.rules.access import Actor
    from bti.services.case_page.rows import CaseConsents, CaseDecisions
    from bti.services.steps import StepState
    from bti.web.forms import FlaskForm


@dataclass(frozen=True)
class CasePanel:
    """One section of the case page; see the module's docstring for the three parts."""

    name: str  # the section's id (the page's anchor) and the key of its data
    title: Any  # a lazy string: the section's heading, also in the page's contents
    template: str  # the section's body, included under the heading the page gives it
    #: Lower first. The core's: summary 0, steps 5, people 20, guardians 22, consent 30,
    #: meetings 40, stafettlogg 50, plans 55, decision 60, barnevern's help 62, child as
    #: next of kin 65, notes and forms 70, printouts and the copies for the archive 72,
    #: deadlines 75, the guide at this level 80, acute 85, who has seen the case 90; the
    #: notice of an emergency access 1.
    #: At desktop widths a panel below 10 goes across the page, below 40 in the first
    #: column (who takes part, the consent), from 40 in the second (meetings, the log, the
    #: decision); folded panels come last. On a phone, one column in this order.
    order: int
    read: Callable[[CaseRead], Any]
    forms: Callable[[Any, PanelForms], Mapping[str, Any]] | None = None
    #: One blueprint, or several for a panel that gathers the actions of more than one.
    blueprint: Blueprint | tuple[Blueprint, ...] | None = None
    #: Shown folded: only its heading, which opens it (a link into it opens it too); it
    #: comes open when a form in it failed or it has a message for the user. Either always,
    #: or a function of the read model (folded when nothing there waits for the user).
    folded: bool | Callable[[Any], bool] = False

    @property
    def blueprints(self) -> tuple[Blueprint, ...]:
        """The panel's blueprints (none, one or several)."""
        if self.blueprint is None:
            return ()
        return self.blueprint if isinstance(self.blueprint, tuple) else (self.blueprint,)

    def folds(self, data: Any) -> bool:
        """Whether the panel is shown folded for this read model."""
        return self.folded(data) if callable(self.folded) else self.folded


@dataclass
class CaseRead:
    """What a panel's ``read`` may use, inside the page's one transaction. Read only: the
    case was loaded and audited once for the whole page.

    The case's rows that several panels show (consents, meetings, decisions, deadlines, a
    pending hand-over, the kept forms, the checklist's steps) are read on first use, one
    query per table, and kept for the other panels: a panel reads them here rather than
    asking the database again, and never one query per row
    (``tests/perf/test_query_counts.py``)."""

    session: Session
    municipality: Municipality
    actor: Actor
    case: Case
    subject: Subject
    age: int | None
    today: date
    now: datetime
    guardians: list[Guardian]  # empty when guardians must not be involved
    people: list[CaseParticipant]  # active participants
    names: dict[int, str] = field(default_factory=dict)  # staff user id -> display name
    #: Every guardian registered for the subject, whether or not they may be involved (to
    #: name them where the record keeps them); the panels show ``guardians``.
    registered: list[Guardian] = field(default_factory=list)
    #: The ids of the ``registered`` guardians the case's record names (they signed a
    #: consent, or were invited to a meeting held), when read with the page; ``None``: ask
    #: :func:`bti.services.custody.in_record_of`.
    in_record: frozenset[int] | None = None
    units: dict[int, Unit] = field(default_factory=dict)  # the case's and participants' units
    #: What the viewer posted besides the case (a panel's own search, such as the people
    #: panel's search for a colleague, or the form that failed); empty when the page was
    #: simply shown. Never the query string: a name typed there ends up in the logs.
    asked: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_holder(self) -> bool:
        return self.case.stafettholder_id == self.actor.user_id

    @property
    def is_open(self) -> bool:
        return self.case.status == "open"

    @property
    def takes_part(self) -> bool:
        return any(p.user_id == self.actor.user_id for p in self.people)

    def name(self, user_id: int | None) -> str:
        """A staff member's display name, kept for the page's templates. The page reads the
        names of everyone the case names at once; one it did not foresee is read here."""
        from bti.models import StaffUser

        if user_id is None:
            return ""
        if user_id not in self.names:
            user = self.session.get(StaffUser, user_id)
            self.names[user_id] = user.display_name if user else ""
        return self.names[user_id]

    def unit(self, unit_id: int | None) -> Unit | None:
        """The case's unit or a participant's (read with the page), else read here."""
        from bti.models import Unit

        if unit_id is None:
            return None
        if unit_id not in self.units:
            self.units[unit_id] = self.session.get(Unit, unit_id)
        return self.units[unit_id]

    @cached_property
    def consents(self) -> CaseConsents:
        """The case's consents, newest first, with their services and signatures."""
        from bti.services.case_page import rows

        return rows.consents(self.session, self.case.id)

    @cached_property
    def valid_consents(self) -> list[Consent]:
        """The consents in force today."""
        return self.consents.valid_on(self.today)

    @cached_property
    def meetings(self) -> list[Meeting]:
        """Every meeting of the case, in the order they start."""
        from bti.services.case_page import rows

        return rows.meetings(self.session, self.case.id)

    @cached_property
    def decisions(self) -> CaseDecisions:
        """The case's decisions in the order taken, with their services and who took part."""
        from bti.services.case_page import rows

        return rows.decisions(self.session, self.case.id)

    @cached_property
    def open_deadlines(self) -> list[Deadline]:
        """The case's deadlines not yet met, soonest first."""
        from bti.services import deadlines

        return deadlines.open_for_case(self.session, self.case.id)

    @cached_property
    def pending_handover(self) -> HandOver | None:
        """The stafettholder's offer of the baton waiting for an answer."""
        from bti.services import handover

        if self.case.stafettholder_id is None:
            return None
        return handover.pending(self.session, case=self.case)

    @cached_property
    def documents(self) -> list[CaseDocument]:
        """The case's filled-in forms, oldest first."""
        from bti.services import documents

        return documents.for_case(self.session, case_id=self.case.id)

    @cached_property
    def step_states(self) -> list[StepState]:
        """The level's steps with their ticks, where the guide keeps them as a checklist."""
        from bti.services import steps

        return steps.states(
            self.session,
            municipality=self.municipality,
            case=self.case,
            decisions=self.decisions.decisions,
        )


@dataclass(frozen=True)
class CaseSummary:
    """What every panel's template may use besides its own data: no session, only facts."""

    actor: Actor
    today: date
    is_open: bool
    is_holder: bool
    guardians: tuple[Guardian, ...]
    names: Mapping[int, str]

    def name(self, user_id: int | None) -> str:
        return self.names.get(user_id, "") if user_id is not None else ""


@dataclass
class PanelForms:
    """What a panel's ``forms`` builder may use: the form that failed, and today."""

    failed: Mapping[str, FlaskForm]
    today: date
    actor: Actor

    def form(self, key: str, cls: type[FlaskForm], **kwargs) -> FlaskForm:
        """The form that failed under ``key`` (with what the user typed), or a blank one.
        The key is also the form's prefix, so field ids are unique on the page."""
        if key in self.failed:
            return self.failed[key]
        return cls(formdata=None, prefix=key, **kwargs)
