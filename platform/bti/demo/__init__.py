"""Fictional demo data for every enabled municipality (``bti demo``).

Each municipality gets the same organisation and people with its own invented names, drawn
from a Faker seeded by its slug, and then its own cases, told as stories and replayed
through the real services:

* ``story`` — :class:`~bti.demo.story.Story`: one case as the steps the staff took (who,
  what, when); a municipality's plugin gives its stories through
  ``bti_register_demo_stories`` (the national model's are in ``bti.defaults.demo_stories``);
* ``replay`` — the driver: all the steps in time order, each through its service, as the
  step's staff account, in one transaction, with the application's clock stopped then;
* ``loader`` — :func:`load_demo_data`: the production guard, the order of the work, and
  the marker account that makes loading twice a no-op;
* ``organisation`` — units of every kind, the staff accounts (``<slug>.laerer`` …) and
  ``demo.flere``, who works in every municipality;
* ``people`` — a subject for every age from 0 to 23, pregnant women, and guardians for
  every custody arrangement;
* ``identity`` — birth dates for an age and fødselsnummer with correct check digits;
* ``citizens`` — where the guide gives guardians and youth read access (Tromsø), the
  accounts that read a story's stafettlogg;
* ``context`` — what one municipality's load shares between those modules.

The story types need nothing beyond the standard library, so plugins can import them
(``from bti import Story``) where the demo's own packages (Faker) are not installed; the
loader is imported when first asked for.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DEMO_PASSWORD",
    "DemoRefusedError",
    "load_demo_data",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from bti.demo import loader

        return getattr(loader, name)
    raise AttributeError(name)
