"""journal hash chain per device, and the head of this device's chain in local_state

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Existing entries are chained during the upgrade, per device in seq order, exactly as the
journal hook chains new ones. A gap already in the journal stays a gap (`skpdesk check` reports
it); the chain simply links the entries that exist. The columns stay nullable: making them NOT
NULL would make SQLite copy the whole journal table (the 2,000-pegawai office's file grew from
63 to 114 MB that way), and an entry without a hash is reported by `check` anyway ("unhashed").
"""
import hashlib
import json

from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Frozen copy of `skpdesk.domain.journal_chain.entry_hash` (version 1): a migration must keep
# producing the same result whatever the application code later becomes.
CHAIN_TAG = "skpdesk-journal-chain-v1"
GENESIS = "0" * 64
CONTENT = ("id", "device_id", "seq", "hlc", "actor", "entity", "entity_id", "op", "fields", "at")


def _odd(value):
    if isinstance(value, bytes):
        return {"bytes": value.hex()}
    return {"repr": repr(value)}


def _hash(prev: str, row) -> str:
    canonical = json.dumps([CHAIN_TAG, prev, *row], ensure_ascii=False, separators=(",", ":"),
                           default=_odd)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    with op.batch_alter_table('local_state', schema=None) as batch_op:
        batch_op.add_column(sa.Column('journal_head', sa.String(length=64), nullable=True))

    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        f"SELECT {', '.join(CONTENT)} FROM journal ORDER BY device_id, seq").fetchall()
    updates, heads = [], {}
    for row in rows:
        device = row[1]
        prev = heads.get(device, GENESIS)
        heads[device] = _hash(prev, row)
        updates.append((prev, heads[device], row[0]))
    if updates:
        conn.exec_driver_sql("UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", updates)
    for (device,) in conn.exec_driver_sql("SELECT device_id FROM local_state").fetchall():
        conn.exec_driver_sql("UPDATE local_state SET journal_head = ? WHERE device_id = ?",
                             (heads.get(device, GENESIS), device))


def downgrade() -> None:
    with op.batch_alter_table('local_state', schema=None) as batch_op:
        batch_op.drop_column('journal_head')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
