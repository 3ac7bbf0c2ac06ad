"""Every user-facing string of the engine, in Swedish and English.

The engine itself never produces prose: it returns keys with parameters. This module turns a key into text in one
language, at the edge where it is shown. `{name!l}` in a template looks the parameter up as a label key, so a state,
action or role is always named with Ladok's own term in the reader's language; `!b` quotes it as a button or
field name, `!w` and `!W` (a list) write it inside a sentence, with a small first letter.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

LANGS = ("sv", "en")

# Ladok's own terms: states, actions (button labels), roles, grades, scales.
LABELS: dict[str, tuple[str, str]] = {
    # states of a result
    "state.none": ("Inget resultat", "No result"),
    "state.draft": ("Utkast", "Draft"),
    "state.ready": ("Klarmarkerat", "Marked as ready"),
    "state.certified": ("Attesterat", "Certified"),
    "state.prepared_for_removal": ("Förberett för borttag", "Prepared for removal"),
    "state.removed": ("Borttaget", "Removed"),
    # actions, named as Ladok's buttons name them
    "action.save_draft": ("Spara", "Save"),
    "action.mark_ready": ("Klarmarkera och avisera", "Mark as ready and notify"),
    "action.certify": ("Attestera", "Certify"),
    "action.unmark_ready": ("Ta bort klarmarkering", "Remove ready mark"),
    "action.delete_draft": ("Ta bort utkast", "Delete draft"),
    "action.remove": ("Ta bort resultat", "Remove result"),
    "action.prepare_removal": ("Förbered borttag", "Prepare removal"),
    "action.certify_removal": ("Attestera borttag", "Certify removal"),
    "action.comment": ("Spara kommentar", "Save comment"),
    "action.search": ("Sök student", "Find student"),
    "action.setup_activity": ("Skapa aktivitetstillfälle", "Create activity session"),
    "action.transfer_from_inspera": ("Överför alla betyg", "Transfer all grades"),
    # Inspera's own role for the person who plans a test; it is not a Ladok authorisation
    "inspera.planner": ("Planner", "Planner"),  # Inspera's Swedish interface calls the role "Admin"
    "authorisation.report": ("Rapportera", "Report"),
    "authorisation.certify": ("Attestera", "Certify"),
    "authorisation.admin": ("Studieadministration", "Study administration"),
    "authorisation.inspera_planner": ("Rollen Planner i Inspera", "The Planner role in Inspera"),
    # roles
    "role.teacher": ("Lärare (resultatrapportör)", "Teacher (result reporter)"),
    "role.examiner": ("Examinator", "Examiner"),
    "role.study_admin": ("Studieadministratör", "Study administrator"),
    "role.student": ("Student", "Student"),
    "role.system": ("Ladok", "Ladok"),
    # the people in a role, as a sentence names them ("by routine the study administration does it")
    "team.study_admin": ("studieadministrationen", "the study administration"),
    "team.teacher": ("läraren", "the teacher"),
    "team.examiner": ("examinator", "the examiner"),
    "team.csn": ("CSN", "CSN"),
    "role.csn": ("CSN", "CSN"),
    # grading scales
    "scale.UG": ("Underkänd/Godkänd (U/G)", "Fail/Pass (U/G)"),
    "scale.UGVG": ("Underkänd/Godkänd/Väl godkänd (U/G/VG)", "Fail/Pass/Pass with distinction (U/G/VG)"),
    "scale.U345": ("Underkänd, 3, 4, 5 (U/3/4/5)", "Fail, 3, 4, 5 (U/3/4/5)"),
    "scale.AF": ("Sjugradig skala A–F (med Fx)", "Seven-point scale A–F (with Fx)"),
    # targets
    "target.COURSE": ("Kursbetyg", "Course grade"),
    # which rule governs a deadline
    "rule.working_days": ("Arbetsdagsregeln", "The working-day rule"),
    "rule.retake": ("Omtentamensregeln", "The re-take rule"),
    # steps between an exam and visible credits
    "step.submitted": ("Tentamen skrivs eller uppgiften lämnas in", "The exam is sat or the assignment submitted"),
    "step.grading": ("Rättning", "Grading"),
    "step.reporting": ("Rapportering och klarmarkering i Ladok", "Reporting and marking as ready in Ladok"),
    "step.certification": (
        "Attestering med digital signatur; resultatet syns i Ladok",
        "Certification with a digital signature; the result shows in Ladok",
    ),
    "step.csn": ("CSN kan se poängen", "CSN can see the credits"),
    # the same steps in a student's words
    "student_step.grading": ("Läraren rättar", "Your teacher grades your work"),
    "student_step.reporting": ("Läraren för in resultatet i Ladok", "Your teacher enters the result in Ladok"),
    "student_step.certification": (
        "Examinator fattar beslutet, och du ser resultatet i Ladok",
        "The examiner makes the decision, and you see the result in Ladok",
    ),
    "student_step.csn": ("CSN kan se poängen", "CSN can see the credits"),
    # sandbox interface words that stand beside the engine's facts
    "ui.grade": ("Betyg", "Grade"),
    "ui.exam_date": ("Examinationsdatum", "Examination date"),
    "ui.comment": ("Kommentar", "Comment"),
    "ui.graded_by": ("Rättande lärare", "Graded by teacher"),
    "ui.notify": ("Avisera till", "Notify"),
    "ui.student": ("Student", "Student"),
    "ui.module": ("Modul", "Module"),
    "ui.activity": ("Aktivitetstillfälle", "Activity session"),
    "ui.date": ("Datum", "Date"),
    "tool.structure": ("Kursens delar", "The course's parts"),
    "tool.part_hp": ("Poäng (hp)", "Credits (hp)"),
    "tool.csn_required": ("Antal hp som krävs", "Credits required"),
    "weekday.0": ("måndag", "Monday"),
    "weekday.1": ("tisdag", "Tuesday"),
    "weekday.2": ("onsdag", "Wednesday"),
    "weekday.3": ("torsdag", "Thursday"),
    "weekday.4": ("fredag", "Friday"),
    "weekday.5": ("lördag", "Saturday"),
    "weekday.6": ("söndag", "Sunday"),
    "moment.project": ("projektet", "the project"),
}

# Refusals: why, and what to do instead. Parameters come from the engine.
MESSAGES: dict[str, tuple[str, str]] = {
    "not_authorised": (
        "Som {role!w} kan du inte använda {action!b}. Det kan bara {allowed!W} göra.",
        "As {role!w} you cannot use {action!b}. Only {allowed!W} can.",
    ),
    "not_examiner_of_course": (
        "Du är inte examinator för {course}. Bara kursens examinator kan använda {action!b}.",
        "You are not the examiner of {course}. Only the course's examiner can use {action!b}.",
    ),
    "wrong_state": (
        "{action!b} går inte att använda på ett resultat med status {state!b}. {hint!m}",
        "{action!b} cannot be used on a result whose status is {state!b}. {hint!m}",
    ),
    "unknown_actor": (
        "Den personen finns inte i övningsmiljön. Välj en av rollerna i listan.",
        "That person is not in the sandbox. Choose one of the roles in the list.",
    ),
    "unknown_action": (
        "Den åtgärden finns inte. Välj en av knapparna i vyn.",
        "There is no such action. Choose one of the buttons in the view.",
    ),
    "unknown_target": (
        "Kurstillfället har ingen sådan modul. Välj en modul i listan eller kursbetyget.",
        "The course instance has no such module. Choose a module from the list, or the course grade.",
    ),
    "activity_on_module_only": (
        "Ett aktivitetstillfälle skapas under en modul, inte på betyg på hel kurs. Välj modulen där tentamen ingår.",
        "An activity session is created under a module, not on the course grade. Choose the module the exam "
        "belongs to.",
    ),
    "course_grade_must_pass": (
        "Betyg på hel kurs måste vara ett godkänt betyg, och {grade} är ett underkänt betyg. Ett underkänt "
        "resultat rapporteras på modulen, och kursbetyget rapporteras först när alla moduler är godkända.",
        "The course grade must be a passing grade, and {grade} is a fail. A failed result is reported on the "
        "module, and the course grade only once every module is passed.",
    ),
    "comment_too_long": (
        "Kommentaren får vara högst {most} tecken lång. Korta den och försök igen.",
        "The comment can be at most {most} characters long. Shorten it and try again.",
    ),
    "missing_param": (
        "Uppgiften {param} saknas. Fyll i den och försök igen.",
        "{param} is missing. Fill it in and try again.",
    ),
    "student_not_found": (
        "Ingen student med personnummer {pnr} finns i Ladok. Kontrollera numret eller kontakta studieadministrationen.",
        "No student with personal identity number {pnr} is in Ladok. Check the number or contact the study "
        "administration.",
    ),
    "registered_on_other_course": (
        "{name} är registrerad på {registered_course} ({registered_instance}), inte på {course}. Resultatet ska "
        "rapporteras där; kontakta studieadministrationen.",
        "{name} is registered on {registered_course} ({registered_instance}), not on {course}. The result must be "
        "reported there; contact the study administration.",
    ),
    "invalid_grade": (
        "Betyget {grade} finns inte på skalan {scale!w}. Välj ett av betygen {allowed}.",
        "The grade {grade} is not on the scale {scale!w}. Choose one of the grades {allowed}.",
    ),
    "invalid_date": (
        "{value} är inte ett datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-15.",
        "{value} is not a date. Write the date as YYYY-MM-DD, for example 2026-01-15.",
    ),
    "exam_date_in_future": (
        "Examinationsdatumet {exam_date} ligger efter i dag ({today}). Ange dagen då tentamen skrevs eller "
        "uppgiften skulle lämnas in.",
        "The examination date {exam_date} is after today ({today}). Enter the day the exam was sat or the "
        "assignment was due.",
    ),
    "invalid_points": (
        "Skrivningspoängen måste vara ett tal från 0 och uppåt, inte {value}.",
        "Examination points must be a number of 0 or more, not {value}.",
    ),
    "not_a_teacher": (
        "{name} kan inte anges som rättande lärare. Välj en lärare eller examinator på kursen.",
        "{name} cannot be named as the grading teacher. Choose a teacher or examiner on the course.",
    ),
    "notify_not_examiner": (
        "{name} är inte examinator för kursen. Avisera kursens examinator: {examiners}.",
        "{name} is not the course's examiner. Notify the course's examiner: {examiners}.",
    ),
    "already_passed": (
        "Studenten har redan ett attesterat godkänt resultat ({grade}) på {target}. För att ändra det måste det "
        "först tas bort: förbered borttag och låt examinator attestera borttaget.",
        "The student already has a certified pass ({grade}) on {target}. To change it, it must first be removed: "
        "prepare the removal and have the examiner certify it.",
    ),
    "date_not_after_previous": (
        "Ett nytt resultat måste ha ett senare examinationsdatum än det attesterade ({previous}).",
        "A new result must have a later examination date than the certified one ({previous}).",
    ),
    "modules_not_passed": (
        "Kursbetyg kan rapporteras först när alla moduler är godkända och attesterade. Saknas: {modules}.",
        "A course grade can be reported only when every module is passed and certified. Missing: {modules}.",
    ),
    "course_grade_must_be_removed_first": (
        "Studenten har ett attesterat betyg på hel kurs. Ta bort kursbetyget först; därefter kan modulresultatet "
        "tas bort.",
        "The student has a certified course grade. Remove the course grade first; then the module result can be "
        "removed.",
    ),
    "course_grade_is_automatic": (
        "Kursen har bara en modul, så kursbetyget sätts automatiskt när modulen attesteras.",
        "The course has a single module, so the course grade is set automatically when the module is certified.",
    ),
    "unknown_activity": (
        "Aktivitetstillfället finns inte. Skapa det först under modulen.",
        "The activity session does not exist. Create it under the module first.",
    ),
    "unknown_code": (
        "Anonymiseringskoden {code} hör inte till aktivitetstillfället. Inget överfördes; kontrollera listan.",
        "The anonymisation code {code} does not belong to the activity session. Nothing was transferred; check the "
        "list.",
    ),
    "no_students": (
        "Det finns inga registrerade studenter att anmäla till aktivitetstillfället.",
        "There are no registered students to sign up for the activity session.",
    ),
    "invalid_number": (
        "{param} måste vara ett tal från {minimum} till {maximum}, inte {value}.",
        "{param} must be a number from {minimum} to {maximum}, not {value}.",
    ),
    "date_outside_calendar": (
        "{value} ligger utanför kalendern som guiden känner till ({first} till {last}).",
        "{value} is outside the calendar this guide knows ({first} to {last}).",
    ),
    "exam_after_retake": (
        "Omtentamen ({retake}) måste ligga efter tentamen ({exam}).",
        "The re-take ({retake}) must come after the exam ({exam}).",
    ),
    "retake_too_close": (
        "Omtentamen {retake} ligger så nära tentamen att resultaten skulle behöva vara klara {limit}, före "
        "tentamen. Flytta omtentamen.",
        "The re-take on {retake} is so close to the exam that results would be due on {limit}, before the exam. "
        "Move the re-take.",
    ),
    "malformed_request": (
        "Begäran kunde inte läsas. Ladda om sidan och försök igen.",
        "The request could not be read. Reload the page and try again.",
    ),
    "request_too_large": (
        "Begäran är för stor ({size} tecken; högst {most}). Inget ändrades.",
        "The request is too large ({size} characters; at most {most}). Nothing was changed.",
    ),
    "internal_error": (
        "Något gick fel i guidens regler. Inget ändrades; ladda om sidan och försök igen.",
        "Something went wrong in the guide's rules. Nothing was changed; reload the page and try again.",
    ),
    "newer_state_version": (
        "Läget kommer från en nyare version av guiden än den här. Ladda om sidan för att hämta den nya versionen.",
        "The state comes from a newer version of the guide than this one. Reload the page to get the new version.",
    ),
    "malformed_state": (
        "Det sparade läget är skadat eller ändrat och kan inte öppnas. Ditt nuvarande arbete är orört.",
        "The saved state is damaged or altered and cannot be opened. Your current work is untouched.",
    ),
    "unsupported_state_version": (
        "Läget är sparat i format {found}, men guiden läser format {expected}. Börja om scenariot.",
        "The state was saved in format {found}, but the guide reads format {expected}. Start the scenario again.",
    ),
    "structure_empty": (
        "Kursen behöver minst en del med poäng och moment.",
        "The course needs at least one part with credits and assignments.",
    ),
    "part_without_moments": (
        "Delen {name} behöver minst ett moment.",
        "The part {name} needs at least one assignment.",
    ),
    "unknown_scenario": (
        "Scenariot {scenario} finns inte.",
        "There is no scenario {scenario}.",
    ),
    # --- pages (issue 33): facts the engine holds, written once for every page, tool and exercise ---
    "fact.csn_timing": (
        "{fewest}–{most} arbetsdagar efter attesteringen",
        "{fewest}–{most} working days after certification",
    ),
}

# What to do instead, when an action meets a result in the wrong state.
HINTS: dict[str, tuple[str, str]] = {
    "hint.none": (
        "Rapportera först ett resultat och spara det som utkast.",
        "First report a result and save it as a draft.",
    ),
    "hint.draft": ("Klarmarkera utkastet först.", "Mark the draft as ready first."),
    "hint.ready": (
        "Resultatet väntar på attestering. Ta bort klarmarkeringen om det behöver ändras.",
        "The result is waiting for certification. Remove the ready mark if it needs changing.",
    ),
    "hint.certified": (
        "Ett attesterat resultat ändras genom att det förbereds för borttag och examinator attesterar borttaget.",
        "A certified result is changed by preparing it for removal and having the examiner certify the removal.",
    ),
    "hint.prepared_for_removal": (
        "Resultatet väntar på att examinator attesterar borttaget.",
        "The result is waiting for the examiner to certify the removal.",
    ),
    "hint.removed": ("Resultatet är borttaget; rapportera ett nytt.", "The result is removed; report a new one."),
}

EVENTS: dict[str, tuple[str, str]] = {
    "saved_as_draft": (
        "{name}: {grade} på {target} sparat som utkast.",
        "{name}: {grade} on {target} saved as a draft.",
    ),
    "draft_updated": (
        "{name}: utkastet på {target} ändrat till {grade}.",
        "{name}: the draft on {target} changed to {grade}.",
    ),
    "marked_ready": (
        "{name}: {target} klarmarkerat, rättat av {graded_by}. {notify} har aviserats.",
        "{name}: {target} marked as ready, graded by {graded_by}. {notify} has been notified.",
    ),
    "certified": (
        "{name}: {grade} på {target} attesterat av {examiner}, med beslutsdatum {date}. Studenten ser nu resultatet.",
        "{name}: {grade} on {target} certified by {examiner}, with the decision date {date}. The student can now "
        "see the result.",
    ),
    "course_date_before_module": (
        "Observera: betyget på hel kurs har examinationsdatum {date}, före det senaste modulresultatets "
        "({latest}). Oftast används det senaste modulresultatets datum; ändra datumet om det inte var avsikten.",
        "Note: the course grade has the examination date {date}, before that of the latest module result "
        "({latest}). The latest module result's date is the usual one; change the date if that was not meant.",
    ),
    "certified_late": (
        "Attesterat {days:arbetsdag|arbetsdagar} efter sista dagen enligt den lokala regeln ({working_days} "
        "arbetsdagar efter examinationen). Resultatet gäller ändå.",
        "Certified {days:working day|working days} after the last day under the local rule ({working_days} working "
        "days after the examination). The result stands all the same.",
    ),
    "adjusted_before_certifying": (
        "Examinator ändrade {field} före attesteringen.",
        "The examiner changed {field} before certifying.",
    ),
    "unmarked": (
        "{name}: klarmarkeringen på {target} borttagen; resultatet är ett utkast igen.",
        "{name}: the ready mark on {target} removed; the result is a draft again.",
    ),
    "comment_saved": (
        "{name}: kommentaren på {target} sparad. Personalen ser den; studenten gör det inte.",
        "{name}: the comment on {target} saved. Staff see it; the student does not.",
    ),
    "draft_deleted": ("{name}: utkastet på {target} borttaget.", "{name}: the draft on {target} deleted."),
    "removed": (
        "{name}: resultatet {grade} på {target} är borttaget.",
        "{name}: the result {grade} on {target} is removed.",
    ),
    "prepared_for_removal": (
        "{name}: {grade} på {target} förberett för borttag. Examinator behöver attestera borttaget.",
        "{name}: {grade} on {target} prepared for removal. The examiner needs to certify the removal.",
    ),
    "course_grade_derived": (
        "{name}: kursbetyget {grade} sattes automatiskt, eftersom kursen har en enda modul.",
        "{name}: the course grade {grade} was set automatically, since the course has a single module.",
    ),
    "course_grade_possible": (
        "{name}: alla moduler är godkända. Kursbetyget kan nu rapporteras.",
        "{name}: every module is passed. The course grade can now be reported.",
    ),
    "activity_created": (
        "Aktivitetstillfälle {activity} skapat på {target} den {date}. Anmälda studenter: {count}.",
        "Activity session {activity} created on {target} for {date}. Students signed up: {count}.",
    ),
    "transferred": (
        "Överföring från Inspera: {created:nytt utkast|nya utkast}, {updated:utkast uppdaterat|utkast uppdaterade}. "
        "Orörda: {skipped_passed:student som redan har ett attesterat godkänt resultat|studenter som redan har ett "
        "attesterat godkänt resultat}, {skipped_working:student vars resultat redan är klarmarkerat eller "
        "rapporterat på annat sätt|studenter vars resultat redan är klarmarkerade eller rapporterade på annat sätt}.",
        "Transfer from Inspera: {created:new draft|new drafts}, {updated:draft updated|drafts updated}. Left alone: "
        "{skipped_passed:student who already has a certified pass|students who already have a certified pass}, "
        "{skipped_working:student whose result is already marked as ready or reported otherwise|students whose "
        "results are already marked as ready or reported otherwise}.",
    ),
}

# The glossary: Ladok's terms in both languages, with a short explanation in each.
GLOSSARY: dict[str, tuple[str, str, str, str]] = {
    # key: (Swedish term, English term, Swedish explanation, English explanation)
    "rapportera": (
        "Rapportera",
        "Report results",
        "Föra in betyg, examinationsdatum och eventuell resultatnotering i Ladok.",
        "Entering grade, examination date and any results annotation in Ladok.",
    ),
    "utkast": (
        "Utkast",
        "Draft",
        "Ett sparat men inte klarmarkerat resultat. Syns inte för studenten.",
        "A saved result that is not yet marked as ready. The student cannot see it.",
    ),
    "klarmarkera": (
        "Klarmarkera",
        "Mark as ready",
        "Skicka resultatet vidare till examinator för attestering.",
        "Send the result on to the examiner for certification.",
    ),
    "attestera": (
        "Attestera",
        "Certify",
        "Examinators formella beslut om betyget, med digital signatur.",
        "The examiner's formal decision on the grade, with a digital signature.",
    ),
    "examinator": (
        "Examinator",
        "Examiner",
        "Den lärare som beslutar om betyg på kursen. Attesterar resultat och tar bort resultat.",
        "The teacher who decides grades on the course. Certifies results and removes results.",
    ),
    "resultatrapportor": (
        "Lärare (resultatrapportör)",
        "Teacher (result reporter)",
        "En lärare med behörighet att rapportera: för in och klarmarkerar resultat, men attesterar inte.",
        "A teacher authorised to report: enters results and marks them as ready, but does not certify.",
    ),
    "studieadministrator": (
        "Studieadministratör",
        "Study administrator",
        "Personal som skapar aktivitetstillfällen, för över resultat från Inspera, klarmarkerar och förbereder "
        "borttag.",
        "Staff who create activity sessions, transfer results from Inspera, mark results as ready and prepare "
        "removals.",
    ),
    "student": (
        "Student",
        "Student",
        "Ser sina attesterade resultat i Ladok via studentportalen, aldrig utkast eller kommentarer.",
        "Sees their certified results in Ladok through the student portal, never drafts or comments.",
    ),
    "betyg_pa_hel_kurs": (
        "Betyg på hel kurs",
        "Course grade",
        "Kursens slutbetyg. Rapporteras när alla moduler är godkända och är alltid ett godkänt betyg.",
        "The final grade on the course. Reported once every module is passed, and always a passing grade.",
    ),
    "examinationsdatum": (
        "Examinationsdatum",
        "Examination date",
        "Dagen då studenten presterade: tentamen, inlämningen eller sista inlämningsdag. Avgör när poängen togs.",
        "The day the student performed: the exam, the hand-in or its last date. It decides when credits were earned.",
    ),
    "beslutsdatum": (
        "Beslutsdatum",
        "Decision date",
        "Dagen då examinator attesterade resultatet: då blev det ett beslut och syns för studenten.",
        "The day the examiner certified the result: it became a decision and shows to the student.",
    ),
    "kommentar": (
        "Kommentar",
        "Comment",
        "En anteckning på ett utkast eller klarmarkerat resultat, till exempel varför en klarmarkering togs bort. "
        "Bara personal ser den.",
        "A note on a draft or a result marked as ready, for example why a ready mark was removed. Only staff see it.",
    ),
    "resultatnotering": (
        "Resultatnotering",
        "Results annotation",
        "En uppgift bredvid betyget, till exempel skrivningspoäng; kan visas för studenten.",
        "A note beside the grade, such as examination points; may be shown to the student.",
    ),
    "skrivningspoang": (
        "Skrivningspoäng",
        "Examination points",
        "Poängen på en tentamen, rapporterad som resultatnotering.",
        "The score on an exam, reported as a results annotation.",
    ),
    "kurstillfalle": (
        "Kurstillfälle",
        "Course instance",
        "En viss omgång av en kurs, med egen start och egna registrerade studenter.",
        "One run of a course, with its own start and its own registered students.",
    ),
    "modul": (
        "Modul",
        "Module",
        "En del av kursen med egna högskolepoäng och egen betygsskala.",
        "A part of the course with its own credits and grading scale.",
    ),
    "aktivitetstillfalle": (
        "Aktivitetstillfälle",
        "Activity session",
        "Ett tillfälle för en examination, till exempel en digital tentamen i Inspera.",
        "One occasion of an examination, such as a digital exam in Inspera.",
    ),
    "anonymiseringskod": (
        "Anonymiseringskod",
        "Anonymisation code",
        "Koden som ersätter studentens namn vid en anonym tentamen.",
        "The code that stands in for the student's name in an anonymous exam.",
    ),
    "forbered_borttag": (
        "Förbered borttag",
        "Prepare removal",
        "Markera ett attesterat resultat för borttag; examinator attesterar sedan borttaget.",
        "Flag a certified result for removal; the examiner then certifies the removal.",
    ),
    "ovriga_funktioner": (
        "Övriga funktioner",
        "More functions",
        "Menyn där borttag av resultat finns.",
        "The menu where removal of results is found.",
    ),
    "avisera": (
        "Avisera",
        "Notify",
        "Meddela examinator att resultat väntar på attestering.",
        "Tell the examiner that results are waiting for certification.",
    ),
    "behorighet": (
        "Behörighet",
        "Authorisation",
        "Rätten att rapportera eller attestera, som söks separat från rättigheterna i Ladok.",
        "The right to report or certify, applied for separately from the rights in Ladok.",
    ),
    "hp": (
        "Högskolepoäng (hp)",
        "Credits (hp)",
        "Måttet på en kurs omfattning; 1,5 hp motsvarar en veckas heltidsstudier.",
        "The measure of a course's size; 1.5 credits is one week of full-time study.",
    ),
}


# Where the glossary explains each role the engine knows (a test keeps the two in step).
ROLE_GLOSSARY: dict[str, str] = {
    "teacher": "resultatrapportor",
    "examiner": "examinator",
    "study_admin": "studieadministrator",
    "student": "student",
}


class _LabelFormatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "l":
            return label(str(value), self.lang)
        if conversion == "b":
            return quoted(label(str(value), self.lang), self.lang)
        if conversion == "w":
            return in_sentence(label(str(value), self.lang))
        if conversion == "W":
            return people(list(value), self.lang)
        if conversion == "m":
            return message(str(value), {}, self.lang)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        """`{n:result|results}` writes the count with the word in the number it agrees with."""
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return f"{value} {one if str(value) == '1' else many}"
        return super().format_field(value, format_spec)


def people(roles: list[str], lang: str) -> str:
    """Roles as the people who hold them, inside a sentence, as a choice: "examinator eller studieadministratör",
    "the examiner or the study administrator"."""
    names = [in_sentence(label(str(r), lang)) for r in roles]
    if lang == "en":
        names = [f"the {n}" for n in names]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + (" eller " if lang == "sv" else " or ") + names[-1]


def quoted(text: str, lang: str) -> str:
    """A button or field name inside a sentence, quoted as each language quotes."""
    return f"”{text}”" if lang == "sv" else f"“{text}”"


def in_sentence(text: str) -> str:
    """A label inside running text: a small first letter, unless the label starts with a name such as CSN."""
    first = text.split(" ", 1)[0]
    if first.isupper() or first in PROPER_NAMES:
        return text
    words, paren, note = text.partition(" (")  # "Underkänd/Godkänd/Väl godkänd (U/G/VG)": each choice, small
    return "/".join(part[:1].lower() + part[1:] for part in words.split("/")) + paren + note


def field_name(key: str) -> dict[str, str]:
    """A field's label in both languages, quoted, as a refusal's parameter."""
    sv, en = LABELS[key]
    return {"sv": quoted(sv, "sv"), "en": quoted(en, "en")}


PROPER_NAMES = frozenset({"Ladok", "Inspera", "CSN"})


def _pick(pair: tuple[str, ...], lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}")
    return pair[LANGS.index(lang)]


def label(key: str, lang: str) -> str:
    """Ladok's term for a state, action, role or other label key, in one language."""
    return _pick(LABELS[key], lang)


