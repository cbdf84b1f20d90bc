"""Plugin discovery: entry points, the default set of municipalities, configuration rules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bti.config import ConfigurationError, MunicipalityConfig, parse_municipalities
from bti.defaults.levels import LEVELS as NATIONAL_LEVELS
from bti.plugins import build_registry, installed_plugins

REPO_ROOT = Path(__file__).resolve().parent.parent
MUNICIPALITIES = ("baerum", "jevnaker", "tromso", "vestby")


def test_the_four_plugins_are_found_by_entry_point_with_a_version():
    installed = installed_plugins()
    for name in MUNICIPALITIES:
        plugin = installed[name]
        assert plugin.module == f"bti_{name}.plugin"
        assert plugin.distribution == "bti-plattform"
        assert plugin.version, f"{name} has no version"


def test_without_a_list_every_installed_plugin_is_enabled():
    registry = build_registry(None)
    assert sorted(m.slug for m in registry) == sorted(installed_plugins())
    assert set(MUNICIPALITIES) <= {m.slug for m in registry}
    assert registry["tromso"].plugin == installed_plugins()["tromso"]


def test_a_municipality_may_run_under_another_slug_than_its_plugin():
    registry = build_registry([MunicipalityConfig(slug="oslo-test", plugin="vestby")])
    assert registry["oslo-test"].name == "Vestby kommune"
    assert registry.get("vestby") is None


def test_a_municipality_without_a_plugin_runs_on_the_national_model():
    config = MunicipalityConfig(slug="eksempel", name="Eksempel kommune", kommunenummer="9999")
    municipality = build_registry([config])["eksempel"]
    assert (municipality.name, municipality.profile.kommunenummer) == ("Eksempel kommune", "9999")
    assert municipality.plugin is None
    assert municipality.levels == tuple(NATIONAL_LEVELS)


@pytest.mark.parametrize(
    "entry",
    [
        {"slug": "eksempel"},
        {"slug": "eksempel", "name": "Eksempel kommune"},
        {"slug": "eksempel", "kommunenummer": "9999"},
    ],
)
def test_a_municipality_without_a_plugin_needs_name_and_kommunenummer(entry):
    with pytest.raises(
        ConfigurationError, match=r"'eksempel' has no plugin.*name and kommunenummer"
    ):
        parse_municipalities([entry])
    # Built directly, bypassing the configuration check, it still refuses to start.
    with pytest.raises(ConfigurationError, match="'eksempel'"):
        build_registry([MunicipalityConfig(**entry)])


def test_a_plugin_that_is_not_installed_stops_start_up(make_app):
    with pytest.raises(ConfigurationError) as raised:
        make_app(BTI_MUNICIPALITIES=[{"slug": "lillevik", "plugin": "lillevik"}])
    message = str(raised.value)
    assert "'lillevik'" in message
    assert "not installed" in message
    assert "vestby" in message  # the plugins that are installed, to help the operator


def test_the_platform_module_of_the_standard_library_is_not_shadowed():
    # The core lives in platform/bti; a package named `platform` would hide the stdlib's.
    assert not (REPO_ROOT / "platform" / "__init__.py").exists()
    result = subprocess.run(
        [sys.executable, "-c", "import platform; print(platform.system())"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() in {"Linux", "Darwin", "Windows", "FreeBSD"}
