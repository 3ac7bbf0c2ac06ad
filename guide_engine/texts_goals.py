"""The sandbox tasks and their goals, as the engine states and checks them (`goals.py`): key -> (Swedish, English),
merged into the catalog by `catalog._merge_concerns`. The self-check's own page texts are in `guide_site.texts`."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {}

MESSAGES: dict[str, tuple[str, str]] = {
    # sandbox tasks: what to do, and the parts of each goal
    "task.vg_written": (
        "Se till att {name} har betyget VG på {module}, attesterat, med examinationsdatum {date}. Byt roll när "
        "det behövs.",
        "Make sure that {name} has the grade VG on {module}, certified, with the examination date {date}. Switch "
        "roles when needed.",
    ),
    "task.change_under_course": (
        "{name} fick G på {module} men ska ha VG. Betyget på hel kurs är redan attesterat. Ändra betyget på "
        "{module} till VG och se till att kursbetyget VG är attesterat igen.",
        "{name} got G on {module} but should have VG. The grade on the whole course is already certified. Change "
        "the grade on {module} to VG and make sure the course grade VG is certified again.",
    ),
    "task.find_code": (
        "Resultaten för {module} är överförda från Inspera och klarmarkerade. Som examinator: attestera resultatet "
        "för {name} och skriv sedan in anonymiseringskoden för {name} nedan.",
        "The results for {module} have been transferred from Inspera and marked as ready. As the examiner: "
        "certify the result of {name}, then enter the anonymisation code of {name} below.",
    ),
    "goal.certified_grade": (
        "{grade} på {module} för {name} är attesterat",
        "{grade} on {module} for {name} is certified",
    ),
    "goal.exam_date": ("examinationsdatumet är {date}", "the examination date is {date}"),
    "goal.old_removed": ("det gamla resultatet {grade} är borttaget", "the old result {grade} is removed"),
    "goal.course_certified": ("kursbetyget {grade} är attesterat", "the course grade {grade} is certified"),
    "goal.code_entered": ("rätt anonymiseringskod är inskriven", "the right anonymisation code is entered"),
}
