"""How long each municipality keeps a closed case: bti.toml, the environment, clear errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bti.config import ConfigurationError, load_settings
from bti.config_retention import RetentionPolicy
from bti.services.retention.runner import cutoff

TOML = """
[[municipality]]
slug = "vestby"
plugin = "vestby"

[municipality.retention]
years = 10
action = "delete"

[[municipality]]
slug = "tromso"
plugin = "tromso"
"""


def _settings(tmp_path, text: str = TOML, environ: dict | None = None):
    (tmp_path / "bti.toml").write_text(text, encoding="utf-8")
    return load_settings(tmp_path, environ=environ or {})


def _policies(settings) -> dict[str, RetentionPolicy]:
    return {m.slug: m.retention for m in settings.municipalities}


def test_each_municipality_has_its_own_period_and_action_with_a_documented_default(tmp_path):
    assert _policies(_settings(tmp_path)) == {
        "vestby": RetentionPolicy(months=120, action="delete"),
        "tromso": RetentionPolicy(months=60, action="anonymise"),
    }


def test_the_environment_wins_over_the_file(tmp_path):
    environ = {
        "BTI_VESTBY_RETENTION_MONTHS": "18",
        "BTI_VESTBY_RETENTION_ACTION": "anonymise",
        "BTI_TROMSO_RETENTION_YEARS": "3",
    }
    assert _policies(_settings(tmp_path, environ=environ)) == {
        "vestby": RetentionPolicy(months=18, action="anonymise"),
        "tromso": RetentionPolicy(months=36, action="anonymise"),
    }


def test_municipalities_named_in_the_environment_alone_take_it_from_there_too(tmp_path):
    settings = load_settings(
        tmp_path,
        environ={"BTI_MUNICIPALITIES": "vestby", "BTI_VESTBY_RETENTION_ACTION": "delete"},
    )
    assert _policies(settings) == {"vestby": RetentionPolicy(months=60, action="delete")}


@pytest.mark.parametrize(
    ("retention", "message"),
    [
        ("years = 0", "at least one month"),
        ("years = -2", "whole number"),
        ("years = 2.5", "whole number"),
        ('action = "shred"', "anonymise or delete"),
        ('keep = "forever"', "not keep"),
    ],
)
def test_a_wrong_retention_setting_names_the_municipality_and_what_is_wrong(
    tmp_path, retention, message
):
    text = '[[municipality]]\nslug = "vestby"\nplugin = "vestby"\n[municipality.retention]\n'
    with pytest.raises(ConfigurationError, match=message) as error:
        _settings(tmp_path, text + retention + "\n")
    assert "'vestby'" in str(error.value)


@pytest.mark.parametrize(
    ("now", "months", "expected"),
    [
        (datetime(2026, 12, 6, 12, tzinfo=UTC), 60, datetime(2021, 12, 6, 12, tzinfo=UTC)),
        (datetime(2026, 3, 31, 8, tzinfo=UTC), 1, datetime(2026, 2, 28, 8, tzinfo=UTC)),
        (datetime(2028, 2, 29, 8, tzinfo=UTC), 12, datetime(2027, 2, 28, 8, tzinfo=UTC)),
        (datetime(2026, 1, 15, tzinfo=UTC), 18, datetime(2024, 7, 15, tzinfo=UTC)),
    ],
)
def test_the_period_counts_calendar_months_back_from_now(now, months, expected):
    assert cutoff(now, months) == expected
