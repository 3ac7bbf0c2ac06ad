"""The sandbox tasks and their goals, as the engine states and checks them (`goals.py`, `goals_tasks.py`): key ->
(Swedish, English), merged into the catalog by `catalog._merge_concerns`. The self-check's own page texts are in
`guide_site.texts`."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {}

MESSAGES: dict[str, tuple[str, str]] = {
    # sandbox tasks: what to do; the goal is an end state, reached any way the reader likes
    "task.vg_written": (
        "Se till att {name} har betyget VG på {module}, attesterat, med examinationsdatum {date}. Byt roll när "
        "det behövs.",
        "Make sure that {name} has the grade VG on {module}, certified, with the examination date {date}. Switch "
        "roles when needed.",
    ),
    "task.blank_and_nothing": (
        "Den skriftliga tentamen skrevs {date}. {bruno} lämnade in ett tomt papper, med bara försättsbladet "
        "ifyllt, och {cora} lämnade inte in något alls. Rapportera det som ska rapporteras, klarmarkera och "
        "avisera examinator.",
        "The written exam was held on {date}. {bruno} handed in a blank paper, with only the cover sheet filled "
        "in, and {cora} handed in nothing at all. Report what is to be reported, mark it as ready and notify the "
        "examiner.",
    ),
    "task.retake_pass": (
        "{name} fick U på {module} {first}, och resultatet är attesterat. På omtentamen {date} fick {name} G. Se "
        "till att G blir attesterat med omtentamens datum. Det underkända resultatet ska stå kvar.",
        "{name} got U on {module} on {first}, and the result is certified. At the re-take on {date}, {name} got "
        "G. Make sure that G is certified with the re-take's date. The failed result is to stay as it is.",
    ),
    "task.course_grade": (
        "{name} har attesterade godkända resultat på båda modulerna, och examinator har bestämt betyget VG på hel "
        "kurs. Rapportera kursbetyget med examinationsdatum från den modul som blev klar sist, och se till att det "
        "blir attesterat.",
        "{name} has certified passes on both modules, and the examiner has decided on VG for the whole course. "
        "Report the course grade with the examination date of the module finished last, and make sure it is "
        "certified.",
    ),
    "task.change_under_course": (
        "{name} fick G på {module} men ska ha VG. Betyget på hel kurs är redan attesterat. Ändra betyget på "
        "{module} till VG och se till att kursbetyget VG är attesterat igen.",
        "{name} got G on {module} but should have VG. The grade on the whole course is already certified. Change "
        "the grade on {module} to VG and make sure the course grade VG is certified again.",
    ),
    "task.adjust_before_certify": (
        "Resultatet för {name} på {module} väntar på din attestering, klarmarkerat med G. När du går igenom "
        "tentamen ser du att poängen är felsummerade: de ger VG. Se till att VG blir attesterat, med tentamens "
        "datum {date}.",
        "The result of {name} on {module} waits for your certification, marked as ready with G. Going through the "
        "exam you see that the points were added up wrong: they give VG. Make sure that VG is certified, with the "
        "exam's date {date}.",
    ),
    "task.correct_certified": (
        "{name} fick VG på {module} ({date}), och beslutet är attesterat. Poängen visar sig vara felsummerade: de "
        "ger G. Ett sådant uppenbart fel får examinator rätta, också till ett lägre betyg. Rätta beslutet så att "
        "G står attesterat med samma examinationsdatum.",
        "{name} got VG on {module} ({date}), and the decision is certified. The points turn out to have been "
        "added up wrong: they give G. An obvious error like this the examiner may correct, to a lower grade too. "
        "Correct the decision so that G stands certified with the same examination date.",
    ),
    "task.find_code": (
        "Resultaten för {module} är överförda från Inspera och klarmarkerade. Som examinator: attestera resultatet "
        "för {name} och skriv sedan in anonymiseringskoden för {name} nedan.",
        "The results for {module} have been transferred from Inspera and marked as ready. As the examiner: "
        "certify the result of {name}, then enter the anonymisation code of {name} below.",
    ),
    "task.inspera_transfer": (
        "Bedömningen av {module} är bekräftad i Inspera, med betygen {grades}. Som studieadministratör: för över "
        "resultaten till Ladok, kontrollera dem och klarmarkera dem med examinator aviserad.",
        "The grading of {module} is confirmed in Inspera, with the grades {grades}. As the study administrator: "
        "transfer the results to Ladok, check them and mark them as ready with the examiner notified.",
    ),
    "task.reconsider_raise": (
        "Efter en begäran om omprövning har examinator beslutat att {name} ska ha VG i stället för G på {module}. "
        "Som studieadministratör förbereder du ändringen i Ladok. Se till att G är borttaget och att VG blir "
        "attesterat med det ursprungliga examinationsdatumet {date}.",
        "After a request for reconsideration the examiner has decided that {name} is to have VG instead of G on "
        "{module}. As the study administrator you prepare the change in Ladok. Make sure that G is removed and "
        "that VG is certified with the original examination date {date}.",
    ),
    "task.missing_student": (
        "{eli} ({eli_pnr}) och {frej} ({frej_pnr}) saknas i listan för {module}. Båda blev godkända på uppgiften "
        "{date}. Rapportera G för den vars resultat hör hemma på den här kursen, klarmarkera och avisera "
        "examinator. Den andras resultat hör hemma någon annanstans.",
        "{eli} ({eli_pnr}) and {frej} ({frej_pnr}) are missing from the list for {module}. Both passed the "
        "assignment on {date}. Report G for the one whose result belongs on this course, mark it as ready and "
        "notify the examiner. The other's result belongs elsewhere.",
    ),
    # the parts of a goal, as the check names them
    "goal.certified": ("{grade} på {module} för {name} är attesterat", "{grade} on {module} for {name} is certified"),
    "goal.certified_dated": (
        "{grade} på {module} för {name} är attesterat med examinationsdatum {date}",
        "{grade} on {module} for {name} is certified with the examination date {date}",
    ),
    "goal.certified_any": (
        "resultatet för {name} på {module} är attesterat",
        "the result of {name} on {module} is certified",
    ),
    "goal.still_certified": (
        "det attesterade {grade} från {date} för {name} på {module} står kvar",
        "the certified {grade} of {date} for {name} on {module} still stands",
    ),
    "goal.ready": (
        "{grade} på {module} för {name} är klarmarkerat och examinator aviserad",
        "{grade} on {module} for {name} is marked as ready and the examiner notified",
    ),
    "goal.ready_dated": (
        "{grade} på {module} för {name} är klarmarkerat med examinationsdatum {date} och examinator aviserad",
        "{grade} on {module} for {name} is marked as ready with the examination date {date} and the examiner notified",
    ),
    "goal.removed": (
        "det attesterade {grade} på {module} för {name} är borttaget",
        "the certified {grade} on {module} for {name} is removed",
    ),
    "goal.nothing": (
        "inget resultat är rapporterat för {name} på {module}",
        "no result is reported for {name} on {module}",
    ),
    "goal.code": (
        "rätt anonymiseringskod för {name} är inskriven",
        "the right anonymisation code for {name} is entered",
    ),
    # what stands instead, when a part is not met
    "goal.now": (
        "nu: {grade}, {state!w}, examinationsdatum {date}",
        "now: {grade}, {state!w}, examination date {date}",
    ),
    "goal.now_nothing": ("nu: inget resultat", "now: no result"),
    "goal.now_no_code": ("ingen kod är inskriven", "no code is entered"),
    "goal.now_wrong_code": ("koden {code} är inte rätt", "the code {code} is not the right one"),
    # --- the other routes into Ladok: the learning platform's transfer, registration ---------------------------
    "task.lms_draft_ready": (
        "Betygen på {module} står i lärplattformens betygsbok, och institutionen för över dem till Ladok som utkast. "
        "För över dem med examinationsdatum {date} och se till att resultaten för {name} och {bruno} är "
        "klarmarkerade och examinator aviserad.",
        "The grades on {module} are in the learning platform's gradebook, and the department transfers them to "
        "Ladok as drafts. Transfer them with the examination date {date} and make sure the results of {name} and "
        "{bruno} are marked as ready and the examiner notified.",
    ),
    "task.certify_lms_ready": (
        "Läraren har fört över betygen på {module} från lärplattformen. De kom till Ladok klarmarkerade av "
        "integrationsanvändaren. Se till att resultaten för {name} och {bruno} blir attesterade.",
        "The teacher has transferred the grades on {module} from the learning platform. They arrived in Ladok marked "
        "as ready by the integration user. Make sure the results of {name} and {bruno} are certified.",
    ),
    "task.skipped_ready_by_hand": (
        "Överföringen från lärplattformen hoppade över {bruno}, vars resultat på {module} redan var klarmarkerat "
        "med G. Efter en omrättning står det VG i lärplattformen. Ändra resultatet i Ladok så att VG står "
        "klarmarkerat med examinator aviserad. Det attesterade resultatet för {alva} ska stå kvar.",
        "The transfer from the learning platform skipped {bruno}, whose result on {module} was already marked as "
        "ready with G. After a re-marking the learning platform says VG. Change the result in Ladok so that VG "
        "stands marked as ready with the examiner notified. The certified result of {alva} is to stay as it is.",
    ),
    "task.register_then_report": (
        "Lärarens lista för {module} saknar {gry}, som skrev tentamen {date} men aldrig registrerade sig, och "
        "{eli}, som gjorde omtentamen samma dag och registrerades på ett tidigare kurstillfälle. Här räknas inte den "
        "registreringen vid en omtentamen. Se till att båda blir registrerade och att G för båda är rapporterat, "
        "klarmarkerat och examinator aviserad.",
        "The teacher's list for {module} lacks {gry}, who sat the exam on {date} but never registered, and {eli}, "
        "who took the re-sit the same day and was registered on an earlier instance. Here that registration does "
        "not count for a re-sit. Make sure both are registered and that G for both is reported, marked as ready and "
        "the examiner notified.",
    ),
    "goal.registered": (
        "{name} är registrerad på kurstillfället",
        "{name} is registered on the course instance",
    ),
    "goal.now_not_registered": ("nu: inte registrerad på kurstillfället", "now: not registered on the course instance"),
}
