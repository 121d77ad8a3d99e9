"""Settings: values that cannot be used are refused, clearly, before any command runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from matching.model import MIN_REVIEW_THRESHOLD, ONE_PART_CEILING
from vetting.cli import app
from vetting.errors import SettingsError
from vetting.settings import Settings, get_settings

runner = CliRunner()


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_a_review_threshold_blocking_cannot_serve_is_refused() -> None:
    # lower, pairs sharing one name part of several could reach review, and blocking,
    # which proposes pairs sharing two, would silently miss them
    for low in (0.5, ONE_PART_CEILING, 0.69):
        with pytest.raises(ValidationError, match=r"greater than or equal to 0\.7"):
            Settings(review_threshold=low)
    assert Settings(review_threshold=MIN_REVIEW_THRESHOLD).review_threshold == 0.7
    assert Settings(review_threshold=0.75).review_threshold == 0.75


@pytest.mark.usefixtures("fresh_settings")
def test_a_bad_setting_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VETTING_REVIEW_THRESHOLD", "0.4")
    with pytest.raises(SettingsError, match="VETTING_REVIEW_THRESHOLD: Input should be greater"):
        get_settings()
    result = runner.invoke(app, ["match", "--name", "Vladimir Petrenko", "missing.csv"])
    assert result.exit_code == 2
    assert "error: invalid settings: VETTING_REVIEW_THRESHOLD" in result.output
    assert "Traceback" not in result.output


@pytest.mark.usefixtures("fresh_settings")
def test_help_needs_no_valid_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking how to fix a setting must not be refused over that setting."""
    monkeypatch.setenv("VETTING_REVIEW_THRESHOLD", "0.4")
    for args in (["match", "--help"], ["review", "decide", "--help"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert "Usage:" in result.output
        assert "invalid settings" not in result.output
    assert runner.invoke(app, ["match", "a.csv", "b.csv", "-o", "c.csv"]).exit_code == 2


@pytest.mark.usefixtures("fresh_settings")
def test_bands_out_of_order_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VETTING_REVIEW_THRESHOLD", "0.9")
    monkeypatch.setenv("VETTING_BAND_MEDIUM", "0.8")
    result = runner.invoke(app, ["batches", "list"])
    assert result.exit_code == 2
    assert "need review_threshold <= band_medium <= band_high" in result.output
