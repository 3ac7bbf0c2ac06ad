"""The result lifecycle as inline SVG, drawn from the engine's transition table in one language.

Two drawings of the same arrows: a wide one (states in a grid) for a column of 680 px and more, and a tall one (states
in a column, at most 350 px wide) for a phone; guide.css shows one by the width of the figure. Labels are 12 px or
more as drawn in either. No script and no font from elsewhere: plain SVG in the page's own font, with a title and a
description for screen readers, and the table of transitions on the page as the text alternative.
"""

from __future__ import annotations

from html import escape

from guide_engine.rules import NONE, PERMISSIONS, STATES, TRANSITIONS

from .. import texts

Pairs = dict[tuple[str, str], list[str]]


def transitions(lang: str) -> tuple[Pairs, list[str]]:
    """Every arrow (from, to) with the buttons that take it, and the same as sentences for the description."""
    pairs: Pairs = {}
    desc = []
    for action, table in TRANSITIONS.items():
        for frm, to in table.items():
            text = texts.label(f"action.{action}", lang)
            pairs.setdefault((frm, to), []).append(text)
            who = ", ".join(texts.label(f"role.{r}", lang) for r in PERMISSIONS[action])
            states = texts.label(f"state.{frm}", lang), texts.label(f"state.{to}", lang)
            desc.append(f"{states[0]} → {text} ({who}) → {states[1]}")
    return pairs, desc


def wrap(texts: list[str], width: int) -> list[str]:
    """Each label on lines of at most `width` characters, broken between words."""
    lines: list[str] = []
    for text in texts:
        line = ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return lines


def _text(x: float, y: float, lines: list[str], step: int, anchor: str = "middle") -> str:
    spans = "".join(
        f'<tspan x="{x:.0f}" dy="{0 if i == 0 else step}">{escape(line)}</tspan>' for i, line in enumerate(lines)
    )
    return f'<text x="{x:.0f}" y="{y:.0f}" class="edge-label" text-anchor="{anchor}">{spans}</text>'


def _arrow(path: str) -> str:
    return f'<path d="{path}" class="edge" marker-end="url(#arrow)"/>'


def _box(state: str, x: float, y: float, w: int, h: int, lang: str, extra: str = "") -> str:
    """A state's box, its name centred (and, in the tall drawing, the buttons that keep it in that state)."""
    name_y = y + h / 2 + (0 if extra else 5)
    name = escape(texts.label(f"state.{state}", lang))
    return (
        f'<g class="state state-{state}"><rect x="{x:.0f}" y="{y:.0f}" width="{w}" height="{h}" rx="8"/>'
        f'<text x="{x + w / 2:.0f}" y="{name_y:.0f}" text-anchor="middle">{name}'
        f"</text>{extra}</g>"
    )


# --- the wide drawing: a grid, its labels drawn at 17 units so that at 680 px wide they are 12 px -----------------

GRID = {NONE: (0, 0), "draft": (1, 0), "ready": (2, 0), "removed": (1, 1), "prepared_for_removal": (0, 2),
        "certified": (2, 2)}  # fmt: skip
BOX_W, BOX_H, GAP_X, GAP_Y, PAD, TOP = 204, 48, 130, 90, 24, 90
LINE, CHARS = 20, 13  # the wide drawing's label line height and characters per line
MIDDLE = PAD + 1.5 * BOX_W + GAP_X  # the middle column's centre: labels of slanting arrows stand away from it


def _centre(state: str) -> tuple[float, float]:
    col, row = GRID[state]
    return PAD + col * (BOX_W + GAP_X) + BOX_W / 2, PAD + TOP + row * (BOX_H + GAP_Y) + BOX_H / 2


def _border(x: float, y: float, dx: float, dy: float) -> tuple[float, float]:
    """Where a line from a box's centre in direction (dx, dy) leaves the box."""
    scale = min(BOX_W / 2 / abs(dx) if dx else float("inf"), BOX_H / 2 / abs(dy) if dy else float("inf"))
    return x + dx * scale, y + dy * scale


def _wide_edge(frm: str, to: str, texts: list[str]) -> str:
    (x1, y1), (x2, y2) = _centre(frm), _centre(to)
    lines = wrap(texts, CHARS)
    top = y1 - BOX_H / 2
    if frm == to:  # saving a draft again keeps it a draft
        path = f"M{x1 - 25},{top} C{x1 - 35},{top - 45} {x1 + 35},{top - 45} {x1 + 25},{top}"
        return _arrow(path) + _text(x1, top - 42 - LINE * (len(lines) - 1), lines, LINE)
    if (x2, y2) == (x1 - BOX_W - GAP_X, y1):  # back along the row, arching over the forward arrow
        path = f"M{x1 - 50},{top} C{x1 - 80},{top - 50} {x2 + 80},{y2 - BOX_H / 2 - 50} {x2 + 50},{top}"
        return _arrow(path) + _text((x1 + x2) / 2, top - 44 - LINE * (len(lines) - 1), lines, LINE)
    dx, dy = x2 - x1, y2 - y1
    sx, sy = _border(x1, y1, dx, dy)
    ex, ey = _border(x2, y2, -dx, -dy)
    if abs(dy) < 1:  # along a row: the label above the arrow
        lx, ly = (sx + ex) / 2, sy - 8 - LINE * (len(lines) - 1)
        anchor = "middle"
    else:  # beside the middle of the arrow, on the side away from the middle column, clear of a slanting line
        right = (sx + ex) / 2 > MIDDLE + 1
        lx, ly = (sx + ex) / 2 + (10 if right else -10), (sy + ey) / 2 - LINE * (len(lines) - 1) / 2
        if abs(dx) > 1:
            below = (dy / dx < 0) == right  # the line is above the label's side of the middle
            ly = (sy + ey) / 2 + 18 if below else (sy + ey) / 2 - 8 - LINE * (len(lines) - 1)
        anchor = "start" if right else "end"
    return _arrow(f"M{sx:.0f},{sy:.0f} L{ex:.0f},{ey:.0f}") + _text(lx, ly, lines, LINE, anchor)


