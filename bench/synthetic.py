"""Synthetic organisation for the bench: units, staff, memberships and Bærum's team seats.

Rows are plain tuples in the column order of :data:`COLUMNS`, built from a seeded
``random.Random`` so a size always gives the same data. Texts are short Norwegian phrases
from small lists: realistic lengths, sane disk use. The cases and everything under them are
in :mod:`bench.synthetic_cases`.
"""

from __future__ import annotations

import base64
import random
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

#: The columns each generated table is written with (the writer checks them against the
#: database: every NOT NULL column without a default must be here).
COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("id", "municipality_id", "name", "kind"),
    "staffuser": ("id", "username", "display_name", "password_hash", "active", "created_at"),
    "membership": ("id", "municipality_id", "user_id", "unit_id", "role", "title"),
    "teammember": ("id", "municipality_id", "team_id", "user_id", "service"),
    "teammeeting": (
        "id", "municipality_id", "team_id", "starts_at", "ends_at", "place", "created_by_id",
        "created_at",
    ),
    "subject": (
        "id", "municipality_id", "version", "kind", "given_name", "family_name", "birth_date",
        "custody", "unit_id", "created_at",
    ),
    "guardian": (
        "id", "municipality_id", "version", "subject_id", "name", "relation",
        "parental_responsibility", "daily_care", "phone", "created_at",
    ),
    "case": (
        "id", "municipality_id", "version", "subject_id", "unit_id", "concern", "seen_or_heard",
        "child_said_or_did", "worried_for", "earlier_concerns", "concern_arose_on", "level",
        "status", "acute", "guardians_kept_out", "barnevern_help", "stafettholder_id",
        "next_of_kin_relation", "next_of_kin_reason", "opened_by_id", "opened_at", "closed_at",
    ),
    "caseparticipant": (
        "id", "municipality_id", "case_id", "user_id", "unit_id", "role", "joined_at",
        "own_part_closed_at",
    ),
    "stafettloggentry": (
        "id", "municipality_id", "case_id", "kind", "text", "author_id", "meeting_id",
        "health_internal", "child_voice", "child_voice_missing_reason", "created_at",
    ),
    "meeting": (
        "id", "municipality_id", "version", "case_id", "kind", "starts_at", "ends_at", "place",
        "agenda", "organiser_id", "held_at", "guardians_present", "child_present", "child_voice",
        "child_voice_missing_reason", "child_participation", "child_voice_arena",
        "coordinator_change", "on_hold", "created_at",
    ),
    "meetinginvitee": (
        "id", "municipality_id", "meeting_id", "user_id", "guardian_id", "is_subject", "attended",
    ),
    "minutespart": ("id", "municipality_id", "meeting_id", "position", "heading", "text"),
    "consent": (
        "id", "municipality_id", "version", "case_id", "scope", "includes_health_information",
        "valid_from", "valid_to", "status", "registered_by_id", "created_at", "given_at",
        "withdrawn_at", "withdrawal_note",
    ),
    "consentservice": ("id", "municipality_id", "consent_id", "service", "unit_id"),
    "consentsignature": (
        "id", "municipality_id", "consent_id", "signer_kind", "guardian_id", "signed_on",
        "registered_at",
    ),
    "deadline": (
        "id", "municipality_id", "case_id", "code", "due_at", "owner_id", "met_by", "met_at",
        "created_at",
    ),
    "handover": (
        "id", "municipality_id", "case_id", "from_user_id", "to_user_id", "status", "note",
        "offered_at",
    ),
    "teamreferral": (
        "id", "municipality_id", "version", "case_id", "team_id", "number", "referred_by_id",
        "unit_id", "referred_at", "status", "referrer_contact", "others_wanted", "case_types",
        "family_attends", "urgency", "urgency_note", "interpreter_needed",
        "interpreter_language",
    ),
    "auditevent": (
        "id", "municipality_id", "at", "actor_id", "actor_role", "case_ref", "action", "outcome",
        "purpose", "detail", "prev_hash", "hash",
    ),
    "auditchainhead": ("municipality_id", "last_event_id", "last_hash", "count"),
}  # fmt: skip

