"""Synthetic cases for the bench, one municipality at a time, in chunks.

Each case gets one subject with 1–2 guardians, 2–5 participants, 5–50 stafettlogg entries,
0–3 meetings with their invitees, 1–2 consents with services and signatures, a deadline on
most open cases (some overdue), now and then an offer of the baton, and ≈ 10 audit events
chained with the project's own hash (:func:`bti.services.audit._digest`). The bench's named
users are woven in as the cases are made: the busy user takes part in many open cases, is
invited to their meetings and owns overdue deadlines; «case 50» has exactly 50 entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.synthetic import GIVEN, HEALTH_KINDS, HELPING_KINDS, Organisation, public_id
from bti.services.audit import _digest

DAY = 86400
CONCERNS = (
    "Barnet virker trist og trekker seg unna de andre barna.",
    "Uro i timene og vansker med å konsentrere seg over tid.",
    "Høyt fravær de siste månedene; foresatte er bekymret.",
    "Sen språkutvikling, og barnet blir lett frustrert.",
    "Endring i atferd etter samlivsbrudd hjemme.",
    "Klager ofte over vondt i magen og sover dårlig.",
    "Strever med å få venner og blir ofte alene i friminuttene.",
    "Kommer sulten og lite påkledd til barnehagen.",
)
ENTRY_TEXTS = (
    "Samtale med foresatte om hvordan det går hjemme.",
    "Mål: barnet skal trives i friminuttene.",
    "Tiltak: voksenstyrt lek i friminuttene tre dager i uka.",
    "Evaluering: tiltaket virker, barnet leker mer med andre.",
    "Beslutning: vi fortsetter på nivå 1 og møtes igjen om fire uker.",
    "Helsesykepleier har hatt samtale med barnet.",
    "PPT har observert i klassen og gir råd om tilrettelegging.",
    "Foresatte forteller at søvnen har blitt bedre.",
    "Barnet sier selv at det er kjedelig på skolen.",
    "Notat: avtalt ny samtale med foresatte neste uke.",
)
VOICES = ("Jeg liker å være ute.", "Det er greit på skolen nå.", "Jeg vil ha en venn.")
KINDS = ("note",) * 4 + ("activity",) * 3 + ("goal", "evaluation", "decision")
PLACES = ("Møterom 1", "Møterom 2", "Personalrommet", "Helsestasjonen")
LEVELS = (0, 0, 0, 0, 1, 1, 1, 2, 2, 3)
# (action, share of a case's events): the case opened, its page read, its parts changed.
ACTIONS = ("case.read",) * 6 + ("stafettlogg.write", "meeting.read", "consent.register")


@dataclass
class Named:
    """Where the bench's named users stand once the cases are made."""

    busy_cases: list[str] = field(default_factory=list)
    case_50: dict = field(default_factory=dict)
    unit_cases: int = 0
    child_name: str = ""
    queue: dict[int, int] = field(default_factory=dict)  # team id -> referrals waiting


@dataclass
class Chain:
    """One municipality's audit chain as it is written: its end, and how long it is."""

    last_id: int = 0
    last_hash: str = ""
    count: int = 0


class _Event:
    """What :func:`_digest` reads of an event."""

    __slots__ = ("action", "actor_id", "actor_role", "at", "case_ref", "detail",
                 "municipality_id", "outcome", "prev_hash", "purpose")  # fmt: skip


