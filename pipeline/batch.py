"""The whole batch: ingest -> extract -> reconcile -> outputs."""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .extract import DEFAULT_MODEL, get_extractor
from .ingest import estimate_documents, iter_documents
from .outputs import write_all
from .reconcile import reconcile
from .schema import Document, Fact, Finding

log = logging.getLogger(__name__)


@dataclass
class RunResult:
    documents: list[Document]
    facts: list[Fact]
    findings: list[Finding]
    seconds: float = 0.0
    out: Path | None = None
    paths: dict = field(default_factory=dict)

    @property
    def n_ok(self) -> int:
        return sum(d.status == "ok" for d in self.documents)

    @property
    def n_failed(self) -> int:
        return sum(d.status == "failed" for d in self.documents)

    @property
    def n_skipped(self) -> int:
        return sum(d.status == "skipped" for d in self.documents)

    @property
    def n_conflicts(self) -> int:
        return sum(f.verdict == "conflict" for f in self.findings)

    def summary(self) -> str:
        rate = len(self.documents) / self.seconds if self.seconds else 0.0
        return (f"{len(self.documents)} documents ({self.n_ok} ok, {self.n_failed} failed, {self.n_skipped} skipped), "
                f"{len(self.facts)} facts, {len(self.findings)} findings ({self.n_conflicts} conflicts) "
                f"in {self.seconds:.1f}s ({rate:.1f} documents/s)")


def progress_bar(paths, enabled: bool):
    """A tqdm bar on stderr with documents/s and an ETA (the total is estimated from the inputs), or None."""
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=estimate_documents(paths), unit="doc", desc="newsfacts", dynamic_ncols=True,
                file=sys.stderr, leave=True)


def extract_documents(docs: Iterable[Document], *, model: str = DEFAULT_MODEL,
                      on_document: Callable[[Document], None] | None = None) -> Iterator[tuple[Document, list[Fact]]]:
    """Extract facts from a stream of documents; failed/skipped documents pass through with no facts."""
    extractor = get_extractor(model)
    pending: list[Document] = []

    def flush():
        items = [(d.text, {"doc_id": d.doc_id, "source": d.source, "published": d.published}) for d in pending]
        for d, facts in zip(pending, extractor.pipe(items)):
            d.n_facts = len(facts)
            yield d, facts
        pending.clear()

    for doc in docs:
        if doc.status != "ok":
            yield doc, []
        else:
            pending.append(doc)
            if len(pending) >= 16:
                yield from flush()
        if on_document:
            on_document(doc)
    yield from flush()


def run(paths: Sequence[str | os.PathLike] | str | os.PathLike = ("corpus",), out: str | os.PathLike = "outputs", *,
        model: str = DEFAULT_MODEL, db: str | None = None, progress: bool = False,
        workers: int | None = None, resume: bool = False, batch_size: int = 32,
        engine: str = "local", scheduler: str | None = None) -> RunResult:
    """Run the whole batch over files/folders ``paths`` and write every output into ``out``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if workers is not None or engine != "local":
        return run_streaming(paths, out, model=model, db=db, progress=progress, workers=workers or 2,
                             resume=resume, batch_size=batch_size, engine=engine, scheduler=scheduler)
    t0 = time.perf_counter()
    bar = progress_bar(paths, progress)
    documents: list[Document] = []
    facts: list[Fact] = []
    try:
        for doc, fs in extract_documents(iter_documents(paths), model=model):
            documents.append(doc)
            facts.extend(fs)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(facts=len(facts), refresh=False)
    finally:
        if bar is not None:
            bar.close()
    findings = reconcile(facts)
    written = write_all(out, documents, facts, findings, db=db)
    return RunResult(documents, facts, findings, time.perf_counter() - t0, Path(out), written)


# -- streaming runner: bounded batches, worker processes, resumable journal ----------------------
WORK_DIR = ".newsfacts-work"


def _load_journal(path: Path) -> dict[str, list[dict]]:
    import json

    done: dict[str, list[dict]] = {}
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    rec = json.loads(line)
                except ValueError:  # a line cut short by an interruption
                    continue
                done[rec["key"]] = rec["facts"]
    return done


def run_streaming(paths, out, *, model: str = DEFAULT_MODEL, db: str | None = None, progress: bool = False,
                  workers: int = 2, resume: bool = False, batch_size: int = 32,
                  engine: str = "local", scheduler: str | None = None) -> RunResult:
    """Stream documents in batches of ``batch_size`` through ``workers`` processes.

    Workers return plain fact records, never spaCy objects. Each finished batch is
    appended to ``OUT/.newsfacts-work/journal.jsonl``; ``resume=True`` reuses it (keyed by
    doc id + content hash), so an interrupted run loses nothing already extracted. Final outputs
    are written (atomically) only at the end, then the journal is removed.
    """
    import json
    import shutil

    from .engines.local import map_batches
    from .schema import from_row

    t0 = time.perf_counter()
    out = Path(out)
    work = out / WORK_DIR
    journal = work / "journal.jsonl"
    if not resume and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    done = _load_journal(journal) if resume else {}

    documents: list[Document] = []
    fact_rows: dict[str, list[dict]] = {}
    bar = progress_bar(paths, progress)

    def batches():
        batch = []
        for doc in iter_documents(paths):
            key = f"{doc.doc_id}:{doc.content_hash}"
            if doc.status == "ok" and key not in done:
                batch.append((key, doc.text, {"doc_id": doc.doc_id, "source": doc.source,
                                               "published": doc.published}))
            elif doc.status == "ok":
                fact_rows[key] = done[key]
                if bar is not None:
                    bar.update(1)
            else:
                if bar is not None:
                    bar.update(1)
            documents.append(doc)  # with its text: the database and the report show the article
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    if engine == "dask":
        from .engines import dask as dask_engine

        parts = out / "facts_parts"
        if not resume and parts.exists():
            shutil.rmtree(parts)
        stream = dask_engine.map_batches(batches(), scheduler=scheduler, workers=workers, model=model,
                                         parts_dir=parts)
    elif engine == "local":
        stream = map_batches(batches(), workers=workers, model=model)
    else:
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    try:
        with journal.open("a", encoding="utf-8") as jf:
            for results in stream:
                for key, rows in results:
                    fact_rows[key] = rows
                    jf.write(json.dumps({"key": key, "facts": rows}, ensure_ascii=False) + "\n")
                jf.flush()
                if bar is not None:
                    bar.update(len(results))
    finally:
        if bar is not None:
            bar.close()

    facts: list[Fact] = []
    for doc in documents:
        rows = fact_rows.get(f"{doc.doc_id}:{doc.content_hash}", [])
        if doc.status == "ok":
            doc.n_facts = len(rows)
        facts.extend(from_row(Fact, r) for r in rows)
    findings = reconcile(facts)
    written = write_all(out, documents, facts, findings, db=db)
    shutil.rmtree(work, ignore_errors=True)
    return RunResult(documents, facts, findings, time.perf_counter() - t0, out, written)
