"""The story pages' words come from the data and the story configuration, never from a template that asserts facts."""

import html
import re
from pathlib import Path

import nbformat

import pandas as pd
import pytest

from explainer import charts, story
from explainer.exceptions import StoryConfigError
from explainer.pipeline import run_extract
from explainer.reference import observation_posts
from explainer.storyconfig import load_story
from explainer.tables import read_table

from .conftest import FIXTURES, SEED

DEVELOPER_TEXT = re.compile(r"TSK|\bOP\b|article\(s\)|<NA>|syria_government|data/|\.csv|\bnan\b")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed")
    run_extract([str(SEED)], folder)
    return {name: read_table(name, folder) for name in ("claims", "articles", "places", "deployments", "events")}


def _text(markdown) -> str:
    return re.sub(r"<[^>]+>", "", markdown.data)


def test_lede_names_only_the_sources_that_gave_figures(seed):
    text = _text(story.lede(seed["claims"], seed["articles"]))
    given = set(seed["claims"].dropna(subset=["event_date"])["claimant"])
    for claimant in given:
        assert claimant in text
    assert "independent" not in text and "Syrian government says" not in text
    assert "3 February 2020, Idlib" in text  # the main incident, from the data
    assert "three sources" in text


def test_how_to_read_lists_the_sources_not_a_fixed_cast(seed):
    text = _text(story.how_to_read(seed["claims"], seed["articles"]))
    assert "the Syrian government" not in text
    assert "Recep Tayyip Erdogan" in text
    # every source of a figure the site lists: the outlet's own "hundreds of thousands" too (a trial)
    assert "four sources" in text and "FRANCE 24 (in its own words)" in text


def test_inferred_identification_is_shown_as_inferred(seed):
    text = _text(story.claim_sentences(seed["claims"], seed["articles"]))
    assert "Syrian Observatory for Human Rights (the article says “a monitor group”; the identification is ours)" in text
    # only figures about the same incident, side and outcome are compared
    assert text.count("Sources differ.") == 1


def test_deployments_say_when_they_were_reported(seed):
    text = _text(story.deployment_sentence(seed["deployments"], seed["claims"]))
    # "Turkish media on Sunday reported ... to the region": the region is the article's Idlib, said as our reading
    assert "reinforcements in Idlib (the place is read from the rest of the article), reported on 2 February 2020" \
        in text
    assert "12 observation posts in Idlib (the place is read from the rest of the article)" in text  # trial 20
    # the AFP caption's convoy "passes through Dana ... on February 2, 2020": the day it happened
    assert "armoured vehicles (Turkey) in Dana, on 2 February 2020" in text and "Dana, reported on" not in text
    assert "fighting" not in text.lower()


def test_a_deployments_inferred_source_is_shown_as_inferred(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Turkish troops reinforce Idlib\n\nAnkara, 6 February 2020\n\nA large Turkish military convoy "
                       "entered Idlib on Wednesday, a UK-based war monitor said.\n", encoding="utf-8")
    run_extract([str(article)], tmp_path / "out", ledger_path=tmp_path / "ledger.csv")
    # (as an editor has accepted it: only checked deployments are told, tests/test_deployment_review.py)
    deployments = read_table("deployments", tmp_path / "out").assign(review_status="accepted")
    text = _text(story.deployment_sentence(deployments, read_table("claims", tmp_path / "out")))
    assert ("Syrian Observatory for Human Rights (the article says “a UK-based war monitor”; the identification is "
            "ours)") in text


