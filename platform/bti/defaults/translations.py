"""Default translations: the core's own catalogs."""

from __future__ import annotations

from bti.hookspecs import hookimpl
from bti.i18n import CORE_TRANSLATIONS


@hookimpl(trylast=True)
def bti_register_translation_dirs() -> list[str]:
    return [CORE_TRANSLATIONS]
