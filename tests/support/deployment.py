"""The deployment a test describes: which municipalities it takes into use, then the platform.

A test (or a scenario's ``Gitt``-steps) names the municipalities first, with or without their
own plugin; the first thing that needs the running platform starts it (``create_app``
through the ``make_app`` fixture), and the first thing that needs the database migrates it.
Municipalities are named as people write them ("Tromsø kommune"); :func:`slug_for` turns a
name into its address segment and plugin name (``tromso``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from bti import i18n
from bti.config import ConfigurationError
from bti.db import Database
from bti.migrate import upgrade_database
from bti.plugins import Municipality

_TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "o", "å": "a", " ": "-"})


def slug_for(name: str) -> str:
    """``"Tromsø kommune"`` → ``"tromso"``; ``"Bærum"`` → ``"baerum"``."""
    name = name.strip().removesuffix(" kommune").removesuffix(" kommuner")
    return name.lower().translate(_TRANSLITERATION)


@dataclass
class Deployment:
    """The municipalities a scenario takes into use, and the platform once started."""

    make_app: Callable[..., Flask]
    database_url: str | None = None
    plugins: list[object] = field(default_factory=list)
    municipalities: list[dict[str, str]] = field(default_factory=list)
    #: More configuration for ``create_app`` (a mail server …), set before it starts.
    config: dict[str, object] = field(default_factory=dict)
    app: Flask | None = None
    startup_error: Exception | None = None
    migrated: bool = False
    cases_registered: int = 0

    def take_into_use(self, kommune: str, **entry: str) -> None:
        """Add ``kommune`` to the configuration; ``entry`` holds plugin, name, kommunenummer."""
        if self.app is not None or self.startup_error is not None:
            raise RuntimeError("Describe the municipalities before the platform starts.")
        self.municipalities.append({"slug": slug_for(kommune), **entry})

    def add_plugin(self, plugin: object) -> None:
        """A one-off plugin for every municipality; it must come before the platform starts."""
        if self.app is not None:
            raise RuntimeError("Name the guide's rules before the people: the platform runs.")
        self.plugins.append(plugin)

    def start(self) -> Flask:
        """Start the platform once; with no municipality named, every installed one runs."""
        if self.startup_error is not None:
            raise self.startup_error
        if self.app is None:
            config = {"BTI_MUNICIPALITIES": self.municipalities} if self.municipalities else {}
            if self.database_url:
                config["DATABASE_URL"] = self.database_url
            self.app = self.make_app(plugins=self.plugins, **config, **self.config)
        return self.app

    def try_start(self) -> None:
        try:
            self.start()
        except ConfigurationError as error:
            self.startup_error = error

    def database(self) -> Database:
        """The platform's database, migrated on first use."""
        app = self.start()
        if not self.migrated:
            with app.app_context():
                upgrade_database(app)
            self.migrated = True
        return app.extensions["bti_db"]

    def client(self) -> FlaskClient:
        self.database()  # the pages look the municipality up in the database
        return self.start().test_client()

    def municipality(self, name: str) -> Municipality:
        registry = self.start().extensions["bti"]
        slug = slug_for(name)
        assert slug in registry, f"{name} kommune er ikke tatt i bruk her"
        return registry[slug]

    def municipality_id(self, name: str) -> int:
        return self.database().municipality_ids()[slug_for(name)]

    def in_bokmal(self, municipality: Municipality, produce: Callable[[], Any]) -> Any:
        """``produce()`` run as a page of ``municipality`` in bokmål, with its catalogs; lazy
        texts in the result (or in the list it returns) become strings there."""
        app = self.start()
        with app.test_request_context(f"/{municipality.slug}/", headers={"Accept-Language": "nb"}):
            i18n.use_domain(app.extensions["bti_domains"][municipality.slug])
            result = produce()
            if isinstance(result, list | tuple):
                return [str(item) for item in result]
            return str(result)

    def shown(self, municipality: Municipality, text: object) -> str:
        """``text`` as an employee of ``municipality`` reads it."""
        return self.in_bokmal(municipality, lambda: text)
