"""What the user reads for the codes the core stores (unit kinds, roles …)."""

from __future__ import annotations

import re
from functools import cache

from bti.i18n import lazy_gettext as _l
from bti.models import ConsentStatus, PlanKind, Role, UnitKind

UNIT_KINDS = {
    UnitKind.BARNEHAGE: _l("kindergarten"),
    UnitKind.SKOLE: _l("school"),
    UnitKind.HELSESTASJON: _l("health station"),
    UnitKind.SKOLEHELSETJENESTE: _l("school health service"),
    UnitKind.PPT: _l("educational-psychological service (PPT)"),
    UnitKind.BARNEVERN: _l("child welfare service (barnevern)"),
    UnitKind.PSYKISK_HELSE: _l("mental health service"),
    UnitKind.NAV: _l("NAV"),
    UnitKind.FASTLEGE: _l("GP"),
    UnitKind.KOMMUNEPSYKOLOG: _l("municipal psychologist"),
    UnitKind.FYSIO_ERGO: _l("physiotherapy and occupational therapy"),
    UnitKind.FAMILIEVEILEDNING: _l("family guidance"),
    UnitKind.UNGDOMSKONTAKT: _l("youth contact"),
    UnitKind.ANNET: _l("other service"),
}

ROLES = {
    Role.ANSATT: _l("employee"),
    Role.LEDER: _l("leader"),
    Role.KOORDINATOR: _l("coordinator"),
    Role.ADMINISTRATOR: _l("administrator"),
}

# A consent past its end date: shown as a status of its own, though not stored as one.
EXPIRED = "expired"

CONSENT_STATUS = {
    ConsentStatus.DRAFT: _l("Awaiting signatures"),
    ConsentStatus.GIVEN: _l("Given"),
    ConsentStatus.REFUSED: _l("Refused"),
    ConsentStatus.WITHDRAWN: _l("Withdrawn"),
    EXPIRED: _l("Expired"),
}

# Why these people sign a consent: one sentence per rule of bti.rules.consent
# (Requirement.rule), for the case page and the printed consent form.
CONSENT_RULES = {
    "self": _l("The person the case is about signs for themself (18 or older, or pregnant)."),
    "youth_health": _l(
        "From 16 the youth consents alone to health information shared within the health services."
    ),
    "youth_or_guardians": _l("From 15 the youth or the guardians sign (the municipality's rule)."),
    "health_under_16": _l(
        "The consent includes health information: under 16 the guardians sign as well as the "
        "youth, so the youth's own signature is not enough."
    ),
    "youth_and_guardians": _l(
        "From 15 both the youth and the guardians sign (the municipality's rule)."
    ),
    "guardians_sammen": _l("The parents live together: one of them signing is enough."),
    "guardians_daglig_omsorg": _l("The parents live apart: the one with daily care signs."),
    "guardians_delt_omsorg": _l("The parents share daily care: both must sign."),
    "guardians_ene": _l("One guardian alone has parental responsibility and signs."),
    "guardians_offentlig": _l(
        "Custody lies with the public services: those registered with parental responsibility sign."
    ),
    "guardians_unknown": _l(
        "The custody arrangement is not registered: every guardian with parental "
        "responsibility signs."
    ),
}


# Deadlines no level of the guide names (any more): the codes the demo gave deadlines before
# the guides set their own (databases made then still hold them). Any other code reads
# «Frist» (DEADLINE): see bti.plugins.Municipality.deadline_label.
DEADLINES = {
    "follow_up": _l("Follow-up"),
    "barnevern_review": _l("Barnevern's review of the report"),
}
DEADLINE = _l("Deadline")


# Headings of the minutes that the platform itself proposes: the held-form's standard parts
# (bti.web.panels.meetings.STANDARD_PARTS) and the demo's agenda. A heading is stored as its
# writer read it; a reader sees one of these in their own language (minutes_heading).
MINUTES_HEADINGS = (
    _l("What was discussed"),
    _l("What was agreed"),
    _l("Responsibilities and deadlines"),
    _l("Status"),
    _l("The child's voice"),
    _l("Goals and measures"),
    _l("The way forward"),
)


