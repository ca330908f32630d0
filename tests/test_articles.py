import hashlib

import pytest

from explainer.articles import clean_article, read_article_text, read_manifest
from explainer.exceptions import ArticleReadError, ManifestError, NoArticleBodyError
from explainer.paths import RAW_DIR

from .conftest import SEED, write_article


def test_raw_files_match_their_recorded_hashes():
    readme = (RAW_DIR / "README.md").read_text(encoding="utf-8")
    for path in RAW_DIR.iterdir():
        if path.name in ("README.md", "manifest.csv") or path.name.startswith("."):
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest in readme, f"{path.name} changed or is not recorded in data/raw/README.md"


def test_seed_story_is_separated_from_the_page(seed_article, seed_facts):
    article = seed_article
    assert article.outlet == seed_facts["outlet"]
    assert article.headline == seed_facts["headline"]
    assert article.credit_line == seed_facts["credit_line"]
    assert article.photo_credit == seed_facts["photo_credit"]
    assert article.subheadings == seed_facts["subheadings"]
    assert len(article.paragraphs) == seed_facts["body_paragraphs"]
    assert article.paragraphs[0].text.startswith(seed_facts["body_first_words"])
    assert article.paragraphs[-1].text.endswith(seed_facts["body_last_words"])
    body = "\n".join(p.text for p in article.paragraphs)
    for line in seed_facts["boilerplate_lines_not_in_body"]:
        assert line not in body


def test_seed_reference_date_is_the_caption_date(seed_article, seed_facts):
    assert seed_article.reference_date.isoformat() == seed_facts["photo_caption_date"]
    assert seed_article.reference_date_source == "caption"


def test_blocks_keep_offsets_into_the_raw_text(seed_article):
    for block in seed_article.blocks:
        if block.kind in ("body", "caption", "headline"):
            assert seed_article.text[block.start:block.end] == block.text


def test_given_reference_date_wins(reference, manifest):
    from datetime import date
    article = clean_article(SEED, reference, manifest, reference_date=date(2020, 2, 4))
    assert article.reference_date_source == "parameter"


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\t\n", "empty"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"<!DOCTYPE html><html><body><p>Five soldiers were killed.</p></body></html>", "HTML"),
])
def test_bad_files_are_refused_with_the_file_named(tmp_path, reference, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleReadError, match=message) as caught:
        clean_article(path, reference)
    assert "bad.txt" in str(caught.value)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ArticleReadError, match="missing.txt: file not found"):
        read_article_text(tmp_path / "missing.txt")


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes("Four soldiers were killed, the ministry said.".encode("utf-16"))
    text, _ = read_article_text(path)
    assert text.startswith("Four soldiers")


def test_latin1_is_decoded_when_its_encoding_is_clear(tmp_path):
    path = tmp_path / "latin1.txt"
    sentence = "Le ministère de la Défense a déclaré que quatre soldats ont été tués à Idlib, près de Saraqeb. "
    path.write_bytes((sentence * 5).encode("latin-1"))
    text, _ = read_article_text(path)
    assert "ministère" in text


def test_file_with_only_furniture_has_no_body(tmp_path, reference):
    path = write_article(tmp_path, "Get all your news in one place.\nStart reading\nSign up to read this article\n")
    with pytest.raises(NoArticleBodyError):
        clean_article(path, reference)


