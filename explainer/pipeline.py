"""Run the stages over many articles: resolve the inputs, clean, extract, tabulate, write."""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pandas as pd

from .articles import (Article, clean_article, detect_language, inside, may_republish, read_manifest,
                       resolve_articles, text_fragment_url)
from .claims import extract_claims
from .datasets import (IN_FULL_UP_TO, MAX_COUNT, about_incidents, import_acled, import_ucdp, incident_keys,
                       summarise, full_import)
from . import deployment_review
from .deployments import extract_deployments
from .events import assign_events, events_table, governorates
from .exceptions import ArticleReadError, DatasetImportError, ParameterError
from .paths import MANIFEST, PROJECT_ROOT, RAW_DIR, REFERENCE_DIR
from .reference import Reference, load_reference
from .review import (EXPORTS, LEDGER, LEDGER_COLUMNS, PUBLISHED, apply_decisions, blocks_of, export_decisions,
                     published, read_exports, read_ledger, review_claims)
from .files import atomic_write
from .tables import to_frame, write_tables
from .text import ArticleContext

log = logging.getLogger("explainer")


def _check_article_id(article_id: str, path: Path, seen: dict[str, Path]) -> None:
    """Two inputs with one id would mix their rows: refuse the second, naming both files."""
    if article_id in seen:
        raise ArticleReadError(f"gives the id {article_id!r}, as {seen[article_id]} does", path=path,
                               hint="rename one of the two files (ids come from file names)")
    seen[article_id] = path


def _log_progress(message: str) -> None:
    """A progress line: logged (the command line shows it), and appended to $EXPLAINER_PROGRESS when the build
    runs this in a notebook (the build prints that file's lines as they come)."""
    log.info("%s", message)
    target = os.environ.get("EXPLAINER_PROGRESS")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(message.replace("\n", " ") + "\n")


def _check_count(claim, path: Path) -> None:
    """A figure beyond the people alive on Earth is no count of people (and would overflow the tables)."""
    for number in (claim.number_low, claim.number_high):
        if number is not None and number > MAX_COUNT:
            raise ArticleReadError(f"paragraph {claim.paragraph}: the figure {claim.quantity_text!r} is more people "
                                   "than live on Earth", path=path,
                                   hint="check the article's text; leave it out of the build if the figure is "
                                   "really written so")


def outlet_spelling(outlet: str, reference: Reference) -> str:
    """One spelling per outlet on every page: an outlet the actors table knows by any of its spellings is named as
    the table names it, as its own-voice claims are ("France 24" in the manifest is "FRANCE 24", the seed's
    annotated claimant); an outlet it does not know keeps the manifest's spelling."""
    from .articles import OUTLET_KINDS

    actor = reference.actors.by_name(outlet) if isinstance(outlet, str) and outlet else None
    return actor.canonical if actor is not None and actor.kind in OUTLET_KINDS else outlet


