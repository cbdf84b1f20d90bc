"""The mail server's settings: ``[mail]`` in bti.toml, ``BTI_MAIL_*`` in the environment
(winning), checked with a message naming the setting; without a host nothing is sent."""

from __future__ import annotations

import pytest

from bti.config import ConfigurationError, load_settings

FILE = """
[mail]
host = "smtp.kommune.example"
username = "bti"
sender = "bti@kommune.example"
base_url = "https://bti.kommune.example/"
summary_hour = 6
"""


def test_the_mail_server_comes_from_the_file_and_the_password_from_the_environment(tmp_path):
    (tmp_path / "bti.toml").write_text(FILE, encoding="utf-8")
    mail = load_settings(tmp_path, environ={"BTI_MAIL_PASSWORD": "hemmelig"}).mail
    assert (mail.host, mail.port, mail.security) == ("smtp.kommune.example", 587, "starttls")
    assert (mail.username, mail.password) == ("bti", "hemmelig")
    assert mail.base_url == "https://bti.kommune.example" and mail.summary_hour == 6
    assert mail.sends and "hemmelig" not in repr(mail)


def test_the_environment_wins_and_implicit_tls_has_its_own_port(tmp_path):
    (tmp_path / "bti.toml").write_text(FILE, encoding="utf-8")
    environ = {"BTI_MAIL_SECURITY": "tls", "BTI_MAIL_USERNAME": "", "BTI_MAIL_PASSWORD": "x"}
    mail = load_settings(tmp_path, environ=environ).mail
    assert (mail.security, mail.port) == ("tls", 465)


def test_without_a_host_nothing_is_sent(tmp_path):
    assert not load_settings(tmp_path, environ={}).mail.sends


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"BTI_MAIL_HOST": "smtp"}, "sender"),
        ({"BTI_MAIL_HOST": "smtp", "BTI_MAIL_SENDER": "a@b"}, "base_url"),
        ({"BTI_MAIL_SECURITY": "ssl"}, "security"),
        ({"BTI_MAIL_PORT": "nitti"}, "port"),
        ({"BTI_MAIL_SUMMARY_HOUR": "24"}, "summary_hour"),
        (
            {"BTI_MAIL_HOST": "s", "BTI_MAIL_SENDER": "a@b", "BTI_MAIL_BASE_URL": "https://x",
             "BTI_MAIL_USERNAME": "bti"},
            "username and password",
        ),
    ],
)  # fmt: skip
def test_a_wrong_mail_setting_is_named(tmp_path, environ, message):
    with pytest.raises(ConfigurationError, match=message):
        load_settings(tmp_path, environ=environ)


def test_production_links_go_over_https(tmp_path):
    environ = {
        "BTI_ENV": "production", "BTI_SECRET_KEY": "k" * 40, "BTI_AUDIT_KEY": "a",
        "BTI_MUNICIPALITIES": "vestby", "BTI_MAIL_HOST": "smtp", "BTI_MAIL_SENDER": "a@b",
        "BTI_MAIL_BASE_URL": "http://bti.kommune.example",
    }  # fmt: skip
    with pytest.raises(ConfigurationError, match="https"):
        load_settings(tmp_path, environ=environ)


def test_an_unknown_mail_key_in_the_file_is_named(tmp_path):
    (tmp_path / "bti.toml").write_text('[mail]\nserver = "smtp"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"\[mail\] takes the keys"):
        load_settings(tmp_path, environ={})
