"""``make bench``: print how fast and how light the product is. Figures, not pass/fail tests.

Everything runs in temporary copies, so the project's notebooks, tables and site are not touched.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .paths import PROJECT_ROOT, RAW_DIR, SEED_ARTICLE

CORPUS_SIZES = (100, 1_000, 10_000)
ACLED_ROWS = 500_000


def _row(label: str, value: str, target: str = "") -> None:
    print(f"{label:<58} {value:>18}  {target}", flush=True)


def _build(root: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(root)}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "explainer", "build", *args], cwd=root, env=env,
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stdout + result.stderr)
    return time.perf_counter() - started, result.stdout


def bench_builds(workdir: Path) -> None:
    print("\n== Builds of the seed (a copy of the project; nbconvert renderer) ==")
    from tests.support import copy_tracked_files  # run from the project root, as make bench does

    root = copy_tracked_files(workdir / "project")
    shutil.rmtree(root / "build", ignore_errors=True)
    seconds, output = _build(root, "--force")
    _row("cold build, fresh build folder: total", f"{seconds:.1f} s")
    for line in output.splitlines():
        line = line.strip()
        if ": ran in" in line or line.startswith("site: rendered"):
            name, _, duration = line.rpartition(" in ")
            _row(f"  {name.replace(': ran', '').replace('site: rendered', 'site render')}", duration)
    from jupyter_client.manager import start_new_kernel

    started = time.perf_counter()
    manager, client = start_new_kernel(kernel_name="python3")
    kernel_start = time.perf_counter() - started
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    _row("  of which kernel start, per notebook (measured apart)", f"{kernel_start:.2f} s")
    seconds, _ = _build(root, "--no-site")
    _row("rebuild, nothing changed (notebooks)", f"{seconds:.2f} s", "target < 1 s (includes Python start)")
    seconds, _ = _build(root)
    _row("rebuild, nothing changed (notebooks and site)", f"{seconds:.2f} s")
    os.utime(root / "data" / "raw" / SEED_ARTICLE.name)
    seconds, _ = _build(root, "--no-site")
    _row("after touching the article (mtime only): nothing runs", f"{seconds:.2f} s")
    with (root / "data" / "raw" / SEED_ARTICLE.name).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    seconds, _ = _build(root)
    _row("after editing the article: every notebook and the site", f"{seconds:.1f} s")


def corpus_sentences() -> list[str]:
    """Real sentences of the seed and the example, to recombine into articles for speed tests only."""
    from .articles import clean_article, read_manifest
    from .reference import load_reference
    from .text import split_sentences

    reference = load_reference()
    sentences = []
    for path in (SEED_ARTICLE, RAW_DIR / "wikipedia-turkish-involvement-2020.txt"):
        article = clean_article(path, reference, read_manifest(RAW_DIR / "manifest.csv"))
        for block in article.paragraphs:
            sentences.extend(s.text for s in split_sentences(article, block))
    return sentences


def write_corpus(folder: Path, size: int, seed: int = 2020) -> list[Path]:
    """``size`` articles of 6 to 12 recombined sentences in 2 to 4 paragraphs each; deterministic."""
    folder.mkdir(parents=True, exist_ok=True)
    sentences = corpus_sentences()
    rng = random.Random(seed)
    paths = []
    for number in range(size):
        picked = rng.sample(sentences, rng.randint(6, 12))
        cut = sorted(rng.sample(range(1, len(picked)), rng.randint(1, 3)))
        paragraphs = [" ".join(picked[a:b]) for a, b in zip([0, *cut], [*cut, len(picked)])]
        path = folder / f"speed-{number:05d}.txt"
        path.write_text(f"Speed test article {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _extract_only(paths: list[str]) -> dict:
    """Clean and extract every article in this process (one core); time and peak memory."""
    import resource

    from .articles import clean_article, detect_language
    from .claims import extract_claims
    from .deployments import extract_deployments
    from .reference import load_reference
    from .text import ArticleContext

    reference = load_reference()
    # One-time setup stays outside the clock, as the reference tables do: the language classifier's model
    # (loaded on its first use, about 0.4 s) would otherwise be charged to the first hundred articles.
    import py3langid

    py3langid.classify("Setup of the language classifier, not an article.")
    started = time.perf_counter()
    cpu_started = time.process_time()
    claims = 0
    for path in paths:
        article = clean_article(path, reference)
        detect_language(article)
        context = ArticleContext.build(article, reference)
        claims += len(extract_claims(article, reference, context))
        extract_deployments(article, reference, context)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu_started, "claims": claims,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def real_passages() -> list[Path]:
    """The committed real passages (development and generalisation corpora, Wikipedia, CC BY-SA), as written."""
    fixtures = PROJECT_ROOT / "tests" / "fixtures"
    return sorted(p for folder in ("dev-corpus", "generalisation-corpus") for p in (fixtures / folder).rglob("*")
                  if p.suffix in (".txt", ".md") and p.name not in ("SOURCES.md", "README.md"))


def _raw_to_charts(paths: list[str]) -> dict:
    """Raw text to the chart tables: clean, extract, events, then the aggregated chart data."""
    import resource

    import pandas as pd

    from . import charts
    from .pipeline import extract
    from .reference import load_reference, observation_posts

    started = time.perf_counter()
    frames, _ = extract([Path(p) for p in paths], load_reference())
    chart_rows = {
        "claims chart": len(charts.claims_chart_data(frames["claims"])),
        "tracker": len(charts.tracker_data(frames["claims"], frames["articles"], frames["events"])),
        "timeline": len(charts.timeline_events(pd.DataFrame(observation_posts()), frames["claims"],
                                               frames["deployments"])),
    }
    return {"seconds": time.perf_counter() - started, "claims": len(frames["claims"]),
            "events": len(frames["events"]), "chart_rows": chart_rows,
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _acled(path: str) -> dict:
    """The seed and a national export through the extraction's own path: import, keep the claims about the seed's
    incident, summarise, validate, write the tables and the full import (in a fresh interpreter)."""
    import resource

    from .pipeline import run_extract
    from .reference import load_reference

    load_reference()  # one-time setup, before the clock as in the other rows
    out = Path(path).parent / "acled-out"
    started = time.perf_counter()
    run_extract([str(SEED_ARTICLE)], out, acled=[path], ledger_path=out / "no-ledger.csv",
                exports_path=out / "no-exports.csv", datasets_dir=out / "interim")
    seconds = time.perf_counter() - started
    kept = sum(1 for line in (out / "claims.csv").open(encoding="utf-8")) - 1
    return {"seconds": seconds, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "kept": kept, "summary_rows": sum(1 for _ in (out / "dataset_summary.csv").open(encoding="utf-8")) - 1,
            "tracked_kib": sum(p.stat().st_size for p in out.glob("*.*")) / 1024,
            "full_mib": sum(p.stat().st_size for p in (out / "interim").glob("*.csv")) / 2**20}


def _in_subprocess(function: str, argument) -> dict:
    """Run one measurement in a fresh interpreter, pinned to one core, so peak memory is its own."""
    code = f"import json, sys; from explainer.bench import {function}; print(json.dumps({function}(json.loads(sys.stdin.read()))))"
    command = [sys.executable, "-c", code]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    result = subprocess.run(command, input=json.dumps(argument), capture_output=True, text=True, cwd=PROJECT_ROOT)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def bench_corpora(workdir: Path) -> None:
    print("\n== Extraction on recombined real sentences (for speed only: these are not real articles) ==")
    for size in CORPUS_SIZES:
        paths = [str(p) for p in write_corpus(workdir / f"corpus-{size}", size)]
        result = _in_subprocess("_extract_only", paths)
        rate = size / result["seconds"]
        # CPU time as well as wall time: on a shared machine the wall clock counts other people's work.
        _row(f"extract {size:>6,} articles, one core",
             f"{rate:,.0f} art/s", f"{size / result['cpu_seconds']:,.0f} art/s of CPU time; "
                                   f"{result['seconds'] / size * 1000:.2f} ms/article, peak "
                                   f"{result['peak_mib']:.0f} MiB; target >= 2,000 art/s, linear")
    real = [str(p) for p in real_passages()]
    if real:
        # The recombined articles are a third claim sentences; real passages are longer and sparser: both are told.
        result = _in_subprocess("_extract_only", real)
        kib = sum(Path(p).stat().st_size for p in real) / 1024
        _row(f"extract the {len(real):,} real passages of the two corpora, one core",
             f"{len(real) / result['cpu_seconds']:,.0f} art/s", f"of CPU time; {kib / result['cpu_seconds']:,.0f} KiB/s; "
                                                                 f"{result['claims']:,} claims, {kib:,.0f} KiB")
    if "--extraction" in sys.argv:
        return
    for size in CORPUS_SIZES:
        paths = [str(p) for p in sorted((workdir / f"corpus-{size}").glob("*.txt"))]
        result = _in_subprocess("_raw_to_charts", paths)
        _row(f"raw text to chart tables, {size:>6,} articles", f"{result['seconds']:.1f} s",
             f"peak {result['peak_mib']:.0f} MiB; {result['claims']:,} claims, {result['events']:,} events; "
             f"largest chart table {max(result['chart_rows'].values()):,} rows"
             + ("; target < 60 s, < 2 GiB" if size == CORPUS_SIZES[-1] else ""))


PATHOLOGICAL = {
    "repeated number words ('four four ...')": lambda n: "Five soldiers were killed. " + "four " * n,
    "'4 to 4 to ...'": lambda n: "Soldiers were killed: " + "4 to " * n,
    "'Turkey and ...' (actor names)": lambda n: "Turkey and " * n + "the SOHR said 5 soldiers were killed.",
    "'on Monday' repeated (dates)": lambda n: "on Monday " * n + "5 soldiers were killed.",
    "one line of real sentences": lambda n: " ".join(corpus_sentences() * max(1, n // 60)),
    "one sentence, a claim every 20 characters": lambda n: "killed 4 soldiers and " * n,
    # (bare soldiers ask for their paragraph's army: once a sentence, not once a figure)
    "one sentence of passive claims ('4 soldiers were killed and ...')": lambda n: "4 soldiers were killed and " * n,
}


def _pathological(arguments: list) -> dict:
    """Clean and extract one odd article (in a fresh interpreter): seconds and claims."""
    from .articles import clean_article
    from .claims import extract_claims
    from .deployments import extract_deployments
    from .reference import load_reference
    from .text import ArticleContext

    path = Path(arguments[0])
    reference = load_reference()
    started = time.perf_counter()
    article = clean_article(path, reference)
    context = ArticleContext.build(article, reference)
    claims = extract_claims(article, reference, context)
    extract_deployments(article, reference, context)
    return {"seconds": time.perf_counter() - started, "claims": len(claims), "kib": len(article.text) / 1024}


def bench_pathological(workdir: Path) -> None:
    print("\n== Pathological articles: time at two sizes (4x apart); linear means the ratio stays near 4 ==")
    for label, make in PATHOLOGICAL.items():
        results = []
        for size in (2_000, 8_000):
            path = workdir / f"odd-{size}.txt"
            path.write_text("A headline for the speed test\n\n" + make(size).strip() + " The end.\n", encoding="utf-8")
            results.append(_in_subprocess("_pathological", [str(path)]))
        small, large = results
        _row(f"  {label}", f"{large['kib']:.0f} KiB {large['seconds']:.2f} s",
             f"{small['kib']:.0f} KiB {small['seconds']:.2f} s; ratio {large['seconds'] / max(small['seconds'], 1e-6):.1f}"
             f" for x{large['kib'] / small['kib']:.1f} text; {large['claims']:,} claims")


def bench_acled(workdir: Path) -> None:
    from tests.support import copy_tracked_files, national_acled_export

    print("\n== A national ACLED-shaped export (made up: 14 governorates over five years) ==")
    path = national_acled_export(workdir / "acled-national.csv", ACLED_ROWS)
    result = _in_subprocess("_acled", str(path))
    _row(f"import {ACLED_ROWS:,} ACLED rows with the seed (read, match, summarise, write)",
         f"{result['seconds']:.1f} s", f"peak {result['peak_mib']:.0f} MiB; target < 10 s")
    _row("  committed tables / the full import (git-ignored)",
         f"{result['tracked_kib']:.0f} KiB", f"{result['full_mib']:.0f} MiB; {result['summary_rows']:,} summary rows, "
         f"{result['kept']:,} claims in claims.csv")
    root = copy_tracked_files(workdir / "project-acled")
    shutil.copyfile(path, root / "acled-national.csv")
    seconds, _ = _build(root, "--acled", "acled-national.csv")
    tracked = sum(p.stat().st_size for folder in ("data/processed", "notebooks", "report")
                  for p in (root / folder).rglob("*") if p.is_file())
    _row(f"make site with the {ACLED_ROWS:,}-row export (every notebook, the site)", f"{seconds:.1f} s",
         f"data/processed, notebooks and report: {tracked / 2**20:.1f} MiB in all")


def bench_pages(workdir: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.support import launch_chromium, serve_folder

    from .site import read_config, render_with_nbconvert

    print("\n== Page weight of the built site (nbconvert preview, served from 127.0.0.1) ==")
    site = workdir / "site"
    render_with_nbconvert(site)
    print(f"{'page':<36} {'html':>8} {'css':>7} {'js':>6} {'images':>8} {'fonts':>6} {'total':>8} {'req':>4} "
          f"{'other hosts':>11}")
    with serve_folder(site) as base:
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            for page_source in read_config()["project"]["render"]:
                path = str(Path(page_source).with_suffix(".html"))
                sizes = {"document": 0, "stylesheet": 0, "script": 0, "image": 0, "font": 0}
                counts = {"requests": 0, "foreign": 0}
                page = browser.new_page()

                def on_response(response, sizes=sizes, counts=counts):
                    counts["requests"] += 1
                    if not response.url.startswith(base) and not response.url.startswith("data:"):
                        counts["foreign"] += 1
                        return
                    kind = response.request.resource_type
                    local = site / response.url[len(base):].split("#")[0].split("?")[0]
                    size = local.stat().st_size if local.is_file() else 0  # bytes as served
                    sizes[kind if kind in sizes else "document"] += size

                page.on("response", on_response)
                page.goto(base + path, wait_until="load")
                total = sum(sizes.values())
                print(f"{path:<36} {sizes['document'] / 1024:>7.0f}K {sizes['stylesheet'] / 1024:>6.1f}K "
                      f"{sizes['script'] / 1024:>5.0f}K {sizes['image'] / 1024:>7.0f}K {sizes['font'] / 1024:>5.0f}K "
                      f"{total / 1024:>7.0f}K {counts['requests']:>4} {counts['foreign']:>11}", flush=True)
                page.close()
            browser.close()
    print("(charts are inline SVG images in the HTML, so they count as html; target: story page < 600 KB, "
          "no request to another host)")


def main() -> int:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.platform()}; load average {os.getloadavg()[0]:.1f} (figures slow down on a busy machine)")
    with tempfile.TemporaryDirectory(prefix="explainer-bench-") as folder:
        workdir = Path(folder)
        if "--extraction" not in sys.argv:
            bench_builds(workdir)
        bench_corpora(workdir)
        bench_pathological(workdir)
        if "--extraction" in sys.argv:
            return 0  # python -m explainer.bench --extraction: the extraction rows only
        bench_acled(workdir)
        bench_pages(workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
