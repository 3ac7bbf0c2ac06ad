"""Every user-facing string exists in Swedish and English, and every key the engine uses is in the catalog."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from guide_engine import all_scenarios, catalog, describe
from guide_engine.rules import ACTION_NAMES as ACTIONS, STATES
from guide_site import texts

SOURCE = Path(__file__).resolve().parent.parent / "guide_engine"


def test_every_entry_has_swedish_and_english() -> None:
    """The engine's texts and the interface's (guide_site.texts) alike."""
    for key, pair in texts.all_templates().items():
        assert all(t.strip() for t in pair), key
        assert len(pair) in (2, 4), key


# The interface's texts: the sandbox's and tools' words, the self-check's, the offline page, the pages' sentences.
INTERFACE = ("ui.", "tool.", "selfcheck.", "offline.", "doc.")


def test_the_engine_keeps_only_the_texts_it_produces() -> None:
    """An interface text in the engine's catalog would recompile the engine for a wording change; the few the engine
    names itself (a field named in a refusal, the credit tool's fields it checks) stay with it."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.glob("*.py") if p.name != "catalog.py")
    interface = [k for k in (*catalog.LABELS, *catalog.MESSAGES) if k.startswith(INTERFACE) and f'"{k}"' not in code]
    assert interface == []
    assert len([k for k in texts.LABELS if k.startswith("ui.")]) > 100, "the interface's words are in guide_site"


def test_every_key_the_engine_uses_has_a_text() -> None:
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.glob("*.py") if p.name != "catalog.py")
    used = set(re.findall(r'(?:Refusal|Event|RequestError)\(\s*"([a-z_.]+)"', code))
    assert len(used) > 25, "the pattern should find the engine's refusals and events"
    missing = sorted(k for k in used if k not in catalog.MESSAGES and k not in catalog.EVENTS)
    assert missing == []


def test_every_state_action_and_role_has_a_ladok_label() -> None:
    rules = describe()
    wanted = [f"state.{s}" for s in ("none", *STATES)] + [f"action.{a}" for a in ACTIONS]
    wanted += [f"role.{r}" for r in rules["roles"]] + [f"scale.{s}" for s in rules["scales"]]
    wanted += [f"step.{s['key']}" for s in rules["steps"]]
    assert [k for k in wanted if k not in catalog.LABELS] == []


def test_the_missing_key_check_can_fail() -> None:
    """A key without a text is caught: the lookup raises rather than showing the key to a reader."""
    with pytest.raises(KeyError):
        catalog.message("no_such_key", {}, "sv")
    with pytest.raises(ValueError):
        catalog.label("state.draft", "de")


def test_scenario_texts_exist_in_both_languages() -> None:
    for scenario in all_scenarios().values():
        pairs = [(scenario.title_sv, scenario.title_en), (scenario.intro_sv, scenario.intro_en)]
        pairs += [(s.text_sv, s.text_en) for s in scenario.steps]
        for sv, en in pairs:
            assert sv.strip() and en.strip() and sv != en


def test_ladok_terms_in_each_language() -> None:
    assert catalog.label("action.mark_ready", "sv") == "Klarmarkera och avisera"
    assert catalog.label("action.certify", "en") == "Certify"
    assert catalog.label("state.draft", "sv") == "Utkast"
    assert catalog.message("not_authorised", {"role": "role.teacher", "action": "action.certify",
                                              "allowed": ["role.examiner"]}, "sv") == (
        "Som lärare (resultatrapportör) kan du inte använda ”Attestera”. Det kan bara examinator göra."
    )
    assert catalog.message("not_authorised", {"role": "role.teacher", "action": "action.remove",
                                              "allowed": ["role.examiner", "role.study_admin"]}, "en") == (
        "As teacher (result reporter) you cannot use “Remove result”. Only the examiner or the study administrator can."
    )


