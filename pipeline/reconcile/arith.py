"""Arithmetic audit inside one article, with interval arithmetic so rounding never raises an alarm.

Checks (each a ``check="arithmetic"`` finding):

* parts sum to the total: exports + imports = trade;
* differences: deficit = imports - exports, surplus = exports - imports;
* a stated change against the level and its growth rate (level - level / (1 + g));
* a stated change of a deficit against the previous year's parts implied by their growth rates;
* the growth of the total against the growth of its parts;
* across sources: previous-year levels implied by "X, up Y%" in two articles.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from ..ids import stable_id
from ..schema import Fact, Finding
from . import fmt
from .bounds import Interval, add, bounds, neg, overlap, previous, sub

NEAR = 250  # characters between a level and the growth rate that goes with it


def _src(f: Fact) -> str:
    return f.source or f.doc_id or "unknown source"


def _signed(f: Fact) -> Interval:
    b = bounds(f)
    return neg(b) if f.direction == "down" else b


def _iv(iv: Interval, unit: str) -> str:
    return fmt.interval(iv[0], iv[1], unit)


class _Doc:
    """One article's facts indexed by (key tokens, period, kind)."""

    def __init__(self, facts: list[Fact]):
        self.facts = sorted(facts, key=lambda f: f.start)
        self.by: dict[tuple, list[Fact]] = defaultdict(list)
        for f in self.facts:
            self.by[(frozenset(f.subject_key.split()), f.period, f.kind)].append(f)

    def get(self, toks: frozenset, period, kind: str, unit: str | None = None, near: Fact | None = None):
        cands = [f for f in self.by.get((toks, period, kind), []) if unit is None or f.unit == unit]
        cands = [f for f in cands if None not in bounds(f)]
        if near is not None:
            cands = [f for f in cands if abs(f.start - near.start) <= NEAR]
            cands.sort(key=lambda f: abs(f.start - near.start))
        return cands[0] if cands else None

    def growth_of(self, level: Fact) -> Fact | None:
        return self.get(frozenset(level.subject_key.split()), level.period, "growth", "percent", near=level)


def _finding(kind: str, facts: list[Fact], ok: bool, detail_ok: str, detail_bad: str, explanation: str,
             subject: Fact) -> Finding:
    ids = sorted(f.fact_id for f in facts)
    return Finding(
        finding_id=stable_id("arithmetic", kind, *ids), check="arithmetic", verdict="agree" if ok else "conflict",
        subject=subject.subject, subject_key=subject.subject_key, period=subject.period, kind=subject.kind,
        fact_ids=ids, sources=sorted({_src(f) for f in facts}), detail=detail_ok if ok else detail_bad,
        explanation=explanation,
    )


