"""Who a person is here, once an identity provider has vouched for them.

The web layer (:mod:`bti.web.oidc`) runs the OpenID Connect flow with Authlib and validates
the ID token (signature, issuer, audience, expiry, nonce; the level for citizens). This
module takes the one claim the municipality configured (:mod:`bti.config_oidc`) and finds
the account it belongs to, in that municipality only:

* **Staff**: the claim's value must equal a :class:`~bti.models.StaffIdentity` an
  administrator registered for an active staff user with a membership in the municipality.
  The platform never creates a staff account here: anyone else is refused, and the refusal
  is audited (``signin.oidc_unknown``, security, denied) without the claim's value. The
  second factor is the provider's job on this path (Entra ID's conditional access, the
  municipality's MFA policy): :data:`bti.services.totp.OWN_SECOND_FACTOR` names ``oidc``.
* **Citizens** (ID-porten): the fødselsnummer in ``pid`` must belong to a guardian with
  parental responsibility or to a youth registered on a case of the municipality, the same
  link the portal reads by (:mod:`bti.services.citizens`). The citizen's record is made on
  their first sign-in (``citizen.oidc_first``) and holds no password; anyone else is refused
  and audited (``citizen.oidc_unknown``).

A sign-in the flow itself refused (a forged or expired token, a wrong issuer or audience, a
replayed answer, too low a level) is audited by :func:`record_refused` with a reason code.
"""

from __future__ import annotations

from sqlmodel import Session, select

from bti.db import Database
from bti.models import (
    AuditPurpose,
    Case,
    Citizen,
    Guardian,
    Membership,
    StaffIdentity,
    StaffUser,
    Subject,
)
from bti.plugins import Municipality
from bti.services import audit
from bti.services.actors import load_actor
from bti.services.citizens import CitizenActor

#: Why a sign-in through a provider was refused before any account was looked up; the
#: audit event's detail says which.
REFUSAL_REASONS = frozenset(
    {"provider_error", "state", "token", "level", "claim_missing", "unavailable"}
)


def register_staff_identity(session: Session, *, user_id: int, subject: str) -> StaffIdentity:
    """Register ``subject`` (the value of the municipality's claim: ``sub``, Entra's ``oid``
    or an e-mail address) as the staff user's identity in the session's municipality.
    For the administrator's pages and the demo; the caller audits the change.

    :raises ValueError: the subject is empty.
    """
    subject = normalised(subject)
    if not subject:
        raise ValueError("subject")
    identity = StaffIdentity(user_id=user_id, subject=subject)
    session.add(identity)
    session.flush()
    return identity


def normalised(subject: str) -> str:
    """An identity as it is registered and compared: an e-mail address in lower case
    (providers vary the case of the same address); ``sub`` and ``oid`` as they are."""
    subject = (subject or "").strip()
    return subject.lower() if "@" in subject else subject


def staff_for(db: Database, *, municipality_id: int, subject: str) -> int | None:
    """The id of the staff user registered with ``subject`` in the municipality, if the
    account is active and works there; ``None`` otherwise. Either way audited in the
    municipality (``signin.oidc`` allowed, or ``signin.oidc_unknown`` denied)."""
    with db.transaction(municipality_id) as session:
        user_id = _registered_user(session, subject)
        if user_id is None:
            audit.record_denial(
                session, actor=None, action="signin.oidc_unknown", purpose=AuditPurpose.SECURITY
            )
            return None
        audit.record(
            session,
            actor=load_actor(session, user_id),
            action="signin.oidc",
            purpose=AuditPurpose.SECURITY,
        )
        return user_id


def _registered_user(session: Session, subject: str) -> int | None:
    subject = normalised(subject)
    if not subject:
        return None
    user_id = session.exec(
        select(StaffIdentity.user_id).where(StaffIdentity.subject == subject)
    ).first()
    if user_id is None:
        return None
    user = session.get(StaffUser, user_id)
    if user is None or not user.active:
        return None
    member = session.exec(select(Membership.id).where(Membership.user_id == user_id)).first()
    return user_id if member else None


def citizen_for(
    db: Database, *, municipality: Municipality, municipality_id: int, pid: str
) -> int | None:
    """The id of the citizen with fødselsnummer ``pid`` in the municipality, their record
    made on the first sign-in when they are a guardian or youth registered on a case here;
    ``None`` for anyone else (audited, denied)."""
    with db.transaction(municipality_id) as session:
        citizen = _citizen(session, municipality, pid)
        if citizen is None:
            audit.record_denial(
                session, actor=None, action="citizen.oidc_unknown", purpose=AuditPurpose.SECURITY
            )
            return None
        audit.record(
            session,
            actor=CitizenActor(citizen.id, citizen.display_name),
            action="citizen.oidc",
            purpose=AuditPurpose.SECURITY,
        )
        return citizen.id


def _citizen(session: Session, municipality: Municipality, pid: str) -> Citizen | None:
    pid = (pid or "").strip()
    if len(pid) != 11 or not pid.isdigit():
        return None
    citizen = session.exec(select(Citizen).where(Citizen.fodselsnummer == pid)).first()
    if citizen is not None:
        return citizen if citizen.active else None
    name = _registered_name(session, municipality, pid)
    if name is None:
        return None
    citizen = Citizen(fodselsnummer=pid, display_name=name)
    session.add(citizen)
    session.flush()
    audit.record(
        session,
        actor=CitizenActor(citizen.id, name),
        action="citizen.oidc_first",
        purpose=AuditPurpose.SECURITY,
    )
    return citizen


def _registered_name(session: Session, municipality: Municipality, pid: str) -> str | None:
    """The name the municipality knows the person by, if they are a guardian (with
    parental responsibility) or, where youth read their own, the youth a case is about."""
    access = municipality.citizen_access
    if access is None:
        return None
    if access.guardians:
        guardian = session.exec(
            select(Guardian)
            .join(Case, Case.subject_id == Guardian.subject_id)
            .where(Guardian.fodselsnummer == pid, Guardian.parental_responsibility)
        ).first()
        if guardian is not None:
            return guardian.name
    if access.youth_from_age is not None:
        subject = session.exec(
            select(Subject)
            .join(Case, Case.subject_id == Subject.id)
            .where(Subject.fodselsnummer == pid)
        ).first()
        if subject is not None:
            return f"{subject.given_name} {subject.family_name}"
    return None


def record_refused(db: Database, *, municipality_id: int, kind: str, reason: str) -> None:
    """Audit a sign-in through the provider that the flow refused (``signin.oidc_refused``
    for staff, ``citizen.oidc_refused`` for citizens; denied). ``reason`` is one of
    :data:`REFUSAL_REASONS`, never a claim or a token."""
    action = "citizen.oidc_refused" if kind == "citizen" else "signin.oidc_refused"
    detail = f"reason={reason if reason in REFUSAL_REASONS else 'token'}"
    with db.transaction(municipality_id) as session:
        audit.record_denial(
            session, actor=None, action=action, purpose=AuditPurpose.SECURITY, detail=detail
        )
