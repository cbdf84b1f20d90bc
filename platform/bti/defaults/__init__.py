"""The national BTI model, implemented as built-in plugins.

Each module is registered in every municipality's plugin manager, and every hook
implementation here is ``trylast``: a municipality's plugin always wins, and a municipality
without a plugin of its own still runs on the national model.
"""

from bti.defaults import (
    contacts,
    demo_stories,
    forms,
    indicators,
    levels,
    meetings,
    panels,
    profile,
    reminders,
    rules,
    translations,
)

DEFAULT_PLUGINS = (
    profile,
    levels,
    contacts,
    forms,
    translations,
    indicators,
    meetings,
    rules,
    reminders,
    demo_stories,
    panels,
)
