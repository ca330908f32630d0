"""A raw file whose name holds a newline, '#' or '?' still gets a working link on the Data page."""

import hashlib
import html
import re
import shutil
from urllib.parse import unquote

import pandas as pd
import pytest

from explainer.paths import PROCESSED_DIR, RAW_DIR
from explainer.story import downloads
from explainer.tables import read_table


@pytest.mark.parametrize("name", ["two\nlines.txt", "notes #1?.txt", "a b%20c.txt"])
def test_download_link_is_percent_encoded(tmp_path, name):
    processed = tmp_path / "processed"
    shutil.copytree(PROCESSED_DIR, processed)
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (RAW_DIR / "wikipedia-turkish-involvement-2020.txt").read_bytes()
    (raw / name).write_bytes(text)
    articles = read_table("articles", processed).iloc[[0]].copy()  # one article, whatever the committed run read
    articles.loc[articles.index[0], ["file", "sha256", "licence"]] = [name, hashlib.sha256(text).hexdigest(),
                                                                      "CC BY-SA 4.0"]
    target = tmp_path / "downloads"
    listing = downloads(processed, articles, raw, target).data
    raw_hrefs = [html.unescape(h) for h in re.findall(r'href="(downloads/[^"]*)"', listing)]  # as a browser reads
    hrefs = [unquote(h) for h in raw_hrefs]
    assert f"downloads/{name}" in hrefs
    assert not [h for h in raw_hrefs if re.search(r"[\s#?]", h)]
    assert (target / name).read_bytes() == text


def test_the_withheld_texts_are_named_in_a_grammatical_list(tmp_path):
    """'The full texts of FRANCE 24 and The Statesman are not republished here: their licences do not allow it';
    one outlet keeps the singular."""
    processed = tmp_path / "processed"
    shutil.copytree(PROCESSED_DIR, processed)
    seed = read_table("articles", processed)
    seed = seed[seed["article_id"] == "france24-idlib-2020-02-03"].assign(outlet="FRANCE 24")
    two = pd.concat([seed, seed.assign(article_id="other", outlet="The Statesman")], ignore_index=True)
    text = re.sub(r"<[^>]+>", "", downloads(processed, two, RAW_DIR, tmp_path / "two").data)
    assert ("The full texts of FRANCE 24 and The Statesman are not republished here: their licences do not allow "
            "it.") in text
    text = re.sub(r"<[^>]+>", "", downloads(processed, seed, RAW_DIR, tmp_path / "one").data)
    assert "The full text of FRANCE 24 is not republished here: its licence does not allow it." in text


def test_each_article_is_listed_with_its_licence_and_what_the_site_does_with_its_text(tmp_path):
    """A trial read the Data page's list of articles and could not tell under which licence each was used."""
    processed = tmp_path / "processed"
    shutil.copytree(PROCESSED_DIR, processed)
    seed = read_table("articles", processed)
    seed = seed[seed["article_id"] == "france24-idlib-2020-02-03"]
    free = seed.assign(article_id="free", outlet="A wiki", licence="CC BY-SA 4.0")
    unrecorded = seed.assign(article_id="unrecorded", outlet="Nobody's", licence="")
    three = pd.concat([seed, free, unrecorded], ignore_index=True)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(RAW_DIR / seed["file"].iloc[0], raw / seed["file"].iloc[0])
    items = re.findall(r"<li>(.*?)</li>", downloads(processed, three, raw, tmp_path / "out").data)
    text = [re.sub(r"<[^>]+>", "", html.unescape(i)) for i in items]
    licence = seed["licence"].iloc[0]
    assert any(t.endswith(f"; licence: {licence} (full text not republished)") for t in text)
    assert any(t.endswith("; licence: CC BY-SA 4.0 (full text republished below)") for t in text)
    assert any("no licence recorded (its text is not republished; give one in the manifest's licence column)" in t
               for t in text)


def test_a_photo_caption_of_an_article_we_may_not_republish_keeps_only_its_first_words(tmp_path):
    """Trial 28: articles.csv on the Data page carried a 238-character photo caption of an all-rights-reserved
    article; a free one keeps its caption whole."""
    processed = tmp_path / "processed"
    shutil.copytree(PROCESSED_DIR, processed)
    seed = read_table("articles", processed)
    seed = seed[seed["article_id"] == "france24-idlib-2020-02-03"]
    caption = "Turkish and Russian military vehicles return following a joint patrol in northeast Syria"
    two = pd.concat([seed.assign(caption=caption), seed.assign(article_id="free", licence="CC BY-SA 4.0",
                                                                caption=caption)], ignore_index=True)
    two.to_csv(processed / "articles.csv", index=False)
    downloads(processed, two, RAW_DIR, tmp_path / "out")
    written = pd.read_csv(tmp_path / "out" / "articles.csv", dtype=str, keep_default_na=False)
    assert list(written["caption"]) == ["Turkish and Russian … (not republished: licence)", caption]
