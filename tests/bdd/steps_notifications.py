"""Steps for notifications: e-mail through the municipality's mail server (a real SMTP server
on 127.0.0.1, :mod:`tests.support.smtp`), what arrives, and the list in the platform.

Loaded as a pytest plugin (``-p tests.bdd.steps_notifications``). Every sentence names an
e-mail, a notification (varsel) or the mail server, so none can be mistaken for another
module's.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from pytest_bdd import given, parsers, then, when
from sqlmodel import select

from bti.errors import InvalidInput, NotFound
from bti.models import Consent, ConsentStatus, Delivery, NotificationSetting, StaffUser
from bti.services import citizens, consents
from bti.services.notifications import inbox
from bti.services.notifications.settings import KIND_LABELS
from tests.support.smtp import BASE_URL, MailServer
from tests.support.world import World

NAME = r"[A-ZÆØÅ][a-zæøå]+"
NAMES = rf"{NAME}(?:(?:, | og | eller ){NAME})*"


def _names(text: str) -> list[str]:
    return re.split(r", | og | eller ", text)


def _address(name: str) -> str:
    return f"{name.lower()}@kommune.example"


def _texts(mail: EmailMessage) -> str:
    """Everything a reader of the e-mail could see: every header and every part, decoded."""
    parts = [f"{name}: {value}" for name, value in mail.items()]
    for part in mail.walk():
        if not part.is_multipart():
            parts.append(str(part.get_content()))
    return "\n".join(parts)


@given("at plattformen sender varsler på e-post gjennom kommunens e-posttjener")
def _(world: World, mail_server: MailServer) -> None:
    world.deployment.config.update(mail_server.config())


@given(parsers.re(rf"at (?P<hvem>{NAMES}) har e-postadresse på jobben$"))
def _(world: World, hvem: str) -> None:
    with world.db.unscoped() as session, session.begin():
        for name in _names(hvem):
            session.get(StaffUser, world.staff[name]).email = _address(name)


@given(parsers.re(rf"at (?P<navn>{NAME}) bare vil se varsler om «(?P<hva>.+)» i plattformen$"))
def _(world: World, navn: str, hva: str) -> None:
    [kind] = [k for k, label in KIND_LABELS.items() if world.shown(label) == hva]
    with world.transaction() as session:
        session.add(
            NotificationSetting(user_id=world.staff[navn], kind=kind, delivery=Delivery.NONE)
        )


@when(parsers.re(rf"(?P<navn>{NAME}) registrerer at foreldrene trekker samtykket tilbake$"))
def _(world: World, navn: str) -> None:
    with world.scoped() as session:
        consent = session.exec(
            select(Consent).where(
                Consent.case_id == world.case_id, Consent.status == ConsentStatus.GIVEN
            )
        ).first()
    world.act_ok(navn, consents.withdraw, consent_id=consent.id, note="")


@when("varslene sendes")
def _(world: World) -> None:
    result = world.deployment.start().test_cli_runner().invoke(args=["notifications", "send"])
    assert result.exit_code == 0, result.output


@then(parsers.re(rf"får (?P<navn>{NAME}) en e-post med emnet «(?P<emne>.+)»$"))
def _(world: World, mail_server: MailServer, navn: str, emne: str) -> None:
    subjects = [" ".join(m["Subject"].split()) for m in mail_server.to(_address(navn))]
    assert any(s.startswith(f"{emne} (ref. BTI-") for s in subjects), subjects


@then(parsers.re(rf"(?P<navn>{NAME}) får ingen e-post$"))
def _(world: World, mail_server: MailServer, navn: str) -> None:
    assert mail_server.to(_address(navn)) == []


@then("e-posten har en lenke til varselet i plattformen")
def _(world: World, mail_server: MailServer) -> None:
    for mail in mail_server.received:
        link = rf"{re.escape(BASE_URL)}/{world.kommune.slug}/varsler/\d+"
        assert re.search(link, mail.get_content()), mail.get_content()


@then(parsers.re(rf"ingen e-post nevner (?P<hvem>{NAMES})$"))
def _(world: World, mail_server: MailServer, hvem: str) -> None:
    assert mail_server.received, "ingen e-post kom fram"
    for mail in mail_server.received:
        text = _texts(mail)
        for name in _names(hvem):
            assert name not in text, (name, text)


@then(parsers.re(rf"ser (?P<navn>{NAME}) varselet «(?P<hva>.+)» i listen over varsler$"))
def _(world: World, navn: str, hva: str) -> None:
    key = world.deployment.start().extensions["bti_settings"].secret_key.encode()
    with world.deployment.start().test_request_context():
        listing = world.look(navn, inbox.notices, key=key)
        seen = [row.what for row in listing.rows]
    assert hva in seen, seen


# ---------------------------------------------------------------------------------------------
# A guardian's or youth's own address (the citizens' pages, «Varsler på e-post»)
# ---------------------------------------------------------------------------------------------


def _give_address(world: World, innsyn, navn: str, adresse: str) -> None:
    """The signed-in citizen saves ``adresse`` (empty: removes it); a refusal is kept."""
    world.error = None
    try:
        with world.transaction() as session:
            citizens.set_notice_address(session, by=innsyn.signed_in[navn], email=adresse)
    except InvalidInput as error:
        world.error = error


@given(
    parsers.re(rf"at (?P<navn>{NAME}) har oppgitt e-postadressen «(?P<adresse>.+)» for varsler$")
)
def _(world: World, innsyn, navn: str, adresse: str) -> None:
    _give_address(world, innsyn, navn, adresse)
    assert world.error is None, world.error


@when(parsers.re(rf"(?P<navn>{NAME}) oppgir e-postadressen «(?P<adresse>.+)» for varsler$"))
def _(world: World, innsyn, navn: str, adresse: str) -> None:
    _give_address(world, innsyn, navn, adresse)


@when(parsers.re(rf"(?P<navn>{NAME}) fjerner e-postadressen for varsler$"))
def _(world: World, innsyn, navn: str) -> None:
    _give_address(world, innsyn, navn, "")
    assert world.error is None, world.error


@then(
    parsers.re(
        r"(?:kommer det|det kommer) en e-post til «(?P<adresse>[^»]+)» med emnet «(?P<emne>.+)»$"
    )
)
def _(mail_server: MailServer, adresse: str, emne: str) -> None:
    subjects = [" ".join(m["Subject"].split()) for m in mail_server.to(adresse)]
    assert [s.split(" (ref. BTI-")[0] for s in subjects] == [emne], subjects


@then(parsers.re(r"kommer det ingen e-post til «(?P<adresse>[^»]+)»$"))
def _(mail_server: MailServer, adresse: str) -> None:
    assert mail_server.to(adresse) == []


@then(parsers.re(r"e-posten til «(?P<adresse>[^»]+)» har en lenke til sidene for innsyn$"))
def _(world: World, mail_server: MailServer, adresse: str) -> None:
    [mail] = mail_server.to(adresse)
    assert f"{BASE_URL}/{world.kommune.slug}/innsyn/" in _texts(mail)


@then("blir det ikke sendt noen e-post")
def _(world: World, mail_server: MailServer) -> None:
    assert mail_server.received == [], [m["To"] for m in mail_server.received]


def _citizen_notices(world: World, innsyn, navn: str) -> list[tuple[int, str, bool]]:
    """The citizen's notices as «Varsler» in the citizens' pages shows them: (id, what it
    says, unread), newest first."""
    app = world.deployment.start()
    key = app.extensions["bti_settings"].secret_key.encode()
    with app.test_request_context(), world.scoped() as session:
        page = inbox.citizen_notices(session, by=innsyn.signed_in[navn], key=key)
        return [(row.id, row.what, row.unread) for row in page.listing.rows]


@then(
    parsers.re(
        rf"ser (?P<navn>{NAME}) varselet «(?P<hva>.+)» under «Varsler» på sidene for innsyn$"
    )
)
def _(world: World, innsyn, navn: str, hva: str) -> None:
    shown = _citizen_notices(world, innsyn, navn)
    assert [(what, unread) for _, what, unread in shown] == [(hva, True)], shown


@then(parsers.re(rf"ser (?P<navn>{NAME}) ingen varsler under «Varsler» på sidene for innsyn$"))
def _(world: World, innsyn, navn: str) -> None:
    assert _citizen_notices(world, innsyn, navn) == []


@when(parsers.re(rf"(?P<navn>{NAME}) åpner varselet «(?P<hva>.+)»$"))
def _(world: World, innsyn, navn: str, hva: str) -> None:
    """The notice's link: it is marked read, and leads on to the stafettlogg through the
    same check as reading it (a refusal is kept for the Så-steps)."""
    [notice] = [id_ for id_, what, _ in _citizen_notices(world, innsyn, navn) if what == hva]
    by = innsyn.signed_in[navn]
    world.error = innsyn.view = None
    with world.transaction() as session:
        case_id = inbox.open_notice(session, by=by, notification_id=notice)
    try:
        with world.transaction() as session:
            innsyn.view = citizens.read(session, municipality=world.kommune, by=by, case_id=case_id)
    except NotFound as error:
        world.error = error


@then(parsers.re(rf"kommer (?P<navn>{NAME}) fra varselet til stafettloggen til (?P<barn>{NAME})$"))
def _(world: World, innsyn, navn: str, barn: str) -> None:
    assert world.error is None, world.error
    assert innsyn.view.readable.subject.id == world.children[barn]
    assert [unread for _, _, unread in _citizen_notices(world, innsyn, navn)] == [False]


@then(parsers.re(r"blir adressen ikke lagret fordi «(?P<grunn>.+)»$"))
def _(world: World, grunn: str) -> None:
    assert isinstance(world.error, InvalidInput), world.error
    assert world.shown(world.error.message) == grunn
