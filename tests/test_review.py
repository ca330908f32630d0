"""Editorial review: decisions keyed on the text, the queue and its merge, checks, and what reaches the pages."""

import csv
import os
import re
import subprocess
import sys

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from explainer import charts, review, story

from explainer.events import events_table
from explainer.pipeline import run_extract
from explainer.reference import load_reference
from explainer.tables import NAMED_BY_EDITOR, NOT_ATTRIBUTED, read_table

from .conftest import EXAMPLE, SEED
from .support import copy_tracked_files

PY = sys.executable
SEED_ID = "france24-idlib-2020-02-03"


def _extract(tmp_path, ledger, *articles):
    out = tmp_path / "processed"
    run_extract([str(a) for a in (articles or (SEED,))], out, ledger_path=ledger)
    return out


def _tables(out):
    return tuple(read_table(name, out) for name in ("claims", "articles", "paragraphs"))


def _decide(out, ledger, decisions: dict, reviewer="Test editor"):
    """Fill the queue as an editor would: {claim_id suffix: (decision, {field: value})}, then merge it."""
    claims, articles, paragraphs = _tables(out)
    queue = review.queue_frame(claims, articles, paragraphs)
    for suffix, (decision, fields) in decisions.items():
        row = queue["claim_id"].str.endswith(suffix)
        queue.loc[row, "decision"] = decision
        queue.loc[row, "reviewer"] = reviewer
        for name, value in fields.items():
            queue.loc[row, name] = value
    path = review.write_queue(queue, out / "queue.csv")
    review.merge_queue(path, claims, articles, paragraphs, ledger)
    return path


def _run_cli(*args, cwd=None):
    return subprocess.run([PY, "-m", "explainer", *map(str, args)], capture_output=True, text=True, cwd=cwd)


# --- decisions stay attached -----------------------------------------------------------------------------------


def test_decision_survives_reextraction_even_when_rules_change_quotes_and_order(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c003": ("corrected", {"claimant": "Syrian Observatory for Human Rights",
                                                 "number_low": "7", "number_high": "7"}),
                          "c005": ("rejected", {})})
    claims, articles, paragraphs = _tables(_extract(tmp_path, ledger))  # re-extraction, same rules
    status = dict(zip(claims["claim_id"].str[-4:], claims["review_status"]))
    assert status == {"c001": "awaiting", "c002": "awaiting", "c003": "corrected", "c004": "awaiting",
                      "c005": "rejected", "c006": "awaiting"}
    # Better rules: claims found in another order, renumbered, one quote grown to the whole clause.
    machine = review.machine_claims(claims).drop(columns=[c for c in claims.columns if c.startswith("machine_")
                                                          or c in review.REVIEW_COLUMNS])
    machine = machine.iloc[::-1].reset_index(drop=True)
    machine["claim_id"] = [f"{SEED_ID}-n{i}" for i in range(len(machine))]
    grown = machine["quantity_text"] == "six"
    machine.loc[grown, "quote"] = "A Turkish retaliation killed six Syrian soldiers, according to a monitor group"
    machine.loc[grown, "quote_start"] = machine.loc[grown, "quote_start"] - len("A Turkish retaliation ")
    blocks = {aid: g.to_dict("records") for aid, g in paragraphs.groupby("article_id")}
    again, outcome = review.apply_decisions(machine, articles, blocks, review.read_ledger(ledger))
    six = again[again["machine_number_low"] == 6].iloc[0]
    assert (six["review_status"], six["number_low"], six["number_high"]) == ("corrected", 7, 7)
    assert again.loc[again["quantity_text"] == "30 to 35", "review_status"].tolist() == ["rejected"]
    assert outcome.stale == [] and len(outcome.applied) == 2


def test_merging_a_fixed_queue_again_replaces_the_decision(tmp_path):
    """README: a typo in a merged queue is fixed in that file and merged again; the later decision replaces the
    earlier for that claim, never a second decision beside it."""
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    queue = _decide(out, ledger, {"c003": ("corrected", {"claimant": "Ankara Monitorign Desk"}),
                                  "c005": ("rejected", {})})
    text = queue.read_text(encoding="utf-8").replace("Monitorign", "Monitoring")
    queue.write_text(text, encoding="utf-8")
    review.merge_queue(queue, *_tables(out), ledger)
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    assert sorted(row["decision"] for row in rows) == ["corrected", "rejected"]
    claims, _, _ = _tables(_extract(tmp_path, ledger))
    fixed = claims[claims["claim_id"].str.endswith("c003")].iloc[0]
    assert (fixed["review_status"], fixed["claimant"]) == ("corrected", "Ankara Monitoring Desk")


