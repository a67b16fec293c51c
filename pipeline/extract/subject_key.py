"""Normalise a subject for matching: "total annual service import and export volume" -> "service trade"."""
from __future__ import annotations

import functools
import re

from .lexicon import GENERIC_SUBJECT_WORDS

_STOP = {"of", "in", "for", "from", "on", "and", "or", "to", "by", "with", "at", "as", "than", "its", "s"}
# Phrases that name the same thing, rewritten before tokenising (order matters: longest first).
PHRASES = [
    (r"\b(?:imports? and exports?|exports? and imports?|import[- ]export|imported and exported|exported and imported)\b", "trade"),
    (r"\bforeign trade\b", "trade"),
    (r"\bgross domestic product\b", "gdp"),
    (r"\bconsumer price index\b", "cpi"),
    (r"\bjobless rate\b", "unemployment rate"),
    (r"\bdeath toll\b", "death"),
    (r"\bu\.s\.|\bunited states\b", "us"),
]
_SINGULAR_EXCEPTIONS = {"news", "gas", "bus", "status", "series", "species", "analysis", "crisis", "basis",
                        "us", "sales", "people", "goods", "earnings", "its", "this", "has", "was", "is",
                        "less", "loss", "business", "press", "process", "access", "success", "plus", "bonus"}


def singular(word: str) -> str:
    w = word
    if w in _SINGULAR_EXCEPTIONS or len(w) <= 3:
        return {"sales": "sale", "goods": "good", "earnings": "earning"}.get(w, w)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


@functools.lru_cache(maxsize=8192)  # (pure; each fact asks twice, and subjects repeat across a corpus)
def subject_key(subject: str) -> str:
    """Order-insensitive key of the content words of a subject, singular, generic words removed."""
    s = subject.lower()
    s = re.sub(r"\b[\w.-]+'s?\b(?=\s)|\b\w+’s\b", lambda m: "" if m.group(0).endswith(("'s", "’s")) else m.group(0), s)
    for pattern, repl in PHRASES:
        s = re.sub(pattern, repl, s)
    words = re.findall(r"[a-z0-9][a-z0-9-]*", s)
    out = []
    for w in words:
        w = singular(w)
        if w in _STOP or w in GENERIC_SUBJECT_WORDS:
            continue
        out.append(w)
    return " ".join(sorted(set(out)))
