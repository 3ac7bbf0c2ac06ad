"""A skip link on a practice page that goes straight to the sandbox, first among the theme's skip links."""

from __future__ import annotations

from html import escape

from .. import texts

SANDBOX_ID = "ladok-sandbox"  # the id of a page's sandbox (pages/markers.py), the skip link's target
_THEME_SKIP = '<div data-md-component="skip">'  # where Material keeps its own "Skip to content"


def skip_to_sandbox(output: str, lang: str) -> str:
    """The page with a "Skip to the sandbox" link before the theme's own, if the page has a sandbox."""
    if f'id="{SANDBOX_ID}"' not in output:
        return output
    if _THEME_SKIP not in output:
        raise ValueError("the theme's skip links are not where the sandbox's skip link goes")
    label = escape(texts.label("ui.skip_to_sandbox", lang))
    link = f'<a href="#{SANDBOX_ID}" class="md-skip">{label}</a>'
    return output.replace(_THEME_SKIP, _THEME_SKIP + link, 1)
