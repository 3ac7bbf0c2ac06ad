"""A department's plain-text setting (from mkdocs.yml) as it must stand in a page's Markdown: read as typed.

The value is escaped rather than matched against a list of dangerous shapes: every character Python-Markdown gives
a meaning (links, images, emphasis, attribute lists `{: … }`, code) gets its backslash, and the characters HTML gives
a meaning become entities, so no value can make a link, an image, a tag or an attribute, however it nests. A value
cannot hold a line break (the settings refuse one), so it cannot start a heading or a block of its own.
"""

from __future__ import annotations

import html

# Python-Markdown's escapable characters (markdown.Markdown.ESCAPED_CHARS) and `|`, which the tables extension adds;
# not `>`, which becomes `&gt;` below (a backslash before an entity would show).
MARKDOWN_ESCAPED = frozenset("\\`*_{}[]()#+-.!|")


def markdown_text(value: str) -> str:
    """`value` as text in a Markdown page: backslash before Markdown's punctuation, then `&`, `<` and `>` as
    entities (after, so that an entity's own `#` is not escaped)."""
    escaped = "".join("\\" + char if char in MARKDOWN_ESCAPED else char for char in value)
    return html.escape(escaped, quote=False)
