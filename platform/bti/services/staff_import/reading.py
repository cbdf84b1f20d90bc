"""Reading the staff file: bytes to rows, every cell checked, every problem kept.

The format is described for operators in ``docs/staff-import.md``. This module knows
nothing of the database: it checks what a row says on its own and what the rows say
together (the same person named twice differently, a row given twice). Comparing with what
the database holds is :mod:`.planning`'s.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from bti.models import Role, UnitKind
from bti.services.administration.people import EMAIL, USERNAME

#: Each column by its name in the file (the first) and the other names accepted for it,
#: compared without case, with spaces, hyphens and slashes read as underscores.
COLUMNS: dict[str, tuple[str, ...]] = {
    "username": ("username", "brukernavn"),
    "name": ("name", "navn"),
    "email": ("email", "e_mail", "e_post", "epost"),
    "unit": ("unit", "enhet", "tjenestested"),
    "unit_kind": ("unit_kind", "enhetstype", "type"),
    "role": ("role", "rolle"),
    "title": ("title", "tittel", "stilling"),
    "identity": ("identity", "sign_in_identity", "identitet", "innlogging"),
    "totp_required": ("totp_required", "second_factor", "totrinn", "tofaktor"),
}
REQUIRED_COLUMNS = ("username", "name", "email", "unit", "unit_kind", "role")

#: The roles by every word accepted for them (``bti.models.Role`` values, then English).
ROLE_WORDS: dict[str, Role] = {
    **{role.value: role for role in Role},
    "employee": Role.ANSATT,
    "tilsett": Role.ANSATT,
    "leader": Role.LEDER,
    "leiar": Role.LEDER,
    "coordinator": Role.KOORDINATOR,
}
YES = frozenset({"ja", "yes", "true", "1", "x"})
NO = frozenset({"nei", "no", "false", "0"})

#: What a row says of the person rather than the membership: the same on each of their rows.
_PERSONAL = (
    ("name", "name"),
    ("email", "e-mail"),
    ("identity", "identity"),
    ("totp_required", "totp_required"),
)
_LIMITS = {"username": 120, "name": 160, "email": 254, "unit": 160, "title": 120, "identity": 255}
_SEP_LINE = re.compile(r"(?i)sep=[;,]")


@dataclass(frozen=True)
class Problem:
    """Why the file cannot be imported: a line of the file (``None`` for the whole file)
    and the reason, for the operator."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass(frozen=True)
class Row:
    """One membership as the file gives it. ``None`` where an optional cell is empty (or
    its column absent): the account keeps what it has. A row with a problem of its own is
    compared with the others but never imported; it may hold ``None`` (or ``""``) where a
    cell is wrong."""

    line: int
    username: str
    name: str
    email: str | None
    unit: str
    unit_kind: UnitKind | None
    role: Role | None
    title: str | None
    identity: str | None
    totp_required: bool | None

    @property
    def unit_key(self) -> str:
        return unit_key(self.unit)


def unit_key(name: str) -> str:
    """What two spellings of one unit's name have in common (case, spacing)."""
    return " ".join(name.split()).casefold()


def _word(text: str) -> str:
    return re.sub(r"[\s/-]+", "_", text.strip().casefold())


def unit_kind_of(text: str) -> UnitKind | None:
    """The unit kind a cell names (``psykisk_helse``, ``Psykisk helse``), if any."""
    try:
        return UnitKind(_word(text))
    except ValueError:
        return None


