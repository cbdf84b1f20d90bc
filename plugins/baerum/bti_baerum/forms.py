"""Bærum's forms: the method book's «Vedlegg 1–4» under their own titles, and the
«SAMTYKKEERKLÆRING» in its own layout.

Source: shared/seeds/000_0e1a3820b93a5dea.txt, «Vedlegg» and «Dokumentasjon»: «Vedlegg 1:
Samtykkeskjema», «Vedlegg 2: Meldeskjema» («Melding av sak til Tidlig innsatsteam»),
«Vedlegg 3: Møteinnkalling» («Innkalling til møte i Tidlig innsatsteam»), «Vedlegg 4:
Handlingsplan».

* The consent form (``consent``) prints as the method book's samtykkeerklæring, blank or a
  registered consent, as HTML and PDF: the template ``baerum/print/consent.html`` in this
  plugin's template folder, which the blueprint below makes known to the app. The core
  works out who signs (:func:`bti.rules.consent.required_signers`); the template writes
  those lines as the form has them.
* The meldeskjema, the invitation and the action plan get their titles here; the core's TIT
  pages print them.
"""

from __future__ import annotations

from flask import Blueprint

from bti import FormVariant
from bti import lazy_gettext as _l

#: Holds no pages: it makes ``templates/`` known to the app (``baerum/print/…``).
TEMPLATES = Blueprint("baerum_forms", __name__, template_folder="templates")

VARIANTS = {
    "consent": FormVariant(
        "consent",
        _l("Samtykkeerklæring"),
        template="baerum/print/consent.html",
        description=_l(
            "Innhent informert skriftlig samtykke til å drøfte saken i Tidlig innsatsteam."
        ),
    ),
    "referral": FormVariant("referral", _l("Melding av sak til Tidlig innsatsteam")),
    "team_invitation": FormVariant(
        "team_invitation", _l("Innkalling til møte i Tidlig innsatsteam")
    ),
    "action_plan": FormVariant("action_plan", _l("Handlingsplan")),
}
