"""Forms the guide names as tools, filled in on a case: Vestby's Undringsnotat and
Observasjonsskjema («Bruk observasjonsskjemaet og observer barnet/ungdommen i en kort
periode. Skriv ned det som gir grunn til å lure, og ha fokus på de konkrete opplevelsene»,
Vestby nivå 0 «Uro/bekymring»).

The municipality's :class:`bti.guide.FormVariant` brings the fields (a WTForms class) and
validates them in the web layer; the core keeps the answers, in order, as JSON, and audits
every write and read like any other part of the case.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlmodel import Session, select

from bti.errors import InvalidInput, NotFound
from bti.guide import FormVariant
from bti.i18n import lazy_gettext as _l
from bti.models import Case, CaseDocument
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services import audit, deadlines, steps
from bti.services.access import get_case, refusal
from bti.services.guards import require_open


def fill(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    kind: str,
    answers: Mapping[str, str],
) -> CaseDocument:
    """Keep a filled-in form of ``kind`` on the case; at least one answer must be given.

    A form only the person who opened the case may write (``FormVariant.written_by``
    ``"opener"``: the one who first had the concern) is refused to anyone else.

    A form that is the guide's event (``FormVariant.event``: the plan of a level kept in
    the service's own system is ``measures_set``, its evaluation ``measure_evaluated``)
    ticks the trinn and meets or starts the deadlines that event names, as the action plan
    does where the stafettlogg keeps it.
    """
    case = get_case(session, by=by, case_id=case_id, action="document.fill")
    require_open(session, by=by, case=case)
    variant = municipality.fillable_form(kind)
    if variant is None:
        raise InvalidInput("kind", _l("Choose one of the forms in the guide."))
    if not may_write(variant, case=case, by=by):
        raise refusal(
            session, by=by, case_id=case.id, reason="not_the_opener", message=OPENER_WRITES
        )
    kept = {name: str(value).strip() for name, value in answers.items() if value is not None}
    if not any(kept.values()):
        raise InvalidInput("answers", _l("Fill in at least one field before you save."))
    document = CaseDocument(
        case_id=case.id,
        kind=kind,
        answers=json.dumps(kept, ensure_ascii=False),
        author_id=by.user_id,
    )
    session.add(document)
    session.flush()
    if variant.event:
        deadlines.meet(session, case=case, event=variant.event)
        deadlines.start(
            session,
            municipality=municipality,
            case=case,
            trigger=variant.event,
            owner_id=case.stafettholder_id or by.user_id,
        )
        steps.record_event(
            session, municipality=municipality, case=case, event=variant.event,
            by_user_id=by.user_id,
        )  # fmt: skip
    audit.record(session, actor=by, action="document.filled", case_ref=case.id, detail=kind)
    return document


#: Why someone else may not write a form the opener writes.
OPENER_WRITES = _l(
    "Only the person who first had the concern, the one who opened the case, writes this form."
)
OPENER = "opener"


def may_write(variant: FormVariant, *, case: Case, by: Actor) -> bool:
    """Whether ``by`` may write ``variant`` on ``case`` (see ``FormVariant.written_by``)."""
    if variant.written_by == OPENER:
        return case.opened_by_id == by.user_id
    return True


def for_case(session: Session, *, case_id: str) -> list[CaseDocument]:
    """The case's filled-in forms, oldest first (the caller has read the case)."""
    return list(
        session.exec(
            select(CaseDocument)
            .where(CaseDocument.case_id == case_id)
            .order_by(CaseDocument.created_at, CaseDocument.id)
        )
    )


def read(session: Session, *, by: Actor, case_id: str, document_id: int) -> CaseDocument:
    """One filled-in form of the case, audited; another case's form is not found."""
    case = get_case(session, by=by, case_id=case_id, action="document.read")
    document = session.get(CaseDocument, document_id)
    if document is None or document.case_id != case.id:
        raise NotFound(document_id)
    return document


def answers_of(document: CaseDocument) -> dict[str, str]:
    return json.loads(document.answers or "{}")
