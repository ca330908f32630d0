"""A hostile article through the whole pipeline; determinism of a whole build; property tests of the extractor."""

from pathlib import Path

import nbformat
import papermill as pm
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from explainer.articles import clean_article
from explainer.build import strip_volatile
from explainer.claims import extract_claims
from explainer.exceptions import ExplainerError
from explainer.paths import NOTEBOOKS_DIR, PROJECT_ROOT, REPORT_DIR
from explainer.site import read_config, render_page
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .support import launch_chromium, serve_folder


HOSTILE = """Syria
Syrian shelling in Idlib <script>alert(1)</script>

A photo taken on February 2, 2020. © Someone/AFP

Five Turkish soldiers were killed in <img src=x onerror=alert(1)> {{< pagebreak >}} $x^2$ *bold* [link](javascript:alert(1)) <script>alert(1)</script> Idlib, the ministry said.

The Syrian Observatory for Human Rights said 12 regime fighters were killed near <b onmouseover=alert(1)>Saraqeb</b>.
"""
ANALYSIS = ["01_clean_article.ipynb", "02_casualty_claims.ipynb", "03_troop_deployments.ipynb"]
PAGES = ["index.ipynb", "claims.ipynb", "tracker.ipynb", "deployments.ipynb", "data.ipynb"]


def _run_all(workdir: Path, article: Path) -> Path:
    processed = workdir / "processed"
    runs = workdir / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    for name in ANALYSIS:
        parameters = {"processed_dir": str(processed)}
        if name == ANALYSIS[0]:
            parameters["article_path"] = str(article)
        pm.execute_notebook(str(NOTEBOOKS_DIR / name), str(runs / name), parameters=parameters,
                            cwd=str(PROJECT_ROOT), progress_bar=False, kernel_name="python3")
    for name in PAGES:
        parameters = {"processed_dir": str(processed)}
        if name == "data.ipynb":
            parameters["downloads_dir"] = str(workdir / "site" / "report" / "downloads")
        pm.execute_notebook(str(REPORT_DIR / name), str(runs / f"report-{name}"), parameters=parameters,
                            cwd=str(PROJECT_ROOT), progress_bar=False, kernel_name="python3")
    return processed


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("hostile")
    article = workdir / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    _run_all(workdir, article)
    site = workdir / "site"
    environment = Environment(loader=FileSystemLoader(PROJECT_ROOT / "explainer" / "templates"),
                              autoescape=select_autoescape(["html", "j2"]))
    for name in PAGES:
        render_page(workdir / "runs" / f"report-{name}", read_config(), environment, site,
                    relative=Path("report") / name)
    return site


def test_hostile_text_is_escaped_in_the_built_html(hostile_site):
    claims_page = (hostile_site / "report" / "claims.html").read_text(encoding="utf-8")
    assert "Five Turkish soldiers were killed in" in claims_page
    # Text may mention these; what must never appear is the markup itself.
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "{{<", 'href="javascript'):
        for page in hostile_site.rglob("*.html"):
            assert raw not in page.read_text(encoding="utf-8"), f"{raw!r} reached {page.name} unescaped"
    assert "&lt;img src=x onerror=alert(1)&gt;" in claims_page  # shown as text


def test_no_script_from_the_article_runs_in_the_browser(hostile_site):
    from playwright.sync_api import sync_playwright

    dialogs = []
    with serve_folder(hostile_site) as base:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            for name in PAGES:
                page.goto(f"{base}report/{name.replace('.ipynb', '.html')}")
                page.mouse.move(200, 300)
                for element in page.locator("q:visible, td:visible").all()[:40]:
                    element.hover()
            browser.close()
    assert dialogs == []


@pytest.mark.slow  # two whole builds
def test_two_builds_give_identical_bytes(tmp_path):
    """Tables, datapackage.json, charts and stripped notebooks are byte-identical across two runs."""
    from .conftest import SEED

    outputs = []
    for attempt in ("a", "b"):
        workdir = tmp_path / attempt
        processed = _run_all(workdir, SEED)
        files = {str(p.relative_to(processed)): p.read_bytes() for p in sorted(processed.rglob("*")) if p.is_file()}
        for run in sorted((workdir / "runs").glob("*.ipynb")):
            nb = strip_volatile(nbformat.read(run, as_version=4))
            # the temporary folder's name is a parameter here; the committed notebooks use a fixed default
            files[run.name] = nbformat.writes(nb).replace(str(workdir), "<workdir>").encode()
        outputs.append(files)
    assert outputs[0].keys() == outputs[1].keys()
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], name


FRAGMENTS = [
    "At least four Turkish soldiers were killed", "and nine others were wounded", "30 to 35 Syrian forces",
    "according to a monitor group", ", the ministry said.", "displacing hundreds of thousands of people",
    "Erdogan told reporters", "between 3 and 2,000 rebels died", "up to 40 civilians", "On 3 February 2020,",
    "killing all its crew", "| Date | Killed |", "\n\n", ". ", "“", "”", "100’s of", "neutralized 3,138",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=25))
