"""Default indicators: the figures every municipality can read off its cases."""

from __future__ import annotations

from bti.guide import Indicator, Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l


def _open_cases(level: int):
    def compute(session) -> int:
        from sqlalchemy import func
        from sqlmodel import select

        from bti.models import Case, CaseStatus

        query = (
            select(func.count())
            .select_from(Case)
            .where(Case.level == level, Case.status == CaseStatus.OPEN)
        )
        return session.exec(query).one()

    return compute


@hookimpl(trylast=True)
def bti_register_indicators(profile: Profile) -> list[Indicator]:
    return [
        Indicator(
            code=f"open_cases_level_{level}",
            name=_l("Open cases at level %(level)s", level=level),
            compute=_open_cases(level),
        )
        for level in range(4)
    ]
