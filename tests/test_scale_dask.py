"""A real Dask LocalCluster (2 worker processes) gives the same facts and findings as the local run."""
import csv

import pandas as pd
import pytest

from conftest import CORPUS
from pipeline.batch import run

pytest.importorskip("distributed")


def _rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_dask_equals_local(tmp_path):
    local = run([CORPUS], tmp_path / "local", workers=1)
    dask = run([CORPUS], tmp_path / "dask", engine="dask", workers=2, batch_size=1)
    for name in ("facts.csv", "findings.csv", "documents.csv"):
        assert _rows(tmp_path / "dask" / name) == _rows(tmp_path / "local" / name), name
    assert len(dask.facts) == len(local.facts) > 0
    parts = sorted((tmp_path / "dask" / "facts_parts").glob("part-*.parquet"))
    assert len(parts) >= 2  # one part per batch, batch_size=1 and two ok documents
    df = pd.read_parquet(tmp_path / "dask" / "facts_parts")
    assert sorted(df["fact_id"]) == sorted(f.fact_id for f in local.facts)
