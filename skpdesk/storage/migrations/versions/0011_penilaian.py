"""penilaian: evaluations, predikat organisasi, keberatan, advisory inputs

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30

New synced tables only (nothing existing is copied): `evaluasi` (one row per revision of an
SKP's evaluation for a period), `predikat_organisasi` (per unit and period), `keberatan` (one per
evaluation revision) and `masukan_penilaian` (advisory inputs). See `storage/evaluation_tables.py`.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('predikat_organisasi',
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('predikat', sa.String(length=20), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=False),
    sa.Column('set_by_id', sa.String(length=36), nullable=True),
    sa.Column('set_by_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['set_by_id'], ['pegawai.id'], name=op.f('fk_predikat_organisasi_set_by_id_pegawai')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit_kerja.id'], name=op.f('fk_predikat_organisasi_unit_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_predikat_organisasi'))
    )
    with op.batch_alter_table('predikat_organisasi', schema=None) as batch_op:
        batch_op.create_index('ix_predikat_organisasi_unit_id_period', ['unit_id', 'period'], unique=False)

    op.create_table('evaluasi',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('rating_hasil', sa.String(length=10), nullable=False),
    sa.Column('rating_perilaku', sa.String(length=10), nullable=False),
    sa.Column('predikat', sa.String(length=20), nullable=False),
    sa.Column('predikat_override', sa.Integer(), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('org_predikat', sa.String(length=20), nullable=False),
    sa.Column('hasil_from_org', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('unit_id', sa.String(length=36), nullable=True),
    sa.Column('penilai_id', sa.String(length=36), nullable=True),
    sa.Column('atasan_id', sa.String(length=36), nullable=True),
    sa.Column('rated_on', sa.Date(), nullable=True),
    sa.Column('rated_by_name', sa.String(length=200), nullable=False),
    sa.Column('set_on', sa.Date(), nullable=True),
    sa.Column('final_on', sa.Date(), nullable=True),
    sa.Column('reopen_reason', sa.Text(), nullable=False),
    sa.Column('self_hasil', sa.String(length=10), nullable=False),
    sa.Column('self_perilaku', sa.String(length=10), nullable=False),
    sa.Column('self_reflection', sa.Text(), nullable=False),
    sa.Column('self_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['atasan_id'], ['pegawai.id'], name=op.f('fk_evaluasi_atasan_id_pegawai')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['penilai_id'], ['pegawai.id'], name=op.f('fk_evaluasi_penilai_id_pegawai')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_evaluasi_skp_id_skp')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit_kerja.id'], name=op.f('fk_evaluasi_unit_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluasi'))
    )
    with op.batch_alter_table('evaluasi', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluasi_atasan_id'), ['atasan_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evaluasi_pegawai_id'), ['pegawai_id'], unique=False)
        batch_op.create_index('ix_evaluasi_penilai_id_period', ['penilai_id', 'period'], unique=False)
        batch_op.create_index('ix_evaluasi_skp_id_period', ['skp_id', 'period'], unique=False)
        batch_op.create_index('ix_evaluasi_unit_id_period', ['unit_id', 'period'], unique=False)

    op.create_table('masukan_penilaian',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('rating', sa.String(length=10), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('recorded_by_id', sa.String(length=36), nullable=True),
    sa.Column('recorded_by_name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_masukan_penilaian_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['pegawai.id'], name=op.f('fk_masukan_penilaian_recorded_by_id_pegawai')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_masukan_penilaian_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_masukan_penilaian'))
    )
    with op.batch_alter_table('masukan_penilaian', schema=None) as batch_op:
        batch_op.create_index('ix_masukan_penilaian_skp_id_period', ['skp_id', 'period'], unique=False)

    op.create_table('keberatan',
    sa.Column('evaluasi_id', sa.String(length=36), nullable=False),
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('period', sa.String(length=12), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=False),
    sa.Column('filed_by_id', sa.String(length=36), nullable=True),
    sa.Column('filed_by_name', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('atasan_id', sa.String(length=36), nullable=True),
    sa.Column('atasan_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('penilai_explanation', sa.Text(), nullable=False),
    sa.Column('penilai_explained_on', sa.Date(), nullable=True),
    sa.Column('pegawai_explanation', sa.Text(), nullable=False),
    sa.Column('pegawai_explained_on', sa.Date(), nullable=True),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('new_hasil', sa.String(length=10), nullable=False),
    sa.Column('new_perilaku', sa.String(length=10), nullable=False),
    sa.Column('decision_note', sa.Text(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decided_by_id', sa.String(length=36), nullable=True),
    sa.Column('decided_by_name', sa.String(length=200), nullable=False),
    sa.Column('result_evaluasi_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['atasan_id'], ['pegawai.id'], name=op.f('fk_keberatan_atasan_id_pegawai')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['pegawai.id'], name=op.f('fk_keberatan_decided_by_id_pegawai')),
    sa.ForeignKeyConstraint(['evaluasi_id'], ['evaluasi.id'], name=op.f('fk_keberatan_evaluasi_id_evaluasi')),
    sa.ForeignKeyConstraint(['filed_by_id'], ['pegawai.id'], name=op.f('fk_keberatan_filed_by_id_pegawai')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_keberatan_pegawai_id_pegawai')),
    sa.ForeignKeyConstraint(['result_evaluasi_id'], ['evaluasi.id'], name=op.f('fk_keberatan_result_evaluasi_id_evaluasi')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_keberatan_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_keberatan'))
    )
    with op.batch_alter_table('keberatan', schema=None) as batch_op:
        batch_op.create_index('ix_keberatan_atasan_id_status', ['atasan_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_keberatan_evaluasi_id'), ['evaluasi_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('keberatan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_keberatan_evaluasi_id'))
        batch_op.drop_index('ix_keberatan_atasan_id_status')

    op.drop_table('keberatan')
    with op.batch_alter_table('masukan_penilaian', schema=None) as batch_op:
        batch_op.drop_index('ix_masukan_penilaian_skp_id_period')

    op.drop_table('masukan_penilaian')
    with op.batch_alter_table('evaluasi', schema=None) as batch_op:
        batch_op.drop_index('ix_evaluasi_unit_id_period')
        batch_op.drop_index('ix_evaluasi_skp_id_period')
        batch_op.drop_index('ix_evaluasi_penilai_id_period')
        batch_op.drop_index(batch_op.f('ix_evaluasi_pegawai_id'))
        batch_op.drop_index(batch_op.f('ix_evaluasi_atasan_id'))

    op.drop_table('evaluasi')
    with op.batch_alter_table('predikat_organisasi', schema=None) as batch_op:
        batch_op.drop_index('ix_predikat_organisasi_unit_id_period')

    op.drop_table('predikat_organisasi')
