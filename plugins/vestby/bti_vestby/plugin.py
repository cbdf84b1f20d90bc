"""Vestby kommune: its handlingsveileder «Bekymring følges opp» as hooks.

Source: shared/seeds/002_36ab055ecf8ed34e.txt — four levels «fra svangerskap og opp til 24
år», the acute contacts with their hours on every level, the 2–4 week follow-up meeting,
the coordinator rules at levels 2–3, and the forms the guide names as tools.
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
    hookimpl,
)
from bti import lazy_gettext as _l
from bti_vestby.contacts import CONTACTS
from bti_vestby.demo_stories import STORIES
from bti_vestby.forms import VARIANTS
from bti_vestby.guide_sources import GUIDES
from bti_vestby.levels import LEVELS

TRANSLATIONS = str(Path(__file__).parent / "translations")


@hookimpl
def bti_municipality_profile(config: MunicipalityConfig) -> Profile:
    return Profile(
        slug=config.slug,
        name="Vestby kommune",
        kommunenummer="3216",
        malform=Malform.BOKMAL,
        timezone="Europe/Oslo",
        # «fra svangerskap og opp til 24 år»: pregnant women, and a person of 24 is still
        # in (read inclusively, as the guide's hours are), up to the 25th birthday.
        target_group=TargetGroup(min_age=0, max_age=24, includes_pregnant=True),
    )


@hookimpl
def bti_levels(profile: Profile) -> list[Level]:
    return list(LEVELS)


@hookimpl
def bti_register_contacts(profile: Profile) -> list[Contact]:
    return list(CONTACTS)


@hookimpl
def bti_register_meeting_kinds(profile: Profile) -> list[MeetingKindDef]:
    """The meetings the guide names: the undringssamtale (nivå 0–1), the samarbeidsmøte
    (nivå 2), the tverrfaglige møtet (nivå 3), and evaluation and follow-up meetings."""
    return [
        MeetingKindDef("undringssamtale", _l("Møte/undringssamtale"), with_guardians=True),
        MeetingKindDef("samarbeidsmote", _l("Samarbeidsmøte")),
        MeetingKindDef("tverrfaglig_mote", _l("Tverrfaglig møte")),
        MeetingKindDef("oppfolgingsmote", _l("Oppfølgingsmøte")),
        MeetingKindDef("evalueringsmote", _l("Evalueringsmøte")),
    ]


@hookimpl
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    return VARIANTS.get(kind)


@hookimpl
def bti_coordinator_advice(
    level: int, holder_service: str | None, services: frozenset[str]
) -> str | None:
    """«Det bør være tjenesten/personen som er nærmest barnet som koordinerer. Om
    barnevernet er involvert vil det være naturlig at de koordinerer» (nivå 3, «Dokumentasjon
    og eventuelt individuell plan»); at nivå 2 «Det må avklares om det skal være et bytte av
    koordinator»."""
    if level < 2:
        return None
    if "barnevern" in services and holder_service != "barnevern":
        return _l(
            "Barnevernet er involvert: da vil det være naturlig at barnevernet koordinerer. "
            "Avklar i møtet om koordinator skal byttes."
        )
    return _l(
        "Det bør være tjenesten/personen som er nærmest barnet som koordinerer. Avklar i "
        "møtet om koordinator skal byttes."
    )


@hookimpl
def bti_register_translation_dirs() -> list[str]:
    return [TRANSLATIONS]


@hookimpl
def bti_register_demo_stories(profile: Profile) -> list[Story]:
    """Vestby's demo cases (:mod:`bti_vestby.demo_stories`)."""
    return list(STORIES)


@hookimpl
def bti_register_guide_sources(profile: Profile) -> list[GuideSource]:
    return list(GUIDES)


@hookimpl
def bti_reminder_rules(profile: Profile) -> ReminderRules:
    """«Oppfølgingsmøte skal gjennomføres innen 2-4 uker» (002_36ab055ecf8ed34e.txt, nivå 1
    and 2): the follow-up deadline reminds its owner at two weeks by itself
    (``remind_days=14``), the rest two days before; once it has run out, the unit's leaders
    are told too. The guide sets no period for a consent («Om behov for flere tjenester inn,
    lag et nytt samtykkeskjema» is about services, not time): no reminder about consents."""
    return ReminderRules(days_before=2, leaders_when_overdue=True)
