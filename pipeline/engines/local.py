"""Local engine: batches of plain document rows -> plain fact rows, in worker processes.

Each worker process has the model once (``get_extractor`` is cached per process; with the ``fork``
start method the parent loads it before the pool starts and the workers inherit it instead of loading
it again); only small dicts cross process boundaries, never spaCy objects.
"""
from __future__ import annotations

import multiprocessing as mp
from typing import Iterable, Iterator

from ..extract import DEFAULT_MODEL, get_extractor
from ..schema import to_row

Item = tuple[str, str, dict]  # (key, text, meta)


def extract_batch(batch: list[Item], model: str = DEFAULT_MODEL) -> list[tuple[str, list[dict]]]:
    """Extract one batch; returns ``(key, fact rows)`` per item, in order."""
    extractor = get_extractor(model)
    results = extractor.pipe([(text, meta) for _, text, meta in batch])
    return [(key, [to_row(f) for f in facts]) for (key, _, _), facts in zip(batch, results)]


def _one_blas_thread() -> None:
    """Worker start-up: one BLAS thread per worker process. The model's matrix products run on numpy's
    BLAS (see pipeline.extract), which would otherwise start a thread per core in every worker; with N
    workers on N cores that oversubscribes the machine (measured: 22 vs 33 articles/s, 2 workers)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _work(args):
    batch, model = args
    return extract_batch(batch, model)


def map_batches(batches: Iterable[list[Item]], *, workers: int = 2,
                model: str = DEFAULT_MODEL) -> Iterator[list[tuple[str, list[dict]]]]:
    """Results of every batch, in input order; ``workers <= 1`` runs in this process."""
    if workers <= 1:
        for b in batches:
            yield extract_batch(b, model)
        return
    forking = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork") if forking else mp.get_context()
    if forking:
        get_extractor(model)  # load once here; forked workers share it (copy-on-write) instead of loading
    with ctx.Pool(workers, initializer=_one_blas_thread, maxtasksperchild=None) as pool:
        yield from pool.imap(_work, ((b, model) for b in batches), chunksize=1)
