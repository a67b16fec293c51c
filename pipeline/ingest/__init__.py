"""Ingest: files and folders of news in, :class:`~pipeline.schema.Document` records out.

Every input is accounted for: a file or record that cannot be used still yields a Document with
``status="failed"`` and the reason; duplicate content yields ``status="skipped"``.
"""
from __future__ import annotations

import logging
import os
import re
import stat
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import IngestError
from ..ids import content_hash, stable_id
from ..schema import Document
from . import metadata
from .readers import READERS

log = logging.getLogger(__name__)
IGNORED_NAMES = {"sources.csv"}
# Folder paperwork, not articles: accounted for as skipped, never extracted.
PAPERWORK = re.compile(r"^(?:readme|licen[cs]e|notice|copying|attribution)(?:\.[a-z]+)?$", re.IGNORECASE)

__all__ = ["iter_documents", "discover", "estimate_documents", "IngestError"]


def discover(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, Path]]:
    """Yield ``(root, file)`` for every file under the given paths, recursively, in a stable order.

    Hidden names (``.x``) and ``sources.csv`` (read as metadata) are not inputs. Symbolic links to
    directories and unreadable sub-folders are yielded too, so :func:`read_path` can account for them.
    """
    for p in paths:
        root = Path(p)
        if root.is_dir():
            errors: list[OSError] = []
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=errors.append):
                here = Path(dirpath)
                linked = sorted(d for d in dirnames if not d.startswith(".") and (here / d).is_symlink())
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
                for name in sorted(filenames + linked):
                    if name.startswith(".") or name in IGNORED_NAMES:
                        continue
                    yield root, here / name
                while errors:  # a sub-folder os.walk could not list
                    e = errors.pop(0)
                    if e.filename and Path(e.filename) != root:
                        yield root, Path(e.filename)
            for e in errors:
                if e.filename:
                    yield root, Path(e.filename)
        elif root.exists() or root.is_symlink():
            yield root.parent, root
        else:
            raise IngestError(f"no such file or directory: {root}")


def estimate_documents(paths: Iterable[str | os.PathLike]) -> int:
    """About how many documents ``paths`` hold, cheaply (for a progress bar's ETA, not for accounting).

    One per file, one per non-blank line of a JSONL file, one per line after the header of a CSV file
    (quoted multi-line cells make that an overestimate); unreadable files count as one.
    """
    n = 0
    for _, path in discover(paths):
        suffix = path.suffix.lower()
        if suffix not in (".jsonl", ".csv"):
            n += 1
            continue
        try:
            with path.open("rb") as fh:
                lines = sum(1 for line in fh if line.strip())
        except OSError:
            n += 1
            continue
        n += max(1, lines - (suffix == ".csv"))
    return n


