"""Database writer (SQLAlchemy): SQLite by default, PostgreSQL or anything SQLAlchemy speaks.

Tables derive from the record schema (typed: ``int`` -> INTEGER, ``float`` -> DOUBLE/REAL, ``list`` ->
JSON (JSONB on PostgreSQL), ``str``/``text`` -> VARCHAR/TEXT; ``published`` and ``period`` stay ISO strings
so that ``2024-Q1`` periods and date prefixes compare as text). Writes are upserts keyed by the primary
keys, all inside one transaction, so re-running a batch never duplicates rows and a crash never leaves
half a write.

Incremental runs: the documents of a run replace their earlier rows; their old facts are deleted and
the new ones inserted; findings are then recomputed from all facts stored in the database (alignment
reads context across a paragraph, so a changed article can move findings under any subject key), so
findings between an article of this run and one loaded by an earlier run are kept and updated, and
findings citing replaced facts go.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable, Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from ..errors import OutputError, SchemaVersionError
from ..schema import Document, Fact, Finding, columns, from_row, to_row

SCHEMA_VERSION = 2   # 2: list columns are JSON (were JSON-encoded TEXT)
_CHUNK = 500
_SURROGATE = re.compile("[\ud800-\udfff]")
_TYPES = {"str": sa.String, "text": sa.Text, "int": sa.BigInteger, "float": sa.Float,
          "list": lambda: sa.JSON().with_variant(postgresql.JSONB(), "postgresql")}

__all__ = ["SCHEMA_VERSION", "tables", "engine_for", "write", "read", "conflicts", "figures"]


def tables(metadata: sa.MetaData | None = None) -> dict[str, sa.Table]:
    md = metadata or sa.MetaData()
    out = {}
    for cls in (Document, Fact, Finding):
        cols = []
        for c in columns(cls):
            args = []
            if cls is Fact and c.name == "doc_id":
                args.append(sa.ForeignKey("documents.doc_id", ondelete="CASCADE"))
            typ = sa.Float(precision=53) if c.kind == "float" else _TYPES[c.kind]()
            cols.append(sa.Column(c.name, typ, *args, primary_key=c.key, index=c.index and not c.key,
                                  nullable=not c.key))
        out[cls.table] = sa.Table(cls.table, md, *cols)
    out["schema_version"] = sa.Table("schema_version", md, sa.Column("version", sa.Integer, primary_key=True),
                                     sa.Column("written_by", sa.String))
    return out


def _normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (the driver newsfacts installs), unless psycopg2 is present."""
    if url.startswith(("postgresql://", "postgres://")):
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def engine_for(url: str, *, write: bool = True) -> sa.Engine:
    try:
        eng = sa.create_engine(_normalise_url(url))
    except Exception as e:  # bad URL or missing driver
        raise OutputError(f"cannot open database {url!r}: {e}") from None
    if eng.dialect.name == "sqlite":
        # Let SQLAlchemy, not the sqlite3 module, delimit transactions, so DDL and DML share one
        # transaction, and take the write lock up front.
        @sa.event.listens_for(eng, "connect")
        def _connect(dbapi_conn, _):
            dbapi_conn.isolation_level = None
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

        @sa.event.listens_for(eng, "begin")
        def _begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    return eng


def ensure_schema(conn: sa.Connection, t: dict[str, sa.Table]) -> None:
    """Create the tables if absent; refuse a database written by an incompatible version."""
    md = next(iter(t.values())).metadata
    insp = sa.inspect(conn)
    if insp.has_table("schema_version"):
        found = conn.execute(sa.select(t["schema_version"].c.version)).scalars().all()
        if found and max(found) != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database has newsfacts schema version {max(found)}, this newsfacts writes version "
                f"{SCHEMA_VERSION}; use a new database (--db) or drop its tables")
    elif any(insp.has_table(name) for name in ("documents", "facts", "findings")):
        raise SchemaVersionError("database already has newsfacts table names but no schema_version table; "
                                 "it was not written by newsfacts: use a new database (--db)")
    md.create_all(conn)
    if not conn.execute(sa.select(t["schema_version"].c.version)).first():
        from .. import __version__

        conn.execute(t["schema_version"].insert().values(version=SCHEMA_VERSION, written_by=f"newsfacts {__version__}"))