def message(key: str, params: Mapping[str, Any], lang: str) -> str:
    """A refusal, hint or event as a sentence in one language."""
    local = {k: (v[lang] if isinstance(v, dict) and lang in v else v) for k, v in params.items()}
    for table in (MESSAGES, EVENTS, HINTS):
        if key in table:
            return render(_pick(table[key], lang), local, lang)
    raise KeyError(key)


def render(template: str, params: Mapping[str, Any], lang: str) -> str:
    """Any template written in the catalog's way (`{name!l}`, `!b`, `!w`, `!W`), in one language: for texts kept
    outside the engine (the pages', the sandbox's and the self-check's, in `guide_site.texts`)."""
    local = {k: (v[lang] if isinstance(v, dict) and lang in v else v) for k, v in params.items()}
    return _LabelFormatter(lang).format(template, **local).strip()


def _merge_concerns() -> None:
    """Fold the texts kept by concern (`guide_engine/texts_*.py`) into the tables; a key defined twice is a bug.

    The engine keeps only the texts it produces (events, refusals, Ladok's terms, rule sentences, the sandbox
    tasks' goals); the pages', the browser's and the self-check's are in `guide_site.texts`."""
    from . import diagnosis_texts, texts_goals, texts_routes

    for module in (texts_goals, diagnosis_texts, texts_routes):
        for table, extra in ((LABELS, module.LABELS), (MESSAGES, module.MESSAGES)):
            twice = sorted(set(table) & set(extra))
            if twice:
                raise ValueError(f"texts defined twice: {twice}")
            table.update(extra)


