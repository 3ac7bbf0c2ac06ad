"""Inspera's button and role have one name everywhere: the Inspera pages, the permission table and the sandbox."""

from __future__ import annotations

import json

import pytest

from guide_engine import handle
from pages import rendered
from guide_site import texts

PAGES = ("admin/inspera.md", "practise/inspera.md", "reference/permissions.md")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_pages_the_permission_table_and_the_sandbox_name_inspera_alike(lang: str) -> None:
    button = texts.label("action.transfer_from_inspera", lang)
    role = texts.label("inspera.planner", lang)
    assert button == {"sv": "Överför alla betyg", "en": "Transfer all grades"}[lang]
    for page in PAGES:
        text = rendered(lang, page)
        assert button in text, page
        assert role in text, page
    table = rendered(lang, "reference/permissions.md")
    not_ladok = {"sv": "inte en behörighet i Ladok", "en": "not a Ladok authorisation"}[lang]
    assert not_ladok in table.replace("ingen behörighet i Ladok", "inte en behörighet i Ladok")
    # The sandbox: Inspera's own screen, for whoever holds the role, with the same button.
    started = json.loads(handle(json.dumps({"op": "scenario", "scenario": "inspera", "lang": lang})))
    admin = started["guide"]["steps"][0]["actor"]
    seen = json.loads(handle(json.dumps({"op": "view", "state": started["state"], "actor": admin, "lang": lang,
                                         "options": {}})))["view"]
    assert "inspera" in seen["screens"] and seen["inspera"]["tests"]
    assert seen["forms"]["transfer_from_inspera"]["system"] == "inspera"
    assert started["guide"]["steps"][0]["screen"] == "inspera"
