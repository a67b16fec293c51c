"""Outputs: every writer takes records and derives its columns from :mod:`pipeline.schema`."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..schema import Document, Fact, Finding
from . import files, sql

__all__ = ["write_all", "default_db_url", "files", "sql"]


def default_db_url(out: str | Path) -> str:
    return f"sqlite:///{Path(out).resolve() / 'newsfacts.sqlite'}"


def write_all(out: str | Path, documents: Sequence[Document], facts: Sequence[Fact],
              findings: Sequence[Finding], *, db: str | None = None) -> dict[str, Path]:
    """Write facts (CSV, Parquet, JSONL), findings (CSV), documents (CSV) and the database."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = {
        "facts.csv": files.write_csv, "facts.parquet": files.write_parquet, "facts.jsonl": files.write_jsonl,
    }
    paths = {}
    for name, writer in written.items():
        writer(out / name, Fact, facts)
        paths[name] = out / name
    files.write_csv(out / "findings.csv", Finding, findings)
    files.write_csv(out / "documents.csv", Document, documents)
    paths["findings.csv"] = out / "findings.csv"
    paths["documents.csv"] = out / "documents.csv"
    sql.write(db or default_db_url(out), documents, facts, findings)
    paths["db"] = Path(db or default_db_url(out))
    from .report import write as write_report  # the HTML audit report, last: it reads nothing back
    paths["report.html"] = write_report(out, documents, facts, findings)
    return paths
