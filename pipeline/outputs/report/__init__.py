"""The audit report: ``OUT/report.html``, self-contained (inline CSS, JavaScript and SVG; no network).

Small runs get one file holding everything. Larger runs (more than ``inline_limit`` documents) keep
``report.html`` as the index (overview, findings, subject charts, a paged list of documents) and write
one self-contained page per document into ``OUT/report/``, so the index opens quickly at any scale.

:func:`write` takes records (as a run has them); :func:`regenerate` reads them back from the run's
database, so the report can be rebuilt without extracting again (``newsfacts report OUT``).
"""
from __future__ import annotations

import copy
import logging
import re
from pathlib import Path
from typing import Sequence

from ...errors import OutputError
from ...schema import Document, Fact, Finding
from .. import files
from . import html

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

__all__ = ["write", "regenerate", "INLINE_LIMIT"]

INLINE_LIMIT = 50        # up to this many documents, everything is in report.html
PAGES_DIR = "report"     # per-document pages, beside report.html


def _page_name(d: Document) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", d.doc_id) + ".html"


def _write_text(path: Path, text: str) -> None:
    with files.atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


def write(out: str | Path, documents: Sequence[Document], facts: Sequence[Fact], findings: Sequence[Finding], *,
          inline_limit: int = INLINE_LIMIT) -> Path:
    """Write ``out/report.html`` (and ``out/report/*.html`` for larger runs); return the index's path."""
    out = Path(out)
    documents = list(documents)
    inline = len(documents) <= inline_limit
    pages = out / PAGES_DIR
    try:
        if inline:
            r = html.Report(documents, facts, findings, doc_href=lambda d: "")
        else:
            r = html.Report(documents, facts, findings, doc_href=lambda d: f"{PAGES_DIR}/{_page_name(d)}")
        index = out / "report.html"
        _write_text(index, html.index_page(r, inline_documents=inline))
        if pages.is_dir():  # pages of an earlier, larger run would be stale
            for old in pages.glob("*.html"):
                old.unlink()
        if not inline:
            pr = copy.copy(r)
            pr._doc_href = lambda d: _page_name(d)
            pr.index_href = "../report.html"
            for d in documents:
                if d.status == "ok":
                    _write_text(pages / _page_name(d), html.document_page(pr, d))
    except OSError as e:
        raise OutputError(f"cannot write the report into {out}: {e}") from None
    log.info("report written to %s (%s)", index, "one file" if inline else f"{len(documents)} document pages")
    return index


def regenerate(out: str | Path, *, db: str | None = None, inline_limit: int = INLINE_LIMIT) -> Path:
    """Rebuild the report from the outputs of an earlier run (its database), without extracting again."""
    from .. import default_db_url, sql

    out = Path(out)
    url = db or default_db_url(out)
    if db is None and not (out / "newsfacts.sqlite").exists():
        raise OutputError(f"no newsfacts.sqlite in {out}: run `newsfacts run --out {out}` first")
    documents = sql.read(url, Document)
    facts = sql.read(url, Fact)
    findings = sql.read(url, Finding)
    return write(out, documents, facts, findings, inline_limit=inline_limit)
