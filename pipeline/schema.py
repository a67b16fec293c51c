"""The records that flow through every stage, defined once.

``Document`` (one per input), ``Fact`` (one per reported number) and ``Finding`` (one per
reconciliation verdict). Writers (CSV, Parquet, JSON lines) and database tables derive their
columns and types from these dataclasses through :func:`columns`; nothing else lists columns.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, Iterable


def _col(kind: str, *, key: bool = False, index: bool = False, flat: bool = True, default: Any = None,
         factory: Any = None):
    """A dataclass field with column metadata.

    kind: ``str``, ``text`` (long string), ``int``, ``float`` or ``list`` (list of strings).
    key: primary key; index: indexed in databases; flat: written to the CSV/Parquet/JSONL files.
    """
    meta = {"kind": kind, "key": key, "index": index, "flat": flat}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Document:
    """One input: a file, or one record of a JSONL/CSV file."""

    table: ClassVar[str] = "documents"
    doc_id: str = _col("str", key=True)
    path: str = _col("str", default="")
    source: str | None = _col("str", index=True)
    published: str | None = _col("str")          # ISO date, YYYY-MM-DD
    url: str | None = _col("str")
    title: str | None = _col("text")
    status: str = _col("str", default="ok")      # ok | failed | skipped
    reason: str | None = _col("text")
    n_facts: int = _col("int", default=0)
    content_hash: str | None = _col("str", index=True)
    text: str = _col("text", default="", flat=False)


@dataclass
class Fact:
    """One reported number with what it is about."""

    table: ClassVar[str] = "facts"
    fact_id: str = _col("str", key=True)
    doc_id: str | None = _col("str", index=True)
    source: str | None = _col("str")
    published: str | None = _col("str")
    sentence: str = _col("text", default="")
    start: int = _col("int", default=0)          # character offsets in the document text
    end: int = _col("int", default=0)
    surface: str = _col("str", default="")
    value: float = _col("float", default=0.0)    # fully scaled: "7.5 trillion" -> 7.5e12
    value_max: float | None = _col("float")      # upper end of a stated range
    unit: str = _col("str", default="", index=True)
    dimension: str = _col("str", default="")     # currency, percentage, count, length, ...
    approx: str = _col("str", default="=")       # = ~ > < >= <=
    direction: str | None = _col("str")          # up | down | None
    kind: str = _col("str", default="level")     # level | change | growth | share | other
    subject: str = _col("text", default="")
    subject_key: str = _col("str", default="", index=True)
    period: str | None = _col("str", index=True)
    low: float | None = _col("float")            # the interval of values consistent with the text
    high: float | None = _col("float")


@dataclass
class Finding:
    """One verdict over two or more facts."""

    table: ClassVar[str] = "findings"
    finding_id: str = _col("str", key=True)
    check: str = _col("str", default="cross_source")   # cross_source | arithmetic
    verdict: str = _col("str", default="agree", index=True)  # agree | conflict
    subject: str = _col("text", default="")
    subject_key: str = _col("str", default="", index=True)
    period: str | None = _col("str", index=True)
    kind: str = _col("str", default="")
    fact_ids: list[str] = _col("list", factory=list)
    sources: list[str] = _col("list", factory=list)
    detail: str = _col("text", default="")
    explanation: str = _col("text", default="")


RECORDS = (Document, Fact, Finding)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    key: bool
    index: bool
    flat: bool


def columns(cls, *, flat_only: bool = False) -> list[Column]:
    """The columns of a record type, in declaration order."""
    out = [Column(f.name, f.metadata["kind"], f.metadata["key"], f.metadata["index"], f.metadata["flat"])
           for f in dataclasses.fields(cls)]
    return [c for c in out if c.flat] if flat_only else out


def to_row(record, *, flat_only: bool = False, lists_as_json: bool = False) -> dict[str, Any]:
    """A record as a plain dict (lists optionally JSON-encoded, for CSV and SQL)."""
    row = {}
    for c in columns(type(record), flat_only=flat_only):
        v = getattr(record, c.name)
        if c.kind == "list" and lists_as_json:
            v = json.dumps(list(v or []), ensure_ascii=False)
        row[c.name] = v
    return row


def from_row(cls, row: dict[str, Any]):
    """Rebuild a record from a row written by :func:`to_row` (CSV, SQL, Parquet or JSONL)."""
    kwargs = {}
    for c in columns(cls):
        if c.name not in row:
            continue
        v = row[c.name]
        if _is_missing(v):
            v = None
        if c.kind == "list":
            if isinstance(v, str):
                v = json.loads(v) if v else []
            v = list(v) if v is not None else []
        elif c.kind == "int" and v is not None:
            v = int(v)
        elif c.kind == "float" and v is not None:
            v = float(v)
        elif c.kind in ("str", "text") and v is not None:
            v = str(v)
        kwargs[c.name] = v
    return cls(**kwargs)


def _is_missing(v: Any) -> bool:
    if v is None:
        return True
    try:
        return v != v  # NaN
    except Exception:  # pragma: no cover - exotic types
        return False


def rows(records: Iterable, **kw) -> list[dict[str, Any]]:
    return [to_row(r, **kw) for r in records]
