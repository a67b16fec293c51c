"""Extraction quality on NewsQuant (the CQE authors' metric) and sentences/s, for the issue tracker.

    python benchmarks/newsquant.py [GOLD.json]     (default: ../shared/eval/newsquant-dev.json)

Runs ``../shared/eval/newsquant_score.py`` against this checkout's ``pipeline.extract``; the scorer
prints the table (value, value+unit, value+change, value+concept partial/complete) and sentences/s in
one process. The data is for measurement only: nothing from it is copied into the project.
"""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
for candidate in (SHARED, Path("/work/shared")):
    if (candidate / "eval" / "newsquant_score.py").exists():
        SHARED = candidate
        break


def main(argv: list[str]) -> None:
    gold = argv[1] if len(argv) > 1 else str(SHARED / "eval" / "newsquant-dev.json")
    sys.path.insert(0, str(ROOT))
    sys.argv = [str(SHARED / "eval" / "newsquant_score.py"), gold, *argv[2:]]
    runpy.run_path(sys.argv[0], run_name="__main__")


if __name__ == "__main__":
    main(sys.argv)
