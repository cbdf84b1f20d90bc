"""`bti guide` and `bti contacts`: the encoded guide as a policy writer reads it, and whom to
call at a given moment. Both read only the plugins, so the app here is never migrated."""

from __future__ import annotations

import itertools
import re
from datetime import time

import pytest

from bti import hookimpl
from bti.guide import Contact, DeadlineRule, Level, OpeningHours, Step, Team
from bti.guide_text import in_language
from tests.test_cli import run

WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))


class BarnevernHours:
    """Barnevern answers in office hours on weekdays; the barnevernvakt the rest of the week."""

    @hookimpl
    def bti_register_contacts(self, profile):
        return [
            Contact(
                name="Barnevernstjenesten",
                phone="64 98 00 00",
                when_to_use="I kontortiden.",
                hours=(OpeningHours(time(8), time(15, 30), WEEKDAYS),),
            ),
            Contact(
                name="Barnevernvakten",
                phone="64 98 01 00",
                when_to_use="Utenom kontortiden.",
                hours=(
                    OpeningHours(time(15, 30), time(8), EVERY_DAY),
                    OpeningHours(time(8), time(15, 30), frozenset({5, 6})),
                ),
                acute=True,
            ),
        ]


OFFICE, VAKT = "64 98 00 00", "64 98 01 00"


class TeamsAndDeadlines:
    """A guide with one level that sets a deadline, and a standing team."""

    @hookimpl
    def bti_levels(self, profile):
        return [
            Level(
                number=0,
                name="Undring",
                purpose="Avklar undringen.",
                steps=(Step("Observer", who=("Ansatt",)),),
                deadlines=(
                    DeadlineRule(
                        "decide", "Beslutning innen 14 dager", "case_opened", 14, remind_days=10
                    ),
                ),
            )
        ]

    @hookimpl
    def bti_register_teams(self, profile):
        return [
            Team(
                "tit-0-6",
                "TIT 0–6 år",
                min_age=0,
                max_age=6,
                members=("Helsesykepleier", "PPT"),
                cadence_days=14,
                meeting_hours=1.5,
                leader="Enhetsleder",
            )
        ]


@pytest.fixture
def cli(make_app):
    """Invoke ``bti`` in-process on an app with ``plugins``; returns (app, result)."""

    def invoke(*args: str, plugins=()):
        app = make_app(plugins=plugins)
        return app, app.test_cli_runner().invoke(args=list(args))

    return invoke


def texts_as_printed(app, slug: str, lang: str, texts) -> list[str]:
    """The plugin's texts as the command prints them (its catalogs, that language)."""
    municipality = app.extensions["bti"][slug]
    with app.app_context(), in_language(municipality, lang):
        return [" ".join(str(text).split()) for text in texts]


# ---------------------------------------------------------------------------------------------
# bti guide
# ---------------------------------------------------------------------------------------------


def test_the_guide_holds_every_level_step_decision_meeting_kind_and_contact(cli):
    app, result = cli("guide", "vestby")
    assert result.exit_code == 0, result.output
    vestby = app.extensions["bti"]["vestby"]
    assert vestby.levels and vestby.contacts
    texts = [
        *(level.name for level in vestby.levels),
        *(level.purpose for level in vestby.levels),
        *(step.title for level in vestby.levels for step in level.steps),
        *(person for level in vestby.levels for step in level.steps for person in step.who),
        *(tool.name for level in vestby.levels for tool in level.tools),
        *(outcome.label for level in vestby.levels for outcome in level.outcomes),
        *(kind.label for kind in vestby.meeting_kinds),
        *(contact.name for contact in vestby.contacts),
        *(contact.when_to_use for contact in vestby.contacts),
    ]
    for text in texts_as_printed(app, "vestby", "nb", texts):
        assert text in result.output, f"«{text}» is missing from the guide"
    for contact in vestby.contacts:
        assert f"- Telefon: {contact.phone}\n" in result.output
    assert result.output.startswith("# BTI-veilederen i Vestby kommune\n")
    assert "Barn og unge fra 0 til 24 år. Gravide er også omfattet." in result.output


