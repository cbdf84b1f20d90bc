"""The deployment's configuration: TOML file, environment, and clear errors."""

from __future__ import annotations

import pytest

from bti.config import (
    ConfigurationError,
    MunicipalityConfig,
    SessionLimits,
    load_settings,
    parse_municipalities,
)


def _write(tmp_path, text: str):
    (tmp_path / "bti.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_toml_file_lists_municipalities_and_the_database(tmp_path):
    instance = _write(
        tmp_path,
        """
env = "development"
[database]
url = "postgres://bti@db.example:5432/bti"

[[municipality]]
slug = "vestby"
plugin = "vestby"

[[municipality]]
slug = "eksempel"
name = "Eksempel kommune"
kommunenummer = "9999"
""",
    )
    settings = load_settings(instance, environ={})
    assert settings.database_url == "postgresql+psycopg://bti@db.example:5432/bti"
    assert settings.municipalities == (
        MunicipalityConfig("vestby", "vestby"),
        MunicipalityConfig("eksempel", None, "Eksempel kommune", "9999"),
    )


def test_the_environment_wins_over_the_file(tmp_path):
    instance = _write(tmp_path, '[[municipality]]\nslug = "vestby"\nplugin = "vestby"\n')
    settings = load_settings(
        instance,
        environ={"BTI_MUNICIPALITIES": "tromso,oslo=vestby", "DATABASE_URL": "sqlite:///x.db"},
    )
    assert [(m.slug, m.plugin) for m in settings.municipalities] == [
        ("tromso", "tromso"),
        ("oslo", "vestby"),
    ]
    assert settings.database_url == "sqlite:///x.db"


def test_without_configuration_every_installed_plugin_runs_on_sqlite(tmp_path):
    settings = load_settings(tmp_path, environ={})
    assert settings.municipalities is None
    assert settings.database_url == f"sqlite:///{tmp_path / 'bti.sqlite3'}"
    assert settings.env == "development"


def test_the_development_secret_key_is_kept_between_starts(tmp_path):
    first = load_settings(tmp_path, environ={}).secret_key
    assert len(first) >= 32
    assert load_settings(tmp_path, environ={}).secret_key == first


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[municipality]\nslug=", "not valid TOML"),
        ('colour = "blue"\n', "unknown setting(s) colour"),
        ('[database]\nhost = "x"\n', "[database] takes one key, url"),
        ('municipality = "vestby"\n', "[[municipality]] table"),
        ('[[municipality]]\nplugin = "vestby"\n', "needs at least a slug"),
        ('[[municipality]]\nslug = "Vestby Kommune"\n', "not usable in addresses"),
        ('[[municipality]]\nslug = "static"\nplugin = "vestby"\n', "not usable in addresses"),
        ('[[municipality]]\nslug = "eksempel"\n', "needs name and kommunenummer"),
        ('[database]\nurl = "mysql://x"\n', "DATABASE_URL must be"),
        ('env = "staging"\n', "BTI_ENV is 'staging'"),
    ],
)
def test_a_malformed_file_says_what_is_wrong_and_where(tmp_path, text, message):
    instance = _write(tmp_path, text)
    with pytest.raises(ConfigurationError) as error:
        load_settings(instance, environ={})
    assert message in str(error.value)


def test_a_municipality_listed_twice_is_refused():
    with pytest.raises(ConfigurationError, match="listed twice"):
        parse_municipalities("vestby,vestby")


def test_production_needs_explicit_municipalities_and_a_secret(tmp_path):
    with pytest.raises(ConfigurationError, match="municipalities named explicitly"):
        load_settings(tmp_path, environ={"BTI_ENV": "production", "BTI_SECRET_KEY": "k" * 40})
    with pytest.raises(ConfigurationError, match="BTI_SECRET_KEY"):
        load_settings(tmp_path, environ={"BTI_ENV": "production", "BTI_MUNICIPALITIES": "vestby"})
    settings = load_settings(
        tmp_path,
        environ={
            "BTI_ENV": "production",
            "BTI_MUNICIPALITIES": "vestby",
            "BTI_SECRET_KEY": "k" * 40,
            "BTI_AUDIT_KEY": "a" * 40,
        },
    )
    assert settings.is_production
    assert settings.audit_key == "a" * 40


