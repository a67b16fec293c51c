"""The database writer against real SQLite files and a real PostgreSQL server (no mocks).

Every test taking ``db_url`` runs twice: once on a fresh SQLite file, once on a fresh database of a
throwaway PostgreSQL server started for the session (see tests/pg_server.py).
"""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from pg_server import Server, bindir
from pipeline.errors import OutputError, SchemaVersionError
from pipeline.outputs import sql
from pipeline.schema import Document, Fact, Finding


@pytest.fixture(scope="session")
def pg_server():
    if bindir() is None:
        pytest.skip("PostgreSQL binaries missing: apt-get install -y postgresql (.ci/run does this)")
    server = Server().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite'}"
    return request.getfixturevalue("pg_server").new_database()


def doc(doc_id, source, text="t", **kw):
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", source=source, text=text, content_hash=doc_id, **kw)


def fact(fact_id, doc_id, source, value, subject="exports", key="export", period="2024"):
    return Fact(fact_id=fact_id, doc_id=doc_id, source=source, subject=subject, subject_key=key, period=period,
                kind="level", unit="USD", dimension="currency", value=value, low=value * 0.99, high=value * 1.01,
                surface=f"${value / 1e9:g} billion", sentence=f"{subject} were ${value / 1e9:g} billion.")


def counts(url):
    eng = sa.create_engine(sql._normalise_url(url))
    try:
        with eng.connect() as c:
            return {t: c.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                    for t in ("documents", "facts", "findings", "schema_version")}
    finally:
        eng.dispose()


def table_rows(url, cls):
    return {getattr(r, sql.tables()[cls.table].primary_key.columns.keys()[0]): r for r in sql.read(url, cls)}


# -- schema -------------------------------------------------------------------------------------

def test_tables_keys_foreign_key_indexes_and_types(db_url):
    sql.write(db_url, [doc("A", "Alpha")], [fact("a1", "A", "Alpha", 3.2e9)], [])
    eng = sa.create_engine(sql._normalise_url(db_url))
    try:
        insp = sa.inspect(eng)
        assert {"documents", "facts", "findings", "schema_version"} <= set(insp.get_table_names())
        assert insp.get_pk_constraint("facts")["constrained_columns"] == ["fact_id"]
        assert insp.get_pk_constraint("documents")["constrained_columns"] == ["doc_id"]
        assert insp.get_pk_constraint("findings")["constrained_columns"] == ["finding_id"]
        fks = insp.get_foreign_keys("facts")
        assert [(f["constrained_columns"], f["referred_table"], f["referred_columns"]) for f in fks] == \
            [(["doc_id"], "documents", ["doc_id"])]
        indexed = {tuple(i["column_names"]) for i in insp.get_indexes("facts")}
        assert {("subject_key",), ("period",), ("unit",), ("doc_id",)} <= indexed
        assert {("subject_key",), ("period",), ("verdict",)} <= {tuple(i["column_names"]) for i in insp.get_indexes("findings")}
        types = {c["name"]: c["type"] for c in insp.get_columns("facts")}
        assert isinstance(types["value"], sa.Float) and isinstance(types["low"], sa.Float)
        assert isinstance(types["start"], sa.Integer) and isinstance(types["end"], sa.Integer)
        assert isinstance(types["unit"], sa.String)
        ftypes = {c["name"]: c["type"] for c in insp.get_columns("findings")}
        assert isinstance(ftypes["fact_ids"], sa.JSON)  # JSONB on PostgreSQL, JSON on SQLite
    finally:
        eng.dispose()
    back = sql.read(db_url, Fact)[0]
    assert (back.value, back.low, back.start, back.unit) == (3.2e9, 3.2e9 * 0.99, 0, "USD")


def test_foreign_key_is_enforced_and_a_failed_write_changes_nothing(db_url):
    sql.write(db_url, [doc("A", "Alpha")], [fact("a1", "A", "Alpha", 3.2e9)], [])
    before = counts(db_url)
    # The new version of A is written, its old facts deleted, then a fact cites a document that
    # does not exist: the whole write must roll back.
    with pytest.raises(OutputError, match="database write failed"):
        sql.write(db_url, [doc("A", "Alpha", text="v2")], [fact("a2", "A", "Alpha", 1e9),
                                                           fact("x1", "NOPE", "X", 1e9)], [])
    assert counts(db_url) == before
    assert list(table_rows(db_url, Fact)) == ["a1"]
    assert table_rows(db_url, Document)["A"].text == "t"


