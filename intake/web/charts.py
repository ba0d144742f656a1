"""Charts as SVG geometry computed on the server, drawn by templates/web/charts.html.

Server-side SVG needs no chart library, no script and nothing from a CDN, prints, and works with
a Content-Security-Policy that forbids scripts. Each chart also carries its numbers as rows for a
data table, because a picture of bars is not accessible on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from intake.services.summary import KIND_KEYS, POSITION_KEYS
from intake.web.pages import plural

# Dark enough for 3:1 against white (WCAG non-text contrast); hue is never the only cue, every
# bar is labelled and every chart has a table.
KIND_COLOURS = {
    "unique": "#1f5fa8",
    "form_letter": "#a35200",
    "duplicate": "#2e7d32",
    "spam": "#b3261e",
    "unlabelled": "#666666",
}
POSITION_COLOURS = {
    "support": "#2e7d32",
    "oppose": "#b3261e",
    "neutral": "#1f5fa8",
    "unspecified": "#666666",
}
CAMPAIGN_COLOUR = "#6a3d9a"
BAR_AREA = 300
LABEL_WIDTH = 130
ROW_HEIGHT = 24
TIMELINE_WIDTH = 860
TIMELINE_HEIGHT = 180
TIMELINE_LEFT = 40
TIMELINE_TOP = 12  # room for the top tick's label
TIMELINE_BOTTOM = 36


def label(key: str) -> str:
    return key.replace("_", " ")


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    width: int
    y: int
    colour: str


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars, one per row, scaled to the largest count."""

    id: str
    title: str
    desc: str
    bars: list[Bar]
    label_width: int
    width: int
    height: int


def bar_chart(
    chart_id: str, title: str, rows: Sequence[tuple[str, int]], colours: Mapping[str, str] | str
) -> BarChart:
    largest = max((count for _key, count in rows), default=0) or 1
    bars = [
        Bar(
            label=label(key),
            count=count,
            width=max(1 if count else 0, BAR_AREA * count // largest),
            y=index * ROW_HEIGHT,
            colour=colours if isinstance(colours, str) else colours.get(key, "#666666"),
        )
        for index, (key, count) in enumerate(rows)
    ]
    desc = "; ".join(f"{bar.label}: {bar.count}" for bar in bars) or "No data yet."
    return BarChart(
        id=chart_id,
        title=title,
        desc=desc,
        bars=bars,
        label_width=LABEL_WIDTH,
        width=LABEL_WIDTH + BAR_AREA + 60,
        height=max(ROW_HEIGHT, len(bars) * ROW_HEIGHT),
    )


@dataclass(frozen=True)
class Segment:
    kind: str
    count: int
    y: float
    height: float
    colour: str


@dataclass(frozen=True)
class Column:
    hour: str
    total: int
    x: float
    width: float
    segments: list[Segment]


@dataclass(frozen=True)
class Tick:
    position: float
    text: str


@dataclass(frozen=True)
class TimelineChart:
    """Comments per hour as columns stacked by kind (UTC hours, oldest on the left)."""

    id: str
    title: str
    desc: str
    columns: list[Column]
    kinds: list[tuple[str, str, str]]  # key, label, colour
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    left: int
    plot_width: int
    plot_height: int
    width: int
    height: int
    rows: list[dict[str, Any]]


def timeline_chart(
    chart_id: str, title: str, timeline: Sequence[Mapping[str, Any]]
) -> TimelineChart:
    """Columns for each hour that had comments; hours without any are left out (the table and
    the tick labels say which hours are drawn)."""
    kinds = [k for k in KIND_KEYS if any(hour.get(k, 0) for hour in timeline)] or ["unique"]
    peak = max((int(hour["total"]) for hour in timeline), default=0) or 1
    slot = TIMELINE_WIDTH / max(1, len(timeline))
    width = max(1.0, min(48.0, slot * 0.8))
    columns: list[Column] = []
    for index, hour in enumerate(timeline):
        x = TIMELINE_LEFT + index * slot + (slot - width) / 2
        top = float(TIMELINE_TOP + TIMELINE_HEIGHT)
        segments: list[Segment] = []
        for kind in kinds:
            count = int(hour.get(kind, 0))
            if not count:
                continue
            height = TIMELINE_HEIGHT * count / peak
            top -= height
            segments.append(Segment(label(kind), count, top, height, KIND_COLOURS[kind]))
        columns.append(Column(_hour(hour["hour"]), int(hour["total"]), x, width, segments))
    y_ticks = [
        Tick(TIMELINE_TOP + TIMELINE_HEIGHT * (1 - f), str(round(peak * f)))
        for f in (0.0, 0.5, 1.0)
    ]
    x_ticks = _x_ticks(columns)
    busiest = max(columns, key=lambda c: c.total, default=None)
    desc = (
        f"{plural(sum(c.total for c in columns), 'comment')} over "
        f"{plural(len(columns), 'hour')} with comments; "
        f"busiest hour {busiest.hour} with {busiest.total}."
        if busiest
        else "No comments yet."
    )
    return TimelineChart(
        id=chart_id,
        title=title,
        desc=desc,
        columns=columns,
        kinds=[(k, label(k), KIND_COLOURS[k]) for k in kinds],
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        left=TIMELINE_LEFT,
        plot_width=TIMELINE_WIDTH,
        plot_height=TIMELINE_TOP + TIMELINE_HEIGHT,
        width=TIMELINE_LEFT + TIMELINE_WIDTH + 10,
        height=TIMELINE_TOP + TIMELINE_HEIGHT + TIMELINE_BOTTOM,
        rows=[
            {
                "hour": _hour(hour["hour"]),
                "total": hour["total"],
                **{k: hour.get(k, 0) for k in kinds},
            }
            for hour in timeline
        ],
    )


def _hour(value: str) -> str:
    """``2026-03-02T14:00:00`` as ``2026-03-02 14:00``."""
    return value.replace("T", " ")[:16]


def _x_ticks(columns: Sequence[Column]) -> list[Tick]:
    """First, middle and last hour drawn, so labels never overlap."""
    if not columns:
        return []
    picks = sorted({0, len(columns) // 2, len(columns) - 1})
    if len(columns) < 3:
        picks = list(range(len(columns)))
    return [Tick(columns[i].x + columns[i].width / 2, columns[i].hour) for i in picks]


def position_chart(by_position: Mapping[str, int]) -> BarChart:
    rows = [(key, by_position.get(key, 0)) for key in POSITION_KEYS]
    return bar_chart("chart-positions", "Positions (spam left out)", rows, POSITION_COLOURS)


def campaign_chart(sizes: Sequence[tuple[int, int]], limit: int = 12) -> BarChart:
    """The largest campaigns by size on this item; the list below the chart has all of them."""
    rows = [(f"campaign {campaign_id}", size) for campaign_id, size in sizes[:limit]]
    return bar_chart("chart-campaigns", "Campaign sizes", rows, CAMPAIGN_COLOUR)