def test_stale_decision_is_reported_and_never_applied_to_another_claim(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c002": ("accepted", {})})
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    # The figure moved: the decision now points where no claim is (as if the rules stopped finding it).
    rows[0]["quote_start"], rows[0]["quote_end"] = "10", "34"
    with ledger.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=rows[0].keys(), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    claims, _, _ = _tables(_extract(tmp_path, ledger))
    assert set(claims["review_status"]) == {"awaiting"}  # no other claim took the decision
    result = _run_cli("review", "--processed", out, "--ledger", ledger, "--queue", tmp_path / "q.csv")
    assert result.returncode == 0, result.stderr
    assert re.search(r":2: stale decision: claim no longer found: .*'nine'", result.stdout)
    assert "1 stale decision(s)" in result.stdout


def test_decision_for_a_changed_article_is_stale(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c001": ("accepted", {})})
    changed = tmp_path / f"{SEED_ID}.txt"
    changed.write_text(SEED.read_text(encoding="utf-8").replace("At least four", "At least five"), encoding="utf-8")
    claims, articles, paragraphs = _tables(_extract(tmp_path, ledger, changed))
    assert set(claims["review_status"]) == {"awaiting"}
    blocks = {aid: g.to_dict("records") for aid, g in paragraphs.groupby("article_id")}
    _, outcome = review.apply_decisions(review.machine_claims(claims), articles, blocks, review.read_ledger(ledger))
    assert len(outcome.stale) == 1 and "has changed since the decision" in outcome.stale[0][1]


def test_a_decision_no_longer_holds_when_the_rules_read_its_claim_otherwise(tmp_path):
    # An editor accepts the ministry's 4 and corrects the monitor's place; new rules (or a row added to places.csv)
    # then read other places and sides: what the editor never saw goes back to the queue, what they corrected holds.
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c001": ("accepted", {}), "c003": ("corrected", {"place": "Saraqeb"})})
    recorded = {row["quantity_text"]: row for row in csv.DictReader(ledger.open(encoding="utf-8"))}
    assert '"place": "Idlib"' in recorded["At least four"]["checked_as"]
    assert '"place"' not in recorded["six"]["checked_as"]  # a corrected field is the editor's, not the machine's
    claims, articles, paragraphs = _tables(out)
    machine = review.machine_claims(claims).drop(columns=[c for c in claims.columns if c.startswith("machine_")
                                                          or c in review.REVIEW_COLUMNS])
    blocks = {aid: g.to_dict("records") for aid, g in paragraphs.groupby("article_id")}
    same, outcome = review.apply_decisions(machine, articles, blocks, review.read_ledger(ledger))
    assert sorted(same["review_status"]) == ["accepted", "awaiting", "awaiting", "awaiting", "awaiting", "corrected"]
    assert outcome.stale == []
    machine["place"] = "Taftanaz"  # every claim now read in another town
    again, outcome = review.apply_decisions(machine, articles, blocks, review.read_ledger(ledger))
    four = again[again["quantity_text"] == "At least four"].iloc[0]
    six = again[again["quantity_text"] == "six"].iloc[0]
    assert four["review_status"] == "awaiting" and "place 'Idlib' -> 'Taftanaz'" in four["review_flags"]
    assert (six["review_status"], six["place"]) == ("corrected", "Saraqeb")  # the editor's place still stands
    assert len(outcome.stale) == 1 and "review it again" in outcome.stale[0][1]
    # applied again to claims that carry the note already (as `make review` does), it is said once
    twice, _ = review.apply_decisions(machine.assign(review_flags=again["review_flags"].to_numpy()), articles,
                                      blocks, review.read_ledger(ledger))
    flags = twice[twice["quantity_text"] == "At least four"].iloc[0]["review_flags"]
    assert flags.count("changed since it was accepted") == 1
    machine["place"], machine.loc[machine["quantity_text"] == "six", "victim_side"] = "Idlib", "rebels"
    again, outcome = review.apply_decisions(machine, articles, blocks, review.read_ledger(ledger))
    six = again[again["quantity_text"] == "six"].iloc[0]
    assert six["review_status"] == "awaiting" and "victim_side 'syria_government' -> 'rebels'" in six["review_flags"]


def test_a_decision_recorded_before_checked_as_was_kept_still_applies(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c001": ("accepted", {})})
    rows = list(csv.DictReader(ledger.open(encoding="utf-8")))
    with ledger.open("w", encoding="utf-8", newline="") as handle:
        fields = [name for name in rows[0] if name != "checked_as"]
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    claims, _, _ = _tables(_extract(tmp_path, ledger))
    assert (claims["review_status"] == "accepted").sum() == 1


# --- corrections, rejections and additions reach (or leave) every output -----------------------------------------


def test_corrected_figure_changes_the_chart_the_story_and_the_downloads(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c001": ("accepted", {}), "c005": ("corrected", {"number_low": "40", "number_high": "45"})})
    claims, articles, _ = _tables(_extract(tmp_path, ledger))
    shown = review.published(claims)
    chart = charts.claims_chart_data(shown)
    erdogan = chart[chart["claimant"] == "Recep Tayyip Erdogan"].iloc[0]
    assert (erdogan["low"], erdogan["high"], erdogan["figure"]) == (40, 45, "40 to 45 (corrected)")
    sentences = story.claim_sentences(shown).data
    assert "40 to 45" in sentences and "30 to 35" not in sentences
    # said where the figure stands, on the Story and the Tracker's tables too (trial 32)
    assert "<strong>40 to 45</strong> <small>(corrected by an editor: " in sentences
    events = events_table(shown, load_reference().places)
    tracked = story.tracker_tables(shown, articles, events).data
    assert "40 to 45 killed" in tracked and "corrected by an editor" in tracked
    downloads = tmp_path / "downloads"
    story.downloads(out, articles, SEED.parent, downloads)
    review.without_rejected(downloads)
    row = pd.read_csv(downloads / "claims.csv").set_index("claim_id").loc[f"{SEED_ID}-c005"]
    assert (row["number_low"], row["number_high"], row["machine_number_low"], row["machine_number_high"]) == \
        (40, 45, 30, 35)
    assert row["review_status"] == "corrected" and row["reviewer"] == "Test editor"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["reviewed_on"])


def test_rejected_claim_disappears_everywhere_but_stays_in_the_ledger(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {s: ("accepted", {}) for s in ("c001", "c002", "c003", "c004", "c006")}
            | {"c005": ("rejected", {})})
    claims, articles, _ = _tables(_extract(tmp_path, ledger))
    shown = review.published(claims)
    assert "Recep Tayyip Erdogan" not in set(shown["claimant"])
    assert "Erdogan" not in charts.claims_chart_data(shown).to_csv()
    assert "30 to 35" not in story.claim_sentences(shown).data
    assert "30 to 35" not in review.not_yet_checked_html(claims, articles).data
    downloads = tmp_path / "downloads"
    story.downloads(out, articles, SEED.parent, downloads)
    review.without_rejected(downloads)
    assert f"{SEED_ID}-c005" not in (downloads / "claims.csv").read_text(encoding="utf-8")
    assert "rejected" in ledger.read_text(encoding="utf-8") and "30 to 35" in ledger.read_text(encoding="utf-8")


def test_added_claim_links_to_its_sentence_and_is_published(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    claims, articles, paragraphs = _tables(out)
    queue = tmp_path / "added.csv"
    queue.write_text("decision,article_id,quote,quantity_text,number_low,number_high,qualifier,outcome,victim_side,"
                     "claimant,event_date,reviewer\n"
                     f"added,{SEED_ID},12 observation posts,12,12,12,exact,other,turkey,FRANCE 24,2020-02-03,Ed\n",
                     encoding="utf-8")
    review.merge_queue(queue, claims, articles, paragraphs, ledger)
    claims, _, _ = _tables(_extract(tmp_path, ledger))
    added = claims[claims["review_status"] == "added"].iloc[0]
    text = SEED.read_text(encoding="utf-8")
    assert text[added["quote_start"]:added["quote_end"]] == "12 observation posts"
    assert added["claim_id"] in set(review.published(claims)["claim_id"])


def test_two_figures_added_on_one_quote_are_two_claims(tmp_path):
    """A new user added "four members of a family" and "two of them children" on one quote, as the annotation
    conventions say: the build then failed on a repeated claim_id. Each added figure has its own id."""
    _, _, added = _merge_added(tmp_path, [f"added,{SEED_ID},12 observation posts,12,12,12,exact,other,turkey,FRANCE 24,,"
                                          "2020-02-03,Ed",
                                          f"added,{SEED_ID},12 observation posts,2,2,2,exact,killed,turkey,FRANCE 24,,"
                                          "2020-02-03,Ed"])  # (the second build validates: claim ids are unique)
    assert sorted(added["number_low"]) == [2, 12] and added["claim_id"].is_unique


def test_a_source_an_editor_names_by_another_spelling_is_one_source(tmp_path):
    """A new user corrected claims to "Turkish Defence Ministry", a spelling actors.csv lists for the ministry: the
    Story counted it as a second source beside "Turkish National Defence Ministry"."""
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c005": ("corrected", {"claimant": "Turkish Defence Ministry"})})
    claims, _, _ = _tables(_extract(tmp_path, ledger))
    corrected = claims.set_index("claim_id").loc[f"{SEED_ID}-c005"]
    # (the article writes the ministry's name another way: the pages quote the article's words)
    assert (corrected["claimant"], corrected["claimant_as_written"]) == \
        ("Turkish National Defence Ministry", "Turkey's National Defense Ministry")
    _, _, added = _merge_added(tmp_path, [f"added,{SEED_ID},12 observation posts,12,12,12,exact,other,turkey,"
                                          "Turkish Defence Ministry,,2020-02-03,Ed"])
    assert list(added["claimant"]) == ["Turkish National Defence Ministry"]


def _merge_added(tmp_path, rows: list[str]):
    """Build the seed, merge added queue rows, build again: the machine's claims and articles before, and the
    published added claims after."""
    ledger = tmp_path / "ledger.csv"
    claims, articles, paragraphs = _tables(_extract(tmp_path, ledger))
    queue = tmp_path / "added.csv"
    queue.write_text("decision,article_id,quote,quantity_text,number_low,number_high,qualifier,outcome,victim_side,"
                     "claimant,claimant_as_written,event_date,reviewer\n" + "\n".join(rows) + "\n", encoding="utf-8")
    review.merge_queue(queue, claims, articles, paragraphs, ledger)
    after, _, _ = _tables(_extract(tmp_path, ledger))
    added = after[after["review_status"] == "added"]
    assert set(added["claim_id"]) <= set(review.published(after)["claim_id"])
    return claims, articles, added


def _add_observation_posts(tmp_path, claimant, qualifier="exact", high="12"):
    """One added row ("12 observation posts", given to ``claimant``): see :func:`_merge_added`."""
    claims, articles, added = _merge_added(tmp_path, [f"added,{SEED_ID},12 observation posts,12,12,{high},{qualifier},"
                                                      f"other,turkey,{claimant},,2020-02-03,Ed"])
    return claims, articles, added.iloc[0]


def test_an_added_figure_given_to_the_articles_own_outlet_is_its_own_voice(tmp_path):
    """A new user added a row with claimant "Wikipedia" and no claimant_as_written: the pages listed "Wikipedia"
    beside "Wikipedia, in its own words" as two sources. The outlet's name (in any case) is its own voice."""
    outlet = "FRANCE 24"
    claims, articles, added = _add_observation_posts(tmp_path, outlet.lower())
    assert articles.set_index("article_id").at[SEED_ID, "outlet"] == outlet
    own = claims[(claims["article_id"] == SEED_ID) & (claims["claimant_as_written"] == NOT_ATTRIBUTED)]
    assert not own.empty and set(own["claimant"]) == {outlet}
    assert added["claimant_as_written"] == NOT_ATTRIBUTED and charts.own_voice(added)
    assert added["claimant"] == outlet
    outlets = charts.outlet_names(articles)
    assert story.source_words(added, outlets) == story.source_words(own.iloc[0], outlets)


def test_an_added_figure_may_name_the_outlet_by_any_of_its_names_and_keep_more_than(tmp_path):
    """A new user ran `make add OUTLET=DW` and wrote "DW" on an added row, which became a source apart from
    "Deutsche Welle, in its own words"; "more_than" on an added row was refused."""
    _, articles, added = _add_observation_posts(tmp_path, "France24", qualifier="more_than", high="")
    outlet = articles.set_index("article_id").at[SEED_ID, "outlet"]
    assert added["claimant"] == outlet and added["claimant_as_written"] == NOT_ATTRIBUTED  # "France24": an alias
    assert added["qualifier"] == "more_than"


def test_an_editor_marks_an_added_figure_as_part_of_a_larger_one(tmp_path):
    # "three teachers" among the six dead an article gives: added as a part, it is never a toll of its own
    ledger = tmp_path / "ledger.csv"
    claims, articles, paragraphs = _tables(_extract(tmp_path, ledger))
    queue = tmp_path / "added.csv"
    queue.write_text("decision,article_id,quote,quantity_text,number_low,number_high,qualifier,outcome,victim_side,"
                     "claimant,event_date,subset,reviewer\n"
                     f"added,{SEED_ID},nine others were wounded,nine,9,9,exact,wounded,turkey,Turkish Defence Ministry,"
                     "2020-02-03,yes,Ed\n", encoding="utf-8")
    review.merge_queue(queue, claims, articles, paragraphs, ledger)
    after, _, _ = _tables(_extract(tmp_path, ledger))
    added = after[after["review_status"] == "added"].iloc[0]
    assert bool(added["subset"]) is True
    from explainer.notebook import figure
    assert figure(added) == "9 (nine others were wounded, part of a larger figure)"  # its words: the quote
    queue.write_text(queue.read_text(encoding="utf-8").replace(",yes,", ",maybe,"), encoding="utf-8")
    with pytest.raises(review.ReviewError, match="subset 'maybe' is not True or False"):
        review.merge_queue(queue, claims, articles, paragraphs, ledger)


def test_an_editor_corrects_the_machines_part_of_a_larger_figure(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    claims, articles, paragraphs = _tables(out)
    assert "subset" in review.queue_frame(claims, articles, paragraphs).columns
    _decide(out, ledger, {"c001": ("corrected", {"subset": "true"})})  # any case is read
    after, _, _ = _tables(_extract(tmp_path, ledger))
    four = after[after["quantity_text"] == "At least four"].iloc[0]
    assert (four["review_status"], bool(four["subset"]), bool(four["machine_subset"])) == ("corrected", True, False)


# --- malformed input: exit 2, one line naming the row, nothing half-applied ---------------------------------------


def _queue_with(tmp_path, rows):
    out = tmp_path / "processed"
    claims, articles, paragraphs = _tables(out)
    queue = review.queue_frame(claims, articles, paragraphs)
    for index, fields in rows.items():
        for name, value in fields.items():
            queue.loc[index, name] = value
    return review.write_queue(queue, tmp_path / "queue.csv")


@pytest.mark.parametrize("rows, words", [
    ({0: {"decision": "accepted", "reviewer": "Ed"}, 1: {"decision": "maybe", "reviewer": "Ed"}},
     ":3: decision 'maybe' is not one of"),
    ({0: {"decision": "accepted", "reviewer": "Ed", "number_low": "5"}}, ":2: decision is accepted but number_low"),
    ({0: {"decision": "corrected", "reviewer": "Ed", "victim_side": "martians"}}, ":2: victim_side 'martians'"),
    ({0: {"decision": "accepted"}}, ":2: reviewer is empty"),
    ({1: {"decision": "corrected", "reviewer": "Ed", "qualifier": "range", "number_high": ""}},
     ":3: qualifier range needs number_high"),
])
def test_malformed_queue_is_exit_2_with_one_line_and_changes_nothing(tmp_path, rows, words):
    ledger = tmp_path / "ledger.csv"
    _extract(tmp_path, ledger)
    ledger.write_text(",".join(review.LEDGER_COLUMNS) + "\n", encoding="utf-8")
    before = ledger.read_bytes()
    queue = _queue_with(tmp_path, rows)
    result = _run_cli("review", "--processed", tmp_path / "processed", "--ledger", ledger, "--merge", queue)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "queue.csv" in lines[0], lines
    assert ledger.read_bytes() == before


def test_added_quote_not_in_the_article_is_exit_2_with_one_line(tmp_path):
    ledger = tmp_path / "ledger.csv"
    _extract(tmp_path, ledger)
    queue = tmp_path / "queue.csv"
    queue.write_text("decision,article_id,quote,quantity_text,qualifier,outcome,victim_side,claimant,reviewer\n"
                     f"added,{SEED_ID},Forty Turkish soldiers were killed,Forty,exact,killed,turkey,AFP,Ed\n",
                     encoding="utf-8")
    result = _run_cli("review", "--processed", tmp_path / "processed", "--ledger", ledger, "--merge", queue)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "queue.csv:2: the quote 'Forty Turkish soldiers were killed' is not in article" \
        in lines[0]
    assert not ledger.exists()


def test_malformed_ledger_stops_the_extraction(tmp_path):
    ledger = tmp_path / "ledger.csv"
    ledger.write_text(",".join(review.LEDGER_COLUMNS) + "\n" + ",".join(["x"] * len(review.LEDGER_COLUMNS)) + "\n",
                      encoding="utf-8")
    with pytest.raises(review.ReviewError, match=r"ledger.csv:2: decision 'x'"):
        _extract(tmp_path, ledger)
    assert not (tmp_path / "processed" / "claims.csv").exists()


# --- the queue and the checks -----------------------------------------------------------------------------------


def test_queue_is_prefilled_with_sentence_and_reasons_and_counts_end_the_listing(tmp_path):
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    queue = tmp_path / "queue.csv"
    result = _run_cli("review", "--processed", out, "--ledger", ledger, "--queue", queue)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == \
        "review: 0 accepted, 0 corrected, 0 rejected, 0 added, 6 awaiting; deployments: 3 accepted, 0 corrected, " \
        "0 rejected, 0 added, 0 awaiting"  # (the seed's deployments, checked in data/review/deployments.csv)
    rows = list(csv.DictReader(queue.open(encoding="utf-8")))
    assert len(rows) == 6 and all(r["decision"] == "" for r in rows)
    monitor = next(r for r in rows if r["quantity_text"] == "six")
    assert monitor["sentence"] == "A Turkish retaliation killed six Syrian soldiers, according to a monitor group."
    assert "claimant inferred" in monitor["why"] and monitor["number_low"] == "6"
    for row in rows:
        row.update(decision="accepted", reviewer="Ed")
    with queue.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=rows[0].keys(), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    merged = _run_cli("review", "--processed", out, "--ledger", ledger, "--merge", queue)
    assert merged.returncode == 0, merged.stderr
    assert merged.stdout.strip().splitlines()[-1].startswith(
        "review: 6 accepted, 0 corrected, 0 rejected, 0 added, 0 awaiting; deployments: ")


def test_queue_cells_cannot_run_as_formulas_and_read_back_exactly(tmp_path):
    claims = pd.DataFrame([{"article_id": "a", "claim_id": "a-c001", "quote": "=HYPERLINK(\"x\") 3 killed",
                            "quote_start": 0, "quote_end": 24, "quantity_text": "3", "number_low": 3,
                            "number_high": 3, "qualifier": "exact", "outcome": "killed", "victim_side": "turkey",
                            "victim_text": "3", "claimant": "-cmd", "claimant_as_written": "-cmd",
                            "event_date": None, "place": None, "scope": None, "review_status": "awaiting",
                            "review_flags": ""}])
    articles = pd.DataFrame([{"article_id": "a", "sha256": "f" * 64}])
    paragraphs = pd.DataFrame(columns=["article_id", "kind", "paragraph", "start", "end", "text"])
    path = review.write_queue(review.queue_frame(claims, articles, paragraphs), tmp_path / "q.csv")
    row = next(csv.DictReader(path.open(encoding="utf-8")))
    assert row["quote"].startswith("'=") and row["claimant"] == "'-cmd"
    assert review._cell(row["quote"]) == claims.at[0, "quote"] and review._cell(row["claimant"]) == "-cmd"


def test_checks_flag_what_an_editor_must_look_at(reference):
    base = {"article_id": "a", "quote_start": 0, "quote_end": 10, "quantity_text": "5", "number_low": 5,
            "number_high": 5, "qualifier": "exact", "outcome": "killed", "victim_side": "turkey",
            "claimant": "Turkish National Defence Ministry", "claimant_as_written": "Turkey's National Defense Ministry",
            "event_date": "2020-02-03", "quote": "5 soldiers were killed"}
    cases = {
        "side": ({"victim_side": "unspecified"}, "side not resolved"),
        "undated": ({"event_date": None}, "no date"),
        "far": ({"event_date": "2017-05-01"}, "days from the article's 4 February 2020"),
        "period": ({"quote": "380000 civilians killed since 2011"}, "may be a period total ('since')"),
        "hyphen": ({"quote": "5 soldiers were killed in the war-torn country"}, ""),
        "own outlet": ({"claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED}, ""),
        # the outlet's voice, yet someone speaks: a speaker the extractor could not name
        "unnamed speaker": ({"claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED,
                             "quote": "Zorbanian state media confirmed the attack, saying 5 soldiers were injured"},
                            "given as the outlet's own words, but the sentence has 'confirmed'"),
        "hedge": ({"claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED,
                   "quote": "5 soldiers were reported killed"}, ""),
        "hedge with adverb": ({"claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED,
                               "quote": "5 soldiers were widely reported killed"}, ""),
        # a perfect tense is no hedge: "has said" has a speaker
        "perfect tense": ({"claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED,
                           "quote": "the brigade has said 5 soldiers were killed"},
                          "given as the outlet's own words, but the sentence has 'said'"),
        "scope": ({"scope": "period"}, "a period total, not one incident"),
        # the extractor's own doubts reach the editor
        "noted": ({"notes": "the text gives this day no year; 2026 is the publication's year, which the text never "
                            "writes (it names other years); check the source"},
                  "the extraction notes: the text gives this day no year"),
        "scale": ({"number_low": 380000, "number_high": 380000}, "380,000 killed is out of scale for one incident (over 200)"),
        "unknown": ({"claimant": "Some Blog", "claimant_as_written": "Some Blog"}, "not in actors.csv"),
        "inferred": ({"claimant": "Syrian Observatory for Human Rights", "claimant_as_written": "a monitor group"},
                     "claimant inferred: the article says 'a monitor group'"),
        "other": ({"outcome": "other"}, "outcome 'other'"),
        "clean": ({}, ""),
    }
    # (a figure of its own for each case: the same figure twice in one article is a check of its own, below)
    claims = pd.DataFrame([{**base, "claim_id": name, "number_low": 5 + i, "number_high": 5 + i, **fields}
                           for i, (name, (fields, _)) in enumerate(cases.items())])
    articles = pd.DataFrame([{"article_id": "a", "published": "2020-02-04", "reference_date": "2020-02-03",
                              "outlet": "Daily Outlet"}])
    found = dict(zip(claims["claim_id"], review.flags(claims, articles, reference.actors)))
    for name, (_, reason) in cases.items():
        assert reason in found[name] if reason else found[name] == "", (name, found[name])
    assert found["period"].count(";") == 0  # one reason, not every check at once


def test_the_same_figure_told_twice_in_one_article_is_flagged_once(reference):
    base = {"article_id": "a", "quote_start": 0, "quote_end": 10, "quantity_text": "16", "number_low": 16,
            "number_high": 16, "qualifier": "exact", "outcome": "killed", "victim_side": "syria_government",
            "claimant": "Syrian Observatory for Human Rights", "claimant_as_written": "the Observatory",
            "event_date": "2020-02-28", "quote": "Sixteen regime fighters were killed"}
    claims = pd.DataFrame([{**base, "claim_id": "a-c001"},
                           {**base, "claim_id": "a-c002", "qualifier": "approximately", "quote": "around 16"},
                           {**base, "claim_id": "a-c003", "victim_side": "turkey"},  # other people
                           # no day: a standfirst restating the figure (a new-user trial saw it counted twice)
                           {**base, "claim_id": "a-c004", "event_date": ""},
                           {**base, "claim_id": "a-c005", "event_date": "", "scope": "period"},  # a total
                           {**base, "claim_id": "a-c006", "event_date": "", "number_low": 17, "number_high": 17}])
    articles = pd.DataFrame([{"article_id": "a", "published": "2020-02-28", "reference_date": "2020-02-28",
                              "outlet": "Daily Outlet"}])
    found = dict(zip(claims["claim_id"], review.flags(claims, articles, reference.actors)))
    assert "same source, people, outcome, day and figure as a-c001" in found["a-c002"]
    assert "same source, people, outcome and figure (that one with a day) as a-c001" in found["a-c004"]
    assert not any("same source, people" in found[c] for c in ("a-c001", "a-c003", "a-c005", "a-c006"))


def _own_voice_flags(reference, **context):
    """The review's checks of two figures in the outlet's own words ("a-c001" and "a-c002"), given the sentences
    around them (``sentences=`` or ``following=``, by claim id)."""
    base = {"article_id": "a", "quote_start": 0, "quote_end": 10, "quantity_text": "Two", "number_low": 2,
            "number_high": 2, "qualifier": "exact", "outcome": "killed", "victim_side": "turkey",
            "claimant": "Daily Outlet", "claimant_as_written": NOT_ATTRIBUTED, "event_date": "2020-02-27",
            "quote": "Two Turkish soldiers were killed"}
    claims = pd.DataFrame([{**base, "claim_id": "a-c001"}, {**base, "claim_id": "a-c002", "number_low": 3}])
    articles = pd.DataFrame([{"article_id": "a", "published": "2020-02-27", "reference_date": "2020-02-27",
                              "outlet": "Daily Outlet"}])
    return dict(zip(claims["claim_id"], review.flags(claims, articles, reference.actors, **context)))


@pytest.mark.parametrize("following, said", [
    # a new-user trial: "Two Turkish soldiers were killed ... . According to the Turkish Defense Ministry, the airstrike
    # was carried out by ..." gave the figure to the outlet, and no check pointed at it
    ("According to the Turkish Defense Ministry, the strike came from the air.",
     "the next sentence says 'According to the Turkish Defense Ministry,"),
    # another: "one Turkish soldier was killed and one was injured. These data are reported by the Ministry of defence
    # of Turkey." gave both figures to the outlet, with no check
    ("These data are reported by the Ministry of defence of Turkey.",
     "the next sentence says 'These data are reported by the Ministry of defence"),
])
def test_an_own_voice_figure_before_a_sentence_naming_its_source_is_flagged(reference, following, said):
    found = _own_voice_flags(reference, following={
        "a-c001": following, "a-c002": "The strike came from the air, the ministry said."})
    assert said in found["a-c001"]
    assert "next sentence" not in found["a-c002"]
    # the words are data: data/reference/review_checks.csv, kind source_later
    assert "reported by" in review.Checks.load().source_later


def test_an_own_voice_figure_in_a_sentence_saying_according_to_is_flagged(reference):
    # a new-user trial: "... were killed ..., according to the Office of the High Commissioner for Human Rights
    # (OHCHR)." gave the figures to the outlet, and no check pointed at them
    found = _own_voice_flags(reference, sentences={
        "a-c001": "Two Turkish soldiers were killed in the strike, according to the Office of the Relief Coordinator "
                  "(ORC).",
        "a-c002": "Three Turkish soldiers were killed in the strike."})
    assert "but the sentence says 'according to the Office of the Relief Coordinator (ORC).'" in found["a-c001"]
    assert "according to" not in found["a-c002"]


def test_an_own_voice_figure_after_a_sentence_where_a_source_speaks_is_flagged(reference):
    # trial 24: "Earlier, Turkey's National Defense Ministry said ... It said Turkish forces responded to the attack.
    # Four Turkish soldiers died at the scene ..." gave the figures to the outlet, and no check pointed at them
    found = _own_voice_flags(reference, preceding={
        "a-c001": "It said Turkish forces responded to the attack, destroying targets.",
        "a-c002": "The convoy had entered the province hours earlier."})
    assert "but an earlier sentence of its paragraph says 'It said Turkish forces responded" in found["a-c001"]
    assert "earlier sentence" not in found["a-c002"]
    # read from the paragraph: the nearest earlier sentence where someone speaks, for every figure after it
    text = ("It said Turkish forces responded. Four Turkish soldiers died at the scene. Seven Turkish troops were "
            "wounded.")
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "text": text, "start": 0, "end": len(text)}])
    claims = pd.DataFrame([{"article_id": "a", "claim_id": f"a-c00{n}", "quote_start": text.index(quote),
                            "quote_end": text.index(quote) + len(quote)}
                           for n, quote in ((1, "Four Turkish soldiers died"), (2, "Seven Turkish troops were wounded"))])
    _, _, before = review._sentences_and_following(claims, paragraphs)
    assert before == {"a-c001": "It said Turkish forces responded.", "a-c002": "It said Turkish forces responded."}


def test_seed_ledger_reviews_the_seed_and_is_well_formed():
    ledger = review.read_ledger()
    seed = ledger[ledger["article_id"] == SEED_ID]
    assert len(seed) == 6 and set(seed["decision"]) <= set(review.DECISIONS)
    claims = read_table("claims", review.PROCESSED_DIR)
    seed_claims = claims[claims["article_id"] == SEED_ID]
    assert len(seed_claims) == 6 and "awaiting" not in set(seed_claims["review_status"])


# --- the built site: what an editor checks before publishing -------------------------------------------------------

DATES = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|"
                   r"December)(?: \d{4})?\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:19|20)\d{2}\b")


def _page_text(path, stop_at=None):
    """Visible text of a built page and its images' alt text, cut at the heading ``stop_at``."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for tag in soup(["script", "style", "svg", "nav", "header", "footer"]):
        tag.decompose()
    if stop_at:
        heading = next((h for h in soup.find_all(re.compile("^h[1-6]$")) if h.get_text(strip=True) == stop_at), None)
        assert heading is not None, f"{path.name} has no heading {stop_at!r}"
        for later in heading.find_all_next():
            later.extract()
        heading.extract()
    alts = " ".join(img.get("alt", "") for img in soup.find_all("img"))
    return soup.get_text(" ") + " " + alts


def _numbers(text):
    return {int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", DATES.sub(" ", text))}


def _allowed_numbers(root, page):
    """Numbers a page may show: checked claims' figures, paragraph numbers and quotes, the deployments' counts,
    names with digits, counts of articles, and the page's own prose."""
    processed = root / "data" / "processed"
    claims = read_table("claims", processed)
    checked = claims[claims["review_status"].isin(review.PUBLISHED)]
    allowed = set()
    for _, row in checked.iterrows():
        allowed |= {int(v) for v in (row["number_low"], row["number_high"], row["paragraph"]) if not pd.isna(v)}
        allowed |= _numbers(str(row["quote"]))
    allowed |= {int(c) for c in read_table("deployments", processed)["count"].dropna()}
    deployments, articles = read_table("deployments", processed), read_table("articles", processed)
    # Names carry digits too ("FRANCE 24"): outlets, credit lines, who reports a deployment, checked claimants.
    allowed |= _numbers(" ".join(deployments["what"].astype(str)) + " " + " ".join(deployments["claimant"].astype(str))
                        + " " + " ".join(articles["outlet"].fillna("").astype(str))
                        + " " + " ".join(articles["credit_line"].fillna("").astype(str))
                        + " " + " ".join(checked["claimant"].astype(str)))
    allowed |= {len(read_table("articles", processed)), len(claims), len(checked), 0, 1}
    allowed |= set(review.counts(claims).values())
    nb = nbformat.read(root / "report" / page, as_version=4)
    allowed |= _numbers(" ".join(c.source for c in nb.cells if c.cell_type != "code"))
    return allowed, claims


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A copy of the project, built with the seed (reviewed in the committed ledger) and the example article (not)."""
    root = copy_tracked_files(tmp_path_factory.mktemp("review") / "repo")
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(root)}
    result = subprocess.run([PY, "-m", "explainer", "build", "--articles", "data/raw/*.txt"], cwd=root, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return root, env, result


@pytest.mark.slow  # builds a copy of the project
def test_editor_every_figure_on_story_and_claims_pages_is_a_reviewed_claims_figure(built):
    root, _, _ = built
    for page, stop in (("index.ipynb", None), ("claims.ipynb", "Not yet checked")):
        allowed, claims = _allowed_numbers(root, page)
        html = root / "_site" / "report" / page.replace(".ipynb", ".html")
        shown = _numbers(_page_text(html, stop))
        assert shown <= allowed, f"{html.name} shows figures no editor checked: {sorted(shown - allowed)}"
        unchecked = claims[~claims["review_status"].isin(review.PUBLISHED)]
        assert len(unchecked) >= 5  # the example article's claims: the check above had something to catch
        links = re.findall(r"#claim-([\w-]+)", html.read_text(encoding="utf-8"))
        assert set(links) <= set(claims.loc[claims["review_status"].isin(review.PUBLISHED), "claim_id"])


@pytest.mark.slow  # builds a copy of the project
def test_unreviewed_article_is_only_under_not_yet_checked(built):
    root, _, result = built
    claims = read_table("claims", root / "data" / "processed")
    example = claims[claims["article_id"] == EXAMPLE.stem]
    assert len(example) >= 5 and set(example["review_status"]) == {"awaiting"}
    chart_data = (root / "data" / "processed" / "claims_chart.csv").read_text(encoding="utf-8")
    tracker = (root / "data" / "processed" / "tracker.csv").read_text(encoding="utf-8")
    assert EXAMPLE.stem not in chart_data + tracker
    for claim_id in example["claim_id"]:
        assert claim_id not in chart_data
    story_text = _page_text(root / "_site" / "report" / "index.html")
    checked_part = _page_text(root / "_site" / "report" / "claims.html", "Not yet checked")
    whole = (root / "_site" / "report" / "claims.html").read_text(encoding="utf-8")
    for _, claim in example.iterrows():
        assert f'id="unchecked-{claim["claim_id"]}"' in whole
        assert f"claim-{claim['claim_id']}" not in story_text + checked_part
    assert f"review: {len(example)} claim(s) await review" in result.stdout


@pytest.mark.slow  # builds a copy of the project
def test_strict_build_fails_while_claims_await_review(built):
    root, env, _ = built
    result = subprocess.run([PY, "-m", "explainer", "build", "--articles", "data/raw/*.txt", "--strict"], cwd=root,
                            env=env, capture_output=True, text=True)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "await review" in errors[0] and "strict" in errors[0]
    seed_only = subprocess.run([PY, "-m", "explainer", "build", "--strict", "--articles", f"data/raw/{SEED.name}"],
                               cwd=root, env=env, capture_output=True, text=True)
    assert seed_only.returncode == 0, seed_only.stderr
    assert "review: every claim has been reviewed" in seed_only.stdout


def test_a_period_total_accepted_as_read_merges(tmp_path):
    """The queue shows a period total with no day (the day the statement was made is no day of its figures, so the
    machine gives none either, as the annotation conventions leave cumulative totals undated); accepting it as shown
    is no correction, and it is published apart."""
    from .conftest import accept_every_claim

    ledger, out = tmp_path / "ledger.csv", tmp_path / "processed"
    article = tmp_path / "reuters-2019-06-30-totals.txt"
    article.write_text("Fighting in Idlib\n\nOn 29 June 2019, the Syrian Observatory for Human Rights said 41 "
                       "soldiers had been killed so far in the offensive.\n", encoding="utf-8")
    run_extract([str(article)], out, ledger_path=ledger, reference_date="2019-06-30")
    claims = read_table("claims", out)
    period = claims[claims["scope"] == "period"]
    assert len(period) and period["event_date"].isna().all() and period["machine_event_date"].isna().all()
    accept_every_claim(out, ledger)
    run_extract([str(article)], out, ledger_path=ledger, reference_date="2019-06-30")
    claims = read_table("claims", out)
    assert set(claims["review_status"]) == {"accepted"}
    assert len(review.period_totals(claims)) == len(period)


def test_a_row_with_a_cell_missing_is_refused_not_dropped(tmp_path):
    """A deleted cell shifts every later value into the wrong column: the merge stops, naming the row."""
    path = tmp_path / "queue.csv"
    path.write_text("claim_id,decision,reviewer,note\nc1,accepted,Ed,fine\nc2,corrected,Ed\n", encoding="utf-8")
    with pytest.raises(review.ReviewError, match=r"queue.csv:3: the row has 3 cells, the header 4"):
        review._read_rows(path)


def test_a_place_the_places_table_does_not_know_is_warned_about_at_merge(tmp_path):
    """An editor's place that data/reference/places.csv lacks has no governorate: the claim would become an incident
    of its own. The merge says so, naming the queue line and the fix; a known place or the machine's own is quiet."""
    from explainer.reference import load_reference

    places = load_reference().places
    claims = pd.DataFrame({"claim_id": ["a-c001", "a-c002", "a-c003", "a-c004"],
                           "place": ["Idlib", "Saraqeb", "Hamlet X", "Idlib"],
                           "scope": ["incident", "incident", "incident", "period"]})
    queue = tmp_path / "queue.csv"
    queue.write_text("claim_id,decision,reviewer,place\n"
                     "a-c001,corrected,Ed,Kafr Nubl Zzz\n"   # a place the table lacks, written by the editor
                     "a-c002,corrected,Ed,Idlib\n"           # a known place
                     "a-c003,corrected,Ed,Hamlet X\n"        # the machine's own place, unchanged
                     ",added,Ed,Another Hamlet\n"
                     "a-c004,corrected,Ed,north-west Syria\n", encoding="utf-8")  # a period total: never grouped
    lines = review.unknown_places(queue, claims, places)
    assert len(lines) == 2
    assert lines[0].startswith(f"warning: {queue}:2: place 'Kafr Nubl Zzz' is not in ") and "places.csv" in lines[0]
    assert "incident of its own" in lines[0] and "add a row" in lines[0]
    assert ":5: place 'Another Hamlet'" in lines[1] and not any(":6:" in line for line in lines)


def test_a_stale_queue_says_to_run_make_review(tmp_path):
    """README's interface is `make review`: the hints of a merge name it, not the module."""
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    claims, articles, paragraphs = _tables(out)
    queue = review.queue_frame(claims, articles, paragraphs)
    queue.loc[queue.index[:1], ["claim_id", "decision", "reviewer"]] = ["gone-c999", "accepted", "Ed"]
    path = review.write_queue(queue, out / "queue.csv")
    with pytest.raises(review.ReviewError) as raised:
        review.merge_queue(path, claims, articles, paragraphs, ledger)
    assert "run `make review` again" in str(raised.value) and "python -m" not in str(raised.value)
    path.write_text("claim_id,reviewer\nx,Ed\n", encoding="utf-8")
    with pytest.raises(review.ReviewError, match="the file `make review` wrote"):
        review.merge_queue(path, claims, articles, paragraphs, ledger)


def test_a_corrected_claimant_is_the_name_the_pages_show(tmp_path):
    """An editor who names the source of an own-voice figure (or of an inferred one) is shown by that name, never as
    the outlet "in its own words" nor with the mark of an inference."""
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c006": ("corrected", {"claimant": "UNHCR"}),
                          "c003": ("corrected", {"claimant": "Rami Abdel Rahman"})})
    out = _extract(tmp_path, ledger)
    claims = read_table("claims", out).set_index("claim_id")
    outlets = {SEED_ID: "FRANCE 24"}
    own, inferred = claims.loc[f"{SEED_ID}-c006"], claims.loc[f"{SEED_ID}-c003"]
    # ("UNHCR" goes by the actors table's one name for it, so its figures elsewhere count as the same source)
    unhcr = "United Nations High Commissioner for Refugees"
    assert own["machine_claimant"] == "FRANCE 24" and own["claimant"] == unhcr
    # (the name is the editor's, and every page says so: trial 20)
    assert not charts.own_voice(own) and story.source_words(own, outlets) == f"{unhcr} (named by the editor who checked it)"
    assert charts.source_label(own, outlets) == unhcr + charts.EDITOR_MARK
    assert not charts.is_inferred(inferred) \
        and story.source_words(inferred, outlets) == "Rami Abdel Rahman (named by the editor who checked it)"


def test_sentences_with_a_number_and_a_casualty_word_but_no_claim_are_shown_as_possible_misses():
    text = ("Four guards were hit by a drone and martyred. The town has 12 schools. "
            "Two soldiers were killed, the ministry said.")
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 3, "start": 100,
                                "end": 100 + len(text), "text": text}])
    articles = pd.DataFrame([{"article_id": "a", "status": "read"}])
    said = text.index("Two soldiers")
    claims = pd.DataFrame([{"article_id": "a", "quote_start": 100 + said, "quote_end": 100 + said + 24,
                            "quantity_text": "Two"}])
    misses = review.possible_misses(claims, articles, paragraphs)
    # the claimed sentence and the one with no casualty word are not listed
    assert len(misses) == 1 and misses[0].startswith("possible miss: a, paragraph 3: no claim was read from "
                                                     "'Four guards were hit by a drone and martyred.'")