GIVEN = (
    "Ola", "Kari", "Emma", "Noah", "Nora", "Jakob", "Sofie", "Filip", "Ella", "Lukas", "Maja",
    "Emil", "Ingrid", "Oskar", "Sara", "Henrik", "Leah", "Aksel", "Olivia", "Isak", "Frida",
    "Mathias", "Selma", "Tobias", "Astrid", "Elias", "Hedda", "Sander", "Thea", "Magnus",
    "Amalie", "Jonas", "Aurora", "William", "Mia", "Johannes", "Vilde", "Even", "Tiril", "Sigurd",
    "Ylva", "Mohammed", "Aisha", "Ali", "Zainab", "Adam", "Sana", "Kasper", "Live", "Vetle",
)  # fmt: skip
FAMILY = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
    "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen",
    "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge", "Moe",
)  # fmt: skip
PLACE_WORDS = (
    "Solsikken", "Blåbærtoppen", "Trollskogen", "Maurtua", "Lerkehaugen", "Fjellrosa",
    "Kornblomsten", "Ekornstien", "Nordby", "Sølvberget", "Bakkeli", "Furuheim", "Lia",
    "Østbyen", "Kildeberg", "Granli", "Elvebakken", "Åsen", "Fjordbyen", "Lyngheia", "Tårnåsen",
    "Bjørkelia", "Revehiet", "Steinerud", "Myrvoll", "Kløverenga", "Hasselbakken", "Grønnlia",
)  # fmt: skip

#: One unit of each kind that is not a kindergarten or school, as the demo has.
FIXED_UNITS = (
    ("helsestasjon", "Helsestasjonen for barn og unge", "Helsesykepleier"),
    ("skolehelsetjeneste", "Skolehelsetjenesten", "Helsesykepleier"),
    ("ppt", "Pedagogisk-psykologisk tjeneste (PPT)", "PPT-rådgiver"),
    ("barnevern", "Barneverntjenesten", "Saksbehandler"),
    ("psykisk_helse", "Psykisk helseteam for barn og unge", "Psykolog"),
    ("nav", "NAV-kontoret", "Veileder"),
    ("fastlege", "Torget legesenter", "Fastlege"),
    ("kommunepsykolog", "Kommunepsykologen", "Kommunepsykolog"),
    ("fysio_ergo", "Fysio- og ergoterapitjenesten", "Fysioterapeut"),
    ("familieveiledning", "Familieveiledningen", "Familieveileder"),
    ("ungdomskontakt", "Ungdomskontakten", "Ungdomskontakt"),
    ("annet", "Oppvekstkontoret", "Rådgiver"),
)
HEALTH_KINDS = frozenset(
    {"helsestasjon", "skolehelsetjeneste", "psykisk_helse", "fastlege", "kommunepsykolog",
     "fysio_ergo"}
)  # fmt: skip
#: The services that are brought into cases beside the kindergarten or school.
HELPING_KINDS = ("helsestasjon", "skolehelsetjeneste", "ppt", "barnevern", "psykisk_helse",
                 "familieveiledning", "kommunepsykolog")  # fmt: skip
TITLES = {"barnehage": ("Pedagogisk leder", "Styrer"), "skole": ("Kontaktlærer", "Rektor")}


