"""Dataset exports of any size (issue 17, item 11): the committed tables keep the claims about the articles'
incidents and a summary; the full import goes to the git-ignored data/interim; an editor decides on a whole export."""

import csv

import pandas as pd
import pytest

from explainer import datasets, review
from explainer.datasets import IN_FULL_UP_TO, about_incidents, import_acled, import_ucdp, summarise
from explainer.exceptions import ReviewError
from explainer.pipeline import run_extract
from explainer.tables import read_table

from .conftest import FIXTURES, SEED
from .support import national_acled_export

UCDP = FIXTURES / "datasets" / "ucdp-ged-syria-feb2020.csv"
ROWS = 5_000  # five times the number of dataset claims kept in full


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """A national export well over the threshold, and the seed built with it (no review ledger)."""
    folder = tmp_path_factory.mktemp("national")
    export = national_acled_export(folder / "acled-national.csv", ROWS)
    out, full = folder / "out", folder / "interim"
    run_extract([str(SEED)], out, acled=[export], ledger_path=folder / "none.csv", exports_path=folder / "none2.csv",
                datasets_dir=full)
    return export, out, full, folder


def test_only_claims_about_the_articles_incidents_are_kept(national):
    export, out, _, _ = national
    claims = read_table("claims", out)
    from_export = claims[claims["article_id"] == "acled-national"]
    # The seed reports 3 February 2020 in Idlib; the export's other events are on other days or elsewhere.
    assert len(from_export) == (pd.read_csv(export, dtype=str).pipe(
        lambda f: ((f["event_date"] == "03 February 2020") & (f["admin1"] == "Idlib") & (f["fatalities"] != "0")).sum()))
    assert len(from_export) >= 2 and set(from_export["event_date"]) == {"2020-02-03"}
    assert set(from_export["governorate"]) == {"Idlib"}
    assert len(claims) < 50
    articles = read_table("articles", out)
    assert int(articles.loc[articles["article_id"] == "acled-national", "claims"].iloc[0]) == ROWS


def test_the_summary_covers_every_event_by_month_and_governorate(national):
    export, out, _, _ = national
    summary = read_table("dataset_summary", out)
    raw = pd.read_csv(export, dtype=str)
    assert summary["events"].sum() == ROWS
    assert summary["fatalities_low"].sum() == raw["fatalities"].astype(int).sum()
    assert (summary["fatalities_low"] == summary["fatalities_high"]).all()  # ACLED gives one figure
    assert set(summary["source"]) == {"ACLED"} and set(summary["review_status"]) == {"awaiting"}
    feb = summary[(summary["period"] == "2020-02") & (summary["governorate"] == "Idlib")].iloc[0]
    in_raw = raw[raw["event_date"].str.endswith("February 2020") & (raw["admin1"] == "Idlib")]
    assert feb["events"] == len(in_raw) and feb["fatalities_low"] == in_raw["fatalities"].astype(int).sum()
    assert summary["shown_individually"].sum() == len(read_table("claims", out).query(
        "article_id == 'acled-national'"))
    assert len(summary) <= datasets.MAX_SUMMARY_ROWS


def test_the_full_import_is_written_apart(national):
    _, _, full, _ = national
    table = pd.read_csv(full / "acled-national.csv", dtype=str, keep_default_na=False)
    assert len(table) == ROWS and table["claim_id"].is_unique
    assert table["kept_as_claim"].value_counts().to_dict()["True"] < 50


def test_a_small_export_is_kept_whole(tmp_path):
    """Up to IN_FULL_UP_TO dataset claims every one is kept, whatever incident it is about (as before)."""
    acled = FIXTURES / "datasets" / "acled-syria-feb2020.csv"
    run_extract([str(SEED)], tmp_path, acled=[acled], ledger_path=tmp_path / "none.csv",
                exports_path=tmp_path / "none2.csv")
    claims = read_table("claims", tmp_path)
    assert (claims["article_id"] == "acled-syria-feb2020").sum() == 3  # 10 February too
    assert read_table("dataset_summary", tmp_path)["events"].sum() == 3
    assert IN_FULL_UP_TO >= 3


def test_matching_reads_day_and_governorate_as_the_tracker_groups_them():
    claims = pd.DataFrame({"event_date": ["2020-02-03", "2020-02-03", "2020-02-04", "2020-02-03"]})
    governorate = pd.Series(["Idlib governorate", "IDLIB", "Idlib", "Aleppo"])
    assert list(about_incidents(claims, governorate, {("2020-02-03", "idlib")})) == [True, True, False, False]
    assert not about_incidents(claims, governorate, set()).any()


