"""The demo, loaded once per test process for the route-by-route checks of this folder."""

from __future__ import annotations

import pytest

from tests.security.routes import demo_database


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """A SQLite file holding all four municipalities' demo; copy it before writing."""
    return demo_database(tmp_path_factory.mktemp("security-demo"))