def extract(paths: list[Path], reference: Reference, manifest: dict | None = None,
            reference_date: date | None = None, datasets: list[tuple[str, Path]] | None = None,
            raw_dir: Path = RAW_DIR, ledger: pd.DataFrame | None = None, exports: pd.DataFrame | None = None,
            full_imports: list | None = None, progress=_log_progress,
            deployment_ledger: pd.DataFrame | None = None) -> tuple[dict[str, pd.DataFrame], list[Article]]:
    """Clean and extract every article, import the datasets, apply the editors' decisions in ``ledger``
    (data/review/claims.csv; none means every claim awaits review), ``exports`` (data/review/exports.csv) and
    ``deployment_ledger`` (data/review/deployments.csv; none means every deployment awaits review); return the
    tables as DataFrames and the articles. Each export's full import, (export id, every claim), is appended to
    ``full_imports`` if given, for the caller to write once the tables are valid.

    An article whose licence lets the site republish it must be a file in ``raw_dir``: that is the only
    folder the site republishes from.
    """
    rows: dict[str, list[dict]] = {name: [] for name in ("articles", "paragraphs", "claims", "deployments", "places")}
    articles = []
    ids: dict[str, Path] = {}
    for number, path in enumerate(paths, start=1):
        article = clean_article(path, reference, manifest, reference_date)
        _check_article_id(article.article_id, path, ids)
        if may_republish(article.licence) and not inside(path, raw_dir):
            raise ArticleReadError(f"has a licence that lets the site republish it ({article.licence}) but is not in "
                                   f"{raw_dir}", path=path,
                                   hint=f"move it into {raw_dir.name}/ (the site republishes only from there)")
        article.language = detect_language(article)
        if article.language == "en":
            context = ArticleContext.build(article, reference)
            claims = extract_claims(article, reference, context)
            deployments = extract_deployments(article, reference, context)
            status = "extracted"
            log.info("[%d/%d] %s: %d paragraphs, %d claims, %d deployment facts", number, len(paths), path.name,
                     len(article.paragraphs), len(claims), len(deployments))
        else:
            # The rules read English; in another language they would find wrong claims, so none are taken.
            claims, deployments = [], []
            status = f"not extracted: the text is in another language ({article.language})"
            log.warning("[%d/%d] %s: %s", number, len(paths), path.name, status)
        for claim in claims:
            claim.source_url = text_fragment_url(article.url, claim.quote)
            _check_count(claim, path)
        articles.append(article)
        rows["articles"].append({
            "article_id": article.article_id, "file": path.name, "sha256": article.sha256,
            "outlet": outlet_spelling(article.outlet, reference), "headline": article.headline,
            "section": article.section,
            "caption": article.caption, "photo_credit": article.photo_credit, "credit_line": article.credit_line,
            "url": article.url, "published": article.published, "language": article.language,
            "licence": article.licence,
            "reference_date": article.reference_date.isoformat() if article.reference_date else "",
            "reference_date_source": article.reference_date_source, "paragraphs": len(article.paragraphs),
            "claims": len(claims), "status": status,
        })
        for block in article.blocks:
            if block.kind in ("headline", "caption", "subheading", "body", "credit", "table"):
                rows["paragraphs"].append({"article_id": article.article_id, "kind": block.kind,
                                           "paragraph": block.number, "start": block.start, "end": block.end,
                                           "text": block.text})
        rows["claims"].extend(asdict(c) for c in claims)
        rows["deployments"].extend(asdict(d) for d in deployments)
        story = " ".join(b.text for b in article.blocks if b.kind in ("headline", "caption", "body", "subheading"))
        counts = Counter(place.place_id for _, _, place in reference.places.find(story))
        for place_id, mentions in sorted(counts.items()):
            place = reference.places.places[place_id]
            rows["places"].append({"article_id": article.article_id, "place": place.name, "kind": place.kind,
                                   "governorate": place.governorate, "country": place.country, "lat": place.lat,
                                   "lon": place.lon, "mentions": mentions, "source": place.source})
    claims = pd.DataFrame(rows.pop("claims"))
    imports = []
    seen_events: set = set()
    for kind, path in datasets or []:
        started = time.perf_counter()
        importer = {"acled": import_acled, "ucdp": import_ucdp}[kind]
        dataset_claims, dataset_article = importer(path, progress)
        # A dataset spells a town its own way ("Saraqab"): its figures name the town as the places table does, as
        # the map and the articles' figures do (a trial read one town spelt three ways across the pages)
        spellings = {name: known.name for name in dataset_claims["place"].dropna().unique()
                     if (known := reference.places.by_name(name)) is not None}
        if spellings:
            dataset_claims["place"] = dataset_claims["place"].map(lambda name: spellings.get(name, name))
        _check_article_id(dataset_article["article_id"], Path(path), ids)
        repeated = dataset_claims["claim_id"][dataset_claims["claim_id"].isin(seen_events)]
        if len(repeated):
            raise DatasetImportError(f"event {repeated.iloc[0].split('-', 1)[1]!r} is also in an export given "
                                     "before this one", path=path, hint="give each event once: drop the overlap "
                                     "between the exports, or give only one of them")
        seen_events.update(dataset_claims["claim_id"])
        # Figures, not claims: a row with no one killed is read here and counted as an event, never a claim, below.
        progress(f"{dataset_article['outlet']} {Path(path).name}: {len(dataset_claims):,} figures imported in "
                 f"{time.perf_counter() - started:.1f} s")
        imports.append((dataset_claims, dataset_article))
        rows["articles"].append(dataset_article)
    frames = {name: to_frame(name, table_rows) for name, table_rows in rows.items()}
    kept, frames["dataset_summary"] = _datasets(imports, claims, frames, reference, ledger, full_imports,
                                                progress)
    if kept:
        claims = pd.concat([claims, *kept], ignore_index=True) if len(claims) else pd.concat(kept, ignore_index=True)
    # Review before events: a corrected date or side changes which incident a claim is about.
    claims, _ = review_claims(claims, frames["articles"], frames["paragraphs"], reference, ledger, exports)
    frames["dataset_summary"] = _summary_review(frames["dataset_summary"], frames["articles"], exports)
    deployments, stale = deployment_review.apply_decisions(
        frames["deployments"], frames["articles"],
        deployment_ledger if deployment_ledger is not None else deployment_review.empty_ledger(),
        blocks_of(frames["paragraphs"]))
    for line in stale:
        log.warning("%s", line)
    log.info("review: deployments: %s", deployment_review.counts_line(deployments))
    frames["deployments"] = to_frame("deployments", deployments)
    # Events and syndicated copies among published claims apart from the rest, so that a checked claim is never
    # counted as a copy of one still awaiting review or rejected.
    shown = claims["review_status"].isin(PUBLISHED)
    parts = [assign_events(part, frames["articles"], reference.places) for part in (claims[shown], claims[~shown])
             if len(part)]
    frames["claims"] = to_frame("claims", pd.concat(parts) if parts else claims)
    frames["events"] = to_frame("events", events_table(published(frames["claims"]), reference.places))
    return frames, articles