def all_templates() -> dict[str, tuple[str, ...]]:
    """Every bilingual entry, for the completeness test."""
    out: dict[str, tuple[str, ...]] = {}
    for table in (LABELS, MESSAGES, HINTS, EVENTS):
        out.update(table)
    out.update({f"glossary.{k}": v for k, v in GLOSSARY.items()})
    return out


# What a search by personal identity number found.
MESSAGES.update(
    {
        "found.registered": (
            "{name} ({pnr}) är registrerad på {course_code} {instance} och finns i listan.",
            "{name} ({pnr}) is registered on {course_code} {instance} and is in the list.",
        ),
        "found.earlier_instance": (
            "{name} ({pnr}) är registrerad på ett tidigare kurstillfälle, {course_code} {instance}, och syns därför "
            "inte i listan för {course} {current}. Här räknas en registrering på ett tidigare kurstillfälle: {name} "
            "står nu i listan under ”Rapportera” för {course} {current}, och där rapporterar du resultatet.",
            "{name} ({pnr}) is registered on an earlier course instance, {course_code} {instance}, and so is not in "
            "the list for {course} {current}. Here a registration on an earlier instance counts: {name} now stands "
            "in the list under “Report results” for {course} {current}, where you report the result.",
        ),
        "found.earlier_instance_resit": (
            "{name} ({pnr}) är registrerad på ett tidigare kurstillfälle, {course_code} {instance}, men inte på "
            "{course} {current}. Här behöver en student som gör omtentamen vara omregistrerad på kurstillfället för "
            "terminen innan resultatet kan rapporteras. Omregistreringen görs av {registrar!l}.",
            "{name} ({pnr}) is registered on an earlier course instance, {course_code} {instance}, but not on "
            "{course} {current}. Here a student re-sitting must be re-registered on the course instance for the "
            "term before the result can be reported. The re-registration is done by {registrar!l}.",
        ),
        "found.not_registered": (
            "{name} ({pnr}) är antagen till {course_code} {instance} men inte registrerad, och syns därför inte i "
            "listan. Inget resultat kan rapporteras förrän studenten är registrerad. Registreringen görs av "
            "{registrar!l}.",
            "{name} ({pnr}) is admitted to {course_code} {instance} but not registered, and so is not in the list. No "
            "result can be reported until the student is registered. Registration is done by {registrar!l}.",
        ),
        "found.other_course": (
            "{name} ({pnr}) är registrerad på en annan kurskod, {course_code} {instance}. Resultatet rapporteras "
            "där; kontakta studieadministrationen.",
            "{name} ({pnr}) is registered on another course code, {course_code} {instance}. The result is reported "
            "there; contact the study administration.",
        ),
        "found.not_found": (
            "Ingen student med personnummer {pnr} hittades. Kontrollera numret eller kontakta studieadministrationen.",
            "No student with personal identity number {pnr} was found. Check the number or contact the study "
            "administration.",
        ),
    }
)

_merge_concerns()