def test_an_upper_bound_with_no_claim_is_a_possible_miss_too():
    # a new-user trial: "almost one million people have flocked ..., fleeing" gave no claim and no possible miss
    text = "Almost one million people have flocked to the border, fleeing the offensive."
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 2, "start": 0, "end": len(text),
                                "text": text}])
    articles = pd.DataFrame([{"article_id": "a", "status": "read"}])
    claims = pd.DataFrame(columns=["article_id", "quote_start", "quote_end", "quantity_text"])
    misses = review.possible_misses(claims, articles, paragraphs)
    assert len(misses) == 1 and "'Almost one million'" in misses[0]


def test_a_count_of_people_no_claim_of_its_sentence_reads_is_a_possible_miss():
    # a new-user trial: "at least 11 ... fighters and 14 on the pro-Turkey side were killed" gave the 11 alone
    text = "The monitor said at least 11 soldiers and 14 on the other side were killed near the town of 30 houses."
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 2, "start": 0, "end": len(text),
                                "text": text}])
    articles = pd.DataFrame([{"article_id": "a", "status": "read"}])
    claims = pd.DataFrame([{"article_id": "a", "quote_start": 17, "quote_end": 40, "quantity_text": "at least 11"}])
    misses = review.possible_misses(claims, articles, paragraphs)
    assert len(misses) == 1 and misses[0].startswith("possible miss: a, paragraph 2: the figure '14' in ")
    # a long sentence is cut at a word, never mid-word
    long = "The army killed 114 Syrian military personnel " + "in heavy fighting near the town " * 8 + "on Monday."
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 2, "start": 0, "end": len(long),
                                "text": long}])
    missed = review.possible_misses(claims.iloc[0:0], articles, paragraphs)
    assert len(missed) == 1 and "near …' (figures '114')" in missed[0]


