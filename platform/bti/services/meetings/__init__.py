"""Meetings about a case: the invitation, attendance and minutes, and a calendar file.

* :func:`plan` — an *invitation*, not a summons: time, place and agenda, so those invited can
  prepare (Vestby nivå 1 «Inviter til møte»: «Send ut skriftlig invitasjon (obs, ikke
  innkalling) hvor det står tydelig hva agendaen er»). After a report to barnevern the
  guardians are not invited (Vestby «Akutt?»: «Foresatte involveres ikke!»).
* :func:`change` and :func:`cancel` — a new time, place or agenda, or no meeting after all;
  everyone invited gets the update or the cancellation under the same calendar UID.
* :func:`record_held` — who took part, the guardians and the child included (Bærum's
  indicator «Andel saker i tidlig innsatsteam der foreldre har deltatt»), minutes per agenda
  part (Bærum «Møtestruktur»), and the child's view from 7 (Jevnaker «Barns rett til
  medvirkning og samtykke»).
* :func:`ics` — an iCalendar file with time, place, the kind of meeting and a link: no names
  and no concern (Bærum «Hvordan melde inn saker»: «navn må ikke oppgis i epost»).
* :func:`read` and :func:`guardian_participation` — what views and reports show.

Every function that touches a case starts with :func:`bti.services.access.get_case`, so each
access is audited.

The parts: :mod:`.planning` (the invitation, and the checks the parts share),
:mod:`.invitations` (the calendar entry and the notifications to those invited),
:mod:`.changing` (changing and cancelling), :mod:`.held`
(attendance, the child's voice, minutes) and :mod:`.reading` (what pages and reports show,
and the calendar file).
"""

from bti.services.meetings.changing import (
    REASON_MAX,
    cancel,
    change,
    may_change,
)
from bti.services.meetings.child import (
    PARTICIPATION_LABELS,
    give_minutes_to_child,
)
from bti.services.meetings.held import (
    COORDINATOR_ANSWERS,
    ON_HOLD,
    asks_coordinator,
    invitees,
    record_held,
)
from bti.services.meetings.invitations import DEFAULT_LENGTH
from bti.services.meetings.planning import (
    BOTH_PARENTS,
    HEADING_MAX,
    KEPT_OUT,
    KEPT_OUT_CONVERSATION,
    OTHER_PARENT_MISSING,
    PLACE_MAX,
    plan,
)
from bti.services.meetings.reading import (
    MeetingRecord,
    MinutesShown,
    guardian_participation,
    ics,
    read,
    shown,
)

__all__ = [
    "BOTH_PARENTS",
    "COORDINATOR_ANSWERS",
    "DEFAULT_LENGTH",
    "HEADING_MAX",
    "KEPT_OUT",
    "KEPT_OUT_CONVERSATION",
    "ON_HOLD",
    "OTHER_PARENT_MISSING",
    "PARTICIPATION_LABELS",
    "PLACE_MAX",
    "REASON_MAX",
    "MeetingRecord",
    "MinutesShown",
    "asks_coordinator",
    "cancel",
    "change",
    "give_minutes_to_child",
    "guardian_participation",
    "ics",
    "invitees",
    "may_change",
    "plan",
    "read",
    "record_held",
    "shown",
]
