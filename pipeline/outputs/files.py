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


def _publish_mode(path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def _temp_beside(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    return Path(tmp)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block completes."""
    target = Path(target)
    tmp = _temp_beside(target)
    try:
        yield tmp
        _publish_mode(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Stage:
    """Several outputs written to temporary files first and renamed into place together at the end.

    Nothing in the folder changes until :meth:`commit`, which only renames (each rename is atomic),
    so a run killed while writing leaves the previous outputs untouched.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.pending: list[tuple[Path, Path]] = []

    def path(self, name: str) -> Path:
        target = self.folder / name
        tmp = _temp_beside(target)
        self.pending.append((tmp, target))
        return tmp

    def commit(self) -> None:
        for tmp, _ in self.pending:
            _publish_mode(tmp)
        for tmp, target in self.pending:
            os.replace(tmp, target)
        _fsync_dir(self.folder)
        self.pending.clear()

    def abort(self) -> None:
        for tmp, _ in self.pending:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        self.pending.clear()


@contextlib.contextmanager
def staged(folder: Path) -> Iterator[Stage]:
    """A :class:`Stage` committed if the block completes, discarded otherwise."""
    stage = Stage(folder)
    try:
        yield stage
        stage.commit()
    finally:
        stage.abort()


def remove_stale_temps(folder: Path, names: Iterable[str]) -> list[Path]:
    """Delete temporary files a killed run left beside the outputs ``names``."""
    removed = []
    for name in names:
        for p in Path(folder).glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                p.unlink()
                removed.append(p)
    return removed


def write_csv(path: Path, cls, records: Iterable) -> int:
    with atomic_path(path) as tmp:
        return csv_to(tmp, cls, records)


def csv_to(tmp: Path, cls, records: Iterable) -> int:
    """Write a CSV to ``tmp`` in place (no rename); the ``write_*`` functions are the atomic ones."""
    cols = [c.name for c in columns(cls, flat_only=True)]
    n = 0
    with open(tmp, "w", newline="", encoding="utf-8", errors="replace") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        for r in records:
            w.writerow(to_row(r, flat_only=True, lists_as_json=True))
            n += 1
    return n


def write_jsonl(path: Path, cls, records: Iterable) -> int:
    with atomic_path(path) as tmp:
        return jsonl_to(tmp, cls, records)


def jsonl_to(tmp: Path, cls, records: Iterable) -> int:
    n = 0
    with open(tmp, "w", encoding="utf-8", errors="replace") as fh:
        for r in records:
            row = {k: _json_safe(v) for k, v in to_row(r, flat_only=True).items()}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def write_parquet(path: Path, cls, records: Iterable, *, batch_rows: int = 50_000) -> int:
    with atomic_path(path) as tmp:
        return parquet_to(tmp, cls, records, batch_rows=batch_rows)


def parquet_to(tmp: Path, cls, records: Iterable, *, batch_rows: int = 50_000) -> int:
    schema = arrow_schema(cls)
    n = 0
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
