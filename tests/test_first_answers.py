"""The answers a tool shows before Python has arrived are the engine's: for every input the build's files cover (each
key, each day of each span), in both languages, the engine asked through api.handle, as the page asks it, gives the
same answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from guide_engine import Settings, catalog
from guide_site.calendar_table import swedish_table
from guide_site.config import Local
from guide_site.runtime import answers

DAY = dt.date(2026, 3, 9)  # a build's day


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, Path]]:
    table = swedish_table(2020, 2045)
    settings = Settings()
    asked = answers.requests(table, settings, DAY, Local().study_admin_contact)
    folder = tmp_path_factory.mktemp("answers")
    shared = {"calendar": table, "settings": settings.to_dict()}
    return shared, answers.write_answers(folder, asked, cache=folder / "cache")


def covered(shared: dict[str, Any], file: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every request the file answers, as the page would send it, with the file's answer."""
    found = []
    for key, entry in file["keys"].items():
        request = {**json.loads(key), **shared}
        if isinstance(entry, int):
            found.append((request, file["answers"][entry]))
            continue
        for first, last, at in entry:
            day = dt.date.fromisoformat(first)
            while day <= dt.date.fromisoformat(last):
                found.append(({**request, file["span"]: day.isoformat()}, file["answers"][at]))
                day += dt.timedelta(days=1)
    return found


@pytest.mark.parametrize("tool", answers.TOOLS)
def test_every_answer_made_at_build_time_is_the_engine_s_in_both_languages(
    written: tuple[dict[str, Any], dict[str, Path]], tool: str
) -> None:
    shared, files = written
    file = json.loads(files[tool].read_text(encoding="utf-8"))
    found = covered(shared, file)
    assert {request["lang"] for request, _ in found} == set(catalog.LANGS)
    for request, answer in found:
        assert answer == answers.engine_answer(request), answers.key_of(request)


def test_the_files_cover_what_a_first_visit_asks_and_are_named_for_their_content(
    written: tuple[dict[str, Any], dict[str, Path]],
) -> None:
    """The calculator every exam day a year either side of the build's, in both languages; the examples; the
    reader's days after the build for "Where is my result?". A file's name changes with its content."""
    _, files = written
    deadline = json.loads(files["deadline"].read_text(encoding="utf-8"))
    exams = {json.loads(key)["exam"] for key in deadline["keys"]}
    assert len(exams) == 2 * answers.EXAM_DAYS + 1 and DAY.isoformat() in exams
    assert all(answer["ok"] for answer in deadline["answers"])
    diagnosis = json.loads(files["diagnosis"].read_text(encoding="utf-8"))
    for spans in diagnosis["keys"].values():
        assert spans[0][0] == DAY.isoformat()
        assert spans[-1][1] == (DAY + dt.timedelta(days=answers.TODAY_DAYS)).isoformat()
    for tool, path in files.items():
        assert path.name.startswith(f"answers-{tool}-") and path.name != f"answers-{tool}.json"
