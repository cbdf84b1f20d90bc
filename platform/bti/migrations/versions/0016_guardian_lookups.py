"""the guardians a case's record names: their signatures and meeting invitations by guardian

The case page asks which of the child's guardians the record names (a consent they signed, a
meeting they were invited to and that was held: ``bti.services.custody.in_record_of``). Both
tables were indexed by consent and by meeting only, so the question read every signature and
every guardian's invitation in the municipality: 370 ms at a million cases on SQLite.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06 08:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATED = [
    (table, f"ix_{table}_municipality_id_guardian_id", ("municipality_id", "guardian_id"))
    for table in ("consentsignature", "meetinginvitee")
]


def upgrade() -> None:
    for table, name, columns in CREATED:
        op.create_index(name, table, list(columns), unique=False, if_not_exists=True)


def downgrade() -> None:
    for table, name, _columns in CREATED:
        op.drop_index(name, table_name=table)
