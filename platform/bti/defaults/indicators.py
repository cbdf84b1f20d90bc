"""Default indicators: the figures every municipality can read off its cases."""

from __future__ import annotations

from bti.guide import Indicator, Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l


def _open_cases(level: int):
    def compute(figures):
        """The open cases at the level today (a past quarter has no such count)."""
        return figures.open_cases(level)

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
