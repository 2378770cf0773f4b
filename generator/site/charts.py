"""Static SVG bar charts, drawn at build time (no JavaScript, no fonts to fetch)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..vi import format_number


def bar_chart(title: str, rows: list[tuple[str, float]], width: int = 640) -> str:
    """Horizontal bars, one per (label, value); text is XML-escaped data."""
    bar_h, gap, top = 22, 8, 6
    label_w = min(max((len(label) for label, _ in rows), default=10) * 7 + 16, 300)
    height = top + len(rows) * (bar_h + gap) + 10
    peak = max((v for _, v in rows), default=0) or 1
    span = width - label_w - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" '
        'font-family="system-ui, sans-serif" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value) in enumerate(rows):
        y = top + index * (bar_h + gap)
        length = round(span * value / peak, 1)
        shown = label if len(label) <= 42 else label[:41] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end" fill="#222">{escape(shown)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y}" width="{length}" height="{bar_h}" fill="#2e6f9e" rx="2"/>')
        parts.append(f'<text x="{label_w + length + 6}" y="{y + 15}" fill="#222">{escape(format_number(value))}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def progress_chart(title: str, rows: list[tuple[str, float, bool]], width: int = 320) -> str:
    """A target's planned value and the values reports give, one bar each under its label
    (label, value, is the plan): narrow, so a phone shows it at full size. The labels carry
    the numbers; the page has the same figures as a table."""
    bar_h, label_h, gap, top, right = 14, 17, 10, 4, 8
    height = top + len(rows) * (label_h + bar_h + gap)
    peak = max((v for _, v, _ in rows), default=0) or 1
    span = width - right
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(title, {chr(34): "&quot;"})}" '
        'font-family="system-ui, sans-serif" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    for index, (label, value, planned) in enumerate(rows):
        y = top + index * (label_h + bar_h + gap)
        length = max(round(span * value / peak, 1), 1)
        shown = label if len(label) <= 40 else label[:39] + "…"
        parts.append(f'<text x="0" y="{y + 13}" fill="#222">{escape(shown)}</text>')
        if planned:  # the plan: an outlined bar, the reports' values filled
            parts.append(f'<rect x="0.5" y="{y + label_h + 0.5}" width="{length - 1}" height="{bar_h - 1}" '
                         'fill="#e3ecf5" stroke="#17324d" rx="2"/>')
        else:
            parts.append(f'<rect x="0" y="{y + label_h}" width="{length}" height="{bar_h}" fill="#2e6f9e" rx="2"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
