"""Metadata for a document: from its record, a ``sources.csv`` beside the files, or the text itself."""
from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

from dateutil import parser as dateparser

# "BEIJING, Feb. 3 (Xinhua) --", "WASHINGTON, March 2, 2017 (AP) -", "LONDON (Reuters) -"
_DATELINE = re.compile(
    r"""^\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)
        (?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*(?P<year>\d{4}))?))?
        \s*\((?P<agency>[A-Z][A-Za-z.&\- ]{1,30})\)\s*(?:--|—|–|-|:)""",
    re.VERBOSE,
)
# "CCTV News:", "Xinhua News Agency:" at the very start
_OUTLET_COLON = re.compile(r"^\s*(?P<outlet>(?:[A-Z][\w.&-]*\s){0,3}(?:News|Agency|Times|Post|Daily)(?: Agency)?)\s*:")
# "(Reuters) -" near the start
_AGENCY_ANY = re.compile(r"\((?P<agency>Reuters|AP|AFP|Xinhua|Bloomberg|UPI|dpa|PTI|IANS|Kyodo|Yonhap|TASS|Interfax)\)\s*(?:--|—|–|-)")


def from_text(text: str) -> dict:
    """Outlet and (if the dateline gives a year) publication date read from the first lines."""
    head = text[:400]
    m = _DATELINE.match(head)
    if m:
        out = {"source": m.group("agency").strip()}
        if m.group("date") and m.group("year"):
            out["published"] = normalise_date(m.group("date"))
        return out
    m = _OUTLET_COLON.match(head)
    if m:
        return {"source": m.group("outlet").strip()}
    m = _AGENCY_ANY.search(head)
    if m:
        return {"source": m.group("agency")}
    return {}


def normalise_date(value) -> str | None:
    """Any date-ish value as ISO ``YYYY-MM-DD``, or None if it cannot be read as a full date."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    s = str(value).strip()
    if not s or s.lower() in {"nan", "none", "null"}:
        return None
    try:
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    if not re.search(r"\b\d{4}\b", s):  # no year: cannot resolve
        return None
    try:
        d = dateparser.parse(s, default=dt.datetime(1900, 1, 1), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return d.date().isoformat() if d.year != 1900 else None


def load_sources(folder: Path) -> dict[str, dict]:
    """Read ``folder/sources.csv`` (columns ``file`` plus any of source, published, url, title)."""
    path = folder / "sources.csv"
    if not path.is_file():
        return {}
    out: dict[str, dict] = {}
    with path.open(newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            name = (row.get("file") or row.get("path") or "").strip()
            if not name:
                continue
            meta = {k: (v.strip() or None) for k, v in row.items() if k not in ("file", "path") and v is not None}
            if "published" in meta:
                meta["published"] = normalise_date(meta["published"])
            out[name] = meta
    return out


def outlet_from_url(url: str) -> str | None:
    """The outlet named by a link's host, when nothing else names it: "https://www.bbc.co.uk/x" -> "bbc.co.uk"."""
    from urllib.parse import urlparse

    try:
        host = urlparse(url.strip() if "//" in url else "//" + url.strip()).hostname or ""
    except ValueError:
        return None
    host = host.lower().removeprefix("www.")
    return host if "." in host else None
