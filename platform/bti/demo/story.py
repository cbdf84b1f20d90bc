"""A demo story: one case, told as what the staff did and when.

A municipality's plugin returns its stories from ``bti_register_demo_stories``; ``bti demo``
replays every step through the real services (:mod:`bti.demo.replay`), signed in as the
step's staff account, with the application's clock stopped at the step's moment. A step a
service refuses is a wrong story, not a reason to write the row by hand.

Keys name the demo's people: staff by their account (``laerer`` is ``<slug>.laerer``, see
:data:`bti.demo.organisation.STAFF`), subjects by age (``age7``, ``gravid1``, see
:data:`bti.demo.people.SUBJECTS`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: What a step can do, and its arguments (all optional unless named first):
#:
#: ``open`` concern, arose (days ago the concern arose), acute, recipient — the concern
#: about the story's subject, from the staff member's own unit;
#: ``read`` — open the case page (a leader without a part reads it as the unit's leader);
#: ``add`` people (staff keys) — bring them into the case;
#: ``consent`` services (unit kinds), signed (``"all"``, ``"first"`` of several, ``"none"``,
#: ``"every"`` who may sign) — register a consent and the signatures it gets;
#: ``refuse``/``withdraw`` note — the latest consent;
#: ``decide`` outcome (the level's own code), why, services, recipient, meeting_on, meeting_at,
#: place (the next meeting a decision agrees, ``meeting_on`` as ``invite``'s ``on``),
#: took_part (staff keys), child, guardians (a decision taken together); ``report``
#: recipient; ``help`` — barnevern gives help; ``help_declined`` offer — the guardians
#: decline the help offered (the unit's leaders get the guide's task, if it has one);
#: ``open_log`` holder (default: the one acting);
#: ``invite`` kind, on (days ago; negative: ahead), at ("HH:MM"), place, agenda (headings)
#: — invite everyone taking part, the guardians and the child from 7; ``hold`` voice,
#: coordinator, minutes (heading, text pairs) — the earliest meeting not yet held;
#: ``measure`` goal, measure, responsible (staff key or words), weeks (to the follow-up);
#: ``evaluate`` text, reached, voice — every measure not yet evaluated; ``log`` text, kind,
#: health, meeting (link the last held meeting);
#: ``offer`` to, note; ``accept``; ``decline`` note — a hand-over of the baton;
#: ``plan`` kind, kept_in, responsible — a plan beside the stafettlogg (IP, IOP, IUP);
#: ``form`` kind, answers (pairs) — fill in one of the guide's forms; ``tick`` numbers — trinn
#: done by hand; ``next_of_kin`` relation, reason — barn som pårørende. A standing team's
#: steps (``team``, ``refer``, ``tit_day``, ``assess``, ``place``, ``tit_invite`` … the
#: protocol and the family's evaluation) are in :mod:`bti.demo.team_actions`.
ACTIONS = frozenset(
    [
        "team",
        "refer",
        "tit_day",
        "assess",
        "place",
        "tit_invite",
        "tit_present",
        "tit_case",
        "tit_discuss",
        "tit_close",
        "tit_left",
        "tit_reflect",
        "tit_protocol",
        "tit_evaluate",
        "open",
        "read",
        "add",
        "consent",
        "refuse",
        "withdraw",
        "decide",
        "report",
        "help",
        "open_log",
        "invite",
        "hold",
        "measure",
        "evaluate",
        "log",
        "offer",
        "accept",
        "decline",
        "plan",
        "form",
        "tick",
        "next_of_kin",
        "help_declined",
    ]
)


@dataclass(frozen=True)
class StoryStep:
    """``by`` does ``action`` (one of :data:`ACTIONS`) ``ago`` days before the load, at
    ``time`` local time; a Saturday or Sunday moves back to the Friday."""

    ago: int
    time: str
    by: str
    action: str
    args: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"Unknown demo action {self.action!r}")
        if self.ago < 1:
            raise ValueError("A step happens before the day of the load (ago >= 1).")


def story_step(ago: int, time: str, by: str, action: str, **args: Any) -> StoryStep:
    """A :class:`StoryStep`, its arguments written as keywords."""
    return StoryStep(ago, time, by, action, tuple(args.items()))


@dataclass(frozen=True)
class Story:
    """One case about ``subject``, as its ``steps`` (the first opens it).

    ``readers`` are citizens' accounts that read this case's stafettlogg where the guide
    gives them access: (account key, ``"foresatt"`` for the subject's first guardian or
    ``"ungdom"`` for the subject), signing in as ``<slug>.<key>``.
    """

    subject: str
    steps: tuple[StoryStep, ...]
    readers: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if not self.steps or self.steps[0].action != "open":
            raise ValueError(f"The story about {self.subject} must start by opening the case.")
