"""The whole batch on the seed corpus: every output written, consistent, and re-runs identical."""
import csv
import json
import sqlite3

import pandas as pd

from pipeline import run
from pipeline.schema import Document, Fact, Finding, columns


def _names(cls, flat=True):
    return [c.name for c in columns(cls, flat_only=flat)]


def test_run_writes_every_output(tmp_path):
    from tests.conftest import CORPUS

    out = tmp_path / "out"
    result = run([CORPUS], out=out)
    assert result.n_ok == 2 and result.n_failed == 0
    n = len(result.facts)
    assert n == 22

    facts_csv = list(csv.DictReader(open(out / "facts.csv", encoding="utf-8")))
    assert len(facts_csv) == n and list(facts_csv[0]) == _names(Fact)
    pq = pd.read_parquet(out / "facts.parquet")
    assert len(pq) == n and list(pq.columns) == _names(Fact)
    jl = [json.loads(x) for x in open(out / "facts.jsonl", encoding="utf-8")]
    assert len(jl) == n and list(jl[0]) == _names(Fact)
    assert {r["fact_id"] for r in facts_csv} == set(pq.fact_id) == {r["fact_id"] for r in jl}
    assert pq.value.tolist() == [f.value for f in result.facts]

    docs = list(csv.DictReader(open(out / "documents.csv", encoding="utf-8")))
    assert [d["status"] for d in docs] == ["ok", "ok"]
    assert {"path", "doc_id", "source", "published", "status", "reason", "n_facts"} <= set(docs[0])
    assert sorted(int(d["n_facts"]) for d in docs) == [6, 16]

    findings = list(csv.DictReader(open(out / "findings.csv", encoding="utf-8")))
    assert len(findings) == len(result.findings) > 0 and list(findings[0]) == _names(Finding)
    assert all(json.loads(f["fact_ids"]) for f in findings)

    db = sqlite3.connect(out / "newsfacts.sqlite")
    assert db.execute("select count(*) from facts").fetchone()[0] == n
    assert db.execute("select count(*) from documents").fetchone()[0] == 2
    assert db.execute("select count(*) from findings").fetchone()[0] == len(result.findings)
    doc_cols = [r[1] for r in db.execute("pragma table_info(documents)")]
    assert doc_cols == _names(Document, flat=False)


def test_rerun_is_idempotent(tmp_path):
    from tests.conftest import CORPUS

    out = tmp_path / "out"
    a = run([CORPUS], out=out)
    first = (out / "facts.csv").read_bytes()
    b = run([CORPUS], out=out)
    assert (out / "facts.csv").read_bytes() == first
    assert [f.fact_id for f in a.facts] == [f.fact_id for f in b.facts]
    db = sqlite3.connect(out / "newsfacts.sqlite")
    assert db.execute("select count(*) from facts").fetchone()[0] == len(a.facts)
    assert not list(out.glob(".*.tmp"))


def test_cli_run_writes_outputs_and_a_summary(cli, tmp_path):
    from tests.conftest import CORPUS

    r = cli("run", str(CORPUS), "--out", str(tmp_path / "o"))
    assert r.returncode == 0, r.stderr
    assert "2 documents (2 ok, 0 failed, 0 skipped), 22 facts" in r.stderr
    for name in ("facts.csv", "facts.parquet", "facts.jsonl", "findings.csv", "documents.csv", "newsfacts.sqlite"):
        assert (tmp_path / "o" / name).stat().st_size > 0


def test_a_bad_file_does_not_stop_the_batch(cli, tmp_path):
    from tests.conftest import XINHUA

    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(XINHUA.read_text(encoding="utf-8"), encoding="utf-8")
    (src / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "empty.md").write_text("")
    r = cli("run", str(src), "--out", str(tmp_path / "o"), "--quiet")
    assert r.returncode == 0, r.stderr
    docs = {d["path"].split("/")[-1]: d for d in csv.DictReader(open(tmp_path / "o" / "documents.csv"))}
    assert docs["good.txt"]["status"] == "ok" and int(docs["good.txt"]["n_facts"]) == 6
    assert docs["bad.txt"]["status"] == "failed" and "binary" in docs["bad.txt"]["reason"]
    assert docs["empty.md"]["status"] == "failed" and docs["empty.md"]["reason"] == "empty file"
