"""The result lifecycle as an inline SVG, drawn from the engine's transition table in one language.

No script and no font from elsewhere: plain SVG in the page's own font, with a title and a description for screen
readers, and the table of transitions on the page as the text alternative.
"""

from __future__ import annotations

from html import escape

from guide_engine import catalog
from guide_engine.rules import NONE, PERMISSIONS, STATES, TRANSITIONS

# Where each state stands (column, row). Layout only: the states and the arrows come from the engine.
POSITIONS = {
    NONE: (0, 0),
    "draft": (1, 0),
    "ready": (2, 0),
    "removed": (1, 1),
    "prepared_for_removal": (0, 2),
    "certified": (2, 2),
}
BOX_W, BOX_H, GAP_X, GAP_Y, PAD = 180, 48, 150, 80, 24


def _centre(state: str) -> tuple[float, float]:
    col, row = POSITIONS[state]
    return PAD + col * (BOX_W + GAP_X) + BOX_W / 2, PAD + 40 + row * (BOX_H + GAP_Y) + BOX_H / 2


def _border(x: float, y: float, dx: float, dy: float) -> tuple[float, float]:
    """Where a line from a box's centre in direction (dx, dy) leaves the box."""
    scale = min(BOX_W / 2 / abs(dx) if dx else float("inf"), BOX_H / 2 / abs(dy) if dy else float("inf"))
    return x + dx * scale, y + dy * scale


def _label(x: float, y: float, lines: list[str]) -> str:
    spans = "".join(
        f'<tspan x="{x:.0f}" dy="{0 if i == 0 else 15}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text x="{x:.0f}" y="{y:.0f}" class="edge-label" text-anchor="middle">{spans}</text>'


def _edge(frm: str, to: str, lines: list[str]) -> str:
    (x1, y1), (x2, y2) = _centre(frm), _centre(to)
    if frm == to:  # saving a draft again keeps it a draft
        top = y1 - BOX_H / 2
        path = f"M{x1 - 25},{top} C{x1 - 35},{top - 45} {x1 + 35},{top - 45} {x1 + 25},{top}"
        return f'<path d="{path}" class="edge" marker-end="url(#arrow)"/>' + _label(x1, top - 40, lines)
    if (frm, to) == ("ready", "draft"):  # back along the row, arching over the forward arrow
        y = y1 - BOX_H / 2
        path = f"M{x1 - 50},{y} C{x1 - 80},{y - 45} {x2 + 80},{y2 - 45} {x2 + 50},{y}"
        return f'<path d="{path}" class="edge" marker-end="url(#arrow)"/>' + _label((x1 + x2) / 2, y - 38, lines)
    dx, dy = x2 - x1, y2 - y1
    sx, sy = _border(x1, y1, dx, dy)
    ex, ey = _border(x2, y2, -dx, -dy)
    if abs(dy) < 1:  # along a row: the label above the arrow
        lx, ly = (sx + ex) / 2, sy - 8 - 15 * (len(lines) - 1)
    else:
        lx, ly = sx + (ex - sx) * 0.5 + (14 if dx >= 0 else -14), sy + (ey - sy) * 0.5
    return f'<path d="M{sx:.0f},{sy:.0f} L{ex:.0f},{ey:.0f}" class="edge" marker-end="url(#arrow)"/>' + _label(
        lx, ly, lines
    )


def lifecycle_svg(lang: str) -> str:
    assert set(POSITIONS) == {NONE, *STATES}, "every state of the engine needs a place in the diagram"
    width = PAD * 2 + 3 * BOX_W + 2 * GAP_X
    height = PAD * 2 + 40 + 3 * BOX_H + 2 * GAP_Y
    title = "Ett resultats livscykel i Ladok" if lang == "sv" else "The lifecycle of a result in Ladok"
    desc = []
    pairs: dict[tuple[str, str], list[str]] = {}
    for action, table in TRANSITIONS.items():
        for frm, to in table.items():
            text = catalog.label(f"action.{action}", lang)
            pairs.setdefault((frm, to), []).append(text)
            who = ", ".join(catalog.label(f"role.{r}", lang) for r in PERMISSIONS[action])
            desc.append(
                f"{catalog.label(f'state.{frm}', lang)} → {text} ({who}) → {catalog.label(f'state.{to}', lang)}"
            )
    edges = [_edge(frm, to, texts) for (frm, to), texts in pairs.items()]
    boxes = []
    for state in POSITIONS:
        x, y = _centre(state)
        boxes.append(
            f'<g class="state state-{state}"><rect x="{x - BOX_W / 2:.0f}" y="{y - BOX_H / 2:.0f}" width="{BOX_W}" '
            f'height="{BOX_H}" rx="8"/><text x="{x:.0f}" y="{y + 5:.0f}" text-anchor="middle">'
            f"{escape(catalog.label(f'state.{state}', lang))}</text></g>"
        )
    return (
        f'<figure class="ladok-lifecycle"><svg role="img" aria-labelledby="lifecycle-title lifecycle-desc" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="lifecycle-title">{escape(title)}</title><desc id="lifecycle-desc">{escape("; ".join(desc))}</desc>'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
        + "".join(edges)
        + "".join(boxes)
        + f"</svg><figcaption>{escape(title)}</figcaption></figure>"
    )
