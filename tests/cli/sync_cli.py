"""Replicas driven through the real `skpdesk` entry point, for the sync tests.

`Replica` is one database file (a laptop or the central copy) in its own folder under
tmp_path; `replica.run(...)` calls `skpdesk.app.main` in-process with `--db` (and `--json`),
each replica on its own machine id (SKPDESK_MACHINE_ID), as on separate computers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from skpdesk.app import main

# Tables whose content is the office's data and this replica's sync bookkeeping; a refused
# bundle must leave every one of them exactly as it was.
LOCAL_TABLES = ("local_state", "sync_identity", "sync_peer", "sync_bundle")


@pytest.fixture(autouse=True)
def sync_data_dir(tmp_path, monkeypatch):
    """Never the real user data folder (import it into a test module to use it)."""
    monkeypatch.setenv("SKPDESK_DATA_DIR", str(tmp_path / "data"))


@dataclass
class Replica:
    name: str
    folder: Path
    machine: str

    @property
    def db(self) -> Path:
        return self.folder / "skpdesk.sqlite"

    @property
    def skpid(self) -> Path:
        return self.folder / f"{self.name}.skpid"

    def run(self, capsys, *args, json_out: bool = True, machine: str | None = None):
        previous = os.environ.get("SKPDESK_MACHINE_ID")
        os.environ["SKPDESK_MACHINE_ID"] = machine or self.machine
        try:
            argv = ["--db", str(self.db), *map(str, args)] + (["--json"] if json_out else [])
            code = main(argv)
        finally:
            if previous is None:
                os.environ.pop("SKPDESK_MACHINE_ID", None)
            else:
                os.environ["SKPDESK_MACHINE_ID"] = previous
        captured = capsys.readouterr()
        out = captured.out
        if json_out and out.strip():
            try:
                out = json.loads(out)
            except json.JSONDecodeError:
                pass
        return code, out, captured.err

    def ok(self, capsys, *args):
        code, out, err = self.run(capsys, *args)
        assert code == 0, f"{self.name}: skpdesk {' '.join(map(str, args))} -> {code}\n{err}\n{out}"
        return out

    def identity(self, capsys, name: str | None = None) -> dict:
        return self.ok(capsys, "sync", "identity", "--out", self.skpid,
                       *(["--name", name] if name else []))

    def skpid_device(self) -> str:
        return json.loads(self.skpid.read_text(encoding="utf-8"))["device_id"]

    def rows(self, table: str, order: str = "id") -> list[tuple]:
        conn = sqlite3.connect(self.db)
        try:
            return conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        finally:
            conn.close()

    def dump_hash(self) -> str:
        """SHA-256 over every table's rows (data, journal, sync bookkeeping): what a refused
        import must leave unchanged."""
        conn = sqlite3.connect(self.db)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
            digest = hashlib.sha256()
            for table in tables:
                digest.update(table.encode())
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
                    digest.update(repr(row).encode())
            return digest.hexdigest()
        finally:
            conn.close()


def replica(tmp_path: Path, name: str) -> Replica:
    folder = tmp_path / name
    folder.mkdir()
    return Replica(name, folder, machine=f"machine-{name}")


SYNCED_TABLES = ("instansi", "unit_kerja", "pegawai", "core_value", "skp", "rhk", "indikator",
                 "perilaku_kerja", "lampiran_item", "office_setting", "printed_document",
                 # issue 10: dialogs, follow-ups, umpan balik, B.1.8/B.1.9
                 "dialog_kinerja", "dialog_peserta", "dialog_topik", "dialog_adendum",
                 "tindak_lanjut", "umpan_balik", "umpan_balik_bimbingan", "evaluasi_kompetensi",
                 # issue 11: periods, rencana aksi, realisasi, bukti dukung
                 "periode_tahun", "batas_periode", "rencana_aksi", "realisasi", "bukti_dukung",
                 # issue 12: penilaian
                 "predikat_organisasi", "evaluasi", "keberatan", "masukan_penilaian")


def office_rows(r: Replica) -> dict[str, list[tuple]]:
    """Every synced table's rows, ordered by id: what replicas holding the same operations share."""
    return {table: r.rows(table) for table in SYNCED_TABLES}


def pin_each_other(capsys, central: Replica, laptop: Replica) -> None:
    central.ok(capsys, "sync", "peer", "add", laptop.skpid)
    laptop.ok(capsys, "sync", "peer", "add", central.skpid, "--central")


def join(capsys, central: Replica, laptop: Replica, name: str | None = None) -> dict:
    """The whole join flow: laptop identity -> central pins it -> seed -> laptop pins central
    -> join."""
    laptop.identity(capsys, name or laptop.name)
    central.identity(capsys)
    pin_each_other(capsys, central, laptop)
    seed = laptop.folder / "seed.skpbundle"
    central.ok(capsys, "sync", "seed", "--for", laptop.skpid_device(), "--out", seed)
    return laptop.ok(capsys, "sync", "join", seed)


def send(capsys, sender: Replica, recipient: Replica, name: str = "out.skpbundle") -> dict:
    """sender exports for recipient, recipient imports: the import report."""
    path = sender.folder / name
    sender.ok(capsys, "sync", "export", "--for", recipient.skpid_device(), "--out", path)
    return recipient.ok(capsys, "sync", "import", path)
