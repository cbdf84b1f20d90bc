"""Default form variants: the national form for every kind the core knows."""

from __future__ import annotations

from bti.guide import FormVariant, Profile
from bti.hookspecs import hookimpl
from bti.i18n import lazy_gettext as _l

TITLES = {
    "consent": _l("Consent form"),
    "referral": _l("Referral"),
    "invitation": _l("Invitation to a meeting"),
    "minutes": _l("Minutes"),
    "action_plan": _l("Action plan"),
    "observation": _l("Observation form"),
}


@hookimpl(trylast=True)
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    title = TITLES.get(kind)
    return FormVariant(kind=kind, title=title) if title is not None else None
