"""The committed notebooks' outputs, read as Quarto reads them (no rendering needed).

Quarto adds require.js and jQuery from a third-party CDN to any page whose notebook holds a display_data or
execute_result output carrying text/html or application/javascript (its Jupyter widget support:
src/core/jupyter/widgets.ts), so such an output makes every reader's browser contact a third party. And it shows a
bare image output as a figure without alt text. Pages therefore emit Markdown outputs, with charts as <img> with
alt text inside them.
"""

import re
from pathlib import Path

import nbformat
import pytest

from explainer.paths import NOTEBOOKS_DIR, REPORT_DIR

PAGES = sorted(REPORT_DIR.glob("*.ipynb")) + sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
# Output types that make Quarto load scripts from a CDN, or that Quarto shows without alt text.
FORBIDDEN = ("text/html", "application/javascript", "application/vnd.jupyter.widget-view+json")


def _display_outputs(path: Path):
    nb = nbformat.read(path, as_version=4)
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.get("output_type") in ("display_data", "execute_result"):
                yield index, output


def test_there_are_pages_to_check():
    assert len(PAGES) >= 9
    assert all(any(True for _ in _display_outputs(page)) for page in PAGES), "a page has no output at all"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_output_makes_quarto_load_scripts_from_another_host(page):
    bad = [(index, kind) for index, output in _display_outputs(page) for kind in output.get("data", {})
           if kind in FORBIDDEN]
    assert bad == [], f"{page.name}: cells {bad} would make Quarto add require.js and jQuery from a CDN; " \
                      "return Markdown (explainer.notebook.html_block / table) instead"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_image_has_alt_text(page):
    for index, output in _display_outputs(page):
        data = output.get("data", {})
        bare = [kind for kind in data if kind.startswith("image/")]
        assert bare == [], f"{page.name} cell {index}: a bare {bare} output gets no alt text from Quarto; " \
                           "use explainer.notebook.chart_image"
        for image in re.findall(r"<img\b[^>]*>", data.get("text/markdown", "")):
            alt = re.search(r'\balt="([^"]*)"', image)
            assert alt and alt.group(1).strip(), f"{page.name} cell {index}: an image without alt text"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_headings_in_outputs_carry_their_id(page):
    """Otherwise Quarto's script gives them one after loading, and links to them find nothing in the HTML."""
    for index, output in _display_outputs(page):
        for heading in re.findall(r"<h[1-6]\b[^>]*>", output.get("data", {}).get("text/markdown", "")):
            assert re.search(r'\sid="[^"]+"', heading), f"{page.name} cell {index}: {heading}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_markdown_outputs_keep_their_html_in_one_block(page):
    """A blank or indented line would end an HTML block or start a code block in Pandoc and in nbconvert."""
    for index, output in _display_outputs(page):
        text = output.get("data", {}).get("text/markdown", "")
        if text.lstrip().startswith("<"):
            assert "\n\n" not in text and not re.search(r"\n[ \t]", text), f"{page.name} cell {index}"


def test_helpers_escape_text_and_keep_html_in_one_block():
    import pandas as pd

    from explainer.notebook import html_block, svg_image, table

    shown = table(pd.DataFrame({"quote": ["<script>x</script> *a* {{< b >}}", None], "n": [1, float("nan")]}),
                  caption="c|d").data
    assert "<script>" not in shown and "{{<" not in shown and "*a*" not in shown
    assert shown.startswith('<div class="table-wrap" tabindex="0">') and "<td></td>" in shown
    assert html_block("<p>a</p>\n\n    <p>b</p>").data == "<p>a</p>\n<p>b</p>"
    assert html_block('<h2>No day</h2><h3 id="e-1">x</h3><h2 class="c">No day</h2>').data == \
        '<h2 id="no-day">No day</h2><h3 id="e-1">x</h3><h2 id="no-day-1" class="c">No day</h2>'
    image = svg_image("<svg></svg>", 'Chart "x" <y>')
    assert 'alt="Chart &#34;x&#34; &#60;y&#62;"' in image


def test_a_stacked_table_labels_every_cell_with_its_heading_and_stays_a_table():
    """On a phone each cell shows its column's heading (data-label); the roles, caption and headers keep it a
    table for screen readers; an empty cell is marked to be left out; headings and ids are escaped."""
    from explainer.notebook import stacked_table

    shown = stacked_table("claims", ["Figure", "Why <it>"], [("c-1", ["4", ""]), ('c"2', ["<q>x</q>", "late"])],
                          caption="Every <claim>")
    assert shown.startswith('<table class="claims stacked" role="table"><caption>Every &#60;claim&#62;</caption>')
    assert shown.count('role="columnheader"') == 2 and shown.count('role="row"') == 3
    assert '<td role="cell" data-label="Figure">4</td><td role="cell" data-label="Why &#60;it&#62;" class="empty">' \
           '</td>' in shown
    assert '<tr id="c&#34;2" role="row"><td role="cell" data-label="Figure"><q>x</q></td>' in shown


@pytest.mark.parametrize("text, shown", [
    ("18. hilltop near Qaminas", "18&#46; hilltop near Qaminas"),
    ("3) the third post", "3&#41; the third post"),
    ("- a line that reads as a bullet", "&#45; a line that reads as a bullet"),
    # a number, a decimal or a sign with no space after it is no list marker and stays as it is
    ("2020 was the year", "2020 was the year"),
    ("3.5 km south", "3.5 km south"),
    ("-5", "-5"),
])
def test_text_opening_with_a_list_marker_stays_text(text, shown):
    """Quarto reads the HTML blocks' contents as Markdown: text that opens a table cell with "18. " was a list."""
    from explainer.notebook import safe

    assert safe(text) == shown