def _wide(pairs: Pairs, lang: str) -> tuple[int, int, str]:
    width = PAD * 2 + 3 * BOX_W + 2 * GAP_X
    height = PAD * 2 + TOP + 3 * BOX_H + 2 * GAP_Y
    edges = [_wide_edge(frm, to, texts) for (frm, to), texts in pairs.items()]
    boxes = [_box(s, _centre(s)[0] - BOX_W / 2, _centre(s)[1] - BOX_H / 2, BOX_W, BOX_H, lang) for s in GRID]
    return width, height, "".join(edges) + "".join(boxes)


# --- the tall drawing: a column of states, labels at 12 units, drawn at most at its own size ----------------------

COLUMN = (NONE, "draft", "ready", "certified", "prepared_for_removal", "removed")
T_X, T_W, T_H, T_GAP, T_PAD, T_WIDTH = 66, 172, 56, 76, 16, 350
CX = T_X + T_W / 2  # the column's middle, where the arrows to the next state run
RAIL = T_X + T_W + 14  # where the arrows to a state further down run, right of the column
T_LINE = 15


def _top(state: str) -> float:
    return T_PAD + COLUMN.index(state) * (T_H + T_GAP)


def _gap_middle(upper: str, lines: list[str]) -> float:
    """The first baseline of `lines` centred in the gap below the state `upper`."""
    return _top(upper) + T_H + T_GAP / 2 + 4 - T_LINE * (len(lines) - 1) / 2


def _tall_edge(frm: str, to: str, texts: list[str]) -> str:
    down = COLUMN.index(to) - COLUMN.index(frm)
    if down == 1:  # to the next state: straight down, the label right of the arrow
        lines = wrap(texts, 13)
        path = f"M{CX:.0f},{_top(frm) + T_H:.0f} L{CX:.0f},{_top(to):.0f}"
        return _arrow(path) + _text(CX + 8, _gap_middle(frm, lines), lines, T_LINE, "start")
    if down < 0:  # back up: round the column's left side, the label left of the downward arrow
        lines = wrap(texts, 14)
        y0, y1 = _top(frm) + T_H / 2, _top(to) + T_H / 2
        path = f"M{T_X},{y0:.0f} C{T_X - 56},{y0:.0f} {T_X - 56},{y1:.0f} {T_X},{y1:.0f}"
        return _arrow(path) + _text(CX - 8, _gap_middle(to, lines), lines, T_LINE, "end")
    # further down: out to the rail right of the column, down, and back in; the label beside the rail
    lines = wrap(texts, 11)
    y0, y1 = _top(frm) + T_H / 2, _top(to) + T_H / 2 + 8
    path = f"M{T_X + T_W},{y0:.0f} H{RAIL} V{y1:.0f} H{T_X + T_W}"
    return _arrow(path) + _text(RAIL + 6, y0 + 16, lines, T_LINE, "start")


def _tall(pairs: Pairs, lang: str) -> tuple[int, int, str]:
    height = T_PAD * 2 + len(COLUMN) * T_H + (len(COLUMN) - 1) * T_GAP
    loops = {frm: texts for (frm, to), texts in pairs.items() if frm == to}
    edges = [_tall_edge(frm, to, texts) for (frm, to), texts in pairs.items() if frm != to]
    boxes = []
    for state in COLUMN:
        extra = ""
        if state in loops:  # a button that keeps the state: named inside the box, after a turning arrow
            extra = _text(T_X + T_W / 2, _top(state) + T_H - 11, ["↻ " + ", ".join(loops[state])], T_LINE)
        boxes.append(_box(state, T_X, _top(state), T_W, T_H, lang, extra))
    return T_WIDTH, height, "".join(edges) + "".join(boxes)


def _svg(kind: str, size: tuple[int, int, str], title: str, desc: str) -> str:
    width, height, body = size
    return (
        f'<svg class="lifecycle-{kind}" role="img" aria-labelledby="lifecycle-{kind}-title lifecycle-{kind}-desc" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="lifecycle-{kind}-title">{escape(title)}</title>'
        f'<desc id="lifecycle-{kind}-desc">{escape(desc)}</desc>'
        f'<defs><marker id="arrow-{kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
        f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
        + body.replace("url(#arrow)", f"url(#arrow-{kind})")
        + "</svg>"
    )


def lifecycle_svg(lang: str) -> str:
    assert set(GRID) == set(COLUMN) == {NONE, *STATES}, "every state of the engine needs a place in the diagram"
    title = "Ett resultats livscykel i Ladok" if lang == "sv" else "The lifecycle of a result in Ladok"
    pairs, desc = transitions(lang)
    text = "; ".join(desc)
    return (
        '<figure class="ladok-lifecycle">'
        + _svg("wide", _wide(pairs, lang), title, text)
        + _svg("tall", _tall(pairs, lang), title, text)
        + f"<figcaption>{escape(title)}</figcaption></figure>"
    )
