"""The rendered site in a real browser: Debian's chromium driven by Playwright, served from 127.0.0.1.

The site is rendered from the committed notebooks into a temporary folder by the renderer SITE_RENDERER names,
as ``make site`` chooses it: ``quarto`` (fails without Quarto), ``preview`` (the nbconvert preview) or ``auto``
(the default: Quarto where it is installed, else the preview). Every check runs against either renderer:
``SITE_RENDERER=quarto make test`` checks what is published. Screenshots go to test-artifacts/screenshots/.
"""

import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from explainer.paths import PROJECT_ROOT
from explainer.site import find_quarto, read_config, render_with_nbconvert, render_with_quarto, requested_renderer

from .support import launch_chromium, serve_folder

pytestmark = pytest.mark.slow  # builds or runs notebooks: `make test`, not `make check`

SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
# Pages and how many charts each shows (every one must carry alt text).
CHARTS = {"report/index.html": 1, "report/claims.html": 1, "report/tracker.html": 1, "report/deployments.html": 2,
          "notebooks/02_casualty_claims.html": 2, "notebooks/03_troop_deployments.html": 2}


def _pages():
    return [str(Path(p).with_suffix(".html")) for p in read_config()["project"]["render"]]


def _renderer() -> str:
    choice = requested_renderer()
    if choice == "auto":
        return "quarto" if find_quarto(try_install=False) else "preview"
    return choice


RENDERER = _renderer()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp(f"site-{RENDERER}")
    if RENDERER == "quarto":
        quarto = find_quarto(try_install=False)
        if quarto is None:
            pytest.fail("SITE_RENDERER=quarto but quarto is not on PATH: install it (see README)")
        render_with_quarto(quarto, out, log=out.parent / "quarto-render.log")
    else:
        render_with_nbconvert(out)
    with serve_folder(out) as base:
        yield base, out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


def _open(browser, url, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    requests, errors, foreign = [], [], []

    def route(route_request):
        host = urlparse(route_request.request.url).hostname
        if route_request.request.url.startswith("data:") or host in ("127.0.0.1", "localhost"):
            route_request.continue_()
        else:
            foreign.append(route_request.request.url)
            route_request.abort()

    page.route("**/*", route)
    page.on("request", lambda request: requests.append(request.url))
    # A missing file (the tab icon browsers ask for on their own, say) is a 404 in the reader's console.
    page.on("response", lambda answer: errors.append(f"{answer.status} {answer.url}") if answer.status >= 400
            else None)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(url, wait_until="load")
    return context, page, response, requests, errors, foreign


@pytest.mark.parametrize("path", _pages())
def test_page_loads_cleanly_and_stays_on_localhost(site, browser, path):
    base, root = site
    context, page, response, requests, errors, foreign = _open(browser, urljoin(base, path))
    try:
        assert response.status == 200
        page.wait_for_load_state("networkidle")
        assert errors == [], errors
        # A tab icon of the site's own: without one, browsers ask for /favicon.ico and log a 404.
        assert page.locator('link[rel="icon"]').count() == 1
        assert foreign == [], f"requests to other hosts: {foreign}"
        assert all(urlparse(u).hostname in ("127.0.0.1", None) or u.startswith("data:") for u in requests)
        assert page.title() and page.locator('meta[name="description"]').get_attribute("content")
        assert page.locator('meta[property="og:title"]').count() == 1
        assert page.locator('meta[name="twitter:card"]').count() == 1
        # The sharing picture: an absolute address under the site's published address, of a file the site has.
        image = urlparse(page.locator('meta[property="og:image"]').get_attribute("content"))
        assert f"{image.scheme}://{image.netloc}" == read_config()["website"]["site-url"].rstrip("/")
        assert (root / image.path.lstrip("/")).is_file() and image.path.endswith(".png")
        for chart in page.locator("img").all():
            box = chart.bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0, "a chart is not visible"
            assert chart.get_attribute("alt")
    finally:
        context.close()


def test_every_internal_link_resolves(site, browser):
    base, root = site
    context = browser.new_context()
    page = context.new_page()
    checked = set()
    try:
        for path in _pages():
            page.goto(urljoin(base, path))
            for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
                if not href.startswith(base) or href in checked:
                    continue
                checked.add(href)
                target = urlparse(href)
                local = root / target.path.lstrip("/")
                assert local.exists(), f"{path} links to missing {target.path}"
                if target.fragment and local.suffix == ".html":
                    assert f'id="{target.fragment}"' in local.read_text(encoding="utf-8"), \
                        f"{path} links to missing anchor {href}"
    finally:
        context.close()
    assert checked


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("path", _pages())
def test_no_serious_accessibility_violations(site, browser, path, width):
    from axe_playwright_python.sync_playwright import Axe

    base, _ = site
    context, page, *_ = _open(browser, urljoin(base, path), width=width)
    try:
        results = Axe().run(page)
        serious = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
        assert serious == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in serious]
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_screenshots(site, browser, width):
    base, _ = site
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for path in _pages():
        context, page, *_ = _open(browser, urljoin(base, path), width=width)
        try:
            name = path.replace("/", "_").replace(".html", f"-{width}.png")
            page.screenshot(path=str(SCREENSHOTS / name), full_page=True)
            # On a phone nothing may be wider than the screen.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} is {overflow}px wider than a {width}px screen"
        finally:
            context.close()
    assert len(list(SCREENSHOTS.glob(f"*-{width}.png"))) >= len(_pages())


