"""Jevnaker kommune: its handlingsveileder as hooks.

Source: shared/seeds/001_3254db2c7bc0f88f.txt (*Handlingsveileder BTI*, pilot 2021): «Slik
samarbeider vi rundt barn, unge og familier i Jevnaker kommune».

* Its four levels are tables of rows with «Hvordan? Hvem? Verktøy» (:mod:`.levels`), its
  tools and people :mod:`.tools`, its help services :mod:`.contacts`, its forms
  :mod:`.forms`, its demo cases :mod:`.demo_stories`.
* Target group: «BTI er en samhandlingsmodell for tjenester som møter gravide, barn, unge og
  foreldre det er knyttet undring eller bekymring til». The guide gives no upper age; the
  one age scale it has runs to 18 («Mellom 15 år og 18 år skal ungdommen få stadig større
  selvbestemmelsesrett»), and the services it names are kindergarten, school
  (opplæringslova, grunnskole og videregående), PPT, TFF and the ungdomskontakt. So pregnant
  women and children and youth up to and including 18 (until the 19th birthday).
* Consent (hook ``bti_youth_consent_rule``): «Fra 15 år skal foresatte og/eller ungdommen
  skrive under på samtykkeskjema» — from 15 the youth's own signature is enough, or the
  guardians'. Health information still follows the health rule: «I helsetjenestene kan
  ungdom over 16 år selv samtykke til at taushetsplikten faller bort»; under 16 the guardians
  sign a consent that includes health information as well as the youth (the core's
  :func:`bti.rules.consent.required_signers`).
"""

from __future__ import annotations

from pathlib import Path

from bti import (
    Contact,
    FormVariant,
    GuideSource,
    Level,
    Malform,
    MeetingKindDef,
    MunicipalityConfig,
    Profile,
    ReminderRules,
    Story,
    TargetGroup,
    TaskRule,
    YouthRule,
    hookimpl,
)
from bti import lazy_gettext as _l
from bti_jevnaker.contacts import CONTACTS
from bti_jevnaker.demo_stories import STORIES
from bti_jevnaker.forms import VARIANTS
from bti_jevnaker.guide_sources import GUIDES
from bti_jevnaker.levels import LEVELS
from bti_jevnaker.niva3 import TILTAKSPLAN
from bti_jevnaker.niva3 import VARIANTS as NIVA3_VARIANTS

TRANSLATIONS = str(Path(__file__).parent / "translations")


@hookimpl
def bti_municipality_profile(config: MunicipalityConfig) -> Profile:
    return Profile(
        slug=config.slug,
        name="Jevnaker kommune",
        kommunenummer="3236",
        malform=Malform.BOKMAL,
        timezone="Europe/Oslo",
        target_group=TargetGroup(min_age=0, max_age=18, includes_pregnant=True),
        greeting=_l(
            "Dersom du lurer på om et barn/ungdom trenger hjelp, plikter du som ansatt å gjøre "
            "noe med det. Husk at det kanskje bare er du som ser. Da blir du den avgjørende "
            "faktoren dersom bekymringen viser seg å være reell."
        ),
        guide_intro=_l(
            "Handlingsveilederen er forpliktende for alle ansatte som møter barn og unge med "
            "behov for hjelp, støtte og oppmerksomhet i korte eller lengre perioder i livet. "
            "Bruk handlingsveilederen fra første stund i møte med barn og unge som kan ha "
            "behov for hjelp, støtte og oppmerksomhet."
        ),
    )


@hookimpl
def bti_youth_consent_rule(profile: Profile) -> YouthRule:
    """«Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»"""
    return YouthRule.OR


@hookimpl
def bti_levels(profile: Profile) -> list[Level]:
    return list(LEVELS)


@hookimpl
def bti_register_meeting_kinds(profile: Profile) -> list[MeetingKindDef]:
    """The meetings the guide names: the «Undringssamtale foresatte» (nivå 0, both parents),
    the meeting with the guardians after the template «den nødvendige samtalen» (nivå 1),
    «det planlagte møtet med foresatte og barnet/ungdommen» where measures are evaluated
    (nivå 1) and the «møte på tvers av tjenestene» (nivå 2 and 3)."""
    return [
        MeetingKindDef(
            "undringssamtale",
            _l("Undringssamtale"),
            with_guardians=True,
            both_parents=True,
            invitation="undringssamtale_invitasjon",
        ),
        MeetingKindDef("nodvendig_samtale", _l("Møte etter malen «den nødvendige samtalen»")),
        MeetingKindDef("oppfolgingsmote", _l("Møte med foresatte og barnet")),
        MeetingKindDef("tverrfaglig_mote", _l("Møte på tvers av tjenestene")),
    ]


@hookimpl
def bti_register_contacts(profile: Profile) -> list[Contact]:
    return list(CONTACTS)


@hookimpl
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    return VARIANTS.get(kind) or NIVA3_VARIANTS.get(kind)


@hookimpl
def bti_register_translation_dirs() -> list[str]:
    return [TRANSLATIONS]


@hookimpl
def bti_register_demo_stories(profile: Profile) -> list[Story]:
    """Jevnaker's demo cases (:mod:`bti_jevnaker.demo_stories`)."""
    return list(STORIES)


@hookimpl
def bti_guardians_decline_task(profile: Profile) -> TaskRule:
    """Nivå 3 «Tiltaksplan»: when the guardians decline help from other services, the
    responsible leader of the unit considers a tiltaksplan there (:mod:`.niva3`)."""
    return TILTAKSPLAN


@hookimpl
def bti_register_guide_sources(profile: Profile) -> list[GuideSource]:
    return list(GUIDES)


@hookimpl
def bti_reminder_rules(profile: Profile) -> ReminderRules:
    """«Ved behov for avklaring i egen tjeneste før iverksettelse gjøres det innen tre
    dager» (001_3254db2c7bc0f88f.txt, nivå 0): three working days leave room for one
    reminder, the day before; once they have run out, the unit's leaders are told too. The
    guide sets no period for a consent: no reminder about consents."""
    return ReminderRules(days_before_by_code={"avklaring_tre_dager": 1}, leaders_when_overdue=True)
