"""Perturbation benchmark for the reconciler on real multi-outlet clusters.

For each cluster (NewsArticles heuristic story clusters, ECB+ event clusters) the articles are
extracted and reconciled once. Numbers that two outlets report and the reconciler finds in agreement
(two-sided intervals, printed with digits) are then perturbed in one article, one at a time:

(a) change: the number is changed by 10-50% (random sign, printed at the same precision). Detected if a
    ``conflict`` finding names the changed fact (a fact of that article at the same position).
(b) rewrite: the number is rewritten into an equal form ("$72 billion" -> "$72,000 million",
    "15 percent" -> "15%", "1.5 million" -> "1,500,000", and back). A false alarm is any conflict that
    was not there before (facts matched by article and position).

Usage: python benchmarks/perturb.py [--data ../shared/data] [--max-per-cluster 3] [--seed 7]
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import reconcile  # noqa: E402
from pipeline.extract import get_extractor  # noqa: E402

NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_DEBUG = bool(__import__("os").environ.get("PERTURB_DEBUG"))
SMALLER = {"trillion": "billion", "billion": "million", "million": None, "thousand": None}


def load_newsarticles(root: Path):
    csv.field_size_limit(10**9)
    rows = {}
    with open(root / "NewsArticles.csv", encoding="utf-8", errors="replace", newline="") as fh:
        for r in csv.DictReader(fh):
            rows[r["article_id"]] = r
    for n, line in enumerate(open(root / "heuristic_clusters.jsonl")):
        c = json.loads(line)
        docs = []
        for aid in c["article_ids"]:
            r = rows.get(str(aid))
            if r is None:
                continue
            src = urlparse(r.get("article_source_link") or "").netloc or f"article {aid}"
            y, m, d = (r["publish_date"].split(" ")[0].split("/") + ["1", "1"])[:3]
            pub = f"{int(y):04d}-{int(m):02d}-{int(d):02d}" if y.isdigit() else None
            docs.append({"doc_id": f"na:{aid}", "source": src, "published": pub, "text": r["text"]})
        yield f"newsarticles:{n}", docs


def load_ecbplus(root: Path):
    clusters = defaultdict(list)
    for line in open(root / "ecbplus_docs.jsonl"):
        d = json.loads(line)
        src = urlparse(d["url"]).netloc if d.get("url") else f"ecb+ {d['doc']}"
        text = " ".join(d["sentences"]).replace("`` ", "\"").replace(" ''", "\"")
        clusters[d["subtopic"]].append({"doc_id": f"ecb:{d['doc']}", "source": src, "published": None, "text": text})
    for k in sorted(clusters):
        yield f"ecbplus:{k}", clusters[k]


def _extract(ex, docs):
    out = ex.pipe((d["text"], {"doc_id": d["doc_id"], "source": d["source"], "published": d["published"]})
                  for d in docs)
    return {d["doc_id"]: facts for d, facts in zip(docs, out)}


def _fmt_like(x: float, template: str) -> str:
    decimals = len(template.split(".")[1]) if "." in template else 0
    s = f"{x:,.{decimals}f}" if "," in template else f"{x:.{decimals}f}"
    return s


def changed_number(token: str, rng: random.Random) -> str | None:
    v = float(token.replace(",", ""))
    if v == 0 or token.startswith("0"):
        return None
    for _ in range(40):
        r = rng.uniform(0.1, 0.5) * rng.choice((-1, 1))
        s = _fmt_like(v * (1 + r), token)
        nv = float(s.replace(",", ""))
        year_like = 1800 <= nv <= 2100 and nv.is_integer() and not 1800 <= v <= 2100
        if 0.1 <= abs(nv - v) / v <= 0.5 and nv > 0 and not year_like:
            return s
    return None


def _is_the_figure(token: str, value: float) -> bool:
    """Whether the digits ``token`` are the fact's value, at some scale ("33" of "$33 million", "5" of "5%")."""
    v = float(token.replace(",", ""))
    return any(abs(v * scale - abs(value)) <= 1e-9 * max(1.0, abs(value)) for scale in (1, 1e3, 1e6, 1e9, 1e12, 0.01))


