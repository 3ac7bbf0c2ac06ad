"""What can be embedded: each tool, each guided exercise the engine declares (all_scenarios(), so a new exercise
gets its embed page with no change here) and the self-check; where its widget stands in a built page; and the
widget itself, taken whole from that page, so that the page and its embed are one widget in two frames."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from guide_engine import all_scenarios

from .. import BuildError, texts
from .html import Element, elements, has_class

EMBED_DIR = "embed/"  # under each language's root: /embed/deadline/, /en/embed/deadline/


@dataclass(frozen=True)
class Embed:
    slug: str  # its folder: embed/<slug>/
    kind: str  # "tool", "sandbox" or "selfcheck"
    name: str  # the tool's name, the exercise's key, or "selfcheck"
    height: int  # the frame's height in pixels in the code to paste

    def title(self, lang: str) -> str:
        if self.kind == "sandbox":
            scenario = all_scenarios()[self.name]
            return scenario.title_sv if lang == "sv" else scenario.title_en
        return texts.label(TITLES[self.name], lang)

    def path(self, lang: str) -> str:
        """The embed page's address from the site's root, such as "en/embed/deadline/"."""
        return f"{'' if lang == 'sv' else lang + '/'}{EMBED_DIR}{self.slug}/"


# Tool -> (slug, frame height); the deadline calculator, the credit timeline and "Where is my result?".
TOOLS = {"deadline": ("deadline", 640), "credits": ("credits", 900), "diagnosis": ("where-is-my-result", 900)}
TITLES = {
    "deadline": "tool.deadline_title",
    "credits": "tool.credits_title",
    "diagnosis": "tool.diagnosis_title",
    "selfcheck": "embed.selfcheck_title",
}
SANDBOX_HEIGHT = 820
SELFCHECK = "selfcheck"


def embeds() -> list[Embed]:
    """Every embed the site must have, tools first, then the exercises in the engine's order, then the self-check."""
    found = [Embed(slug, "tool", tool, height) for tool, (slug, height) in TOOLS.items()]
    found += [Embed(key.replace("_", "-"), "sandbox", key, SANDBOX_HEIGHT) for key in all_scenarios()]
    found.append(Embed("check-yourself", "selfcheck", SELFCHECK, SANDBOX_HEIGHT))
    slugs = [e.slug for e in found]
    if len(set(slugs)) != len(slugs):
        raise BuildError(f"two embeds would share a folder: {sorted(s for s in slugs if slugs.count(s) > 1)}")
    return found


def _widget(tag: str, attrs: dict[str, str]) -> bool:
    classes = attrs.get("class", "").split()
    return tag == "div" and (
        "ladok-tool" in classes
        or ("ladok-sandbox" in classes and attrs.get("id") == "ladok-sandbox")  # a practice page's own sandbox
        or "ladok-selfcheck" in classes
    )


def on_page(html: str) -> Iterator[tuple[Embed, Element]]:
    """The embeds whose widget this built page holds, with the widget's element (the self-check: its questions)."""
    by_name = {(e.kind, e.name): e for e in embeds()}
    for element in elements(html, _widget):
        classes = element.attrs.get("class", "").split()
        if "ladok-tool" in classes:
            key = ("tool", element.attrs.get("data-tool", ""))
        elif "ladok-selfcheck" in classes:
            key = ("selfcheck", SELFCHECK)
        else:
            key = ("sandbox", element.attrs.get("data-scenario", ""))
        if key in by_name:
            yield by_name[key], element


def tasks(html: str) -> list[Element]:
    """The self-check's sandbox tasks on its built page, in order."""
    return elements(html, lambda tag, attrs: tag == "div" and has_class("ladok-task")(tag, attrs))