def test_every_chart_has_alt_text_and_wide_content_scrolls_from_the_keyboard(site, browser):
    base, _ = site
    for path in _pages():
        context, page, *_ = _open(browser, urljoin(base, path))
        try:
            charts = page.locator('img[src*="image/svg+xml"], img[src$=".svg"]').all()
            assert len(charts) == CHARTS.get(path, 0), f"{path}: {len(charts)} charts"
            for chart in charts:
                assert len((chart.get_attribute("alt") or "").strip()) > 20, f"{path}: a chart without alt text"
            # A table wider than its column must sit in a region that scrolls and takes keyboard focus.
            clipped = page.evaluate("""() => [...document.querySelectorAll('table')].filter(t => {
                let box = t.parentElement;
                while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
                if (!box || box === document.body || box === document.documentElement) return false;
                const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
                return t.scrollWidth > box.clientWidth + 1 && !(scrolls && box.tabIndex >= 0);
            }).length""")
            assert clipped == 0, f"{path}: {clipped} table(s) cut off without a keyboard-reachable scroll"
        finally:
            context.close()


def test_the_claims_table_reads_on_a_phone_without_sideways_scrolling(site, browser):
    """At 390 px each claim is a block of labelled lines inside the column; it is still a table with its caption,
    column headers and cells for screen readers. At 1280 px it is an ordinary table with its header row."""
    from explainer.story import CLAIM_COLUMNS, CLAIMS_CAPTION

    base, _ = site
    for width in (390, 1280):
        context, page, *_ = _open(browser, urljoin(base, "report/claims.html"), width=width)
        try:
            table = page.get_by_role("table", name=CLAIMS_CAPTION)
            assert table.count() == 1
            headers = table.get_by_role("columnheader").all_inner_texts()
            assert [h.strip() for h in headers] == list(CLAIM_COLUMNS)
            assert table.get_by_role("row").count() > 1 and table.get_by_role("cell").count() > len(CLAIM_COLUMNS)
            layout = table.evaluate("""t => {
                let box = t.parentElement;
                while (box && getComputedStyle(box).overflowX === 'visible') box = box.parentElement;
                const cell = t.querySelector('tbody td');
                return {wide: t.scrollWidth - box.clientWidth, head: t.querySelector('thead').offsetHeight,
                        label: getComputedStyle(cell, '::before').content, shown: cell.getBoundingClientRect().width};
            }""")
            if width == 390:
                assert layout["wide"] <= 1, f"the claims table is {layout['wide']}px wider than its column"
                assert layout["head"] <= 1 and "Figure" in layout["label"], layout
                assert layout["shown"] > 250, layout  # a whole line for each field, not a squeezed column
                # the period totals (and claims not yet checked, where there are any) stack the same way
                wide = page.evaluate("""() => [...document.querySelectorAll('table.stacked')].map(t =>
                    t.scrollWidth - t.parentElement.clientWidth)""")
                assert len(wide) >= 2 and max(wide) <= 1, wide
            else:
                assert layout["head"] > 10 and "Figure" not in layout["label"], layout
        finally:
            context.close()


def test_tracker_event_headings_have_ids_in_the_html(site):
    """Links to an event point at an id written in the HTML, not one a script adds after loading."""
    _, root = site
    html = (root / "report" / "tracker.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h3[^>]*>", html)
    assert headings and all(re.search(r'\sid="event-[a-z0-9-]+"', h) for h in headings), headings


def test_no_markdown_markup_shows_and_no_table_cell_turns_into_a_list(site):
    """The pages' HTML blocks are read as Markdown by Quarto: a cell "18. hilltop near Qaminas" became a numbered
    list, and the page's column div was left unclosed, its ':::' printed as text."""
    _, root = site
    for path in sorted(root.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        assert "<p>:::</p>" not in html and "<p>:::" not in html, path
        assert not re.search(r"<td[^>]*>\s*<(?:ol|ul)\b", html), path


def test_quarto_navbar_and_search(site):
    if RENDERER != "quarto":
        pytest.skip("Quarto's own navbar and search index: run SITE_RENDERER=quarto make test")
    _, root = site
    assert (root / "search.json").exists()
    assert "navbar" in (root / "report" / "index.html").read_text(encoding="utf-8")
    assert not (root / "_site").exists() and not list(root.rglob("downloads/**/downloads"))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_quarto_renders_the_same_bytes_again_and_page_by_page(site, tmp_path):
    """Two renders of the same checkout are byte-identical (Quarto stamps nothing in the pages; sitemap.xml's
    lastmod is each notebook's modification time, the same here). Rendering one page into a copy of the site, as
    make site does after an edit, gives the same bytes as a full render."""
    if RENDERER != "quarto":
        pytest.skip("Quarto's determinism: run SITE_RENDERER=quarto make test")
    import shutil

    _, first = site
    quarto = find_quarto(try_install=False)
    again = tmp_path / "again"
    render_with_quarto(quarto, again, log=tmp_path / "again.log")
    assert _files(again) == _files(first)
    shutil.copytree(first, tmp_path / "one", dirs_exist_ok=True)
    render_with_quarto(quarto, tmp_path / "one", pages=["report/claims.ipynb"], log=tmp_path / "one.log")
    assert _files(tmp_path / "one") == _files(first)
