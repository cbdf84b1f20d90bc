"""The hook for a municipality's own guides on the rules pages, in a module of its own
(``bti.hookspecs`` had grown past 500 lines); :mod:`bti.hookspecs` imports it, so it is
registered and documented with every other hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pluggy import HookspecMarker

if TYPE_CHECKING:
    from bti.guide import GuideSource, Profile

hookspec = HookspecMarker("bti")


@hookspec
def bti_register_guide_sources(profile: Profile) -> list[GuideSource] | None:
    """Name the written guides that are the municipality's own, with their headings.

    Read by the rules pages (``/<kommune>/regler``, ``/<kommune>/regler/dekning``) and by
    ``bti rules``: a citation's guide is shown by its title, and the coverage lists every
    heading of these guides with the scenarios that cite it. ``bti rules <kommune> --check``
    (run by ``make test``) checks that each cited heading is one of them.

    :param profile: the municipality's profile.
    :return: :class:`bti.guide.GuideSource` values, in the order the pages list them.

    Results from every plugin are concatenated. Default: none (the municipality's rules are
    then the core's, citing the design).
    """
