"""`newsfacts query` as a user runs it, over the database a real run wrote."""
import csv
import io
import json

from conftest import CORPUS


def test_query_after_run(cli, tmp_path):
    out = tmp_path / "o"
    r = cli("run", str(CORPUS), "--out", str(out), "-q")
    assert r.returncode == 0, r.stderr
    r = cli("query", "figures", "exports", "--out", str(out))
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    # Both seed articles report 2024 export growth of 18.2%; CCTV also gives the level in yuan.
    got = sorted((x["outlet"], x["kind"], float(x["value"]), x["unit"]) for x in rows)
    assert ("CCTV News", "growth", 18.2, "percent") in got
    assert ("Xinhua", "growth", 18.2, "percent") in got
    assert ("CCTV News", "level", 3175.56e9, "CNY") in got
    assert all(x["subject_key"] == "export" for x in rows)
    assert [x["outlet"] for x in rows] == sorted(x["outlet"] for x in rows)

    r = cli("query", "conflicts", "exports", "--period", "2024", "--out", str(out), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    assert [json.loads(line) for line in r.stdout.splitlines()] == []  # the two outlets agree on exports
    assert "no conflicts found" in r.stderr


def test_query_without_database_is_one_line(cli, tmp_path):
    r = cli("query", "conflicts", "--out", str(tmp_path / "nothing"))
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "no database" in r.stderr


def test_query_figures_needs_subject(cli, tmp_path):
    (tmp_path / "newsfacts.sqlite").write_bytes(b"")
    r = cli("query", "figures", "--out", str(tmp_path))
    assert r.returncode == 1 and "needs a SUBJECT" in r.stderr