def test_a_count_of_people_named_by_their_side_is_a_possible_miss_too():
    # trial 20: a typo ("killkilled") hid "seven Turkish soldiers", and the list named only "one civilian contractor"
    text = ("The attack last week killkilled seven Turkish soldiers and one civilian contractor, and injured more "
            "than a dozen people.")
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 2, "start": 0, "end": len(text),
                                "text": text}])
    articles = pd.DataFrame([{"article_id": "a", "status": "read"}])
    at = text.index("injured")
    claims = pd.DataFrame([{"article_id": "a", "quote_start": at, "quote_end": len(text) - 1,
                            "quantity_text": "more than a dozen"}])
    misses = review.possible_misses(claims, articles, paragraphs)
    assert [m.split("'")[1] for m in misses] == ["seven", "one"]


def test_a_possible_miss_an_editor_has_added_is_listed_no_more(tmp_path):
    """A new-user trial added the missed figure as a row with decision added, and `make review` still listed the
    sentence as a possible miss."""
    article = tmp_path / "reuters-2020-02-03-drone.txt"
    article.write_text("Strikes in Idlib\n\nFour guards were hit by a drone, then martyred near the gate.\n\n"
                       "Two soldiers were killed on Monday, the ministry said.\n", encoding="utf-8")
    ledger, queue = tmp_path / "ledger.csv", tmp_path / "queue.csv"
    out = _extract(tmp_path, ledger, article)

    def misses():
        return [line for line in review.run_review(out, ledger, queue) if line.startswith("possible miss")]

    assert len(misses()) == 1 and "Four guards" in misses()[0]
    added = tmp_path / "added.csv"
    added.write_text("decision,article_id,quote,quantity_text,number_low,number_high,qualifier,outcome,victim_side,"
                     "claimant,claimant_as_written,event_date,reviewer\n"
                     "added,reuters-2020-02-03-drone,\"Four guards were hit by a drone, then martyred\",Four,4,4,exact,"
                     "killed,unspecified,Reuters,,2020-02-03,Ed\n", encoding="utf-8")
    review.run_review(out, ledger, queue, merge=added, reviewer="Ed")
    assert misses() == []