def test_ucdp_ranges_stay_ranges_and_sides_stay_apart():
    claims, article = import_ucdp(UCDP)
    governorate = claims["_governorate"]
    table = summarise(claims, governorate, pd.Series(False, index=claims.index), "UCDP GED", article["article_id"])
    totals = table[table["victim_side"] == "unspecified"]
    assert (totals["fatalities_low"].sum(), totals["fatalities_high"].sum()) == (21 + 5, 41 + 5)
    sides = dict(zip(table["victim_side"], table["fatalities_low"]))
    assert sides["turkey"] == 8 + 5 and sides["syria_government"] == 13
    assert set(table["governorate"]) == {"Idlib"} and set(table["period"]) == {"2020-02"}


def test_a_long_export_is_summarised_by_year(monkeypatch, tmp_path):
    export = national_acled_export(tmp_path / "acled.csv", 3_000)
    claims, article = import_acled(export)
    monkeypatch.setattr(datasets, "MAX_SUMMARY_ROWS", 100)
    table = summarise(claims, claims["_governorate"], pd.Series(False, index=claims.index), "ACLED", "x")
    assert set(table["period"].str.len()) == {4} and table["events"].sum() == 3_000


# --- decisions on a whole export -------------------------------------------------------------------------------


def _exports_file(tmp_path, rows):
    path = tmp_path / "exports.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(review.EXPORT_COLUMNS)
        writer.writerows(rows)
    return path


SHA = "ab" * 32


@pytest.mark.parametrize("row, words", [
    (["a.csv", "abc", "accepted", "Ed", "2026-01-01", ""], "sha256 'abc' is not a SHA-256"),
    (["a.csv", SHA, "maybe", "Ed", "2026-01-01", ""], "decision 'maybe' is not one of accepted, rejected"),
    (["a.csv", SHA, "accepted", "", "2026-01-01", ""], "reviewer is empty"),
    (["a.csv", SHA, "accepted", "Ed", "1 Jan", ""], "reviewed_on '1 Jan' is not a date"),
])
def test_a_bad_export_decision_names_its_line(tmp_path, row, words):
    path = _exports_file(tmp_path, [row])
    with pytest.raises(ReviewError, match=r"exports.csv:2: " + words.replace("(", r"\(")):
        review.read_exports(path)


def test_one_decision_per_export(tmp_path):
    row = ["a.csv", SHA, "accepted", "Ed", "2026-01-01", ""]
    with pytest.raises(ReviewError, match=r"exports.csv:3: a second decision for the same export \(first on line 2\)"):
        review.read_exports(_exports_file(tmp_path, [row, row]))


def test_accepting_an_export_publishes_its_claims_and_summary(national):
    export, out, full, folder = national
    exports, ledger = folder / "exports.csv", folder / "ledger.csv"
    articles = read_table("articles", out)
    line = review.decide_export("acled-national.csv", "accepted", "Test editor", articles, exports)
    assert line.startswith("accepted every claim of the export acled-national.csv")
    decided = review.read_exports(exports)
    assert decided.iloc[0]["sha256"] == articles.loc[articles["file"] == "acled-national.csv", "sha256"].iloc[0]
    assert decided.iloc[0]["reviewer"] == "Test editor" and decided.iloc[0]["reviewed_on"]
    rebuilt = folder / "rebuilt"
    run_extract([str(SEED)], rebuilt, acled=[export], ledger_path=ledger, exports_path=exports)
    claims = read_table("claims", rebuilt)
    from_export = claims[claims["article_id"] == "acled-national"]
    assert set(from_export["review_status"]) == {"accepted"} and set(from_export["reviewer"]) == {"Test editor"}
    assert set(read_table("dataset_summary", rebuilt)["review_status"]) == {"accepted"}
    # The seed's own claims are not touched by the export's decision.
    assert "awaiting" in set(claims.loc[claims["article_id"] != "acled-national", "review_status"])
    with pytest.raises(ReviewError, match="'other.csv' is not an export of the last build"):
        review.decide_export("other.csv", "accepted", "Test editor", articles, exports)
    with pytest.raises(ReviewError, match="no reviewer given"):
        review.decide_export("acled-national.csv", "accepted", " ", articles, exports)


