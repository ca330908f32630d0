"""Command line: ``python -m explainer extract|evaluate|build|review ...``.

Thin by design: each command parses its options and makes one library call. An ExplainerError becomes one line
on stderr and exit status 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from .exceptions import ExplainerError
from .paths import MANIFEST, PROCESSED_DIR, REFERENCE_DIR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m explainer",
                                     description="Turn news articles into attributed casualty claims.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract claims and deployments from articles")
    extract.add_argument("articles", nargs="*", help="article files or globs (.txt, .md, .html)")
    extract.add_argument("--acled", action="append", type=Path, default=[], help="an ACLED export (CSV) to import")
    extract.add_argument("--ucdp", action="append", type=Path, default=[], help="a UCDP GED export (CSV) to import")
    extract.add_argument("--out", type=Path, default=PROCESSED_DIR, help="output folder (default data/processed)")
    extract.add_argument("--reference", type=Path, default=REFERENCE_DIR, help="folder of reference lookups")
    extract.add_argument("--manifest", type=Path, default=MANIFEST, help="manifest.csv with outlet, url, licence")
    extract.add_argument("--reference-date", default=None,
                         help="YYYY-MM-DD to resolve 'on Monday' against (default: manifest date, else caption)")

    evaluate = commands.add_parser("evaluate", help="score extraction against annotated articles")
    evaluate.add_argument("annotations", type=Path, nargs="+",
                          help="folders holding ARTICLE.txt with ARTICLE.claims.csv beside it")
    evaluate.add_argument("--reference", type=Path, default=REFERENCE_DIR)

    build = commands.add_parser("build", help="run the notebooks (incrementally) and render the site")
    build.add_argument("--articles", default=None, help="article files or glob for the notebooks' article_path")
    build.add_argument("--force", action="store_true", help="run every notebook even if nothing changed")
    build.add_argument("--no-site", action="store_true", help="run the notebooks only")
    build.add_argument("--acled", default="", help="ACLED exports to import (space-separated paths)")
    build.add_argument("--ucdp", default="", help="UCDP GED exports to import (space-separated paths)")
    build.add_argument("--strict", action="store_true", help="fail (exit 2) if any claim awaits review")
    review = commands.add_parser("review", help="list the claims awaiting review, write the queue, merge decisions")
    review.add_argument("--merge", type=Path, default=None, help="a filled-in queue CSV to merge into the ledger")
    review.add_argument("--reviewer", default="", help="reviewer for merged rows that name none")
    review.add_argument("--processed", type=Path, default=PROCESSED_DIR, help="folder of the built tables")
    review.add_argument("--ledger", type=Path, default=None, help="decisions (default data/review/claims.csv)")
    review.add_argument("--queue", type=Path, default=None, help="where to write the queue (default "
                                                                   "data/review/queue.csv)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        if args.command == "extract":
            from .pipeline import run_extract

            written = run_extract(args.articles, args.out, args.reference, args.manifest, args.reference_date,
                                  acled=args.acled, ucdp=args.ucdp)
            for path in written:
                print(path)
        elif args.command == "evaluate":
            from .evaluate import evaluate_folders, format_scores

            print(format_scores(evaluate_folders(args.annotations, args.reference)))
        elif args.command == "review":
            from .review import LEDGER, QUEUE, run_review

            for line in run_review(args.processed, args.ledger or LEDGER, args.queue or QUEUE, args.merge,
                                   args.reviewer):
                print(line)
        elif args.command == "build":
            from .build import build

            return build(articles=args.articles, force=args.force, site=not args.no_site,
                         acled=args.acled.split(), ucdp=args.ucdp.split(), strict=args.strict)
    except ExplainerError as error:
        if args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    return 0