def _relpath(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def _unusable(path: Path) -> tuple[str, str] | None:
    """(status, reason) for a path that is not a readable regular file, else None."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if path.is_symlink():
            return "failed", "broken symbolic link"
        return "failed", "file vanished before it could be read"
    except OSError as e:
        return "failed", f"unreadable: {e.strerror or e}"
    if stat.S_ISDIR(st.st_mode):
        if path.is_symlink():
            return "skipped", "symbolic link to a directory (not followed)"
        return "failed", "is a directory (not a file)"
    if not stat.S_ISREG(st.st_mode):  # FIFO, socket, device: reading could block or never end
        return "failed", "not a regular file"
    return None


def read_path(root: Path, path: Path, sources: dict[str, dict] | None = None) -> Iterator[Document]:
    """All documents in one file (several for JSONL/CSV), failed ones included. Never raises."""
    rel = _relpath(root, path)
    shown = str(path)
    file_id = stable_id("file", rel)
    bad = _unusable(path)
    if bad is not None:
        yield Document(doc_id=file_id, path=shown, status=bad[0], reason=bad[1])
        return
    if PAPERWORK.match(path.name):
        yield Document(doc_id=file_id, path=shown, status="skipped",
                       reason="a README or licence file, not an article")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Document(doc_id=file_id, path=shown, status="skipped",
                       reason=f"unsupported file type '{path.suffix or '(none)'}'")
        return
    side = (sources or {}).get(rel) or (sources or {}).get(path.name) or {}
    n = 0
    try:
        for rec in reader(path):
            n += 1
            key = rec.get("key", "")
            where = f"{shown}#{key}" if key else shown
            rid = rec.get("id")
            doc_id = _safe(str(rid)) if rid not in (None, "") else stable_id("file", rel, key)
            if "error" in rec:
                yield Document(doc_id=doc_id, path=where, status="failed", reason=rec["error"],
                               title=_clean(rec.get("title")), source=_clean(rec.get("source")),
                               url=_clean(rec.get("url")))
                continue
            try:
                yield _document(rec, doc_id, where, side)
            except Exception as e:  # metadata parsing must not lose the record
                log.warning("metadata of %s unreadable: %s", where, e)
                text = _safe(rec["text"])
                yield Document(doc_id=doc_id, path=where, text=text, content_hash=content_hash(text))
        if n == 0:
            yield Document(doc_id=file_id, path=shown, status="failed", reason="no records in the file")
    except IngestError as e:
        yield Document(doc_id=file_id, path=shown, status="failed", reason=str(e))
    except Exception as e:  # a reader bug or a library failure: account for the file, go on
        log.warning("reading %s failed", shown, exc_info=True)
        yield Document(doc_id=file_id, path=shown, status="failed",
                       reason=f"reader error: {e.__class__.__name__}: {e}"[:500])


def _document(rec: dict, doc_id: str, where: str, side: dict) -> Document:
    text = _safe(rec["text"])
    meta = {**metadata.from_text(text), **{k: v for k, v in side.items() if v}}
    meta.update({k: rec[k] for k in ("title", "source", "published", "url") if rec.get(k)})
    if not meta.get("source") and meta.get("url"):
        meta["source"] = metadata.outlet_from_url(str(meta["url"]))
    return Document(
        doc_id=doc_id, path=where, text=text,
        source=_clean(meta.get("source")), published=metadata.normalise_date(meta.get("published")),
        url=_clean(meta.get("url")), title=_clean(meta.get("title")),
        content_hash=content_hash(text),
    )


def _safe(s: str) -> str:
    """Text every writer can encode: lone surrogates (from JSON escapes) become U+FFFD."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", "\ufffd", s)


def _clean(v) -> str | None:
    if v is None:
        return None
    s = " ".join(_safe(str(v)).split())
    return s or None


def iter_documents(paths: Iterable[str | os.PathLike], *, dedupe: bool = True) -> Iterator[Document]:
    """Stream documents from files and folders, with metadata; every input yields at least one.

    Duplicate content is marked ``skipped`` with the doc_id it duplicates; a record whose explicit id
    was already used gets an id of its own and is marked ``skipped`` too, so no row overwrites another.
    """
    seen: dict[str, str] = {}
    ids: dict[str, str] = {}
    sources_cache: dict[Path, dict] = {}
    for root, path in discover(paths):
        folder = path.parent
        if folder not in sources_cache:
            try:
                sources_cache[folder] = metadata.load_sources(folder)
            except Exception as e:
                sources_cache[folder] = {}
                side = folder / "sources.csv"
                yield Document(doc_id=stable_id("file", _relpath(root, side)), path=str(side), status="failed",
                               reason=f"unreadable sources.csv (metadata ignored): {e.__class__.__name__}: {e}"[:500])
        for doc in read_path(root, path, sources_cache[folder]):
            if doc.doc_id in ids:
                first_path = ids[doc.doc_id]
                doc.status, doc.reason = "skipped", f"duplicate id {doc.doc_id} (first used by {first_path})"
                doc.doc_id = stable_id("dup-id", doc.path, doc.doc_id)
            ids.setdefault(doc.doc_id, doc.path)
            if dedupe and doc.status == "ok":
                first = seen.setdefault(doc.content_hash, doc.doc_id)
                if first != doc.doc_id:
                    doc.status, doc.reason = "skipped", f"duplicate content of {first}"
            if doc.status != "ok":
                log.info("%s %s: %s", doc.status, doc.path, doc.reason)
            yield doc