def test_malformed_manifest_names_the_line(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,outlet,url,published,language,licence\na.txt,X,,03/02/2020,en,\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest.csv:2: published '03/02/2020'"):
        read_manifest(path)


def test_manifest_missing_columns(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("file,outlet\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="missing column"):
        read_manifest(path)


def test_markdown_front_matter_and_heading(tmp_path, reference):
    path = write_article(tmp_path, "---\ntitle: Clashes\nurl: https://example.org/a\n---\n# Clashes in Idlib\n\n"
                                   "Five Turkish soldiers were killed on 10 February 2020, the ministry said.\n",
                         name="wiki.md")
    article = clean_article(path, reference)
    assert article.url == "https://example.org/a"
    assert article.headline == "Clashes in Idlib"
    assert len(article.paragraphs) == 1


def test_html_page_is_read_with_its_metadata(tmp_path, reference):
    page = ("<html><head><title>Four soldiers killed</title><meta property='og:site_name' content='Example News'>"
            "<meta name='date' content='2020-02-03'></head><body><nav>Home | World | Sign in</nav><article>"
            "<h1>Four Turkish soldiers killed in Idlib</h1><p>At least four Turkish soldiers were killed on Monday "
            "in Idlib, the ministry said in a statement on its website.</p><p>A monitor said six Syrian soldiers "
            "died in the Turkish retaliation that followed the attack near Saraqeb.</p></article>"
            "<footer>Subscribe now</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    article = clean_article(path, reference)
    assert article.outlet == "Example News" and article.published == "2020-02-03"
    assert article.headline == "Four Turkish soldiers killed in Idlib"
    assert [p.text[:8] for p in article.paragraphs] == ["At least", "A monito"]
    assert "Subscribe" not in article.text


def test_other_languages_are_detected_and_not_extracted(tmp_path):
    from explainer.pipeline import run_extract
    from explainer.tables import read_table

    path = write_article(tmp_path, "Idlib\n\nAu moins quatre soldats turcs ont été tués lundi dans la province "
                                   "d'Idlib, a indiqué le ministère turc de la Défense dans un communiqué.\n",
                         name="fr.txt")
    run_extract([str(path)], tmp_path / "out")
    articles = read_table("articles", tmp_path / "out")
    assert articles.loc[0, "language"] == "fr" and articles.loc[0, "status"].startswith("not extracted")
    assert read_table("claims", tmp_path / "out").empty


def test_markdown_file_that_is_only_a_table_is_an_article(tmp_path, reference):
    path = write_article(tmp_path, "| Place | Killed | Wounded |\n| --- | --- | --- |\n| Saraqeb | 4 | 9 |\n",
                         name="only-a-table.md")
    article = clean_article(path, reference)
    kinds = [b.kind for b in article.blocks]
    assert kinds == ["table", "table", "table"]  # the header row is not taken for a headline
    assert article.headline == ""


def test_invisible_characters_are_every_format_character():
    import unicodedata

    from explainer.articles import normalise_invisible

    format_characters = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf")
    assert normalise_invisible(format_characters) == ("", len(format_characters))


def test_zero_width_and_bidi_characters_do_not_change_figures_or_names(tmp_path, reference):
    from explainer.claims import extract_claims

    text = ("Clash in Idlib\n\n"
            "Turkish President Recep Tayyip Erdo\u200bgan said 3\u200b5 Syrian soldiers were killed.\n\n"
            "The \u202eministry\u202c said \u2066four\u2069 Turkish soldiers were wounded.\n")
    article = clean_article(write_article(tmp_path, text), reference)
    claims = extract_claims(article, reference)
    assert [(c.number_low, c.claimant) for c in claims] == [(35, "Recep Tayyip Erdogan"),
                                                            (4, "Turkish National Defence Ministry")]
    assert "\u200b" not in claims[0].quote and "\u202e" not in article.text


@pytest.mark.parametrize("front, published", [
    ("date: 2020-02-03", "2020-02-03"),
    ("date: [2020-02-03, 2020-02-05]", "2020-02-03"),
    ("date: 2020-02-03 to 2020-02-05", "2020-02-03"),
    ("date: '2020-02-03T10:00:00Z'", "2020-02-03"),
])
def test_front_matter_dates_read_as_their_first_day(tmp_path, reference, front, published):
    path = write_article(tmp_path, f"---\n{front}\n---\n# A headline\n\nFive soldiers were killed on Monday.\n",
                         name="dated.md")
    assert clean_article(path, reference).published == published


def test_a_front_matter_date_that_is_not_one_is_refused(tmp_path, reference):
    path = write_article(tmp_path, "---\ndate: last spring\n---\n# A headline\n\nFive soldiers were killed.\n",
                         name="undated.md")
    with pytest.raises(ArticleReadError, match=r"undated.md: front matter date 'last spring' is not a date"):
        clean_article(path, reference)


_BODY = "Two soldiers were killed in the town on Monday. Three civilians were wounded there.\n"


def _own_voice_claimant(path, reference, manifest=None):
    from explainer.claims import extract_claims

    article = clean_article(path, reference, manifest)
    return article, {claim.claimant for claim in extract_claims(article, reference)}


def test_a_sources_table_beside_the_texts_names_their_outlet(tmp_path, reference):
    # Annotated corpora ship a SOURCES.md table instead of a manifest: its licence cell names the outlet.
    (tmp_path / "SOURCES.md").write_text(
        "# Sources\n\n| file | article | licence | claims |\n|---|---|---|---|\n"
        "| `passage-one.txt` | Some article | Wikipedia text, CC BY-SA 4.0 | 2 |\n"
        "| passage-two.txt | Other | see the outlet column of nothing | 0 |\n", encoding="utf-8")
    path = tmp_path / "passage-one.txt"
    path.write_text(_BODY, encoding="utf-8")
    article, claimants = _own_voice_claimant(path, reference)
    assert article.outlet == "Wikipedia" and claimants == {"Wikipedia"}
    assert article.licence == ""  # whether the site may republish the text is the manifest's to say, not this table's


@pytest.mark.parametrize("sources", [
    # the file named in a column of another name
    "| Text | Licence |\n|---|---|\n| passage-one.txt | Wikipedia text, CC BY-SA 4.0 |\n",
    # a line about every text, with a table that names no licence
    "Licence of every text: Wikipedia text, CC BY-SA 4.0 (attribution: Wikipedia contributors).\n\n"
    "| file | claims |\n|---|---|\n| passage-one.txt | 2 |\n",
])
def test_a_sources_file_names_the_outlet_however_it_is_laid_out(tmp_path, reference, sources):
    (tmp_path / "SOURCES.md").write_text(sources, encoding="utf-8")
    (tmp_path / "passage-one.txt").write_text(_BODY, encoding="utf-8")
    assert clean_article(tmp_path / "passage-one.txt", reference).outlet == "Wikipedia"


def test_a_sources_table_outlet_column_wins_over_its_licence_cell(tmp_path, reference):
    (tmp_path / "SOURCES.md").write_text(
        "| file | outlet | licence |\n|---|---|---|\n| a.txt | Daily Example | Wikipedia text |\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(_BODY, encoding="utf-8")
    assert clean_article(tmp_path / "a.txt", reference).outlet == "Daily Example"


@pytest.mark.parametrize("name, outlet", [("reuters-idlib-2020-02-27.txt", "Reuters"),
                                          ("wikipedia-some-passage.txt", "Wikipedia"),
                                          ("al-jazeera-idlib.txt", "Al Jazeera"),
                                          ("notes-from-the-field.txt", "")])
def test_a_file_name_that_starts_with_a_known_outlet_names_it(tmp_path, reference, name, outlet):
    (tmp_path / name).write_text(_BODY, encoding="utf-8")
    article, claimants = _own_voice_claimant(tmp_path / name, reference)
    assert article.outlet == outlet
    # An unknown publisher is never guessed: its own-voice figures say so.
    assert claimants == {outlet or f"publisher of {name}"}


def test_the_manifest_and_the_masthead_come_before_any_fallback(tmp_path, reference):
    (tmp_path / "SOURCES.md").write_text("| file | outlet |\n|---|---|\n| reuters-x.txt | Daily Example |\n",
                                         encoding="utf-8")
    path = tmp_path / "reuters-x.txt"
    path.write_text(_BODY, encoding="utf-8")
    manifest = {"reuters-x.txt": {"outlet": "FRANCE 24"}}
    assert clean_article(path, reference, manifest).outlet == "FRANCE 24"
    path.write_text("BBC\n\n" + _BODY, encoding="utf-8")
    assert clean_article(path, reference).outlet == "BBC"


def test_furniture_patterns_are_searched_anywhere_unless_every_one_is_anchored():
    import re

    from explainer.articles import _furniture_search

    anchored = (re.compile("^read more$", re.IGNORECASE), re.compile("^share$", re.IGNORECASE))
    assert _furniture_search(anchored)("Read more") and not _furniture_search(anchored)("Please read more")
    loose = anchored + (re.compile("all rights reserved", re.IGNORECASE),)
    assert _furniture_search(loose)("(c) 2020 The Site, all rights reserved")
    multiline = (re.compile("(?m)^share$", re.IGNORECASE),)
    assert _furniture_search(multiline)("Text\nshare")


def test_an_article_that_grows_after_its_size_was_read_is_read_to_its_end(tmp_path, monkeypatch):
    import os

    from explainer import articles

    path = tmp_path / "growing.txt"
    path.write_text("Two Turkish soldiers were killed. " * 40, encoding="utf-8")
    real_stat = os.stat

    class Smaller:  # the size stat saw, before the rest was written
        def __init__(self, status):
            self.st_mode, self.st_size = status.st_mode, 10

    monkeypatch.setattr(articles.os, "stat", lambda p: Smaller(real_stat(p)))
    text, _ = articles.read_article_text(path)
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, head, outlet", [
    # a charity's or a monitor's own statement, its name run together in the file name
    ("savethechildren-2019-07-statement.txt", "", "Save the Children"),
    # a credit line or a dateline names the agency whose copy the page carries
    ("story-0412.txt", "Soldiers killed in the north\n\nAA | 05.03.2020\n\n", "Anadolu Agency"),
    ("story-0413.txt", "Soldiers killed in the north\n\nBy Jane Doe | Reuters\n\n", "Reuters"),
    ("story-0414.txt", "Soldiers killed in the north\n\nBy Agence France-Presse\n\n", "AFP"),
    # the page's own name on a short line, as the file name runs it together, is kept as the page writes it
    ("harbourtimes-2020-03-02-truce.txt", "Harbour Times\n\nSoldiers killed in the north\n\n", "Harbour Times"),
    # ... never a country or a place that happens to match
    ("turkeysyria-2020-03-02-truce.txt", "Turkey Syria\n\nSoldiers killed in the north\n\n", ""),
    ("notes-2020.txt", "Turkey, Middle East\n\nSoldiers killed in the north\n\n", ""),
])
def test_a_page_without_a_manifest_names_its_publisher_from_its_file_name_or_credit_line(tmp_path, reference, name,
                                                                                       head, outlet):
    (tmp_path / name).write_text(head + _BODY, encoding="utf-8")
    assert clean_article(tmp_path / name, reference).outlet == outlet


@pytest.mark.parametrize("name, head, tail, outlet", [
    # the page's name over the story with a word ("News", "TV") its file name leaves out
    ("harbourpost-2020-03-02-truce.txt", "Harbour Post News\n\nSoldiers killed in the north\n\n", "", "Harbour Post News"),
    # ... or signed at the page's end, one word spelled as a name
    ("quaynet-2020-03-02-truce.txt", "Soldiers killed in the north\n\n", "\n\nQuay.Net\n", "Quay.Net"),
    # a closing credit: a source line, a copyright line, a tag after the last full stop (a table's name first)
    ("story-0501.txt", "Soldiers killed in the north\n\n", "\n\nSource: Anadolu Agency\n", "Anadolu Agency"),
    ("story-0502.txt", "Soldiers killed in the north\n\n", " (AA)\n", "Anadolu Agency"),
    ("story-0503.txt", "Soldiers killed in the north\n\n", "\n\n© 2020 Harbour Gazette. All rights reserved.\n",
     "Harbour Gazette"),
    ("story-0504.txt", "Soldiers killed in the north\n\n", "\n\nSource: Harbour Wire\n", "Harbour Wire"),
    # ... whose full stop ends the line, not the name
    ("story-0514.txt", "Soldiers killed in the north\n\n", "\n\nSource: Harbour Wire.\n", "Harbour Wire"),
    # a wire dateline with a date, in the agency's own style
    ("story-0511.txt", "Soldiers killed in the north\n\nLAKESIDE, Feb. 3 (Xinhua) -- ", "", "Xinhua"),
    ("story-0512.txt", "Soldiers killed in the north\n\nLakeside, Syria, Oct 18, 2019 (AFP) - ", "", "AFP"),
    ("story-0513.txt", "Soldiers killed in the north\n\nMOSCOW, February 9. /TASS/. ", "", "TASS"),
    # a dateline naming in brackets an outlet no table knows
    ("story-0505.txt", "Soldiers killed in the north\n\nLAKESIDE (HARBOUR WIRE) — ", "", "Harbour Wire"),
    # never a place, a body the actors table knows that is no outlet, or a photo tag
    ("story-0506.txt", "Soldiers killed in the north\n\n", "\n\nSource: Syrian Observatory for Human Rights\n", ""),
    ("story-0507.txt", "Soldiers killed in the north\n\nLAKESIDE (Idlib) — ", "", ""),
    ("story-0508.txt", "Soldiers killed in the north\n\n", " (PHOTO)\n", ""),
    ("story-0510.txt", "Soldiers killed in the north\n\n", "\n\nSource: Read Full Article\n", ""),
])
def test_a_page_without_a_manifest_names_its_publisher_from_its_masthead_dateline_or_closing_credit(
        tmp_path, reference, name, head, tail, outlet):
    (tmp_path / name).write_text(head + _BODY.rstrip("\n") + tail, encoding="utf-8")
    assert clean_article(tmp_path / name, reference).outlet == outlet


@pytest.mark.parametrize("last", [
    "Three civilians were wounded there, Reuters reported.",
    "According to Anadolu Agency (AA), three civilians were wounded there.",
])
def test_a_wire_agency_quoted_inside_the_body_is_not_the_publisher(tmp_path, reference, last):
    (tmp_path / "story-0509.txt").write_text("Soldiers killed in the north\n\n" + _BODY + "\n" + last + "\n",
                                             encoding="utf-8")
    assert clean_article(tmp_path / "story-0509.txt", reference).outlet == ""


def test_a_title_over_a_dateline_is_no_paragraph(tmp_path, reference):
    # a date line with "posted:" over the title, and a page carrying a second story with its own title and dateline
    text = ("posted: 3/2/2020 7:00 AM\n\nJets kill 15 in the northern town\n\nHarbour Press\n\nLAKESIDE -- " + _BODY
            + "\nSecond strike kills and injures dozens in the town: monitor\n\nLAKESIDE: " + _BODY)
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    article = clean_article(tmp_path / "story.txt", reference)
    assert article.headline == "Jets kill 15 in the northern town"
    assert [b.text[:10] for b in article.blocks if b.kind == "body"] == ["LAKESIDE -", "LAKESIDE: "]


def test_a_read_more_link_under_a_story_is_no_paragraph(tmp_path, reference):
    (tmp_path / "story.txt").write_text("Soldiers killed in the north\n\n" + _BODY + "\nRead more: Jets kill 3 children "
                                        "in the north\n", encoding="utf-8")
    article = clean_article(tmp_path / "story.txt", reference)
    assert [b.text for b in article.blocks if b.kind == "body"] == [_BODY.strip()]


def test_a_deck_that_opens_a_later_paragraph_is_no_paragraph(tmp_path, reference):
    lead = "Two soldiers were killed in the town of Kafr Nabl on Monday, a local monitor said."
    (tmp_path / "story.txt").write_text("Soldiers killed in the north\n\n" + lead + "\n\nLAKESIDE - Jets struck at "
                                        "dawn.\n\n" + lead + " Three civilians were wounded there.\n",
                                        encoding="utf-8")
    article = clean_article(tmp_path / "story.txt", reference)
    assert [b.text[:14] for b in article.blocks if b.kind == "body"] == ["LAKESIDE - Jet", "Two soldiers w"]


def test_a_dateline_names_the_agency(tmp_path, reference):
    (tmp_path / "story.txt").write_text("Soldiers killed in the north\n\nBEIRUT (AP) — " + _BODY, encoding="utf-8")
    assert clean_article(tmp_path / "story.txt", reference).outlet == "AP"


@pytest.mark.parametrize("mark", [".", "*", "—"])
def test_a_stray_mark_over_the_title_is_no_headline_or_paragraph(tmp_path, reference, mark):
    # a scraped page's lone punctuation line over the title: the title under it is still the headline
    (tmp_path / "story.txt").write_text(f"{mark}\nShelling kills four in the northern town: monitor\n\n" + _BODY,
                                        encoding="utf-8")
    article = clean_article(tmp_path / "story.txt", reference)
    assert article.headline == "Shelling kills four in the northern town: monitor"
    assert [b.text for b in article.blocks if b.kind == "body"] == [_BODY.strip()]


def test_numbered_skip_links_and_a_date_line_under_the_headline_are_page_furniture(tmp_path):
    """Trial 36: a Deutsche Welle page opening '1. Skip to content / 2. Skip to main menu' was headlined '1. Skip to
    content' on the Data page and in the downloads; the date line under its headline, read as a heading, then dated
    every figure of the story that day."""
    page = tmp_path / "dw-strikes-2020-02-03.txt"
    page.write_text("1. Skip to content\n  2. Skip to main menu\n  3. Skip to more sites\nConflicts\n\n"
                    "Airstrikes kill civilians in the north\n\nFebruary 3, 2020\n\nAt least 14 civilians have been "
                    "killed in airstrikes on the province, a monitor said on Monday.\n\nThe offensive has killed "
                    "hundreds of civilians since December.\n", encoding="utf-8")
    from explainer.reference import load_reference

    article = clean_article(page, load_reference())
    assert article.headline == "Airstrikes kill civilians in the north"
    kinds = {block.text.strip(): block.kind for block in article.blocks}
    assert kinds["February 3, 2020"] == "boilerplate" and kinds["1. Skip to content"] == "boilerplate"
    assert [b.kind for b in article.blocks if b.kind in ("subheading", "body")] == ["body", "body"]