def _datasets(imports: list[tuple[pd.DataFrame, dict]], claims: pd.DataFrame, frames: dict[str, pd.DataFrame],
              reference: Reference, ledger: pd.DataFrame | None, full_imports: list | None, progress
              ) -> tuple[list[pd.DataFrame], pd.DataFrame]:
    """The dataset claims the committed tables keep, and the summary of every export (datasets.py's rules).

    Up to IN_FULL_UP_TO dataset claims in all are kept, every one. Beyond that only those on the day and in the
    governorate of an incident the articles report (their claims after the editors' decisions, rejected ones left
    out): how many that is depends on the articles, not on the size of the export. Each export's every claim, with
    its governorate and whether it is kept, is appended to ``full_imports`` (if given) as (export id, table).
    """
    if not imports:
        return [], to_frame("dataset_summary", [])
    # A row with no one killed is no casualty claim (as in the articles, a zero is no claim): it is counted as an
    # event in the summary, and never kept as a claim.
    casualties = [(dataset_claims["number_high"] > 0).fillna(True) for dataset_claims, _ in imports]
    in_all = sum(int(has.sum()) for has in casualties)
    in_full = in_all <= IN_FULL_UP_TO
    incidents: set = set()
    if not in_full and len(claims):
        blocks = {aid: group.to_dict("records") for aid, group in frames["paragraphs"].groupby("article_id")}
        ledger = ledger if ledger is not None else pd.DataFrame(columns=LEDGER_COLUMNS)
        reviewed, _ = apply_decisions(claims, frames["articles"], blocks, ledger)
        reviewed = reviewed[reviewed["review_status"] != "rejected"]
        incidents = incident_keys(reviewed, governorates(reviewed["place"], reference.places, None))
    kept, summaries = [], []
    for (dataset_claims, article), has in zip(imports, casualties):
        started = time.perf_counter()
        governorate = governorates(dataset_claims["place"], reference.places, dataset_claims.get("_governorate"))
        keep = has & (pd.Series(True, index=dataset_claims.index) if in_full else
                      about_incidents(dataset_claims, governorate, incidents))
        kept.append(dataset_claims[keep])
        summaries.append(summarise(dataset_claims, governorate, keep, article["outlet"], article["article_id"]))
        if full_imports is not None:
            full_imports.append((article["article_id"], full_import(dataset_claims, governorate, keep)))
        progress(f"{article['outlet']} {article['file']}: "
                 + (f"all {int(has.sum()):,} claims kept (at most {IN_FULL_UP_TO:,} from datasets are kept in "
                    "full)" if in_full else
                    f"{int(keep.sum()):,} of {len(dataset_claims):,} claims are about an incident the articles report "
                    f"and are kept as claims")
                 + (f"; {int((~has).sum()):,} with no one killed are events, not casualty claims"
                    if (~has).any() else "")
                 + f"; summarised in {len(summaries[-1]):,} row{'' if len(summaries[-1]) == 1 else 's'} of "
                   "dataset_summary.csv "
                 f"({time.perf_counter() - started:.1f} s)")
    return kept, to_frame("dataset_summary", pd.concat(summaries, ignore_index=True))


def _summary_review(summary: pd.DataFrame, articles: pd.DataFrame, exports: pd.DataFrame | None) -> pd.DataFrame:
    """Each summary row with its export's decision (data/review/exports.csv); awaiting without one."""
    if summary.empty:
        return summary
    decided, _ = export_decisions(articles, exports)  # stale ones were reported with the claims
    summary = summary.copy()
    for column, key in (("review_status", "decision"), ("reviewer", "reviewer"), ("reviewed_on", "reviewed_on")):
        summary[column] = [decided[export][key] or None if export in decided else None
                           for export in summary["export"]]
    summary["review_status"] = summary["review_status"].fillna("awaiting")
    return to_frame("dataset_summary", summary)