# -- idempotence and replacement ----------------------------------------------------------------

def test_same_records_twice_same_rows(db_url):
    docs = [doc("A", "Alpha"), doc("B", "Beta"), doc("C", "Gamma")]
    facts = [fact("a1", "A", "Alpha", 3.2e9), fact("b1", "B", "Beta", 4.0e9), fact("c1", "C", "Gamma", 3.2e9)]
    from pipeline.reconcile import reconcile

    sql.write(db_url, docs, facts, reconcile(facts))
    first = counts(db_url)
    assert first == {"documents": 3, "facts": 3, "findings": 3, "schema_version": 1}
    sql.write(db_url, docs, facts, reconcile(facts))
    assert counts(db_url) == first


def test_changed_article_replaces_its_facts_and_findings(db_url):
    docs = [doc("A", "Alpha"), doc("B", "Beta")]
    sql.write(db_url, docs, [fact("a1", "A", "Alpha", 3.2e9), fact("b1", "B", "Beta", 4.0e9)], [])
    (conflict,) = sql.read(db_url, Finding)
    assert conflict.verdict == "conflict" and sorted(conflict.fact_ids) == ["a1", "b1"]

    # B is corrected: 3.2 billion. Its old fact b1 and the conflict citing it go; an agreement comes.
    sql.write(db_url, [doc("B", "Beta", text="corrected")], [fact("b2", "B", "Beta", 3.2e9)], [])
    assert sorted(table_rows(db_url, Fact)) == ["a1", "b2"]
    (agree,) = sql.read(db_url, Finding)
    assert agree.verdict == "agree" and sorted(agree.fact_ids) == ["a1", "b2"]
    assert table_rows(db_url, Document)["B"].text == "corrected"
    assert counts(db_url)["documents"] == 2


def test_incremental_runs_reconcile_against_stored_facts(db_url):
    """Run 1 loads A, run 2 loads B only: the A-vs-B conflict is found in the database."""
    sql.write(db_url, [doc("A", "Alpha")], [fact("a1", "A", "Alpha", 3.2e9),
                                            fact("a2", "A", "Alpha", 5.0, subject="jobless rate", key="unemployment rate")], [])
    assert sql.read(db_url, Finding) == []
    sql.write(db_url, [doc("B", "Beta")], [fact("b1", "B", "Beta", 4.0e9)], [])
    (f,) = sql.read(db_url, Finding)
    assert (f.verdict, sorted(f.fact_ids), sorted(f.sources)) == ("conflict", ["a1", "b1"], ["Alpha", "Beta"])
    # A subject the run did not touch keeps its findings: C and D about unemployment, then E about exports.
    sql.write(db_url, [doc("C", "Gamma")], [fact("c1", "C", "Gamma", 5.0, subject="unemployment rate",
                                                 key="unemployment rate")], [])
    assert sorted(x.subject_key for x in sql.read(db_url, Finding)) == ["export", "unemployment rate"]
    sql.write(db_url, [doc("E", "Epsilon")], [fact("e1", "E", "Epsilon", 3.2e9)], [])
    by_key = sorted((x.subject_key, x.verdict) for x in sql.read(db_url, Finding))
    assert by_key == [("export", "agree"), ("export", "conflict"), ("export", "conflict"), ("unemployment rate", "agree")]


def test_document_now_failing_loses_its_facts(db_url):
    sql.write(db_url, [doc("A", "Alpha"), doc("B", "Beta")],
              [fact("a1", "A", "Alpha", 3.2e9), fact("b1", "B", "Beta", 4.0e9)], [])
    sql.write(db_url, [Document(doc_id="B", path="B.txt", status="failed", reason="empty file")], [], [])
    assert list(table_rows(db_url, Fact)) == ["a1"]
    assert sql.read(db_url, Finding) == []
    assert table_rows(db_url, Document)["B"].status == "failed"


