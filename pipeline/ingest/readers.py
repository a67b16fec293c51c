"""Readers: one function per file format, each yielding raw records.

A raw record is a dict with ``key`` (position inside the file, for the stable id), ``text`` and any
metadata the format carries (``id``, ``title``, ``source``, ``published``, ``url``), or ``error``
when that record cannot be used. A reader raises :class:`IngestError` when the whole file is bad.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from ..errors import IngestError

TEXT_COLUMNS = ("text", "body", "content", "article", "story", "article_text", "full_text")
ALIASES = {
    "id": ("id", "article_id", "doc_id", "guid", "uid"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publisher", "site", "sitename", "article_source"),
    "published": ("published", "publish_date", "published_at", "date", "pubdate", "datetime"),
    "url": ("url", "link", "article_source_link", "source_url"),
}
csv.field_size_limit(2**31 - 1)


def decode(data: bytes, name: str = "") -> str:
    """Bytes to text: BOMs first, then UTF-8, then the best guess; binary data is refused."""
    if not data.strip():
        raise IngestError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError(f"undecodable UTF-16 text ({e.reason})") from None
        if not text.strip():
            raise IngestError("empty file")
        return text
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:8192]
    if b"\x00" in sample:
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise IngestError("binary content (NUL bytes), not text")
        data, text = b"", utf16
    else:
        text = None
    if text is None:
        text = _decode_8bit(data)
    bad = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if bad > 0.05 * min(len(text), 8192):
        raise IngestError("binary content (control characters), not text")
    if not text.strip():
        raise IngestError("empty file")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte order mark: NUL in (nearly) every other byte of a Latin-script text."""
    sample = data[:8192]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        other = even if zeros is odd else odd
        if zeros.count(0) > 0.6 * len(zeros) and other.count(0) == 0:
            try:
                return data[:len(data) - len(data) % 2].decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _western(data: bytes) -> str | None:
    """Latin-1/Windows-1252 text, the usual non-UTF-8 news file: mostly ASCII letters, a few accented.

    Tried before statistical detection, which mistakes short Western texts for Baltic or Central
    European code pages. Cyrillic or Greek single-byte text read this way is mostly accented letters,
    so it is left to the detector.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    letters = [ch for ch in text[:100_000] if ch.isalpha()]
    if not letters:
        return None
    accented = sum(1 for ch in letters if ord(ch) > 127)
    return text if accented <= 0.25 * len(letters) else None


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise IngestError("undecodable text: not UTF-8 and no other encoding fits") from None
    try:
        return data.decode(best.encoding, errors="replace")
    except LookupError:  # pragma: no cover - codec charset_normalizer knows but Python lacks
        return data.decode("latin-1")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError("file vanished before it could be read") from None
    except PermissionError:
        raise IngestError("permission denied") from None
    except IsADirectoryError:
        raise IngestError("is a directory") from None
    except OSError as e:
        raise IngestError(f"unreadable: {e.strerror or e}") from None


def read_text(path: Path) -> Iterator[dict]:
    yield {"key": "", "text": decode(read_bytes(path), path.name)}


def read_html(path: Path) -> Iterator[dict]:
    import trafilatura

    html = decode(read_bytes(path), path.name)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < 3:  # nothing, or a stray menu word
        raise IngestError("HTML page has no article body that trafilatura could extract")
    yield {
        "key": "",
        "text": text,
        "title": getattr(doc, "title", None),
        "source": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "published": getattr(doc, "date", None),
        "url": getattr(doc, "url", None),
    }


def _meta(record: dict) -> dict:
    lower = {str(k).lower().strip(): v for k, v in record.items()}
    out = {}
    for name, keys in ALIASES.items():
        for k in keys:
            if lower.get(k) not in (None, ""):
                out[name] = lower[k]
                break
    return out


def _text_of(record: dict) -> str | None:
    lower = {str(k).lower().strip(): v for k, v in record.items()}
    for k in TEXT_COLUMNS:
        v = lower.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _record(obj, key: str) -> dict:
    if not isinstance(obj, dict):
        return {"key": key, "error": f"record is a JSON {type(obj).__name__}, not an object"}
    text = _text_of(obj)
    meta = _meta(obj)
    if text is None:
        return {"key": key, **meta, "error": "record has no non-empty 'text' field"}
    return {"key": key, "text": text, **meta}


def read_jsonl(path: Path) -> Iterator[dict]:
    text = decode(read_bytes(path), path.name)
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield {"key": f"line {lineno}", "error": f"malformed JSON on line {lineno}: {e.msg}"}
            continue
        yield _record(obj, f"line {lineno}")


def read_json(path: Path) -> Iterator[dict]:
    text = decode(read_bytes(path), path.name)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        # Many ".json" news dumps are really JSON lines.
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_jsonl(path)
            return
        raise IngestError(f"malformed JSON: {e.msg} at line {e.lineno}") from None
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        yield _record(item, f"item {i}")


def read_csv(path: Path) -> Iterator[dict]:
    text = decode(read_bytes(path), path.name)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    fields = [f.lower().strip() for f in (reader.fieldnames or [])]
    if not any(c in fields for c in TEXT_COLUMNS):
        raise IngestError(f"CSV has no text column (looked for {', '.join(TEXT_COLUMNS)}; found {', '.join(fields) or 'none'})")
    try:
        for i, row in enumerate(reader, 1):
            row.pop(None, None)  # extra cells beyond the header
            yield _record(row, f"row {i}")
    except csv.Error as e:
        raise IngestError(f"malformed CSV: {e}") from None


READERS = {
    ".txt": read_text, ".md": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html,
    ".jsonl": read_jsonl, ".ndjson": read_jsonl, ".json": read_json,
    ".csv": read_csv,
}
