"""The protocol: anonymised, finalised by the chair, archived in the team and collected
quarterly for the coordinator of «Sammen for barn og unge».

«Protokoll (anonymisert). Arkiveres i TIT.» Anonymised means: no name, birth date, address,
fødselsnummer or other detail that identifies the child, the guardians or anyone else in the
case. The chair writes it; :func:`identifying` finds what must come out, from what the case
holds (the names of the child and the guardians, the birth or due date, the fødselsnummer,
phone numbers and e-mail addresses) and from the shapes such details have (eleven digits, a
date, an e-mail address, a phone number). The protocol refers to the case by the team's
running number only («Sak nr.»).
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from bti import clock
from bti.errors import InvalidInput
from bti.i18n import lazy_gettext as _l
from bti.models import Case, Guardian, ReferralStatus, StaffUser, Subject, TeamDiscussion
from bti.rules.access import Actor
from bti.services import audit, versions
from bti.services.teams.access import CHAIR, get_referral

# Shapes of identifying details, whoever they belong to.
_ELEVEN_DIGITS = re.compile(r"(?<!\d)\d{6}\s?\d{5}(?!\d)")
_DATE = re.compile(
    r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](\d{4}|\d{2})(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE = re.compile(
    r"(?<![\d])(\+47\s?)?(\d{2}\s?){3}\d{2}(?![\d])|(?<!\d)\d{3}\s\d{2}\s\d{3}(?!\d)"
)
_ADDRESS = re.compile(
    r"\b[A-ZÆØÅ][\wæøå]+(veien|vegen|veg|vei|gata|gate|gaten|stien|bakken|plassen|allé|alle|"
    r"tunet|lia|åsen|haugen|jordet|svingen|terrassen)\s+\d+\s?[A-Za-z]?\b",
    re.IGNORECASE,
)

#: What is found, in words the chair understands (never the value itself).
NAME = "name"
BIRTH_DATE = "birth_date"
FODSELSNUMMER = "fodselsnummer"
ADDRESS = "address"
CONTACT = "contact"
KINDS = {
    NAME: _l("a name"),
    BIRTH_DATE: _l("a date that can identify someone (such as a birth date)"),
    FODSELSNUMMER: _l("a national identity number"),
    ADDRESS: _l("an address"),
    CONTACT: _l("a phone number or an e-mail address"),
}


def _names(session: Session, case: Case) -> list[str]:
    subject = session.get(Subject, case.subject_id)
    names = [subject.given_name, subject.family_name]
    for guardian in session.exec(select(Guardian).where(Guardian.subject_id == subject.id)):
        names += guardian.name.split()
    for user in session.exec(select(StaffUser).where(StaffUser.id == case.opened_by_id)):
        names += user.display_name.split()
    return [n for n in {n.strip(" ,.") for n in names} if len(n) >= 2]


def identifying(session: Session, *, case: Case, text: str) -> list[str]:
    """The kinds of identifying detail in ``text`` (empty when it is anonymised)."""
    found: list[str] = []
    for name in _names(session, case):
        if re.search(rf"(?<![\wæøåÆØÅ]){re.escape(name)}(?![\wæøåÆØÅ])", text, re.IGNORECASE):
            found.append(NAME)
            break
    if _ELEVEN_DIGITS.search(text):
        found.append(FODSELSNUMMER)
    if _DATE.search(text) or _written_birth_date(session, case, text):
        found.append(BIRTH_DATE)
    if _ADDRESS.search(text):
        found.append(ADDRESS)
    if _EMAIL.search(text) or _PHONE.search(_ELEVEN_DIGITS.sub("", text)):
        found.append(CONTACT)
    return found


_MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip


def _written_birth_date(session: Session, case: Case, text: str) -> bool:
    """The birth (or due) date written out («3. mars 2019»)."""
    subject = session.get(Subject, case.subject_id)
    day = subject.birth_date or subject.due_date
    if day is None:
        return False
    written = rf"\b{day.day}\.?\s+{_MONTHS[day.month - 1]}\b"
    return re.search(written, text, re.IGNORECASE) is not None


def finalise(
    session: Session, *, by: Actor, referral_id: int, text: str, version: int | None = None
) -> TeamDiscussion:
    """The chair finalises the protocol («Møteleder ferdigstiller protokoll»). Refused
    while it holds an identifying detail, naming the kind of detail (not the detail)."""
    reached = get_referral(
        session, by=by, referral_id=referral_id, action="team.protocol", needs=CHAIR
    )
    referral = reached.referral
    discussion = session.exec(
        select(TeamDiscussion).where(TeamDiscussion.referral_id == referral.id)
    ).first()
    if discussion is None or discussion.closed_at is None:
        raise InvalidInput("protocol", _l("Record the avrunding before the protocol."))
    versions.claim(session, discussion, seen=version, by=by, case_id=referral.case_id)
    if discussion.protocol_finalised_at is not None:
        raise InvalidInput("protocol", _l("The protocol is already finalised."))
    text = (text or "").strip()
    if not text:
        raise InvalidInput("protocol", _l("Write the protocol."))
    found = identifying(session, case=session.get(Case, referral.case_id), text=text)
    if found:
        raise InvalidInput(
            "protocol",
            _l("The protocol is to be anonymised. Take out %(what)s.",
               what=", ".join(str(KINDS[k]) for k in found)),
        )  # fmt: skip
    discussion.protocol = text
    discussion.protocol_finalised_at = clock.now()
    discussion.protocol_finalised_by_id = by.user_id
    session.add(discussion)
    referral.status = ReferralStatus.CLOSED
    referral.closed_at = clock.now()
    session.add(referral)
    session.flush()
    audit.record(
        session, actor=by, action="team.protocol_finalised", case_ref=referral.case_id,
        detail=f"referral={referral.id}",
    )  # fmt: skip
    return discussion


def draft(discussion: TeamDiscussion, number: int) -> str:
    """The protocol's first draft: the case number, whether the family took part, the
    summary and the number of measures; the chair edits it before finalising."""
    took_part = (
        _l("The guardians or the youth took part.")
        if discussion.guardians_present or discussion.youth_present
        else _l("Discussed on written consent, without the guardians or the youth.")
    )
    return "\n".join(
        [
            str(_l("Case no. %(number)s", number=number)),
            str(took_part),
            "",
            discussion.summary,
        ]
    )
