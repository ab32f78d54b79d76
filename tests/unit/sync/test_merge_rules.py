"""The merge function on hand-made operations (pure: no database), and the per-table rules."""

import json

from skpdesk.domain.merge import Op, RowSpec, merge_row, workflow_of
from skpdesk.domain.sync import ConflictKind, MergeClass, SyncRule
from skpdesk.storage import sync_specs
from skpdesk.storage.tables import Base

SPEC = RowSpec("rhk", ("text", "position"), {}, MergeClass.MUTABLE, owned=True)
SKP = RowSpec("skp", ("status", "status_note", "epoch", "revision", "approach"),
              {"revision": 1, "epoch": 0, "status_note": ""}, MergeClass.WORKFLOW, owned=True)


def op(device, seq, kind, fields, *, base=None, hlc=None, ctx=None, vv=None, entity="rhk", rid="r1"):
    return Op(f"{device}{seq}", device, seq, hlc or f"{seq:013d}-00000", "t", "2026-01-01", kind,
              entity, rid, fields, base, ctx, vv)


def test_every_table_declares_its_merge_class():
    assert sync_specs.undeclared_tables() == []
    for name, cls in sync_specs.classes().items():
        rule = cls.__sync__
        assert isinstance(rule, SyncRule)
        fks = {fk.parent.name: fk.column.table.name for fk in cls.__table__.foreign_keys}
        assert {**rule.required_parents, **rule.optional_parents} == fks, name
        for col in rule.required_parents:
            assert not cls.__table__.c[col].nullable, (name, col)
    assert sync_specs.rule("printed_document").merge is MergeClass.APPEND_ONLY
    assert sync_specs.rule("skp").merge is MergeClass.WORKFLOW
    assert all(Base.metadata.tables)  # local tables are declared too (journal, caches)


def test_order_of_operations_does_not_matter_and_concurrent_writes_conflict():
    ins = op("a", 1, "insert", {"text": [None, "x"], "position": [None, 1]})
    ea = op("a", 2, "update", {"text": ["x", "A"]}, base={"text": ["a:1"]}, hlc="0000000000005-00000")
    eb = op("b", 1, "update", {"text": ["x", "B"]}, base={"text": ["a:1"]}, hlc="0000000000004-00000")
    one = merge_row(SPEC, "r1", [ins, ea, eb])
    two = merge_row(SPEC, "r1", [eb, ins, ea, eb])
    assert one.values == two.values and one.values["text"] == "A"
    [c] = one.conflicts
    assert c.kind is ConflictKind.VALUE and c.field == "text" and len(c.sides) == 2
    fix = op("b", 2, "update", {"text": ["B", "C"]}, base={"text": ["a:2", "b:1"]})
    assert merge_row(SPEC, "r1", [ins, ea, eb, fix]).conflicts == []


def test_equal_values_are_no_conflict_and_a_later_write_of_one_device_replaces_its_earlier():
    ins = op("a", 1, "insert", {"text": [None, "x"], "position": [None, 1]})
    ea = op("a", 2, "update", {"text": ["x", "same"]}, base={"text": ["a:1"]})
    eb = op("b", 1, "update", {"text": ["x", "same"]}, base={"text": ["a:1"]})
    assert merge_row(SPEC, "r1", [ins, ea, eb]).conflicts == []
    legacy = [op("a", 1, "insert", {"text": [None, "x"], "position": [None, 1]}),
              op("a", 2, "update", {"text": ["x", "y"]})]  # written before sync: no base
    state = merge_row(SPEC, "r1", legacy)
    assert state.values["text"] == "y" and state.heads["text"] == ["a:2"]