def _clean(v):
    # PostgreSQL refuses NUL in text; lone surrogates cannot be encoded by any driver.
    if isinstance(v, str):
        if "\x00" in v:
            v = v.replace("\x00", "\ufffd")
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            v = _SURROGATE.sub("\ufffd", v)
        return v
    if isinstance(v, list):
        return [_clean(x) for x in v]
    return v


def _rows(records: Iterable, table: sa.Table) -> list[dict]:
    """Rows keyed by primary key: a key repeated within one write keeps its last record."""
    key = [c.name for c in table.primary_key.columns]
    out: dict[tuple, dict] = {}
    for r in records:
        row = {k: _clean(v) for k, v in to_row(r).items()}
        out[tuple(row[k] for k in key)] = row
    return list(out.values())


def _chunks(seq: Sequence, n: int = _CHUNK):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _upsert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    if not rows:
        return
    key = [c.name for c in table.primary_key.columns]
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        mod = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
        stmt = mod.insert(table)
        update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in key}
        stmt = stmt.on_conflict_do_update(index_elements=key, set_=update)
        for chunk in _chunks(rows, 5000):  # executemany: compiled once, batched by the driver/SQLAlchemy
            conn.execute(stmt, chunk)
    else:  # portable fallback: delete then insert
        for r in rows:
            conn.execute(table.delete().where(sa.and_(*[table.c[k] == r[k] for k in key])))
        conn.execute(table.insert(), rows)


def _default_reconcile(facts):
    from ..reconcile import reconcile

    return reconcile(facts)


def write(url: str, documents: Iterable[Document], facts: Iterable[Fact], findings: Iterable[Finding], *,
          reconcile: Callable[[list[Fact]], list[Finding]] | None = _default_reconcile,
          findings_of_facts: bool = False) -> None:
    """Upsert one run's records in one transaction (see the module docstring for incremental runs).

    ``reconcile`` recomputes findings over all stored facts; with ``None`` the given findings are
    upserted and only findings of subjects the run touched are dropped. ``findings_of_facts=True`` says
    the given findings are ``reconcile(facts)``: when the database then holds no other facts, they are
    stored as they are instead of being computed a second time.
    """
    eng = engine_for(url)
    t = tables()
    docs = _rows(documents, t["documents"])
    fs = _rows(facts, t["facts"])
    fis = _rows(findings, t["findings"])
    tf, tfi = t["facts"], t["findings"]
    try:
        with eng.begin() as conn:
            ensure_schema(conn, t)
            doc_ids = [d["doc_id"] for d in docs]
            touched = {f["subject_key"] for f in fs}
            for chunk in _chunks(doc_ids):
                touched.update(conn.execute(sa.select(tf.c.subject_key).distinct()
                                            .where(tf.c.doc_id.in_(chunk))).scalars())
                conn.execute(tf.delete().where(tf.c.doc_id.in_(chunk)))
            _upsert(conn, t["documents"], docs)
            _upsert(conn, tf, fs)
            if reconcile is not None:
                # Alignment reads context and qualifies subject keys across a paragraph, so a change to one
                # article can move findings of any key: recompute them all from every stored fact.
                conn.execute(tfi.delete())
                n_stored = conn.execute(sa.select(sa.func.count()).select_from(tf)).scalar_one()
                if not (findings_of_facts and n_stored == len({f["fact_id"] for f in fs})):
                    stored = [from_row(Fact, dict(r._mapping)) for r in conn.execute(sa.select(tf))]
                    fis = _rows(list(reconcile(stored)), tfi)
            else:
                keys = sorted(k for k in touched if k is not None)
                for chunk in _chunks(keys):
                    conn.execute(tfi.delete().where(tfi.c.subject_key.in_(chunk)))
            _upsert(conn, tfi, fis)
    except SchemaVersionError:
        raise
    except sa.exc.SQLAlchemyError as e:
        raise OutputError(f"database write failed ({eng.dialect.name}): {e.__class__.__name__}: "
                          f"{str(e).splitlines()[0]}") from None
    finally:
        eng.dispose()


