"""Parse time with thinc's bundled BLIS vs numpy's BLAS, on the sentences of the project's corpus.

    python benchmarks/blas.py [--repeat 3]

The extractor points the spaCy models at ``NumpyOps(use_blis=False)`` (see ``pipeline.extract``).
This loads the model twice, once each way, parses the same corpus sentences one at a time (as
``pipeline.extract`` does for a single text), and prints the best-of-N time of each, their ratio and
whether the two give the same tags, heads and labels on every token. Timings are printed, never asserted.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy
from thinc.api import NumpyOps

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sentences(limit: int = 1500) -> list[str]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    out: list[str] = []
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        out += [s.text for s in nlp(path.read_text(encoding="utf-8")).sents if any(c.isdigit() for c in s.text)]
    return out[:limit]


def load(use_blis: bool):
    from pipeline.extract import DEFAULT_MODEL, UNUSED, _use_numpy_blas

    nlp = spacy.load(DEFAULT_MODEL, exclude=list(UNUSED) + ["attribute_ruler", "lemmatizer"])
    if not use_blis:
        _use_numpy_blas(nlp)
    assert all(getattr(n.ops, "use_blis", use_blis) == use_blis
               for _, p in nlp.pipeline if getattr(p, "model", None) is not None for n in p.model.walk()
               if isinstance(n.ops, NumpyOps))
    return nlp


def run(nlp, texts: list[str], repeat: int):
    best, docs = float("inf"), []
    for _ in range(repeat):
        t0 = time.perf_counter()
        docs = [nlp(t) for t in texts]
        best = min(best, time.perf_counter() - t0)
    return best, [[(t.tag_, t.head.i, t.dep_) for t in d] for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = sentences()
    blis_s, blis_parse = run(load(True), texts, args.repeat)
    np_s, np_parse = run(load(False), texts, args.repeat)
    tokens = sum(len(d) for d in blis_parse)
    print(f"{len(texts)} corpus sentences, {tokens} tokens, one at a time, best of {args.repeat}")
    print(f"  BLIS (thinc default)  {blis_s:6.2f} s  {len(texts) / blis_s:7.1f} sentences/s")
    print(f"  numpy BLAS            {np_s:6.2f} s  {len(texts) / np_s:7.1f} sentences/s")
    print(f"  speed-up x{blis_s / np_s:.2f}; identical tags, heads and labels: {blis_parse == np_parse}")


if __name__ == "__main__":
    main()
