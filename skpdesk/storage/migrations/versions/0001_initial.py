"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('core_value',
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('guide_1', sa.Text(), nullable=False),
    sa.Column('guide_2', sa.Text(), nullable=False),
    sa.Column('guide_3', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_core_value')),
    sa.UniqueConstraint('number', name=op.f('uq_core_value_number'))
    )
    op.create_table('instansi',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('logo_path', sa.String(length=500), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_instansi'))
    )
    op.create_table('journal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal')),
    sa.UniqueConstraint('device_id', 'seq', name=op.f('uq_journal_device_id_seq'))
    )
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.create_index('ix_journal_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_hlc'), ['hlc'], unique=False)

    op.create_table('local_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.Column('next_seq', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_state'))
    )
    op.create_table('unit_kerja',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['unit_kerja.id'], name=op.f('fk_unit_kerja_parent_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_unit_kerja'))
    )
    with op.batch_alter_table('unit_kerja', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_kerja_parent_id'), ['parent_id'], unique=False)

    op.create_table('pegawai',
    sa.Column('nip', sa.String(length=30), nullable=True),
    sa.Column('asn_type', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('front_title', sa.String(length=50), nullable=False),
    sa.Column('back_title', sa.String(length=100), nullable=False),
    sa.Column('rank_code', sa.String(length=10), nullable=True),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('position_kind', sa.String(length=20), nullable=False),
    sa.Column('jenjang', sa.String(length=30), nullable=True),
    sa.Column('unit_id', sa.String(length=36), nullable=False),
    sa.Column('supervisor_id', sa.String(length=36), nullable=True),
    sa.Column('appraiser_override_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['appraiser_override_id'], ['pegawai.id'], name=op.f('fk_pegawai_appraiser_override_id_pegawai')),
    sa.ForeignKeyConstraint(['supervisor_id'], ['pegawai.id'], name=op.f('fk_pegawai_supervisor_id_pegawai')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit_kerja.id'], name=op.f('fk_pegawai_unit_id_unit_kerja')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pegawai')),
    sa.UniqueConstraint('nip', name=op.f('uq_pegawai_nip'))
    )
    with op.batch_alter_table('pegawai', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pegawai_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_pegawai_supervisor_id'), ['supervisor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pegawai_unit_id'), ['unit_id'], unique=False)

    op.create_table('skp',
    sa.Column('pegawai_id', sa.String(length=36), nullable=False),
    sa.Column('appraiser_id', sa.String(length=36), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('approach', sa.String(length=20), nullable=False),
    sa.Column('form', sa.String(length=10), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('unit_path', sa.String(length=500), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['appraiser_id'], ['pegawai.id'], name=op.f('fk_skp_appraiser_id_pegawai')),
    sa.ForeignKeyConstraint(['pegawai_id'], ['pegawai.id'], name=op.f('fk_skp_pegawai_id_pegawai')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skp')),
    sa.UniqueConstraint('pegawai_id', 'period_start', name=op.f('uq_skp_pegawai_id_period_start'))
    )
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.create_index('ix_skp_year_pegawai', ['year', 'pegawai_id'], unique=False)

    op.create_table('lampiran_item',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('section', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_lampiran_item_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lampiran_item'))
    )
    with op.batch_alter_table('lampiran_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lampiran_item_skp_id'), ['skp_id'], unique=False)

    op.create_table('perilaku_kerja',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('core_value_id', sa.String(length=36), nullable=False),
    sa.Column('expectation', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['core_value_id'], ['core_value.id'], name=op.f('fk_perilaku_kerja_core_value_id_core_value')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_perilaku_kerja_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_perilaku_kerja')),
    sa.UniqueConstraint('skp_id', 'core_value_id', name=op.f('uq_perilaku_kerja_skp_id_core_value_id'))
    )
    with op.batch_alter_table('perilaku_kerja', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_perilaku_kerja_skp_id'), ['skp_id'], unique=False)

    op.create_table('rhk',
    sa.Column('skp_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('parent_rhk_id', sa.String(length=36), nullable=True),
    sa.Column('perspective', sa.String(length=30), nullable=True),
    sa.Column('assignment_from', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['parent_rhk_id'], ['rhk.id'], name=op.f('fk_rhk_parent_rhk_id_rhk')),
    sa.ForeignKeyConstraint(['skp_id'], ['skp.id'], name=op.f('fk_rhk_skp_id_skp')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rhk'))
    )
    with op.batch_alter_table('rhk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rhk_parent_rhk_id'), ['parent_rhk_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rhk_skp_id'), ['skp_id'], unique=False)

    op.create_table('indikator',
    sa.Column('rhk_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('aspect', sa.String(length=20), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('target_value', sa.String(length=100), nullable=False),
    sa.Column('target_unit', sa.String(length=100), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('hlc', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['rhk_id'], ['rhk.id'], name=op.f('fk_indikator_rhk_id_rhk')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indikator'))
    )
    with op.batch_alter_table('indikator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indikator_rhk_id'), ['rhk_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('indikator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indikator_rhk_id'))

    op.drop_table('indikator')
    with op.batch_alter_table('rhk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rhk_skp_id'))
        batch_op.drop_index(batch_op.f('ix_rhk_parent_rhk_id'))

    op.drop_table('rhk')
    with op.batch_alter_table('perilaku_kerja', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_perilaku_kerja_skp_id'))

    op.drop_table('perilaku_kerja')
    with op.batch_alter_table('lampiran_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lampiran_item_skp_id'))

    op.drop_table('lampiran_item')
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.drop_index('ix_skp_year_pegawai')

    op.drop_table('skp')
    with op.batch_alter_table('pegawai', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pegawai_unit_id'))
        batch_op.drop_index(batch_op.f('ix_pegawai_supervisor_id'))
        batch_op.drop_index(batch_op.f('ix_pegawai_name'))

    op.drop_table('pegawai')
    with op.batch_alter_table('unit_kerja', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_kerja_parent_id'))

    op.drop_table('unit_kerja')
    op.drop_table('local_state')
    with op.batch_alter_table('journal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_hlc'))
        batch_op.drop_index('ix_journal_entity')

    op.drop_table('journal')
    op.drop_table('instansi')
    op.drop_table('core_value')
