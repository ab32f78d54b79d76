"""replica names: the synced table replica_name (device id -> "Laptop Bu Ratna")

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29

A replica publishes its name when its identity is made or renamed; the name travels in bundles
like any row, so every replica can say which laptop wrote each side of a conflict.
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'replica_name',
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_replica_name')))


def downgrade() -> None:
    op.drop_table('replica_name')