def test_production_refuses_to_start_without_an_audit_key(tmp_path):
    environ = {"BTI_ENV": "production", "BTI_MUNICIPALITIES": "vestby", "BTI_SECRET_KEY": "k" * 40}
    with pytest.raises(ConfigurationError, match="BTI_AUDIT_KEY"):
        load_settings(tmp_path, environ=environ)
    assert not (tmp_path / "audit_key").exists()


def test_the_audit_key_comes_from_bti_toml_or_a_file_in_the_instance_folder(tmp_path):
    made = load_settings(tmp_path / "dev", environ={}).audit_key
    assert (tmp_path / "dev" / "audit_key").read_text(encoding="utf-8") == made
    assert load_settings(tmp_path / "dev", environ={}).audit_key == made
    (tmp_path / "bti.toml").write_text('audit_key = "from-the-file"\n', encoding="utf-8")
    assert load_settings(tmp_path, environ={}).audit_key == "from-the-file"


def test_bti_config_names_another_file(tmp_path):
    other = tmp_path / "elsewhere.toml"
    other.write_text('[[municipality]]\nslug = "tromso"\nplugin = "tromso"\n', encoding="utf-8")
    settings = load_settings(tmp_path / "instance", environ={"BTI_CONFIG": str(other)})
    assert [m.slug for m in settings.municipalities] == ["tromso"]


def test_the_instance_folder_is_where_the_command_runs(tmp_path, monkeypatch):
    from bti import create_app

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BTI_INSTANCE_PATH", raising=False)
    app = create_app({"BTI_ENV": "test"})
    assert app.instance_path == str(tmp_path / "instance")
    assert app.extensions["bti_settings"].database_url == (
        f"sqlite:///{tmp_path / 'instance' / 'bti.sqlite3'}"
    )
    app.extensions["bti_db"].dispose()


@pytest.mark.parametrize("secret", ["kort", "k" * 31, "æ" * 15])
def test_production_refuses_a_secret_key_shorter_than_32_bytes(tmp_path, secret):
    environ = {"BTI_ENV": "production", "BTI_MUNICIPALITIES": "vestby", "BTI_SECRET_KEY": secret}
    length = len(secret.encode("utf-8"))
    with pytest.raises(ConfigurationError, match=f"BTI_SECRET_KEY is {length} bytes long; "):
        load_settings(tmp_path, environ=environ)


def test_a_32_byte_secret_does_in_production_and_a_short_one_in_development(tmp_path):
    environ = {
        "BTI_ENV": "production",
        "BTI_MUNICIPALITIES": "vestby",
        "BTI_SECRET_KEY": "k" * 32,
        "BTI_AUDIT_KEY": "a" * 32,
    }
    assert load_settings(tmp_path, environ=environ).secret_key == "k" * 32
    development = load_settings(tmp_path, environ={"BTI_SECRET_KEY": "kort"})
    assert development.secret_key == "kort"


def test_the_session_limits_come_from_the_file_and_the_environment(tmp_path):
    assert load_settings(tmp_path, environ={}).sessions == SessionLimits(30, 10, 5)
    instance = _write(tmp_path, "[session]\nhours = 8\nper_user = 3\n")
    settings = load_settings(instance, environ={"BTI_IDLE_MINUTES": "15", "BTI_SESSION_HOURS": "9"})
    assert settings.sessions == SessionLimits(idle_minutes=15, hours=9, per_user=3)


@pytest.mark.parametrize("value", ["0", "ti", "-1", "2.5"])
def test_a_session_limit_must_be_a_whole_number(tmp_path, value):
    expected = r"BTI_MAX_SESSIONS is .* whole number, at least 1"
    with pytest.raises(ConfigurationError, match=expected):
        load_settings(tmp_path, environ={"BTI_MAX_SESSIONS": value})


def test_an_unknown_session_setting_in_the_file_is_named(tmp_path):
    instance = _write(tmp_path, "[session]\nhour = 8\n")
    with pytest.raises(ConfigurationError, match=r"\[session\] takes the keys"):
        load_settings(instance, environ={})