# Sample values for each parameter a template names, so every generated sentence can be read as a reader sees it.
LABEL_PARAMS = {"role": "role.teacher", "action": "action.certify", "state": "state.draft", "scale": "scale.UGVG",
                "hint": "hint.draft", "allowed": ["role.examiner", "role.study_admin"], "rule": "rule.retake",
                "registrar": "registrar.student", "kind": "registration.re", "scheme": "scale.UG"}
NAMES = frozenset({"Ladok", "Inspera", "CSN", "Alva", "Exempel", "Ebba", "Examen", "INX101", "HT2025", "VG", "G", "U"})
QUOTED = re.compile(r"[”“][^”]*”")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\(\s*)$")  # not after a colon: "Not allowed: the date", "Kvar: moment 3"
SWEDISH_WORDS = {"och", "att", "är", "på", "för", "inte", "som", "kan", "det", "med", "eller", "till"}
ENGLISH_WORDS = {"the", "and", "is", "on", "for", "not", "can", "with", "or", "to", "of", "credits"}


# Parameters that count things: filled in with 1, the number that shows a wrong plural ("1 nya utkast", "1 results").
COUNTS = frozenset({"n", "count", "created", "updated", "skipped"})


def sentence_labels() -> dict[str, tuple[str, str]]:
    """The labels that are whole sentences with parameters (the tools' answers), read like the engine's messages."""
    every = {**catalog.LABELS, **texts.LABELS}
    return {k: v for k, v in every.items() if "{" in v[0] and v[0].rstrip().endswith(".")}


def generated_texts(count: str = "x") -> list[tuple[str, str, str]]:
    """Every refusal, hint, event and sentence label in each language, filled in as the engine fills it in."""
    out = []
    labels = sentence_labels()
    for table in (catalog.MESSAGES, catalog.EVENTS, catalog.HINTS, texts.MESSAGES, labels):
        for key in table:
            for lang in catalog.LANGS:
                template = table[key][catalog.LANGS.index(lang)]
                parsed = string.Formatter().parse(template)
                params = {f: LABEL_PARAMS.get(f, "x") if c else count if f in COUNTS else "x" for _, f, _, c in parsed if f}
                text = template.format(**params) if table is labels else texts.message(key, params, lang)
                out.append((key, lang, text))
    return out


def test_no_capital_letter_in_the_middle_of_a_generated_sentence() -> None:
    """A role or label inside a sentence starts with a small letter; button and field names are quoted."""
    found = []
    for key, lang, text in generated_texts():
        bare = QUOTED.sub("”x”", text)
        for match in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]+", bare):
            if match.group() in NAMES or match.group()[:-1] in NAMES or SENTENCE_START.search(bare[: match.start()]):
                continue
            found.append((key, lang, text))
    assert found == []


def test_no_generated_sentence_is_in_the_other_language() -> None:
    found = []
    for key, lang, text in generated_texts():
        words = set(re.findall(r"[a-zåäö]+", QUOTED.sub("", text).lower()))
        foreign = words & (ENGLISH_WORDS if lang == "sv" else SWEDISH_WORDS)
        if foreign:
            found.append((key, lang, sorted(foreign), text))
    assert found == []


def test_the_capital_letter_check_can_fail() -> None:
    bare = "Som Lärare kan du inte"
    assert any(not SENTENCE_START.search(bare[: m.start()]) for m in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]+", bare)
               if m.group() not in NAMES)


def test_every_event_and_refusal_the_engine_can_make_has_its_texts() -> None:
    """Read from the engine's source and its declaration, so a renamed key fails here, not in the reader's sandbox."""
    from pathlib import Path

    from guide_engine.actions import declared

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path("guide_engine").glob("*.py"))
    made = set(re.findall(r'\b(?:Event|Refusal)\(\s*"([a-z_]+)"', source))
    made |= set(re.findall(r'\bRequestError\(\s*"([a-z_]+)"', source))
    made |= {a.event for a in declared()}
    assert len(made) > 40
    missing = sorted(k for k in made if k not in catalog.MESSAGES and k not in catalog.EVENTS)
    assert missing == []
    for key in made:
        table = catalog.EVENTS if key in catalog.EVENTS else catalog.MESSAGES
        assert all(text.strip() for text in table[key]), key


