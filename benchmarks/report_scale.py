"""The audit report at scale: how long it takes to build and to open, and how big it is.

    python benchmarks/report_scale.py OUT

OUT is the output folder of an earlier ``newsfacts run`` (for example over all of NewsArticles:
``newsfacts run ../shared/data/newsarticles/NewsArticles.csv --out /tmp/na``). The report is
regenerated from the database (``newsfacts report``), then the index and one article page are opened
in headless Chromium (Debian ``chromium`` via Playwright) to time the load and count console errors.
Timings are printed, never asserted.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.outputs.report import regenerate  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def _open(ctx, path: Path) -> tuple[float, int, int]:
    page = ctx.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    t0 = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    seconds = time.perf_counter() - t0
    marks = page.locator("mark.fact").count()
    page.close()
    return seconds, marks, len(errors)


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    out = Path(argv[1])
    t0 = time.perf_counter()
    index = regenerate(out)
    built = time.perf_counter() - t0
    pages = sorted((out / "report").glob("*.html")) if (out / "report").is_dir() else []
    size = index.stat().st_size + sum(p.stat().st_size for p in pages)
    print(f"report built in {built:.1f}s: index {index.stat().st_size / 1e6:.1f} MB, "
          f"{len(pages)} article pages, {size / 1e6:.1f} MB in all")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        ctx = browser.new_context()
        s, marks, errs = _open(ctx, index)
        print(f"index opens in {s:.2f}s (load event), {marks} highlighted facts inline, {errs} console errors")
        if pages:
            biggest = max(pages, key=lambda q: q.stat().st_size)
            s, marks, errs = _open(ctx, biggest)
            print(f"largest article page ({biggest.stat().st_size / 1e3:.0f} kB) opens in {s:.2f}s, "
                  f"{marks} highlighted facts, {errs} console errors")
        browser.close()


if __name__ == "__main__":
    main(sys.argv)
