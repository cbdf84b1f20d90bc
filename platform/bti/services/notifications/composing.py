"""What a notification says when it leaves the system: a neutral sentence, a reference and a
link, never a name (DESIGN.md, «No names outside the system»; Bærum's «navn må ikke oppgis i
epost»).

* The sentence says what kind of thing happened («du er tilbudt stafettpinnen i en sak»),
  from the kind alone: nothing of the case is read to write it.
* The reference (``BTI-4F7Q-K2``) is a keyed hash of the notification's own id: the person
  finds the same reference beside the notice in the app, but it is not the case's id, it
  differs from one notice to the next (two e-mails about one child cannot be matched), and
  without the deployment's secret key it leads nowhere.
* The link goes to the notice in the app, ``<base_url>/<slug>/varsler/<id>``: the person
  signs in, and opening it goes to the case through the case's own access checks (a
  guardian's or youth's goes to the notice in the citizens' pages,
  ``<base_url>/<slug>/innsyn/varsler/<id>``, and on to the stafettlogg they may read).
* Subject and body are written in the municipality's written standard (bokmål or nynorsk)
  through its catalogs; the headers carry addresses without display names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from bti.guide_text.words import in_language
from bti.i18n import gettext as _
from bti.i18n import lazy_gettext as _l
from bti.models import NotificationKind
from bti.plugins import Municipality

#: What happened, as the middle of a sentence: the only thing a notice says of its case.
WHAT = {
    NotificationKind.HANDOVER_OFFERED: _l("you are offered the baton in a case"),
    NotificationKind.HANDOVER_ANSWERED: _l("your offer of the baton has been answered"),
    NotificationKind.MEETING_INVITED: _l("you are invited to a meeting"),
    NotificationKind.MEETING_CHANGED: _l("a meeting you are invited to has changed"),
    NotificationKind.MEETING_CANCELLED: _l("a meeting you were invited to is cancelled"),
    NotificationKind.CONSENT_EXPIRING: _l("a consent is about to expire"),
    NotificationKind.CONSENT_WITHDRAWN: _l("a consent has been withdrawn"),
    NotificationKind.DEADLINE_SOON: _l("a deadline is coming up"),
    NotificationKind.DEADLINE_OVERDUE: _l("a deadline has passed"),
    NotificationKind.TEAM_REFERRAL: _l("a case has been referred to your team"),
}

_METHOD = re.compile(r"^METHOD:([A-Z-]+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Notice:
    """One notification as it is written into a message."""

    id: int
    kind: str
    calendar: str = ""
    #: For a guardian or youth: the link goes to the citizens' pages, not the staff's.
    for_citizen: bool = False


@dataclass(frozen=True)
class Addressing:
    """Who sends, to whom, and where links start; addresses only, never a display name."""

    sender: str
    to: str
    base_url: str
    key: bytes


def reference(key: bytes, municipality_id: int, notification_id: int) -> str:
    """The notice's neutral reference, ``BTI-XXXX-XX``: the same in the e-mail and the app."""
    digest = hmac.new(
        key, f"notification:{municipality_id}:{notification_id}".encode(), hashlib.sha256
    ).digest()
    code = base64.b32encode(digest).decode()[:6]
    return f"BTI-{code[:4]}-{code[4:]}"


def what(kind: str) -> str:
    """The sentence's middle for ``kind``, in the current language."""
    return str(WHAT[NotificationKind(kind)])


def link(addressing: Addressing, municipality: Municipality, notice: Notice) -> str:
    if notice.for_citizen:
        return f"{addressing.base_url}/{municipality.slug}/innsyn/varsler/{notice.id}"
    return f"{addressing.base_url}/{municipality.slug}/varsler/{notice.id}"


def message(
    municipality: Municipality,
    municipality_id: int,
    notice: Notice,
    addressing: Addressing,
    *,
    now: datetime,
) -> EmailMessage:
    """One notice by e-mail, with its calendar attached when it has one."""
    ref = reference(addressing.key, municipality_id, notice.id)
    with in_language(municipality, municipality.profile.malform.value):
        happened = what(notice.kind)
        subject = _("New in BTI-plattform: %(what)s (ref. %(ref)s)", what=happened, ref=ref)
        body = "\n\n".join(
            [
                _("Hello,"),
                _("News in BTI-plattform: %(what)s.", what=happened),
                _(
                    "Open it here (you sign in first): %(link)s",
                    link=link(addressing, municipality, notice),
                ),
                _("Reference: %(ref)s", ref=ref),
                *_footer(for_citizen=notice.for_citizen),
            ]
        )
    mail = _envelope(subject, body, addressing, now=now)
    if notice.calendar:
        _attach_calendar(mail, notice.calendar)
    return mail


def summary(
    municipality: Municipality,
    municipality_id: int,
    notices: Sequence[Notice],
    addressing: Addressing,
    *,
    now: datetime,
) -> EmailMessage:
    """The daily summary: one line with a reference and a link per notice, no calendars
    (an invitation that matters goes at once, by the person's own choice)."""
    with in_language(municipality, municipality.profile.malform.value):
        subject = _(
            "Daily summary from BTI-plattform: new notifications (%(count)s)", count=len(notices)
        )
        lines = [
            f"- {what(n.kind)} (ref. {reference(addressing.key, municipality_id, n.id)}): "
            f"{link(addressing, municipality, n)}"
            for n in notices
        ]
        body = "\n\n".join(
            [_("Hello,"), _("Since the last summary:") + "\n" + "\n".join(lines), *_footer()]
        )
    return _envelope(subject, body, addressing, now=now)


def _footer(*, for_citizen: bool = False) -> list[str]:
    """Why no name is given, and where the reader chooses what comes by e-mail: staff per
    kind under «Varsler», a guardian or youth their address on the citizens' pages."""
    choose = (
        _(
            "This message was sent automatically and cannot be answered. You give or remove "
            "the address notices go to under «Notices by e-mail», where you read the "
            "stafettlogg."
        )
        if for_citizen
        else _(
            "This message was sent automatically and cannot be answered. You choose which "
            "notifications you get by e-mail under «Notifications» → «Settings»."
        )
    )
    return [
        _(
            "For the child's protection this e-mail names no one; you see the case in "
            "BTI-plattform."
        ),
        choose,
    ]


def _envelope(subject: str, body: str, addressing: Addressing, *, now: datetime) -> EmailMessage:
    mail = EmailMessage()
    mail["Subject"] = subject
    mail["From"] = addressing.sender
    mail["To"] = addressing.to
    mail["Date"] = format_datetime(now)
    mail["Message-ID"] = make_msgid(domain=addressing.sender.rpartition("@")[2] or None)
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(body)
    return mail


def _attach_calendar(mail: EmailMessage, calendar: str) -> None:
    found = _METHOD.search(calendar)
    method = found.group(1) if found else "REQUEST"
    mail.add_attachment(
        calendar, subtype="calendar", filename="invitation.ics", params={"method": method}
    )
