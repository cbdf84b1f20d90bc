"""Archive copies: made when a case closes or a participant closes their part (in the same
transaction as the closing, audited with it), and on request (audited as ``archive.make``);
listed for the case page; read for the printout, the PDF and the export (audited as
``archive.print``, ``archive.pdf`` and ``archive.export``).

Everyone who may see the case may make and read its copies (:func:`bti.services.access.get_case`);
anyone else finds no case (:class:`~bti.errors.NotFound`), and a copy of another case is
missing too. A copy is never changed: it is read as it was made, less the entries «Kun for
helsepersonell» for a reader who may not see them in the stafettlogg today.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from bti import clock
from bti.errors import NotFound
from bti.models import ArchiveCopy, ArchiveReason, Case, CaseParticipant, StaffUser
from bti.plugins import Municipality
from bti.rules.access import Actor
from bti.services.access import get_case
from bti.services.archive.records import snapshot
from bti.services.paging import Paged
from bti.services.stafettlogg import sees_health_entries

#: What each way of reading a copy is audited as.
READINGS = {"print": "archive.print", "pdf": "archive.pdf", "export": "archive.export"}
PER_PAGE = 20


def keep(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case: Case,
    reason: ArchiveReason,
    participant: CaseParticipant | None = None,
) -> ArchiveCopy:
    """Keep a copy of ``case``'s whole record as it stands now. For a service that has
    read the case (and audited the action) itself: closing the case, closing a part."""
    session.flush()  # what the action itself wrote belongs in the copy
    now = clock.now()
    document = snapshot(
        session,
        municipality=municipality,
        case=case,
        made_at=now,
        reason=reason,
        made_by_id=by.user_id,
        participant=participant,
    )
    copy = ArchiveCopy(
        case_id=case.id,
        made_at=now,
        reason=reason,
        made_by_id=by.user_id,
        participant_id=participant.id if participant else None,
        schema_version=document["schema_version"],
        records=json.dumps(document, ensure_ascii=False),
    )
    session.add(copy)
    session.flush()
    return copy


def make(session: Session, *, municipality: Municipality, by: Actor, case_id: str) -> ArchiveCopy:
    """A copy on request, by anyone who may see the case; open or closed."""
    case = get_case(session, by=by, case_id=case_id, action="archive.make")
    return keep(
        session, municipality=municipality, by=by, case=case, reason=ArchiveReason.REQUESTED
    )


@dataclass(frozen=True)
class CopyRow:
    """One copy in a list: when, why, by whom."""

    id: int
    made_at: datetime
    reason: str
    made_by: str


@dataclass(frozen=True)
class CopyList(Paged):
    case_id: str
    items: list[CopyRow]
    total: int
    page: int
    per_page: int


def newest(session: Session, *, case_id: str, limit: int) -> CopyList:
    """The newest ``limit`` copies of a case already read (and audited) by the caller, and
    how many there are, in one query: the case page's panel."""
    rows = session.exec(
        _rows(ArchiveCopy.case_id == case_id).add_columns(sa.func.count().over()).limit(limit)
    ).all()
    items = [CopyRow(i, at, str(reason), name) for i, at, reason, name, _total in rows]
    total = rows[0][-1] if rows else 0
    return CopyList(case_id=case_id, items=items, total=total, page=1, per_page=limit)


def listing(
    session: Session, *, by: Actor, case_id: str, page: int = 1, per_page: int = PER_PAGE
) -> CopyList:
    """One page of a case's copies, newest first, audited as ``archive.read_list``."""
    case = get_case(session, by=by, case_id=case_id, action="archive.read_list")
    return _page(session, case.id, page, per_page)


def _page(session: Session, case_id: str, page: int, per_page: int) -> CopyList:
    where = ArchiveCopy.case_id == case_id
    total = session.exec(select(sa.func.count()).select_from(ArchiveCopy).where(where)).one()
    page = min(max(1, page), max(1, -(-total // per_page)))
    rows = session.exec(_rows(where).offset((page - 1) * per_page).limit(per_page)).all()
    items = [CopyRow(i, at, str(reason), name) for i, at, reason, name in rows]
    return CopyList(case_id=case_id, items=items, total=total, page=page, per_page=per_page)


def _rows(where):
    """The copies ``where`` says, newest first, with who made them."""
    return (
        select(ArchiveCopy.id, ArchiveCopy.made_at, ArchiveCopy.reason, StaffUser.display_name)
        .join(StaffUser, StaffUser.id == ArchiveCopy.made_by_id)
        .where(where)
        .order_by(ArchiveCopy.made_at.desc(), ArchiveCopy.id.desc())
    )


@dataclass(frozen=True)
class ArchiveRead:
    """A copy as its reader may see it: ``document`` is the copy's JSON, less the entries
    the reader may not see (``left_out`` of them)."""

    copy_id: int
    case_id: str
    document: dict[str, Any]
    left_out: int


def read(
    session: Session,
    *,
    municipality: Municipality,
    by: Actor,
    case_id: str,
    copy_id: int,
    way: str = "print",
) -> ArchiveRead:
    """A copy of ``case_id`` to print (``way``: ``print``, ``pdf`` or ``export``)."""
    case = get_case(session, by=by, case_id=case_id, action=READINGS[way])
    copy = session.get(ArchiveCopy, copy_id)
    if copy is None or copy.case_id != case.id:
        raise NotFound(copy_id)
    document = json.loads(copy.records)
    records = document["records"]
    if any(r["health_internal"] for r in records) and not sees_health_entries(
        session, municipality=municipality, by=by, case=case
    ):
        document["records"] = [r for r in records if not r["health_internal"]]
    left_out = len(records) - len(document["records"])
    return ArchiveRead(copy_id=copy.id, case_id=case.id, document=document, left_out=left_out)
