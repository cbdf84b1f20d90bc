"""The tables of the core domain (SQLModel).

Every table that holds case data inherits :class:`TenantScoped` and so carries the
municipality; :mod:`bti.db` scopes every query on such a table to one municipality.

* ``organisation`` — municipality, unit (tjenestested) with its kind, staff user, membership
* ``people`` — subject (child, youth or pregnant woman) and guardians with custody
* ``case`` — case, participant, decision and the services it names, filled-in document,
  ticked-off step, plan beside the stafettlogg (IP, IOP, IUP), deadline, hand-over
* ``consent`` — consent, the services it covers, signatures
* ``meeting`` — meeting, invitees and attendance, minutes per agenda part
* ``stafettlogg`` — action-plan item and stafettlogg entry
* ``team`` — standing teams (Tidlig innsatsteam): members, units, meeting days, referrals,
  discussions with the anonymised protocol, the family's evaluation
* ``archive`` — copies of the whole stafettlogg for the archive, as they were made
* ``audit`` — append-only audit event with its purpose, the chain's head, signed checkpoints
* ``break_glass`` — emergency access to a case, with its reason and end
* ``login`` — signed-in sessions (server side)
* ``citizen`` — guardians and youth who read their own stafettlogg, and their sessions
"""

from bti.models.archive import ArchiveCopy, ArchiveReason
from bti.models.audit import (
    AuditChainHead,
    AuditCheckpoint,
    AuditEvent,
    AuditOutcome,
    AuditPurpose,
)
from bti.models.base import TenantScoped, new_public_id
from bti.models.break_glass import BreakGlassGrant
from bti.models.case import (
    AnonymousConsultation,
    BarnevernReport,
    Case,
    CaseDocument,
    CaseParticipant,
    CasePlan,
    CaseStatus,
    CaseStep,
    Deadline,
    Decision,
    DecisionParticipant,
    DecisionService,
    HandOver,
    HandOverStatus,
    LeaderTask,
    ParticipantRole,
    PlanKind,
)
from bti.models.citizen import Citizen, CitizenSession
from bti.models.consent import Consent, ConsentService, ConsentSignature, ConsentStatus, SignerKind
from bti.models.login import LoginSession
from bti.models.meeting import ChildParticipation, Meeting, MeetingInvitee, MeetingKind, MinutesPart
from bti.models.notification import (
    Delivery,
    Notification,
    NotificationKind,
    NotificationSetting,
    NotificationStatus,
)
from bti.models.organisation import (
    HEALTH_UNIT_KINDS,
    Membership,
    MunicipalityRecord,
    PasswordReset,
    Role,
    StaffIdentity,
    StaffUser,
    Unit,
    UnitKind,
)
from bti.models.people import Custody, Guardian, Subject, SubjectCreate, SubjectKind
from bti.models.stafettlogg import ActionPlanItem, EntryKind, StafettloggEntry
from bti.models.team import (
    ReferralStatus,
    TeamDiscussion,
    TeamEvaluation,
    TeamMeeting,
    TeamMember,
    TeamRecord,
    TeamReferral,
    TeamReferralGuest,
    TeamUnit,
    Urgency,
)
from bti.models.types import UTCDateTime, utcnow

__all__ = [
    "HEALTH_UNIT_KINDS",
    "ActionPlanItem",
    "AnonymousConsultation",
    "ArchiveCopy",
    "ArchiveReason",
    "AuditChainHead",
    "AuditCheckpoint",
    "AuditEvent",
    "AuditOutcome",
    "AuditPurpose",
    "BarnevernReport",
    "BreakGlassGrant",
    "Case",
    "CaseDocument",
    "CaseParticipant",
    "CasePlan",
    "CaseStatus",
    "CaseStep",
    "ChildParticipation",
    "Citizen",
    "CitizenSession",
    "Consent",
    "ConsentService",
    "ConsentSignature",
    "ConsentStatus",
    "Custody",
    "Deadline",
    "Decision",
    "DecisionParticipant",
    "DecisionService",
    "Delivery",
    "EntryKind",
    "Guardian",
    "HandOver",
    "HandOverStatus",
    "LeaderTask",
    "LoginSession",
    "Meeting",
    "MeetingInvitee",
    "MeetingKind",
    "Membership",
    "MinutesPart",
    "MunicipalityRecord",
    "Notification",
    "NotificationKind",
    "NotificationSetting",
    "NotificationStatus",
    "ParticipantRole",
    "PasswordReset",
    "PlanKind",
    "ReferralStatus",
    "Role",
    "SignerKind",
    "StafettloggEntry",
    "StaffIdentity",
    "StaffUser",
    "Subject",
    "SubjectCreate",
    "SubjectKind",
    "TeamDiscussion",
    "TeamEvaluation",
    "TeamMeeting",
    "TeamMember",
    "TeamRecord",
    "TeamReferral",
    "TeamReferralGuest",
    "TeamUnit",
    "TenantScoped",
    "UTCDateTime",
    "Unit",
    "UnitKind",
    "Urgency",
    "new_public_id",
    "utcnow",
]
