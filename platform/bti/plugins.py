"""Plugin discovery and one registry per enabled municipality.

Plugins are found through the entry-point group ``bti``. For each municipality in the
configuration we build a :class:`pluggy.PluginManager` holding the built-in defaults
(``bti.defaults``) plus that municipality's plugin, and wrap it in a :class:`Municipality`,
whose methods are the only places the core calls hooks from.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from importlib.metadata import EntryPoint, entry_points
from typing import TYPE_CHECKING, Any

import pluggy

from bti import hookspecs
from bti.case_panels import CasePanel
from bti.config import ConfigurationError, MunicipalityConfig
from bti.defaults import DEFAULT_PLUGINS
from bti.guide import (
    STRUCTURED_FORMS,
    AgendaPart,
    Contact,
    FormVariant,
    Indicator,
    Level,
    MeetingKindDef,
    Profile,
    ReminderRules,
    TaskRule,
    Team,
)
from bti.i18n import lazy_gettext as _l
from bti.labels import DEADLINE, DEADLINES

if TYPE_CHECKING:
    from flask import Blueprint
    from sqlmodel import Session

    from bti.demo.story import Story
    from bti.errors import Refused
    from bti.guide import CitizenAccess, GuideSource, NextOfKinRoutine
    from bti.models import Case, Consent, HandOver, Meeting
    from bti.rules.consent import YouthRule

GROUP = "bti"


@dataclass(frozen=True)
class InstalledPlugin:
    """A plugin found through its entry point."""

    name: str
    module: str
    distribution: str
    version: str

    @classmethod
    def from_entry_point(cls, ep: EntryPoint) -> InstalledPlugin:
        dist = ep.dist
        return cls(
            name=ep.name,
            module=ep.value,
            distribution=dist.name if dist else "",
            version=dist.version if dist else "",
        )


def installed_plugins() -> dict[str, InstalledPlugin]:
    """Every plugin installed in this Python environment, by entry-point name."""
    return {ep.name: InstalledPlugin.from_entry_point(ep) for ep in entry_points(group=GROUP)}


def _load(name: str, found: Iterable[EntryPoint]) -> Any:
    """The plugin object of the entry point ``name`` among ``found`` (the group's entry
    points, read once per registry: each reading walks every installed distribution)."""
    matches = [ep for ep in found if ep.name == name]
    if not matches:
        available = ", ".join(sorted(ep.name for ep in found)) or "none"
        raise ConfigurationError(
            f"The configuration names the plugin {name!r}, which is not installed "
            f"(installed plugins: {available}). Install it with pip, or correct the name."
        )
    try:
        return matches[0].load()
    except Exception as exc:  # a broken plugin must not look like a missing one
        raise ConfigurationError(f"The plugin {name!r} failed to load: {exc!r}") from exc


def build_plugin_manager(extra: Iterable[object] = ()) -> pluggy.PluginManager:
    """A plugin manager with the hook specs and the built-in defaults, then ``extra``.

    Pluggy calls the last registered implementation first; the defaults are also ``trylast``,
    so a municipality's plugin always wins.
    """
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    for default in DEFAULT_PLUGINS:
        pm.register(default)
    for plugin in extra:
        pm.register(plugin)
    pm.check_pending()
    return pm


class Municipality:
    """One enabled municipality: its profile, its plugin manager and the hook results.

    Startup-time answers (levels, contacts, teams …) are computed once and cached.
    """

    def __init__(
        self, config: MunicipalityConfig, pm: pluggy.PluginManager, plugin: InstalledPlugin | None
    ):
        self.config = config
        self.pm = pm
        self.plugin = plugin
        profile = pm.hook.bti_municipality_profile(config=config)
        if profile is None:
            raise ConfigurationError(f"No plugin gave a profile for {config.slug!r}.")
        if profile.slug != config.slug:
            profile = _with_slug(profile, config.slug)
        self.profile: Profile = profile

    @property
    def slug(self) -> str:
        return self.profile.slug

    @property
    def name(self) -> str:
        return self.profile.name

    @cached_property
    def levels(self) -> tuple[Level, ...]:
        levels = self.pm.hook.bti_levels(profile=self.profile)
        numbers = [level.number for level in levels]
        if numbers != sorted(set(numbers)):
            raise ConfigurationError(
                f"{self.slug}: levels must be listed once each, lowest first (got {numbers})."
            )
        return tuple(levels)

    def level(self, number: int) -> Level:
        for level in self.levels:
            if level.number == number:
                return level
        raise KeyError(number)

    @cached_property
    def contacts(self) -> tuple[Contact, ...]:
        return tuple(_concat(self.pm.hook.bti_register_contacts(profile=self.profile)))

    @cached_property
    def teams(self) -> tuple[Team, ...]:
        return tuple(_concat(self.pm.hook.bti_register_teams(profile=self.profile)))

    @cached_property
    def team_agenda(self) -> tuple[AgendaPart, ...]:
        """The parts of a standing team's meeting, in order (empty without teams)."""
        return tuple(_concat(self.pm.hook.bti_register_team_agenda(profile=self.profile)))

    @cached_property
    def commands(self) -> tuple[Any, ...]:
        """The municipality's own command-line commands (``bti <slug> …``)."""
        return tuple(_concat(self.pm.hook.bti_register_commands(profile=self.profile)))

    @cached_property
    def meeting_kinds(self) -> tuple[MeetingKindDef, ...]:
        kinds: dict[str, MeetingKindDef] = {}
        for kind in _concat(self.pm.hook.bti_register_meeting_kinds(profile=self.profile)):
            kinds.setdefault(kind.code, kind)
        return tuple(kinds.values())

    def meeting_kind_label(self, code: str):
        """The name of the meeting kind ``code``; «Møte» for a kind the municipality does
        not (or no longer) have."""
        for kind in self.meeting_kinds:
            if kind.code == code:
                return kind.label
        if code == "tit":  # a case's place in a standing team's meeting (services.teams)
            return _l("Meeting in the early intervention team")
        return _l("Meeting")

    @cached_property
    def guide_sources(self) -> tuple[GuideSource, ...]:
        """The municipality's own written guides, for the rules pages."""
        return tuple(_concat(self.pm.hook.bti_register_guide_sources(profile=self.profile)))

    @cached_property
    def reminder_rules(self) -> ReminderRules:
        """When deadlines and consents running out are reminded of (``bti reminders run``)."""
        return self.pm.hook.bti_reminder_rules(profile=self.profile)

    def youth_consent_rule(self) -> YouthRule | None:
        return self.pm.hook.bti_youth_consent_rule(profile=self.profile)

    def handover_refusal(
        self, *, case: Case, from_user_id: int, to_user_id: int, session: Session
    ) -> Refused | None:
        """Why this hand-over is not allowed, or ``None``."""
        return self.pm.hook.bti_handover_refusal(
            case=case, from_user_id=from_user_id, to_user_id=to_user_id, session=session
        )

    def coordinator_advice(
        self, *, level: int, holder_service: str | None, services: frozenset[str]
    ) -> str | None:
        """The guide's advice on who should coordinate, or ``None``."""
        return self.pm.hook.bti_coordinator_advice(
            level=level, holder_service=holder_service, services=services
        )

    def deadline_label(self, code: str) -> Any:
        """A deadline's name in the guide's words; else the core's name for the code
        (:data:`bti.labels.DEADLINES`); else «Frist». Never the code itself: a deadline
        outlives the rule that started it (a guide reworded, an older database)."""
        for level in self.levels:
            for rule in level.deadlines:
                if rule.code == code:
                    return rule.label
        return DEADLINES.get(code, DEADLINE)

    @cached_property
    def stafettholder_duties(self) -> tuple[Any, ...]:
        """The stafettholder's duties as the guide lists them (may be empty)."""
        return tuple(_concat(self.pm.hook.bti_register_stafettholder_duties(profile=self.profile)))

    @cached_property
    def citizen_access(self) -> CitizenAccess | None:
        """Who among guardians and youth may read their own stafettlogg, or ``None``."""
        return self.pm.hook.bti_citizen_access(profile=self.profile)

    @cached_property
    def guardians_decline_task(self) -> TaskRule | None:
        """The task a refusal of help gives the unit's leaders, or ``None``."""
        return self.pm.hook.bti_guardians_decline_task(profile=self.profile)

    @cached_property
    def next_of_kin_routine(self) -> NextOfKinRoutine | None:
        """The routine for children as next of kin, or ``None``."""
        return self.pm.hook.bti_next_of_kin_routine(profile=self.profile)

    def form_variant(self, kind: str) -> FormVariant | None:
        return self.pm.hook.bti_form_variant(kind=kind, profile=self.profile)

    @cached_property
    def fillable_forms(self) -> tuple[FormVariant, ...]:
        """The forms staff fill in on a case (Undringsnotat, Observasjonsskjema …): the
        kinds the guide names as tools whose variant brings its own WTForms class, except
        the kinds other parts of the case page fill in (consent, meetings, action plan)."""
        kinds = dict.fromkeys(
            tool.form for level in self.levels for tool in level.tools if tool.form
        )
        variants = (self.form_variant(kind) for kind in kinds if kind not in STRUCTURED_FORMS)
        return tuple(v for v in variants if v is not None and v.form_class is not None)

    def fillable_form(self, kind: str) -> FormVariant | None:
        for variant in self.fillable_forms:
            if variant.kind == kind:
                return variant
        return None

    @cached_property
    def case_panels(self) -> tuple[CasePanel, ...]:
        """The case page's panels, in page order; a name given twice keeps the first (the
        municipality's plugin is asked before the defaults, so it can replace a core panel)."""
        panels: dict[str, CasePanel] = {}
        for panel in _concat(self.pm.hook.bti_register_case_panels(profile=self.profile)):
            panels.setdefault(panel.name, panel)
        return tuple(sorted(panels.values(), key=lambda panel: panel.order))

    def blueprints(self) -> list[Blueprint]:
        return list(_concat(self.pm.hook.bti_register_blueprints(profile=self.profile)))

    @cached_property
    def translation_dirs(self) -> tuple[str, ...]:
        return tuple(_concat(self.pm.hook.bti_register_translation_dirs()))

    def indicators(self) -> list[Indicator]:
        return list(_concat(self.pm.hook.bti_register_indicators(profile=self.profile)))

    def demo_stories(self) -> list[Story]:
        """The municipality's demo stories (``bti_register_demo_stories``)."""
        hook = self.pm.hook.bti_register_demo_stories
        return list(_concat(hook(profile=self.profile, levels=self.levels)))

    # Events: one method per ``bti_on_<event>`` spec, called after the change is flushed and
    # inside the same transaction; every implementation is called and may abort the action.

    def case_opened(self, *, case: Case, session: Session) -> None:
        """A case was opened (``bti_on_case_opened``)."""
        self.pm.hook.bti_on_case_opened(case=case, session=session)

    def level_changed(
        self, *, case: Case, from_level: int, to_level: int, session: Session
    ) -> None:
        """A decision moved the case to another level (``bti_on_level_changed``)."""
        self.pm.hook.bti_on_level_changed(
            case=case, from_level=from_level, to_level=to_level, session=session
        )

    def consent_given(self, *, case: Case, consent: Consent, session: Session) -> None:
        """A consent became valid (``bti_on_consent_given``)."""
        self.pm.hook.bti_on_consent_given(case=case, consent=consent, session=session)

    def consent_withdrawn(self, *, case: Case, consent: Consent, session: Session) -> None:
        """A consent was withdrawn (``bti_on_consent_withdrawn``)."""
        self.pm.hook.bti_on_consent_withdrawn(case=case, consent=consent, session=session)

    def meeting_held(self, *, case: Case, meeting: Meeting, session: Session) -> None:
        """A meeting was registered as held (``bti_on_meeting_held``)."""
        self.pm.hook.bti_on_meeting_held(case=case, meeting=meeting, session=session)

    def handover_offered(self, *, case: Case, handover: HandOver, session: Session) -> None:
        """The stafettholder offered the baton (``bti_on_handover_offered``)."""
        self.pm.hook.bti_on_handover_offered(case=case, handover=handover, session=session)

    def handover_accepted(self, *, case: Case, handover: HandOver, session: Session) -> None:
        """The receiver accepted the baton (``bti_on_handover_accepted``)."""
        self.pm.hook.bti_on_handover_accepted(case=case, handover=handover, session=session)


