"""What the user reads for the codes the core stores (unit kinds, roles …)."""

from __future__ import annotations

from bti.i18n import lazy_gettext as _l
from bti.models import Role, UnitKind

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


def unit_kind(code: str) -> object:
    """The service's name in the user's language; an unknown code as it is."""
    try:
        return UNIT_KINDS[UnitKind(code)]
    except ValueError:
        return code
