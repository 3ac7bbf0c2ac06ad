"""The box with the frame code, on every page that holds a widget with an embed page: an <iframe> with a title, the
embed page's address in the page's language and a height that suits the widget, a button that copies it
(embed-code.js, which also puts in the address the page is actually served from), a link to see the embed page,
and on the self-check's page its SCORM package."""

from __future__ import annotations

from html import escape
from urllib.parse import urljoin

from .. import texts
from .catalog import Embed, on_page
from .html import moved, title_parts

SCORM_FILES = {"sv": "ladok-guiden-testa-dig-sjalv.zip", "en": "ladok-guiden-check-yourself.zip"}
DOWNLOADS = "downloads/"


def frame_code(embed: Embed, lang: str, address: str, site_name: str) -> str:
    """The code to paste: the frame, titled for screen readers, as wide as the place it is put in."""
    title = escape(f"{embed.title(lang)} – {site_name}")
    return (
        f'<iframe src="{escape(address)}" title="{title}" width="100%" height="{embed.height}" '
        'style="border: 1px solid #ccc; max-width: 100%" loading="lazy" allow="clipboard-write"></iframe>'
    )


def box(embed: Embed, lang: str, page: str, site_url: str, site_name: str) -> str:
    """The box for one widget of the page at `page` (its address from the site's root)."""

    def t(key: str) -> str:
        return escape(texts.label(key, lang))

    relative = moved(embed.path(lang), "", page)
    code = frame_code(embed, lang, urljoin(site_url or "/", embed.path(lang)), site_name)
    field = f"ladok-embed-code-{embed.slug}"
    scorm = ""
    if embed.kind == "selfcheck":
        package = moved(DOWNLOADS + SCORM_FILES[lang], "", page)
        scorm = f'<p>{t("embed.code.scorm")} <a href="{package}" download>{t("embed.code.scorm_link")}</a></p>\n'
    return (
        f'\n<details class="ladok-embed-code">\n<summary>{t("embed.code.summary")}</summary>\n'
        f"<p>{t('embed.code.text')}</p>\n"
        f'<p><label for="{field}">{t("embed.code.label")}</label></p>\n'
        f'<textarea id="{field}" class="ladok-embed-code-text" rows="4" readonly spellcheck="false" '
        f'style="width: 100%; font-family: var(--md-code-font-family, monospace); font-size: 0.75rem" '
        f'data-path="{relative}" data-copied="{t("embed.code.copied")}" data-failed="{t("embed.code.copy_failed")}">'
        f"{escape(code)}</textarea>\n"
        f'<p><button type="button" class="md-button ladok-embed-code-copy" hidden>{t("embed.code.copy")}</button> '
        f'<a href="{relative}" target="_blank" rel="noopener">{t("embed.code.preview")}</a></p>\n'
        f'<p class="ladok-embed-code-status" role="status"></p>\n{scorm}'
        f'<script type="module" src="{moved("assets/embed-code.js", "", page)}"></script>\n</details>\n'
    )


def with_embed_code(html: str, lang: str, page: str, site_url: str) -> str:
    """The built page with the box after each widget that has an embed page (the self-check's at the page's end,
    after its tasks). `page` is the page's address from the site's root, such as "en/teacher/deadlines/"."""
    found = list(on_page(html))
    if not found:
        return html
    _, site_name = title_parts(html)
    inserts = []
    for embed, element in found:
        at = html.rindex("</article>") if embed.kind == "selfcheck" else element.end
        inserts.append((at, box(embed, lang, page, site_url, site_name)))
    for at, text in sorted(inserts, reverse=True):
        html = html[:at] + text + html[at:]
    return html
