"""Dask engine: the same batches as the local engine, as tasks on a Dask distributed cluster.

One task per batch; each worker process loads the model once (``get_extractor`` is cached per
process). Every batch's facts are also written as ``OUT/facts_parts/part-NNNNN.parquet``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from ..extract import DEFAULT_MODEL
from .local import Item, extract_batch


def map_batches(batches: Iterable[list[Item]], *, scheduler: str | None = None, workers: int = 2,
                model: str = DEFAULT_MODEL, parts_dir: Path | None = None,
                in_flight: int | None = None) -> Iterator[list[tuple[str, list[dict]]]]:
    """Results of every batch in input order, with at most ``in_flight`` batches submitted at once."""
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    limit = in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
    try:
        pending = []
        for i, batch in enumerate(batches):
            pending.append(client.submit(_task, batch, model, i, str(parts_dir) if parts_dir else None,
                                         pure=False))
            while len(pending) >= limit:
                yield pending.pop(0).result()
        while pending:
            yield pending.pop(0).result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _task(batch: list[Item], model: str, index: int, parts_dir: str | None):
    results = extract_batch(batch, model)
    if parts_dir:
        _write_part(Path(parts_dir) / f"part-{index:05d}.parquet", [r for _, rows in results for r in rows])
    return results


def _write_part(path: Path, rows: list[dict]) -> None:
    from ..outputs.files import write_parquet
    from ..schema import Fact, from_row

    path.parent.mkdir(parents=True, exist_ok=True)
    write_parquet(path, Fact, [from_row(Fact, r) for r in rows])
