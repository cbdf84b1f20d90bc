"""Every Gherkin feature under ``features/`` (core and each municipality) runs as a test.

Paths are relative to ``bdd_features_base_dir`` (``features``) and ``scenarios()`` recurses,
so a new ``.feature`` file in any folder is collected without touching this module. The
steps live in :mod:`tests.bdd.steps`.
"""

import pytest
from pytest_bdd import scenarios

scenarios(".")


@pytest.fixture(autouse=True)
def _every_scenario_on_each_database(database_url: str) -> str:
    """Named here so pytest parametrises every scenario over SQLite and PostgreSQL (the
    steps ask for the database only while the scenario runs, too late to parametrise)."""
    return database_url
