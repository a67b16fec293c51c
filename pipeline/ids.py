"""Stable identifiers: a short hash over normalised fields, so re-runs and upserts are idempotent."""
from __future__ import annotations

import hashlib
import unicodedata


def _norm(part: object) -> str:
    if part is None:
        return ""
    if isinstance(part, float):
        return repr(round(part, 9))
    return unicodedata.normalize("NFC", str(part)).strip()


def stable_id(*parts: object, length: int = 16) -> str:
    """Hash the normalised parts (order matters) into a hex id of ``length`` characters."""
    h = hashlib.sha256("\x1f".join(_norm(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def content_hash(text: str) -> str:
    """Hash of a document's text, whitespace-normalised, used to spot duplicate content."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
