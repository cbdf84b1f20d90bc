"""How long each municipality keeps a closed case, and what happens to it then.

``bti retention run`` (:mod:`bti.services.retention`) reads this. In ``bti.toml``, under a
municipality (both keys optional)::

    [[municipality]]
    slug = "vestby"
    plugin = "vestby"

    [municipality.retention]
    years = 5                  # kept this long after it was closed (or months = 18; both add up)
    action = "anonymise"       # then anonymised (the default), or "delete"

The environment wins over the file: ``BTI_<SLUG>_RETENTION_YEARS``,
``BTI_<SLUG>_RETENTION_MONTHS`` and ``BTI_<SLUG>_RETENTION_ACTION``, the slug in capitals
with ``-`` as ``_`` (``BTI_VESTBY_RETENTION_YEARS=10``).

The default, five years and then anonymised, is the platform's own choice: none of the
municipalities' guides says how long the platform's records are kept (Bærum's metodebok
says where the action plan and the protocol are archived, not for how long). A municipality
sets its own period from its archive plan; the case's record of who read and changed it (the
audit trail) is never removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

ANONYMISE = "anonymise"
DELETE = "delete"
ACTIONS = (ANONYMISE, DELETE)
KEYS = ("years", "months", "action")
DEFAULT_MONTHS = 5 * 12


class RetentionError(ValueError):
    """A retention setting is wrong; the message says which and why."""


@dataclass(frozen=True)
class RetentionPolicy:
    """A closed case is kept ``months`` after it was closed, then anonymised or deleted."""

    months: int = DEFAULT_MONTHS
    action: str = ANONYMISE

    def describe(self) -> str:
        years, months = divmod(self.months, 12)
        parts = [f"{years} year(s)"] if years else []
        parts += [f"{months} month(s)"] if months or not years else []
        return f"{self.action} {' '.join(parts)} after closing"


def retention_for(slug: str, block: object, environ: Mapping[str, str]) -> RetentionPolicy:
    """The municipality's policy from its ``retention`` table (or one already parsed) with
    ``BTI_<SLUG>_RETENTION_<KEY>`` laid over it.

    :raises RetentionError: an unknown key, a period that is not a whole number of at least
        one month, or an action other than ``anonymise`` or ``delete``.
    """
    if isinstance(block, RetentionPolicy):
        values: dict[str, object] = {"months": block.months, "action": block.action}
    elif block is None:
        values = {}
    elif isinstance(block, Mapping):
        unknown = set(block) - set(KEYS)
        if unknown:
            raise RetentionError(
                f"[municipality.retention] takes {', '.join(KEYS)}; "
                f"not {', '.join(sorted(unknown))}."
            )
        values = dict(block)
    else:
        raise RetentionError("retention must be a table: [municipality.retention].")
    prefix = f"BTI_{slug.upper().replace('-', '_')}_RETENTION_"
    from_env = {
        key: environ[prefix + key.upper()] for key in KEYS if environ.get(prefix + key.upper())
    }
    if {"years", "months"} & set(from_env):
        # A period in the environment replaces the file's whole period.
        values.pop("years", None)
        values.pop("months", None)
    values.update(from_env)

    months = DEFAULT_MONTHS
    if "years" in values or "months" in values:
        months = _whole(values.get("years", 0), "years") * 12 + _whole(
            values.get("months", 0), "months"
        )
    if months < 1:
        raise RetentionError("the retention period must be at least one month.")
    action = str(values.get("action", ANONYMISE)).strip().lower()
    if action not in ACTIONS:
        raise RetentionError(f"retention action is {action!r}; it must be anonymise or delete.")
    return RetentionPolicy(months=months, action=action)


def _whole(value: object, what: str) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if isinstance(value, bool | float) or number < 0:
        raise RetentionError(f"retention {what} is {value!r}; it must be a whole number.")
    return number
