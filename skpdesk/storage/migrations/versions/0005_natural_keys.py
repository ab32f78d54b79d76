"""natural keys without UNIQUE constraints (plain indexes), so sync can hold both rows of a key

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Two replicas may each create a row of one natural key (a NIP, an SKP for the same pegawai and
period, a setting, a core value, a printed code) before they meet. Merging them must never fail
on a UNIQUE constraint, so the constraints become plain indexes (the lookups stay fast); the
services still refuse a duplicate on a local write, and reads pick the lowest id.

SQLite cannot drop a table constraint in place: batch mode copies each table. These tables are
referenced by others, so `storage.migrate.upgrade` runs migrations with foreign keys switched
off (as SQLite's table-rebuild procedure requires) and checks them before committing.
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# table -> (unique constraint name, index name, columns)
KEYS = [
    ('pegawai', 'uq_pegawai_nip', 'ix_pegawai_nip', ['nip']),
    ('skp', 'uq_skp_pegawai_id_period_start', 'ix_skp_pegawai_id_period_start',
     ['pegawai_id', 'period_start']),
    ('perilaku_kerja', 'uq_perilaku_kerja_skp_id_core_value_id',
     'ix_perilaku_kerja_skp_id_core_value_id', ['skp_id', 'core_value_id']),
    ('office_setting', 'uq_office_setting_key', 'ix_office_setting_key', ['key']),
    ('core_value', 'uq_core_value_number', 'ix_core_value_number', ['number']),
    ('printed_document', 'uq_printed_document_code', 'ix_printed_document_code', ['code']),
]


def upgrade() -> None:
    for table, unique, index, columns in KEYS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(unique, type_='unique')
            batch_op.create_index(index, columns, unique=False)


def downgrade() -> None:
    # Only possible while no natural key is held twice (a synced replica may hold duplicates).
    for table, unique, index, columns in reversed(KEYS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)
            batch_op.create_unique_constraint(unique, columns)