def test_a_possible_miss_an_editor_dismisses_is_listed_no_more(tmp_path):
    """A new-user trial: a possible miss that gives no casualty figure came back on every `make review`."""
    article = tmp_path / "reuters-2020-02-03-drone.txt"
    article.write_text("Strikes in Idlib\n\nThe hospital has 40 beds for the wounded.\n\n"
                       "Two soldiers were killed on Monday, the ministry said.\n", encoding="utf-8")
    ledger, queue, misses = tmp_path / "ledger.csv", tmp_path / "queue.csv", tmp_path / "misses.csv"
    out = _extract(tmp_path, ledger, article)

    def listed():
        return review.run_review(out, ledger, queue, misses_path=misses)

    [line] = [line for line in listed() if line.startswith("possible miss")]
    key = re.search(r"make review DISMISS=(m-[0-9a-f]{10}) REVIEWER=NAME$", line).group(1)
    # a wrong key or no reviewer is refused, and nothing is written
    with pytest.raises(review.ReviewError, match="'m-0000000000' is not a possible miss of the last build"):
        review.run_review(out, ledger, queue, dismiss="m-0000000000", reviewer="Ed", misses_path=misses)
    with pytest.raises(review.ReviewError, match="no reviewer given"):
        review.run_review(out, ledger, queue, dismiss=key, reviewer=" ", misses_path=misses)
    assert not misses.exists()
    said = review.run_review(out, ledger, queue, dismiss=key, reviewer="Ed", misses_path=misses, note="beds, not people")
    assert said[0].startswith(f"dismissed possible miss {key} (reuters-2020-02-03-drone: 'The hospital has 40")
    assert not any(line.startswith("rebuild to apply") for line in said)  # a dismissal publishes nothing
    rows = list(csv.DictReader(misses.open(encoding="utf-8")))
    assert [(r["key"], r["sentence"], r["reviewer"], r["note"]) for r in rows] == [
        (key, "The hospital has 40 beds for the wounded.", "Ed", "beds, not people")]
    again = listed()
    assert not [line for line in again if line.startswith("possible miss")]
    assert any(line.startswith("1 possible miss(es) read and dismissed by an editor") for line in again)
    # the key is the article's and the sentence's: another sentence is another possible miss
    assert review.miss_key("a", "It has 40 beds.") != review.miss_key("a", "It has 41 beds.")


