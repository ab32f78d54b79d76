"""sync replicas and peers: machine fingerprint and device change in local_state; the
LOCAL tables sync_identity (name, private keys), sync_peer (pinned peers) and sync_bundle
(bundles written and imported)

Revision ID: 0006
Revises: 0005 (0005 itself rests on 0004 here; the lead re-chains at merge)
Create Date: 2026-11-29

Existing replicas get no machine fingerprint: the first write after the upgrade records this
machine's, so a file copied elsewhere afterwards is recognised as a clone.
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('local_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('machine_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('previous_device_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('device_change_reason', sa.String(length=20), nullable=True))
    op.create_table(
        'sync_identity',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('sign_key', sa.String(length=64), nullable=False),
        sa.Column('enc_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_identity')))
    op.create_table(
        'sync_peer',
        sa.Column('device_id', sa.String(length=36), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('sign_pub', sa.String(length=64), nullable=False),
        sa.Column('enc_pub', sa.String(length=64), nullable=False),
        sa.Column('fingerprint', sa.String(length=19), nullable=False),
        sa.Column('office_id', sa.String(length=36), nullable=True),
        sa.Column('is_central', sa.Integer(), nullable=False),
        sa.Column('pinned_at', sa.String(length=32), nullable=False),
        sa.Column('revoked_at', sa.String(length=32), nullable=True),
        sa.Column('acked_vv', sa.Text(), nullable=False),
        sa.Column('acked_hlc', sa.String(length=24), nullable=True),
        sa.Column('missing_attachments', sa.Text(), nullable=False),
        sa.Column('last_sent_bundle', sa.String(length=36), nullable=True),
        sa.Column('last_sent_at', sa.String(length=32), nullable=True),
        sa.Column('last_received_bundle', sa.String(length=36), nullable=True),
        sa.Column('last_received_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_peer')))
    op.create_table(
        'sync_bundle',
        sa.Column('bundle_id', sa.String(length=36), nullable=False),
        sa.Column('direction', sa.String(length=3), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('peer_id', sa.String(length=36), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('at', sa.String(length=32), nullable=False),
        sa.Column('op_count', sa.Integer(), nullable=False),
        sa.Column('result', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('bundle_id', name=op.f('pk_sync_bundle')))
    op.create_index('ix_sync_bundle_peer', 'sync_bundle', ['peer_id', 'direction'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sync_bundle_peer', table_name='sync_bundle')
    op.drop_table('sync_bundle')
    op.drop_table('sync_peer')
    op.drop_table('sync_identity')
    with op.batch_alter_table('local_state', schema=None) as batch_op:
        batch_op.drop_column('device_change_reason')
        batch_op.drop_column('previous_device_id')
        batch_op.drop_column('machine_id')