# A count of one followed by a plural: "1 nya utkast", "1 anmälda studenter", "1 results", "1 students signed up".
PLURAL_AFTER_ONE = {
    "sv": re.compile(r"\b1 (?!efter\b|under\b|över\b|eller\b)(nya|\w+(?:ade|da) |\w+ \w+(?:or|ar|er|na)\b|\w+(?:or|ar|er|na)\b)"),
    "en": re.compile(r"\b1 (?:\w+ )?(?!is\b|was\b|has\b)[a-z]+s\b"),
}


def test_a_count_of_one_is_not_followed_by_a_plural() -> None:
    found = [(key, lang, text) for key, lang, text in generated_texts(count="1") if PLURAL_AFTER_ONE[lang].search(text)]
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("sv", "Överföring från Inspera: 1 nya utkast, 1 uppdaterade.", True),
        ("sv", "med 1 anmälda studenter.", True),
        ("sv", "Du attesterar 1 resultat.", False),
        ("en", "You are certifying 1 results.", True),
        ("en", "with 1 students signed up.", True),
        ("en", "Results to certify: 1.", False),
    ],
)
def test_the_plural_check_can_fail(lang: str, text: str, wrong: bool) -> None:
    assert bool(PLURAL_AFTER_ONE[lang].search(text)) is wrong


def test_a_capital_after_a_colon_is_caught() -> None:
    bare = "Rapporteras när: Klart"
    assert any(not SENTENCE_START.search(bare[: m.start()]) for m in re.finditer(r"\b[A-ZÅÄÖ][a-zåäö]+", bare)
               if m.group() not in NAMES)


# A colon that follows a word leaving the clause open (a preposition, a conjunction, a form of "to be" or "done") and
# introduces one word or a short list: "Det kan bara göras av: examinator", "Choose one of: U, G, VG". A sentence
# names them in its own flow instead. A label before a value ("Sista dag för resultat: 3 april") is not one.
OPEN_BEFORE_COLON = {
    "sv": {"av", "till", "för", "på", "med", "om", "från", "i", "hos", "än", "som", "är", "blir", "var", "och",
           "eller", "göras", "gjorts"},
    "en": {"by", "of", "to", "for", "with", "from", "at", "in", "on", "as", "than", "is", "are", "be", "was",
           "and", "or", "done"},
}


def colon_slips(lang: str, text: str) -> list[str]:
    found = []
    for match in re.finditer(r"(\w+):\s+([^.!?:]*)", text):
        if match.group(1).lower() in OPEN_BEFORE_COLON[lang] and len(match.group(2).split()) <= 4:
            found.append(match.group())
    return found


def test_no_colon_stands_before_a_single_word_or_a_short_list() -> None:
    """In every refusal, event, hint and sentence label (the self-check shows the refusals too), and in every step
    of the exercises."""
    found = [(key, lang, text) for key, lang, text in generated_texts() if colon_slips(lang, text)]
    for scenario in all_scenarios().values():
        for step in scenario.steps:
            found += [(scenario.key, lang, text) for lang, text in (("sv", step.text_sv), ("en", step.text_en))
                      if colon_slips(lang, text)]
    assert found == []


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("sv", "Som lärare kan du inte använda ”Attestera”. Det kan bara göras av: examinator.", True),
        ("en", "As teacher you cannot use “Certify”. It can only be done by: examiner.", True),
        ("sv", "Välj ett av: U, G, VG.", True),
        ("en", "Choose one of: U, G, VG.", True),
        ("sv", "Det kan bara examinator göra.", False),
        ("sv", "Sista dag för resultat: fredag 3 april 2026.", False),
        ("en", "Results to certify: 3.", False),
    ],
)
def test_the_colon_check_can_fail(lang: str, text: str, wrong: bool) -> None:
    assert bool(colon_slips(lang, text)) is wrong
