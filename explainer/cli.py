"""Command line: ``python -m explainer extract|evaluate|build|review ...``.

Thin by design: each command parses its options and makes one library call. An ExplainerError becomes one line
on stderr and exit status 2; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
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
    extract.add_argument("--datasets-dir", type=Path, default=None,
                         help="folder for the full import of each export (default data/interim/datasets with the "
                              "default --out, else OUT/interim; keep it out of git)")
    extract.add_argument("--reference", type=Path, default=REFERENCE_DIR, help="folder of reference lookups")
    extract.add_argument("--manifest", type=Path, default=MANIFEST, help="manifest.csv with outlet, url, licence")
    extract.add_argument("--reference-date", default=None,
                         help="YYYY-MM-DD to resolve 'on Monday' against (default: manifest date, else caption)")

    evaluate = commands.add_parser("evaluate", help="score extraction against annotated articles")
    evaluate.add_argument("annotations", type=Path, nargs="+",
                          help="folders holding ARTICLE.txt with ARTICLE.claims.csv beside it")
    evaluate.add_argument("--reference", type=Path, default=REFERENCE_DIR)
    evaluate.add_argument("--errors", action="store_true",
                          help="also list, figure by figure, what was missed, extracted wrong or not annotated")

    build = commands.add_parser("build", help="run the notebooks (incrementally) and render the site")
    # The Makefile hands ARTICLES, ACLED and UCDP over in the environment, never through a shell command line,
    # so quotes, spaces, $ and backticks in them stay plain text.
    build.add_argument("--articles", default=os.environ.get("EXPLAINER_ARTICLES") or None,
                       help="article files or globs, space-separated (quote a name with spaces, or give it alone)")
    build.add_argument("--force", action="store_true", help="run every notebook even if nothing changed")
    build.add_argument("--no-site", action="store_true", help="run the notebooks only")
    build.add_argument("--acled", default=os.environ.get("EXPLAINER_ACLED", ""),
                       help="ACLED exports to import (space-separated paths)")
    build.add_argument("--ucdp", default=os.environ.get("EXPLAINER_UCDP", ""),
                       help="UCDP GED exports to import (space-separated paths)")
    build.add_argument("--strict", action="store_true", default=os.environ.get("EXPLAINER_STRICT", "") not in ("", "0"),
                       help="fail (exit 2) if any claim awaits review (make site STRICT=1)")

    review = commands.add_parser("review", help="list the claims awaiting review, write the queue, merge decisions")
    review.add_argument("--merge", type=Path, default=os.environ.get("EXPLAINER_MERGE") or None,
                        help="a filled-in queue CSV to merge into the ledger (make review MERGE=...)")
    review.add_argument("--reviewer", default=os.environ.get("EXPLAINER_REVIEWER", ""),
                        help="reviewer for merged rows that name none")
    review.add_argument("--processed", type=Path, default=PROCESSED_DIR, help="folder of the built tables")
    review.add_argument("--ledger", type=Path, default=None, help="decisions (default data/review/claims.csv)")
    review.add_argument("--queue", type=Path, default=None, help="where to write the queue (default "
                                                                   "data/review/queue.csv)")
    review.add_argument("--deployment-ledger", type=Path, default=None,
                        help="decisions on deployments (default data/review/deployments.csv)")
    review.add_argument("--deployment-queue", type=Path, default=None,
                        help="where to write the deployments queue (default: deployments_queue.csv beside the "
                             "claims' queue)")
    review.add_argument("--accept-export", default=os.environ.get("EXPLAINER_ACCEPT_EXPORT") or None,
                        help="accept every claim of one ACLED/UCDP export of the last build, by file name "
                             "(make review ACCEPT_EXPORT=... REVIEWER=...)")
    review.add_argument("--reject-export", default=os.environ.get("EXPLAINER_REJECT_EXPORT") or None,
                        help="reject every claim of one export (make review REJECT_EXPORT=... REVIEWER=...)")
    review.add_argument("--note", default=os.environ.get("EXPLAINER_NOTE", ""),
                        help="a note recorded with an export decision")
    review.add_argument("--dismiss", default=os.environ.get("EXPLAINER_DISMISS") or None,
                        help="a possible miss (its key, m-...) read and found to give no casualty figure: listed no "
                             "more (make review DISMISS=m-... REVIEWER=...)")
    review.add_argument("--misses", type=Path, default=None,
                        help="dismissed possible misses (default data/review/misses.csv)")
    review.add_argument("--exports", type=Path, default=None,
                        help="decisions on whole exports (default data/review/exports.csv)")

    diff = commands.add_parser("diff", help="how the tables differ from the committed ones, in an editor's words")
    diff.add_argument("--against", default="HEAD", help="git revision to compare with (default HEAD)")

    add = commands.add_parser("add", help="copy a new article into data/raw and record its hash and description")
    # make add hands FILE, URL, OUTLET, PUBLISHED, LICENCE over in the environment (see the Makefile).
    env = os.environ.get
    add.add_argument("file", type=Path, nargs="?", default=env("EXPLAINER_FILE") or None,
                     help="the article as received (.txt, .md, .html)")
    add.add_argument("--outlet", default=env("EXPLAINER_OUTLET"), help="publishing outlet, e.g. 'Reuters'")
    add.add_argument("--published", default=env("EXPLAINER_PUBLISHED"), help="publication date, YYYY-MM-DD")
    add.add_argument("--licence", default=env("EXPLAINER_LICENCE"),
                     help="e.g. 'All rights reserved: quote briefly and link' or 'CC BY-SA 4.0' (decides republishing)")
    add.add_argument("--url", default=env("EXPLAINER_URL", ""), help="the article's http(s) address")
    add.add_argument("--language", default=env("EXPLAINER_LANGUAGE") or "en", help="language code (default en)")
    add.add_argument("--name", default=env("EXPLAINER_NAME") or None,
                     help="file name in data/raw (default: the file's own name)")
    add.add_argument("--origin", default=env("EXPLAINER_ORIGIN", ""), help="how it was obtained, for the README")
    return parser


def split_paths(text: str | None, what: str) -> str | list[str] | None:
    """Paths or globs from one string: a string that names an existing file is that file, spaces and all;
    otherwise it is split like a shell would (quotes and backslashes), without running anything."""
    from .exceptions import ParameterError
    from .paths import PROJECT_ROOT

    if text is None or not text.strip():
        return None
    stripped = text.strip()
    path = Path(stripped)
    if (path if path.is_absolute() else PROJECT_ROOT / path).is_file():
        return [stripped] if len(stripped.split()) > 1 else stripped  # a list keeps the spaces in the name
    try:
        items = shlex.split(stripped)
    except ValueError as error:
        raise ParameterError(f"{what} {text!r} cannot be read as paths: {error}", value=text,
                             hint="quote a name that contains spaces, e.g. ARTICLES='\"data/raw/my file.txt\"'"
                             ) from None
    return stripped if items == stripped.split() else items


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        if args.command == "extract":
            from .pipeline import run_extract

            # a file named on the command line is found from where the command runs, as a shell user expects; the
            # rest (ARTICLES from make, globs) from the project root
            articles = [str(Path(a).resolve()) if Path(a).is_file() else a for a in args.articles or []] \
                or split_paths(os.environ.get("EXPLAINER_ARTICLES"), "ARTICLES") or []
            from .paths import INTERIM_DIR

            datasets_dir = args.datasets_dir or (INTERIM_DIR / "datasets" if args.out.resolve() ==
                                                 PROCESSED_DIR.resolve() else args.out / "interim")
            written = run_extract(articles, args.out, args.reference, args.manifest, args.reference_date,
                                  acled=args.acled, ucdp=args.ucdp, datasets_dir=datasets_dir)
            for path in written:
                print(path)
        elif args.command == "evaluate":
            from .evaluate import report

            for folder in args.annotations:
                print(report(folder, args.reference, errors=args.errors))
        elif args.command == "review":
            from .review import EXPORTS, LEDGER, MISSES, QUEUE, run_review

            if args.accept_export and args.reject_export:
                from .exceptions import ReviewError

                raise ReviewError("give ACCEPT_EXPORT or REJECT_EXPORT, not both", value=args.accept_export)
            export = ("accepted", args.accept_export) if args.accept_export else \
                ("rejected", args.reject_export) if args.reject_export else None
            for line in run_review(args.processed, args.ledger or LEDGER, args.queue or QUEUE, args.merge,
                                   args.reviewer, exports_path=args.exports or EXPORTS, export=export,
                                   note=args.note, dismiss=args.dismiss, misses_path=args.misses or MISSES,
                                   deployment_ledger_path=args.deployment_ledger,
                                   deployment_queue_path=args.deployment_queue):
                print(line)
        elif args.command == "build":
            from .build import build

            articles = split_paths(args.articles, "ARTICLES")
            acled, ucdp = (split_paths(value, name) or [] for value, name in ((args.acled, "ACLED"),
                                                                               (args.ucdp, "UCDP")))
            return build(articles=articles, force=args.force, site=not args.no_site,
                         acled=[acled] if isinstance(acled, str) else acled,
                         ucdp=[ucdp] if isinstance(ucdp, str) else ucdp, strict=args.strict)
        elif args.command == "diff":
            from .changes import changed_files, describe_changes

            lines = describe_changes(revision=args.against)
            print("\n".join(lines) if lines else f"tables: the same as at {args.against}")
            others = changed_files()
            if others:
                print("also changed (charts, notebooks, downloads; open them to look): " + ", ".join(others))
        elif args.command == "add":
            from .exceptions import AddArticleError
            from .intake import add_article

            missing = [flag for flag, value in (("FILE", args.file), ("--outlet/OUTLET", args.outlet),
                                                ("--published/PUBLISHED", args.published),
                                                ("--licence/LICENCE", args.licence)) if not value]
            if missing:
                raise AddArticleError(f"missing {', '.join(missing)}", hint="e.g. make add FILE=~/story.txt "
                                      "OUTLET=Reuters PUBLISHED=2020-02-04 LICENCE='All rights reserved' URL=https://...")

            added = add_article(args.file, url=args.url, outlet=args.outlet, published=args.published,
                                licence=args.licence, language=args.language, name=args.name, origin=args.origin)
            print(f"added {added.path.relative_to(added.path.parents[2])} (sha256 {added.sha256[:12]}...), "
                  "recorded in data/raw/manifest.csv and data/raw/README.md")
            if not args.url:
                # (URL is optional: a page copied from print or a wire feed has none; trial 20 was left guessing)
                print("note: no URL given: the pages name the article without linking to it; when you have its "
                      "address, write it in the url column of its row in data/raw/manifest.csv and rebuild")
            from .build import last_build_parameters, make_site_command, with_article
            from .intake import added_not_committed

            # The articles (and exports) already built stay in: ARTICLES naming only the new file drops them. So
            # do the articles added before this one and not built yet (two adds in a row): each add's line is the
            # whole build.
            root = added.path.parents[2]
            parameters = last_build_parameters()
            for path in [*added_not_committed(added.path.parent), added.path]:
                parameters = with_article(parameters, str(path.relative_to(root)))
            print(f"next: {make_site_command(parameters)}")
    except ExplainerError as error:
        if args.debug:
            raise
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    return 0
