"""The guardians of a case's child: whom to involve, and keeping them out after a report.

A report to barnevern where violence, sexual abuse or serious neglect is suspected keeps
the guardians out of the case («Foreldre skal da ikke kontaktes, og skal heller ikke ha
informasjon om meldingen», Bærum «Hvordan melde inn saker»; «Foresatte involveres ikke!»,
Vestby «Akutt?»; «unntatt når det er mistanke om seksuelle overgrep eller vold», Jevnaker
nivå 0). From the moment such a report is registered until barnevern says they can be
involved again, the core holds this in every municipality; no plugin can weaken it:

* :func:`keep_out` (called by the report itself) withdraws the guardians' invitations to
  every meeting not yet held, and puts a conversation *with* the guardians (an
  undringssamtale, ``MeetingKindDef.with_guardians``) on hold;
* :func:`to_involve` — the only list of guardians anything may contact, invite or inform
  (a message channel, a printout's addressee) — is empty;
* :func:`hide_names` takes their names out of any text that leaves the case page: the
  printouts and the calendar file.

Planning, consent signatures, registering a meeting as held and the citizens' pages check
:func:`excluded` in their own services.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from bti import clock
from bti.i18n import lazy_gettext as _l
from bti.models import Case, Guardian, Meeting, MeetingInvitee, Notification
from bti.plugins import Municipality

#: What a hidden guardian's name becomes in a printout or calendar file.
HIDDEN = _l("[guardian]")


def excluded(case: Case) -> bool:
    """Whether a report keeps the guardians out of the case (until barnevern says they can
    be involved again)."""
    return case.guardians_kept_out


def to_involve(session: Session, *, case: Case) -> list[Guardian]:
    """The guardians to invite, inform or send anything to: those with parental
    responsibility — and nobody while a report keeps them out."""
    if excluded(case):
        return []
    return list(
        session.exec(
            select(Guardian)
            .where(Guardian.subject_id == case.subject_id, Guardian.parental_responsibility)
            .order_by(Guardian.id)
        )
    )


@dataclass(frozen=True)
class KeptOut:
    """What keeping the guardians out did to the meetings not yet held."""

    withdrawn_from: tuple[int, ...] = ()  # meetings that go on without the guardians
    on_hold: tuple[int, ...] = ()  # conversations with the guardians, now waiting


def keep_out(
    session: Session, *, municipality: Municipality, case: Case, now: datetime | None = None
) -> KeptOut:
    """Keep the guardians out of ``case`` from now on: every meeting not yet held loses its
    guardian invitations (the rows go: nothing can print, send or show them), a
    conversation with the guardians is put on hold, and the notices the guardians and the
    youth were given about the case go from their list (sent or not: a notice left there
    would lead to a case they can no longer see). Part of the report's own transaction;
    its audit event says what happened (no names)."""
    now = now or clock.now()
    case.guardians_kept_out = True
    session.add(case)
    for notice in session.exec(
        select(Notification).where(
            Notification.case_id == case.id, Notification.citizen_id.is_not(None)
        )
    ):
        session.delete(notice)
    with_guardians = {k.code for k in municipality.meeting_kinds if k.with_guardians}
    waiting = session.exec(
        select(Meeting).where(
            Meeting.case_id == case.id, Meeting.held_at.is_(None), Meeting.cancelled_at.is_(None)
        )
    ).all()
    withdrawn, held_back = [], []
    for meeting in waiting:
        invitations = session.exec(
            select(MeetingInvitee).where(
                MeetingInvitee.meeting_id == meeting.id, MeetingInvitee.guardian_id.is_not(None)
            )
        ).all()
        for invitation in invitations:
            session.delete(invitation)
        if meeting.kind in with_guardians:
            meeting.on_hold = True
            held_back.append(meeting.id)
        elif invitations:
            withdrawn.append(meeting.id)
        if invitations or meeting.on_hold:
            meeting.guardians_withdrawn_at = now
            session.add(meeting)
    session.flush()
    return KeptOut(tuple(withdrawn), tuple(held_back))


def names(session: Session, *, case: Case) -> list[str]:
    """Every registered guardian's name, and each part of it, longest first: what
    :func:`hide_names` looks for."""
    found: set[str] = set()
    for name in session.exec(select(Guardian.name).where(Guardian.subject_id == case.subject_id)):
        name = name.strip()
        if name:
            found.add(name)
            found.update(part for part in name.split() if len(part) > 1)
    return sorted(found, key=len, reverse=True)


def hide_names(text: str, hidden: Iterable[str]) -> str:
    """``text`` with each of ``hidden`` (whole words, as written) replaced by «[foresatt]»."""
    hidden = [re.escape(name) for name in hidden if name]
    if not text or not hidden:
        return text
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(hidden) + r")(?!\w)")
    return pattern.sub(str(HIDDEN), text)


class Hider:
    """Hides the guardians' names in the texts of one case's printout, while a report keeps
    them out; otherwise it changes nothing."""

    def __init__(self, session: Session, case: Case):
        self.hidden = names(session, case=case) if excluded(case) else []

    def __call__(self, text: str) -> str:
        return hide_names(text, self.hidden) if self.hidden else text