class Draw(random.Random):
    """A seeded ``random.Random`` whose everyday draws skip the exact-uniformity machinery
    of ``_randbelow``: a bench needs reproducible, not cryptographically even, choices, and
    these run tens of millions of times at a million cases."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + int(self.random() * (stop - start))


def public_id(rng) -> str:
    """An opaque case id like :func:`bti.models.new_public_id` (128 bits), but seeded."""
    return base64.urlsafe_b64encode(rng.getrandbits(128).to_bytes(16, "big")).rstrip(b"=").decode()


@dataclass
class Moments:
    """Timestamps as epoch seconds, written in the form each backend stores.

    ``now`` is midnight UTC of the day of generation: upcoming meetings lie weeks ahead of it
    and overdue deadlines days behind it, so they stay so while the bench runs.
    """

    backend: str
    now: int = field(default_factory=lambda: int(time.time()) // 86400 * 86400)

    def __post_init__(self) -> None:
        self._days: dict[int, str] = {}
        self._suffix = ".000000" if self.backend == "sqlite" else "+00"

    def ts(self, seconds: int | None) -> str | None:
        if seconds is None:
            return None
        days, rest = divmod(seconds, 86400)
        day = self._days.get(days)
        if day is None:
            day = self._days[days] = time.strftime("%Y-%m-%d", time.gmtime(days * 86400))
        hours, rest = divmod(rest, 3600)
        return f"{day} {hours:02d}:{rest // 60:02d}:{rest % 60:02d}{self._suffix}"

    def aware(self, seconds: int) -> datetime:
        return datetime.fromtimestamp(seconds, UTC)

    def day(self, seconds: int) -> str:
        return time.strftime("%Y-%m-%d", time.gmtime(seconds))

    def today(self) -> date:
        return self.aware(self.now).date()

    def birth(self, age: int, rng) -> str:
        born = self.today() - timedelta(days=age * 365 + rng.randrange(1, 360))
        return born.isoformat()


class Ids:
    """The next id of each table (ids are given here, so foreign keys are known at once)."""

    def __init__(self, start: dict[str, int]):
        self.last = dict(start)

    def __call__(self, table: str) -> int:
        self.last[table] = self.last.get(table, 0) + 1
        return self.last[table]

    def block(self, table: str, count: int) -> int:
        """Take ``count`` ids at once; the first of them."""
        first = self.last.get(table, 0) + 1
        self.last[table] = first + count - 1
        return first


@dataclass
class Staff:
    id: int
    username: str
    name: str
    unit_id: int
    kind: str
    role_label: str


@dataclass
class Organisation:
    """One municipality's units and staff, and who is who for the bench."""

    slug: str
    municipality_id: int
    units: list[tuple[int, str, str]] = field(default_factory=list)  # id, name, kind
    case_units: list[int] = field(default_factory=list)  # kindergartens and schools
    fixed: dict[str, int] = field(default_factory=dict)  # kind -> unit id
    kind_of: dict[int, str] = field(default_factory=dict)
    employees: dict[int, list[Staff]] = field(default_factory=dict)  # unit id -> staff
    leaders: dict[int, Staff] = field(default_factory=dict)  # unit id -> its leader
    staff: dict[int, Staff] = field(default_factory=dict)
    named: dict[str, Staff] = field(default_factory=dict)  # busy, coordinator, deputy …

    @property
    def big_unit(self) -> int:
        return self.case_units[0]

    def case_unit(self, rng) -> int:
        """A kindergarten or school by its share of cases: the big unit (the first) has six
        times the share of any other. One draw, whatever the number of units."""
        r = rng.random() * (len(self.case_units) + 5)
        return self.case_units[0 if r < 6 else int(r) - 5]


def build_organisation(gen, slug: str, municipality_id: int, cases: int) -> Organisation:
    """Units ≈ 1 per 150 cases (one of each other kind, the rest kindergartens and schools,
    the first school six times the others' share of cases), staff ≈ 1 per 30 cases: a leader
    per unit, employees spread by the units' share, a BTI coordinator and an administrator."""
    ids = gen.ids
    org = Organisation(slug, municipality_id)
    n_case_units = max(4, round(cases / 150))
    n_schools = max(1, round(n_case_units * 0.45))
    kinds = ["skole"] * n_schools + ["barnehage"] * (n_case_units - n_schools)
    counters = {"skole": 0, "barnehage": 0}
    for kind in kinds:
        i = counters[kind]
        counters[kind] += 1
        word = PLACE_WORDS[i % len(PLACE_WORDS)]
        suffix = f" {i // len(PLACE_WORDS) + 1}" if i >= len(PLACE_WORDS) else ""
        uid = ids("unit")
        org.units.append((uid, f"{word} {kind}{suffix}", kind))
        org.case_units.append(uid)
    for kind, name, _title in FIXED_UNITS:
        uid = ids("unit")
        org.units.append((uid, name, kind))
        org.fixed[kind] = uid
    org.kind_of = {uid: kind for uid, _name, kind in org.units}
    gen.write("unit", [(uid, municipality_id, name, kind) for uid, name, kind in org.units])
    _staff(gen, org, cases)
    return org


