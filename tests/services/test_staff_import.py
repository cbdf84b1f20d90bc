"""Importing staff from the HR system's CSV file (:mod:`bti.services.staff_import`), on a
freshly migrated database of each kind: what an operator checks after an import.

All or nothing: a file with any problem changes no row (the whole database is counted);
the same file twice changes nothing; a dry run writes nothing, not even an audit event.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel, select

from bti.models import (
    AuditEvent,
    AuditPurpose,
    LoginSession,
    Membership,
    Role,
    StaffIdentity,
    StaffUser,
    Unit,
    UnitKind,
)
from bti.services.staff_import import ImportRefused, import_staff

HEADER = "username,name,email,unit,unit_kind,role,title,identity,totp_required"
STAFF = (
    HEADER,
    "kari.nordmann,Kari Nordmann,kari@vestby.kommune.no,Solsikken barnehage,barnehage,"
    "ansatt,Pedagogisk leder,kari-oid,",
    "kari.nordmann,Kari Nordmann,kari@vestby.kommune.no,Helsestasjonen,helsestasjon,leder,,,",
    "ola.hansen,Ola Hansen,ola@vestby.kommune.no,Solsikken barnehage,,administrator,Styrer,,ja",
)


def csv(*lines: str, sep: str = ",", bom: bool = False) -> bytes:
    text = "\r\n".join(line.replace(",", sep) for line in lines) + "\r\n"
    return ("\ufeff" if bom else "").encode() + text.encode("utf-8")


@pytest.fixture
def db(db_app):
    return db_app.extensions["bti_db"]


@pytest.fixture
def vestby(db) -> int:
    return db.municipality_ids()["vestby"]


def run(db, municipality_id, data: bytes, **options):
    return import_staff(db, municipality_id=municipality_id, data=data, **options)


def row_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
            for name, table in SQLModel.metadata.tables.items()
        }


def users(db) -> dict[str, StaffUser]:
    with db.unscoped() as session:
        return {u.username: u for u in session.exec(select(StaffUser))}


def memberships(db, municipality_id) -> set[tuple[str, str, str, str]]:
    """(username, unit, role, title) of every membership in the municipality."""
    names = {u.id: u.username for u in users(db).values()}
    with db.scoped(municipality_id) as session:
        units = {u.id: u.name for u in session.exec(select(Unit))}
        return {
            (names[m.user_id], units[m.unit_id], m.role, m.title)
            for m in session.exec(select(Membership))
        }


def import_events(db, municipality_id) -> list[AuditEvent]:
    with db.scoped(municipality_id) as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.action == "staff.import")))


def problems_of(refused: pytest.ExceptionInfo[ImportRefused]) -> list[str]:
    return [str(problem) for problem in refused.value.problems]


# --- a fresh database -------------------------------------------------------------------------


def test_a_fresh_database_gets_its_units_accounts_and_memberships(db, vestby):
    summary = run(db, vestby, csv(*STAFF))
    assert summary.written
    assert (summary.units_created, summary.accounts_created, summary.memberships_added) == (
        2,
        2,
        3,
    )
    with db.scoped(vestby) as session:
        kinds = {u.name: u.kind for u in session.exec(select(Unit))}
        identity = session.exec(select(StaffIdentity)).one()
    assert kinds == {"Solsikken barnehage": "barnehage", "Helsestasjonen": "helsestasjon"}
    assert memberships(db, vestby) == {
        ("kari.nordmann", "Solsikken barnehage", "ansatt", "Pedagogisk leder"),
        ("kari.nordmann", "Helsestasjonen", "leder", ""),
        ("ola.hansen", "Solsikken barnehage", "administrator", "Styrer"),
    }
    kari, ola = users(db)["kari.nordmann"], users(db)["ola.hansen"]
    assert (kari.display_name, kari.email, kari.totp_required) == (
        "Kari Nordmann",
        "kari@vestby.kommune.no",
        False,
    )
    assert ola.totp_required and ola.active and ola.password_hash is None
    assert (identity.user_id, identity.subject) == (kari.id, "kari-oid")


def test_the_import_is_one_audit_event_with_counts_and_no_names(db, vestby):
    run(db, vestby, csv(*STAFF))
    (event,) = import_events(db, vestby)
    assert event.purpose == AuditPurpose.ADMINISTRATION
    assert (event.actor_id, event.actor_role) == (None, "drift")
    assert "units_created=2" in event.detail and "accounts_created=2" in event.detail
    assert "memberships_added=3" in event.detail
    for personal in ("kari", "Kari", "ola", "Nordmann", "vestby.kommune.no", "Solsikken"):
        assert personal not in event.detail
    with db.scoped(vestby) as session:
        assert session.exec(select(sa.func.count()).select_from(AuditEvent)).one() == 1


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, vestby):
    run(db, vestby, csv(*STAFF))
    before = row_counts(db)
    rows_before = (users(db), memberships(db, vestby))
    again = run(db, vestby, csv(*STAFF))
    assert again.changes == ()
    assert again.counts.endswith(
        "units_created=0 accounts_created=0 accounts_updated=0 "
        "identities_set=0 memberships_added=0 memberships_updated=0 "
        "memberships_removed=0 accounts_deactivated=0"
    )
    after = row_counts(db)
    # Only the run itself is on record: one more audit event.
    assert after["auditevent"] == before["auditevent"] + 1
    del after["auditevent"], before["auditevent"]
    assert after == before
    assert (users(db), memberships(db, vestby)) == rows_before


def test_a_dry_run_lists_the_changes_and_writes_nothing(db, vestby):
    before = row_counts(db)
    summary = run(db, vestby, csv(*STAFF), dry_run=True)
    assert not summary.written
    assert row_counts(db) == before
    assert summary.changes == (
        "+ unit 'Solsikken barnehage' (barnehage)",
        "+ unit 'Helsestasjonen' (helsestasjon)",
        "+ account kari.nordmann",
        "+ account ola.hansen",
        "~ sign-in identity of kari.nordmann",
        "+ membership kari.nordmann: ansatt in 'Solsikken barnehage'",
        "+ membership kari.nordmann: leder in 'Helsestasjonen'",
        "+ membership ola.hansen: administrator in 'Solsikken barnehage'",
    )
    # The dry run's picture is what the real import then does.
    assert run(db, vestby, csv(*STAFF)).changes == summary.changes


# --- what the file looks like -----------------------------------------------------------------


def test_excel_semicolons_a_bom_norwegian_headers_and_labels_in_any_case(db, vestby):
    data = csv(
        "Brukernavn,Navn,E-post,Enhet,Enhetstype,Rolle,Stilling,Identitet,Tofaktor",
        "Kari.Nordmann,Kari  Nordmann,Kari@Vestby.Kommune.no,Solsikken barnehage,BARNEHAGE,"
        "Ansatt,Pedagogisk leder,,",
        "per,Per Ås,per@vestby.kommune.no,Psykisk helseteam,Psykisk helse,LEDER,,,Ja",
        sep=";",
        bom=True,
    )
    summary = run(db, vestby, data)
    assert (summary.accounts_created, summary.units_created) == (2, 2)
    kari, per = users(db)["kari.nordmann"], users(db)["per"]
    assert (kari.display_name, kari.email) == ("Kari Nordmann", "kari@vestby.kommune.no")
    assert per.display_name == "Per Ås" and per.totp_required
    with db.scoped(vestby) as session:
        kinds = {u.name: u.kind for u in session.exec(select(Unit))}
    assert kinds["Psykisk helseteam"] == UnitKind.PSYKISK_HELSE
    assert ("per", "Psykisk helseteam", Role.LEDER, "") in memberships(db, vestby)


def test_excels_separator_hint_on_the_first_line_is_followed(db, vestby):
    data = csv("sep=;", *STAFF, sep=";")
    assert data.startswith(b"sep=;\r\n")
    summary = run(db, vestby, data)
    assert (summary.accounts_created, summary.memberships_added) == (2, 3)
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, csv("sep=;", HEADER, "per,Per,,Ny,skole,sjef,,,", sep=";"))
    assert problems_of(refused)[0].startswith("line 3: unknown role 'sjef'")


def test_a_quoted_name_with_a_comma_and_a_unit_written_in_another_case(db, vestby):
    run(db, vestby, csv(*STAFF))
    data = csv(
        "username,name,email,unit,unit_kind,role",
        'nina,"Berg, Nina",,SOLSIKKEN  BARNEHAGE,,ansatt',
    )
    summary = run(db, vestby, data)
    assert (summary.units_created, summary.memberships_added) == (0, 1)
    assert users(db)["nina"].display_name == "Berg, Nina"
    assert ("nina", "Solsikken barnehage", "ansatt", "") in memberships(db, vestby)


# --- bad rows ---------------------------------------------------------------------------------


def test_every_bad_row_is_reported_by_line_and_nothing_is_written(db, vestby):
    run(db, vestby, csv(*STAFF))
    before = row_counts(db)
    data = csv(
        HEADER,
        "ny.person,Ny Person,ny@vestby.kommune.no,Solsikken barnehage,,ansatt,,,",  # good
        "sjefen,Sjef,sjef@vestby.kommune.no,Solsikken barnehage,,sjef,,,",
        "per,Per,per(at)vestby,Solsikken barnehage,,ansatt,,,",
        "liv,Liv,,Ny skole,,ansatt,,,",
        "kari.nordmann,Kari Nordmann,,Solsikken barnehage,skole,koordinator,,,",
        "ny.person,Ny Person,ny@vestby.kommune.no,Solsikken barnehage,,ansatt,,,",
        "ny.person,Noen Annen,,Helsestasjonen,,leder,,,",
        ",Uten Brukernavn,,Helsestasjonen,,ansatt,,,",
        "tor,Tor,,Helsestasjonen,,ansatt,,kari-oid,kanskje",
        # A row with a problem of its own is still compared with the others.
        "ny.person,Feil Navn,,Helsestasjonen,,sjef,,,",
        # The administration's pages would refuse this username: so does the import.
        "åse_ø,Åse,,Helsestasjonen,,ansatt,,,",
    )
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, data)
    assert problems_of(refused) == [
        "line 3: unknown role 'sjef' (one of ansatt, leder, koordinator, administrator)",
        "line 4: the e-mail is not an e-mail address (name@domain.no)",
        "line 5: unit 'Ny skole' is new: give its unit_kind",
        "line 6: unit 'Solsikken barnehage' exists as a barnehage, not a skole (its kind is "
        "not changed by an import)",
        "line 7: repeats line 2 (same username, unit and role)",
        "line 8: username 'ny.person' has another name than on line 2",
        "line 9: username is empty",
        "line 10: totp_required 'kanskje' is neither ja nor nei",
        "line 11: unknown role 'sjef' (one of ansatt, leder, koordinator, administrator)",
        "line 11: username 'ny.person' has another name than on line 2",
        "line 12: username 'åse_ø' is not one: 2 to 120 characters, letters a-z, digits and "
        ". _ @ -, starting with a letter or digit (as in the administration's pages)",
    ]
    assert row_counts(db) == before


def test_a_sign_in_identity_already_held_by_someone_else_is_refused(db, vestby):
    run(db, vestby, csv(*STAFF))
    data = csv(HEADER, "tor,Tor,,Helsestasjonen,,ansatt,,kari-oid,")
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, data)
    assert problems_of(refused) == [
        "line 2: the identity is already registered for username 'kari.nordmann'"
    ]


def test_a_file_that_is_not_utf8_or_lacks_columns_says_so(db, vestby):
    latin1 = "username,name,email,unit,unit_kind,role\nper,Per Ås,,Ny,skole,ansatt\n"
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, latin1.encode("latin-1"))
    assert problems_of(refused) == [
        "line 2: the file is not UTF-8 (in Excel: save as «CSV UTF-8 (kommadelt)»)"
    ]
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, csv("username;navn;avdeling", "per;Per;Ny"))
    assert problems_of(refused) == [
        "line 1: unknown column 'avdeling' (known: username, name, email, unit, unit_kind, "
        "role, title, identity, totp_required)"
    ]
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, csv("username,name,unit,role", "per,Per,Ny,ansatt"))
    assert problems_of(refused) == ["line 1: the header lacks the column(s) email, unit_kind"]
    for empty, problem in (
        (b"", "the file is empty: it needs a header row and one row per membership"),
        (csv(HEADER, ",,,"), "the file has a header row but no rows"),
    ):
        with pytest.raises(ImportRefused) as refused:
            run(db, vestby, empty, remove_missing=True)
        assert problems_of(refused) == [problem]
    assert row_counts(db)["staffuser"] == 0


# --- changes ----------------------------------------------------------------------------------


def test_a_changed_name_email_and_title_update_and_a_new_membership_is_added(db, vestby):
    run(db, vestby, csv(*STAFF))
    changed = (
        HEADER,
        "kari.nordmann,Kari Nordmann Berg,kari.berg@vestby.kommune.no,Solsikken barnehage,,"
        "ansatt,Barnehagelærer,,",
        "kari.nordmann,Kari Nordmann Berg,,Helsestasjonen,,leder,,,",
        "kari.nordmann,Kari Nordmann Berg,,Nordby skole,skole,ansatt,,,",
        "ola.hansen,Ola Hansen,ola@vestby.kommune.no,Solsikken barnehage,,administrator,Styrer,,",
    )
    summary = run(db, vestby, csv(*changed))
    assert summary.changes == (
        "+ unit 'Nordby skole' (skole)",
        "~ account kari.nordmann: name, e-mail",
        "+ membership kari.nordmann: ansatt in 'Nordby skole'",
        "~ membership kari.nordmann: ansatt in 'Solsikken barnehage': title",
    )
    kari = users(db)["kari.nordmann"]
    assert (kari.display_name, kari.email) == ("Kari Nordmann Berg", "kari.berg@vestby.kommune.no")
    assert ("kari.nordmann", "Solsikken barnehage", "ansatt", "Barnehagelærer") in memberships(
        db, vestby
    )
    # An empty sign-in identity or second-factor cell leaves them as they are.
    assert users(db)["ola.hansen"].totp_required
    with db.scoped(vestby) as session:
        assert session.exec(select(StaffIdentity.subject)).all() == ["kari-oid"]


def test_a_new_sign_in_identity_replaces_the_old_one(db, vestby):
    run(db, vestby, csv(*STAFF))
    run(db, vestby, csv(HEADER, "kari.nordmann,Kari Nordmann,,Helsestasjonen,,leder,,kari-ny,"))
    with db.scoped(vestby) as session:
        assert session.exec(select(StaffIdentity.subject)).all() == ["kari-ny"]


def test_memberships_missing_from_the_file_are_kept_unless_asked(db, vestby):
    run(db, vestby, csv(*STAFF))
    only_ola = csv(*STAFF[:1], *STAFF[3:])
    summary = run(db, vestby, only_ola)
    assert (summary.memberships_kept, summary.memberships_removed) == (2, 0)
    assert len(memberships(db, vestby)) == 3


def test_remove_missing_removes_memberships_and_disables_who_has_none_left(db, vestby):
    run(db, vestby, csv(*STAFF))
    kari = users(db)["kari.nordmann"]
    with db.unscoped() as session, session.begin():
        session.add(LoginSession(token_hash="a" * 64, user_id=kari.id, municipality_id=vestby))
    only_ola = csv(*STAFF[:1], *STAFF[3:])
    summary = run(db, vestby, only_ola, remove_missing=True)
    assert summary.changes == (
        "- membership kari.nordmann: ansatt in 'Solsikken barnehage'",
        "- membership kari.nordmann: leder in 'Helsestasjonen'",
        "- account kari.nordmann disabled (no membership left)",
    )
    assert memberships(db, vestby) == {
        ("ola.hansen", "Solsikken barnehage", "administrator", "Styrer")
    }
    assert not users(db)["kari.nordmann"].active
    with db.unscoped() as session:
        assert session.exec(select(LoginSession.ended_at)).one() is not None
    assert "accounts_deactivated=1" in import_events(db, vestby)[-1].detail
    # Back in the file: the membership returns, the account stays disabled until enabled.
    again = run(db, vestby, csv(*STAFF))
    assert again.memberships_added == 2 and again.disabled_in_file == ("kari.nordmann",)
    assert not users(db)["kari.nordmann"].active


def test_remove_missing_never_leaves_the_municipality_without_an_administrator(db, vestby):
    run(db, vestby, csv(*STAFF))
    before = row_counts(db)
    with pytest.raises(ImportRefused) as refused:
        run(db, vestby, csv(*STAFF[:3]), remove_missing=True)
    assert problems_of(refused) == [
        "--remove-missing would leave the municipality without an administrator: the file "
        "names none"
    ]
    assert row_counts(db) == before


# --- people who work in more than one municipality ----------------------------------------


def test_an_account_of_another_municipality_gets_a_membership_and_keeps_its_details(db, vestby):
    run(db, vestby, csv(*STAFF))
    jevnaker = db.municipality_ids()["jevnaker"]
    shared = csv(HEADER, "kari.nordmann,Kari Nordmann,kari@jevnaker.kommune.no,PPT,ppt,ansatt,,,ja")
    summary = run(db, jevnaker, shared)
    assert (summary.accounts_created, summary.accounts_updated, summary.memberships_added) == (
        0,
        0,
        1,
    )
    kari = users(db)["kari.nordmann"]
    assert (kari.email, kari.totp_required) == ("kari@vestby.kommune.no", False)
    assert memberships(db, jevnaker) == {("kari.nordmann", "PPT", "ansatt", "")}
    # Vestby's removing her memberships does not disable an account Jevnaker still uses.
    run(db, vestby, csv(*STAFF[:1], *STAFF[3:]), remove_missing=True)
    assert users(db)["kari.nordmann"].active


def test_two_municipalities_with_units_of_the_same_name_keep_their_own(db, vestby):
    run(db, vestby, csv(*STAFF))
    jevnaker = db.municipality_ids()["jevnaker"]
    run(
        db,
        jevnaker,
        csv(
            HEADER,
            "liv,Liv Dahl,,Solsikken barnehage,barnehage,administrator,,,",
            "liv,Liv Dahl,,Helsestasjonen,helsestasjon,ansatt,,kari-oid,",
        ),
    )
    assert memberships(db, jevnaker) == {
        ("liv", "Solsikken barnehage", "administrator", ""),
        ("liv", "Helsestasjonen", "ansatt", ""),
    }
    for municipality_id in (vestby, jevnaker):
        with db.scoped(municipality_id) as session:
            own = set(session.exec(select(Unit.id)))
            assert {m.unit_id for m in session.exec(select(Membership))} <= own
            assert len(own) == 2
    # A sign-in identity is unique per municipality: Jevnaker's «kari-oid» is Liv.
    with db.scoped(jevnaker) as session:
        assert session.exec(select(StaffIdentity.user_id)).one() == users(db)["liv"].id


def test_a_username_of_another_municipality_under_another_name_is_refused(db, vestby):
    run(db, vestby, csv(*STAFF))
    jevnaker = db.municipality_ids()["jevnaker"]
    with pytest.raises(ImportRefused) as refused:
        run(db, jevnaker, csv(HEADER, "kari.nordmann,Kari Olsen,,PPT,ppt,ansatt,,,"))
    assert problems_of(refused) == [
        "line 2: username 'kari.nordmann' is an account in another municipality with another "
        "name: is it the same person?"
    ]


# --- scale ------------------------------------------------------------------------------------


@contextmanager
def counting(engine):
    statements: list[str] = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


def test_two_thousand_rows_import_in_bulk(db, vestby):
    kinds = list(UnitKind)
    lines = [HEADER]
    for n in range(2000):
        unit = n % 40
        kind = kinds[unit % len(kinds)].value
        role = "leder" if n % 50 == 0 else "ansatt"
        lines.append(
            f"ansatt{n // 2},Ansatt Nummer {n // 2},ansatt{n // 2}@vestby.kommune.no,"
            f"Enhet {unit},{kind},{role},Stilling {n % 7},oid-{n // 2},"
        )
    data = csv(*lines)
    started = time.monotonic()
    with counting(db.engine) as statements:
        summary = run(db, vestby, data)
    first = time.monotonic() - started
    assert (summary.accounts_created, summary.units_created, summary.memberships_added) == (
        1000,
        40,
        2000,
    )
    # Loaded once and written in batches: a few dozen statements, not several per row.
    assert len(statements) < 60, len(statements)
    assert first < 30
    with counting(db.engine) as statements:
        again = run(db, vestby, data)
    assert again.changes == () and len(statements) < 30
    # Every name changed and half the people gone: updates and removals in batches too.
    changed = [line.replace("Nummer", "Nr.") for line in lines[:1001]]
    with counting(db.engine) as statements:
        third = run(db, vestby, csv(*changed), remove_missing=True)
    assert (third.accounts_updated, third.memberships_removed) == (500, 1000)
    assert third.accounts_deactivated == 500
    assert len(statements) < 60, len(statements)
