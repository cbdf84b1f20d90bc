"""Each municipality's identity providers in the configuration (bti.config_oidc): the file,
the environment (where the client secret belongs), the defaults, and the refusals."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from bti.config import ConfigurationError, load_settings
from bti.config_oidc import OidcProvider

PRODUCTION = {
    "BTI_ENV": "production",
    "BTI_SECRET_KEY": "k" * 40,
    "BTI_AUDIT_KEY": "a" * 40,
}


def _write(tmp_path, text: str):
    (tmp_path / "bti.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_file_configures_staff_and_citizen_providers_and_the_environment_the_secret(
    tmp_path,
):
    instance = _write(
        tmp_path,
        """
[[municipality]]
slug = "vestby"
plugin = "vestby"

[municipality.staff_oidc]
issuer = "https://login.microsoftonline.com/tenant/v2.0"
client_id = "bti-vestby"
claim = "oid"
scopes = "profile email"
name = "Vestby kommune (Entra ID)"

[[municipality]]
slug = "tromso"
plugin = "tromso"

[municipality.citizen_oidc]
issuer = "https://idporten.no"
client_id = "bti-tromso"
client_secret = "fra-fila"
""",
    )
    settings = load_settings(
        instance, environ={"BTI_VESTBY_STAFF_OIDC_CLIENT_SECRET": "fra-miljoet"}
    )
    vestby, tromso = settings.municipalities
    assert vestby.staff_oidc == OidcProvider(
        issuer="https://login.microsoftonline.com/tenant/v2.0",
        client_id="bti-vestby",
        client_secret="fra-miljoet",
        claim="oid",
        scopes="profile email",
        name="Vestby kommune (Entra ID)",
    )
    assert vestby.staff_oidc.scope == "openid profile email"
    assert vestby.staff_oidc.metadata_url == (
        "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration"
    )
    assert vestby.citizen_oidc is None and tromso.staff_oidc is None
    assert (tromso.citizen_oidc.claim, tromso.citizen_oidc.acr_values) == (
        "pid",
        "idporten-loa-high",
    )
    assert tromso.citizen_oidc.name == "ID-porten"
    assert tromso.citizen_oidc.auth_method == "client_secret_basic"


def test_the_environment_alone_can_configure_a_provider(tmp_path):
    settings = load_settings(
        tmp_path,
        environ={
            "BTI_MUNICIPALITIES": "vestby",
            "BTI_VESTBY_STAFF_OIDC_ISSUER": "https://idp.example.no",
            "BTI_VESTBY_STAFF_OIDC_CLIENT_ID": "bti",
            "BTI_VESTBY_STAFF_OIDC_CLIENT_SECRET": "s",
            "BTI_VESTBY_STAFF_OIDC_CLAIM": "email",
        },
    )
    (vestby,) = settings.municipalities
    assert (vestby.staff_oidc.issuer, vestby.staff_oidc.claim) == (
        "https://idp.example.no",
        "email",
    )


def test_production_refuses_a_provider_over_plain_http(tmp_path):
    provider = {"issuer": "http://127.0.0.1:8080", "client_id": "bti", "client_secret": "s"}
    municipalities = [{"slug": "vestby", "plugin": "vestby", "staff_oidc": provider}]
    with pytest.raises(ConfigurationError, match="plain http; production needs https"):
        load_settings(tmp_path, {**PRODUCTION, "BTI_MUNICIPALITIES": municipalities}, {})
    # Outside production, http on the machine itself is for the tests and the demo.
    settings = load_settings(tmp_path, {"BTI_MUNICIPALITIES": municipalities}, {})
    assert settings.municipalities[0].staff_oidc.issuer == "http://127.0.0.1:8080"


def test_http_elsewhere_than_the_machine_itself_is_refused_everywhere(tmp_path):
    provider = {"issuer": "http://idp.example.no", "client_id": "bti", "client_secret": "s"}
    with pytest.raises(ConfigurationError, match="must be an https address"):
        load_settings(
            tmp_path,
            {
                "BTI_MUNICIPALITIES": [
                    {"slug": "vestby", "plugin": "vestby", "staff_oidc": provider}
                ]
            },
            {},
        )


@pytest.mark.parametrize(
    ("provider", "message"),
    [
        ({"client_id": "bti", "client_secret": "s"}, r"\[staff_oidc\] needs issuer"),
        ({"issuer": "https://idp.example.no", "client_secret": "s"}, "needs client_id"),
        (
            {"issuer": "https://idp.example.no", "client_id": "bti"},
            "needs client_secret .* or private_key_file",
        ),
        (
            {"issuer": "https://idp.example.no", "client_id": "bti", "tenant": "x"},
            "unknown key",
        ),
        (
            {
                "issuer": "https://idp.example.no",
                "client_id": "bti",
                "private_key_file": "/finnes/ikke.pem",
            },
            "is not a readable file",
        ),
    ],
)
def test_a_wrong_provider_setting_names_the_municipality_and_the_key(tmp_path, provider, message):
    with pytest.raises(ConfigurationError, match=f"Municipality 'vestby': .*{message}"):
        load_settings(
            tmp_path,
            {
                "BTI_MUNICIPALITIES": [
                    {"slug": "vestby", "plugin": "vestby", "staff_oidc": provider}
                ]
            },
            {},
        )


def test_a_private_key_file_means_private_key_jwt(tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "vestby.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    provider = {"issuer": "https://idp.example.no", "client_id": "bti", "private_key_file": path}
    settings = load_settings(
        tmp_path,
        {"BTI_MUNICIPALITIES": [{"slug": "vestby", "plugin": "vestby", "staff_oidc": provider}]},
        {},
    )
    assert settings.municipalities[0].staff_oidc.auth_method == "private_key_jwt"


@pytest.mark.parametrize(
    ("acr", "reached"),
    [
        ("idporten-loa-high", True),
        ("idporten-loa-substantial", False),
        ("idporten-loa-low", False),
        (None, False),
        ("Level4", False),
    ],
)
def test_only_the_high_level_reaches_what_id_porten_is_asked_for(acr, reached):
    provider = OidcProvider(issuer="https://idporten.no", client_id="bti", client_secret="s")
    high = OidcProvider(**{**provider.__dict__, "acr_values": "idporten-loa-high"})
    assert high.acr_reached(acr) is reached


def test_staff_passwords_can_be_turned_off_in_the_file_or_the_environment(tmp_path):
    assert load_settings(tmp_path, environ={}).staff_passwords is True
    assert (
        load_settings(tmp_path, environ={"BTI_STAFF_PASSWORDS": "false"}).staff_passwords is False
    )
    instance = _write(tmp_path, "[signin]\nstaff_passwords = false\n")
    assert load_settings(instance, environ={}).staff_passwords is False
    with pytest.raises(ConfigurationError, match="BTI_STAFF_PASSWORDS is 'kanskje'"):
        load_settings(tmp_path, environ={"BTI_STAFF_PASSWORDS": "kanskje"})
