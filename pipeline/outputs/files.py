"""File writers (CSV, Parquet, JSON lines), all driven by the record schema and all atomic.

Each writer streams to a temporary file beside the target and renames it into place, so a run
killed at any moment leaves either the previous complete file or the new complete one.
"""
from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..schema import columns, to_row

_ARROW = {"str": pa.string(), "text": pa.string(), "int": pa.int64(), "float": pa.float64(),
          "list": pa.list_(pa.string())}


def arrow_schema(cls) -> pa.Schema:
    return pa.schema([pa.field(c.name, _ARROW[c.kind], nullable=not c.key)
                      for c in columns(cls, flat_only=True)])


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block completes."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_csv(path: Path, cls, records: Iterable) -> int:
    cols = [c.name for c in columns(cls, flat_only=True)]
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for r in records:
            w.writerow(to_row(r, flat_only=True, lists_as_json=True))
            n += 1
    return n


def write_jsonl(path: Path, cls, records: Iterable) -> int:
    n = 0
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for r in records:
            row = {k: _json_safe(v) for k, v in to_row(r, flat_only=True).items()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(path: Path, cls, records: Iterable, *, batch_rows: int = 50_000) -> int:
    schema = arrow_schema(cls)
    n = 0
    with atomic_path(path) as tmp:
        with pq.ParquetWriter(tmp, schema) as writer:
            batch: list[dict] = []
            for r in records:
                batch.append(to_row(r, flat_only=True))
                if len(batch) >= batch_rows:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    n += len(batch)
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
    return n


def _json_safe(v):
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v
