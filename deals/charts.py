"""Server-rendered SVG charts: no JavaScript, readable without CSS, colours from the stylesheet.

Each chart is one <svg role="img"> whose <title> and <desc> state what it shows; the page puts the same
figures in a table beside it, which is what screen readers and curious readers use.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from deals.aggregates import ChartData
from deals.headlines import compact_money
from deals.models import DealKind

KIND_LABELS = dict(DealKind.choices)


def _nice_step(top: Decimal, *, ticks: int = 4) -> Decimal:
    """A round gridline step (1, 2 or 5 times a power of ten) giving about `ticks` lines up to `top`."""
    if top <= 0:
        return Decimal(1)
    raw = top / ticks
    power = Decimal(10) ** (len(str(int(raw))) - 1) if raw >= 1 else Decimal(1)
    for factor in (1, 2, 5, 10):
        if raw <= power * factor:
            return power * factor
    return power * 10


def _usd(value: Decimal) -> str:
    return compact_money(low=value, currency="USD") if value else "$0"


def stacked_bars(
    *,
    data: ChartData,
    chart_id: str,
    title: str,
    width: int = 640,
    height: int = 260,
) -> SafeString:
    """Bars per year, stacked by kind. Every text placed inside is escaped here."""
    if not data.years:
        return mark_safe("")
    left, right, top, bottom = 56, 8, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    highest = max(data.year_total(year) for year in data.years)
    step = _nice_step(highest)
    ceiling = step * ((highest / step).to_integral_value(rounding="ROUND_CEILING") or 1)
    slot = plot_w / len(data.years)
    bar_w = max(2.0, min(48.0, slot * 0.7))
    label_every = max(1, round(len(data.years) / 12 + 0.49))

    def y_of(value: Decimal) -> float:
        return top + plot_h - float(value / ceiling) * plot_h

    parts = [
        (
            f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc" preserveAspectRatio="xMidYMid meet">'
        ),
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
        f'<desc id="{escape(chart_id)}-desc">{escape(_describe(data))}</desc>',
    ]
    tick = Decimal(0)
    while tick <= ceiling:
        y = y_of(tick)
        parts.append(f'<line class="chart-grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(
            f'<text class="chart-axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{escape(_usd(tick))}</text>'
        )
        tick += step
    for index, year in enumerate(data.years):
        x = left + slot * index + (slot - bar_w) / 2
        base = Decimal(0)
        for kind in data.kinds:
            value = data.totals.get(year, {}).get(kind)
            if not value:
                continue
            y_top, y_bottom = y_of(base + value), y_of(base)
            label = f"{year}, {KIND_LABELS.get(kind, kind)}: {_usd(value)}"
            parts.append(
                f'<rect class="kind-{escape(kind)}" x="{x:.1f}" y="{y_top:.1f}" width="{bar_w:.1f}" '
                f'height="{max(0.5, y_bottom - y_top):.1f}"><title>{escape(label)}</title></rect>'
            )
            base += value
        if index % label_every == 0:
            parts.append(
                f'<text class="chart-axis" x="{x + bar_w / 2:.1f}" y="{height - 8}" text-anchor="middle">{year}</text>'
            )
    parts.append("</svg>")
    return mark_safe("".join(parts))


def _describe(data: ChartData) -> str:
    best = max(data.years, key=data.year_total)
    return (
        f"US dollars committed per year from {data.years[0]} to {data.years[-1]}, stacked by kind of deal. "
        f"The largest year is {best} with {_usd(data.year_total(best))}. The table beside the chart lists every figure."
    )
