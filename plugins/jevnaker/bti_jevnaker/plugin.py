"""Jevnaker kommune: the municipality's profile, its target group and its consent rule.

Source: shared/seeds/001_3254db2c7bc0f88f.txt (*Handlingsveileder BTI*, pilot 2021).

* Target group: «BTI er en samhandlingsmodell for tjenester som møter gravide, barn, unge og
  foreldre det er knyttet undring eller bekymring til». The guide gives no upper age; the
  one age scale it has runs to 18 («Mellom 15 år og 18 år skal ungdommen få stadig større
  selvbestemmelsesrett»), and the services it names are kindergarten, school
  (opplæringslova, grunnskole og videregående), PPT, TFF and the ungdomskontakt. So pregnant
  women and children and youth up to and including 18 (until the 19th birthday).
* Consent (hook ``bti_youth_consent_rule``): «Fra 15 år skal foresatte og/eller ungdommen
  skrive under på samtykkeskjema» — from 15 the youth's own signature is enough, or the
  guardians'. Health information still follows the health rule: «I helsetjenestene kan
  ungdom over 16 år selv samtykke»; under 16 the guardians sign a consent that includes
  health information as well as the youth (the core's
  :func:`bti.rules.consent.required_signers`).

Its levels, contacts and forms come in the municipality's own issue; until then the national
model from ``bti.defaults`` applies.
"""

from __future__ import annotations

from bti import Malform, MunicipalityConfig, Profile, TargetGroup, YouthRule, hookimpl


@hookimpl
def bti_municipality_profile(config: MunicipalityConfig) -> Profile:
    return Profile(
        slug=config.slug,
        name="Jevnaker kommune",
        kommunenummer="3236",
        malform=Malform.BOKMAL,
        timezone="Europe/Oslo",
        target_group=TargetGroup(min_age=0, max_age=18, includes_pregnant=True),
    )


@hookimpl
def bti_youth_consent_rule(profile: Profile) -> YouthRule:
    """«Fra 15 år skal foresatte og/eller ungdommen skrive under på samtykkeskjema.»"""
    return YouthRule.OR
