"""Default rules that hold in every municipality unless its plugin adds to them."""

from __future__ import annotations

from typing import Any

from sqlmodel import select

from bti.errors import Refused
from bti.guide import Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l
from bti.models import Membership, Unit, UnitKind
from bti.rules.consent import YouthRule


@hookimpl(trylast=True)
def bti_youth_consent_rule(profile: Profile) -> YouthRule:
    return YouthRule.AND


@hookimpl(trylast=True)
def bti_handover_refusal(case: Any, from_user_id: int, to_user_id: int, session: Any):
    # Tromsø (004, «Stafettholder - Sampro»): «Barnevernet skal alltid ha
    # Stafettholderansvaret når de er inne med hjelpetiltak.»
    if case.barnevern_help and not _works_in_barnevern(session, to_user_id):
        return Refused(
            "barnevern_keeps_baton",
            _l("While barnevern gives help, barnevern holds the baton."),
        )
    return None


def _works_in_barnevern(session: Any, user_id: int) -> bool:
    row = session.exec(
        select(Membership.id)
        .join(Unit, Unit.id == Membership.unit_id)
        .where(Membership.user_id == user_id, Unit.kind == UnitKind.BARNEVERN)
    ).first()
    return row is not None