def test_repeated_keys_in_one_write_and_awkward_text(db_url):
    text = "NUL\x00 and a lone surrogate \ud800 and emoji \U0001F600"
    d = doc("A", "Alpha", text=text)
    sql.write(db_url, [d, d], [fact("a1", "A", "Alpha", 1.0), fact("a1", "A", "Alpha", 2.0)], [])
    assert counts(db_url)["documents"] == 1
    assert table_rows(db_url, Fact)["a1"].value == 2.0
    assert table_rows(db_url, Document)["A"].text == "NUL\ufffd and a lone surrogate \ufffd and emoji \U0001F600"


# -- schema version -----------------------------------------------------------------------------

def test_incompatible_schema_version_is_a_clear_error(db_url):
    sql.write(db_url, [doc("A", "Alpha")], [], [])
    eng = sa.create_engine(sql._normalise_url(db_url))
    with eng.begin() as c:
        c.execute(sa.text("UPDATE schema_version SET version = 99"))
    eng.dispose()
    with pytest.raises(SchemaVersionError, match=f"schema version 99, this newsfacts writes version {sql.SCHEMA_VERSION}"):
        sql.write(db_url, [doc("B", "Beta")], [], [])
    assert counts(db_url)["documents"] == 1


def test_foreign_database_is_refused(db_url):
    eng = sa.create_engine(sql._normalise_url(db_url))
    with eng.begin() as c:
        c.execute(sa.text("CREATE TABLE facts (id INTEGER PRIMARY KEY, what TEXT)"))
    eng.dispose()
    with pytest.raises(SchemaVersionError, match="not written by newsfacts"):
        sql.write(db_url, [doc("A", "Alpha")], [], [])


def test_bad_url_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="cannot open database"):
        sql.write("nosuchdialect://x", [], [], [])


# -- audit queries ------------------------------------------------------------------------------

def _audit_db(url):
    docs = [doc("A", "Alpha", url="https://alpha.example/a"), doc("B", "Beta"), doc("C", "Gamma"), doc("D", "Delta")]
    facts = [fact("a1", "A", "Alpha", 3.2e9), fact("b1", "B", "Beta", 4.0e9), fact("c1", "C", "Gamma", 3.2e9),
             fact("a3", "A", "Alpha", 2.0e9, period="2023"), fact("d3", "D", "Delta", 2.5e9, period="2023"),
             fact("d4", "D", "Delta", 5.0, subject="unemployment rate", key="unemployment rate")]
    sql.write(url, docs, facts, [])


def test_query_conflicts_about_subject_in_period(db_url):
    _audit_db(db_url)
    rows = sql.conflicts(db_url, "exports", "2024")
    assert sorted(tuple(sorted(r["fact_ids"])) for r in rows) == [("a1", "b1"), ("b1", "c1")]
    assert all(r["period"] == "2024" for r in rows)
    assert [sorted(r["fact_ids"]) for r in sql.conflicts(db_url, "exports", "2023")] == [["a3", "d3"]]
    assert len(sql.conflicts(db_url, "exports")) == 3
    assert sql.conflicts(db_url, "unemployment") == []
    assert sql.conflicts(db_url, "exports", "2022") == []


def test_query_figures_for_subject_by_outlet(db_url):
    _audit_db(db_url)
    rows = sql.figures(db_url, "exports")
    assert [(r["outlet"], r["period"], r["value"]) for r in rows] == [
        ("Alpha", "2023", 2.0e9), ("Alpha", "2024", 3.2e9), ("Beta", "2024", 4.0e9), ("Delta", "2023", 2.5e9),
        ("Gamma", "2024", 3.2e9)]
    assert rows[0]["url"] == "https://alpha.example/a"
    assert [r["outlet"] for r in sql.figures(db_url, "exports", "2023")] == ["Alpha", "Delta"]
    assert sql.figures(db_url, "100% no such_thing") == []


# -- the whole batch, twice ---------------------------------------------------------------------

def test_run_same_corpus_twice_identical_row_counts(db_url, tmp_path):
    from conftest import CORPUS
    from pipeline import run

    r1 = run([CORPUS], out=tmp_path / "o1", db=db_url)
    first = counts(db_url)
    assert first["documents"] == len(r1.documents) == 2
    assert first["facts"] == len(r1.facts) > 0
    assert first["findings"] == len(r1.findings)
    run([CORPUS], out=tmp_path / "o2", db=db_url)
    assert counts(db_url) == first