# The advice barnevern gave in an anonymous consultation (bti.services.consultations.ADVICE).
CONSULTATION_ADVICE = {
    "report": _l("Report the case to barnevern"),
    "follow_up_in_own_service": _l("Follow up in your own service"),
    "no_further_action": _l("No further action for now"),
}


def capitalised(label: object) -> str:
    """A label (perhaps lazy) with its first letter upper-case, for a list or a heading."""
    text = str(label)
    return text[:1].upper() + text[1:]


def minutes_heading(text: str) -> object:
    """A heading of the minutes in the reader's language when it is one the platform
    proposes (:data:`MINUTES_HEADINGS`), in whichever language it was written; any other
    heading (an agenda item someone typed) as it was written."""
    return _minutes_headings_written_as().get(text.strip(), text)


@cache
def _minutes_headings_written_as() -> dict[str, object]:
    from babel.support import Translations

    from bti.i18n import CORE_TRANSLATIONS, LOCALES

    written_as: dict[str, object] = {}
    for label in MINUTES_HEADINGS:
        msgid = label._args[0]  # flask_babel's LazyString keeps the message id
        written_as[msgid] = label
        for locale in LOCALES:
            written_as[Translations.load(CORE_TRANSLATIONS, [locale]).gettext(msgid)] = label
    return written_as


def unit_kind(code: str) -> object:
    """The service's name in the user's language; an unknown code as it is."""
    try:
        return UNIT_KINDS[UnitKind(code)]
    except ValueError:
        return code


def unit_label(name: str, kind: str) -> str:
    """A unit as the user reads it, «Nordby skole (skole)»: the kind of service once, and
    not at all when the unit's name already holds it («Pedagogisk-psykologisk tjeneste
    (PPT)», not «… (PPT) (pedagogisk-psykologisk tjeneste (PPT))»)."""
    service = str(unit_kind(kind))
    if _names_service(name, service):
        return name
    return f"{name} ({service})"


def _names_service(name: str, service: str) -> bool:
    """The name holds the service's whole label, or its short form in brackets «(PPT)»."""
    name = name.casefold()
    short = re.findall(r"\(([^)]*)\)", service)
    return service.casefold() in name or any(f"({s.casefold()})" in name for s in short)


# Barn som pårørende (helsepersonelloven § 10 a): who is ill, and what it is. Parents and
# siblings are read widely: step-, foster- and adoptive parents and siblings count.
NEXT_OF_KIN_RELATIONS = {
    "forelder": _l("a parent (also step-, foster- or adoptive parent)"),
    "sosken": _l("a sibling (also step-, foster- or adoptive sibling)"),
    "naer_person": _l("another person close to the child"),
}

NEXT_OF_KIN_REASONS = {
    "psykisk_sykdom": _l("mental illness"),
    "avhengighet": _l("addiction"),
    "somatisk": _l("serious somatic illness or injury"),
    "funksjonsnedsettelse": _l("disability"),
    "dodsfall": _l("death"),
}

PLAN_KINDS = {
    PlanKind.IP: _l("Individual plan (IP)"),
    PlanKind.IOP: _l("Individual education plan (IOP, school)"),
    PlanKind.IUP: _l("Individual development plan (IUP, kindergarten)"),
}


#: Where a referral to a standing team is.
TEAM_STATUS = {
    "received": _l("Received by the team: waiting for a meeting day"),
    "scheduled": _l("On a meeting day: invitations not sent yet"),
    "invited": _l("Invitations sent"),
    "discussed": _l("Discussed: follow-up under the action plan"),
    "closed": _l("Discussed, protocol finalised"),
    "withdrawn": _l("Withdrawn"),
}


def team_status(code: str):
    return TEAM_STATUS.get(str(code), code)


#: One's place in a standing team.
TEAM_ROLES = {
    "coordinator": _l("coordinator and chair"),
    "deputy": _l("deputy chair"),
    "leader": _l("leader"),
    "member": _l("fixed member"),
}


def team_role(code: str | None):
    return TEAM_ROLES.get(code or "", "")
