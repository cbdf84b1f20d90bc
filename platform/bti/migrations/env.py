"""Alembic environment: runs against the engine handed over in ``config.attributes``."""

from alembic import context
from sqlmodel import SQLModel

import bti.models  # noqa: F401  (registers every table on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # No limit on waiting for a lock or on a statement for the migration's own
                # transaction (the web's limits are in bti.db_faults); SET LOCAL ends with it.
                connection.exec_driver_sql("SET LOCAL lock_timeout = 0")
                connection.exec_driver_sql("SET LOCAL statement_timeout = 0")
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run `bti db upgrade`.")
run_migrations_online()