def test_a_malformed_dismissal_names_its_line(tmp_path):
    misses = tmp_path / "misses.csv"
    misses.write_text("key,article_id,sentence,reviewer,reviewed_on,note\nm-0123456789,a,s,,2020-02-03,\n",
                      encoding="utf-8")
    with pytest.raises(review.ReviewError, match="reviewer is empty") as error:
        review.read_misses(misses)
    assert ":2" in str(error.value)


def test_a_source_an_editor_names_is_never_shown_as_the_articles_words(tmp_path):
    """A new-user trial: after the claimant was corrected to "Turkish Defence Ministry", the Claims page said
    'the article says: "Turkish Defence Ministry"', words the article never used."""
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c005": ("corrected", {"claimant": "Hatay governor's office"}),
                          "c006": ("corrected", {"claimant": "AFP"}),  # the seed's credit line names AFP
                          "c004": ("corrected", {"claimant": "Syrian Observatory"}),  # the article: "Britain-based
                          "c001": ("corrected", {"claimant": "France 24"})})  # Syrian Observatory for Human Rights"
    claims, articles, _ = _tables(_extract(tmp_path, ledger))
    shown = claims.set_index("claim_id")
    assert shown.loc[f"{SEED_ID}-c005", "claimant_as_written"] == NAMED_BY_EDITOR
    assert shown.loc[f"{SEED_ID}-c006", "claimant_as_written"] == "AFP"
    # another of the actors table's names for the source, as the article writes it
    assert shown.loc[f"{SEED_ID}-c004", ["claimant", "claimant_as_written"]].tolist() == [
        "Syrian Observatory for Human Rights", "the Britain-based Syrian Observatory for Human Rights"]
    # the article's own outlet is its own voice, never "named by the editor"
    assert shown.loc[f"{SEED_ID}-c001", ["claimant", "claimant_as_written"]].tolist() == ["FRANCE 24", NOT_ATTRIBUTED]
    page = str(story.claims_table(review.published(claims), articles).data)
    assert "the article says: “Hatay governor&#x27;s office”" not in page
    assert page.count("named by the editor who checked it") == 1  # the AFP figure's name is the article's
    _, _, added = _merge_added(tmp_path, [f"added,{SEED_ID},12 observation posts,12,12,12,exact,other,turkey,"
                                          "Hatay governor's office,,2020-02-03,Ed"])
    assert list(added["claimant_as_written"]) == [NAMED_BY_EDITOR]
    # trial 20: the Story, the Tracker's tables and the charts say it too, not the Claims page alone
    corrected = shown.loc[f"{SEED_ID}-c005"]
    outlets = {SEED_ID: "FRANCE 24"}
    assert story.source_words(corrected, outlets) == "Hatay governor&#39;s office (named by the editor who checked it)"
    assert charts.source_label(corrected, outlets) == "Hatay governor's office" + charts.EDITOR_MARK
    assert charts.inferred_note(shown.loc[[f"{SEED_ID}-c005"]]) == (
        "† Source named by the editor who checked the figure, not read from the article.")


