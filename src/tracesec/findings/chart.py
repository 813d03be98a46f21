"""The Overview's charts as server-rendered SVG (no script, no inline style): new vs fixed per
day (bars) and open findings by severity per day (stacked areas)."""

from __future__ import annotations

from dataclasses import dataclass

from tracesec.findings.open_trend import OpenDay
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


# ------------------------------------------------------------------ open findings by severity

AREA_HEIGHT = 180
# bottom to top: the most severe stays on the axis, where its size is easiest to read
STACK_ORDER = ("critical", "high", "medium", "low", "info")


@dataclass(frozen=True)
class Area:
    severity: str
    points: str  # SVG polygon points
    title: str


@dataclass(frozen=True)
class Column:
    x: float
    width: float
    title: str


@dataclass(frozen=True)
class AreaChart:
    width: int
    height: int
    days: int
    areas: list[Area]
    columns: list[Column]  # one per day, each with its numbers as a tooltip / accessible name
    labels: list[tuple[float, str]]
    max_value: int
    points: list[OpenDay]
    summary: str


def _day_words(point: OpenDay) -> str:
    parts = ", ".join(f"{point.counts[s]} {s}" for s in STACK_ORDER)
    return f"{point.day.strftime('%b %d')}: {point.total} open ({parts})"


def open_by_severity_chart(points: list[OpenDay]) -> AreaChart:
    """A stacked area chart of open findings per severity per day."""
    top = max([1, *(p.total for p in points)])
    usable = AREA_HEIGHT - PAD_BOTTOM - PAD_TOP
    step = WIDTH / max(1, len(points) - 1)
    base = [0] * len(points)

    def y(value: int) -> float:
        return round(PAD_TOP + usable - usable * value / top, 2)

    areas: list[Area] = []
    for severity in STACK_ORDER:
        upper = [base[i] + p.counts[severity] for i, p in enumerate(points)]
        outline = [f"{round(i * step, 2)},{y(v)}" for i, v in enumerate(upper)]
        outline += [f"{round(i * step, 2)},{y(v)}" for i, v in reversed(list(enumerate(base)))]
        latest = points[-1].counts[severity] if points else 0
        peak = max((p.counts[severity] for p in points), default=0)
        title = f"{severity.capitalize()}: {latest} open now, at most {peak} in {len(points)} days"
        areas.append(Area(severity=severity, points=" ".join(outline), title=title))
        base = upper
    columns = [
        Column(x=round(max(0.0, i * step - step / 2), 2), width=round(step, 2), title=_day_words(p))
        for i, p in enumerate(points)
    ]
    every = 7 if len(points) <= 31 else 14
    labels = [
        (round(i * step, 2), p.day.strftime("%b %d"))
        for i, p in enumerate(points)
        if i % every == 0 and i < len(points) - 2
    ]
    first, last = (points[0], points[-1]) if points else (None, None)
    summary = (
        f"Open findings went from {first.total} on {first.day.strftime('%b %d')} to {last.total} "
        f"on {last.day.strftime('%b %d')}"
        if first and last
        else "No data"
    )
    return AreaChart(
        width=WIDTH,
        height=AREA_HEIGHT,
        days=len(points),
        areas=areas,
        columns=columns,
        labels=labels,
        max_value=top,
        points=points,
        summary=summary,
    )
