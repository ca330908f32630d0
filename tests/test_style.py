"""The code passes the project's lint (ruff, pinned in requirements.txt): among other things a test defined twice
in one file (the second silently replaces the first, so the first never runs) fails here."""

import subprocess
import sys

from explainer.paths import PROJECT_ROOT


def test_the_package_and_the_tests_pass_ruff():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "explainer", "tests"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _top_level_names(source: str) -> dict[str, list[int]]:
    """Each name a module binds at its top level (assignment, function, class), with the lines that bind it."""
    import ast
    from collections import defaultdict

    names = defaultdict(list)
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound = [node.name]
        else:
            bound = []
        for name in bound:
            names[name].append(node.lineno)
    return names


def test_no_module_binds_a_top_level_name_twice():
    """A rule's pattern named like another's (`_CAPITALISED`, `_BREAKDOWN_GAP` were each written twice this round)
    silently replaces the first for every rule that reads it: ruff does not catch a constant written twice."""
    twice = [f"{path.name}: {name} at lines {lines}"
             for path in sorted((PROJECT_ROOT / "explainer").glob("*.py"))
             for name, lines in _top_level_names(path.read_text(encoding="utf-8")).items() if len(lines) > 1]
    assert twice == []


def test_a_name_bound_twice_is_found():
    assert _top_level_names("A = 1\ndef f(): pass\nA = 2\n") == {"A": [1, 3], "f": [2]}
