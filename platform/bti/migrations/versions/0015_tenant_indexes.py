"""composite indexes that begin with the municipality, and the lookups «Mine saker» lacked

Every query on a case table carries ``municipality_id = ?`` (the tenancy guard in bti.db),
so a single-column index on the municipality competed with the one on the lookup column,
and SQLite without statistics chose the municipality's: one case's stafettlogg read every
entry of the municipality. Each table now has indexes that begin with the municipality and
go on with the column it is looked up by (``bti.models.base.tenant_index``); single-column
indexes those make redundant go. New: the meetings a user organises or is invited to, the
deadlines a user owns by due date, the audit chain in order. The indexes on a meeting's start
and a deadline's due date across all cases go: no query looks them up without a case or an
owner, and SQLite read them whole to save a sort (every meeting, to list one user's).

On PostgreSQL this builds each index in the migration's transaction, locking writes to the
table while it runs. On a large live database an operator may instead build the new indexes
beforehand with ``CREATE INDEX CONCURRENTLY`` under the same names (this migration then
skips them: ``if_not_exists``) and run the upgrade afterwards.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 06:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: (table, index, columns) created.
CREATED = [
    ("actionplanitem", "ix_actionplanitem_municipality_id_case_id", ("municipality_id", "case_id")),
    ("auditevent", "ix_auditevent_municipality_id_actor_id", ("municipality_id", "actor_id")),
    ("auditevent", "ix_auditevent_municipality_id_case_ref", ("municipality_id", "case_ref")),
    ("auditevent", "ix_auditevent_municipality_id_id", ("municipality_id", "id")),
    ("barnevernreport", "ix_barnevernreport_municipality_id_case_id", ("municipality_id", "case_id")),
    ("breakglassgrant", "ix_breakglassgrant_municipality_id_case_id_expires_at", ("municipality_id", "case_id", "expires_at")),
    ("breakglassgrant", "ix_breakglassgrant_municipality_id_unit_id_granted_at", ("municipality_id", "unit_id", "granted_at")),
    ("case", "ix_case_municipality_id_stafettholder_id_status", ("municipality_id", "stafettholder_id", "status")),
    ("case", "ix_case_municipality_id_subject_id", ("municipality_id", "subject_id")),
    ("case", "ix_case_municipality_id_unit_id_status", ("municipality_id", "unit_id", "status")),
    ("casedocument", "ix_casedocument_municipality_id_case_id", ("municipality_id", "case_id")),
    ("caseparticipant", "ix_caseparticipant_municipality_id_case_id", ("municipality_id", "case_id")),
    ("caseparticipant", "ix_caseparticipant_municipality_id_user_id", ("municipality_id", "user_id")),
    ("caseplan", "ix_caseplan_municipality_id_case_id", ("municipality_id", "case_id")),
    ("casestep", "ix_casestep_municipality_id_case_id", ("municipality_id", "case_id")),
    ("consent", "ix_consent_municipality_id_case_id", ("municipality_id", "case_id")),
    ("consentservice", "ix_consentservice_municipality_id_consent_id", ("municipality_id", "consent_id")),
    ("consentsignature", "ix_consentsignature_municipality_id_consent_id", ("municipality_id", "consent_id")),
    ("deadline", "ix_deadline_municipality_id_case_id", ("municipality_id", "case_id")),
    ("deadline", "ix_deadline_municipality_id_owner_id_due_at", ("municipality_id", "owner_id", "due_at")),
    ("decision", "ix_decision_municipality_id_case_id", ("municipality_id", "case_id")),
    ("decisionparticipant", "ix_decisionparticipant_municipality_id_decision_id", ("municipality_id", "decision_id")),
    ("decisionservice", "ix_decisionservice_municipality_id_decision_id", ("municipality_id", "decision_id")),
    ("guardian", "ix_guardian_municipality_id_subject_id", ("municipality_id", "subject_id")),
    ("handover", "ix_handover_municipality_id_case_id", ("municipality_id", "case_id")),
    ("handover", "ix_handover_municipality_id_to_user_id_status", ("municipality_id", "to_user_id", "status")),
    ("leadertask", "ix_leadertask_municipality_id_case_id", ("municipality_id", "case_id")),
    ("leadertask", "ix_leadertask_municipality_id_unit_id", ("municipality_id", "unit_id")),
    ("meeting", "ix_meeting_municipality_id_case_id", ("municipality_id", "case_id")),
    ("meeting", "ix_meeting_municipality_id_organiser_id_starts_at", ("municipality_id", "organiser_id", "starts_at")),
    ("meetinginvitee", "ix_meetinginvitee_municipality_id_meeting_id", ("municipality_id", "meeting_id")),
    ("meetinginvitee", "ix_meetinginvitee_municipality_id_user_id_meeting_id", ("municipality_id", "user_id", "meeting_id")),
    ("membership", "ix_membership_municipality_id_unit_id", ("municipality_id", "unit_id")),
    ("minutespart", "ix_minutespart_municipality_id_meeting_id", ("municipality_id", "meeting_id")),
    ("stafettloggentry", "ix_stafettloggentry_municipality_id_case_id", ("municipality_id", "case_id")),
    ("subject", "ix_subject_municipality_id_unit_id", ("municipality_id", "unit_id")),
    ("teammeeting", "ix_teammeeting_municipality_id_team_id_starts_at", ("municipality_id", "team_id", "starts_at")),
    ("teammember", "ix_teammember_municipality_id_team_id", ("municipality_id", "team_id")),
    ("teamreferral", "ix_teamreferral_municipality_id_case_id", ("municipality_id", "case_id")),
    ("teamreferral", "ix_teamreferral_municipality_id_team_id_status", ("municipality_id", "team_id", "status")),
    ("teamreferralguest", "ix_teamreferralguest_municipality_id_referral_id", ("municipality_id", "referral_id")),
    ("teamunit", "ix_teamunit_municipality_id_unit_id", ("municipality_id", "unit_id")),
]

#: (table, index, columns) dropped: the municipality's alone, and those a new one begins with.
DROPPED = [
    ("actionplanitem", "ix_actionplanitem_case_id", ("case_id",)),
    ("actionplanitem", "ix_actionplanitem_municipality_id", ("municipality_id",)),
    ("auditevent", "ix_auditevent_actor_id", ("actor_id",)),
    ("auditevent", "ix_auditevent_case_ref", ("case_ref",)),
    ("auditevent", "ix_auditevent_municipality_id", ("municipality_id",)),
    ("barnevernreport", "ix_barnevernreport_case_id", ("case_id",)),
    ("barnevernreport", "ix_barnevernreport_municipality_id", ("municipality_id",)),
    ("breakglassgrant", "ix_breakglassgrant_case_expires", ("case_id", "expires_at")),
    ("breakglassgrant", "ix_breakglassgrant_municipality_id", ("municipality_id",)),
    ("breakglassgrant", "ix_breakglassgrant_unit_granted", ("unit_id", "granted_at")),
    ("case", "ix_case_municipality_id", ("municipality_id",)),
    ("case", "ix_case_stafettholder_id", ("stafettholder_id",)),
    ("case", "ix_case_status", ("status",)),
    ("case", "ix_case_subject_id", ("subject_id",)),
    ("case", "ix_case_unit_id", ("unit_id",)),
    ("casedocument", "ix_casedocument_case_id", ("case_id",)),
    ("casedocument", "ix_casedocument_municipality_id", ("municipality_id",)),
    ("caseparticipant", "ix_caseparticipant_case_id", ("case_id",)),
    ("caseparticipant", "ix_caseparticipant_municipality_id", ("municipality_id",)),
    ("caseparticipant", "ix_caseparticipant_user_id", ("user_id",)),
    ("caseplan", "ix_caseplan_case_id", ("case_id",)),
    ("caseplan", "ix_caseplan_municipality_id", ("municipality_id",)),
    ("casestep", "ix_casestep_case_id", ("case_id",)),
    ("casestep", "ix_casestep_municipality_id", ("municipality_id",)),
    ("citizen", "ix_citizen_municipality_id", ("municipality_id",)),
    ("consent", "ix_consent_case_id", ("case_id",)),
    ("consent", "ix_consent_municipality_id", ("municipality_id",)),
    ("consentservice", "ix_consentservice_consent_id", ("consent_id",)),
    ("consentservice", "ix_consentservice_municipality_id", ("municipality_id",)),
    ("consentsignature", "ix_consentsignature_consent_id", ("consent_id",)),
    ("consentsignature", "ix_consentsignature_municipality_id", ("municipality_id",)),
    ("deadline", "ix_deadline_case_id", ("case_id",)),
    ("deadline", "ix_deadline_due_at", ("due_at",)),
    ("deadline", "ix_deadline_municipality_id", ("municipality_id",)),
    ("deadline", "ix_deadline_owner_id", ("owner_id",)),
    ("decision", "ix_decision_case_id", ("case_id",)),
    ("decision", "ix_decision_municipality_id", ("municipality_id",)),
    ("decisionparticipant", "ix_decisionparticipant_decision_id", ("decision_id",)),
    ("decisionparticipant", "ix_decisionparticipant_municipality_id", ("municipality_id",)),
    ("decisionservice", "ix_decisionservice_decision_id", ("decision_id",)),
    ("decisionservice", "ix_decisionservice_municipality_id", ("municipality_id",)),
    ("guardian", "ix_guardian_municipality_id", ("municipality_id",)),
    ("guardian", "ix_guardian_subject_id", ("subject_id",)),
    ("handover", "ix_handover_case_id", ("case_id",)),
    ("handover", "ix_handover_municipality_id", ("municipality_id",)),
    ("handover", "ix_handover_to_user_id", ("to_user_id",)),
    ("leadertask", "ix_leadertask_case_id", ("case_id",)),
    ("leadertask", "ix_leadertask_municipality_id", ("municipality_id",)),
    ("leadertask", "ix_leadertask_unit_id", ("unit_id",)),
    ("meeting", "ix_meeting_case_id", ("case_id",)),
    ("meeting", "ix_meeting_municipality_id", ("municipality_id",)),
    ("meeting", "ix_meeting_starts_at", ("starts_at",)),
    ("meetinginvitee", "ix_meetinginvitee_meeting_id", ("meeting_id",)),
    ("meetinginvitee", "ix_meetinginvitee_municipality_id", ("municipality_id",)),
    ("membership", "ix_membership_municipality_id", ("municipality_id",)),
    ("membership", "ix_membership_unit_id", ("unit_id",)),
    ("minutespart", "ix_minutespart_meeting_id", ("meeting_id",)),
    ("minutespart", "ix_minutespart_municipality_id", ("municipality_id",)),
    ("stafettloggentry", "ix_stafettloggentry_case_id", ("case_id",)),
    ("stafettloggentry", "ix_stafettloggentry_municipality_id", ("municipality_id",)),
    ("subject", "ix_subject_municipality_id", ("municipality_id",)),
    ("subject", "ix_subject_unit_id", ("unit_id",)),
    ("team", "ix_team_municipality_id", ("municipality_id",)),
    ("teammeeting", "ix_teammeeting_municipality_id", ("municipality_id",)),
    ("teammeeting", "ix_teammeeting_team_id", ("team_id",)),
    ("teammember", "ix_teammember_municipality_id", ("municipality_id",)),
    ("teammember", "ix_teammember_team_id", ("team_id",)),
    ("teamreferral", "ix_teamreferral_case_id", ("case_id",)),
    ("teamreferral", "ix_teamreferral_municipality_id", ("municipality_id",)),
    ("teamreferral", "ix_teamreferral_status", ("status",)),
    ("teamreferral", "ix_teamreferral_team_id", ("team_id",)),
    ("teamreferralguest", "ix_teamreferralguest_municipality_id", ("municipality_id",)),
    ("teamreferralguest", "ix_teamreferralguest_referral_id", ("referral_id",)),
    ("teamunit", "ix_teamunit_municipality_id", ("municipality_id",)),
    ("teamunit", "ix_teamunit_team_id", ("team_id",)),
    ("teamunit", "ix_teamunit_unit_id", ("unit_id",)),
    ("unit", "ix_unit_municipality_id", ("municipality_id",)),
]


def upgrade() -> None:
    # New before old, so that no lookup is ever left without an index.
    for table, name, columns in CREATED:
        op.create_index(name, table, list(columns), unique=False, if_not_exists=True)
    for table, name, _columns in DROPPED:
        op.drop_index(name, table_name=table, if_exists=True)


def downgrade() -> None:
    for table, name, columns in DROPPED:
        op.create_index(name, table, list(columns), unique=False)
    for table, name, _columns in CREATED:
        op.drop_index(name, table_name=table)