def test_a_rejected_export_is_credited_nowhere(national):
    """A trial rejected an export and still read "Based on three articles and one dataset", the dataset on the Data
    page, in the map's credit and under an empty heading on the Tracker."""
    from explainer import story

    export, out, _, folder = national
    exports, ledger = folder / "exports.csv", folder / "ledger.csv"
    review.decide_export("acled-national.csv", "rejected", "Test editor", read_table("articles", out), exports)
    rebuilt = folder / "rejected"
    run_extract([str(SEED)], rebuilt, acled=[export], ledger_path=ledger, exports_path=exports)
    articles, claims = read_table("articles", rebuilt), read_table("claims", rebuilt)
    assert set(claims.loc[claims["article_id"] == "acled-national", "review_status"]) == {"rejected"}
    credited = review.credited(articles, claims)
    assert list(credited["article_id"]) == [a for a in articles["article_id"] if a != "acled-national"]
    assert "dataset" not in story.updated_line(credited, review.published(claims)).data
    summary = read_table("dataset_summary", rebuilt)
    assert story.dataset_summary_html(summary, review.published(claims), credited).data == ""
    # an accepted one stays credited
    assert len(review.credited(articles, claims.assign(review_status="accepted"))) == len(articles)


def test_a_changed_export_is_not_covered_by_the_old_decision(national, tmp_path, caplog):
    export, out, _, folder = national
    exports = tmp_path / "exports.csv"
    review.decide_export("acled-national.csv", "accepted", "Test editor", read_table("articles", out), exports)
    changed = tmp_path / "acled-national.csv"
    lines = export.read_text(encoding="utf-8").splitlines()
    lines[-1] = lines[-1].rsplit(",", 1)[0] + ",7"  # one figure changed
    changed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="explainer"):
        run_extract([str(SEED)], tmp_path / "out", acled=[changed], ledger_path=tmp_path / "none.csv",
                    exports_path=exports)
    assert any("stale decision: export acled-national.csv has changed since it was accepted" in r.message
               for r in caplog.records)
    claims = read_table("claims", tmp_path / "out")
    assert set(claims.loc[claims["article_id"] == "acled-national", "review_status"]) == {"awaiting"}
    lines = review.run_review(tmp_path / "out", tmp_path / "none.csv", tmp_path / "queue.csv", exports_path=exports)
    assert any(line.startswith(f"{exports}:2: stale decision: export acled-national.csv") for line in lines), lines


def test_a_claim_decision_overrides_the_export_decision():
    claims = pd.DataFrame({"article_id": ["acled-x", "acled-x"], "review_status": ["rejected", "awaiting"],
                           "reviewer": ["Ann", None], "reviewed_on": ["2026-01-01", None],
                           "review_note": ["wrong day", None]})
    decided = {"acled-x": {"decision": "accepted", "reviewer": "Bob", "reviewed_on": "2026-01-02", "note": "",
                           "file": "x.csv"}}
    result = review.apply_export_decisions(claims, decided)
    assert list(result["review_status"]) == ["rejected", "accepted"] and list(result["reviewer"]) == ["Ann", "Bob"]
    assert result.loc[1, "review_note"] == "decided for the whole export x.csv"


def test_the_review_listing_gives_one_line_per_export(national, tmp_path):
    _, out, _, _ = national
    lines = review.run_review(out, tmp_path / "ledger.csv", tmp_path / "queue.csv", exports_path=tmp_path / "e.csv")
    about_export = [line for line in lines if "acled-national.csv" in line]
    assert len(about_export) == 1 and "make review ACCEPT_EXPORT=acled-national.csv" in about_export[0]
    assert not any(line.startswith("acled-national-") or line.startswith("acled-SYR") for line in lines)


# --- through the whole build, in a copy of the project -------------------------------------------------------------