def test_a_deployment_quote_never_carries_an_unchecked_casualty_figure(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text("Turkish troops reinforce Idlib\n\nAnkara, 6 February 2020\n\nTurkey sent a military convoy of "
                       "tanks to Idlib on Wednesday after Syrian shelling killed seven Turkish soldiers, according "
                       "to the Turkish Defence Ministry.\n\nTurkey has 12 observation posts in the region, officials "
                       "said.\n", encoding="utf-8")
    run_extract([str(article)], tmp_path / "out", ledger_path=tmp_path / "ledger.csv")
    claims = read_table("claims", tmp_path / "out")
    deployments = read_table("deployments", tmp_path / "out").assign(review_status="accepted")  # checked by an editor
    assert (claims["review_status"] == "awaiting").all() and "seven" in claims["quote"].iloc[0]
    text = _text(story.deployment_sentence(deployments, claims))
    assert "convoy of tanks" in text and "not quoted here" in text  # the fact and its source, not the figure
    assert "seven" not in text and "Defence Ministry." not in text
    assert "Turkey has 12 observation posts in the region" in text  # a clause with no figure is quoted
    # the quote is the clause that tells the deployment, not its whole sentence (a trial: two whole sentences of
    # wire copy were 38% of an article the licence does not let us republish)
    assert "officials said" not in text
    checked = claims.assign(review_status="accepted")
    assert "killed seven Turkish soldiers" in _text(story.deployment_sentence(deployments, checked))


def test_undated_and_period_figures_are_listed_apart(seed):
    text = _text(story.context_figures(seed["claims"], seed["articles"]))
    assert "hundreds of thousands" in text
    assert "hundreds of thousands" not in _text(story.claim_sentences(seed["claims"], seed["articles"]))


def test_posts_cite_publications_not_mirrors():
    posts = pd.DataFrame(observation_posts())
    html = story.posts_table(posts).data
    for mirror in ("wikiclassic", "frwiki.wiki", "qa.edu.vn", "perceptionl", "cloudflare-ipfs", "github.com",
                   "front-lines"):
        assert mirror not in html
    assert "Wikipedia</a>" in html and "Daily Sabah</a>" in html


def test_reader_text_has_no_developer_text(seed):
    posts = pd.DataFrame(observation_posts())
    outputs = [story.lede(seed["claims"], seed["articles"]), story.updated_line(seed["articles"]),
               story.claim_sentences(seed["claims"], seed["articles"]), story.claims_table(seed["claims"],
                                                                                          seed["articles"]),
               story.posts_table(posts), story.deployment_sentence(seed["deployments"], seed["claims"]),
               story.tracker_tables(seed["claims"], seed["articles"], seed["events"]),
               story.context_figures(seed["claims"], seed["articles"])]
    for output in outputs:
        text = _text(output)
        assert not DEVELOPER_TEXT.search(text), DEVELOPER_TEXT.search(text)[0]
    assert "Text alternative" not in "".join(o.data for o in outputs)


def test_chart_has_alt_text_phone_version_and_data_table(tmp_path):
    (tmp_path / "c.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="500"></svg>')
    (tmp_path / "c-narrow.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="340"></svg>')
    table = story.data_table(pd.DataFrame({"a": ["<b>x</b>"]}), {"a": "A"}, "rows")
    html = story.chart(tmp_path / "c.svg", 'Figures "quoted" <here>', table).data
    assert '<source media="(max-width: 600px)"' in html and 'alt="Figures &#34;quoted&#34; &#60;here&#62;"' in html
    assert "<details><summary>" in html and "<b>x</b>" not in html



def test_data_tables_give_days_in_words_only_as_precise_as_known():
    frame = pd.DataFrame({"date": ["2017-10-01", "2020-02-06", "2019-01-01"], "precision": ["month", "day", "year"],
                          "what": ["post 1", "post 15", "post 13"]})
    html = story.data_table(frame, {"date": "Date", "what": "Which"}, "events").data
    assert "<td>October 2017</td>" in html and "<td>6 February 2020</td>" in html and "<td>2019</td>" in html
    assert "2017-10-01" not in html and "1 October 2017" not in html


SECOND_STORY = """
title: "Turkish posts under fire"
deck: "What each source said about Turkish posts in Idlib."
main_incident: auto
published: 2026-01-02
updated: 2026-01-03
byline: "Test desk"
corrections: {text: "Write to us.", contact: "corrections@newsroom.test"}
data_package: {name: "second-story", title: "A second story"}
map:
  center: [36.5, 35.5]
  scale: 7000
  focus_governorate: "SY.ID"
  neighbour_country: "792"
  scale_bar_km: 10
  labels: [{text: "HATAY", lon: 36.2, lat: 36.3, kind: country}]
periods:
  - {label: "The whole of 2019", start: 2019-01-01, end: 2019-12-31, axis_format: "%b"}
"""


def test_a_second_story_from_another_configuration(tmp_path):
    """Another story.yml and another article make another story, with no change to the package."""
    config = tmp_path / "story.yml"
    config.write_text(SECOND_STORY)
    second = load_story(config)
    article = FIXTURES / "dev-corpus" / "wikipedia-nw-syria-offensive-2019-june-turkish-posts.txt"
    run_extract([str(article)], tmp_path / "out")
    tables = {name: read_table(name, tmp_path / "out") for name in ("claims", "articles", "places", "deployments")}
    posts = pd.DataFrame(observation_posts())
    events = charts.timeline_events(posts, tables["claims"], tables["deployments"], story=second,
                                    articles=tables["articles"])
    assert set(events["period"]) <= {"The whole of 2019", ""}
    timeline = charts.timeline_chart(events, tables["articles"], story=second).to_dict()
    assert "The whole of 2019" in str(timeline) and "2017 to 2019" not in str(timeline)
    points = charts.map_points(tables["places"], posts, tables["claims"], tables["deployments"])
    map_svg = charts.to_svg(charts.map_chart(points, tables["articles"], story=second))
    assert "HATAY" in map_svg and "10 km" in map_svg and "TURKEY" not in map_svg
    line = story.updated_line(tables["articles"], story=second).data
    assert "By Test desk" in line and "3 January 2026" in line
    assert 'href="mailto:corrections@newsroom.test"' in html.unescape(story.corrections(second).data)
    assert story.lede(tables["claims"], tables["articles"], story=second).data.startswith(
        "<p>What each source said about Turkish posts in Idlib.")


def test_story_configuration_errors_name_the_file_and_key(tmp_path):
    config = tmp_path / "story.yml"
    config.write_text("title: x\n")
    with pytest.raises(StoryConfigError, match="lacks the key"):
        load_story(config)
    config.write_text(SECOND_STORY.replace("main_incident: auto", "main_incident: {date: 1999-01-01}"))
    with pytest.raises(StoryConfigError, match="matches no dated claim"):
        charts.main_incident(pd.DataFrame([{"claim_id": "c", "article_id": "a", "event_date": "2020-01-01",
                                            "governorate": "Idlib", "claimant": "X"}]), load_story(config))


def test_the_titles_are_written_once_in_the_story_configuration():
    """story.yml owns the home page's title and description and the site's titles: the committed home page
    carries the ones it gives, and _quarto.yml writes none of them again."""
    import yaml

    from explainer.paths import PROJECT_ROOT
    from explainer.site import STORY_METADATA, front_matter

    configured = load_story()
    home = nbformat.read(PROJECT_ROOT / "report" / "index.ipynb", as_version=4)
    meta, _ = front_matter(home)
    assert (meta["title"], meta["description"]) == (configured.title, configured.deck)
    quarto = yaml.safe_load((PROJECT_ROOT / "_quarto.yml").read_text(encoding="utf-8"))
    assert "title" not in quarto["website"] and "title" not in quarto["website"]["navbar"]
    assert STORY_METADATA.relative_to(PROJECT_ROOT).as_posix() in quarto["metadata-files"]


def test_a_story_gives_the_pages_their_titles_in_the_preview(tmp_path):
    """Another story.yml's titles reach the home page's heading, every page's <title> and the navbar."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from explainer.paths import PROJECT_ROOT
    from explainer.site import TEMPLATES, front_matter, home_front_matter, read_config, render_page

    config_file = tmp_path / "story.yml"
    config_file.write_text(SECOND_STORY.replace('title: "Turkish posts under fire"',
                                                'title: "Turkish posts: \\"under fire\\" # not a comment"\n'
                                                'site_title: "The posts desk"\nshort_title: "Posts"'))
    second = load_story(config_file)
    assert (second.title, second.site_title, second.short_title) == (
        'Turkish posts: "under fire" # not a comment', "The posts desk", "Posts")
    home = home_front_matter(nbformat.read(PROJECT_ROOT / "report" / "index.ipynb", as_version=4), second)
    meta, index = front_matter(home)
    assert index == 0 and meta == {"title": second.title, "description": second.deck, "execute": {"echo": False}}
    source = tmp_path / "report" / "index.ipynb"
    source.parent.mkdir()
    nbformat.write(home, source)
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html", "j2"]))
    page = render_page(source, read_config(story=second), environment, tmp_path / "site",
                       relative=Path("report") / "index.ipynb").read_text(encoding="utf-8")
    assert "<title>Turkish posts: &#34;under fire&#34; # not a comment – The posts desk</title>" in page
    assert '<a href="../report/index.html">Posts</a>' in page and "Idlib 2020" not in page
    assert '<h1 class="title">Turkish posts: &#34;under fire&#34; # not a comment</h1>' in page
    assert f'<p class="description">{second.deck}</p>' in page


def test_the_site_and_navbar_titles_default_to_the_story_title(tmp_path):
    config_file = tmp_path / "story.yml"
    config_file.write_text(SECOND_STORY)
    second = load_story(config_file)
    assert second.site_title == second.short_title == "Turkish posts under fire"
    config_file.write_text(SECOND_STORY + 'site_title: "The posts desk"\n')
    assert load_story(config_file).short_title == "The posts desk"


def test_figures_keep_the_source_s_own_bound_words_and_thousands_separators():
    """'nearly 200' stays 'nearly 200' (never 'up to', a word the source did not use); 'close to a million' is
    1,000,000 with the source's 'close to'; a figure with no bound word in its text keeps the plain words."""
    from explainer.notebook import figure

    def row(qualifier, low, high, text):
        return pd.Series({"number_low": low, "number_high": high, "qualifier": qualifier, "quantity_text": text,
                          "victim_text": None})

    assert figure(row("at_most", None, 200, "nearly 200")) == "nearly 200"
    assert figure(row("approximately", 1000000, 1000000, "close to a million")) == "close to 1,000,000"
    assert figure(row("more_than", 40, 40, "More than 40")) == "more than 40"
    assert figure(row("at_least", 4, 4, "at least four")) == "at least 4"
    assert figure(row("exact", 2730, 2730, "2,730")) == "2,730"
    assert figure(row("at_most", None, 5, None)) == "up to 5"
    data = charts.claims_chart_data(pd.DataFrame([{
        "claim_id": "a-c1", "article_id": "a", "event_date": "2020-02-27", "governorate": "Idlib",
        "victim_side": "syria_government", "outcome": "killed", "qualifier": "at_most", "number_low": None,
        "number_high": 200, "quantity_text": "nearly 200", "claimant": "X", "claimant_as_written": "X", "quote": "q",
        "duplicate_of": None}]))
    assert list(data["figure"]) == ["nearly 200"]


def _page(outlet, day, body):
    return (f"<html><head><title>Schools hit</title><meta property='og:site_name' content='{outlet}'>"
            f"<meta name='date' content='{day}'></head><body><article><h1>Schools hit in Idlib</h1>{body}</article>"
            "</body></html>")


def test_a_charitys_own_release_naming_itself_is_one_source_not_two(tmp_path):
    # A trial: "from three sources: Syrian Observatory for Human Rights, Save the Children (in its own words) and Save
    # the Children", the charity's release giving one figure in its own voice and one it names itself for
    (tmp_path / "charity.html").write_text(_page(
        "Save the Children", "2020-02-26", "<p>At least ten civilians were killed on 25 February 2020 in Idlib.</p>"
        "<p>Save the Children can confirm that at least three teachers were killed on 25 February 2020 in Idlib.</p>"),
        encoding="utf-8")
    (tmp_path / "wire.html").write_text(_page(
        "Early Wire", "2020-02-25", "<p>The Syrian Observatory for Human Rights said 20 civilians were killed on "
        "25 February 2020 in Idlib.</p>"), encoding="utf-8")
    out = tmp_path / "out"
    run_extract([str(tmp_path / "wire.html"), str(tmp_path / "charity.html")], out,
                ledger_path=tmp_path / "ledger.csv", exports_path=tmp_path / "exports.csv")
    claims, articles = read_table("claims", out), read_table("articles", out)
    charity = claims[claims["article_id"] == "charity"]
    assert set(charity["claimant_as_written"]) == {"(not attributed)", "Save the Children"}  # the case under test
    lede = story.lede(claims, articles).data
    assert "from two sources: Save the Children (in its own words) and Syrian Observatory for Human Rights." in lede
    rows = charts.claims_chart_data(claims, articles)
    assert rows.loc[rows["article_no"] == rows.loc[rows["source"] == "Save the Children", "article_no"].iloc[0],
                    "claimant"].map(charts._base_name).nunique() == 1  # one chart row name for the charity


def test_a_vague_figure_taken_from_the_start_of_a_sentence_reads_in_lower_case():
    """"Dozens wounded" was capitalised mid-table (a trial): the capital came from "Dozens more children ... were
    injured"; a vague amount reads "dozens", while words that are no vague amount keep their capitals."""
    from explainer.notebook import figure, figure_words

    def row(text, qualifier="vague"):
        return pd.Series({"number_low": None, "number_high": None, "qualifier": qualifier, "quantity_text": text,
                          "victim_text": None, "outcome": "wounded"})

    assert figure_words(row("Dozens")) == "dozens wounded"
    assert figure(row("Hundreds of thousands")) == "hundreds of thousands"
    assert figure(row("A number of")) == "a number of"
    assert figure(row("dozens")) == "dozens"
    assert figure(row("Turkish troops", "unspecified")) == "Turkish troops"  # no vague amount: as written


def test_an_either_or_outcome_is_shown_in_the_sources_words():
    # a new-user trial: "dozens of terrorists were killed or wounded" was published as "killed, wounded or captured"
    from explainer.notebook import outcome_words

    assert outcome_words({"outcome": "other", "quote": "dozens of terrorists were killed or wounded"}) == \
        "killed or wounded"
    assert outcome_words({"outcome": "other", "quote": "101 terrorists were neutralised"}) == \
        "killed, wounded or captured ('neutralised')"


def test_the_sources_word_stays_where_the_quote_leaves_it_out(tmp_path, reference):
    """Trial 28: "Some 2,557 Syrian regime troops, two drones, ... have been neutralized" was quoted up to its
    people, and the pages said "killed, wounded or captured" with no word of the minister's."""
    from explainer.articles import clean_article
    from explainer.claims import extract_claims
    from explainer.notebook import outcome_words

    path = tmp_path / "toll.txt"
    path.write_text("Toll\n\n\"Some 1,200 regime troops, three drones, nine tanks and two air defence systems have been "
                    "neutralised,\" the minister said.\n", encoding="utf-8")
    [claim] = [c for c in extract_claims(clean_article(path, reference), reference) if c.number_low == 1200]
    assert claim.outcome == "other" and "neutralised" not in claim.quote
    assert outcome_words(vars(claim)) == "killed, wounded or captured ('neutralised')"


def test_a_deployment_with_no_day_is_reported_on_its_articles_day_and_names_its_article():
    """Trial 20: a deployment from another article, with no day in its sentence, had a blank "Reported on" cell
    and no article named, and read on the Story as part of the seed's incident."""
    from explainer.paths import PROCESSED_DIR
    from explainer.tables import read_table

    deployments = read_table("deployments", PROCESSED_DIR).assign(date="")
    articles = read_table("articles", PROCESSED_DIR).assign(published="2020-02-10")
    html = story.deployments_table(deployments, articles).data
    assert '<th scope="col" role="columnheader">Article</th>' in html
    assert "10 February 2020 (the article&#39;s date)" in html
    second = articles.assign(article_id="another-article")
    listed = story.deployment_sentence(deployments, deployments.iloc[0:0], pd.concat([articles, second])).data
    assert listed.count("<small>in FRANCE 24") == len(deployments)


def test_how_to_read_says_a_datasets_rows_are_no_article_report():
    """A trial read 'what a named source said, as an article reported it' over figures from an ACLED export."""
    import pandas as pd

    from explainer import story
    from explainer.events import DATASET_STATUS

    articles = pd.DataFrame({"article_id": ["wire", "acled"], "outlet": ["Wire", "ACLED"],
                             "status": ["", DATASET_STATUS], "credit_line": ["", ""]})
    claims = pd.DataFrame({"article_id": ["wire", "acled"], "claim_id": ["wire-c001", "acled-c001"],
                           "claimant": ["Monitor", "ACLED"], "claimant_as_written": ["the monitor", "ACLED"],
                           "claimant_inferred": [False, False], "qualifier": ["exact", "exact"],
                           "number_low": [4, 5], "number_high": [4, 5], "event_date": ["2020-02-03"] * 2,
                           "victim_side": ["turkey", "unspecified"], "outcome": ["killed", "killed"],
                           "quote": ["4 soldiers", "5"], "quote_start": [0, 0], "scope": ["incident"] * 2})
    both = story.how_to_read(claims, articles).data
    assert "as a conflict dataset records it" in both
    assert "conflict dataset" not in story.how_to_read(claims[:1], articles[:1]).data


def test_an_article_whose_copy_has_no_headline_is_cited_without_a_placeholder():
    """A trial read "National Post, article, published 3 February 2020" on the Data page."""
    row = {"outlet": "National Post", "headline": "", "url": "https://example.org/story", "published": "2020-02-03"}
    cited = story.article_citation(row)
    assert cited.startswith('National Post, <a href="https&#58;//example.org/story">the article (its headline is not in')
    assert "published 3 February 2020" in cited
    assert story.article_citation({**row, "headline": "Shelling kills four"}).startswith(
        'National Post, <a href="https&#58;//example.org/story">“Shelling kills four”</a>')


@pytest.mark.parametrize("quantity, people, outcome, words", [
    ("deaths", "deaths", "killed", "deaths (no number given)"),  # not "deaths killed" (a trial)
    ("casualties", "civilian casualties", "other", "civilian casualties (no number given)"),
    ("(no number)", "civilians", "killed", "civilians killed, no number given"),  # not "(no number) killed"
    ("all its", "all its crew", "killed", "all its crew killed"),
])
def test_a_figure_with_no_number_says_it_has_none(quantity, people, outcome, words):
    from explainer.notebook import figure_words

    row = pd.Series({"number_low": None, "number_high": None, "qualifier": "unspecified", "quantity_text": quantity,
                     "victim_text": people, "outcome": outcome, "quote": ""})
    assert figure_words(row) == words


def test_the_cleaners_table_shows_only_opening_words_of_an_article_it_may_not_republish(tmp_path):
    """Trial 24: the analysis notebook showed the first 70 characters of every paragraph of an all-rights-reserved
    article (64% of a short one), while the Data page said its full text was not republished."""
    from explainer.articles import clean_article
    from explainer.notebook import blocks_table
    from explainer.reference import load_reference

    path = tmp_path / "wire-2020-02-03.txt"
    path.write_text("Shelling kills four in Idlib\n\nShelling killed four Turkish soldiers in Idlib on Monday, the "
                    "ministry said.\n\nTurkey retaliated by attacking Syrian government targets.\n", encoding="utf-8")
    article = clean_article(path, load_reference())
    for licence, shown in (("All rights reserved", "Shelling killed four … (not republished: licence)"),
                           ("CC BY-SA 4.0", "Shelling killed four Turkish soldiers in Idlib on Monday, the ministr…")):
        article.licence = licence
        table = blocks_table([article])
        assert table["text"].iloc[0] == "Shelling kills four in Idlib"  # the headline, cited on every page
        assert table["text"].iloc[1] == shown
    # a block the cleaner took for page furniture may be a paragraph of the story (trial 28: a teaser repeating one)
    import dataclasses

    article.licence = "All rights reserved"
    article.blocks[1] = dataclasses.replace(article.blocks[1], kind="boilerplate")
    assert blocks_table([article])["text"].iloc[1] == "Shelling killed four … (not republished: licence)"
    from explainer.notebook import opening_words

    assert opening_words('"Our one soldier was killed," the ministry said.') == \
        "Our one soldier … (not republished: licence)"  # (no quotation mark opened and never closed: trial 29)


def test_a_dataset_export_is_cited_with_its_datasets_address():
    """Trial 25: the Data page read "UCDP GED, “UCDP GED export ....csv”, no web address recorded"."""
    from explainer.events import DATASET_STATUS

    row = {"outlet": "UCDP GED", "headline": "UCDP GED export ged.csv", "status": DATASET_STATUS, "url": ""}
    assert 'href="https&#58;//ucdp.uu.se/"' in story.article_citation(row)
    assert "no web address" not in story.article_citation(row)


@pytest.mark.parametrize("count, named, others", [(9, 9, ""), (10, 10, ""), (12, 8, "4 others")])
def test_how_to_read_names_every_source_or_says_how_many_more(count, named, others):
    """Trial 28: nine sources read "... Syrian Arab Army and Hulusi Akar and 1 others": a source hidden behind a
    count that named it no shorter, "1 others", and two "and"s."""
    import pandas as pd

    from explainer import story

    articles = pd.DataFrame({"article_id": ["wire"], "outlet": ["Wire"], "status": [""], "credit_line": [""]})
    claims = pd.DataFrame({"article_id": "wire", "claim_id": [f"wire-c{n:03d}" for n in range(count)],
                           "claimant": [f"Source {n}" for n in range(count)],
                           "claimant_as_written": [f"Source {n}" for n in range(count)], "claimant_inferred": False,
                           "qualifier": "exact", "number_low": range(1, count + 1), "number_high": range(1, count + 1),
                           "event_date": "2020-02-03", "victim_side": "turkey", "outcome": "killed",
                           "quote": "4 soldiers", "quote_start": 0, "scope": "incident"})
    text = re.sub(r"<[^>]+>", "", story.how_to_read(claims, articles).data)
    listed = re.search(r"figures come from [\w,]+ sources: (.*?)\. Sources count", text)[1]
    assert listed.count(" and ") == 1 and listed.count("Source ") == named
    assert listed.endswith(f"and {others}" if others else f"and Source {count - 1}")


def test_the_analysis_table_of_claims_never_shows_a_rejected_one():
    """Trial 29: the published analysis page listed the claims an editor had rejected, with the machine's wrong
    readings ("exceeds 100 killed ... One News Page (not attributed)"). They are left out; the rest say the decision."""
    import pandas as pd

    from explainer.notebook import claims_for_reading

    claims = pd.DataFrame({"claim_id": ["a-c001", "a-c002", "a-c003"], "number_low": [4, 100, 9],
                           "number_high": [4, None, 9], "qualifier": ["exact", "more_than", "exact"],
                           "quantity_text": ["four", "exceeds 100", "nine"], "victim_text": ["four soldiers"] * 3,
                           "outcome": "killed", "victim_side": "turkey", "claimant": "Ministry",
                           "claimant_as_written": "the ministry", "event_date": "2020-02-27", "place": "Idlib",
                           "paragraph": 1, "quote": "four soldiers", "notes": "",
                           "review_status": ["accepted", "rejected", "awaiting"]})
    table = claims_for_reading(claims)
    assert list(table["claim"]) == ["a-c001", "a-c003"]
    assert list(table["review"]) == ["checked", "not yet checked: not published"]


def test_a_figure_an_editor_added_is_marked_where_it_stands_and_listed_on_the_method_page(seed):
    """Trial 37: a figure an editor added (the machine missed it) bore no mark on the Claims page or the Tracker,
    and the Method page listed only corrections."""
    from explainer.notebook import corrected_note

    claims = seed["claims"].copy()
    claims.loc[0, ["review_status", "reviewed_on"]] = "added", "2026-11-27"
    assert "added by an editor" in corrected_note(claims.loc[0]) and "added by an editor" in corrected_note(
        claims.loc[0], inline=True)
    listed = _text(story.corrections_list(claims, seed["articles"]))
    assert "corrected or added by an editor" in listed and "Added by an editor, missed by the machine: at least 4" \
        in listed
