"""The texts of the other routes into Ladok (`lms.py`, `registration.py`): key -> (Swedish, English), merged into the
catalog by `catalog._merge_concerns`. Ladok's, Canvas's and the universities' own terms: Överför till Ladok /
Transfer to Ladok, betygsbok / gradebook, registrering, fortsättningsregistrering, omregistrering."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "action.transfer_from_lms": ("Överför till Ladok", "Transfer to Ladok"),
    "action.register": ("Registrera", "Register"),
    "action.register_continuation": ("Fortsättningsregistrera", "Continuation registration"),
    "action.re_register": ("Omregistrera", "Re-register"),
    # the kinds of registration, as Ladok and the universities name them
    "registration.first": ("Förstagångsregistrering", "First-time registration"),
    "registration.continuation": ("Fortsättningsregistrering", "Continuation registration"),
    "registration.re": ("Omregistrering", "Re-registration"),
    # who registers, as a refusal names it (extra.ladok_local.registration_by)
    "registrar.study_admin": ("studieadministrationen", "the study administration"),
    "registrar.student": (
        "studenten själv i Ladok för studenter medan webbregistreringen är öppen, och annars studieadministrationen",
        "the student in Ladok for students while web registration is open, and otherwise the study administration",
    ),
    "team.student": ("studenten", "the student"),
    # who Ladok shows as having marked a result as ready when an integration did it
    "integration.user": ("Integrationsanvändare (Ladoks LIS-adapter)", "Integration user (Ladok's LIS adapter)"),
    # where a transfer from the learning platform lands (extra.ladok_rules.lms_transfer)
    "lms.route.none": ("Används inte", "Not in use"),
    "lms.route.draft": ("Som utkast", "As drafts"),
    "lms.route.ready": ("Klarmarkerade", "Marked as ready"),
    "ui.column": ("Kolumn i betygsboken", "Gradebook column"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # --- registration ----------------------------------------------------------------------------------------
    "not_registered": (
        "{name} är inte registrerad på {course} {instance}. Ett resultat rapporteras bara för en student som är "
        "registrerad på kurstillfället för terminen. Registreringen görs av {registrar!l}; rapportera när "
        "studenten är registrerad.",
        "{name} is not registered on {course} {instance}. A result is reported only for a student registered on "
        "the course instance for the term. Registration is done by {registrar!l}; report once the student is "
        "registered.",
    ),
    "not_registered_resit": (
        "{name} är registrerad på ett tidigare kurstillfälle ({earlier}) men inte på {course} {instance}. Här "
        "behöver en student som gör omtentamen vara registrerad på kurstillfället för terminen, med en "
        "omregistrering. Den görs av {registrar!l}; rapportera när studenten är omregistrerad.",
        "{name} is registered on an earlier instance ({earlier}) but not on {course} {instance}. Here a student "
        "re-sitting must be registered on the course instance for the term, with a re-registration. It is done by "
        "{registrar!l}; report once the student is re-registered.",
    ),
    "not_registered_for_term": (
        "{name} är inte registrerad för {term}, den termin examinationsdatumet ligger i. På en kurs som går över "
        "flera terminer registreras studenten varje termin, med en fortsättningsregistrering. Den görs av "
        "{registrar!l}.",
        "{name} is not registered for {term}, the term the examination date falls in. On a course over several "
        "terms the student is registered in each term, with a continuation registration. It is done by "
        "{registrar!l}.",
    ),
    "already_registered": (
        "{name} är redan registrerad på {course} {instance} för {term}.",
        "{name} is already registered on {course} {instance} for {term}.",
    ),
    "not_admitted_here": (
        "{name} registrerades på ett tidigare kurstillfälle ({earlier}), inte på {course} {instance}. En student "
        "som läser kursen igen omregistreras: använd ”Omregistrera”.",
        "{name} was registered on an earlier instance ({earlier}), not on {course} {instance}. A student who "
        "follows the course again is re-registered: use “Re-register”.",
    ),
    "no_earlier_registration": (
        "{name} har ingen registrering på ett tidigare tillfälle av {course}. En omregistrering görs för en student "
        "som läser kursen igen; en ny student registreras med ”Registrera”.",
        "{name} has no registration on an earlier instance of {course}. A re-registration is for a student who "
        "follows the course again; a new student is registered with “Register”.",
    ),
    "no_later_term": (
        "{course} {instance} går över en termin. En fortsättningsregistrering görs på en kurs som går över flera "
        "terminer.",
        "{course} {instance} runs over one term. A continuation registration is for a course over several terms.",
    ),
    "registered_every_term": (
        "{name} är redan registrerad för varje termin av {course} {instance}.",
        "{name} is already registered for every term of {course} {instance}.",
    ),
    "term_not_started": (
        "{term} har inte börjat än (första dagen är {first_day}). Fortsättningsregistreringen görs när terminen "
        "har börjat.",
        "{term} has not begun yet (its first day is {first_day}). The continuation registration is made once the "
        "term has begun.",
    ),
    "registered": (
        "{name} är registrerad på {course} {instance}, terminen {term} ({kind!w}). Resultat kan nu rapporteras för "
        "studenten.",
        "{name} is registered on {course} {instance}, the term {term} ({kind!w}). Results can now be reported for "
        "the student.",
    ),
    # --- the learning platform's Transfer to Ladok -------------------------------------------------------------
    "lms_not_in_use": (
        "Institutionen för inte över resultat från lärplattformen till Ladok. Rapportera resultaten direkt i Ladok.",
        "The department does not transfer results from the learning platform to Ladok. Report the results in "
        "Ladok itself.",
    ),
    "unknown_column": (
        "Kolumnen finns inte i betygsboken. Välj en kolumn i listan.",
        "The column is not in the gradebook. Choose a column from the list.",
    ),
    "lms_course_grade": (
        "Från lärplattformen förs resultat över till en modul, aldrig till betyg på hel kurs. Välj modulen; "
        "kursbetyget rapporteras i Ladok när alla moduler är godkända.",
        "From the learning platform, results go to a module, never to the course grade. Choose the module; the "
        "course grade is reported in Ladok once every module is passed.",
    ),
    "lms_not_posted": (
        "Betygen i kolumnen {column} är inte publicerade. Välj en annan kolumn, eller publicera betygen i "
        "betygsboken först.",
        "The grades in the column {column} have not been posted. Choose another column, or post the grades in the "
        "gradebook first.",
    ),
    "lms_no_letter_grades": (
        "Kolumnen {column} har poäng men inga bokstavsomdömen, och poäng blir inget betyg i Ladok. Välj en annan "
        "kolumn, eller ställ in bokstavsomdömen för uppgiften i lärplattformen.",
        "The column {column} has points but no letter grades, and points make no grade in Ladok. Choose another "
        "column, or set up letter grades for the assignment in the learning platform.",
    ),
    "lms_scale_mismatch": (
        "Kolumnen {column} har betygsskalan {scheme!w}, men modulen {module} har skalan {scale!w}: {grades} finns "
        "inte på den. Välj den modul som kolumnen hör till, eller en kolumn med modulens skala.",
        "The column {column} has the grading scheme {scheme!w}, but the module {module} has the scale {scale!w}: "
        "{grades} are not on it. Choose the module the column belongs to, or a column on the module's scale.",
    ),
    "lms_points_not_moved": (
        "Här förs inga poäng över från lärplattformen till Ladok. För över utan poäng; ska poängen synas i Ladok "
        "rapporteras de som resultatnotering.",
        "Here no points move from the learning platform to Ladok. Transfer without the points; if they are to show "
        "in Ladok, they are reported as a results annotation.",
    ),
    "lms_transferred_draft": (
        "Överfört från lärplattformen till {target}: {created:nytt utkast|nya utkast}, {updated:utkast "
        "uppdaterat|utkast uppdaterade}, med examinationsdatum {date}. Fortsätt i Ladok: klarmarkera utkasten och "
        "avisera examinator.",
        "Transferred from the learning platform to {target}: {created:new draft|new drafts}, {updated:draft "
        "updated|drafts updated}, with the examination date {date}. Continue in Ladok: mark the drafts as ready and "
        "notify the examiner.",
    ),
    "lms_transferred_ready": (
        "Överfört från lärplattformen till {target}: {count:resultat klarmarkerat|resultat klarmarkerade}, med "
        "examinationsdatum {date}. I Ladok står {graded_by} som rättande lärare och integrationsanvändaren som den "
        "som klarmarkerade. Examinator attesterar.",
        "Transferred from the learning platform to {target}: {count:result marked as ready|results marked as "
        "ready}, with the examination date {date}. Ladok shows {graded_by} as graded by and the integration user as "
        "having marked them as ready. The examiner certifies.",
    ),
    "lms_skipped_ready": (
        "{name}: inte överfört, eftersom resultatet på {target} redan är klarmarkerat i Ladok. Ändra det i Ladok: "
        "ta bort klarmarkeringen, ändra utkastet och klarmarkera igen.",
        "{name}: not transferred, since the result on {target} is already marked as ready in Ladok. Change it in "
        "Ladok: remove the ready mark, change the draft and mark it as ready again.",
    ),
    "lms_skipped_certified": (
        "{name}: inte överfört, eftersom resultatet på {target} redan är attesterat i Ladok. Ett attesterat "
        "resultat ändras i Ladok: förbered borttag, låt examinator attestera borttaget och rapportera sedan det nya.",
        "{name}: not transferred, since the result on {target} is already certified in Ladok. A certified result "
        "is changed in Ladok: prepare the removal, have the examiner certify it, then report the new one.",
    ),
    "lms_skipped_not_registered": (
        "{name}: inte överfört, eftersom studenten inte är registrerad på kurstillfället. Registreringen görs av "
        "{registrar!l}; rapportera när studenten är registrerad.",
        "{name}: not transferred, since the student is not registered on the course instance. Registration is done "
        "by {registrar!l}; report once the student is registered.",
    ),
    "lms_skipped_no_grade": (
        "{name}: inte överfört, eftersom studenten saknar betyg i kolumnen eller inte finns i Ladok.",
        "{name}: not transferred, since the student has no grade in the column or is not in Ladok.",
    ),
    "lms_email": (
        "E-post till {teacher}: rapporteringen till Ladok är klar, {created:resultat rapporterat|resultat "
        "rapporterade} och {skipped:resultat inte rapporterat|resultat inte rapporterade}.",
        "E-mail to {teacher}: the reporting to Ladok is done, {created:result reported|results reported} and "
        "{skipped:result not reported|results not reported}.",
    ),
}
