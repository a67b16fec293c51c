"""The whole batch: ingest -> extract -> reconcile -> outputs."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from .extract import DEFAULT_MODEL, get_extractor
from .ingest import iter_documents
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
        model: str = DEFAULT_MODEL, db: str | None = None, progress: bool = False) -> RunResult:
    """Run the whole batch over files/folders ``paths`` and write every output into ``out``."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    t0 = time.perf_counter()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="newsfacts", dynamic_ncols=True, leave=True)
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
