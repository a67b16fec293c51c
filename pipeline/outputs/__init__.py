"""Outputs: every writer takes records and derives its columns from :mod:`pipeline.schema`."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..schema import Document, Fact, Finding
from . import files, sql

__all__ = ["write_all", "default_db_url", "files", "sql"]


def default_db_url(out: str | Path) -> str:
    return f"sqlite:///{Path(out).resolve() / 'newsfacts.sqlite'}"


FILES = {
    "facts.csv": (files.csv_to, Fact), "facts.parquet": (files.parquet_to, Fact),
    "facts.jsonl": (files.jsonl_to, Fact), "findings.csv": (files.csv_to, Finding),
    "documents.csv": (files.csv_to, Document),
}


def write_all(out: str | Path, documents: Sequence[Document], facts: Sequence[Fact],
              findings: Sequence[Finding], *, db: str | None = None) -> dict[str, Path]:
    """Write facts (CSV, Parquet, JSONL), findings (CSV), documents (CSV) and the database.

    Order, so that a run killed at any moment leaves the previous outputs or the new ones: every file
    is written to a temporary file beside its target; then the database is written in one transaction;
    only then are the temporary files renamed over the old outputs (each rename is atomic).
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files.remove_stale_temps(out, [*FILES, "report.html"])
    by_cls = {Document: documents, Fact: facts, Finding: findings}
    paths: dict[str, Path] = {}
    with files.staged(out) as stage:
        for name, (writer, cls) in FILES.items():
            writer(stage.path(name), cls, by_cls[cls])
            paths[name] = out / name
        url = db or default_db_url(out)
        sql.write(url, documents, facts, findings, findings_of_facts=True)
    paths["db"] = Path(url)
    from .report import write as write_report  # the HTML audit report, last: it reads nothing back
    paths["report.html"] = write_report(out, documents, facts, findings)
    return paths
