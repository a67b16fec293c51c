"""Shared fixtures: one spaCy model per test session, the seed corpus, and a CLI runner."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "seeds"   # the two reference articles and their sources.csv
XINHUA = CORPUS / "000_e5919f905fdb5541.txt"
CCTV = CORPUS / "002_2ed0c2c54c1d397d.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    """The real English pipeline, loaded once."""
    from pipeline.extract import get_extractor

    return get_extractor()


@pytest.fixture(scope="session")
def seed_facts(extractor):
    """Facts of both seed articles, with the metadata ingest gives them."""
    from pipeline.ingest import iter_documents

    out = {}
    for d in iter_documents([XINHUA, CCTV]):
        assert d.status == "ok", d.reason
        out[d.source] = extractor(d.text, doc_id=d.doc_id, source=d.source, published=d.published)
    return out


@pytest.fixture
def cli(tmp_path):
    """Run ``newsfacts`` as a user would (a subprocess), against this checkout's code."""

    def run(*args: str, input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], input=input, capture_output=True,
                              text=True, cwd=cwd or ROOT, env=env, timeout=600)

    return run
