"""Score ``pipeline.extract`` on the project's gold set (``tests/gold/gold.jsonl``).

Each gold sentence is extracted on its own, with the publication date of its article. A predicted
fact matches a gold quantity when their values agree (relative tolerance 1e-6; ranges by both ends);
each prediction matches at most one gold quantity. Over the matched pairs:

- ``value``: the numbers found (precision over all predictions, recall over all gold quantities);
- ``value+unit``: and the unit agrees (lower case, singular; ``people``/``person`` are one unit, and
  ``year of age`` compares as ``year``);
- ``value+direction``: and the direction agrees (``up``/``down``/none);
- ``value+approx``: and the hedge agrees (``=``, ``~``, ``>``, ``<``, ``>=``, ``<=``);
- ``subject partial`` / ``exact``: and the subject shares a content word with the gold subject / has
  exactly its content words (lower case, singular, without articles and prepositions).
"""
from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
ARTICLES = HERE.parents[1] / "corpus" / "newsarticles"
_STOP = {"a", "an", "the", "of", "in", "on", "for", "by", "to", "from", "and", "at", "'s", "s", "with", "its"}
_SAME_UNIT = {"person": "people", "persons": "people", "meter": "metre", "meters": "metre", "tonne": "ton",
              "metric ton": "ton", "cubic meter": "cubic metre", "percentage": "percent",
              "year of age": "year"}  # ages: the second annotator wrote them in years


def load(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def published_dates(folder: Path = ARTICLES) -> dict[str, str]:
    with (folder / "sources.csv").open(newline="", encoding="utf-8") as fh:
        return {r["file"]: r["published"] for r in csv.DictReader(fh)}


def singular(w: str) -> str:
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def unit_key(u: str | None) -> str:
    u = " ".join(singular(w) for w in (u or "").lower().split())
    return _SAME_UNIT.get(u, u)


def words(s: str | None) -> frozenset[str]:
    return frozenset(singular(w) for w in re.findall(r"[a-z0-9&'-]+", (s or "").lower().replace("'s", ""))
                     if w not in _STOP)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_value(g: dict, f) -> bool:
    if (g.get("value_max") is None) != (f.value_max is None):
        return False
    return _close(g["value"], f.value) and (g.get("value_max") is None or _close(g["value_max"], f.value_max))


@dataclass
class Scores:
    n_gold: int = 0
    n_pred: int = 0
    hits: dict = field(default_factory=lambda: dict.fromkeys(
        ["value", "value+unit", "value+direction", "value+approx", "subject partial", "subject exact"], 0))

    def f1(self, name: str) -> tuple[float, float, float]:
        tp = self.hits[name]
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)

    def table(self) -> str:
        lines = [f"{self.n_gold} gold quantities, {self.n_pred} predicted"]
        for name in self.hits:
            p, r, f = self.f1(name)
            lines.append(f"  {name:17s} P={p:5.1f} R={r:5.1f} F1={f:5.1f}")
        return "\n".join(lines)


def score(extract, gold: list[dict] | None = None) -> Scores:
    """``extract(text, published=...) -> facts``; returns the counts behind the table."""
    gold = load() if gold is None else gold
    dates = published_dates()
    sc = Scores()
    for rec in gold:
        facts = list(extract(rec["sentence"], published=dates.get(rec["doc"])))
        sc.n_gold += len(rec["quantities"])
        sc.n_pred += len(facts)
        free = list(facts)
        for g in rec["quantities"]:
            f = next((f for f in free if same_value(g, f)), None)
            if f is None:
                continue
            free.remove(f)
            h = sc.hits
            h["value"] += 1
            h["value+unit"] += unit_key(f.unit) == unit_key(g["unit"])
            h["value+direction"] += (f.direction or None) == (g["direction"] or None)
            h["value+approx"] += (f.approx or "=") == (g["approx"] or "=")
            gw, fw = words(g["subject"]), words(f.subject)
            h["subject partial"] += bool(gw & fw)
            h["subject exact"] += bool(gw) and gw == fw
    return sc
