"""Extraction on the project's own gold set (tests/gold/gold.jsonl: sentences of real articles in
corpus/newsarticles/, hand-annotated), with sentences/s. Also scores quantulum3 alone for comparison.

    python benchmarks/gold.py [--quantulum]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from gold.score import load, score  # noqa: E402


def _quantulum_extract(text, published=None):
    """quantulum3 alone, read into the same fields (unit name; '%' -> percent; no subject)."""
    from types import SimpleNamespace

    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit.name if q.unit.name != "dimensionless" else ""
        unit = {"percentage": "percent", "dollar": "USD", "euro": "EUR", "yen": "JPY"}.get(unit, unit)
        lo = q.uncertainty
        out.append(SimpleNamespace(value=float(q.value), value_max=None, unit=unit, direction=None,
                                   approx="=", subject="", surface=q.surface, lo=lo))
    return out


def main(argv: list[str]) -> None:
    from pipeline import extract

    gold = load()
    extract("warm-up: 3 km and $5 million.")
    t0 = time.perf_counter()
    sc = score(extract, gold)
    secs = time.perf_counter() - t0
    print(f"pipeline.extract: {len(gold)} sentences, {len(gold) / secs:.1f} sentences/s")
    print(sc.table())
    if "--quantulum" in argv:
        t0 = time.perf_counter()
        q = score(_quantulum_extract, gold)
        print(f"quantulum3 alone: {len(gold) / (time.perf_counter() - t0):.1f} sentences/s")
        print(q.table())


if __name__ == "__main__":
    main(sys.argv)
