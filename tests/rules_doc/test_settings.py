"""Where the rules pages find their material and where proposals go (bti.rules_doc.settings):
the defaults, ``[rules]`` in bti.toml, the environment, and create_app's mapping."""

from __future__ import annotations

from pathlib import Path

from bti.rules_doc import rules_settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_defaults_are_the_checkout_the_folder_above_and_the_instance(make_app):
    app = make_app()
    settings = rules_settings(app)
    assert settings.features == ROOT / "features"
    assert (settings.sources / "shared" / "DESIGN.md").is_file()
    assert settings.report == Path(app.instance_path) / "cucumber.json"
    assert (settings.email, settings.issues) == ("", "")


def test_bti_toml_then_the_environment_then_the_mapping(make_app, tmp_path, monkeypatch):
    instance = tmp_path / "instance"
    instance.mkdir(exist_ok=True)
    (instance / "bti.toml").write_text(
        '[rules]\nemail = "fra-fil@kommune.no"\nissues = "https://example.org/issues/new"\n'
        'report = "/srv/bti/cucumber.json"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("BTI_RULES_REPORT", "/var/lib/bti/cucumber.json")
    app = make_app(BTI_RULES_EMAIL="fra-oppsett@kommune.no")
    settings = rules_settings(app)
    assert settings.issues == "https://example.org/issues/new"
    assert settings.report == Path("/var/lib/bti/cucumber.json")
    assert settings.email == "fra-oppsett@kommune.no"
