"""What the rendered pages and the engine's texts say about dates: credits are earned on the examination date, and
the decision date says only when a result became a decision and visible. Read in both languages, as rendered."""

from __future__ import annotations

import re

import pytest
from pages import LANGS, page_names, rendered, source

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


# --- when CSN can see a certified result: one value, from the engine, said the same way everywhere ------------------

# A sentence that says CSN sees (or can count) a result, and one that says when: together, a statement of the timing.
CSN_SEES = {
    "sv": re.compile(r"\bCSN\b[^.?!]*\b(ser|se|syns|synas|räkna med|räknar med)\b|\b(ser|syns|synas)\b[^.?!]*\bCSN\b"),
    "en": re.compile(r"\bCSN\b[^.?!]*\b(sees?|seen|shows?|visible|count)\b|\b(see|sees|shows?|visible)\b[^.?!]*\bCSN\b"),
}
WHEN = {
    "sv": re.compile(
        r"\b(strax|snart|genast|direkt|omedelbart|samtidigt|därefter|senare|samma dag|dagen då|dagen efter|"
        r"\d+\s*(–\s*\d+\s*)?(arbets)?dag\w*|(en|två|tre|några|ett par) (arbets)?dag\w*|inom \w+ (dagar|veckor)|"
        r"veck\w+|från vilket datum|beslutsdatum\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(shortly|soon|immediately|at once|right away|at the same time|afterwards|later|the same day|the day|"
        r"the next day|\d+\s*(–\s*\d+\s*)?(working )?days?|(a|one|two|three|a few|a couple of) (working )?days?|"
        r"within (days|a week|\w+ days)|weeks?|from which date|decision date)\b",
        re.IGNORECASE,
    ),
}
FOOTNOTE = re.compile(r"\[\^[\w-]+\]")


def csn_timing_statements(lang: str, text: str) -> list[str]:
    """The sentences (and single lines, so a table row is one) that say when CSN sees a result."""
    found = []
    for line in text.splitlines():
        if line.lstrip().startswith("|"):
            continue  # a table the engine computed from its steps; checked against the value below
        for sentence in sentences(FOOTNOTE.sub("", line)):
            if CSN_SEES[lang].search(sentence) and WHEN[lang].search(sentence):
                found.append(sentence)
    return found


def every_text(lang: str) -> list[tuple[str, str]]:
    """Every page as rendered (the self-check's questions and answers included), every tool and engine text, every
    glossary entry and every exercise step, in one language."""
    from guide_engine import all_scenarios

    out = [(page, rendered(lang, page)) for page in page_names()]
    out += [("texts", text) for text in catalog_texts(lang)]
    for scenario in all_scenarios().values():
        out += [(f"scenario {scenario.key}", s.text_sv if lang == "sv" else s.text_en) for s in scenario.steps]
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_every_csn_timing_is_the_engines_one_value(lang: str) -> None:
    from guide_engine.progress import csn_timing

    said = csn_timing(lang)
    statements = [(where, s) for where, text in every_text(lang) for s in csn_timing_statements(lang, text)]
    assert len(statements) >= 2, "the student page and the partial-credits exercise say it"
    assert [(where, s) for where, s in statements if said not in s] == []


def test_the_csn_timing_is_the_same_value_in_both_languages_and_in_the_steps() -> None:
    from guide_engine import describe
    from guide_engine.progress import CSN_AFTER_CERTIFICATION, csn_timing

    fewest, most = CSN_AFTER_CERTIFICATION
    assert describe()["csn_after_certification"] == {"fewest": fewest, "most": most}
    for lang in LANGS:
        assert re.findall(r"\d+", csn_timing(lang)) == [str(fewest), str(most)]
    steps = {s["key"]: s for s in describe()["steps"]}  # the steps table, the tool and the worked examples
    assert steps["csn"]["earliest"] - steps["certification"]["earliest"] == fewest
    assert steps["csn"]["latest"] - steps["certification"]["latest"] == most


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # the four ways it was said before
        ("sv", "Den säger när resultatet blev ett formellt beslut och syns för dig, och strax därefter för CSN."),
        ("en", "It says when the result became a formal decision and visible to you, and shortly afterwards to CSN."),
        ("sv", "Som examinator: attestera. Alva har nu 2,5 hp i Ladok, och om en dag eller två ser CSN dem."),
        ("en", "As the examiner: certify. Alva now has 2.5 credits in Ladok, and CSN will see them within days."),
        ("sv", "Från vilket datum syns resultatet för Alva och för CSN?"),
        ("en", "From which date do Alva and CSN see the result?"),
        ("sv", "Dagen då examinator attesterade resultatet: då blev det ett beslut och syns för studenten och CSN."),
        ("en", "The day the examiner certified the result: it became a decision and shows to the student and CSN."),
    ],
)
def test_the_csn_check_catches_the_old_wordings(lang: str, text: str) -> None:
    assert csn_timing_statements(lang, text) != []


@pytest.mark.parametrize(
    ("lang", "text"),
    [  # a rule without a time, and the day credits are earned, are not timings
        ("sv", "CSN ser bara attesterade resultat i Ladok."),
        ("en", "The credits count as earned on the examination date, but CSN can count them only once certified."),
    ],
)
def test_the_csn_check_leaves_rules_without_a_time_alone(lang: str, text: str) -> None:
    assert csn_timing_statements(lang, text) == []


# --- a rule of the ordinance that two pages state is written once ----------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rule", ["correction", "reconsideration"])
def test_the_examiners_page_and_the_students_say_a_rule_in_the_same_words(lang: str, rule: str) -> None:
    said = texts.message(f"doc.rule_{rule}", {}, lang)
    for page in ("teacher/change.md", "student/disputed-result.md"):
        assert "<!-- ladok:rule " + rule + " -->" in source(lang, page)
        assert said in rendered(lang, page)


def test_an_unknown_rule_stops_the_build() -> None:
    from guide_engine import Settings
    from guide_site.calendar_table import swedish_calendar
    from guide_site.pages.markers import Context, MarkerError, render_markers

    ctx = Context("sv", Settings(), swedish_calendar(2026, 2027), 2026)
    with pytest.raises(MarkerError, match="unknown rule"):
        render_markers("<!-- ladok:rule appeal -->", ctx)
