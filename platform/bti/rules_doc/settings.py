"""Where the rules pages find their material, and where a proposed change goes.

Each setting comes from, later ones winning: the default; the ``[rules]`` table of
``bti.toml`` (key in brackets); the environment; the mapping given to ``create_app``.

- ``BTI_RULES_FEATURES`` (``features``): the folder of feature files. Default: ``features/``
  of the source checkout the platform runs from.
- ``BTI_RULES_SOURCES`` (``sources``): the folder that holds ``shared/`` with the cited
  documents. Default: the folder above that checkout (``../shared/seeds``).
- ``BTI_RULES_REPORT`` (``report``): the Cucumber JSON report of the last test run. Default:
  ``cucumber.json`` in the instance folder, where ``make test`` writes it.
- ``BTI_RULES_EMAIL`` (``email``): the address a policy writer's proposed change is mailed
  to. Without it the e-mail opens with the subject and text filled in and no address.
- ``BTI_RULES_ISSUES`` (``issues``): the address of the repository's new-issue page
  (``https://github.com/<owner>/<repo>/issues/new``); with it, each scenario also links to
  the ``regelendring`` issue template, filled in.

Which guides are each municipality's own, with their headings, comes from the enabled
municipalities' plugins (hook ``bti_register_guide_sources``), not from a setting. The core's
rules cite every municipality's guide, so the guides of every installed plugin are known to
the citations too, also where only some municipalities are enabled.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from flask import Flask

from bti.guide import GuideSource
from bti.plugins import build_registry
from bti.rules_doc.sources import Sources, guides_by_municipality

_CHECKOUT = Path(__file__).resolve().parents[3]
_KEYS = {
    "BTI_RULES_FEATURES": "features",
    "BTI_RULES_SOURCES": "sources",
    "BTI_RULES_REPORT": "report",
    "BTI_RULES_EMAIL": "email",
    "BTI_RULES_ISSUES": "issues",
}


@dataclass(frozen=True)
class RulesSettings:
    features: Path
    sources: Path
    report: Path
    email: str
    issues: str
    #: Each enabled municipality's own guides, by slug (from its plugin).
    guides: Mapping[str, tuple[GuideSource, ...]] = field(default_factory=dict)
    #: The guides of every installed municipality plugin, enabled or not.
    installed: tuple[GuideSource, ...] = ()

    def read_sources(self) -> Sources:
        """The cited documents, with every known guide's title and headings."""
        enabled = (guide for guides in self.guides.values() for guide in guides)
        return Sources(self.sources, (*self.installed, *enabled))


def rules_settings(app: Flask) -> RulesSettings:
    """The settings for ``app`` (read once, kept in ``app.extensions``)."""
    if "bti_rules_settings" not in app.extensions:
        app.extensions["bti_rules_settings"] = _read(app)
    return app.extensions["bti_rules_settings"]


def _read(app: Flask) -> RulesSettings:
    values: dict[str, str] = {
        "BTI_RULES_FEATURES": str(_CHECKOUT / "features"),
        "BTI_RULES_SOURCES": str(_CHECKOUT.parent),
        "BTI_RULES_REPORT": str(Path(app.instance_path) / "cucumber.json"),
        "BTI_RULES_EMAIL": "",
        "BTI_RULES_ISSUES": "",
    }
    toml_path = Path(os.environ.get("BTI_CONFIG") or Path(app.instance_path) / "bti.toml")
    if toml_path.is_file():
        table = tomllib.loads(toml_path.read_text(encoding="utf-8")).get("rules", {})
        values.update({key: str(table[name]) for key, name in _KEYS.items() if name in table})
    values.update({key: os.environ[key] for key in _KEYS if os.environ.get(key)})
    values.update({key: str(app.config[key]) for key in _KEYS if app.config.get(key)})
    return RulesSettings(
        features=Path(values["BTI_RULES_FEATURES"]),
        sources=Path(values["BTI_RULES_SOURCES"]),
        report=Path(values["BTI_RULES_REPORT"]),
        email=values["BTI_RULES_EMAIL"],
        issues=values["BTI_RULES_ISSUES"],
        guides=guides_by_municipality(app.extensions["bti"]),
        installed=tuple(
            guide
            for guides in guides_by_municipality(build_registry(None)).values()
            for guide in guides
        ),
    )