BUILD_ROWS = 12_000


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the project built with a national export, then with the export accepted by an editor."""
    import subprocess

    from .support import copy_tracked_files, run_in_copy

    root = copy_tracked_files(tmp_path_factory.mktemp("big") / "repo")
    national_acled_export(root / "acled-syria-national.csv", BUILD_ROWS)
    first = run_in_copy(root, "build", "--acled", "acled-syria-national.csv")
    decision = run_in_copy(root, "review", "--accept-export", "acled-syria-national.csv", "--reviewer", "Test editor")
    second = run_in_copy(root, "build", "--acled", "acled-syria-national.csv")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)  # to ask git what it would ignore
    return root, first, decision, second


@pytest.mark.slow
def test_a_national_export_builds_and_says_what_it_does(built):
    _, first, decision, second = built
    assert first.returncode == 0, first.stdout + first.stderr
    assert "12,000 figures imported" in first.stdout  # progress lines relayed from the notebook
    assert "data/interim/datasets/acled-syria-national.csv" in first.stdout
    assert "make review ACCEPT_EXPORT=acled-syria-national.csv" in first.stdout
    assert "full dataset import (git-ignored, not published): data/interim/datasets/acled-syria-national.csv" \
        in first.stdout
    assert decision.returncode == 0 and "accepted every claim of the export" in decision.stdout, decision.stderr
    assert second.returncode == 0, second.stdout + second.stderr
    assert "every claim has been reviewed" in second.stdout


@pytest.mark.slow
def test_tracked_files_stay_small_and_the_full_import_is_ignored(built):
    import subprocess

    root = built[0]
    full = root / "data" / "interim" / "datasets" / "acled-syria-national.csv"
    assert len(pd.read_csv(full, dtype=str)) == BUILD_ROWS and full.stat().st_size > 2_000_000
    ignored = subprocess.run(["git", "check-ignore", "-q", str(full.relative_to(root))], cwd=root)
    assert ignored.returncode == 0, "data/interim must be git-ignored"
    sizes = {path: path.stat().st_size for folder in ("data/processed", "notebooks", "report")
             for path in (root / folder).rglob("*") if path.is_file()}
    assert max(sizes.values()) < 400_000, max(sizes, key=sizes.get)
    assert sum(sizes.values()) < 3_000_000
    assert (root / "data/processed/claims.csv").stat().st_size < 60_000
    assert not any("interim" in str(path) for path in (root / "_site").rglob("*"))  # never published


@pytest.mark.slow
def test_the_tracker_shows_the_incident_rows_and_the_summary(built):
    root = built[0]
    page = (root / "_site" / "report" / "tracker.html").read_text(encoding="utf-8")
    assert "What the conflict datasets record" in page
    assert "February 2020" in page and "dataset_summary.csv" in page
    claims = read_table("claims", root / "data" / "processed")
    from_export = claims[claims["article_id"] == "acled-syria-national"]
    assert len(from_export) >= 2 and set(from_export["review_status"]) == {"accepted"}
    tracker = pd.read_csv(root / "data" / "processed" / "tracker.csv", dtype=str)
    assert set(from_export["claim_id"]) <= set(tracker["claim_id"])  # beside the articles' claims on the Tracker
    assert "ACLED" in page
    data_page = (root / "_site" / "report" / "data.html").read_text(encoding="utf-8")
    assert "dataset_summary.csv" in data_page
    assert (root / "_site" / "report" / "downloads" / "dataset_summary.csv").stat().st_size < 200_000


@pytest.mark.slow
def test_a_bad_row_deep_in_a_big_export_changes_nothing(built, tmp_path):
    import hashlib

    from .support import run_in_copy

    root = built[0]
    lines = (root / "acled-syria-national.csv").read_text(encoding="utf-8").splitlines()
    lines[9_000] = lines[9_000].rsplit(",", 1)[0] + ",1e30"
    bad = root / "acled-bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def snapshot():
        return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
                for folder in ("data", "notebooks", "report", "_site") for p in sorted((root / folder).rglob("*"))
                if p.is_file()}

    before = snapshot()
    result = run_in_copy(root, "build", "--acled", "acled-bad.csv")
    bad.unlink()
    assert result.returncode == 2, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "acled-bad.csv:9001" in errors[0] and "fatalities '1e30'" in errors[0], errors
    assert "Traceback" not in result.stderr
    assert snapshot() == before


@pytest.mark.slow
def test_a_malformed_export_decision_stops_the_build(built):
    from .support import run_in_copy

    root = built[0]
    decisions = root / "data" / "review" / "exports.csv"
    kept = decisions.read_text(encoding="utf-8")
    decisions.write_text(kept.replace(",accepted,", ",acepted,"), encoding="utf-8")
    try:
        result = run_in_copy(root, "build", "--acled", "acled-syria-national.csv")
    finally:
        decisions.write_text(kept, encoding="utf-8")
    assert result.returncode == 2, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "exports.csv:2" in errors[0] and "decision 'acepted'" in errors[0], errors


def test_progress_lines_are_printed_while_the_notebook_runs(tmp_path, capsys):
    """The build relays what the kernel appends to the progress file as it comes, not only at the end."""
    import time

    from explainer.build import _relay

    progress = tmp_path / "01.progress"
    with _relay(progress, every=0.02):
        with progress.open("a", encoding="utf-8") as handle:
            handle.write("ACLED x.csv: reading 150.0 MB\nhalf a li")
        time.sleep(0.3)
        assert capsys.readouterr().out == "    ACLED x.csv: reading 150.0 MB\n"  # whole lines only
        with progress.open("a", encoding="utf-8") as handle:
            handle.write("ne\n")
    assert capsys.readouterr().out == "    half a line\n"
    assert not progress.exists()
