"""A hostile user, driven by hypothesis through the test client: the main actions of a case
(a stafettlogg entry, a measure, a guardian, a meeting, a consent, a new concern) and the
lists' page parameters, with unicode, control characters, huge strings, markup, SQL, big
numbers and missing fields. After every step:

* no 5xx;
* an acknowledged entry reads back byte-identical (less the documented stripping:
  :func:`tests.security.corpus.stored`) and a refused form shows what was typed escaped;
* the rows in the database are the rows acknowledged, and a refused request changes none;
* a request about the case writes an audit event, refused or not, and at most two.

One app and one SQLite database serve every example: the checks compare counts before and
after each step, so nothing needs resetting between examples.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlmodel import func, select

from bti.models import (
    ActionPlanItem,
    AuditEvent,
    Case,
    Consent,
    Guardian,
    Meeting,
    StafettloggEntry,
)
from bti.services import stafettlogg
from bti.web.forms import without_control_characters
from tests.security.corpus import PAYLOADS, has_markup, shown_escaped, stored
from tests.support.web import case_path, csrf, signed_in

EXAMPLES = int(__import__("os").environ.get("BTI_HOSTILE_EXAMPLES", "500"))
TABLES = (StafettloggEntry, ActionPlanItem, Guardian, Meeting, Consent, Case, AuditEvent)

# -- what a hostile user types ----------------------------------------------------------------

control = st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"])
huge = st.builds(lambda char, n: char * n, st.sampled_from("aØ👍<&\x00"), st.integers(150, 25_000))
texts = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(max_size=60),
    st.text(control, max_size=20),
    st.builds("".join, st.lists(st.sampled_from(PAYLOADS), min_size=2, max_size=4)),
    huge,
)
numbers = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.sampled_from(["", "0", "1", "²", "٣", "1e9", "0x10", "NaN", "-0", " 7", "9" * 40]),
)
dates = st.one_of(
    st.sampled_from(["", "2026-12-24", "31.12.2026", "2026-02-30", "99999-01-01", "0000-00-00"]),
    texts.filter(lambda t: len(t) < 100),
)


texts_kept = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(min_size=1, max_size=60),
    st.builds("".join, st.lists(st.sampled_from(PAYLOADS), min_size=2, max_size=4)),
).filter(lambda t: bool(stored(t)))
short_kept = texts_kept.filter(lambda t: len(t) <= 160)

# For the step that sends anything: each action's fields and what kind of value each takes.
REFUSABLE = {
    "/stafettlogg/innforing": [("log-entry-kind", "choice"), ("log-entry-text", "text"),
                               ("log-entry-meeting", "number")],
    "/handlingsplan": [("plan-measure-goal", "text"), ("plan-measure-measure", "text"),
                       ("plan-measure-responsible", "number"),
                       ("plan-measure-follow_up_on", "day")],
    "/foresatte": [("guardians-add-name", "text"), ("guardians-add-relation", "text"),
                   ("guardians-add-phone", "number"), ("guardians-add-fodselsnummer", "number")],
    "/moter": [("meeting-plan-kind", "choice"), ("meeting-plan-starts_at", "day"),
               ("meeting-plan-place", "text"), ("meeting-plan-staff_ids", "number")],
    "/samtykke": [("consent-register-services", "choice"), ("consent-register-valid_from", "day"),
                  ("consent-register-valid_to", "day"), ("consent-register-scope", "text")],
}  # fmt: skip
REFUSABLE_ROWS = {
    "/stafettlogg/innforing": StafettloggEntry,
    "/handlingsplan": ActionPlanItem,
    "/foresatte": Guardian,
    "/moter": Meeting,
    "/samtykke": Consent,
}


class HostileUse(RuleBasedStateMachine):
    """Kari's case about Ola, with the stafettlogg open; Kari acts in it."""

    world = None  # set by the test: one world for every example
    seen = 0  # the last entry checked by the invariant
    client = None
    token = ""

    def __init__(self):
        super().__init__()
        self.response = None

    # -- the database -------------------------------------------------------------------------

    def _counts(self) -> dict[type, int]:
        """Rows per table, in one statement straight on the engine (cheap: every step
        counts twice)."""
        counts = [select(func.count()).select_from(t.__table__).scalar_subquery() for t in TABLES]
        with self.world.db.engine.connect() as connection:
            return dict(zip(TABLES, connection.execute(select(*counts)).one(), strict=True))

    def _newest(self, model):
        with self.world.db.engine.connect() as connection:
            table = model.__table__
            return connection.execute(select(table).order_by(table.c.id.desc()).limit(1)).one()

    # -- a request ----------------------------------------------------------------------------

    def _post(self, path: str, data: dict, *, changes: type | None, typed: str | None = None):
        """Post to the case page; on 302 exactly one row of ``changes`` is new, on 400
        nothing changed and ``typed`` is shown again, escaped."""
        before = self._counts()
        self.response = self.client.post(
            case_path(self.world) + path, data={**data, "csrf_token": self.token}
        )
        status = self.response.status_code
        assert status < 500, status
        after = self._counts()
        audited = after.pop(AuditEvent) - before.pop(AuditEvent)
        # Every request about the case is audited, and at most twice: the action's access
        # (kept through a rollback) and either the change it made or, when refused, the case
        # page shown again with the form (a transaction of its own). Folding those into one
        # event per request is left for later (see the closing note of issue 17).
        assert 1 <= audited <= 2, f"{path}: {status}, {audited} events"
        if status == 302:
            # One row of what was asked for (a measure also notes itself in the
            # stafettlogg, a meeting invites people): nothing lost anywhere.
            assert after[changes] == before[changes] + 1, changes
            assert all(after[table] >= before[table] for table in after)
        else:
            assert status in (400, 413), status
            assert after == before  # a refused request changes nothing
            if typed is not None and status == 400:
                shown = without_control_characters(typed)
                assert shown_escaped(shown, self.response.get_data(as_text=True))
        return status == 302

    # -- the actions --------------------------------------------------------------------------

    @rule(text=texts_kept, kind=st.sampled_from(["note", "goal", "decision", "activity"]))
    def write_an_entry(self, text, kind):
        data = {"log-entry-kind": kind, "log-entry-text": text}
        if self._post("/stafettlogg/innforing", data, changes=StafettloggEntry, typed=text):
            assert self._newest(StafettloggEntry).text == stored(text)

    @rule(goal=short_kept, measure=texts_kept, days=st.integers(0, 400))
    def add_a_measure(self, goal, measure, days):
        data = {
            "plan-measure-goal": goal,
            "plan-measure-measure": measure,
            "plan-measure-responsible": str(self.world.staff["Kari"]),
            "plan-measure-follow_up_on": (date.today() + timedelta(days=days)).isoformat(),
        }
        if self._post("/handlingsplan", data, changes=ActionPlanItem, typed=measure):
            item = self._newest(ActionPlanItem)
            assert (item.goal, item.measure) == (stored(goal), stored(measure))

    @rule(
        name=short_kept,
        relation=st.sampled_from(["Mor", "Far", "<b>", "Ø"]),
        phone=st.sampled_from(["", "12345678", "+47 987 65 432"]),
    )
    def add_a_guardian(self, name, relation, phone):
        data = {
            "guardians-add-name": name,
            "guardians-add-relation": relation,
            "guardians-add-phone": phone,
        }
        if self._post("/foresatte", data, changes=Guardian, typed=name):
            assert self._newest(Guardian).name == stored(name)

    @rule(place=short_kept, agenda=texts_kept, days=st.integers(1, 60))
    def plan_a_meeting(self, place, agenda, days):
        starts = (date.today() + timedelta(days=days)).isoformat() + "T09:00"
        data = {
            "meeting-plan-kind": "samarbeidsmote",
            "meeting-plan-starts_at": starts,
            "meeting-plan-place": place,
            "meeting-plan-agenda": agenda,
        }
        if self._post("/moter", data, changes=Meeting, typed=place):
            assert self._newest(Meeting).place == stored(place)

    @rule(
        path=st.sampled_from(list(REFUSABLE)),
        text=texts,
        number=numbers,
        day=dates,
        missing=st.sets(st.integers(0, 3)),
    )
    def post_anything(self, path, text, number, day, missing):
        """Any field hostile: too long, empty, a date that is none, a number out of range,
        fields missing. Refused, or acknowledged and read back right."""
        fields = REFUSABLE[path]
        # A choice (a select or radio) gets hostile text too, but is never shown back.
        values = {"text": text, "choice": text, "number": number, "day": day}
        data = {name: values[kind] for i, (name, kind) in enumerate(fields) if i not in missing}
        typed = next((data[n] for n, k in fields if k == "text" and n in data), None)
        self._post(path, data, changes=REFUSABLE_ROWS[path], typed=typed)

    @rule(
        side=numbers, niva=numbers, which=st.sampled_from(["/vestby/saker", "/vestby/saker/enhet"])
    )
    def page_through_a_list(self, side, niva, which):
        before = self._counts()
        self.response = self.client.get(which, query_string={"side": side, "niva": niva})
        assert self.response.status_code in (200, 400, 404), self.response.status_code
        assert self._counts()[Case] == before[Case]

    @rule(number=numbers, what=st.sampled_from(["mote/{}.ics", "utskrift/referat/{}"]))
    def ask_for_a_number(self, number, what):
        self.response = self.client.get(f"{case_path(self.world)}/{what.format(number)}")
        assert self.response.status_code in (200, 400, 404), self.response.status_code

    # -- after every step ---------------------------------------------------------------------

    @invariant()
    def never_a_server_error(self):
        if self.response is not None:
            assert self.response.status_code < 500

    @invariant()
    def every_text_in_the_stafettlogg_is_stored_clean(self):
        """Every entry written since the last look: no control characters, no surrounding
        white space, never empty."""
        table = StafettloggEntry.__table__
        with self.world.db.engine.connect() as connection:
            rows = connection.execute(
                select(table.c.id, table.c.text).where(table.c.id > HostileUse.seen)
            ).all()
        for row in rows:
            assert row.text == stored(row.text) and row.text
            HostileUse.seen = max(HostileUse.seen, row.id)


@pytest.fixture
def hostile_world(world_with_case):
    world = world_with_case("Vestby", colleagues=[("Liv", "Nordby skole", "leder")])
    world.give_consent("Kari", ["ppt"], signers=list(world.guardians))
    world.act_ok(
        "Kari", stafettlogg.open_stafettlogg, case_id=world.case_id, holder_id=world.staff["Kari"]
    )
    return world


def test_a_hostile_user_gets_no_server_error_and_leaves_nothing_half_written(hostile_world):
    HostileUse.world = hostile_world
    HostileUse.client = signed_in(hostile_world, "kari")
    HostileUse.token = csrf(HostileUse.client, case_path(hostile_world))
    started = time.perf_counter()
    run = settings(
        max_examples=EXAMPLES,
        stateful_step_count=1,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(HostileUse, settings=run)
    print(f"{EXAMPLES} examples in {time.perf_counter() - started:.1f} s")
    with hostile_world.scoped() as session:
        entries = session.exec(select(func.count()).select_from(StafettloggEntry)).one()
    assert entries > 0  # some entries were acknowledged along the way
    assert has_markup(PAYLOADS[0])
