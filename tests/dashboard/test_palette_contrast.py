"""WCAG AA contrast (4.5:1 for text) of the dashboard palette in the light and the dark theme,
computed from the CSS variables themselves, so a colour change that breaks it fails here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tracesec.dashboard

CSS = Path(tracesec.dashboard.__file__).parent / "static" / "dashboard" / "app.css"
AA_TEXT = 4.5
# (text, background) pairs the stylesheets put together
PAIRS = [
    ("fg", "bg"),
    ("fg", "panel"),
    ("muted", "bg"),
    ("muted", "panel"),
    ("accent", "bg"),
    ("accent", "panel"),
    ("accent-fg", "accent"),
    ("danger", "panel"),
    ("ok", "ok-bg"),
    ("fg", "err-bg"),
    ("fg", "info-bg"),
    ("fg", "ok-bg"),
    ("notes", "panel"),
    ("topbar-fg", "topbar"),
    ("topbar-muted", "topbar"),
]


def _variables(block: str) -> dict[str, str]:
    return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b", block))


def _block(css: str, selector: str) -> str:
    start = css.index(selector + " {")
    return css[start : css.index("}", start)]


def _palettes() -> dict[str, dict[str, str]]:
    css = CSS.read_text(encoding="utf-8")
    light = _variables(_block(css, ":root"))
    dark = _variables(_block(css, ':root[data-theme="dark"]'))
    system_dark = _variables(_block(css, ':root:not([data-theme="light"])'))
    assert system_dark == dark, "the system dark theme and the toggled one must be the same"
    return {"light": light, "dark": dark}


def _luminance(colour: str) -> float:
    hexes = colour.lstrip("#")
    if len(hexes) == 3:
        hexes = "".join(c * 2 for c in hexes)
    channels = [int(hexes[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just below AA


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_pair_meets_aa(theme: str) -> None:
    palette = _palettes()[theme]
    failures = [
        f"{fg} on {bg}: {contrast(palette[fg], palette[bg]):.2f}"
        for fg, bg in PAIRS
        if contrast(palette[fg], palette[bg]) < AA_TEXT
    ]
    assert not failures, f"{theme} theme below WCAG AA: {failures}"
