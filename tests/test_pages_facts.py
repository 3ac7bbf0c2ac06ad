"""What the rendered pages and the engine's texts say about dates: credits are earned on the examination date, and
the decision date says only when a result became a decision and visible. Read in both languages, as rendered."""

from __future__ import annotations

import re

import pytest
from pages import LANGS, page_names, rendered

from guide_engine import catalog
from guide_site import texts

# A sentence that ties the credits (or what counts for CSN) to the decision or to certification.
WRONG = {
    "sv": re.compile(
        r"(poäng\w*|hp|resultat\w*)[^.]{0,80}\b(räknas|gäller|tillgodoräknas)\b[^.]{0,40}\bfrån\b[^.]{0,40}"
        r"(beslut\w*|attester\w*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(credits?|results?)[^.]{0,80}\b(counts?|earned|apply|applies)\b[^.]{0,40}\b(from|on|as of)\b[^.]{0,40}"
        r"(decision|certif\w*)",
        re.IGNORECASE,
    ),
}
# The same claim in two sentences: "The day the examiner certified the result. The credits count from that day."
THAT_DAY = {
    "sv": re.compile(r"(attester|beslut)[^.]*\.\s+[^.]*poäng\w*[^.]{0,40}räknas från (den|samma) dag", re.IGNORECASE),
    "en": re.compile(r"(certif|decision)[^.]*\.\s+[^.]*credits?[^.]{0,40}counts? from (that|the same) day", re.I),
}
# And the right fact, which the student pages must state.
RIGHT = {
    "sv": re.compile(r"Examinationsdatum\*\*.{0,200}avgör när du klarade poängen", re.DOTALL),
    "en": re.compile(r"Examination date\*\*.{0,200}decides when you earned the credits", re.DOTALL),
}


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def catalog_texts(lang: str) -> list[str]:
    index = catalog.LANGS.index(lang)
    found = [pair[index] for pair in texts.all_templates().values()]
    return found + [entry[2 + index] for entry in catalog.GLOSSARY.values()]


def claims(lang: str, texts: list[str]) -> list[str]:
    found = [s for text in texts for s in sentences(text) if WRONG[lang].search(s)]
    return found + [m.group() for text in texts for m in THAT_DAY[lang].finditer(" ".join(text.split()))]


@pytest.mark.parametrize("lang", LANGS)
def test_no_page_says_credits_count_from_the_decision(lang: str) -> None:
    found = [(page, s) for page in page_names() for s in claims(lang, [rendered(lang, page)])]
    assert found == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_engine_text_or_glossary_entry_says_it(lang: str) -> None:
    assert claims(lang, catalog_texts(lang)) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_student_page_says_which_date_counts(lang: str) -> None:
    assert RIGHT[lang].search(rendered(lang, "student/index.md"))
    glossary = rendered(lang, "reference/glossary.md")
    assert ("Examinationsdatum" if lang == "sv" else "Examination date") in glossary


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Poängen räknas från dagen då resultatet attesterades, beslutsdatumet."),
        ("sv", "Dagen då examinator attesterade resultatet. Poängen räknas från den dagen, inte från examinationen."),
        ("en", "The credits count from the day the result was certified, the decision date."),
        ("en", "Your credits are earned on the decision date."),
        ("en", "The day the examiner certified the result. The credits count from that day, not the examination."),
    ],
)
def test_the_check_catches_the_old_wording(lang: str, text: str) -> None:
    assert claims(lang, [text]) != []
