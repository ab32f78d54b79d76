"""office settings and printed documents

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def _syncable():
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('hlc', sa.String(length=24), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'office_setting',
        sa.Column('key', sa.String(length=100), nullable=False),
        sa.Column('value', sa.Text(), nullable=False),
        *_syncable(),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_office_setting')),
        sa.UniqueConstraint('key', name=op.f('uq_office_setting_key')),
    )
    op.create_table(
        'printed_document',
        sa.Column('code', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('skp_id', sa.String(length=36), nullable=False),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        *_syncable(),
        sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_printed_document_skp_id_skp')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_document')),
        sa.UniqueConstraint('code', name=op.f('uq_printed_document_code')),
    )
    with op.batch_alter_table('printed_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_printed_document_skp_id'), ['skp_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('printed_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_printed_document_skp_id'))
    op.drop_table('printed_document')
    op.drop_table('office_setting')