def _staff(gen, org: Organisation, cases: int) -> None:
    rng = gen.rng
    users, memberships = [], []
    total = max(40, round(cases / 30))

    def person(key: str, unit_id: int, role: str, title: str, *, pool: bool = True) -> Staff:
        uid = gen.ids("staffuser")
        kind = org.kind_of[unit_id]
        staff = Staff(
            uid, f"{org.slug}.{key}", f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", unit_id, kind,
            f"{role}@{kind}",
        )  # fmt: skip
        users.append((uid, staff.username, staff.name, gen.password_hash, True, gen.created))
        memberships.append((gen.ids("membership"), org.municipality_id, uid, unit_id, role, title))
        org.staff[uid] = staff
        if role == "leder":
            org.leaders[unit_id] = staff
        elif pool:  # drawn from when cases are made
            org.employees.setdefault(unit_id, []).append(staff)
        return staff

    titles = {kind: title for kind, _name, title in FIXED_UNITS}
    for uid, _name, kind in org.units:
        person(f"leder{uid}", uid, "leder", TITLES.get(kind, ("", "Leder"))[1])
    for kind, uid in org.fixed.items():
        for n in range(2 if kind in HELPING_KINDS else 1):
            person(f"{kind}{uid}x{n}", uid, "ansatt", titles[kind])
    org.named["coordinator_bti"] = person("koordinator", org.fixed["annet"], "koordinator",
                                          "BTI-koordinator")  # fmt: skip
    person("admin", org.fixed["annet"], "administrator", "Systemansvarlig")
    for uid in org.case_units:  # every kindergarten and school has an employee
        person(f"ansatt{uid}", uid, "ansatt", TITLES[org.kind_of[uid]][0])
    # The rest by the units' share of cases, a fifth to the helping services.
    for n in range(max(0, total - len(users))):
        if rng.random() < 0.2:
            kind = rng.choice(HELPING_KINDS)
            uid = org.fixed[kind]
            person(f"{kind}{uid}y{n}", uid, "ansatt", titles[kind])
        else:
            uid = org.case_unit(rng)
            person(f"ansatt{uid}y{n}", uid, "ansatt", TITLES[org.kind_of[uid]][0])
    # The busy user works at the big school and takes part in the cases chosen for them
    # (bench.synthetic_cases), and in no other.
    org.named["busy"] = person("travel", org.big_unit, "ansatt", "Kontaktlærer", pool=False)
    gen.write("staffuser", users)
    gen.write("membership", memberships)


def seat_teams(gen, org: Organisation, teams: list[tuple], seats: dict) -> dict:
    """Bærum's Tidlig innsatsteam as the demo's administrator sets them up: one coordinator
    chairs every team, a fixed deputy, barnevern's leader leads them, and a fixed member in
    each standing seat the plugin's team names (``seats``: team code -> its ``TeamSeat``s;
    the referring unit's seat is filled per case); four meeting days each, two held."""
    mid = org.municipality_id
    coordinator = org.employees[org.fixed["barnevern"]][0]
    deputy = org.employees[org.fixed["barnevern"]][1]
    leader = org.leaders[org.fixed["barnevern"]]
    org.named["coordinator"], org.named["deputy"] = coordinator, deputy
    members, days = [], []
    for team_id, code, _lo, _hi in teams:
        gen.execute(
            "UPDATE team SET coordinator_id = ?, deputy_id = ?, leader_id = ? WHERE id = ?",
            (coordinator.id, deputy.id, leader.id, team_id),
        )
        standing = {seat.service for seat in seats[code] if not seat.from_referring_unit}
        for kind in sorted(standing):
            user = org.employees[org.fixed[kind]][-1]
            members.append((gen.ids("teammember"), mid, team_id, user.id, kind))
        for weeks in (-4, -2, 2, 4):
            start = gen.at.now + weeks * 7 * 86400 + 8 * 3600
            days.append(
                (gen.ids("teammeeting"), mid, team_id, gen.at.ts(start),
                 gen.at.ts(start + 4 * 3600), "Rådhuset, møterom Tidlig innsatsteam",
                 coordinator.id, gen.at.ts(start - 21 * 86400))
            )  # fmt: skip
    gen.write("teammember", members)
    gen.write("teammeeting", days)
    return {"coordinator": coordinator, "deputy": deputy}
