"""Extraction on the project's hand-annotated gold set (360 sentences of 39 real articles in
corpus/newsarticles/, two annotators) must not fall below pinned floors. Raising a floor is fine; lowering one needs
a reason in the commit message. ``python benchmarks/gold.py`` prints the full table."""
from __future__ import annotations

import pytest

from gold.score import load, score

# F1 floors, pinned a little below measured scores. History: first pinned on the first 183 sentences
# (value 92.4, value+unit 87.9, value+direction 86.4, subject partial 63.1), raised when the extractor
# reached 96.2 / 93.2 / 93.7 / 77.6 there; re-pinned when the second annotator's 177 sentences joined
# (whole set: value 97.1, value+unit 90.1, value+direction 94.4, value+approx 95.7, subject partial 78.9);
# raised at value 97.2, value+unit 92.1, value+direction 94.5, value+approx 96.2, subject partial 81.5,
# subject exact 45.8 (exact pinned from then on); raised again at value 97.5, value+unit 92.6, value+direction
# 94.8, value+approx 96.3, subject partial 84.5, subject exact 48.9; raised again at value 98.8, value+unit
# 96.3, value+direction 96.5, value+approx 97.3, subject partial 85.4, subject exact 49.8 (that last gain came
# partly from fixing general rules on misses seen in this set, so it is no longer a blind measure); raised at
# value 99.0, value+unit 96.5, value+direction 96.7, value+approx 97.5, subject partial 87.7, subject exact 51.2.
FLOORS = {"value": 98.0, "value+unit": 95.0, "value+direction": 97.0, "value+approx": 96.5, "subject partial": 87.0,
          "subject exact": 54.0}


@pytest.fixture(scope="module")
def gold_scores(extractor):
    return score(lambda text, published=None: extractor(text, published=published))


def test_the_gold_set_is_big_enough_and_from_the_corpus():
    gold = load()
    assert len(gold) >= 150
    assert sum(len(r["quantities"]) for r in gold) >= 150
    from gold.score import ARTICLES

    for r in gold:
        assert r["sentence"] in (ARTICLES / r["doc"]).read_text(encoding="utf-8")
        for q in r["quantities"]:
            assert q["surface"] in r["sentence"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_f1_floor(gold_scores, name):
    p, r, f = gold_scores.f1(name)
    assert f >= FLOORS[name], f"{name}: F1 {f:.1f} < floor {FLOORS[name]} (P={p:.1f} R={r:.1f})\n{gold_scores.table()}"
