"""The encoded guide as text: shared by the «Veileder» page and the ``bti guide`` and
``bti contacts`` commands.

:func:`in_language` makes the municipality's catalogs and a language current outside a
request (the command line); :func:`guide_markdown` writes the whole guide as Markdown for a
policy writer to lay beside their source document; the small helpers (opening hours, what an
outcome does, form titles, the events a deadline counts from) are the page's and the
commands' alike, so both say the same thing in the same words.

The parts: :mod:`.words` (the small shared texts) and :mod:`.markdown` (the whole guide,
and the texts about levels, events and the target group).
"""

from bti.guide_text.markdown import (
    event_text,
    guide_markdown,
    level_facts,
    target_group_text,
)
from bti.guide_text.words import (
    EVENTS,
    contact_hours,
    contact_name,
    form_titles,
    in_language,
    no_phone,
    opening_hours,
    outcome_effect,
    outcome_title,
)

__all__ = [
    "EVENTS",
    "contact_hours",
    "contact_name",
    "event_text",
    "form_titles",
    "guide_markdown",
    "in_language",
    "level_facts",
    "no_phone",
    "opening_hours",
    "outcome_effect",
    "outcome_title",
    "target_group_text",
]