def _read(url: str, query_of: Callable[[dict[str, sa.Table]], sa.Select]) -> list[dict]:
    eng = engine_for(url, write=False)
    try:
        with eng.connect() as conn:
            t = tables()
            if not sa.inspect(conn).has_table("schema_version"):
                raise OutputError(f"no newsfacts database at {url!r} (run `newsfacts run` first)")
            return [dict(r._mapping) for r in conn.execute(query_of(t))]
    except sa.exc.SQLAlchemyError as e:
        raise OutputError(f"database read failed ({eng.dialect.name}): {str(e).splitlines()[0]}") from None
    finally:
        eng.dispose()


def read(url: str, cls) -> list:
    """All records of one type from a database written by :func:`write`."""
    return [from_row(cls, r) for r in _read(url, lambda t: sa.select(t[cls.table]))]


def _subject_match(table: sa.Table, subject: str, broad: bool = False):
    """``subject`` in words matches facts whose normalised key is the same (``exports`` -> ``export``).

    ``broad`` also matches keys holding it as a word and subject texts containing it (case-insensitive).
    """
    from ..extract.subject_key import subject_key

    key = subject_key(subject) or subject.lower().strip()
    exact = sa.or_(table.c.subject_key == key, sa.func.lower(table.c.subject) == subject.lower().strip())
    if not broad:
        return exact
    esc = lambda s: s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")  # noqa: E731
    k, s = esc(key), esc(subject.lower().strip())
    return sa.or_(exact, *[table.c.subject_key.like(p, escape="\\") for p in (f"{k} %", f"% {k}", f"% {k} %")],
                  sa.func.lower(table.c.subject).like(f"%{s}%", escape="\\"))


def _period_match(table: sa.Table, period: str):
    """``2024`` matches 2024 and its parts (2024-Q1, 2024-03, 2024-H1) and splits such as 2023/2024."""
    p = period.strip()
    return sa.or_(table.c.period == p, table.c.period.like(p + "-%"), table.c.period.like(p + "/%"),
                  table.c.period.like("%/" + p))


def conflicts(url: str, subject: str | None = None, period: str | None = None, *, broad: bool = False) -> list[dict]:
    """All conflict findings, optionally about ``subject`` and within ``period``."""
    def q(t):
        f = t["findings"]
        cond = [f.c.verdict == "conflict"]
        if subject:
            cond.append(_subject_match(f, subject, broad))
        if period:
            cond.append(_period_match(f, period))
        cols = [f.c.subject_key, f.c.period, f.c.kind, f.c.sources, f.c.detail, f.c.explanation,
                f.c.fact_ids, f.c.finding_id]
        return sa.select(*cols).where(*cond).order_by(f.c.subject_key, f.c.period, f.c.finding_id)
    return _read(url, q)


def figures(url: str, subject: str, period: str | None = None, *, broad: bool = False) -> list[dict]:
    """Every figure reported for ``subject``, by outlet (then date), with the article it came from."""
    def q(t):
        f, d = t["facts"], t["documents"]
        cond = [_subject_match(f, subject, broad)]
        if period:
            cond.append(_period_match(f, period))
        outlet = sa.func.coalesce(f.c.source, d.c.source, "(unknown)").label("outlet")
        cols = [outlet, f.c.published, f.c.period, f.c.subject_key, f.c.kind, f.c.approx, f.c.value,
                f.c.value_max, f.c.unit, f.c.surface, f.c.sentence, d.c.url, d.c.path, f.c.doc_id, f.c.fact_id]
        return (sa.select(*cols).select_from(f.outerjoin(d, f.c.doc_id == d.c.doc_id)).where(*cond)
                .order_by(outlet, f.c.published, f.c.period, f.c.doc_id, f.c.start))
    return _read(url, q)
