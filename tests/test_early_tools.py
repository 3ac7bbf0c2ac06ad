"""A page with a tool names it in its <head>, before its stylesheets, with the module that opens a linked tool early
(widgets.js, async); a page without one is left as it is; a tool page the build cannot place it in stops the build."""

from __future__ import annotations

import pytest

from guide_site import BuildError
from guide_site.output import with_early_tools

PAGE = (
    '<html><head><meta charset="utf-8"><link rel="stylesheet" href="../../assets/stylesheets/main.css">'
    "</head><body>{body}"
    '<script src="../../assets/javascripts/bundle.min.js"></script><script src="../../assets/guide.js"></script>'
    "</body></html>"
)
TOOL = '<div class="ladok-tool" data-tool="{name}" data-lang="sv"><button class="ladok-open" hidden>x</button></div>'


def test_a_tool_page_names_its_tools_before_its_stylesheets() -> None:
    html = PAGE.format(body=TOOL.format(name="deadline") + TOOL.format(name="credits") + TOOL.format(name="deadline"))
    out = with_early_tools(html)
    tag = '<script type="module" async src="../../assets/widgets.js" data-ladok-tools="deadline credits"></script>'
    assert out.count(tag) == 1
    assert out.index(tag) < out.index('<link rel="stylesheet"') < out.index("</head>")
    assert out.replace(tag, "") == html


def test_a_page_without_a_tool_is_left_as_it_is() -> None:
    html = PAGE.format(body='<div class="ladok-sandbox" data-scenario="written_exam"></div>')
    assert with_early_tools(html) == html


def test_a_tool_page_without_guide_js_stops_the_build() -> None:
    html = PAGE.format(body=TOOL.format(name="deadline")).replace("assets/guide.js", "assets/other.js")
    with pytest.raises(BuildError, match="guide.js"):
        with_early_tools(html)


def test_an_embed_page_takes_the_pages_classic_scripts_not_the_module_in_its_head() -> None:
    from guide_site.embed.html import site_scripts

    html = with_early_tools(PAGE.format(body=TOOL.format(name="deadline")))
    assert site_scripts(html) == ["../../assets/guide.js"]
