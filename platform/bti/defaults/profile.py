"""Default profile: built from the deployment's configuration entry alone."""

from __future__ import annotations

from bti.config import MunicipalityConfig
from bti.guide import Profile
from bti.hookspecs import hookimpl


@hookimpl(trylast=True)
def bti_municipality_profile(config: MunicipalityConfig) -> Profile | None:
    if not (config.name and config.kommunenummer):
        return None
    return Profile(slug=config.slug, name=config.name, kommunenummer=config.kommunenummer)
