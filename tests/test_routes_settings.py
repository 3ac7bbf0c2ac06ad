"""The department's routes are settings in mkdocs.yml, checked like the others: where results from the learning
platform land (`extra.ladok_rules.lms_transfer`), whether points move with them (`lms_points`), whether a re-sit needs
a registration on the term's instance (`resit_needs_registration`) and who registers (`extra.ladok_local.
registration_by`). A wrong value stops the build naming the key, the value and what is allowed; a right one changes
what the pages and the sandbox say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guide_engine import Settings, handle
from guide_engine.settings import SettingError
from guide_site import build as site_build
from guide_site.config import ConfigError, Local, local_from, settings_from
from test_build import build, project_copy, text_of


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"ladok_rules": {"lms_transfer": "sideways"}},
         "extra.ladok_rules.lms_transfer: 'sideways' is not allowed; lms_transfer must be one of none, draft, ready"),
        ({"ladok_rules": {"lms_transfer": True}}, "extra.ladok_rules.lms_transfer: True is not allowed"),
        ({"ladok_rules": {"lms_points": "yes"}},
         "extra.ladok_rules.lms_points: 'yes' is not allowed; lms_points must be true or false"),
        ({"ladok_rules": {"resit_needs_registration": 1}},
         "extra.ladok_rules.resit_needs_registration: 1 is not allowed"),
        ({"ladok_local": {"registration_by": "dean"}},
         "extra.ladok_local.registration_by: 'dean' is not allowed; it must be one of student, study_admin"),
    ],
)
def test_a_wrong_route_setting_is_refused_naming_key_value_and_what_is_allowed(extra: dict, message: str) -> None:
    with pytest.raises(site_build.BuildError) as caught:
        site_build.configured(extra)
    assert message in str(caught.value)


def test_the_defaults_follow_the_sources_most_common_case() -> None:
    """Drafts (KTH's tool, and Inspera's route too), no points, and an earlier registration counting for a re-sit
    (Uppsala), with the student registering in Ladok for students (Lund, LTH, Umeå)."""
    assert settings_from({}).to_dict() == Settings().to_dict()
    assert (Settings().lms_transfer, Settings().lms_points, Settings().resit_needs_registration) == ("draft", False,
                                                                                                    False)
    assert Local().registration_by == "student" and local_from({}).routines()["register"] == "student"
    chosen = settings_from({"ladok_rules": {"lms_transfer": "ready", "resit_needs_registration": True}})
    assert (chosen.lms_transfer, chosen.resit_needs_registration) == ("ready", True)
    assert local_from({"ladok_local": {"registration_by": "study_admin"}}).routines()["register"] == "study_admin"
    with pytest.raises(SettingError):
        Settings(lms_transfer="sideways")
    with pytest.raises(ConfigError):
        local_from({"ladok_local": {"registration_by": None}})


def test_the_browser_sends_the_route_settings_and_the_engine_reads_them() -> None:
    """runtime.json's settings (Settings.to_dict) go back with each request; the engine takes the new keys."""
    answer = json.loads(handle(json.dumps({"op": "describe", "settings": Settings(lms_transfer="none").to_dict()})))
    assert answer["ok"] and answer["rules"]["settings"]["lms_transfer"] == "none"
    bad = json.loads(handle(json.dumps({"op": "describe", "settings": {"lms_transfer": "up"}})))
    assert bad["ok"] is False and bad["error"]["key"] == "malformed_request"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("  ladok_rules:\n    lms_transfer: sideways\n",
         "extra.ladok_rules.lms_transfer: 'sideways' is not allowed; lms_transfer must be one of none, draft, ready"),
        ("  ladok_local:\n    registration_by: dean\n",
         "extra.ladok_local.registration_by: 'dean' is not allowed; it must be one of student, study_admin"),
    ],
)
def test_a_wrong_route_setting_stops_the_build(tmp_path: Path, setting: str, message: str) -> None:
    run = build(project_copy(tmp_path / "p", setting), tmp_path / "site")
    assert run.returncode != 0
    assert message in run.stderr, run.stderr[-1500:]


def test_a_department_sets_its_routes_and_the_pages_and_sandbox_say_so(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "p", """  ladok_rules:
    lms_transfer: ready
    resit_needs_registration: true
  ladok_local:
    registration_by: study_admin
""")
    run = build(project, tmp_path / "site")
    assert run.returncode == 0, run.stderr[-2000:]
    site = tmp_path / "site"
    assert "På din institution kommer resultat från lärplattformen till Ladok klarmarkerade" in text_of(
        site, "practise/lms-draft")
    assert "At your department results from the learning platform arrive in Ladok marked as ready" in text_of(
        site, "en/practise/lms-ready")
    registration = text_of(site, "en/practise/registration")
    assert "At your department a student re-sitting must be registered on the course instance" in registration
    assert "Registration is done by the study administration." in registration
    # the walkthrough's refusals and the sandbox name who registers as the department does
    assert "re-registration is done by the study administration." in registration
    page = (site / "en" / "practise" / "registration" / "index.html").read_text(encoding="utf-8")
    assert 'data-registration-by="study_admin"' in page
