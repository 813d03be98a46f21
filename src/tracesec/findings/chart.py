"""New vs fixed over time as a server-rendered SVG bar chart (no script, no inline style)."""

from __future__ import annotations

from dataclasses import dataclass

from tracesec.findings.selectors import TrendPoint

WIDTH = 600
HEIGHT = 160
PAD_BOTTOM = 20
PAD_TOP = 10


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    labels: list[tuple[float, str]]  # (x, text) under the axis
    max_value: int
    total_new: int
    total_fixed: int


def new_vs_fixed_chart(points: list[TrendPoint]) -> Chart:
    top = max([1, *(p.new for p in points), *(p.fixed for p in points)])
    usable = HEIGHT - PAD_BOTTOM - PAD_TOP
    slot = WIDTH / max(1, len(points))
    bar_width = max(1.0, slot / 2 - 1)
    bars: list[Bar] = []
    labels: list[tuple[float, str]] = []
    for index, point in enumerate(points):
        x = index * slot
        day = point.day.strftime("%b %d")
        for offset, value, css, word in (
            (0.0, point.new, "bar-new", "new"),
            (bar_width, point.fixed, "bar-fixed", "fixed"),
        ):
            height = usable * value / top
            bars.append(
                Bar(
                    x=round(x + offset, 2),
                    y=round(PAD_TOP + usable - height, 2),
                    width=round(bar_width, 2),
                    height=round(height, 2),
                    css=css,
                    title=f"{day}: {value} {word}",
                )
            )
        if index % 7 == 0:
            labels.append((round(x, 2), day))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        bars=bars,
        labels=labels,
        max_value=top,
        total_new=sum(p.new for p in points),
        total_fixed=sum(p.fixed for p in points),
    )
