"""Command line: ``newsfacts run``, ``newsfacts extract``, ``newsfacts query``.

Errors become one readable line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import NewsfactsError
from .extract import DEFAULT_MODEL
from .schema import to_row

EXIT_ERROR, EXIT_USAGE = 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not usage + error
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newsfacts", description="Audit the numbers in the news: extract quantities with their "
                "subjects from articles and check them across outlets.")
    p.add_argument("--version", action="version", version=f"newsfacts {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="log what happens to each document")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    r = sub.add_parser("run", help="ingest, extract, reconcile and write all outputs",
                       description="Read news files (txt, md, html, jsonl, json, csv; folders recursively), "
                       "extract every quantity, reconcile across sources, and write facts.csv/.parquet/.jsonl, "
                       "findings.csv, documents.csv and newsfacts.sqlite into the output folder.")
    r.add_argument("paths", nargs="*", default=["corpus"], metavar="PATH", help="files or folders (default: corpus/)")
    r.add_argument("--out", "-o", default="outputs", metavar="DIR", help="output folder (default: outputs/)")
    r.add_argument("--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline (default: {DEFAULT_MODEL})")
    r.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: sqlite:///OUT/newsfacts.sqlite)")
    r.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    r.add_argument("--workers", "-j", type=int, default=2, metavar="N",
                   help="worker processes, each loading the model once (default: 2; 1 = in this process)")
    r.add_argument("--resume", action="store_true",
                   help="reuse the journal of an interrupted run in OUT/.newsfacts-work/")
    r.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local worker processes, or Dask distributed (also writes OUT/facts_parts/*.parquet)")
    r.add_argument("--scheduler", metavar="URL", help="Dask scheduler address, e.g. tcp://host:8786 "
                   "(default with --engine dask: a local cluster of --workers processes)")
    r.set_defaults(func=cmd_run)

    e = sub.add_parser("extract", help="print the facts in a text as JSON lines",
                       description="Extract facts from TEXT (or standard input) and print one JSON object per fact.")
    e.add_argument("text", nargs="?", help="the text (default: read standard input)")
    e.add_argument("--source", help="outlet name to attach to the facts")
    e.add_argument("--published", metavar="YYYY-MM-DD", help="publication date (resolves 'last year')")
    e.add_argument("--model", default=DEFAULT_MODEL, help=f"installed spaCy pipeline (default: {DEFAULT_MODEL})")
    e.set_defaults(func=cmd_extract)

    q = sub.add_parser("query", help="audit questions over the database a run wrote",
                       description="Ask the database written by `newsfacts run`: 'conflicts' lists every conflict "
                       "(optionally about SUBJECT and within PERIOD); 'figures' lists every figure reported for "
                       "SUBJECT, by outlet. SUBJECT matches facts with the same normalised subject key (--broad: containing it); PERIOD "
                       "2024 also matches 2024-Q1, 2024-03 and 2023/2024. Prints CSV (or JSON lines).")
    q.add_argument("question", choices=["conflicts", "figures"], help="conflicts | figures")
    q.add_argument("subject", nargs="?", help="what the numbers are about, e.g. 'exports' (required for figures)")
    q.add_argument("--period", "-p", help="a period: 2024, 2024-Q1, 2024-03")
    q.add_argument("--broad", action="store_true", help="also match subjects that contain SUBJECT")
    q.add_argument("--out", "-o", default="outputs", metavar="DIR", help="output folder of the run (default: outputs/)")
    q.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: sqlite:///OUT/newsfacts.sqlite)")
    q.add_argument("--format", choices=["csv", "jsonl"], default="csv", help="output format (default: csv)")
    q.set_defaults(func=cmd_query)

    rp = sub.add_parser("report", help="rebuild OUT/report.html from an earlier run's outputs",
                        description="Regenerate the HTML audit report (OUT/report.html, and OUT/report/ pages for "
                        "large runs) from the database an earlier `newsfacts run` wrote, without extracting again.")
    rp.add_argument("out", nargs="?", default="outputs", metavar="OUT", help="output folder of a run (default: outputs/)")
    rp.add_argument("--db", metavar="URL", help="SQLAlchemy database URL (default: sqlite:///OUT/newsfacts.sqlite)")
    rp.set_defaults(func=cmd_report)
    return p


def cmd_query(args) -> int:
    import csv

    from .outputs import default_db_url, sql

    if args.db:
        url = args.db
    else:
        if not (Path(args.out) / "newsfacts.sqlite").is_file():
            raise NewsfactsError(f"no database in {args.out}/ (run `newsfacts run --out {args.out}` or pass --db)")
        url = default_db_url(args.out)
    if args.question == "figures":
        if not args.subject:
            raise NewsfactsError("query figures needs a SUBJECT, e.g. newsfacts query figures exports")
        rows = sql.figures(url, args.subject, args.period, broad=args.broad)
    else:
        rows = sql.conflicts(url, args.subject, args.period, broad=args.broad)
    out = sys.stdout
    if args.format == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif rows:
        w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in r.items()})
    if not rows:
        print(f"newsfacts: no {args.question} found", file=sys.stderr)
    return 0


def cmd_run(args) -> int:
    from .batch import run

    missing = [p for p in args.paths if not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise NewsfactsError(f"no such file or directory: {', '.join(missing)}")
    result = run(args.paths, args.out, model=args.model, db=args.db, progress=not args.quiet,
                 workers=args.workers, resume=args.resume,
                 engine=args.engine, scheduler=args.scheduler)
    if not args.quiet:
        print(f"newsfacts: {result.summary()}; outputs in {args.out}/", file=sys.stderr)
    return 0


def cmd_report(args) -> int:
    from .outputs.report import regenerate

    path = regenerate(args.out, db=args.db)
    print(f"newsfacts: report written to {path}", file=sys.stderr)
    return 0


def cmd_extract(args) -> int:
    from .extract import get_extractor

    text = args.text if args.text is not None else sys.stdin.read()
    from .ingest.metadata import normalise_date

    published = normalise_date(args.published) if args.published else None
    if args.published and not published:
        raise NewsfactsError(f"--published: not a date: {args.published!r}")
    facts = get_extractor(args.model)(text, source=args.source, published=published)
    out = sys.stdout
    for f in facts:
        out.write(json.dumps(to_row(f), ensure_ascii=False) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except NewsfactsError as e:
        print(f"newsfacts: error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newsfacts: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