def rewrite(surface: str) -> str | None:
    """An equal form of the number in ``surface`` (same value, different wording), or None."""
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)(\s*)(percent|per cent|%)", surface)
    if m:
        new = f"{m.group(1)}%" if m.group(3) != "%" else f"{m.group(1)} percent"
        return surface[:m.start()] + new + surface[m.end():]
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s+(thousand|million|billion|trillion)\b", surface)
    if m:
        v = float(m.group(1).replace(",", "")) * SCALES[m.group(2)]
        smaller = SMALLER[m.group(2)]
        if smaller:
            new = f"{v / SCALES[smaller]:,.0f} {smaller}" if (v / SCALES[smaller]).is_integer() else None
        else:
            new = f"{v:,.0f}" if v.is_integer() else None
        return None if new is None else surface[:m.start()] + new + surface[m.end():]
    m = re.search(r"\d{1,3}(?:,\d{3})+(?!\.\d)", surface)
    if m:
        v = int(m.group(0).replace(",", ""))
        for word in ("billion", "million"):
            if v >= SCALES[word] and (v / SCALES[word]) * 100 == int(v / SCALES[word] * 100):
                return surface[:m.start()] + f"{v / SCALES[word]:g} {word}" + surface[m.end():]
        if v >= 10000:
            return surface[:m.start()] + str(v) + surface[m.end():]  # 12,500 -> 12500
    m = re.search(r"(?<![\d.,])(\d{5,})(?![\d.,])", surface)
    if m:
        return surface[:m.start()] + f"{int(m.group(1)):,}" + surface[m.end():]  # 12500 -> 12,500
    m = re.search(r"(?<![\d.,])(\d[\d,]*)\.0+(?![\d])", surface)
    if m:
        return surface[:m.start()] + m.group(1) + surface[m.end():]  # 78,930.00 -> 78,930
    m = re.search(r"(?<![\d.,$])(\d{1,2})(?![\d.,%])", surface)
    if m and 2 <= int(m.group(1)) <= 20 and m.start() == 0:
        return WORDS[int(m.group(1))] + surface[m.end():]  # 12 people -> twelve people
    return None


def _form(old: str, new: str) -> str:
    if "%" in old + new:
        return "percent"
    if re.search(r"thousand|million|billion|trillion", old + new):
        return "scale word"
    if re.search(r"[a-z]", new[:3]):
        return "number word"
    return "digits"


def _conflict_sigs(findings, facts_by_id, doc_id=None, at=0, delta=0):
    sigs = set()
    for f in findings:
        if f.verdict != "conflict":
            continue
        sig = []
        for fid in f.fact_ids:
            x = facts_by_id[fid]
            start = x.start - delta if (x.doc_id == doc_id and x.start > at) else x.start
            sig.append((x.doc_id, start))
        sigs.add((f.check, frozenset(sig)))
    return sigs


def run_cluster(ex, name, docs, rng, max_per_cluster, stats, examples):
    texts = {d["doc_id"]: d for d in docs}
    facts = _extract(ex, docs)
    allf = [f for fs in facts.values() for f in fs]
    base = reconcile(allf)
    by_id = {f.fact_id: f for f in allf}
    base_sigs = _conflict_sigs(base, by_id)
    stats["base_facts"] += len(allf)
    stats["base_conflicts"] += sum(f.verdict == "conflict" and f.check == "cross_source" for f in base)
    stats["base_agrees"] += sum(f.verdict == "agree" and f.check == "cross_source" for f in base)
    shared, seen_vals = [], set()
    for fd in base:
        if fd.check != "cross_source" or fd.verdict != "agree":
            continue
        pair = [by_id[i] for i in fd.fact_ids]
        if any(p.low is None or p.high is None or not NUM.search(p.surface) for p in pair):
            continue
        if pair[0].value != pair[1].value:
            continue  # the same number, reported by two outlets
        target = rng.choice(pair)
        key = (target.value, target.unit)
        if key in seen_vals:
            continue
        seen_vals.add(key)
        shared.append(target)
    rng.shuffle(shared)
    for target in shared[:max_per_cluster]:
        d = texts[target.doc_id]
        text = d["text"]
        surface = text[target.start:target.end]
        m = NUM.search(surface)
        # (a) change the number by 10-50% (only when those digits are the figure: not the 47 of "six AK 47 rifles"
        # or the 10 of "three 10-year sentences", whose change leaves the fact as it was)
        new_tok = changed_number(m.group(0), rng) if _is_the_figure(m.group(0), target.value) else None
        if new_tok is None:
            stats["a_skipped"] += 1
        else:
            new_surface = surface[:m.start()] + new_tok + surface[m.end():]
            ok = _trial(ex, d, facts, target, new_surface, allf, "a")
            stats["a_trials"] += 1
            stats["a_detected"] += ok
            if not ok and len(examples["a"]) < 8:
                examples["a"].append(f"{name}: {surface!r} -> {new_surface!r} in {d['source']}")
        # (b) rewrite into an equal form
        new_surface = rewrite(surface) if target.value_max is None else None
        if new_surface is None or new_surface == surface:
            stats["b_skipped"] += 1
            continue
        new = _trial(ex, d, facts, target, new_surface, allf, "b", base_sigs=base_sigs)
        stats["b_trials"] += 1
        stats["b_false_alarms"] += new
        stats["b_form:" + _form(surface, new_surface)] += 1
        if new and len(examples["b"]) < 8:
            examples["b"].append(f"{name}: {surface!r} -> {new_surface!r} in {d['source']}")


