"""The case page's read models: the case loaded once, audited as one ``case.read``, and
each panel's data from its ``read`` function (:class:`bti.case_panels.CasePanel`).

The core panels' read functions live beside this module, one per panel:

* :mod:`.about` — about the case, the acute contacts, the decision and the deadlines;
* :mod:`.consent`, :mod:`.people`, :mod:`.meetings`, :mod:`.stafettlogg`;
* :mod:`.custody` — the guardians and the custody arrangement;
* :mod:`.small` — the checklist of steps, plans, child as next of kin and barnevern's help;
* :mod:`.documents` — the notes and forms the case keeps;
* :mod:`.printable` — what can be printed.

:mod:`.around` reads the case with its subject, unit, participants, emergency accesses and
guardians in one statement, before the policy is applied to it; :mod:`.rows` reads the case's
rows that several panels show, one query per table or family of tables, for the page's
:class:`~bti.case_panels.CaseRead` to keep.

:mod:`.actions` holds the few case-page actions that answer with more than the service they
wrap returns (the warning after a decision, a meeting of the URL's case).

Each returns a small dataclass, already filtered for the viewer (guardians kept out after a
report, entries internal to health …), or ``None`` when the panel is not shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bti import clock
from bti.case_panels import CasePanel, CaseRead, CaseSummary
from bti.models import Case, Subject
from bti.rules.access import Actor
from bti.rules.child import age_on
from bti.services import guardians
from bti.services.access import admit
from bti.services.case_page import around, rows

if TYPE_CHECKING:
    from bti.plugins import Municipality


@dataclass(frozen=True)
class PanelData:
    panel: CasePanel
    data: Any


@dataclass(frozen=True)
class CasePage:
    """The case page for one viewer: the case, who it is about and the panels shown."""

    case: Case
    subject: Subject
    age: int | None
    summary: CaseSummary
    panels: tuple[PanelData, ...]


def read(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    panels: Sequence[CasePanel],
    asked: Mapping[str, str] | None = None,
) -> CasePage:
    """The page of ``case_id`` for ``by``; :class:`bti.errors.NotFound` when not theirs.
    ``asked`` is what the viewer asked the panels for (:attr:`CaseRead.asked`)."""
    found = around.read(session, case_id) if case_id else None
    case = admit(
        session,
        by=by,
        case_id=case_id,
        case=found.case if found else None,
        facts=found.facts if found else None,
        action="case.read",
    )
    subject, registered = found.subject, found.guardians
    today = clock.today(municipality)
    people = found.people
    context = CaseRead(
        session=session,
        municipality=municipality,
        actor=by,
        case=case,
        subject=subject,
        age=age_on(subject.birth_date, today) if subject.birth_date else None,
        today=today,
        now=clock.now(),
        guardians=[] if guardians.excluded(case) else registered,
        people=people,
        names=rows.staff_names(session, case),
        registered=registered,
        in_record=found.in_record,
        units=dict(found.units),
        asked=dict(asked or {}),
    )
    shown = []
    for panel in panels:
        data = panel.read(context)
        if data is not None:
            shown.append(PanelData(panel, data))
    summary = CaseSummary(
        actor=by,
        today=today,
        is_open=context.is_open,
        is_holder=context.is_holder,
        guardians=tuple(context.guardians),
        names=dict(context.names),
    )
    return CasePage(case, subject, context.age, summary, tuple(shown))
