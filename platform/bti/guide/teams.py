"""Standing teams: who sits in them, which ages they serve, how often they meet, and the
parts of their meeting (Bærum's Tidlig innsatsteam is the first).

A plugin returns :class:`Team` values from ``bti_register_teams``; they are the defaults an
administrator starts from: the first time the municipality is set up they are written to
the database (``bti.services.teams.roster``), and from then on the teams are data the
administrator changes (members, coordinator, deputy, meeting days), not code. The meeting's
parts come from ``bti_register_team_agenda`` as :class:`AgendaPart` values.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TeamSeat:
    """A fixed member's seat: the service it is for (a unit kind), in the guide's words.

    ``from_referring_unit`` marks the seat taken by the unit the case comes from («styrer/
    avd.leder fra den aktuelle barnehage», «ledelsen ved den aktuelle skolen»): it is filled
    per case by that unit's leader, not by a standing member.
    """

    service: str
    label: str
    from_referring_unit: bool = False


@dataclass(frozen=True)
class Team:
    """A standing team, such as one of Bærum's Tidlig innsatsteam.

    Ages are whole years on the meeting date, both ends included: ``min_age=1, max_age=5``
    is from the first birthday until the day before the sixth. ``includes_pregnant`` sends a
    pregnant woman to this team. Where several teams serve the same ages, each serves part
    of the municipality (``area``); the units it serves are chosen by the administrator.
    """

    code: str
    name: str
    min_age: int | None = None
    max_age: int | None = None
    #: The fixed members' services in the guide's words (shown in the guide).
    members: tuple[str, ...] = ()
    cadence_days: int | None = None
    meeting_hours: float | None = None
    #: Who leads the team, in the guide's words («avdelingsleder fra barnevernstjenesten»).
    leader: str = ""
    includes_pregnant: bool = False
    seats: tuple[TeamSeat, ...] = ()
    #: The part of the municipality the team serves, where several serve the same ages.
    area: str = ""
    #: The weekday it meets by default (0 Monday … 6 Sunday) and the hour it starts.
    weekday: int | None = None
    starts_at_hour: int = 9
    place: str = ""
    #: Who else may attend, in the guide's words («Ved behov innkalles andre relevante
    #: instanser, etter avtale med foresatte»).
    others: str = ""
    #: When it meets more often («Utvides til ukentlige møter hvis det er behov»).
    more_often: str = ""
    #: From this age the youth is invited to the meeting about their own case and may speak
    #: there; ``None``: the youth is not invited by the team.
    youth_from_age: int | None = None


#: The parts of a team meeting the core records something for. ``presentation`` asks that
#: confidentiality was stated; ``closing`` holds the summary, the family's view, the action
#: plan, who coordinates the follow-up and when, and the family's immediate feedback;
#: ``reflection`` is for the fixed members only, after the referrer and the family have
#: left; ``protocol`` is finalised by the chair and is anonymised.
AGENDA_PART_CODES = ("presentation", "case", "discussion", "closing", "reflection", "protocol")


@dataclass(frozen=True)
class AgendaPart:
    """One part of a team meeting: its title, the minutes it takes («ca 5–10 minutter»)
    and the guide's guidance for it. ``code`` is one of :data:`AGENDA_PART_CODES`."""

    code: str
    title: str
    minutes_from: int | None = None
    minutes_to: int | None = None
    guidance: str = ""
    #: Held with the fixed members only («Etter at innmelder og foreldre/den unge har gått»).
    fixed_members_only: bool = False
