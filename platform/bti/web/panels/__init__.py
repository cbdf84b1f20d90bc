"""The case page's action panels, one module each (consent, people, meetings, stafettlogg).

Each module adds its routes to the case blueprint (:data:`bti.web.case.bp`) and registers its
panel with :func:`bti.web.case_view.panel`. They are imported here, in name order, before
the blueprint is registered; the page orders them by their own ``order``.
"""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        importlib.import_module(f"{__name__}.{module}")
