"""A session scoped to one municipality never returns, changes or writes another's rows."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bti.db import TenancyError
from bti.models import Case, Guardian, Membership, StaffUser, Subject, SubjectKind, Unit, UnitKind

pytestmark = pytest.mark.database


def _seed(db, slug_ids: dict[str, int]) -> dict[str, str]:
    """One unit, subject, guardian and case in each of two municipalities; the case ids."""
    with db.unscoped() as session, session.begin():
        user = StaffUser(username="begge", display_name="Begge Kommuner")
        session.add(user)
        session.flush()
        user_id = user.id
    case_ids = {}
    for slug in ("vestby", "tromso"):
        with db.transaction(slug_ids[slug]) as session:
            unit = Unit(name=f"Skolen i {slug}", kind=UnitKind.SKOLE)
            session.add(unit)
            session.flush()
            session.add(Membership(user_id=user_id, unit_id=unit.id, role="ansatt"))
            subject = Subject(
                kind=SubjectKind.BARN,
                given_name="Kari",
                family_name=slug.title(),
                birth_date=date(2015, 5, 1),
            )
            session.add(subject)
            session.flush()
            session.add(Guardian(subject_id=subject.id, name="Foresatt"))
            case = Case(subject_id=subject.id, unit_id=unit.id, opened_by_id=user_id)
            session.add(case)
            session.flush()
            case_ids[slug] = case.id
    return case_ids


@pytest.fixture
def seeded(db_app):
    db = db_app.extensions["bti_db"]
    ids = db.municipality_ids()
    return db, ids, _seed(db, ids)


def test_a_query_returns_only_its_own_municipalitys_rows(seeded):
    db, ids, cases = seeded
    with db.scoped(ids["vestby"]) as session:
        assert [c.id for c in session.exec(select(Case))] == [cases["vestby"]]
        assert [s.family_name for s in session.exec(select(Subject))] == ["Vestby"]
        assert session.exec(select(sa.func.count()).select_from(Unit)).one() == 1
        joined = session.exec(select(Case, Subject).join(Subject, Case.subject_id == Subject.id))
        assert [subject.family_name for _case, subject in joined] == ["Vestby"]


def test_another_municipalitys_case_is_not_found_by_its_id(seeded):
    db, ids, cases = seeded
    with db.scoped(ids["tromso"]) as session:
        assert session.get(Case, cases["vestby"]) is None
        assert session.exec(select(Case).where(Case.id == cases["vestby"])).first() is None


def test_bulk_changes_do_not_reach_another_municipality(seeded):
    db, ids, cases = seeded
    with db.transaction(ids["tromso"]) as session:
        session.exec(sa.update(Case).values(concern="endret"))
    with db.scoped(ids["vestby"]) as session:
        assert session.get(Case, cases["vestby"]).concern == ""
    with db.transaction(ids["tromso"]) as session:
        session.exec(sa.delete(Guardian))
    with db.scoped(ids["vestby"]) as session:
        assert len(session.exec(select(Guardian)).all()) == 1


def test_new_rows_are_stamped_with_the_sessions_municipality(seeded):
    db, ids, _cases = seeded
    with db.transaction(ids["vestby"]) as session:
        unit = Unit(name="Ny barnehage", kind=UnitKind.BARNEHAGE)
        session.add(unit)
    with db.scoped(ids["vestby"]) as session:
        saved = session.exec(select(Unit).where(Unit.name == "Ny barnehage")).one()
        assert saved.municipality_id == ids["vestby"]


def test_a_row_for_another_municipality_is_refused_and_nothing_is_written(seeded):
    db, ids, _cases = seeded
    with pytest.raises(TenancyError), db.transaction(ids["vestby"]) as session:
        session.add(Unit(name="Lovlig", kind=UnitKind.SKOLE))
        session.add(Unit(name="Smuglet", kind=UnitKind.SKOLE, municipality_id=ids["tromso"]))
    for slug in ("vestby", "tromso"):
        with db.scoped(ids[slug]) as session:
            names = set(session.exec(select(Unit.name)))
            assert not names & {"Lovlig", "Smuglet"}


def test_case_data_without_a_municipality_is_refused(seeded):
    db, _ids, _cases = seeded
    with db.unscoped() as session, pytest.raises(TenancyError):
        session.exec(select(Case)).all()
    with db.unscoped() as session:
        # Tables that are not case data stay readable across municipalities.
        assert session.exec(select(StaffUser.username)).all() == ["begge"]
