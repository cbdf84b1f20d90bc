"""Bærum kommune: its *Metodebok for Tidlig innsatsteam* as hooks.

Sources: shared/seeds/000_0e1a3820b93a5dea.txt (*Metodebok for Tidlig innsatsteam*, the
interdisciplinary teams that replace the old tverrfaglige utvalg) and
shared/seeds/003_65c3f1b10dd6ab1f.txt (*Tiltaksplan Sammen for barn og unge 2015–2019*,
«Vedlegg 1: Ny modell for tverrfaglig samhandling»).

* Its levels are the flow of a case to a Tidlig innsatsteam (TIT) and back to the local
  service (:mod:`.levels`): the core's TIT section moves the case between them.
* Its seven teams and the six parts of their meeting (:mod:`.teams`), its contacts
  (:mod:`.contacts`), its forms and the samtykkeerklæring (:mod:`.forms`), its demo cases
  (:mod:`.demo_stories`, and in the teams :mod:`.demo_tit`).
* Target group («Målgruppe»): «Barn og unge mellom 0-23 år og gravide» (up to the 24th
  birthday).
* Consent: the core's national rule is Bærum's own form: «Underskrift ungdom over 15 år
  (vedrørende helse er den «helserettslige myndighetsalder» 16 år)» beside the guardians'
  signatures — from 15 the youth and the guardians sign, from 16 the youth alone for
  health — so the plugin sets no ``bti_youth_consent_rule``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flask import Blueprint

from bti import (
    AgendaPart,
    Contact,
    FormVariant,
    GuideSource,
    Level,
    Malform,
    MunicipalityConfig,
    Profile,
    ReminderRules,
    Story,
    TargetGroup,
    Team,
    hookimpl,
)
from bti import lazy_gettext as _l
from bti_baerum import demo_tit
from bti_baerum.contacts import CONTACTS
from bti_baerum.demo_stories import STORIES
from bti_baerum.forms import TEMPLATES, VARIANTS
from bti_baerum.guide_sources import GUIDES
from bti_baerum.levels import LEVELS
from bti_baerum.reports import bti_register_commands, bti_register_indicators  # noqa: F401
from bti_baerum.teams import AGENDA, TEAMS

TRANSLATIONS = str(Path(__file__).parent / "translations")


@hookimpl
def bti_municipality_profile(config: MunicipalityConfig) -> Profile:
    return Profile(
        slug=config.slug,
        name="Bærum kommune",
        kommunenummer="3201",
        malform=Malform.BOKMAL,
        timezone="Europe/Oslo",
        # «Målgruppe»: «Barn og unge mellom 0-23 år og gravide» (up to the 24th birthday).
        target_group=TargetGroup(min_age=0, max_age=23, includes_pregnant=True),
        # «Forord»: the method book's purpose.
        guide_intro=_l(
            "Målsettingen med metodeboken er å sikre at alle som jobber med barn og unge "
            "eller med voksne som har foreldreansvar, raskt kan få oversikt over hvordan og "
            "hvor de kan få drøftet sin bekymring knyttet til et barn/ungdom."
        ),
    )


@hookimpl
def bti_levels(profile: Profile) -> list[Level]:
    return list(LEVELS)


@hookimpl
def bti_register_teams(profile: Profile) -> list[Team]:
    return list(TEAMS)


@hookimpl
def bti_register_team_agenda(profile: Profile) -> list[AgendaPart]:
    return list(AGENDA)


@hookimpl
def bti_register_contacts(profile: Profile) -> list[Contact]:
    return list(CONTACTS)


@hookimpl
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    return VARIANTS.get(kind)


@hookimpl
def bti_register_blueprints(profile: Profile) -> list[Blueprint]:
    """No pages of its own: the blueprint carries the samtykkeerklæring's template."""
    return [TEMPLATES]


@hookimpl
def bti_register_translation_dirs() -> list[str]:
    return [TRANSLATIONS]


@hookimpl
def bti_register_demo_stories(profile: Profile) -> list[Story]:
    """Bærum's demo cases at nivå 0 (:mod:`bti_baerum.demo_stories`) and in Tidlig
    innsatsteam (:mod:`bti_baerum.demo_tit`), the meetings placed from today."""
    return [*STORIES, *demo_tit.stories(datetime.now(profile.tz).date())]


@hookimpl
def bti_register_guide_sources(profile: Profile) -> list[GuideSource]:
    return list(GUIDES)


@hookimpl
def bti_reminder_rules(profile: Profile) -> ReminderRules:
    """The method book sets no deadlines of its own; its rhythm is the team's
    («Møtehyppighet»: «Hver 14. dag 4 timer», 000_0e1a3820b93a5dea.txt). Its consent has a
    period («SAMTYKKEERKLÆRING»: «Dette samtykket gjelder i tidsrommet: …»), and a case is
    discussed in TIT only under a written consent («Sikre at skriftlig samtykke er gitt»):
    whoever opened the case (Bærum has no stafettholder) is told one team cycle (14 days)
    before the period ends, so that a new consent can be signed before the next meeting."""
    return ReminderRules(consent_warning_days=14, leaders_when_overdue=True)
