"""periods (rhythm per year, batas pengisian), rencana aksi, realisasi and bukti dukung

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

New synced tables only (nothing existing is copied). Bukti dukung files live in `attachments/`
beside the database, named by their SHA-256; the table keeps the reference (`file_ref`).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('batas_periode',
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_batas_periode'))
    )
    with op.batch_alter_table('batas_periode', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_batas_periode_period'), ['period'], unique=False)

    op.create_table('periode_tahun',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rhythm', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_periode_tahun'))
    )
    with op.batch_alter_table('periode_tahun', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_periode_tahun_year'), ['year'], unique=False)

    op.create_table('rencana_aksi',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('rhk_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('target', sa.String(length=100), nullable=False),
    sa.Column('updated_on', sa.Date(), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['author_id'], ['pegawai.id'], name=op.f('fk_rencana_aksi_author_id_pegawai')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_rencana_aksi_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_rencana_aksi_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rencana_aksi'))
    )
    with op.batch_alter_table('rencana_aksi', schema=None) as batch_op:
        batch_op.create_index('ix_rencana_aksi_rhk_id_period', ['rhk_id', 'period'], unique=False)
        batch_op.create_index(batch_op.f('ix_rencana_aksi_skp_id'), ['skp_id'], unique=False)

    op.create_table('bukti_dukung',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('rhk_id', sa.String(length=36), nullable=False),
    sa.Column('indikator_id', sa.String(length=36), nullable=True),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('file_ref', sa.String(length=80), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=120), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('link', sa.Text(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('added_on', sa.Date(), nullable=False),
    sa.Column('added_by_id', sa.String(length=36), nullable=True),
    sa.Column('added_by_name', sa.String(length=200), nullable=False),
    sa.Column('replaces_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=False),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('verified_by_id', sa.String(length=36), nullable=True),
    sa.Column('verified_by_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['pegawai.id'], name=op.f('fk_bukti_dukung_added_by_id_pegawai')),
    sa.ForeignKeyConstraint(['indikator_id'], ['indikator.id'], name=op.f('fk_bukti_dukung_indikator_id_indikator')),
    sa.ForeignKeyConstraint(['replaces_id'], ['bukti_dukung.id'], name=op.f('fk_bukti_dukung_replaces_id_bukti_dukung')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_bukti_dukung_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_bukti_dukung_skp_id_skp')),
    sa.ForeignKeyConstraint(['verified_by_id'], ['pegawai.id'], name=op.f('fk_bukti_dukung_verified_by_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bukti_dukung'))
    )
    with op.batch_alter_table('bukti_dukung', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bukti_dukung_replaces_id'), ['replaces_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bukti_dukung_rhk_id'), ['rhk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bukti_dukung_sha256'), ['sha256'], unique=False)
        batch_op.create_index('ix_bukti_dukung_skp_id_period', ['skp_id', 'period'], unique=False)
        batch_op.create_index('ix_bukti_dukung_status', ['status'], unique=False)

    op.create_table('realisasi',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('rhk_id', sa.String(length=36), nullable=False),
    sa.Column('indikator_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('entered_on', sa.Date(), nullable=False),
    sa.Column('entered_by_id', sa.String(length=36), nullable=True),
    sa.Column('entered_by_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['entered_by_id'], ['pegawai.id'], name=op.f('fk_realisasi_entered_by_id_pegawai')),
    sa.ForeignKeyConstraint(['indikator_id'], ['indikator.id'], name=op.f('fk_realisasi_indikator_id_indikator')),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_realisasi_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_realisasi_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_realisasi'))
    )
    with op.batch_alter_table('realisasi', schema=None) as batch_op:
        batch_op.create_index('ix_realisasi_indikator_id_period', ['indikator_id', 'period'], unique=False)
        batch_op.create_index(batch_op.f('ix_realisasi_skp_id'), ['skp_id'], unique=False)



def downgrade() -> None:
    for table in ("realisasi", "bukti_dukung", "rencana_aksi", "periode_tahun", "batas_periode"):
        op.drop_table(table)
