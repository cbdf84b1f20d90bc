"""Bærum kommune: the municipality's profile.

Its guide (levels, contacts, forms) comes in the municipality's own issue; until then the
national model from ``bti.defaults`` applies.
"""

from __future__ import annotations

from bti import Malform, MunicipalityConfig, Profile, TargetGroup, hookimpl


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
    )