def _shown(path: Path) -> str:
    """A path as a user would type it: from the project root when inside it; a build's staging folder is shown
    as the place its files are moved to."""
    from .paths import BUILD_DIR
    from .steps import INTERIM, PROCESSED

    path = Path(path).resolve()
    build = BUILD_DIR.resolve()
    if path.is_relative_to(build):
        # build/stage-PID/processed/x.csv, as explainer.build.Stage names them, is shown as data/processed/x.csv
        parts = path.relative_to(build).parts
        real = {"processed": PROCESSED, "interim": INTERIM}.get(parts[1]) if len(parts) > 1 else None
        if parts[0].startswith("stage") and real:
            return str(Path(real, *parts[2:]))
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else str(path)


def check_out_dir(out_dir: Path) -> Path:
    """Stop before any work when the tables cannot be written to ``out_dir`` (a file, /proc, read-only ...).

    Probed by creating and removing a temporary folder in it (or where it would be made).

    Raises
    ------
    ParameterError
    """
    import tempfile

    out_dir = Path(out_dir)
    hint = "give --out a folder you can write to (it is created if missing)"
    if out_dir.exists() and not out_dir.is_dir():
        raise ParameterError("the output folder is a file, not a folder", path=out_dir, hint=hint)
    existing = next((p for p in (out_dir, *out_dir.absolute().parents) if p.exists()), Path("/"))
    if not existing.is_dir():
        raise ParameterError(f"{existing} is a file, so the output folder cannot be made there", path=out_dir,
                             hint=hint)
    try:
        probe = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=existing))
        probe.rmdir()
    except OSError as error:
        raise ParameterError(f"cannot write the tables here ({error.strerror or error})", path=out_dir,
                             hint=hint) from None
    return out_dir


def run_extract(article_spec, out_dir: Path, reference_dir: Path = REFERENCE_DIR, manifest_path: Path = MANIFEST,
                reference_date: date | str | None = None, acled: list | None = None,
                ucdp: list | None = None, ledger_path: Path = LEDGER, exports_path: Path = EXPORTS,
                datasets_dir: Path | None = None,
                deployment_ledger_path: Path = deployment_review.LEDGER) -> list[Path]:
    """Everything ``python -m explainer extract`` does: read, extract, validate, then write all tables at once.

    Nothing is written unless every article reads and every table validates. The full import of each dataset
    export goes to ``datasets_dir`` (the build and the command line give data/interim/datasets, git-ignored), once
    the tables are written; with none it is not written.
    """
    if isinstance(reference_date, str) and reference_date:
        try:
            reference_date = date.fromisoformat(reference_date)
        except ValueError:
            raise ParameterError(f"reference_date {reference_date!r} is not a date", value=reference_date,
                                 hint="write it as YYYY-MM-DD, or leave it empty to use the caption's date") from None
    elif reference_date in ("", None):
        reference_date = None
    elif not isinstance(reference_date, date):
        raise ParameterError(f"reference_date must be a YYYY-MM-DD string, not {type(reference_date).__name__}",
                             value=reference_date)
    check_out_dir(out_dir)
    paths = resolve_articles(article_spec) if article_spec else []
    datasets = [("acled", Path(p)) for p in acled or []] + [("ucdp", Path(p)) for p in ucdp or []]
    if not paths and not datasets:
        raise ParameterError("no articles and no datasets given", hint="name at least one article or export")
    reference = load_reference(reference_dir)
    manifest = read_manifest(manifest_path)
    ledger = read_ledger(ledger_path)  # a malformed ledger stops here, before anything is read or written
    exports = read_exports(exports_path)
    deployment_ledger = deployment_review.read_ledger(deployment_ledger_path)
    full: list = []  # each export's full import, written once the tables are
    frames, articles = extract(paths, reference, manifest, reference_date, datasets, Path(manifest_path).parent,
                               ledger, exports, full, deployment_ledger=deployment_ledger)
    sources = [{"title": f"{outlet_spelling(a.outlet, reference) or a.article_id}: {a.headline}".strip(": "),
                "path": a.url or f"data/raw/{a.path.name}"} for a in articles]
    sources += [{"title": f"{kind.upper()} export {path.name}", "path": path.name} for kind, path in datasets]
    written = write_tables(frames, Path(out_dir), sources)
    if datasets_dir is not None:
        folder = Path(datasets_dir)
        stale = {p for p in folder.glob("*.csv")} if folder.is_dir() else set()
        for export, table in full:
            started = time.perf_counter()
            path = atomic_write(folder / f"{export}.csv", lambda temporary, table=table: table.to_csv(
                temporary, index=False, lineterminator="\n"))
            stale.discard(path)
            _log_progress(f"the full import of {export}, {len(table):,} figures, is in {_shown(path)} (the whole table; "
                          f"not published; {time.perf_counter() - started:.1f} s)")
        for path in stale:  # an export no longer given: its import goes too, so the folder matches the tables
            path.unlink(missing_ok=True)
    return written
