"""Helpers for the tests and the benchmark only: a copy of the project to break freely, a local web server, and
the browser to drive (never used by ``make site``)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from explainer.paths import PROJECT_ROOT

# Started as the workplace's checks start chromium: no sandbox (containers), no background traffic to other hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEBIAN_CHROMIUM = "/usr/bin/chromium"


def chromium_path() -> str | None:
    """The browser to drive: $CHROMIUM if set, else Debian's chromium, else None (Playwright's own browser).

    Raises RuntimeError when $CHROMIUM names no file, so a typo is not silently replaced by another browser.
    """
    chosen = os.environ.get("CHROMIUM")
    if chosen:
        if not Path(chosen).is_file():
            raise RuntimeError(f"CHROMIUM={chosen} is not a file: point it at a Chromium or Chrome executable")
        return chosen
    return DEBIAN_CHROMIUM if Path(DEBIAN_CHROMIUM).is_file() else None


def launch_chromium(playwright):
    """A headless Chromium from :func:`chromium_path`, or Playwright's own (``playwright install chromium``)."""
    path = chromium_path()
    try:
        return playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
    except Exception as error:  # Playwright raises its own Error class when no browser is installed
        if path:
            raise
        raise RuntimeError("no browser for the tests: set CHROMIUM=/path/to/chromium, install Debian's chromium, "
                           f"or run `.venv/bin/python -m playwright install chromium` ({str(error)[:120]})") from None


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve_folder(folder: Path):
    """Serve ``folder`` from 127.0.0.1 on a free port for the duration of the block; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def copy_tracked_files(destination: Path, root: Path = PROJECT_ROOT) -> Path:
    """Copy the files git tracks (as they are in the working tree) into ``destination``: a project to break freely."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        source = root / name
        if not source.exists():  # deleted in the working tree, not yet committed
            continue
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return destination


def run_in_copy(root: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    """``python -m explainer ARGS`` in the copy ``root``: its own code and data, never the project's."""
    env = {**os.environ, "EXPLAINER_NO_QUARTO_INSTALL": "1", "PYTHONPATH": str(root), **kwargs.pop("env", {})}
    return subprocess.run([sys.executable, "-m", "explainer", *map(str, args)], cwd=root, env=env,
                          capture_output=True, text=True, **kwargs)


# Syria's governorates as ACLED names them (admin1), for exports made up in tests and the benchmark.
GOVERNORATES = ("Aleppo", "Al Hasakeh", "Ar Raqqa", "As Sweida", "Damascus", "Dara", "Deir ez Zor", "Hama", "Homs",
                "Idlib", "Lattakia", "Quneitra", "Rural Damascus", "Tartous")


def national_acled_export(path: Path, rows: int, first: str = "2018-01-01", days: int = 1826,
                          seed: int = 0) -> Path:
    """A national ACLED-shaped export of ``rows`` events: the codebook fixture's rows first (3 February 2020 in
    Idlib, the seed's incident, and 10 February), then events spread over ``days`` days from ``first`` and over
    every governorate, with the fixture's text and fatalities from 0 to 20. Made up for tests and the benchmark:
    not ACLED's data."""
    import numpy as np
    import pandas as pd

    fixture = pd.read_csv(PROJECT_ROOT / "tests" / "fixtures" / "datasets" / "acled-syria-feb2020.csv", dtype=str,
                          keep_default_na=False)
    random = np.random.default_rng(seed)
    extra = max(0, rows - len(fixture))
    made = fixture.iloc[random.integers(0, len(fixture), extra)].reset_index(drop=True)
    days_from = pd.Timestamp(first) + pd.to_timedelta(random.integers(0, days, extra), unit="D")
    made["event_date"] = days_from.strftime("%d %B %Y")
    made["year"] = days_from.strftime("%Y")
    made["admin1"] = np.array(GOVERNORATES)[random.integers(0, len(GOVERNORATES), extra)]
    made["location"] = made["admin1"] + " town"
    made["fatalities"] = random.integers(0, 21, extra).astype(str)
    made["notes"] = "Made-up event for a size test, shaped from the codebook fixture."
    export = pd.concat([fixture, made], ignore_index=True).head(rows)
    export["event_id_cnty"] = [f"SYR{n:07d}" for n in range(len(export))]
    export.to_csv(path, index=False, lineterminator="\n")
    return path
