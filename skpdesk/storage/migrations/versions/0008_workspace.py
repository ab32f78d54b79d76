"""workspace: who is acting (journal.person, local_state.acting_pegawai_id) and pegawai that are
no longer active (pegawai.employment_status, pegawai.status_since)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29

Existing entries get no person (nobody had said who they were); existing pegawai are "aktif".
"""
from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (no batch copy): the journal can be large, and SQLite adds a
    # nullable column or one with a constant default in place.
    op.add_column('journal', sa.Column('person', sa.Text(), nullable=True))
    op.add_column('local_state', sa.Column('acting_pegawai_id', sa.String(length=36),
                                           nullable=True))
    op.add_column('pegawai', sa.Column('employment_status', sa.String(length=20),
                                       server_default='aktif', nullable=False))
    op.add_column('pegawai', sa.Column('status_since', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('pegawai', schema=None) as batch_op:
        batch_op.drop_column('status_since')
        batch_op.drop_column('employment_status')
    with op.batch_alter_table('local_state', schema=None) as batch_op:
        batch_op.drop_column('acting_pegawai_id')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_column('person')
