"""The Method page tells readers how far to trust the extraction (a new user's trial found it showing only the
seed's own annotations, all 1.00): scores on every annotated set computed when it is built, the figures on texts the
rules had not seen as README gives them, README's way to rerun on new data, and the corrections themselves."""

import re

import nbformat
import pandas as pd

from explainer import story
from explainer.evaluate import claimant_right, evaluate_articles, scores_of
from explainer.steps import step_for
from explainer.tables import read_table

from .support import PROJECT_ROOT

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
METHOD = nbformat.read(PROJECT_ROOT / "report" / "method.ipynb", as_version=4)
PROSE = "\n".join(c.source for c in METHOD.cells if c.cell_type == "markdown")
OUTPUTS = "\n".join(o.get("data", {}).get("text/markdown", "") for c in METHOD.cells if c.cell_type == "code"
                    for o in c.get("outputs", []))


def test_the_page_scores_the_sets_make_evaluate_scores_and_rebuilds_when_they_change():
    makefile = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")
    evaluated = re.search(r"^EVALUATE_SETS := (.+)$", makefile, flags=re.M).group(1).split()
    folders = [folder for folder, _, _ in story.EVALUATION_SETS]
    assert sorted(folders) == sorted(evaluated)
    assert set(folders) <= set(step_for("report/method.ipynb").inputs)


def test_the_scores_are_computed_from_each_set():
    html = story.extraction_scores().data
    for folder, name, _ in story.EVALUATION_SETS:
        results = evaluate_articles([PROJECT_ROOT / folder])
        found = scores_of(results)[0]
        right, named = claimant_right(results)
        row = re.search(rf'<tr id="scores-{story.safe_id(name)}".*?</tr>', html, flags=re.S).group(0)
        cells = re.findall(r'<td role="cell"[^>]*>(.*?)</td>', row)
        assert cells[1:] == [str(len(results)), f"{found.annotated:,}", f"{found.precision:.2f}",
                             f"{found.recall:.2f}", f"{found.f1:.2f}", f"{right / named:.2f}"]


def test_the_committed_page_shows_every_set_and_says_an_editor_checks_every_figure():
    for _, name, _ in story.EVALUATION_SETS:
        assert f'id="scores-{story.safe_id(name)}"' in OUTPUTS
    assert "checked by an editor" in PROSE and "overstate" in PROSE
    assert "hand annotations of two texts" not in PROSE


def test_the_unseen_figures_are_the_readmes():
    readme = " ".join(README.split())  # sentences wrap anywhere
    count = re.search(r"generalisation-corpus/`, CC BY-SA 4\.0[^)]*Wikipedia contributors\), was annotated before the "
                      r"extractor saw it and scored in (\S+) rounds", readme).group(1)
    assert f"generalisation corpus was scored in {count} rounds" in PROSE
    rounds = re.search(r"On each round while still unseen, finding claims F1 was (.+?) and claimant right (.+?)[;(]",
                       readme)
    for which, figures in (("F1", rounds.group(1)), ("claimant right", rounds.group(2))):
        values = sorted(re.findall(r"\d\.\d\d", figures))
        assert f"{which} {values[0]} to {values[-1]}" in PROSE, which
    news = re.search(r"finding claims scored F1 (\S+) to (\S+) a round \((\S+) pooled over rounds 1-10, (\S+) over "
                     r"11-15\) and claimant right (\S+) to (\S+) \((\S+) and (\S+) pooled\)", readme)
    low, high, first, second, c_low, c_high, c_first, c_second = news.groups()
    assert f"F1 {low} to {high} a round ({first} pooled over rounds 1-10, {second} over 11-15)" in PROSE
    assert f"claimant right {c_low} to {c_high} ({c_first} and {c_second} pooled)" in PROSE
    articles, figures = re.search(r"\((\d+) articles, (\d+) figures\)", readme).groups()
    assert f"{articles} articles, {figures} figures" in PROSE


def test_rerun_on_new_data_says_what_the_readme_says():
    section = PROSE.split("## Rerun on new data", 1)[1].split("## Corrections", 1)[0]
    for command in ("make add FILE=", "make diff", "make review", "make site ARTICLES="):
        assert command in section and command.split("=")[0] in README, command
    assert "wikipedia-turkish-involvement-2020.txt" in section  # the glob builds the development example too
    assert not re.search(r"run `make site ARTICLES='data/raw/\*\.txt'`", section)


def test_corrections_are_listed_with_their_date_or_said_to_be_none():
    folder = PROJECT_ROOT / "data" / "processed"
    claims, articles = read_table("claims", folder), read_table("articles", folder)
    corrected = claims[claims["review_status"] == "corrected"]
    assert not corrected.empty  # the seed's review corrected one figure
    listed = story.corrections_list(claims, articles).data
    for _, row in corrected.iterrows():
        assert story.claim_link(row["claim_id"]) in listed and story._day(row["reviewed_on"]) in listed
    assert story.corrections_list(claims, articles).data in OUTPUTS
    none = story.corrections_list(claims.assign(review_status="accepted"), articles).data
    assert none == "<p>No correction is recorded yet.</p>"
    assert story.corrections_list(pd.DataFrame(columns=claims.columns), articles).data == none