def test_the_guide_headings_nest_in_order_and_follow_the_levels(cli):
    app, result = cli("guide", "vestby")
    headings = [line for line in result.output.splitlines() if line.startswith("#")]
    depths = [len(line) - len(line.lstrip("#")) for line in headings]
    assert depths[0] == 1 and depths.count(1) == 1, "one title, first"
    for before, after in itertools.pairwise(depths):
        assert after <= before + 1, f"a heading skips a level: {headings}"
    levels = [h for h in headings if re.match(r"## Nivå \d+: ", h)]
    numbers = [level.number for level in app.extensions["bti"]["vestby"].levels]
    assert [int(h.split()[2].rstrip(":")) for h in levels] == numbers
    sections = [h for h in headings if h.startswith("## ") and h not in levels]
    assert sections == ["## Målgruppe", "## Møtetyper", "## Kontakter"]
    assert headings.index(levels[-1]) < headings.index("## Møtetyper")
    for level in levels:
        after = headings[headings.index(level) + 1 : headings.index(level) + 5]
        assert after == ["### Trinn", "### Verktøy", "### Mulige beslutninger", "### Frister"]


def test_the_guide_in_english_and_nynorsk(cli):
    app, english = cli("guide", "vestby", "--lang", "en")
    assert english.exit_code == 0, english.output
    level = app.extensions["bti"]["vestby"].levels[0]
    (name,) = texts_as_printed(app, "vestby", "en", [level.name])
    assert english.output.startswith("# The BTI guide in Vestby kommune\n")
    for heading in (f"## Level {level.number}: {name}", "### Steps", "## Contacts"):
        assert f"\n{heading}\n" in english.output
    assert "Trinn" not in english.output

    _app, nynorsk = cli("guide", "vestby", "--lang", "nn")
    assert nynorsk.output.startswith("# BTI-rettleiaren i Vestby kommune\n")
    assert "Ope heile døgeret" in nynorsk.output


def test_the_guide_shows_deadlines_and_teams(cli):
    _app, result = cli("guide", "vestby", "--lang", "en", plugins=[TeamsAndDeadlines()])
    assert result.exit_code == 0, result.output
    assert (
        "- **Beslutning innen 14 dager**\n"
        "  - Days: 14 (reminder after 10 days)\n"
        "  - Counted from: The case was opened (the day the concern arose)\n"
        "  - Met when: A decision was made at the level\n"
    ) in result.output
    assert (
        "## Teams\n\n### TIT 0–6 år\n\n- Ages: 0–6 years\n- Leader: Enhetsleder\n"
        "- Members: Helsesykepleier, PPT\n- Meets: every 14 days, 1.5 hours each time\n"
    ) in result.output


