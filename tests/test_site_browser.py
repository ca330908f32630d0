"""The rendered site in a real browser: Debian's chromium driven by Playwright, served from 127.0.0.1.

The site is rendered from the committed notebooks into a temporary folder by the renderer this machine has
(the nbconvert preview where Quarto is absent). Screenshots go to test-artifacts/screenshots/.
"""

import shutil
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from explainer.paths import PROJECT_ROOT
from explainer.site import find_quarto, read_config, render_with_nbconvert

from .support import launch_chromium, serve_folder

SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"


def _pages():
    return [str(Path(p).with_suffix(".html")) for p in read_config()["project"]["render"]]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
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
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(url, wait_until="load")
    return context, page, response, requests, errors, foreign


@pytest.mark.parametrize("path", _pages())
def test_page_loads_cleanly_and_stays_on_localhost(site, browser, path):
    base, _ = site
    context, page, response, requests, errors, foreign = _open(browser, urljoin(base, path))
    try:
        assert response.status == 200
        assert errors == [], errors
        assert foreign == [], f"requests to other hosts: {foreign}"
        assert all(urlparse(u).hostname in ("127.0.0.1", None) or u.startswith("data:") for u in requests)
        assert page.title() and page.locator('meta[name="description"]').get_attribute("content")
        assert page.locator('meta[property="og:title"]').count() == 1
        assert page.locator('meta[name="twitter:card"]').count() == 1
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


@pytest.mark.parametrize("path", _pages())
def test_no_serious_accessibility_violations(site, browser, path):
    from axe_playwright_python.sync_playwright import Axe

    base, _ = site
    context, page, *_ = _open(browser, urljoin(base, path))
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


def test_quarto_navbar_and_search():
    quarto = find_quarto(try_install=False)
    if quarto is None:
        pytest.skip("quarto is not on PATH: the Quarto-only checks (navbar, search index) need it")
    import subprocess

    out = PROJECT_ROOT / "build" / "quarto-site"
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([quarto, "render", "--output-dir", str(out)], cwd=PROJECT_ROOT, check=True)
    assert (out / "search.json").exists()
    assert "navbar" in (out / "report" / "index.html").read_text(encoding="utf-8")