def test_query_broad_subject_match(db_url):
    _audit_db(db_url)
    sql.write(db_url, [doc("E", "Epsilon")], [fact("e1", "E", "Epsilon", 7.0e9, subject="service exports",
                                                   key="export service")], [])
    assert [r["outlet"] for r in sql.figures(db_url, "exports", "2024")] == ["Alpha", "Beta", "Gamma"]
    assert [r["outlet"] for r in sql.figures(db_url, "exports", "2024", broad=True)] == \
        ["Alpha", "Beta", "Epsilon", "Gamma"]
    assert sql.figures(db_url, "100%_x", broad=True) == []


@pytest.mark.postgres
def test_cli_run_and_query_against_postgresql(cli, pg_server, tmp_path):
    from conftest import CORPUS

    url = pg_server.new_database().replace("postgresql+psycopg://", "postgresql://")  # the plain form users type
    for _ in range(2):
        r = cli("run", str(CORPUS), "--out", str(tmp_path / "o"), "--db", url, "-q")
        assert r.returncode == 0, r.stderr
    assert counts(url)["documents"] == 2
    r = cli("query", "figures", "exports", "--db", url)
    assert r.returncode == 0, r.stderr
    assert {line.split(",")[0] for line in r.stdout.splitlines()[1:]} == {"CCTV News", "Xinhua"}


def test_sqlite_reads_do_not_wait_for_a_writer(tmp_path):
    import sqlite3

    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    sql.write(url, [doc("A", "Alpha")], [fact("a1", "A", "Alpha", 3.2e9)], [])
    writer = sqlite3.connect(tmp_path / "r.sqlite", isolation_level=None, timeout=0.1)
    writer.execute("BEGIN IMMEDIATE")  # a run holding the write lock
    try:
        assert [f.fact_id for f in sql.read(url, Fact)] == ["a1"]
        assert len(sql.figures(url, "exports")) == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_run_after_an_article_changes(db_url, tmp_path):
    """A real re-run after CCTV corrects its export growth: its facts are replaced, the agreement with
    Xinhua on 18.2% becomes a conflict, the other article's rows are untouched, and nothing is duplicated."""
    import shutil

    from conftest import CORPUS
    from pipeline import run

    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    run([corpus], out=tmp_path / "o", db=db_url)
    before = counts(db_url)
    facts_before = table_rows(db_url, Fact)
    export_growth = [(f.verdict, sorted(f.sources)) for f in sql.read(db_url, Finding)
                     if "export" in f.subject_key.split() and f.kind == "growth" and f.check == "cross_source"]
    assert export_growth == [("agree", ["CCTV News", "Xinhua"])]

    cctv = corpus / "002_2ed0c2c54c1d397d.txt"
    cctv.write_text(cctv.read_text().replace("exports were 3175.56 billion yuan, an increase of 18.2%",
                                             "exports were 3175.56 billion yuan, an increase of 21.2%"))
    second = run([corpus], out=tmp_path / "o", db=db_url)
    after = counts(db_url)
    assert after["findings"] == len(second.findings)  # no stale finding survives the replacement
    assert after == {**before, "findings": after["findings"]}  # same documents and facts (one value changed)
    facts_after = table_rows(db_url, Fact)
    cctv_id = next(d.doc_id for d in sql.read(db_url, Document) if d.path.endswith(cctv.name))
    changed = {k for k in facts_after if k not in facts_before}
    assert [facts_after[k].value for k in changed] == [21.2] and facts_after[changed.pop()].doc_id == cctv_id
    assert {k: v for k, v in facts_before.items() if v.doc_id != cctv_id} == \
        {k: v for k, v in facts_after.items() if v.doc_id != cctv_id}
    export_growth = [(f.verdict, sorted(f.sources)) for f in sql.read(db_url, Finding)
                     if "export" in f.subject_key.split() and f.kind == "growth" and f.check == "cross_source"]
    assert export_growth == [("conflict", ["CCTV News", "Xinhua"])]
    assert [r["period"] for r in sql.conflicts(db_url, "exports", "2024")] == ["2024"]
