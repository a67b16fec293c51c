"""Coarse part-of-speech tags without spaCy's attribute ruler.

``en_core_web_sm`` maps fine-grained tags to coarse POS with an ``attribute_ruler`` driven by the
Matcher, which costs about as much as the parser. The extractor reads only ``pos_`` from it, so the
ruler's own single-token POS patterns are compiled here into dict lookups (most specific first:
dependency + word + tag, dependency + word, dependency + tag, word + tag, tag) and applied to the sentences the extractor
parses. The result is checked against the ruler in the test suite.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, POS, TAG
from spacy.parts_of_speech import IDS as _POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

_KEYS = (("DEP", "LOWER", "TAG"), ("DEP", "LOWER"), ("DEP", "TAG"), ("LOWER", "TAG"), ("TAG",))


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
        # the same tables keyed by string hashes, as ``Doc.to_array`` gives them, with POS ids as values
        self._hashed = [{tuple(get_string_id(x) for x in k): _POS_IDS[v] for k, v in tables[key].items()}
                        for key in _KEYS]
        h = get_string_id
        self._aux_deps, self._to_or_none = {h("aux"), h("auxpass")}, {h("TO"), 0}
        self._det_tags, self._det_deps = {h("DT"), h("WDT")}, {h("det"), h("quantmod"), 0}
        self._sp, self._expl = h("_SP"), h("expl")
        self._be = {h(w) for w in ("is", "are", "was", "were", "'s", "'re")}
        self._pos = {name: _POS_IDS[name] for name in ("AUX", "PRON", "SPACE", "X", "VERB")}

    @classmethod
    def from_ruler(cls, ruler) -> "FastPOS | None":
        tables: dict[tuple, dict[tuple, str]] = {key: {} for key in _KEYS}
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
        if not len(doc):
            return doc
        t_dlt, t_dl, t_dt, t_lt, t_t = self._hashed
        pos_id = self._pos
        out = []
        prev_dep = None
        for tag, dep, low, space, old in doc.to_array([TAG, DEP, LOWER, IS_SPACE, POS]).tolist():
            pos = (t_dlt.get((dep, low, tag)) or t_dl.get((dep, low)) or t_dt.get((dep, tag))
                   or t_lt.get((low, tag)) or t_t.get((tag,)))
            if dep in self._aux_deps and tag not in self._to_or_none:
                pos = pos_id["AUX"]
            elif tag in self._det_tags and dep not in self._det_deps:
                pos = pos_id["PRON"]
            elif space:
                pos = pos_id["SPACE"]
            elif tag == self._sp:
                pos = pos_id["X"]
            elif dep != self._expl and prev_dep == self._expl and low in self._be:
                pos = pos_id["VERB"]  # "there is"
            out.append(pos or old)
            prev_dep = dep
        doc.from_array([POS], numpy.asarray(out, dtype="uint64"))
        return doc
