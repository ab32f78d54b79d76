"""sync: journal base/ctx/vv, skp.epoch, and the LOCAL sync caches (heads, references, conflicts)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

The journal becomes the operation log of sync: `base` (the heads a write replaced), `ctx` (the
SKP and its epoch for SKP content) and `vv` (what a workflow write had seen). Entries already
written keep NULL there and keep verifying (`journal_chain.entry_hash` hashes the new columns
only when set). `skp.epoch` starts at the number of returns and reopens each SKP's journal
shows, so that the content written after the upgrade is not taken for content frozen by a
submit of an earlier round. The `sync_*` tables are caches, recomputable from the journal.
"""
import json

from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('ctx', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('vv', sa.Text(), nullable=True))
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.add_column(sa.Column('epoch', sa.Integer(), server_default='0', nullable=False))
    op.create_table(
        'sync_row',
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=False),
        sa.Column('skp_id', sa.String(length=36), nullable=True),
        sa.Column('heads', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('entity', 'entity_id', name=op.f('pk_sync_row')),
    )
    with op.batch_alter_table('sync_row', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_row_skp_id'), ['skp_id'], unique=False)
    op.create_table(
        'sync_ref',
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=False),
        sa.Column('column', sa.String(length=40), nullable=False),
        sa.Column('target_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('entity', 'entity_id', 'column', name=op.f('pk_sync_ref')),
    )
    with op.batch_alter_table('sync_ref', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_ref_target_id'), ['target_id'], unique=False)
    op.create_table(
        'sync_conflict',
        sa.Column('id', sa.String(length=12), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('entity', sa.String(length=40), nullable=False),
        sa.Column('entity_id', sa.String(length=36), nullable=False),
        sa.Column('field', sa.String(length=40), nullable=True),
        sa.Column('opened_hlc', sa.String(length=24), nullable=False),
        sa.Column('current', sa.Text(), nullable=False),
        sa.Column('sides', sa.Text(), nullable=False),
        sa.Column('row', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_entity_id'), ['entity_id'], unique=False)

    conn = op.get_bind()
    epochs: dict = {}
    for skp_id, fields in conn.exec_driver_sql(
            "SELECT entity_id, fields FROM journal WHERE entity = 'skp' AND op = 'update' "
            "AND fields LIKE '%\"status\"%' ORDER BY device_id, seq"):
        try:
            old, new = json.loads(fields)["status"]
        except (TypeError, ValueError, KeyError):
            continue
        if new == "draft" and old in ("diajukan", "disetujui"):
            epochs[skp_id] = epochs.get(skp_id, 0) + 1
    if epochs:
        conn.exec_driver_sql("UPDATE skp SET epoch = ? WHERE id = ?",
                             [(n, skp_id) for skp_id, n in epochs.items()])


def downgrade() -> None:
    op.drop_table('sync_conflict')
    op.drop_table('sync_ref')
    op.drop_table('sync_row')
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.drop_column('epoch')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_column('vv')
        batch_op.drop_column('ctx')
        batch_op.drop_column('base')