def test_the_guide_is_written_to_a_file(cli, tmp_path):
    target = tmp_path / "vestby.md"
    _app, result = cli("guide", "vestby", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert target.read_text(encoding="utf-8").startswith("# BTI-veilederen i Vestby kommune\n")


def test_an_unknown_municipality_is_a_usage_error(cli):
    _app, result = cli("guide", "oslo")
    assert result.exit_code == 2
    assert "no municipality 'oslo' is enabled" in result.stderr
    assert "baerum, jevnaker, tromso, vestby" in result.stderr


def test_the_commands_need_no_database(tmp_path):
    guide = run(tmp_path, "guide", "vestby")
    assert guide.returncode == 0, guide.stderr
    assert "## Nivå 0: " in guide.stdout
    contacts = run(tmp_path, "contacts", "tromso", "--lang", "en")
    assert contacts.returncode == 0, contacts.stderr
    assert "112" in contacts.stdout
    assert not (tmp_path / "instance" / "bti.sqlite3").exists()
    unknown = run(tmp_path, "contacts", "oslo")
    assert unknown.returncode == 2
    assert "no municipality 'oslo' is enabled" in unknown.stderr
    assert "Traceback" not in unknown.stderr


# ---------------------------------------------------------------------------------------------
# bti contacts
# ---------------------------------------------------------------------------------------------


def contact_rows(output: str) -> list[tuple[str, str, str]]:
    """(phone, status, rest) per contact line, in the printed order."""
    rows = []
    for line in output.splitlines()[1:]:
        _name, phone, status, *rest = re.split(r"\s{2,}", line)
        rows.append((phone, status, "  ".join(rest)))
    return rows


def contacts_at(cli, at: str, *options: str):
    app, result = cli("contacts", "vestby", "--at", at, *options, plugins=[BarnevernHours()])
    assert result.exit_code == 0, result.output
    return app, result


def assert_answering_first(rows) -> None:
    statuses = [status for _phone, status, _rest in rows]
    assert statuses == sorted(statuses, key=lambda s: s != "Svarer nå"), statuses


def test_on_a_weekday_morning_the_office_answers_and_comes_before_the_vakt(cli):
    app, result = contacts_at(cli, "2026-11-24T10:00")  # a Tuesday
    rows = contact_rows(result.output)
    assert result.output.startswith(
        "Hvem du kan ringe i Vestby kommune, tirsdag 24. november 2026 10:00 (Europe/Oslo):\n"
    )
    status = {phone: s for phone, s, _rest in rows}
    assert status[OFFICE] == "Svarer nå" and status[VAKT] == "Stengt nå"
    assert_answering_first(rows)
    phones = [phone for phone, _s, _rest in rows]
    assert phones.index(OFFICE) < phones.index(VAKT)
    assert set(phones) == {c.phone for c in app.extensions["bti"]["vestby"].contacts}
    office = next(rest for phone, _s, rest in rows if phone == OFFICE)
    assert office == "Mandag–fredag 08.00–15.30  I kontortiden."


def test_on_a_saturday_afternoon_the_vakt_answers_and_the_office_is_closed(cli):
    _app, result = contacts_at(cli, "2026-11-28T16:30")  # a Saturday
    rows = contact_rows(result.output)
    status = {phone: s for phone, s, _rest in rows}
    assert status[OFFICE] == "Stengt nå" and status[VAKT] == "Svarer nå"
    assert_answering_first(rows)
    assert rows[-1][0] == OFFICE
    vakt = next(rest for phone, _s, rest in rows if phone == VAKT)
    assert vakt.startswith("Mandag–søndag 15.30–08.00; Lørdag, søndag 08.00–15.30")


@pytest.mark.parametrize(
    ("at", "local", "office"),
    [
        ("2026-07-01T15:29", "15:29", "Svarer nå"),  # no offset: local summer time
        ("2026-07-01T13:30+00:00", "15:30", "Svarer nå"),  # UTC+2 in summer; 15.30 is open
        ("2026-07-01T13:31+00:00", "15:31", "Stengt nå"),
        ("2026-01-14T13:30Z", "14:30", "Svarer nå"),  # UTC+1 in winter
        ("2026-01-14T15:31+01:00", "15:31", "Stengt nå"),
    ],
)
def test_the_time_is_the_municipalitys_local_time_across_summer_time(cli, at, local, office):
    _app, result = contacts_at(cli, at)
    assert f" {local} (Europe/Oslo):\n" in result.output.splitlines(keepends=True)[0]
    status = {phone: s for phone, s, _rest in contact_rows(result.output)}
    assert status[OFFICE] == office


@pytest.mark.parametrize(
    ("at", "first", "then"),
    [
        ("2026-11-24T07:59:59", "917 19 615", "64 98 02 12"),  # a Tuesday
        ("2026-11-24T08:00", "64 98 02 12", "917 19 615"),
        ("2026-11-24T15:00", "64 98 02 12", "917 19 615"),
        ("2026-11-24T15:00:59", "64 98 02 12", "917 19 615"),
        ("2026-11-24T15:01", "917 19 615", "64 98 02 12"),
    ],
)
def test_vestby_barnevernstjeneste_answers_at_15_00_as_its_guide_writes_it(cli, at, first, then):
    """«Vestby barnevernstjeneste: 64 98 02 12 (08.00 – 15.00) / Follo barnevernsvakt: 917 19
    615 (etter kl.15.00)» (002, «Akutt?»): both ends count, 15.00 lasts its whole minute."""
    _app, result = cli("contacts", "vestby", "--at", at)
    assert result.exit_code == 0, result.output
    rows = contact_rows(result.output)
    assert rows[0][:2] == (first, "Svarer nå"), rows
    status = {phone: s for phone, s, _rest in rows}
    assert status[then] == "Stengt nå"
    office = next(rest for phone, _s, rest in rows if phone == "64 98 02 12")
    assert office.startswith("Mandag–fredag 08.00–15.00, stengt på helligdager")


def test_contacts_in_english_and_nynorsk(cli):
    _app, english = contacts_at(cli, "2026-11-28T16:30", "--lang", "en")
    assert english.output.startswith("Whom to call in Vestby kommune, Saturday, November 28, 2026")
    statuses = {s for _phone, s, _rest in contact_rows(english.output)}
    assert statuses == {"Answers now", "Closed now"}
    _app, nynorsk = contacts_at(cli, "2026-11-28T16:30", "--lang", "nn")
    statuses = {s for _phone, s, _rest in contact_rows(nynorsk.output)}
    assert statuses == {"Svarar no", "Stengt no"}


def test_contacts_default_to_now(cli):
    _app, result = cli("contacts", "vestby")
    assert result.exit_code == 0, result.output
    assert "112" in result.output


@pytest.mark.parametrize("at", ["tomorrow", "2026-13-01T10:00", "24.11.2026 16:30"])
def test_a_bad_time_is_a_usage_error(cli, at):
    _app, result = cli("contacts", "vestby", "--at", at)
    assert result.exit_code == 2
    assert "Invalid value for '--at'" in result.stderr
    assert "2026-11-24T16:30" in result.stderr
