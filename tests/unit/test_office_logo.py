"""Office logos (`OfficeService.set_logo`): the size is checked before reading, the image is
decoded with limits, and whatever does not fully decode is refused (issue 7), with real crafted
files."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zlib

import pytest
from PIL import Image

from skpdesk.domain.errors import DomainError, ErrorCode
from skpdesk.services import office as office_module

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_declaring(width: int, height: int, idat: bytes) -> bytes:
    """A PNG whose header declares `width` x `height` (8-bit grey) and whose data is `idat`."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (PNG_SIGNATURE + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat)
            + _chunk(b"IEND", b""))


def _refused(services, path) -> DomainError:
    with pytest.raises(DomainError) as caught:
        services.office.set_logo(path)
    return caught.value


def _nothing_stored(services, db) -> bool:
    store = db.path.parent / "attachments"
    return services.office.instansi().logo_path is None and not (
        store.exists() and any(store.iterdir()))


def test_a_real_png_and_jpeg_are_accepted(office, db, tmp_path):
    png, jpg = tmp_path / "logo.png", tmp_path / "logo.jpg"
    Image.new("RGB", (300, 200), (20, 90, 40)).save(png)
    Image.new("RGB", (300, 200), (20, 90, 40)).save(jpg, quality=90)
    assert office.office.set_logo(png).value.logo_path.endswith(".png")
    assert office.office.set_logo(jpg).value.logo_path.endswith(".jpg")


def test_png_signature_followed_by_html_is_refused(office, db, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_bytes(PNG_SIGNATURE + b"<html><script>alert(1)</script></html>")
    error = _refused(office, fake)
    assert error.code is ErrorCode.LOGO_NOT_AN_IMAGE
    assert (error.params["field"], error.params["format"]) == ("logo", "PNG")
    assert _nothing_stored(office, db)


def test_png_declaring_20000_by_20000_pixels_is_refused_before_decoding(office, db, tmp_path):
    bomb = tmp_path / "logo.png"
    row = b"\x00" + b"\x00" * 20000  # filter byte + one row of grey pixels
    bomb.write_bytes(_png_declaring(20000, 20000, zlib.compress(row * 8, 9)))
    assert bomb.stat().st_size < 2000
    error = _refused(office, bomb)
    assert error.code is ErrorCode.LOGO_TOO_MANY_PIXELS
    assert (error.params["width"], error.params["height"]) == (20000, 20000)
    assert error.params["max_side"] == office_module.MAX_LOGO_SIDE
    assert _nothing_stored(office, db)


def test_a_truncated_png_is_refused(office, db, tmp_path):
    whole = tmp_path / "whole.png"
    Image.effect_noise((400, 400), 60).save(whole)  # noise: the data does not compress away
    data = whole.read_bytes()
    cut = tmp_path / "logo.png"
    cut.write_bytes(data[: len(data) // 2])
    error = _refused(office, cut)
    assert error.code is ErrorCode.LOGO_NOT_AN_IMAGE and error.params["detail"]
    assert _nothing_stored(office, db)


def test_a_file_over_2_mb_is_refused_by_its_size(office, db, tmp_path):
    big = tmp_path / "logo.png"
    with big.open("wb") as fh:
        fh.write(PNG_SIGNATURE)
        fh.truncate(office_module.MAX_LOGO_BYTES + 1)
    error = _refused(office, big)
    assert error.code is ErrorCode.LOGO_TOO_LARGE
    assert error.params["max_kb"] == 2048 and error.params["size_kb"] == 2049
    assert _nothing_stored(office, db)


@pytest.mark.skipif(os.name != "posix", reason="limits the child's memory with setrlimit")
def test_a_3_gb_file_is_refused_without_being_read(tmp_path):
    """A sparse 3 GB file (no disk used), in a process that may use at most 1.5 GB of memory:
    reading the file whole would fail there, checking its size first does not."""
    db = tmp_path / "kantor.sqlite"
    env = {**os.environ, "SKPDESK_DATA_DIR": str(tmp_path)}
    init = [sys.executable, "-m", "skpdesk", "--db", str(db), "init", "--instansi",
            "Dinas Contoh", "--city", "Wonosari"]
    assert subprocess.run(init, env=env, capture_output=True).returncode == 0
    huge = tmp_path / "logo.png"
    with huge.open("wb") as fh:
        fh.write(PNG_SIGNATURE)
        fh.truncate(3 * 1024 ** 3)

    import resource  # POSIX

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 ** 2, 1536 * 1024 ** 2))

    done = subprocess.run([sys.executable, "-m", "skpdesk", "--db", str(db), "office", "set",
                           "--logo", str(huge)], env=env, capture_output=True, text=True,
                          preexec_fn=limit_memory, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "terlalu besar" in done.stderr and "3145728 KB" in done.stderr
    assert "paling besar 2048 KB" in done.stderr


def _ended_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def test_temp_files_of_killed_logo_copies_are_removed_by_the_next_one(office, db, tmp_path):
    """A kill during `set_logo` leaves its temp file in attachments/: the next copy removes it
    when its process is gone or it is over a day old (the rule printing uses), and keeps the
    file of a copy that may still be running."""
    from skpdesk.services import atomic_files

    store = db.path.parent / "attachments"
    store.mkdir()
    day = atomic_files.STALE_AFTER_SECONDS
    tag = atomic_files.host_tag()

    def temp(name: str, age: float = 0) -> str:
        path = store / name
        path.write_bytes(b"\x89PNG partial")
        then = os.stat(path).st_mtime - age
        os.utime(path, (then, then))
        return name

    old_unnamed = temp(".tmp-k3j_x9a2", age=2 * day)  # what earlier versions left
    fresh_unnamed = temp(".tmp-q8w2e4r6")  # no pid in the name: waits for the age rule
    dead = temp(f".{'a' * 64}.png.skpdesk-{tag}-{_ended_pid()}-ab12cd_9.tmp")
    alive = temp(f".{'b' * 64}.png.skpdesk-{tag}-{os.getpid()}-ab12cd_9.tmp")
    unrelated = temp(".tmp-notes.txt", age=2 * day)  # not a name the store's copies use

    png = tmp_path / "logo.png"
    Image.new("RGB", (60, 40), (20, 90, 40)).save(png)
    logo = office.office.set_logo(png).value.logo_path
    left = sorted(p.name for p in store.iterdir())
    assert old_unnamed not in left and dead not in left
    assert {fresh_unnamed, alive, unrelated, logo.split("/")[-1]} == set(left)