def _concat(results: Iterable[Iterable[Any] | None]) -> Iterator[Any]:
    for result in results:
        yield from result or ()


def _with_slug(profile: Profile, slug: str) -> Profile:
    from dataclasses import replace

    return replace(profile, slug=slug)


class Registry:
    """All enabled municipalities, by slug; kept in ``app.extensions["bti"]``."""

    def __init__(self, municipalities: Iterable[Municipality]):
        self._by_slug = {m.slug: m for m in municipalities}

    def __iter__(self) -> Iterator[Municipality]:
        return iter(self._by_slug.values())

    def __len__(self) -> int:
        return len(self._by_slug)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def get(self, slug: str) -> Municipality | None:
        return self._by_slug.get(slug)

    def __getitem__(self, slug: str) -> Municipality:
        return self._by_slug[slug]


def build_registry(
    configs: Iterable[MunicipalityConfig] | None, extra_plugins: Iterable[object] = ()
) -> Registry:
    """Build a :class:`Municipality` per configured entry.

    ``configs`` ``None`` enables every installed plugin under its own name. ``extra_plugins``
    are registered in every municipality (tests use it for one-off plugins).
    """
    found = entry_points(group=GROUP)
    installed = {ep.name: InstalledPlugin.from_entry_point(ep) for ep in found}
    if configs is None:
        configs = [MunicipalityConfig(slug=name, plugin=name) for name in sorted(installed)]
    extra_plugins = tuple(extra_plugins)
    municipalities = []
    for config in configs:
        plugins: list[object] = []
        if config.plugin:
            plugins.append(_load(config.plugin, found))
        plugins.extend(extra_plugins)
        pm = build_plugin_manager(plugins)
        municipalities.append(
            Municipality(config, pm, installed.get(config.plugin) if config.plugin else None)
        )
    return Registry(municipalities)