def test_delete_that_did_not_see_an_edit_is_delete_edit_and_a_restore_brings_the_row_back():
    ins = op("a", 1, "insert", {"text": [None, "x"], "position": [None, 1]})
    dele = op("a", 2, "delete", {"text": ["x", None]},
              base={"text": ["a:1"], "position": ["a:1"], "_exists": ["a:1"]})
    edit = op("b", 1, "update", {"text": ["x", "B"]}, base={"text": ["a:1"]})
    state = merge_row(SPEC, "r1", [ins, dele, edit])
    assert not state.exists and [c.kind for c in state.conflicts] == [ConflictKind.DELETE_EDIT]
    assert merge_row(SPEC, "r1", [ins, dele]).conflicts == []  # a plain delete
    restore = op("c", 1, "update", {"_exists": [False, True]}, base={"_exists": ["a:2"]})
    back = merge_row(SPEC, "r1", [ins, dele, edit, restore])
    assert back.exists and back.values["text"] == "B" and back.conflicts == []


def test_workflow_moves_forward_by_epoch_and_rank_and_content_is_frozen_per_epoch():
    ctx0 = {"skp": "s", "epoch": 0}
    ins = op("a", 1, "insert", {"status": [None, "draft"], "status_note": [None, ""],
                                "epoch": [None, 0], "revision": [None, 1], "approach": [None, "k"]},
             entity="skp", rid="s", ctx=ctx0)
    submit = op("a", 2, "update", {"status": ["draft", "diajukan"], "status_note": ["", ""],
                                   "epoch": [0, 0]}, base={"status": ["a:1"]}, entity="skp",
                rid="s", ctx=ctx0, vv={"a": 1})
    back = op("b", 1, "update", {"status": ["diajukan", "draft"], "status_note": ["", "x"],
                                 "epoch": [0, 1]}, base={"status": ["a:2"]}, entity="skp",
              rid="s", ctx={"skp": "s", "epoch": 1}, vv={"a": 2}, hlc="0000000000000-00001")
    approve = op("a", 3, "update", {"status": ["diajukan", "disetujui"], "status_note": ["", ""],
                                    "epoch": [0, 0]}, base={"status": ["a:2"]}, entity="skp",
                 rid="s", ctx=ctx0, vv={"a": 2})
    skp_ops = [ins, submit, back, approve]
    state = merge_row(SKP, "s", skp_ops, workflow_of(skp_ops))
    assert state.values["status"] == "draft" and state.values["epoch"] == 1
    assert [c.kind for c in state.conflicts] == [ConflictKind.WORKFLOW]
    # an RHK edit of epoch 0 that the submit had not seen is frozen, not applied
    rins = op("a", 0, "insert", {"text": [None, "x"], "position": [None, 1]}, ctx=ctx0)
    late = op("c", 1, "update", {"text": ["x", "late"]}, base={"text": ["a:0"]}, ctx=ctx0)
    rhk = merge_row(SPEC, "r1", [rins, late], workflow_of(skp_ops))
    assert rhk.values["text"] == "x" and [c.kind for c in rhk.conflicts] == [ConflictKind.FROZEN_EDIT]
    dismiss = op("a", 9, "resolve", {"_resolve": [None, {"dismiss": ["c:1"]}]}, ctx=ctx0)
    assert merge_row(SPEC, "r1", [rins, late, dismiss], workflow_of(skp_ops)).conflicts == []
    # the same edit in epoch 1 (after the return) applies
    new = op("c", 2, "update", {"text": ["x", "epoch1"]}, base={"text": ["a:0"]},
             ctx={"skp": "s", "epoch": 1})
    assert merge_row(SPEC, "r1", [rins, new], workflow_of(skp_ops)).values["text"] == "epoch1"


def test_revision_is_the_greatest_written():
    ins = op("a", 1, "insert", {"status": [None, "draft"], "revision": [None, 3]}, entity="skp", rid="s")
    other = op("b", 1, "update", {"revision": [3, 2]}, base={"revision": ["a:1"]}, entity="skp",
               rid="s", hlc="9999999999999-00000")
    state = merge_row(SKP, "s", [ins, other], workflow_of([ins, other]))
    assert state.values["revision"] == 3 and state.conflicts == []


def test_wire_text_round_trips_into_an_op():
    o = Op.from_columns("i", "d", 1, "0000000000001-00000", "t", "rhk", "r", "insert",
                        json.dumps({"text": [None, "x"]}), "at", json.dumps({}), None, None)
    assert o.writes() == {"text": "x", "_exists": True} and o.base == {}
