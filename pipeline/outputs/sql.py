"""Database writer (SQLAlchemy): SQLite by default, PostgreSQL or anything SQLAlchemy speaks.

Tables derive from the record schema. Writes are upserts keyed by the primary keys, inside one
transaction, so re-running a batch never duplicates rows and a crash never leaves half a write.
"""
from __future__ import annotations

import json
from typing import Iterable

import sqlalchemy as sa

from ..errors import OutputError, SchemaVersionError
from ..schema import Document, Fact, Finding, columns, to_row

SCHEMA_VERSION = 1
_TYPES = {"str": sa.String, "text": sa.Text, "int": sa.Integer, "float": sa.Float, "list": sa.Text}


def tables(metadata: sa.MetaData | None = None) -> dict[str, sa.Table]:
    md = metadata or sa.MetaData()
    out = {}
    for cls in (Document, Fact, Finding):
        cols = []
        for c in columns(cls):
            args = []
            if cls is Fact and c.name == "doc_id":
                args.append(sa.ForeignKey("documents.doc_id", ondelete="CASCADE"))
            cols.append(sa.Column(c.name, _TYPES[c.kind](), *args, primary_key=c.key, index=c.index and not c.key,
                                  nullable=not c.key))
        out[cls.table] = sa.Table(cls.table, md, *cols)
    out["schema_version"] = sa.Table("schema_version", md, sa.Column("version", sa.Integer, primary_key=True),
                                     sa.Column("written_by", sa.String))
    return out


def engine_for(url: str) -> sa.Engine:
    try:
        eng = sa.create_engine(url, future=True)
    except Exception as e:  # bad URL or missing driver
        raise OutputError(f"cannot open database {url!r}: {e}") from None
    if eng.dialect.name == "sqlite":
        @sa.event.listens_for(eng, "connect")
        def _fk(dbapi_conn, _):  # pragma: no cover - trivial
            dbapi_conn.execute("PRAGMA foreign_keys=ON")
    return eng


def ensure_schema(conn: sa.Connection, t: dict[str, sa.Table]) -> None:
    md = next(iter(t.values())).metadata
    insp = sa.inspect(conn)
    if insp.has_table("schema_version"):
        found = conn.execute(sa.select(t["schema_version"].c.version)).scalars().all()
        if found and max(found) != SCHEMA_VERSION:
            raise SchemaVersionError(
                f"database has newsfacts schema version {max(found)}, this newsfacts writes version "
                f"{SCHEMA_VERSION}; use a new database or migrate it")
    elif insp.has_table("facts"):
        raise SchemaVersionError("database has a 'facts' table but no newsfacts schema version; not written by newsfacts")
    md.create_all(conn)
    if not conn.execute(sa.select(t["schema_version"].c.version)).first():
        from .. import __version__

        conn.execute(t["schema_version"].insert().values(version=SCHEMA_VERSION, written_by=f"newsfacts {__version__}"))


def _rows(records: Iterable) -> list[dict]:
    return [to_row(r, lists_as_json=True) for r in records]


def _upsert(conn: sa.Connection, table: sa.Table, rows: list[dict]) -> None:
    if not rows:
        return
    key = [c.name for c in table.primary_key.columns]
    dialect = conn.dialect.name
    if dialect in ("sqlite", "postgresql"):
        mod = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
        for i in range(0, len(rows), 500):
            stmt = mod.insert(table).values(rows[i:i + 500])
            update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in key}
            conn.execute(stmt.on_conflict_do_update(index_elements=key, set_=update))
    else:  # portable fallback: delete then insert
        for r in rows:
            conn.execute(table.delete().where(sa.and_(*[table.c[k] == r[k] for k in key])))
        conn.execute(table.insert(), rows)


def write(url: str, documents: Iterable[Document], facts: Iterable[Fact], findings: Iterable[Finding]) -> None:
    """Upsert one run's records. A document's old facts are replaced by its new ones, in one transaction."""
    eng = engine_for(url)
    t = tables()
    docs, fs, fis = list(documents), list(facts), list(findings)
    try:
        with eng.begin() as conn:
            ensure_schema(conn, t)
            doc_ids = [d.doc_id for d in docs]
            for i in range(0, len(doc_ids), 500):
                conn.execute(t["facts"].delete().where(t["facts"].c.doc_id.in_(doc_ids[i:i + 500])))
            # Findings are recomputed from the whole run: replace those that cite the run's facts.
            conn.execute(t["findings"].delete())
            _upsert(conn, t["documents"], _rows(docs))
            _upsert(conn, t["facts"], _rows(fs))
            _upsert(conn, t["findings"], _rows(fis))
    except SchemaVersionError:
        raise
    except sa.exc.SQLAlchemyError as e:
        raise OutputError(f"database write failed ({eng.dialect.name}): {e.__class__.__name__}: {str(e).splitlines()[0]}") from None
    finally:
        eng.dispose()


def read(url: str, cls) -> list:
    """All records of one type from a database written by :func:`write`."""
    from ..schema import from_row

    eng = engine_for(url)
    try:
        with eng.connect() as conn:
            t = tables()[cls.table]
            return [from_row(cls, dict(r._mapping)) for r in conn.execute(sa.select(t))]
    finally:
        eng.dispose()


def loads_list(v: str | None) -> list[str]:
    return json.loads(v) if v else []
