"""The browser the tests drive comes from a setting, with Playwright's own browser as the fallback."""

import pytest

from . import support


def test_chromium_from_the_setting(monkeypatch, tmp_path):
    browser = tmp_path / "chrome"
    browser.write_text("")
    monkeypatch.setenv("CHROMIUM", str(browser))
    assert support.chromium_path() == str(browser)


def test_a_wrong_setting_is_an_error_not_another_browser(monkeypatch, tmp_path):
    monkeypatch.setenv("CHROMIUM", str(tmp_path / "nothing"))
    with pytest.raises(RuntimeError, match="CHROMIUM=.*nothing is not a file"):
        support.chromium_path()


def test_without_a_setting_debian_then_playwrights_own(monkeypatch, tmp_path):
    monkeypatch.delenv("CHROMIUM", raising=False)
    monkeypatch.setattr(support, "DEBIAN_CHROMIUM", str(tmp_path / "chromium"))
    assert support.chromium_path() is None  # Playwright launches the browser it installed
    (tmp_path / "chromium").write_text("")
    assert support.chromium_path() == str(tmp_path / "chromium")
