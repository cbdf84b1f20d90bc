"""Tromsø kommune: its BTI guide as hooks.

Source: shared/seeds/004_e094d3244bfd92ed.txt — «Toppbilde BTI» (target group 0–23 years),
the four levels «Identifisering og avklaring - nivå 0», «Innsats i egen avdeling - nivå 1»,
«Tverrfaglig samarbeid - nivå 2» and «Tverrfaglig samarbeid med spesiell innsats - nivå 3»
(numbered trinn, kept as a checklist, with the 14-day deadline for the decision at nivå 0),
«Stafettholder - Sampro» and «Stafettholderens oppgaver», «Stafettlogg i Sampro» (families
read their own stafettlogg) and «Barn som pårørende». The seed gives no phone numbers; see
:mod:`bti_tromso.contacts`.
"""

from __future__ import annotations

from pathlib import Path

from bti import (
    CitizenAccess,
    Contact,
    FormVariant,
    GuideSource,
    Level,
    Malform,
    MeetingKindDef,
    MunicipalityConfig,
    NextOfKinRoutine,
    Profile,
    ReminderRules,
    Story,
    TargetGroup,
    hookimpl,
)
from bti import lazy_gettext as _l
from bti_tromso.contacts import CONTACTS
from bti_tromso.demo_stories import STORIES
from bti_tromso.forms import VARIANTS
from bti_tromso.guide_sources import GUIDES
from bti_tromso.levels import LEVELS

TRANSLATIONS = str(Path(__file__).parent / "translations")


@hookimpl
def bti_municipality_profile(config: MunicipalityConfig) -> Profile:
    return Profile(
        slug=config.slug,
        name="Tromsø kommune",
        kommunenummer="5501",
        malform=Malform.BOKMAL,
        timezone="Europe/Oslo",
        # «Målgruppen er barn og unge fra 0 til 23 år» («Toppbilde BTI»): no pregnant women.
        target_group=TargetGroup(min_age=0, max_age=23, includes_pregnant=False),
    )


@hookimpl
def bti_levels(profile: Profile) -> list[Level]:
    return list(LEVELS)


@hookimpl
def bti_register_contacts(profile: Profile) -> list[Contact]:
    return list(CONTACTS)


@hookimpl
def bti_register_meeting_kinds(profile: Profile) -> list[MeetingKindDef]:
    """The meetings the guide names: samarbeidsmøter («Innkalle til samarbeidsmøter for
    relevante aktører rundt barnet/ungdommen»), Ressursteam skole/barnehage (nivå 1),
    tverrfaglige møter (the stafettlogg «er et godt verktøy i tverrfaglige møter») and the
    overgangsmøte (nivå 3, beslutning 3). The evalueringsmøte serves the evaluation trinn
    (nivå 1 trinn 5, nivå 2 trinn 6, nivå 3 trinn 3); the guide does not use the word."""
    return [
        MeetingKindDef("samarbeidsmote", _l("Samarbeidsmøte")),
        MeetingKindDef("ressursteam", _l("Ressursteam skole/barnehage")),
        MeetingKindDef("tverrfaglig_mote", _l("Tverrfaglig møte")),
        MeetingKindDef("overgangsmote", _l("Overgangsmøte")),
        MeetingKindDef("evalueringsmote", _l("Evalueringsmøte")),
    ]


@hookimpl
def bti_form_variant(kind: str, profile: Profile) -> FormVariant | None:
    return VARIANTS.get(kind)


@hookimpl
def bti_register_stafettholder_duties(profile: Profile) -> list[str]:
    """«Stafettholderens oppgaver», the seven points in the guide's order and words."""
    return [
        _l(
            "Involvere foresatte/ungdom/barn på et så tidlig tidspunkt som mulig. Innhente "
            "samtykke ved behov (se punkt Samtykke)."
        ),
        _l(
            "Iverksette en så tidlig innsats som mulig, i samråd med leder, "
            "samarbeidsinstanser og foresatte/ungdom/barn."
        ),
        _l("Innkalle til samarbeidsmøter for relevante aktører rundt barnet/ungdommen."),
        _l("Inkludere nye samarbeidsaktører i gruppen rundt barnet/ungdommen ved behov."),
        _l("Opprette Stafettlogg og dokumentere i denne."),
        _l(
            "Bringe saken inn til Ressurssenter/ Tverrfaglig drøftingsteam (etter samtykke "
            "fra foresatte) når man vurderer at det er behov for veiledning eller nye "
            "tiltak/instanser."
        ),
        _l(
            "Inneha rollen som Stafettholder fram til Stafettpinnen er levert og akseptert av "
            "en samarbeidsaktør."
        ),
    ]


@hookimpl
def bti_citizen_access(profile: Profile) -> CitizenAccess:
    """«Foreldre og ungdom har tilgang Stafettloggen på lik linje med de tjenesteytere som er
    involvert» («Stafettlogg i Sampro»). The guide names no age for «ungdom»; 15 is the
    core's default, the age from which a youth signs a consent together with the guardians.

    Who has read the case is shown by service and role, without staff names: the guide
    speaks of the stafettlogg, not of the log of its readers, and the family already sees
    the names of those taking part beside it.
    """
    return CitizenAccess(guardians=True, youth_from_age=15, access_log_shows_staff_names=False)


@hookimpl
def bti_next_of_kin_routine(profile: Profile) -> NextOfKinRoutine:
    """«Barn som pårørende»: children and youth «(0-18 år)» are next of kin when parents or
    siblings have health problems or die; the municipality's duty under helsepersonelloven,
    its routines, and Ressurssenteret to ask."""
    return NextOfKinRoutine(
        routine=_l(
            "Barn og unge (0-18 år) er pårørende når foreldre eller søsken opplever "
            "helseproblemer eller dør. Foreldre og søsken tolkes vidt og inkluderer for "
            "eksempel steforeldre, fosterforeldre, adoptivforeldre og tilsvarende søsken. "
            "Kommunen er gjennom helsepersonelloven forpliktet til å ivareta mindreårige barn "
            "som er pårørende eller etterlatte til foreldre eller søsken. Det er utarbeidet "
            "rutiner for hvordan barn som pårørende til syke foreldre og søsken skal ivaretas "
            "i kommunen. Lurer du på hvordan kommunen jobber med dette – ta kontakt med "
            "Ressurssenteret."
        ),
        contact="ressurssenteret",
        max_age=18,
    )


@hookimpl
def bti_register_translation_dirs() -> list[str]:
    return [TRANSLATIONS]


@hookimpl
def bti_register_demo_stories(profile: Profile) -> list[Story]:
    """Tromsø's demo cases (:mod:`bti_tromso.demo_stories`)."""
    return list(STORIES)


@hookimpl
def bti_register_guide_sources(profile: Profile) -> list[GuideSource]:
    return list(GUIDES)


@hookimpl
def bti_reminder_rules(profile: Profile) -> ReminderRules:
    """«Frist for å ta en beslutning 14 dager etter at bekymring oppstår» (nivå 0, trinn 4;
    004_e094d3244bfd92ed.txt): the owner is reminded three days before the fourteen days
    have run out, so that the decision can still be made with a colleague or leader
    («Kollega/leder»); once they have, the unit's leaders are told too. The guide sets no
    period for a consent: no reminder about consents."""
    return ReminderRules(days_before_by_code={"beslutning_14_dager": 3}, leaders_when_overdue=True)
