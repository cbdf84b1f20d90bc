"""The outbox: a notification is written with the action or not at all, never twice for the
same reminder, never to a citizen while a report keeps the guardians out, and only in the
app's list for someone without an e-mail address or who chose «none».

Runs once on SQLite and once on PostgreSQL (the ``world`` fixture follows ``database_url``).
"""

from __future__ import annotations

import pytest
from sqlmodel import select

from bti.models import (
    Case,
    Citizen,
    Delivery,
    Notification,
    NotificationKind,
    NotificationSetting,
    NotificationStatus,
    StaffUser,
)
from bti.services import notifications
from tests.services.test_stafettlogg import build
from tests.support.world import World

pytestmark = pytest.mark.database


@pytest.fixture
def ola(world: World) -> World:
    build(world)
    with world.db.unscoped() as session, session.begin():
        session.get(StaffUser, world.staff["Kari"]).email = "kari@example.org"
    return world


def queued(world: World) -> list[Notification]:
    with world.scoped() as session:
        return list(session.exec(select(Notification).order_by(Notification.id)))


def offer_to_kari(world: World, **kwargs) -> Notification | None:
    with world.transaction() as session:
        return notifications.queue(
            session,
            kind=NotificationKind.HANDOVER_OFFERED,
            case=session.get(Case, world.case_id),
            user_id=world.staff["Kari"],
            **kwargs,
        )


def test_a_notification_is_committed_with_the_action_and_waits_for_the_worker(ola):
    offer_to_kari(ola)
    [row] = queued(ola)
    assert (row.status, row.delivery, row.case_id) == ("queued", "now", ola.case_id)
    assert row.next_attempt_at is not None and row.attempts == 0


def test_an_action_that_fails_leaves_no_notification(ola):
    with pytest.raises(RuntimeError), ola.transaction() as session:
        notifications.queue(
            session,
            kind=NotificationKind.HANDOVER_OFFERED,
            case=session.get(Case, ola.case_id),
            user_id=ola.staff["Kari"],
        )
        raise RuntimeError("the action itself failed")
    assert queued(ola) == []


def test_a_reminder_with_the_same_key_is_queued_once(ola):
    assert offer_to_kari(ola, key="deadline:1:soon") is not None
    assert offer_to_kari(ola, key="deadline:1:soon") is None
    assert len(queued(ola)) == 1


def test_without_an_e_mail_address_it_stays_in_the_app(ola):
    with ola.transaction() as session:
        notifications.queue(
            session,
            kind=NotificationKind.HANDOVER_OFFERED,
            case=session.get(Case, ola.case_id),
            user_id=ola.staff["Kjell"],
        )
    [row] = queued(ola)
    assert row.status == NotificationStatus.IN_APP and row.next_attempt_at is None


def test_a_person_who_chose_none_gets_it_in_the_app_only(ola):
    with ola.transaction() as session:
        session.add(
            NotificationSetting(
                user_id=ola.staff["Kari"],
                kind=NotificationKind.HANDOVER_OFFERED,
                delivery=Delivery.NONE,
            )
        )
    offer_to_kari(ola)
    [row] = queued(ola)
    assert (row.status, row.delivery) == ("in_app", "none")


def test_nothing_is_queued_for_a_citizen_while_the_guardians_are_kept_out(ola):
    with ola.transaction() as session:
        citizen = Citizen(fodselsnummer="01010112345", display_name="Foresatt", email="f@x.no")
        session.add(citizen)
        case = session.get(Case, ola.case_id)
        case.guardians_kept_out = True
        session.flush()
        result = notifications.queue(
            session, kind=NotificationKind.MEETING_INVITED, case=case, citizen_id=citizen.id
        )
    assert result is None and queued(ola) == []


def test_a_notification_goes_to_exactly_one_person(ola):
    with pytest.raises(ValueError), ola.transaction() as session:
        notifications.queue(session, kind=NotificationKind.HANDOVER_OFFERED, case=None)