def test_extractor_invariants_on_arbitrary_text(tmp_path, reference, parts):
    path = tmp_path / "any.txt"
    path.write_bytes(" ".join(parts).encode("utf-8", errors="replace"))
    try:
        article = clean_article(path, reference)
    except ExplainerError:
        return  # refused with a clear error is a valid outcome for junk
    for claim in extract_claims(article, reference):
        assert article.text[claim.quote_start:claim.quote_end] == claim.quote
        assert claim.quantity_text in claim.quote
        for number in (claim.number_low, claim.number_high):
            if number is not None and claim.qualifier not in ("vague", "unspecified"):
                assert claim.quantity_text  # the figure as written is in the quote
        if claim.number_low is not None and claim.number_high is not None:
            assert claim.number_low <= claim.number_high


# Issue 17, items 2, 3 and 5: one payload in every field an input can set, through the whole build (make site).
PAYLOAD = ('=HYPERLINK("http://evil.example","x") Idlib\\Hatay $1 \\g<0> \\1 [x](javascript:alert(1)) '
           "{{< pagebreak >}} {{ 7*7 }} $\\input{/etc/passwd}$")
HOSTILE_PAGE = f"""<!DOCTYPE html><html><head><title>{PAYLOAD} shelling in Idlib</title>
<script>alert("raw-html")</script></head><body><article><h1>{PAYLOAD} shelling in Idlib</h1>
<p>@Ministry: Five Turkish soldiers were killed in Idlib on 3 February 2020, {PAYLOAD}, the ministry said.</p>
<p>The Syrian Observatory for Human Rights said 12 regime fighters were killed near Saraqeb. {PAYLOAD}</p>
<img src=x onerror="alert('img')"><iframe src="javascript:alert('frame')"></iframe>
</article></body></html>
"""
HOSTILE_TEXT = f"""{PAYLOAD} Clash in Idlib

A photo taken on February 2, 2020. © {PAYLOAD}/AFP

-Five Turkish soldiers were killed in Idlib on Monday {PAYLOAD}, the ministry said.

Three Syrian soldiers were killed near Saraqeb on Monday, {PAYLOAD} said.
"""
FORMULA = __import__("re").compile(r"^\s*[=+\-@\t\r]")
PLAIN_NUMBER = __import__("re").compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    import csv
    import os
    import subprocess
    import sys

    from .support import copy_tracked_files

    root = copy_tracked_files(tmp_path_factory.mktemp("hostile-build") / "repo")
    raw = root / "data" / "raw"
    (raw / "hostile-page.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    (raw / "hostile-notes.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    yaml_outlet = PAYLOAD.replace("'", "''")  # a single-quoted YAML string
    (raw / "hostile-front.md").write_text(f"---\nlicence: CC BY 4.0\noutlet: '{yaml_outlet}'\n---\n\n# Clash in Idlib\n\n"
                                          "<script>alert('markdown')</script>\n\nFive Turkish soldiers were killed in "
                                          "Idlib on Monday, the ministry said.\n", encoding="utf-8")
    with (raw / "manifest.csv").open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["hostile-page.html", PAYLOAD, "https://example.org/page?a=1&b=$1", "2020-02-03", "en",
                         f"CC BY 4.0 {PAYLOAD}"])
        writer.writerow(["hostile-notes.txt", "@" + PAYLOAD, "", "", "en", "CC BY-SA 4.0"])
    # and in every text field of a dataset export
    with (root / "tests" / "fixtures" / "datasets" / "acled-syria-feb2020.csv").open(encoding="utf-8") as handle:
        header, first, *_ = list(csv.reader(handle))
    hostile_row = [PAYLOAD + "\n" + PAYLOAD if column in ("event_type", "sub_event_type", "actor1", "actor2",
                                                          "admin2", "location", "source", "notes") else value
                   for column, value in zip(header, first)]
    hostile_row[header.index("event_id_cnty")] = "SYR9$1\\g<0>"
    with (root / "hostile-acled.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows([header, hostile_row])
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(root)}
    articles = "data/raw/hostile-page.html data/raw/hostile-notes.txt data/raw/hostile-front.md"
    build = [sys.executable, "-m", "explainer", "build", "--articles", articles, "--acled", "hostile-acled.csv"]
    subprocess.run(build, cwd=root, env=env, capture_output=True, text=True)
    # An editor accepts every claim through the review queue (hostile text makes the round trip through a CSV
    # opened in a spreadsheet), so that the payload reaches the charts and the story too.
    subprocess.run([sys.executable, "-m", "explainer", "review"], cwd=root, env=env, check=True, capture_output=True)
    queue = root / "data" / "review" / "queue.csv"
    with queue.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row.update(decision="accepted", reviewer=PAYLOAD)
    with queue.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    subprocess.run([sys.executable, "-m", "explainer", "review", "--merge", str(queue)], cwd=root, env=env,
                   check=True, capture_output=True)
    result = subprocess.run(build, cwd=root, env=env, capture_output=True, text=True)
    return root, result