def _trial(ex, d, facts, target, new_surface, allf, mode, base_sigs=None) -> bool:
    text = d["text"]
    new_text = text[:target.start] + new_surface + text[target.end:]
    delta = len(new_surface) - (target.end - target.start)
    new_facts = ex(new_text, doc_id=d["doc_id"], source=d["source"], published=d["published"])
    others = [f for f in allf if f.doc_id != d["doc_id"]]
    findings = reconcile(others + new_facts)
    by_id = {f.fact_id: f for f in others + new_facts}
    if mode == "a":
        for fd in findings:
            if fd.verdict != "conflict" or fd.check != "cross_source":
                continue
            named = [by_id[i] for i in fd.fact_ids]
            if any(f.doc_id == d["doc_id"] and f.start == target.start for f in named) and \
                    any(f.source != d["source"] for f in named):
                return True
        if _DEBUG:
            nf = [f for f in new_facts if f.start == target.start]
            print("DEBUG miss", repr(new_surface), [(f.surface, f.subject_key, f.period, f.kind, f.unit, f.low, f.high)
                                                    for f in nf])
            for fd in findings:
                if any(by_id[i].doc_id == d["doc_id"] and by_id[i].start == target.start for i in fd.fact_ids):
                    print("   ", fd.verdict, fd.explanation[:250])
        return False
    sigs = _conflict_sigs(findings, by_id, d["doc_id"], target.start, delta)
    new = sigs - base_sigs
    if new and _DEBUG:
        for fd in findings:
            if fd.verdict == "conflict" and (fd.check, frozenset(
                    (by_id[i].doc_id, by_id[i].start - delta if by_id[i].doc_id == d["doc_id"] and by_id[i].start > target.start
                     else by_id[i].start) for i in fd.fact_ids)) in new:
                print("DEBUG false alarm", repr(new_surface), fd.explanation[:300])
    return bool(new)


def _default_data() -> Path:
    root = Path(__file__).resolve().parents[1]
    for up in (root.parent, root.parent.parent):
        if (up / "shared" / "data").is_dir():
            return up / "shared" / "data"
    return root.parent / "shared" / "data"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(_default_data()))
    ap.add_argument("--max-per-cluster", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--max-clusters", type=int, default=0, help="per dataset; 0 = all")
    args = ap.parse_args(argv)
    ex = get_extractor()
    data = Path(args.data)
    total = defaultdict(int)
    for label, loader in (("newsarticles", lambda: load_newsarticles(data / "newsarticles")),
                          ("ecbplus", lambda: load_ecbplus(data / "ecbplus"))):
        rng = random.Random(args.seed)
        stats, examples = defaultdict(int), {"a": [], "b": []}
        t = time.perf_counter()
        n = 0
        for name, docs in loader():
            if args.max_clusters and n >= args.max_clusters:
                break
            if len({d["source"] for d in docs}) < 2:
                continue
            n += 1
            run_cluster(ex, name, docs, rng, args.max_per_cluster, stats, examples)
        _report(label, n, stats, examples, time.perf_counter() - t)
        for k, v in stats.items():
            total[k] += v
    _report("all", None, total, None, None)
    return 0


def _report(label, n, s, examples, seconds):
    det = s["a_detected"] / s["a_trials"] if s["a_trials"] else float("nan")
    fa = s["b_false_alarms"] / s["b_trials"] if s["b_trials"] else float("nan")
    head = f"{label}: " + (f"{n} clusters, " if n is not None else "")
    print(f"{head}(a) change 10-50%: detected {s['a_detected']}/{s['a_trials']} = {det:.3f} "
          f"(skipped {s['a_skipped']});  (b) equal rewrite: false alarms {s['b_false_alarms']}/{s['b_trials']} "
          f"= {fa:.3f} (no rewrite form {s['b_skipped']})" + (f";  {seconds:.0f} s" if seconds else ""))
    forms = ", ".join(f"{k[7:]} {v}" for k, v in sorted(s.items()) if k.startswith("b_form:"))
    print(f"  rewrites by form: {forms}")
    print(f"  unperturbed: {s['base_facts']} facts, {s['base_agrees']} cross-source agreements, "
          f"{s['base_conflicts']} cross-source conflicts")
    for mode in ("a", "b") if examples else ():
        for e in examples[mode]:
            print(f"  missed ({mode}): " if mode == "a" else "  false alarm (b): ", e)


if __name__ == "__main__":
    raise SystemExit(main())
