"""The code passes the project's lint (ruff, pinned in requirements.txt): among other things a test defined twice
in one file (the second silently replaces the first, so the first never runs) fails here."""

import subprocess
import sys

from explainer.paths import PROJECT_ROOT


def test_the_package_and_the_tests_pass_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "explainer", "tests"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