def decode(data: bytes) -> tuple[str | None, Problem | None]:
    """The file's text (UTF-8, a byte-order mark dropped), or why it has none."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, Problem(
            line, "the file is not UTF-8 (in Excel: save as «CSV UTF-8 (kommadelt)»)"
        )


def delimiter(text: str) -> str:
    """``;`` where the header row has more semicolons than commas (Excel in Norway),
    otherwise ``,``; the one a first line ``sep=;`` or ``sep=,`` names (Excel's hint)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = lines[0] if lines else ""
    if _SEP_LINE.fullmatch(header):
        return header[-1]
    return ";" if header.count(";") > header.count(",") else ","


def read_rows(data: bytes) -> tuple[list[Row], list[Problem]]:
    """Every row of the file, and every problem found in any of them (rows with a problem
    are left out of the first list)."""
    text, problem = decode(data)
    if text is None:
        return [], [problem]
    separator = delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    rows: list[Row] = []
    # Every row read, with None where a cell is wrong: compared with the others all the same,
    # so one run reports what it can.
    read: list[Row] = []
    problems: list[Problem] = []
    header: list[str | None] | None = None
    last_line = 0
    while True:
        start = last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(Problem(start, f"cannot be read as CSV ({error})"))
            break
        last_line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        if header is None and _SEP_LINE.fullmatch(separator.join(cells).strip()):
            continue
        if header is None:
            header, header_problems = _header(cells, start)
            if header_problems:
                return [], header_problems
            continue
        row, sound = _row(header, cells, start, problems)
        if row is not None:
            read.append(row)
            if sound:
                rows.append(row)
    if header is None:
        return [], [
            Problem(None, "the file is empty: it needs a header row and one row per membership")
        ]
    if not rows and not problems:
        problems.append(Problem(None, "the file has a header row but no rows"))
    problems += consistency(read)
    return rows, problems


def _header(cells: list[str], line: int) -> tuple[list[str | None], list[Problem]]:
    names = {_word(alias): column for column, aliases in COLUMNS.items() for alias in aliases}
    header: list[str | None] = []
    problems = []
    for cell in cells:
        if not cell.strip():
            header.append(None)  # a trailing separator
            continue
        column = names.get(_word(cell))
        if column is None:
            known = ", ".join(COLUMNS)
            problems.append(Problem(line, f"unknown column {cell.strip()!r} (known: {known})"))
        elif column in header:
            problems.append(Problem(line, f"the column {column!r} is given twice"))
        header.append(column)
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing and not problems:
        problems.append(Problem(line, f"the header lacks the column(s) {', '.join(missing)}"))
    return header, problems


def _row(
    header: list[str | None], cells: list[str], line: int, problems: list[Problem]
) -> tuple[Row | None, bool]:
    """The row, and whether it is sound; ``None`` where no username can be read."""
    extra = [cell for cell in cells[len(header) :] if cell.strip()]
    if extra:
        problems.append(Problem(line, f"has {len(cells)} fields, the header {len(header)}"))
        return None, False
    values = {
        column: " ".join(cell.split())
        for column, cell in zip(header, cells, strict=False)
        if column is not None
    }
    found: list[str] = []

    def need(column: str) -> str:
        value = values.get(column, "")
        if not value:
            found.append(f"{column} is empty")
        elif len(value) > _LIMITS[column]:
            found.append(f"{column} is longer than {_LIMITS[column]} characters")
        return value

    username = need("username").lower()
    if username and not USERNAME.fullmatch(username):
        found.append(
            f"username {username!r} is not one: 2 to 120 characters, letters a-z, digits and "
            ". _ @ -, starting with a letter or digit (as in the administration's pages)"
        )
    name = need("name")
    email = values.get("email", "").lower() or None
    if email and (len(email) > _LIMITS["email"] or not EMAIL.fullmatch(email)):
        found.append("the e-mail is not an e-mail address (name@domain.no)")
    unit = need("unit")
    kind = None
    if values.get("unit_kind"):
        kind = unit_kind_of(values["unit_kind"])
        if kind is None:
            kinds = ", ".join(k.value for k in UnitKind)
            found.append(f"unknown unit kind {values['unit_kind']!r} (one of {kinds})")
    role = None
    if not values.get("role"):
        found.append("role is empty")
    else:
        role = ROLE_WORDS.get(_word(values["role"]))
        if role is None:
            roles = ", ".join(r.value for r in Role)
            found.append(f"unknown role {values['role']!r} (one of {roles})")
    title = values.get("title") if "title" in header else None
    if title and len(title) > _LIMITS["title"]:
        found.append(f"title is longer than {_LIMITS['title']} characters")
    identity = values.get("identity") or None
    if identity and len(identity) > _LIMITS["identity"]:
        found.append(f"identity is longer than {_LIMITS['identity']} characters")
    totp = None
    if values.get("totp_required"):
        answer = values["totp_required"].casefold()
        totp = True if answer in YES else False if answer in NO else None
        if totp is None:
            found.append(f"totp_required {values['totp_required']!r} is neither ja nor nei")
    problems += [Problem(line, message) for message in found]
    if found:
        # What was read well still takes part in the comparisons between rows.
        email = None if email and any("e-mail" in m for m in found) else email
        row = Row(line, username, name, email, unit, kind, role, title, identity, totp)
        return (row if username and USERNAME.fullmatch(username) else None), False
    return Row(line, username, name, email, unit, kind, role, title, identity, totp), True


def consistency(rows: list[Row]) -> list[Problem]:
    """What the rows say wrongly together: a row given twice, one person or unit described
    two ways, one sign-in identity given to two people."""
    problems = []
    seen: dict[tuple[str, str, Role], int] = {}
    stated: dict[tuple[str, str], tuple[object, int]] = {}
    kinds: dict[str, Row] = {}
    identities: dict[str, Row] = {}
    for row in rows:
        key = (row.username, row.unit_key, row.role)
        if row.role is not None and row.unit and key in seen:
            problems.append(
                Problem(row.line, f"repeats line {seen[key]} (same username, unit and role)")
            )
            continue
        seen[key] = row.line
        for field, label in _PERSONAL:
            mine = getattr(row, field)
            if mine is None or mine == "":
                continue
            theirs, line = stated.setdefault((row.username, field), (mine, row.line))
            if theirs != mine:
                problems.append(
                    Problem(
                        row.line,
                        f"username {row.username!r} has another {label} than on line {line}",
                    )
                )
        if row.unit_kind is not None and row.unit:
            other = kinds.setdefault(row.unit_key, row)
            if other.unit_kind != row.unit_kind:
                problems.append(
                    Problem(
                        row.line,
                        f"unit {row.unit!r} is a {row.unit_kind.value} here but a "
                        f"{other.unit_kind.value} on line {other.line}",
                    )
                )
        if row.identity is not None:
            holder = identities.setdefault(row.identity, row)
            if holder.username != row.username:
                problems.append(
                    Problem(
                        row.line,
                        f"the identity is also given to username {holder.username!r} on "
                        f"line {holder.line}",
                    )
                )
    return problems
