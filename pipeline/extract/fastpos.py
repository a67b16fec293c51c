"""Coarse part-of-speech tags without spaCy's attribute ruler.

``en_core_web_sm`` maps fine-grained tags to coarse POS with an ``attribute_ruler`` driven by the
Matcher, which costs about as much as the parser. The extractor reads only ``pos_`` from it, so the
ruler's own single-token POS patterns are compiled here into dict lookups (most specific first:
dependency + word + tag, dependency + word, dependency + tag, word + tag, tag) and applied to the sentences the extractor
parses. The result is checked against the ruler in the test suite.
"""
from __future__ import annotations

from spacy.tokens import Doc


def _values(spec) -> list[str] | None:
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return None


class FastPOS:
    """Built from an attribute ruler's patterns; ``None`` from :meth:`from_ruler` when they do not fit."""

    def __init__(self, tables: dict[tuple, dict[tuple, str]]):
        self.tables = tables

    @classmethod
    def from_ruler(cls, ruler) -> "FastPOS | None":
        tables: dict[tuple, dict[tuple, str]] = {("DEP", "LOWER", "TAG"): {}, ("DEP", "LOWER"): {},
                                                 ("DEP", "TAG"): {}, ("LOWER", "TAG"): {}, ("TAG",): {}}
        for p in ruler.patterns:
            if "POS" not in p["attrs"]:
                continue
            pat = p["patterns"][0]
            if any(isinstance(v, dict) and "NOT_IN" in v for v in pat[0].values()) or len(pat) == 2 \
                    or "IS_SPACE" in pat[0]:
                continue  # the few contextual rules, applied in __call__
            if len(pat) != 1:
                return None
            key = tuple(sorted(pat[0]))
            if key not in tables:
                return None
            vals = [_values(pat[0][k]) for k in key]
            if any(v is None for v in vals):
                return None
            combos = [()]
            for v in vals:
                combos = [c + (x,) for c in combos for x in v]
            for c in combos:
                tables[key][c] = p["attrs"]["POS"]
        return cls(tables)

    def __call__(self, doc: Doc) -> Doc:
        t_dlt, t_dl, t_dt, t_lt, t_t = (self.tables[k] for k in (("DEP", "LOWER", "TAG"), ("DEP", "LOWER"),
                                                                 ("DEP", "TAG"), ("LOWER", "TAG"), ("TAG",)))
        for tok in doc:
            tag, dep, low = tok.tag_, tok.dep_, tok.lower_
            pos = (t_dlt.get((dep, low, tag)) or t_dl.get((dep, low)) or t_dt.get((dep, tag))
                   or t_lt.get((low, tag)) or t_t.get((tag,)))
            if dep in ("aux", "auxpass") and tag not in ("TO", ""):
                pos = "AUX"
            elif tag in ("DT", "WDT") and dep not in ("det", "quantmod", ""):
                pos = "PRON"
            elif tok.is_space:
                pos = "SPACE"
            elif tag == "_SP":
                pos = "X"
            elif dep != "expl" and tok.i > 0 and doc[tok.i - 1].dep_ == "expl" \
                    and low in ("is", "are", "was", "were", "'s", "'re"):
                pos = "VERB"  # "there is"
            if pos:
                tok.pos_ = pos
        return doc
