"""Wire copies: two outlets printing the same text are one report, not two confirmations.

Reconciliation only sees facts, so documents are compared on the sentences that carry their numbers:
two documents whose number-bearing sentences are mostly the same (after normalising case, spacing and
punctuation) are wire copies of each other. A single shared sentence marks that pair of facts as
"same wording" (a wire line or press release quoted by both).
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..schema import Fact

# Share of the smaller document's number sentences found in the other one.
WIRE_SHARE = 0.6
_NORM = re.compile(r"[^a-z0-9]+")


def norm(sentence: str) -> str:
    return _NORM.sub(" ", sentence.lower()).strip()


class WireIndex:
    def __init__(self, facts: list[Fact]):
        self.sents: dict[str | None, set[str]] = defaultdict(set)
        for f in facts:
            if f.sentence:
                self.sents[f.doc_id].add(norm(f.sentence))
        self._cache: dict[frozenset, bool] = {}

    def copies(self, doc_a: str | None, doc_b: str | None) -> bool:
        key = frozenset((doc_a, doc_b))
        if key not in self._cache:
            a, b = self.sents.get(doc_a, set()), self.sents.get(doc_b, set())
            small = min(len(a), len(b))
            self._cache[key] = small >= 2 and len(a & b) / small >= WIRE_SHARE
        return self._cache[key]

    @staticmethod
    def same_sentence(a: Fact, b: Fact) -> bool:
        return bool(a.sentence) and norm(a.sentence) == norm(b.sentence)

    def note(self, a: Fact, b: Fact) -> str:
        """Text for ``detail`` when the pair is not independent, else ''."""
        sa, sb = a.source or a.doc_id, b.source or b.doc_id
        if self.copies(a.doc_id, b.doc_id):
            return f"not independent: {sa} and {sb} carry near-identical text (wire copy)"
        if self.same_sentence(a, b):
            return f"not independent: {sa} and {sb} print the same sentence (shared wire or release text)"
        return ""
