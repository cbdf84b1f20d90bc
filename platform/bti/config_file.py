"""Reading ``bti.toml``, the deployment's configuration file (:mod:`bti.config` merges it
with the defaults, the environment and the test overrides; the identity providers' tables
under a municipality are checked by :mod:`bti.config_oidc`)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bti.config import SERVING_KEYS, SESSION_KEYS, ConfigurationError
from bti.config_mail import MAIL_KEYS


def read_toml(path: Path) -> dict[str, object]:
    """The settings ``bti.toml`` holds, under the names the environment gives them
    (``BTI_ENV``, ``DATABASE_URL`` …), checked: an unknown key or a misshapen table is a
    :class:`~bti.config.ConfigurationError` naming the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot be read: {exc.strerror}") from None

    allowed = {"env", "secret_key", "audit_key", "database", "municipality", "session", "signin"}
    # [rules]: the rules pages' folders and addresses, read by bti.rules_doc.settings.
    allowed.add("rules")
    allowed |= {"mail"}
    allowed |= set(SERVING_KEYS.values())
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigurationError(
            f"{path}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(allowed))}."
        )
    values: dict[str, object] = {}
    if "env" in data:
        values["BTI_ENV"] = data["env"]
    if "secret_key" in data:
        values["BTI_SECRET_KEY"] = data["secret_key"]
    if "audit_key" in data:
        values["BTI_AUDIT_KEY"] = data["audit_key"]
    values.update({key: data[name] for key, name in SERVING_KEYS.items() if name in data})
    database = data.get("database", {})
    if not isinstance(database, dict) or set(database) - {"url"}:
        raise ConfigurationError(f"{path}: [database] takes one key, url.")
    if "url" in database:
        values["DATABASE_URL"] = database["url"]
    session = data.get("session", {})
    names = {name: key for key, name in SESSION_KEYS.items()}
    if not isinstance(session, dict) or set(session) - set(names):
        raise ConfigurationError(
            f"{path}: [session] takes the keys {', '.join(sorted(names))} (whole numbers)."
        )
    values.update({names[name]: value for name, value in session.items()})
    signin = data.get("signin", {})
    if not isinstance(signin, dict) or set(signin) - {"staff_passwords"}:
        raise ConfigurationError(f"{path}: [signin] takes one key, staff_passwords (true/false).")
    if "staff_passwords" in signin:
        values["BTI_STAFF_PASSWORDS"] = signin["staff_passwords"]
    mail = data.get("mail", {})
    fields = {name: key for key, name in MAIL_KEYS.items()}
    if not isinstance(mail, dict) or set(mail) - set(fields):
        raise ConfigurationError(f"{path}: [mail] takes the keys {', '.join(sorted(fields))}.")
    values.update({fields[name]: value for name, value in mail.items()})
    if "municipality" in data:
        if not isinstance(data["municipality"], list):
            raise ConfigurationError(
                f"{path}: write each municipality as a [[municipality]] table."
            )
        values["BTI_MUNICIPALITIES"] = data["municipality"]
    return values