class CaseMaker:
    """Writes ``cases`` cases of one municipality, ``chunk`` at a time."""

    def __init__(self, gen, org: Organisation, *, cases: int, measured: bool, rules):
        self.gen, self.org, self.rng, self.at = gen, org, gen.rng, gen.at
        self.cases, self.measured, self.rules = cases, measured, rules
        self.rows: dict[str, list] = {}
        self.chain = gen.chains.setdefault(org.municipality_id, Chain())
        self.named = Named()
        busy = min(250, max(25, gen.size // 400)) if measured else 0
        self.busy_every = max(1, cases // max(1, busy)) if busy else 0
        self.busy_wanted = busy
        self.referral_numbers: dict[int, int] = {}
        # 8 % of open cases go to a team; more in a small bench, so the queue is never empty.
        self.referred = max(0.08, min(1.0, 10 / max(1, cases)))

    def add(self, table: str, row: tuple) -> None:
        self.rows.setdefault(table, []).append(row)

    def flush(self) -> None:
        for table in (
            "subject", "guardian", "case", "caseparticipant", "meeting", "meetinginvitee",
            "minutespart", "stafettloggentry", "consent", "consentservice", "consentsignature",
            "deadline", "handover", "teamreferral", "auditevent",
        ):  # fmt: skip
            self.gen.write(table, self.rows.pop(table, []))
        self.gen.commit()

    def run(self, chunk: int = 5000) -> Named:
        for i in range(self.cases):
            self.case(i)
            if (i + 1) % chunk == 0:
                self.flush()
        self.flush()
        return self.named

    # -- one case -----------------------------------------------------------------------------

    def case(self, i: int) -> None:
        rng, at, org, mid = self.rng, self.at, self.org, self.org.municipality_id
        busy = org.named.get("busy")
        wants_busy = bool(self.busy_every) and i % self.busy_every == 0
        closed = not wants_busy and rng.random() < 0.15
        if wants_busy and len(self.named.busy_cases) >= self.busy_wanted:
            wants_busy = False
        unit = org.big_unit if wants_busy else self._unit()
        kind = org.kind_of[unit]
        age = rng.randint(1, 5) if kind in ("barnehage", "helsestasjon") else rng.randint(6, 17)
        opened = at.now - rng.randint(7 * DAY, 3 * 365 * DAY) + rng.randint(8, 15) * 3600
        end = min(at.now - DAY, opened + rng.randint(60, 500) * DAY) if closed else at.now
        opener = self._staff_of(unit)
        people = self._participants(opener, unit, wants_busy and busy)
        holder = opener if rng.random() < 0.6 else rng.choice(people[1:] or people)
        case_id = public_id(rng)
        subject, guardians = self._subject(age, unit, opened)
        level = rng.choice(LEVELS)
        self.add("case", (
            case_id, mid, 1, subject, unit, rng.choice(CONCERNS), "", "", "", "",
            at.day(opened - rng.randint(1, 30) * DAY), level, "closed" if closed else "open",
            False, False, False, holder.id, "", "", opener.id, at.ts(opened),
            at.ts(end) if closed else None,
        ))  # fmt: skip
        for person in people:
            role = (
                "opened_by" if person is opener
                else "stafettholder" if person is holder else "participant"
            )  # fmt: skip
            self.add("caseparticipant", (
                self.gen.ids("caseparticipant"), mid, case_id, person.id, person.unit_id, role,
                at.ts(opened if person is opener else opened + rng.randint(1, 20) * DAY), None,
            ))  # fmt: skip
        is_50 = wants_busy and not self.named.case_50
        meetings = self._meetings(case_id, people, holder, guardians, opened, end, closed,
                                  force=is_50, busy=wants_busy)  # fmt: skip
        entries = 50 if is_50 else rng.randint(5, 50)
        self._entries(case_id, people, opened, end, entries, meetings, health=not is_50)
        consent = self._consents(case_id, people, guardians, opened, end, force=is_50)
        self._deadline(case_id, holder, busy if wants_busy else None, opened, closed)
        if not closed and len(people) > 1 and rng.random() < 0.04:
            self._offer(case_id, holder, rng.choice([p for p in people if p is not holder]))
        if self.rules.get("teams") and not closed and rng.random() < self.referred:
            self._refer(case_id, opener, unit, age, opened)
        self._audit(case_id, opener, people, opened, end)
        if wants_busy:
            self.named.busy_cases.append(case_id)
            if is_50:
                self.named.case_50 = {
                    "case_id": case_id, "username": busy.username, "consent_id": consent,
                    "meeting_id": meetings[0][0],
                }  # fmt: skip
                self.named.child_name = self._last_child
        if unit == org.big_unit and not closed:
            self.named.unit_cases += 1

    def _unit(self) -> int:
        org, rng = self.org, self.rng
        if rng.random() < 0.12:
            return org.fixed[rng.choice(("helsestasjon", "skolehelsetjeneste", "ppt"))]
        return org.case_unit(rng)

    def _staff_of(self, unit: int):
        return self.rng.choice(self.org.employees.get(unit) or [self.org.leaders[unit]])

    def _participants(self, opener, unit: int, busy) -> list:
        rng, org = self.rng, self.org
        people = [opener]
        if busy and busy is not opener:
            people.append(busy)
        for _ in range(rng.randint(2, 5) - len(people)):
            kind = rng.choice(HELPING_KINDS)
            candidate = rng.choice(org.employees[org.fixed[kind]])
            if candidate not in people:
                people.append(candidate)
        if len(people) < 2:  # the draws all hit the opener: PPT comes in
            people.append(next(p for p in org.employees[org.fixed["ppt"]] if p is not opener))
        return people

    def _subject(self, age: int, unit: int, opened: int) -> tuple[int, list[int]]:
        rng, at, mid, ids = self.rng, self.at, self.org.municipality_id, self.gen.ids
        sid = ids("subject")
        family = rng.choice(self.gen.family_names)
        given = rng.choice(GIVEN)
        self._last_child = f"{given} {family}"
        two = rng.random() < 0.7
        custody = rng.choice(("sammen", "daglig_omsorg", "delt_omsorg")) if two else "ene"
        self.add("subject", (
            sid, mid, 1, "ungdom" if age >= 16 else "barn", given, family, at.birth(age, rng),
            custody, unit, at.ts(opened),
        ))  # fmt: skip
        guardians = []
        for relation in ("mor", "far")[: 2 if two else 1]:
            gid = ids("guardian")
            guardians.append(gid)
            self.add("guardian", (
                gid, mid, 1, sid, f"{rng.choice(GIVEN)} {family}", relation, True,
                custody != "daglig_omsorg" or relation == "mor",
                f"9{rng.randrange(10_000_000):07d}", at.ts(opened),
            ))  # fmt: skip
        return sid, guardians

    def _meetings(self, case_id, people, holder, guardians, opened, end, closed, *, force, busy):
        """0–3 meetings; on an open case the last may lie ahead. Returns (id, held) pairs."""
        rng, at, mid, ids = self.rng, self.at, self.org.municipality_id, self.gen.ids
        count = max(1, rng.randint(0, 3)) if force or busy else rng.randint(0, 3)
        out = []
        for n in range(count):
            ahead = not closed and n == count - 1 and (busy or rng.random() < 0.3) and not force
            start = (at.now + rng.randint(7, 60) * DAY if ahead
                     else rng.randint(opened + DAY, max(opened + DAY, end - DAY)))  # fmt: skip
            start = start // DAY * DAY + rng.randint(7, 13) * 3600  # office hours
            meeting_id = ids("meeting")
            held = None if ahead else start + 3600
            kind = rng.choice(self.rules["meeting_kinds"])
            organiser = holder.id
            self.add("meeting", (
                meeting_id, mid, 1, case_id, kind, at.ts(start), at.ts(start + 3600),
                rng.choice(PLACES), "Velkommen\nHvordan går det?\nVeien videre", organiser,
                at.ts(held), held and True, held and False, "", "", "", "", "", False,
                at.ts(min(start, opened + DAY)),
            ))  # fmt: skip
            for person in people:
                self.add("meetinginvitee", (ids("meetinginvitee"), mid, meeting_id, person.id,
                                            None, False, held and True))  # fmt: skip
            for guardian in guardians:
                self.add("meetinginvitee", (ids("meetinginvitee"), mid, meeting_id, None,
                                            guardian, False, held and True))  # fmt: skip
            if held:
                minutes = (ids("minutespart"), mid, meeting_id, 0, "Det vi ble enige om",
                           rng.choice(ENTRY_TEXTS))  # fmt: skip
                self.add("minutespart", minutes)
            out.append((meeting_id, held))
        return out

    def _entries(self, case_id, people, opened, end, count, meetings, *, health=True) -> None:
        """``count`` entries by the case's people; ``health=False``: none marked health-only
        (every participant sees all of «case 50»'s entries)."""
        draw, pick, ts, mid = self.rng.random, self.rng.choice, self.at.ts, self.org.municipality_id
        held = [m for m, h in meetings if h]
        step = max(1, (end - opened) // (count + 1))
        first = self.gen.ids.block("stafettloggentry", count)
        rows = self.rows.setdefault("stafettloggentry", [])
        for n in range(count):
            author = pick(people)
            rows.append((
                first + n, mid, case_id, pick(KINDS), pick(ENTRY_TEXTS), author.id,
                pick(held) if held and draw() < 0.1 else None,
                health and author.kind in HEALTH_KINDS and draw() < 0.2,
                pick(VOICES) if draw() < 0.1 else "", "",
                ts(opened + (n + 1) * step + int(draw() * 3600)),
            ))  # fmt: skip

    def _consents(self, case_id, people, guardians, opened, end, *, force) -> int | None:
        rng, at, mid, ids = self.rng, self.at, self.org.municipality_id, self.gen.ids
        first = None
        for n in range(rng.randint(1, 2) if not force else 1):
            consent_id = ids("consent")
            first = first or consent_id
            given = at.ts(opened + (n + 1) * 3 * DAY)
            status = "given" if force else rng.choice(("given",) * 8 + ("withdrawn", "draft"))
            services = sorted({p.kind for p in people[1:]} or {"ppt"})
            health = any(s in HEALTH_KINDS for s in services)
            self.add("consent", (
                consent_id, mid, 1, case_id, "Samarbeid om tiltak for barnet", health,
                at.day(opened + n * 3 * DAY), at.day(opened + n * 3 * DAY + 365 * DAY), status,
                people[0].id, at.ts(opened + n * 3 * DAY), given if status != "draft" else None,
                at.ts(end) if status == "withdrawn" else None, "",
            ))  # fmt: skip
            for service in services:
                self.add("consentservice", (ids("consentservice"), mid, consent_id, service, None))
            if status != "draft":
                for guardian in guardians:
                    self.add("consentsignature", (
                        ids("consentsignature"), mid, consent_id, "guardian", guardian,
                        at.day(opened + (n + 1) * 3 * DAY), given,
                    ))  # fmt: skip
        return first

    def _deadline(self, case_id, holder, busy, opened, closed) -> None:
        rng, at, mid = self.rng, self.at, self.org.municipality_id
        if not busy and rng.random() < 0.3:
            return
        owner = busy or holder
        if closed:
            due, met = opened + 14 * DAY, opened + 10 * DAY
        elif busy or rng.random() < 0.3:
            due, met = at.now - rng.randint(1, 60) * DAY, None  # overdue
        else:
            due, met = at.now + rng.randint(1, 30) * DAY, None
        self.add("deadline", (
            self.gen.ids("deadline"), mid, case_id, rng.choice(self.rules["deadlines"]),
            at.ts(due), owner.id, "decision", at.ts(met), at.ts(min(opened, due - DAY)),
        ))  # fmt: skip

    def _offer(self, case_id, holder, to) -> None:
        self.add("handover", (
            self.gen.ids("handover"), self.org.municipality_id, case_id, holder.id, to.id,
            "offered", "Kan du overta stafettholderrollen?",
            self.at.ts(self.at.now - 2 * DAY + self.rng.randint(7, 14) * 3600),
        ))  # fmt: skip

    def _refer(self, case_id, opener, unit, age, opened) -> None:
        rng = self.rng
        teams = [t for t in self.rules["teams"] if t[2] <= age <= t[3]]
        if not teams:
            return
        team_id = rng.choice(teams)[0]
        number = self.referral_numbers[team_id] = self.referral_numbers.get(team_id, 0) + 1
        status = rng.choice(("received", "received", "discussed", "closed"))
        if status == "received":
            self.named.queue[team_id] = self.named.queue.get(team_id, 0) + 1
        self.add("teamreferral", (
            self.gen.ids("teamreferral"), self.org.municipality_id, 1, case_id, team_id, number,
            opener.id, unit, self.at.ts(self.at.now - rng.randint(1, 40) * DAY), status,
            "Telefon via sentralbordet", "", "psychosocial", True, "", "", False, "",
        ))  # fmt: skip

    def _audit(self, case_id, opener, people, opened, end) -> None:
        """≈ 10 events: the case opened, then reads and changes by its people, chained."""
        rng, at, mid = self.rng, self.at, self.org.municipality_id
        moments = sorted(rng.randint(opened + 60, max(opened + 120, end)) for _ in range(9))
        events = [("case.open", opener, opened)]
        events += [(rng.choice(ACTIONS), rng.choice(people), t) for t in moments]
        chain, event = self.chain, _Event()
        first = self.gen.ids.block("auditevent", len(events))
        for n, (action, actor, moment) in enumerate(events):
            event.prev_hash, event.municipality_id = chain.last_hash, mid
            event.at, event.actor_id = at.aware(moment), actor.id
            event.actor_role = actor.role_label
            event.case_ref, event.action, event.outcome = case_id, action, "allowed"
            event.detail, event.purpose = "", "casework"
            chain.last_id = first + n
            chain.last_hash = _digest(event)
            chain.count += 1
            self.add("auditevent", (
                chain.last_id, mid, at.ts(moment), actor.id, actor.role_label, case_id, action,
                "allowed", "casework", "", event.prev_hash, chain.last_hash,
            ))  # fmt: skip
