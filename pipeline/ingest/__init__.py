"""Ingest: files and folders of news in, :class:`~pipeline.schema.Document` records out.

Every input is accounted for: a file or record that cannot be used still yields a Document with
``status="failed"`` and the reason; duplicate content yields ``status="skipped"``.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError
from ..ids import content_hash, stable_id
from ..schema import Document
from . import metadata
from .readers import READERS

log = logging.getLogger(__name__)
IGNORED_NAMES = {"sources.csv"}

__all__ = ["iter_documents", "discover", "IngestError"]


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, Path]]:
    """Yield ``(root, file)`` for every file under the given paths, recursively, in a stable order."""
    for p in paths:
        root = Path(p)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith(".") or name in IGNORED_NAMES:
                        continue
                    yield root, Path(dirpath) / name
        elif root.exists() or root.is_symlink():
            yield root.parent, root
        else:
            raise IngestError(f"no such file or directory: {root}")


def _relpath(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def read_path(root: Path, path: Path, sources: dict[str, dict] | None = None) -> Iterator[Document]:
    """All documents in one file (several for JSONL/CSV), failed ones included."""
    rel = _relpath(root, path)
    shown = str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Document(doc_id=stable_id("file", rel), path=shown, status="skipped",
                       reason=f"unsupported file type '{path.suffix or '(none)'}'")
        return
    if path.is_symlink() and not path.exists():
        yield Document(doc_id=stable_id("file", rel), path=shown, status="failed",
                       reason="broken symbolic link")
        return
    side = (sources or {}).get(rel) or (sources or {}).get(path.name) or {}
    try:
        for rec in reader(path):
            key = rec.get("key", "")
            where = f"{shown}#{key}" if key else shown
            rid = rec.get("id")
            doc_id = str(rid) if rid not in (None, "") else stable_id("file", rel, key)
            if "error" in rec:
                yield Document(doc_id=doc_id, path=where, status="failed", reason=rec["error"])
                continue
            text = rec["text"]
            meta = {**metadata.from_text(text), **{k: v for k, v in side.items() if v}}
            meta.update({k: rec[k] for k in ("title", "source", "published", "url") if rec.get(k)})
            yield Document(
                doc_id=doc_id, path=where, text=text,
                source=_clean(meta.get("source")), published=metadata.normalise_date(meta.get("published")),
                url=_clean(meta.get("url")), title=_clean(meta.get("title")),
                content_hash=content_hash(text),
            )
    except IngestError as e:
        yield Document(doc_id=stable_id("file", rel), path=shown, status="failed", reason=str(e))


def _clean(v) -> str | None:
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


def iter_documents(paths: Iterable[str | os.PathLike], *, dedupe: bool = True) -> Iterator[Document]:
    """Stream documents from files and folders, with metadata; duplicates are marked ``skipped``."""
    seen: dict[str, str] = {}
    sources_cache: dict[Path, dict] = {}
    for root, path in discover(paths):
        folder = path.parent
        if folder not in sources_cache:
            sources_cache[folder] = metadata.load_sources(folder)
        for doc in read_path(root, path, sources_cache[folder]):
            if dedupe and doc.status == "ok":
                first = seen.setdefault(doc.content_hash, doc.doc_id)
                if first != doc.doc_id:
                    doc.status, doc.reason = "skipped", f"duplicate content of {first}"
            if doc.status != "ok":
                log.info("%s %s: %s", doc.status, doc.path, doc.reason)
            yield doc
