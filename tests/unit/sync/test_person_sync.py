"""The journal's `person` (who was acting) travels with the operations and verifies on arrival."""

import pytest

from skpdesk.sync.operations import BadOperation, decode_ops, encode_ops

from ..helpers_office import NIP_KABID, three_levels
from .replicas import Replica


def test_person_travels_in_bundle_lines_and_the_receiver_checks_clean(tmp_path):
    a, b = Replica(tmp_path / "a", "a"), Replica(tmp_path / "b", "b")
    try:
        a.s.office.init_office("Dinas Contoh", "Wonosari")
        head, kabid, staff = three_levels(a.s)  # nobody acting yet: entries without person
        a.s.acting.set_me(NIP_KABID)
        skp = a.s.skp.create(staff.id, 2026).value
        ops = a.s.sync.operations_since(b.s.sync.version_vector())
        wire = encode_ops(ops)
        lines = wire.decode().splitlines()
        assert '"person"' not in lines[0]  # unset: the line is as before schema 0008
        assert any(f'"person":"{{\\"name\\": \\"{kabid.full_name}' in line for line in lines)
        received = decode_ops(wire)  # each op's own hash, person included, verifies
        assert received == ops
        b.s.sync.apply(received)
        assert b.rows() == a.rows()
        with b.db.reader() as r:
            mine = [e for e in r.journal.for_entity(skp.id)]
        assert mine and mine[0].person == {"nip": NIP_KABID, "name": kabid.full_name}
        assert b.s.integrity.run().ok
        # a forged person on the wire breaks that operation's hash
        forged = [dict(op) for op in ops]
        for op in forged:
            if op.get("person"):
                op["person"] = op["person"].replace(kabid.name, "Orang Lain")
        with pytest.raises(BadOperation, match="hash"):
            decode_ops(encode_ops(forged))
    finally:
        a.close()
        b.close()
