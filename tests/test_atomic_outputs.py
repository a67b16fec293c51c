"""Atomic outputs without killing anything: a failed write leaves the previous outputs in place."""
from __future__ import annotations

import sqlite3

import pytest

from pipeline.errors import OutputError, SchemaVersionError
from pipeline.outputs import FILES, files, write_all
from pipeline.schema import Document, Fact


def _docs(text="t"):
    return [Document(doc_id="A", path="a.txt", source="Alpha", text=text, content_hash="h")]


def _facts(value):
    return [Fact(fact_id="a1", doc_id="A", source="Alpha", value=value, unit="USD", subject_key="export",
                 period="2024", kind="level", low=value, high=value)]


def _snapshot(out):
    return {n: (out / n).read_bytes() for n in FILES}


def test_failed_database_write_keeps_previous_files(tmp_path):
    out = tmp_path / "out"
    write_all(out, _docs(), _facts(1.0), [])
    before = _snapshot(out)
    # A fact citing a missing document violates the foreign key: the transaction fails...
    with pytest.raises(OutputError):
        write_all(out, _docs(), _facts(2.0) + [Fact(fact_id="x", doc_id="missing")], [])
    # ...and no file was replaced, no temporary file is left behind.
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "newsfacts.sqlite", "report.html"])
    con = sqlite3.connect(out / "newsfacts.sqlite")
    assert con.execute("SELECT value FROM facts").fetchall() == [(1.0,)]
    con.close()


def test_incompatible_database_keeps_previous_files(tmp_path):
    out = tmp_path / "out"
    write_all(out, _docs(), _facts(1.0), [])
    before = _snapshot(out)
    con = sqlite3.connect(out / "newsfacts.sqlite")
    con.execute("UPDATE schema_version SET version = 1")
    con.commit()
    con.close()
    with pytest.raises(SchemaVersionError, match="schema version 1"):
        write_all(out, _docs(), _facts(2.0), [])
    assert _snapshot(out) == before


def test_atomic_path_keeps_target_when_writer_fails(tmp_path):
    target = tmp_path / "x.csv"
    target.write_text("previous\n")
    with pytest.raises(RuntimeError):
        with files.atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("writer died")
    assert target.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".facts.csv.abc123.tmp").write_text("half-written")
    (out / "keep.me").write_text("not ours")
    write_all(out, _docs(), _facts(1.0), [])
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "newsfacts.sqlite", "report.html", "keep.me"])


def test_cli_database_error_is_one_line(cli, tmp_path):
    from conftest import XINHUA

    db = tmp_path / "foreign.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE documents (x INTEGER)")
    con.close()
    r = cli("run", str(XINHUA), "--out", str(tmp_path / "o"), "--db", f"sqlite:///{db}", "-q")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0, r.stderr
    assert "not written by newsfacts" in r.stderr
    assert not (tmp_path / "o" / "facts.csv").exists()