def test_a_figure_an_editor_corrected_a_claim_to_is_no_possible_miss():
    # a new-user trial corrected the claim read as "injuries" to 36 to 60, and '36 to 60' was still listed
    text = "The strike caused injuries: 36 to 60 soldiers were wounded near the town of 30 houses."
    paragraphs = pd.DataFrame([{"article_id": "a", "kind": "body", "paragraph": 2, "start": 0, "end": len(text),
                                "text": text}])
    articles = pd.DataFrame([{"article_id": "a", "status": "read"}])
    claim = {"article_id": "a", "quote_start": 11, "quote_end": 26, "quantity_text": "(no number)"}
    machine = pd.DataFrame([{**claim, "number_low": None, "number_high": None}])
    corrected = pd.DataFrame([{**claim, "number_low": 36, "number_high": 60}])
    assert any("'36 to 60'" in line for line in review.possible_misses(machine, articles, paragraphs))
    assert review.possible_misses(corrected, articles, paragraphs) == []


def test_a_new_source_an_editor_writes_is_named_at_merge_with_the_known_name_closest_to_it(tmp_path, reference):
    # a second new-user trial typed "other sources, close to Turkey" beside the machine's "sources close to Turkey":
    # the pages counted two sources, and nothing said so
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    path = _decide(out, ledger, {"c005": ("corrected", {"claimant": "Turkish Natonal Defence Ministry"}),
                                 "c006": ("corrected", {"claimant": "UNHCR"}),  # a name actors.csv knows
                                 "c004": ("corrected", {"claimant": "Zorbanian Relief Group"})})
    claims, _, _ = _tables(out)
    lines = review.unknown_claimants(path, claims, reference.actors)
    typo = [line for line in lines if "'Turkish Natonal Defence Ministry' is a new source" in line]
    new = [line for line in lines if "'Zorbanian Relief Group' is a new source" in line]
    assert len(lines) == 2 and len(typo) == 1 and len(new) == 1
    assert "if it is 'Turkish National Defence Ministry' under another spelling, write that name" in typo[0]
    assert "add it to data/reference/actors.csv" in new[0]


