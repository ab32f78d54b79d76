"""dialog kinerja, bimbingan kinerja, umpan balik berkelanjutan, tindak lanjut, B.1.8 / B.1.9, and
the full-text search index over their words

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

New synced tables only (nothing existing is copied). `search_index` is an FTS5 table derived
from the records (never synced, rebuilt by `skpdesk.storage.search_index`); diacritics are folded
by the unicode61 tokenizer and prefix indexes make "pelayan*" cheap.
"""
from alembic import op
import sqlalchemy as sa

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# The FTS5 index (not an ORM table: `skpdesk.storage.search_index.SEARCH_INDEX_DDL` is the same
# text; tests/unit/test_migrations.py excludes its tables from the metadata comparison).
SEARCH_INDEX_DDL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, "
    "entity UNINDEXED, entity_id UNINDEXED, pegawai_id UNINDEXED, readers UNINDEXED, "
    "at UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')")


def upgrade() -> None:
    op.create_table('dialog_kinerja',
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.String(length=5), nullable=False),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('online', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('led_by_id', sa.String(length=36), nullable=True),
    sa.Column('led_by_name', sa.String(length=200), nullable=False),
    sa.Column('led_by_role', sa.String(length=200), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('confidential', sa.Integer(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('closed_by', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['pegawai.id'], name=op.f('fk_dialog_kinerja_author_id_pegawai')),
    sa.ForeignKeyConstraint(['led_by_id'], ['pegawai.id'], name=op.f('fk_dialog_kinerja_led_by_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialog_kinerja'))
    )
    op.create_index('ix_dialog_kinerja_held_on', 'dialog_kinerja', ['held_on'], unique=False)
    op.create_table('dialog_adendum',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('written_at', sa.String(length=32), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['pegawai.id'], name=op.f('fk_dialog_adendum_author_id_pegawai')),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_dialog_adendum_dialog_id_dialog_kinerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialog_adendum'))
    )
    op.create_index(op.f('ix_dialog_adendum_dialog_id'), 'dialog_adendum', ['dialog_id'], unique=False)
    op.create_table('dialog_peserta',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_dialog_peserta_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_dialog_peserta_pegawai_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialog_peserta'))
    )
    op.create_index('ix_dialog_peserta_dialog_id_pegawai_id', 'dialog_peserta', ['dialog_id', 'pegawai_id'], unique=False)
    op.create_index(op.f('ix_dialog_peserta_pegawai_id'), 'dialog_peserta', ['pegawai_id'], unique=False)
    op.create_table('evaluasi_kompetensi',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('evaluator_id', sa.String(length=36), nullable=True),
    sa.Column('evaluator_name', sa.String(length=200), nullable=False),
    sa.Column('evaluator_role', sa.String(length=200), nullable=False),
    sa.Column('evaluated_on', sa.Date(), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_evaluasi_kompetensi_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['evaluator_id'], ['pegawai.id'], name=op.f('fk_evaluasi_kompetensi_evaluator_id_pegawai')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_kompetensi_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['evaluasi_kompetensi.id'], name=op.f('fk_evaluasi_kompetensi_supersedes_id_evaluasi_kompetensi')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi_kompetensi'))
    )
    op.create_index(op.f('ix_evaluasi_kompetensi_dialog_id'), 'evaluasi_kompetensi', ['dialog_id'], unique=False)
    op.create_table('umpan_balik_bimbingan',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=False),
    sa.Column('scale', sa.Text(), nullable=False),
    sa.Column('answers', sa.Text(), nullable=False),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_umpan_balik_bimbingan_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_umpan_balik_bimbingan_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['umpan_balik_bimbingan.id'], name=op.f('fk_umpan_balik_bimbingan_supersedes_id_umpan_balik_bimbingan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_umpan_balik_bimbingan'))
    )
    op.create_index(op.f('ix_umpan_balik_bimbingan_dialog_id'), 'umpan_balik_bimbingan', ['dialog_id'], unique=False)
    op.create_table('dialog_topik',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('rhk_id', sa.String(length=36), nullable=True),
    sa.Column('core_value_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['core_value_id'], ['core_value.id'], name=op.f('fk_dialog_topik_core_value_id_core_value')),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_dialog_topik_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_dialog_topik_rhk_id_rhk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dialog_topik'))
    )
    op.create_index(op.f('ix_dialog_topik_dialog_id'), 'dialog_topik', ['dialog_id'], unique=False)
    op.create_table('tindak_lanjut',
    sa.Column('dialog_id', sa.String(length=36), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('status_on', sa.Date(), nullable=True),
    sa.Column('rhk_id', sa.String(length=36), nullable=True),
    sa.Column('core_value_id', sa.String(length=36), nullable=True),
    sa.Column('closed_in_dialog_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['closed_in_dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_tindak_lanjut_closed_in_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['core_value_id'], ['core_value.id'], name=op.f('fk_tindak_lanjut_core_value_id_core_value')),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_tindak_lanjut_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['owner_id'], ['pegawai.id'], name=op.f('fk_tindak_lanjut_owner_id_pegawai')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_tindak_lanjut_rhk_id_rhk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tindak_lanjut'))
    )
    op.create_index(op.f('ix_tindak_lanjut_dialog_id'), 'tindak_lanjut', ['dialog_id'], unique=False)
    op.create_index('ix_tindak_lanjut_owner_status_due', 'tindak_lanjut', ['owner_id', 'status', 'due_on'], unique=False)
    op.create_table('umpan_balik',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('rhk_id', sa.String(length=36), nullable=True),
    sa.Column('core_value_id', sa.String(length=36), nullable=True),
    sa.Column('period', sa.String(length=10), nullable=False),
    sa.Column('target_label', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('dialog_id', sa.String(length=36), nullable=True),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['pegawai.id'], name=op.f('fk_umpan_balik_author_id_pegawai')),
    sa.ForeignKeyConstraint(['core_value_id'], ['core_value.id'], name=op.f('fk_umpan_balik_core_value_id_core_value')),
    sa.ForeignKeyConstraint(['dialog_id'], ['dialog_kinerja.id'], name=op.f('fk_umpan_balik_dialog_id_dialog_kinerja')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_umpan_balik_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_umpan_balik_skp_id_skp')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['umpan_balik.id'], name=op.f('fk_umpan_balik_supersedes_id_umpan_balik')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_umpan_balik'))
    )
    op.create_index(op.f('ix_umpan_balik_skp_id'), 'umpan_balik', ['skp_id'], unique=False)
    op.execute(SEARCH_INDEX_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    op.drop_index(op.f('ix_umpan_balik_skp_id'), table_name='umpan_balik')
    op.drop_table('umpan_balik')
    op.drop_index('ix_tindak_lanjut_owner_status_due', table_name='tindak_lanjut')
    op.drop_index(op.f('ix_tindak_lanjut_dialog_id'), table_name='tindak_lanjut')
    op.drop_table('tindak_lanjut')
    op.drop_index(op.f('ix_dialog_topik_dialog_id'), table_name='dialog_topik')
    op.drop_table('dialog_topik')
    op.drop_index(op.f('ix_umpan_balik_bimbingan_dialog_id'), table_name='umpan_balik_bimbingan')
    op.drop_table('umpan_balik_bimbingan')
    op.drop_index(op.f('ix_evaluasi_kompetensi_dialog_id'), table_name='evaluasi_kompetensi')
    op.drop_table('evaluasi_kompetensi')
    op.drop_index(op.f('ix_dialog_peserta_pegawai_id'), table_name='dialog_peserta')
    op.drop_index('ix_dialog_peserta_dialog_id_pegawai_id', table_name='dialog_peserta')
    op.drop_table('dialog_peserta')
    op.drop_index(op.f('ix_dialog_adendum_dialog_id'), table_name='dialog_adendum')
    op.drop_table('dialog_adendum')
    op.drop_index('ix_dialog_kinerja_held_on', table_name='dialog_kinerja')
    op.drop_table('dialog_kinerja')
