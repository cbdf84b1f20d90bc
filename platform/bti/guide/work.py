"""How the municipality works around a case: kinds of meeting, forms, the task a refusal
gives its leaders, citizens' read access, the next-of-kin routine and its indicators (the
standing teams are in :mod:`bti.guide.teams`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MeetingKindDef:
    """A kind of meeting: its code, its name, and whether guardians are invited to it.

    ``with_guardians`` marks a conversation *with* the guardians (an undringssamtale): after
    a report that keeps them out it cannot go on without them, so it is put on hold rather
    than held with the guardians' invitations withdrawn.
    """

    code: str
    label: str
    invites_guardians: bool = True
    with_guardians: bool = False
    #: Both parents are to be invited, and the one who invites answers for reaching both
    #: («Den som kaller inn til møtet er ansvarlig for å sende ut invitasjon til begge
    #: foreldre», Jevnaker's undringssamtale).
    both_parents: bool = False
    #: The form kind (a :class:`FormVariant`) that prints the invitation to a meeting of this
    #: kind; empty is the core's «invitation».
    invitation: str = ""


@dataclass(frozen=True)
class TaskRule:
    """A task the guide gives the leaders of the unit where the case was opened, without a
    deadline (the guide gives none): ``title`` is what they are asked to do, ``why`` the
    guide's sentence, ``answers`` the assessments they may record as ``(code, label)``; each
    assessment needs a reason. See ``bti_guardians_decline_task``.
    """

    code: str
    title: str
    why: str = ""
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BringsIn:
    """An answer on a form that brings a service into the collaboration: when the form's
    field ``field`` was answered ``answer`` (a ticked box is ``"yes"``), a unit of kind
    ``unit_kind`` must take part in the case. ``name`` is the guide's name for the service
    («kommuneoverlege/fastlege»), ``why`` the guide's sentence; the case page prompts the
    stafettholder, and the participants list shows the service as still missing until
    someone of that kind takes part.
    """

    field: str
    answer: str
    unit_kind: str
    name: str
    why: str = ""


@dataclass(frozen=True)
class FormVariant:
    """A municipality's version of a form: a WTForms class and the template that prints it.

    A variant with a ``form_class`` for a kind the guide names as a tool (and not one the
    case page fills in elsewhere, see ``STRUCTURED_FORMS``) is filled in on the case and
    kept; ``description`` is the guide's instruction shown above it.
    """

    kind: str
    title: str
    form_class: type | None = None
    template: str | None = None
    description: str = ""
    #: Filling the form in is the guide's event of this name (``measures_set`` for a plan,
    #: ``measure_evaluated`` for its evaluation, see :class:`Step` and :class:`DeadlineRule`):
    #: it ticks the trinn waiting for it and meets or starts the deadlines it names.
    event: str = ""
    #: Answers that bring services into the collaboration (:class:`BringsIn`).
    brings_in: tuple[BringsIn, ...] = ()
    #: Who may write the form on a case. ``"opener"``: only the person who opened the case,
    #: who first had the concern («skrives av den som fikk undringen først», Jevnaker's
    #: note of the undringssamtale); others are refused. Empty: anyone on the case.
    written_by: str = ""


@dataclass(frozen=True)
class CitizenAccess:
    """Guardians and youth reading their own stafettlogg, read-only («Foreldre og ungdom har
    tilgang Stafettloggen på lik linje med de tjenesteytere som er involvert», Tromsø).

    ``youth_from_age`` is the age from which the youth signs in to read their own; guardians
    (with parental responsibility) read their child's while ``guardians`` is true.

    ``access_log_shows_staff_names``: whether the family's list of who has read their case
    names the staff members, or only their service and role (the default: the guides say
    nothing of the log, and a name outside those taking part is more than the family needs
    to see that the access was proper).
    """

    guardians: bool = True
    youth_from_age: int | None = 15
    access_log_shows_staff_names: bool = False


@dataclass(frozen=True)
class NextOfKinRoutine:
    """The municipality's routine for children as next of kin (barn som pårørende): the
    text to show on a marked case, and the ``kind`` of the contact to turn to."""

    routine: str
    contact: str = ""
    #: Up to which age a child is next of kin in this sense («Barn og unge (0-18 år)»).
    max_age: int = 18


@dataclass(frozen=True)
class Indicator:
    """A figure the municipality follows up, e.g. the share of team cases where the
    guardians took part, shown with the plan's columns (Hva / 0-punkt / Mål / Status /
    Forbedring).

    ``compute`` is called with a :class:`bti.Figures` (the municipality's figures for one
    quarter) and returns a number, a :class:`bti.Count` or :class:`bti.Share` from it (which
    carry their own small-cell suppression: the page shows «under 5»), or ``None`` when
    there is nothing to count.
    ``zero_point`` is the figure when measuring began («0-punkt»); ``None`` takes the first
    period with a figure. ``target`` is the plan's goal («Mål»).
    """

    code: str
    name: str
    compute: object
    unit: str = ""
    target: float | None = None
    zero_point: float | None = None
    #: Where the plan asks for it, in its words.
    source: str = ""
    #: Drawn as a chart across the periods, where a leader would rather look than read.
    chart: bool = False


#: Form kinds whose content other parts of the case fill in: the consent panel, the
#: meetings (invitation, minutes) and the stafettlogg (action plan).
STRUCTURED_FORMS = frozenset({"consent", "invitation", "minutes", "action_plan", "referral"})

#: Form kinds the core knows; plugins may add their own names.
FORM_KINDS = (
    "consent",
    "referral",
    "invitation",
    "minutes",
    "action_plan",
    "observation",
)