def test_hostile_fields_build_without_error(hostile_build):
    root, result = hostile_build
    assert result.returncode == 0, result.stdout + result.stderr
    claims = (root / "data" / "processed" / "claims.csv").read_text(encoding="utf-8")
    assert "Idlib\\Hatay $1 \\g<0>" in claims  # the text is data: kept exactly, never read as a template
    assert "acled-SYR9$1\\g<0>" in claims


def test_raw_html_is_never_republished(hostile_build):
    root, _ = hostile_build
    downloads = root / "report" / "downloads"
    names = sorted(p.name for p in downloads.iterdir())
    assert "hostile-page.html" not in names and not any(n.endswith((".html", ".htm")) for n in names), names
    extracted = (downloads / "hostile-page.html.txt").read_text(encoding="utf-8")
    assert "Five Turkish soldiers were killed" in extracted and "<script" not in extracted
    assert "hostile-notes.txt" in names  # a free text file is republished as it is
    assert "hostile-front.md" not in names and "<script>" in (downloads / "hostile-front.md.txt").read_text()


def test_downloaded_csvs_hold_no_formula_and_processed_tables_stay_exact(hostile_build):
    import csv

    root, _ = hostile_build
    starting = []
    for path in sorted((root / "report" / "downloads").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                starting += [(path.name, cell) for cell in row if FORMULA.match(cell) and not PLAIN_NUMBER.match(cell)]
    assert starting == []
    downloaded = (root / "report" / "downloads" / "articles.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in downloaded and "'@=HYPERLINK(" in downloaded
    processed = (root / "data" / "processed" / "articles.csv").read_text(encoding="utf-8")
    assert ',"=HYPERLINK(' in processed and "'=HYPERLINK" not in processed
    paragraphs = (root / "report" / "downloads" / "paragraphs.csv").read_text(encoding="utf-8")
    assert "\n" + "hostile-notes,body,1" in paragraphs and "'-Five Turkish soldiers" in paragraphs
    page = (root / "_site" / "report" / "data.html").read_text(encoding="utf-8")
    assert "starts with an apostrophe" in page  # said in the data dictionary


def test_payload_is_shown_as_text_on_every_page(hostile_build):
    from bs4 import BeautifulSoup

    root, _ = hostile_build
    pages = sorted((root / "_site").rglob("*.html"))
    assert len(pages) >= 9
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.find_all(["a", "area", "form", "iframe"], href=True):
            assert link["href"].split(":", 1)[0].lower() not in ("javascript", "data", "vbscript"), (page, link)
        # No event handler in the content; outside it only the renderer's own (Quarto's navbar toggle has one),
        # never one carrying the payload.
        for element in (soup.find("main") or soup).find_all(True):
            assert not [a for a in element.attrs if a.lower().startswith("on")], (page, element.name, element.attrs)
        for element in soup.find_all(True):
            assert not [a for a, v in element.attrs.items() if a.lower().startswith("on") and "alert" in str(v)], \
                (page, element.name, element.attrs)
        assert soup.find("iframe") is None and not any("alert" in s.get_text() for s in soup.find_all("script"))
        assert all(img["src"].startswith("data:image/svg+xml;base64,") for img in soup.find_all("img")), page
    claims = BeautifulSoup((root / "_site" / "report" / "claims.html").read_text(encoding="utf-8"),
                           "html.parser").get_text()
    for piece in ("Idlib\\Hatay", "$1", "\\g<0>", "[x](javascript:alert(1))", "{{< pagebreak >}}", "{{ 7*7 }}",
                  "$\\input{/etc/passwd}$"):
        assert piece in claims, piece
    analysis = BeautifulSoup((root / "_site" / "notebooks" / "02_casualty_claims.html").read_text(encoding="utf-8"),
                             "html.parser")
    alternative = next(p for p in analysis.find_all("p") if "Text alternative" in p.get_text())
    assert "[x](javascript:alert(1))" in alternative.get_text() and alternative.find("a") is None


def test_no_script_runs_from_any_page_or_download(hostile_build):
    from playwright.sync_api import Error as PlaywrightError, sync_playwright

    root, _ = hostile_build
    dialogs = []
    with serve_folder(root / "_site") as base:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(f"{base}report/data.html")
            hrefs = page.eval_on_selector_all("a[href*='downloads/']", "links => links.map(a => a.href)")
            assert any(h.endswith("hostile-page.html.txt") for h in hrefs), hrefs
            for href in hrefs:
                try:
                    page.goto(href)
                except PlaywrightError as error:  # a CSV is offered as a download: nothing of it runs
                    assert "Download is starting" in str(error), error
            for name in ("report/index.html", "report/claims.html", "report/tracker.html",
                         "notebooks/01_clean_article.html", "notebooks/02_casualty_claims.html"):
                page.goto(f"{base}{name}")
                # as the browser itself parses each link (it drops tabs: "java\tscript:" is javascript:)
                protocols = page.eval_on_selector_all("a[href]", "links => links.map(a => a.protocol)")
                assert set(protocols) <= {"http:", "https:"}, (name, set(protocols))
            browser.close()
    assert dialogs == []
