"""The sandbox's words for the other routes into Ladok: the learning platform's gradebook with its Transfer to Ladok
(`docs/assets/sandbox-lms.js`) and registration on the course instance (`docs/assets/sandbox-registration.js`).

Key -> (Swedish, English), in Canvas's and Ladok's own terms (Betygsbok / Gradebook, Överför till Ladok / Transfer to
Ladok, Registrering, Omregistrering). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    # --- the learning platform ---------------------------------------------------------------------------------
    "ui.tab_lms": ("Lärplattform", "Learning platform"),
    "ui.lms_title": ("Lärplattformen: betygsboken", "The learning platform: the gradebook"),
    "ui.lms_route_none": (
        "Institutionen för inte över resultat härifrån till Ladok: de rapporteras i Ladok.",
        "The department does not transfer results from here to Ladok: they are reported in Ladok.",
    ),
    "ui.lms_route_draft": (
        "Här kommer överförda resultat till Ladok som utkast: i Ladok klarmarkerar du dem och aviserar examinator.",
        "Here transferred results arrive in Ladok as drafts: in Ladok you mark them as ready and notify the examiner.",
    ),
    "ui.lms_route_ready": (
        "Här kommer överförda resultat till Ladok klarmarkerade, av integrationsanvändaren, och du får e-post om hur "
        "det gick. Examinator attesterar.",
        "Here transferred results arrive in Ladok marked as ready, by the integration user, and you get an e-mail "
        "saying how it went. The examiner certifies.",
    ),
    "ui.lms_points_move": (
        "Poängen kan följa med som resultatnotering.",
        "The points can go along as a results annotation.",
    ),
    "ui.lms_points_stay": ("Poäng följer inte med till Ladok.", "Points do not go along to Ladok."),
    "ui.lms_column_info": ("{scheme}. Rättad av {grader}.", "{scheme}. Graded by {grader}."),
    "ui.lms_linked": ("Kopplad till modulen {module} i Ladok.", "Linked to the module {module} in Ladok."),
    "ui.lms_not_posted": ("Betygen är inte publicerade.", "The grades are not posted."),
    "ui.scheme_points": ("Poäng, inga bokstavsomdömen", "Points, no letter grades"),
    "ui.lms_grade": ("Betyg i betygsboken", "Grade in the gradebook"),
    "ui.lms_points": ("Poäng", "Points"),
    "ui.lms_in_ladok": ("I Ladok", "In Ladok"),
    "ui.lms_graded_by": ("rättat av {names}", "graded by {names}"),
    "ui.lms_marked_by": ("klarmarkerat av {name}", "marked as ready by {name}"),
    "ui.lms_form": ("Överför en kolumn till Ladok", "Transfer a column to Ladok"),
    "ui.lms_column": ("Kolumn i betygsboken", "Gradebook column"),
    "ui.lms_module": ("Modul i Ladok", "Module in Ladok"),
    "ui.lms_with_points": ("Ta med poängen som resultatnotering", "Include the points as a results annotation"),
    # --- registration ------------------------------------------------------------------------------------------
    "ui.tab_registration": ("Registrering", "Registration"),
    "ui.registration_title": ("Registrering på {course} {instance}", "Registration on {course} {instance}"),
    "ui.registration_terms": ("Kurstillfället går över: {terms}.", "The course instance runs over: {terms}."),
    "ui.registration_status": ("Läge", "Standing"),
    "ui.registration_made": ("Registreringar", "Registrations"),
    "ui.registration_registered": ("Registrerad på kurstillfället", "Registered on the course instance"),
    "ui.registration_admitted": ("Antagen, inte registrerad", "Admitted, not registered"),
    "ui.registration_earlier": (
        "Registrerad på ett tidigare kurstillfälle",
        "Registered on an earlier course instance",
    ),
    "ui.registration_entry": ("{kind}: {instance}, termin {term}", "{kind}: {instance}, term {term}"),
    "ui.registration_none": ("Ingen registrering", "No registration"),
    # --- the practice pages: the department's own settings, said beside the exercise (ladok:setting) ------------
    "doc.lms_route.none": (
        "På din institution förs resultat inte över från lärplattformen till Ladok; de rapporteras i Ladok. "
        "Övningen visar hur det går till där vägen används.",
        "At your department results are not transferred from the learning platform to Ladok; they are reported in "
        "Ladok. The exercise shows how it goes where the route is used.",
    ),
    "doc.lms_route.draft": (
        "På din institution kommer resultat från lärplattformen till Ladok som utkast, som i övningen med KTH:s "
        "verktyg.",
        "At your department results from the learning platform arrive in Ladok as drafts, as in the exercise with "
        "KTH's tool.",
    ),
    "doc.lms_route.ready": (
        "På din institution kommer resultat från lärplattformen till Ladok klarmarkerade, som i övningen med Sunets "
        "tjänst.",
        "At your department results from the learning platform arrive in Ladok marked as ready, as in the exercise "
        "with Sunet's service.",
    ),
    "doc.resit.needs": (
        "På din institution behöver en student som gör omtentamen vara registrerad på kurstillfället för terminen, "
        "som i övningen.",
        "At your department a student re-sitting must be registered on the course instance for the term, as in the "
        "exercise.",
    ),
    "doc.resit.counts": (
        "På din institution räcker en registrering på ett tidigare kurstillfälle för en omtentamen, som i övningen "
        "Studenten som saknas i listan; här visar övningen institutioner där den inte gör det.",
        "At your department a registration on an earlier instance is enough for a re-sit, as in the exercise The "
        "student missing from the list; this exercise shows departments where it is not.",
    ),
    # --- the self-check's tasks on these routes (guide_engine/goals_tasks.py) -----------------------------------
    "selfcheck.task_title.lms_draft_ready": (
        "Från lärplattformen som utkast, sedan klarmarkerat",
        "From the learning platform as drafts, then marked as ready",
    ),
    "selfcheck.task_title.certify_lms_ready": (
        "Attestera det som kom klarmarkerat",
        "Certify what arrived marked as ready",
    ),
    "selfcheck.task_title.skipped_ready_by_hand": (
        "En student som överföringen hoppade över",
        "A student the transfer skipped",
    ),
    "selfcheck.task_title.register_then_report": (
        "Registrera, sedan rapportera",
        "Register, then report",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {}