def test_the_articles_own_outlet_written_by_an_editor_is_no_new_source(tmp_path, reference):
    """Trial 38 was warned that "IPA News" was a new source for a figure of IPA News's own article."""
    (tmp_path / "zorbania-daily-2020-02-03.txt").write_text(
        "Clashes in Idlib\n\nFive soldiers were killed in Idlib on Monday, the ministry said.\n\n"
        "Nine more people were wounded in the clashes.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,outlet,url,published,language,licence\nzorbania-daily-2020-02-03.txt,"
                                           "Zorbania Daily,,2020-02-03,en,All rights reserved\n", encoding="utf-8")
    ledger = tmp_path / "ledger.csv"
    out = tmp_path / "processed"
    run_extract([str(tmp_path / "zorbania-daily-2020-02-03.txt")], out, manifest_path=tmp_path / "manifest.csv",
                ledger_path=ledger)
    claims, articles, _ = _tables(out)
    assert reference.actors.by_name("Zorbania Daily") is None and "ZORBANIA DAILY" not in set(claims["claimant"])
    path = _decide(out, ledger, {"c001": ("corrected", {"claimant": "ZORBANIA DAILY"})})
    assert review.unknown_claimants(path, claims, reference.actors, articles) == []
    assert len(review.unknown_claimants(path, claims, reference.actors)) == 1  # (without the articles: unknown)


def test_an_own_voice_figure_given_to_another_source_is_that_sources(tmp_path):
    # a third new-user trial corrected one figure in the outlet's own words to "Syria Civil Defence": the pages went on
    # showing it as the outlet's own words (the corrected name had been taken for the outlet's own spelling)
    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    _decide(out, ledger, {"c006": ("corrected", {"claimant": "Syria Civil Defence"})})  # c006: FRANCE 24's own words
    claims, articles, _ = _tables(_extract(tmp_path, ledger))
    row = claims.set_index("claim_id").loc[f"{SEED_ID}-c006"]
    assert (row["claimant"], row["claimant_as_written"]) == ("White Helmets", NAMED_BY_EDITOR)
    assert not charts.own_voice(row)
    page = str(story.claims_table(review.published(claims), articles).data)
    assert "named by the editor who checked it" in page
    # the correction is said where the figure stands (trial 26), and only there
    corrected = page[page.index(f'id="claim-{SEED_ID}-c006"'):]
    assert "corrected by an editor" in corrected[:corrected.index("</tr>")] and page.count("corrected by an") == 1


def test_a_period_total_in_an_outlets_own_words_is_named_as_the_other_tables_name_it(tmp_path):
    """A trial: the Period totals table named the outlet's own figure by the actors table's long name ("United
    Nations Office for the Coordination of Humanitarian Affairs") where the Story and the charts say "OCHA (in its
    own words)": one source under two names. The table names it as the others do."""
    from .conftest import accept_every_claim

    ledger, out = tmp_path / "ledger.csv", tmp_path / "processed"
    article = tmp_path / "ocha-2020-02-26-update.txt"
    article.write_text("Update on north-west Syria\n\nSome 948,000 people have been displaced in north-west Syria "
                       "since 1 December, OCHA said.\n", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,outlet,url,published,language,licence\nocha-2020-02-26-update.txt,OCHA,,2020-02-26,"
                        "en,quote briefly\n", encoding="utf-8")
    run_extract([str(article)], out, ledger_path=ledger, manifest_path=manifest)
    accept_every_claim(out, ledger)
    run_extract([str(article)], out, ledger_path=ledger, manifest_path=manifest)
    claims, articles = read_table("claims", out), read_table("articles", out)
    assert len(review.period_totals(claims)) == 1
    html = review.period_totals_html(claims, articles).data
    assert "OCHA (in its own words)" in html and "Coordination of Humanitarian Affairs" not in html
    # on no one day, but with the day its article was published: how far "since 1 December" runs at most
    assert "over a period, reported 26 February 2020" in html


def test_an_outlets_own_figure_says_in_its_own_words_once(tmp_path):
    """The seed's period total read "FRANCE 24 (in its own words)" over "in the article's own words": said once."""
    from .conftest import accept_every_claim

    ledger = tmp_path / "ledger.csv"
    out = _extract(tmp_path, ledger)
    accept_every_claim(out, ledger)
    claims, articles, _ = _tables(_extract(tmp_path, ledger))
    html = review.period_totals_html(claims, articles).data
    assert "FRANCE 24 (in its own words)" in html and "in the article's own words" not in html


def test_a_denial_added_as_zero_is_refused_at_the_merge(tmp_path):
    """Trial 20 added "Syria's media said there were no casualties" as 0 killed; the charts then read "Syrian state
    media gives 0", a count set against the figures it denied."""
    with pytest.raises(review.ReviewError, match="a figure of 0 is no claim") as error:
        _merge_added(tmp_path, [f"added,{SEED_ID},Turkey has 12 observation posts,12,0,0,exact,killed,"
                                "syria_government,Syrian state media,,2020-02-03,Ed"])
    assert ":2" in str(error.value) and "reject the row" in str(error.value)


def test_a_place_an_editor_writes_is_read_by_the_places_tables_name():
    """A corrected or added claim's place spelt as an alias ("Idleb", "Saraqib") groups and shows as the machine's
    Idlib and Saraqeb do; one the table does not know stays as written."""
    from explainer.review import typed

    assert [typed("place", p) for p in ("Idleb", "saraqib", "near Idlib", "north-west Syria")] == \
        ["Idlib", "Saraqeb", "near Idlib", "north-west Syria"]


def test_a_figure_whose_sentence_names_several_governorates_is_flagged(tmp_path):
    """Trial 40 accepted "at least 13 ... killed by a Turkish counterattack in Idlib, Latakia and Hama" read as
    Idlib, with no check, and the Story set it against Idlib's figures: which incident it is needs an editor."""
    article = tmp_path / "wire-2020-02-03.txt"
    article.write_text("Clashes\n\nAt least 13 Syrian soldiers were killed in Turkish shelling in Idlib and Latakia on "
                       "Monday, the monitor said.\n\nFive Turkish soldiers were killed in Saraqeb in Idlib province on "
                       "Monday, the ministry said.\n", encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(article)], out, ledger_path=tmp_path / "ledger.csv")
    claims = read_table("claims", out).set_index("quantity_text")
    assert "the sentence names places in 2 governorates (Idlib, Latakia): check which the figure is about" \
        in claims.loc["At least 13", "review_flags"]
    assert "governorates" not in str(claims.loc["Five", "review_flags"])