def audit_document(facts: list[Fact]) -> Iterator[Finding]:
    d = _Doc(facts)
    done = set()
    for t in d.facts:
        toks = frozenset(t.subject_key.split())
        if t.kind != "level" or "trade" not in toks or None in bounds(t):
            continue
        q = toks - {"trade"}
        e = d.get(q | {"export"}, t.period, "level", t.unit)
        i = d.get(q | {"import"}, t.period, "level", t.unit)
        if e is None or i is None or (t.subject_key, t.period, t.unit) in done:
            continue
        done.add((t.subject_key, t.period, t.unit))
        src, u = _src(t), t.unit
        total = add(bounds(e), bounds(i))
        ok = overlap(total, bounds(t))
        yield _finding("sum", [e, i, t], ok, "parts sum to total within rounding",
                       "parts do not sum to the stated total",
                       f"{src}: exports {e.surface} + imports {i.surface} = {_iv(total, u)}; the stated total "
                       f"{t.surface} is {_iv(bounds(t), u)}; " + ("consistent." if ok else "the ranges do not overlap."),
                       t)
        diff = sub(bounds(i), bounds(e))
        for word, iv, formula in (("deficit", diff, "imports - exports"), ("surplus", neg(diff), "exports - imports")):
            dfact = d.get(q | {word, "trade"}, t.period, "level", u) or d.get(q | {word}, t.period, "level", u)
            if dfact is None:
                continue
            ok = overlap(iv, bounds(dfact))
            yield _finding(word, [e, i, dfact], ok, f"{word} equals {formula} within rounding",
                           f"{word} does not equal {formula}",
                           f"{src}: {formula} = {i.surface if word == 'deficit' else e.surface} - "
                           f"{e.surface if word == 'deficit' else i.surface} = {_iv(iv, u)}; the stated {word} "
                           f"{dfact.surface} is {_iv(bounds(dfact), u)}; "
                           + ("consistent." if ok else "the ranges do not overlap."), dfact)
            # the stated change of the deficit against last year's parts implied by their growth
            change = d.get(frozenset(dfact.subject_key.split()), t.period, "change", u, near=dfact)
            ge, gi = d.growth_of(e), d.growth_of(i)
            if change is not None and ge is not None and gi is not None:
                pe, pi = previous(bounds(e), _signed(ge)), previous(bounds(i), _signed(gi))
                if pe and pi:
                    implied = sub(pi, pe) if word == "deficit" else sub(pe, pi)
                    stated = sub(bounds(dfact), _signed(change))
                    ok = overlap(implied, stated)
                    yield _finding(word + "-change", [e, ge, i, gi, dfact, change], ok,
                                   f"stated change of the {word} matches last year's parts implied by their growth",
                                   f"stated change of the {word} does not match last year's parts",
                                   f"{src}: last year's {word} from {dfact.surface} and a change of {change.surface} "
                                   f"is {_iv(stated, u)}; from exports {e.surface} (+{ge.surface}) and imports "
                                   f"{i.surface} (+{gi.surface}) it is {_iv(implied, u)}; "
                                   + ("consistent." if ok else "the ranges do not overlap."), dfact)
        # growth of the total against the growth of its parts
        gt, ge, gi = d.growth_of(t), d.growth_of(e), d.growth_of(i)
        if gt is not None and ge is not None and gi is not None:
            pt, pe, pi = previous(bounds(t), _signed(gt)), previous(bounds(e), _signed(ge)), previous(bounds(i), _signed(gi))
            if pt and pe and pi:
                parts = add(pe, pi)
                ok = overlap(pt, parts)
                yield _finding("growth-sum", [t, gt, e, ge, i, gi], ok,
                               "growth of the total matches the growth of its parts",
                               "growth of the total does not match the growth of its parts",
                               f"{src}: last year's total from {t.surface} up {gt.surface} is {_iv(pt, u)}; from "
                               f"exports {e.surface} up {ge.surface} and imports {i.surface} up {gi.surface} it is "
                               f"{_iv(parts, u)}; " + ("consistent." if ok else "the ranges do not overlap."), t)
    # a stated change against the level and its growth rate
    for c in d.facts:
        if c.kind != "change" or None in bounds(c):
            continue
        toks = frozenset(c.subject_key.split())
        lvl = d.get(toks, c.period, "level", c.unit, near=c)
        g = d.growth_of(lvl) if lvl is not None else None
        if lvl is None or g is None:
            continue
        p = previous(bounds(lvl), _signed(g))
        if not p:
            continue
        implied = sub(bounds(lvl), p)
        ok = overlap(implied, _signed(c))
        yield _finding("change", [lvl, g, c], ok, "stated change matches level and growth rate",
                       "stated change does not match level and growth rate",
                       f"{_src(c)}: {lvl.surface} after growth of {g.surface} means a change of {_iv(implied, c.unit)}; "
                       f"the stated change {c.surface} is {_iv(_signed(c), c.unit)}; "
                       + ("consistent." if ok else "the ranges do not overlap."), c)


def implied_previous(facts: list[Fact]) -> list[tuple[Fact, Fact, Interval]]:
    """(level, growth, previous-year interval) for every "X, up Y%" in one article."""
    d = _Doc(facts)
    out = []
    for f in d.facts:
        if f.kind == "level" and None not in bounds(f):
            g = d.growth_of(f)
            p = previous(bounds(f), _signed(g)) if g is not None else None
            if p:
                out.append((f, g, p))
    return out


def compare_previous(a: tuple, b: tuple, note: str = "") -> Finding:
    (la, ga, pa), (lb, gb, pb) = a, b
    ok = overlap(pa, pb)
    u = la.unit
    detail = "previous-year levels implied by level and growth agree" if ok else \
        "previous-year levels implied by level and growth differ"
    if note:
        detail += "; " + note
    expl = (f"{_src(la)} reports {la.surface} up {ga.surface}, implying {_iv(pa, u)} a year earlier; "
            f"{_src(lb)} reports {lb.surface} up {gb.surface}, implying {_iv(pb, u)}; "
            + ("consistent." if ok else "the ranges do not overlap."))
    f = _finding("previous", [la, ga, lb, gb], ok, detail, detail, expl, la)
    return f
