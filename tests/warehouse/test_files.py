"""Files beside the warehouse written atomically (warehouse/files.py): the new file whole, or the old one."""
from __future__ import annotations

import pytest

from warehouse.files import atomic_file


def test_the_new_file_replaces_the_old_whole(tmp_path):
    target = tmp_path / "copy.duckdb"
    target.write_bytes(b"old")
    with atomic_file(target) as f:
        f.write(b"new ")
        f.write(b"content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.duckdb"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "batch.pkl"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_file(target) as f:
            f.write(b"half")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pkl"]
