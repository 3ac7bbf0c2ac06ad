"""The self-check's questions: stems and feedback on the result's workflow (who may do what, scenes played in
the engine, certifying, correcting, blank papers, notifying).

Key -> (Swedish, English). Folded into `guide_site.texts`; a key defined twice stops the build."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {}

MESSAGES: dict[str, tuple[str, str]] = {
    # questions
    "selfcheck.q.who_set": (
        "Vem får använda {button} i Ladok, när resultatet är i rätt läge för det?",
        "Who may use {button} in Ladok, when the result is in the right state for it?",
    ),
    "selfcheck.x.who": (
        "Ladok låter {allowed} använda {button}. Ladok svarar: {engine}",
        "Ladok lets {allowed} use {button}. Ladok answers: {engine}",
    ),
    "selfcheck.q.next": (
        "Ett resultat har status {before}. Vilken status får det när {role} väljer {button}?",
        "A result has the status {before}. Which status does it get when {role} chooses {button}?",
    ),
    "selfcheck.x.next": ("Status blir {after}. Ladok svarar: {engine}", "The status becomes {after}. Ladok: {engine}"),
    "selfcheck.q.visible": (
        "Läraren sparar ett resultat, klarmarkerar det och examinator attesterar. Efter vilket steg ser studenten "
        "resultatet i Ladok?",
        "The teacher saves a result, marks it as ready and the examiner certifies it. After which step does the "
        "student see the result in Ladok?",
    ),
    "selfcheck.x.visible": (
        "Efter {button}. Före det ser studenten inget av resultatet, inte heller ett utkast.",
        "After {button}. Before that the student sees nothing of the result, not even a draft.",
    ),
    "selfcheck.q.change": (
        "{name} har attesterade resultat på {module} och på hel kurs. Betyget på {module} ska ändras. {done}. "
        "Vilket är nästa steg?",
        "{name} has certified results on {module} and on the whole course. The grade on {module} is to be "
        "changed. {done}. Which is the next step?",
    ),
    "selfcheck.x.change": (
        "{choice}. Ladok svarar: {engine} (Väljer du i stället {other} säger Ladok nej: {refusal})",
        "{choice}. Ladok answers: {engine} (Choose {other} instead and Ladok says no: {refusal})",
    ),
    "selfcheck.change.nothing": ("Inget steg är gjort än", "No step has been taken yet"),
    "selfcheck.change.done": ("Gjort hittills: {steps}", "Done so far: {steps}"),
    "selfcheck.q.anonymous": (
        "Resultaten från en anonym tentamen är överförda från Inspera men inte attesterade. Ser {team} "
        "studenternas namn bredvid anonymiseringskoderna?",
        "The results of an anonymous exam have been transferred from Inspera but not certified. Does {team} see "
        "the students' names beside the anonymisation codes?",
    ),
    "selfcheck.q.anonymous_after": (
        "Resultaten från en anonym tentamen är överförda från Inspera, och examinator har attesterat resultatet "
        "för {name}. Ser {team} nu namnet {name} bredvid koden?",
        "The results of an anonymous exam have been transferred from Inspera, and the examiner has certified the "
        "result of {name}. Does {team} now see the name {name} beside the code?",
    ),
    "selfcheck.x.anonymous_yes": (
        "I den vyn står namnet bredvid koden {code}.",
        "That view shows the name beside the code {code}.",
    ),
    "selfcheck.x.anonymous_no": (
        "I den vyn står bara koden {code}, tills resultatet är attesterat.",
        "That view shows only the code {code}, until the result is certified.",
    ),
    "selfcheck.q.exam_date": (
        "{name} skrev tentamen {exam}. Läraren rapporterade resultatet {reported} och examinator attesterade det "
        "{decided}. Vilket datum står som examinationsdatum, den dag då poängen räknas som tagna?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. Which date is the examination date, the day the credits count as earned?",
    ),
    "selfcheck.x.exam_date": (
        "{value}, dagen för examinationen. Beslutsdatumet blir {decided}, den dag examinator attesterade.",
        "{value}, the day of the examination. The decision date becomes {decided}, the day the examiner certified.",
    ),
    "selfcheck.q.visible_from": (
        "{name} skrev tentamen {exam}. Läraren rapporterade resultatet {reported} och examinator attesterade det "
        "{decided}. Från vilket datum ser {name} resultatet i Ladok?",
        "{name} sat the exam on {exam}. The teacher reported the result on {reported} and the examiner certified "
        "it on {decided}. From which date does {name} see the result in Ladok?",
    ),
    "selfcheck.x.visible_from": (
        "{value}, beslutsdatumet: då blev resultatet ett formellt beslut. Examinationsdatumet {exam} står kvar "
        "som dagen då poängen togs.",
        "{value}, the decision date: the result became a formal decision then. The examination date {exam} stays "
        "as the day the credits were earned.",
    ),
    "selfcheck.q.course_date": (
        "{name} har attesterade resultat på {first} ({first_date}) och {second} ({second_date}). Läraren "
        "rapporterar betyget på hel kurs {today} utan att ange datum. Vilket examinationsdatum får kursbetyget?",
        "{name} has certified results on {first} ({first_date}) and {second} ({second_date}). The teacher reports "
        "the grade on the whole course on {today} without giving a date. Which examination date does it get?",
    ),
    "selfcheck.x.course_date": (
        "{value}: den senaste modulens examinationsdatum.",
        "{value}: the examination date of the latest module.",
    ),
    "selfcheck.q.course_fail": (
        "{name} har godkänt på alla moduler. Får betyget {grade} rapporteras som betyg på hel kurs?",
        "{name} has passed every module. May the grade {grade} be reported as the grade on the whole course?",
    ),
    "selfcheck.q.module_fail": (
        "Får betyget {grade} rapporteras på en modul, {module}?",
        "May the grade {grade} be reported on a module, {module}?",
    ),
    "selfcheck.q.same_date": (
        "{name} fick {grade} på {module} {exam}, och resultatet är attesterat. Får ett nytt resultat rapporteras "
        "med examinationsdatum {new}?",
        "{name} got {grade} on {module} on {exam}, and the result is certified. May a new result be reported with "
        "the examination date {new}?",
    ),
    "selfcheck.x.may": ("Ladok svarar: {engine}", "Ladok answers: {engine}"),
    "selfcheck.q.deadline": (
        "Tentamen skrivs {exam}. Vilken är sista dag för resultaten?",
        "The exam is held on {exam}. Which is the last day for the results?",
    ),
    "selfcheck.q.deadline_retake": (
        "Tentamen skrivs {exam} och omtentamen {retake}. Vilken är sista dag för resultaten?",
        "The exam is held on {exam} and the re-take on {retake}. Which is the last day for the results?",
    ),
    "selfcheck.x.deadline": (
        "{value}: {days} arbetsdagar efter tentamen.{moved}",
        "{value}: {days} working days after the exam.{moved}",
    ),
    "selfcheck.x.deadline_retake": (
        "{value}. Räknat i arbetsdagar blir det {by_days}, men resultaten ska finnas senast {margin} före "
        "omtentamen, och det datumet kommer först.{moved}",
        "{value}. Counted in working days it would be {by_days}, but the results must be in at least {margin} "
        "before the re-take, and that date comes first.{moved}",
    ),
    "selfcheck.x.moved": (" Lediga dagar på vägen: {days}.", " Days off on the way: {days}."),
    # what Ladok does with a scene's choice, played in the engine
    "selfcheck.c.refused": ("Ladok säger nej. {engine}", "Ladok says no. {engine}"),
    "selfcheck.c.done": (
        "Ladok gör det och ger resultatet status {state!w}. {engine}",
        "Ladok does it, and the result gets the status {state!w}. {engine}",
    ),
    "selfcheck.c.nothing": (
        "Inget rapporteras. Ladok har inget resultat för {name} på {module}, och studenten ser inget där.",
        "Nothing is reported. Ladok holds no result for {name} on {module}, and the student sees nothing there.",
    ),
    "selfcheck.c.only": ("Bara {who}", "Only {who}"),
    # who may certify when the examiner is away
    "selfcheck.q.deputy": (
        "Ett resultat väntar på attestering, men kursens examinator är på semester och fristen närmar sig. Vem kan "
        "attestera det?",
        "A result waits for certification, but the course's examiner is on leave and the deadline is near. Who can "
        "certify it?",
    ),
    "selfcheck.o.deputy.admin": (
        "Studieadministratören, som kan rapportera på kursen",
        "The study administrator, who can report on the course",
    ),
    "selfcheck.o.deputy.other": ("En examinator för en annan kurs", "An examiner of another course"),
    "selfcheck.o.deputy.course": (
        "Kursens egen examinator, när hon är tillbaka",
        "The course's own examiner, once back",
    ),
    "selfcheck.x.deputy": (
        "Attesteringen är examinators beslut om betyget, och bara kursens egen examinator kan fatta det. {consequence}",
        "Certifying is the examiner's decision on the grade, and only the course's own examiner can make it. "
        "{consequence}",
    ),
    # correcting versus reconsidering
    "selfcheck.q.correct_lower": (
        "När du går igenom en tentamen igen ser du att poängen är felsummerade: {name} fick VG på {module}, men "
        "poängen ger G. Beslutet är attesterat. Får du sänka betyget?",
        "Going through an exam again, you see that the points were added up wrong: {name} got VG on {module}, but "
        "the points give G. The decision is certified. May you lower the grade?",
    ),
    "selfcheck.o.correct_lower.never": (
        "Nej, ett attesterat betyg får aldrig sänkas",
        "No, a certified grade may never be lowered",
    ),
    "selfcheck.o.correct_lower.correct": (
        "Ja, det är en rättelse av ett uppenbart fel, och en rättelse får också sänka betyget, med stor försiktighet",
        "Yes, it is a correction of an obvious error, and a correction may lower the grade too, with great care",
    ),
    "selfcheck.o.correct_lower.consent": ("Bara om {name} går med på det", "Only if {name} agrees"),
    "selfcheck.x.correct_lower": (
        "Ett uppenbart fel till följd av ett räknefel rättas, och en rättelse kan gå åt båda hållen. En sänkning "
        "kräver stor försiktighet och ett tydligt fel.",
        "An obvious error caused by a miscalculation is corrected, and a correction can go either way. A lowering "
        "takes great care and a clear error.",
    ),
    "selfcheck.q.reconsider_lower": (
        "{name} begär omprövning av sitt VG på {module}. När du tittar igen anser du att prestationen snarare var "
        "värd G. Vad gör du?",
        "{name} asks for a reconsideration of the VG on {module}. Looking again, you think the work was rather "
        "worth G. What do you do?",
    ),
    "selfcheck.o.reconsider_lower.lower": (
        "Sänker till G, eftersom en omprövning kan gå åt båda hållen",
        "Lower it to G, since a reconsideration can go either way",
    ),
    "selfcheck.o.reconsider_lower.keep": (
        "Låter VG stå, eftersom en omprövning inte får sänka betyget",
        "Let VG stand, since a reconsideration may not lower the grade",
    ),
    "selfcheck.o.reconsider_lower.other": (
        "Låter en annan examinator sätta ett nytt betyg",
        "Let another examiner set a new grade",
    ),
    "selfcheck.x.reconsider_lower": (
        "En omprövning ändrar ett uppenbart oriktigt beslut, om det kan ske snabbt och enkelt och om betyget inte "
        "sänks.",
        "A reconsideration changes an obviously wrong decision, if that can be done quickly and simply and the grade "
        "is not lowered.",
    ),
    "selfcheck.q.correct_first": (
        "Du har beslutat att rätta ett fel: det attesterade VG som {name} har på {module} ska vara G. Vilket är "
        "första steget i Ladok?",
        "You have decided to correct an error: the certified VG that {name} has on {module} is to be G. Which is the "
        "first step in Ladok?",
    ),
    "selfcheck.o.correct_first.report": ("Läraren rapporterar G på modulen", "The teacher reports G on the module"),
    "selfcheck.o.correct_first.recertify": (
        "Examinator attesterar resultatet på nytt, med G",
        "The examiner certifies the result again, with G",
    ),
    "selfcheck.o.correct_first.remove": (
        "Examinator tar bort det attesterade resultatet",
        "The examiner removes the certified result",
    ),
    "selfcheck.x.correct_first": (
        "Ett attesterat resultat kan inte skrivas över: det tas först bort, och sedan rapporteras det rätta "
        "som ett nytt resultat. {consequence}",
        "A certified result cannot be overwritten: it is removed first, and the right one is then reported as "
        "a new result. {consequence}",
    ),
    "selfcheck.q.who_decides": (
        "Vem beslutar om rättelse eller omprövning av ett attesterat betyg?",
        "Who decides on a correction or a reconsideration of a certified grade?",
    ),
    "selfcheck.o.who_decides.admin": (
        "Studieadministrationen, som gör ändringen i Ladok",
        "The study administration, which makes the change in Ladok",
    ),
    "selfcheck.o.who_decides.examiner": ("Examinator", "The examiner"),
    "selfcheck.o.who_decides.student": ("Studenten, genom att begära det", "The student, by asking for it"),
    "selfcheck.x.who_decides": (
        "Det är alltid examinator som beslutar. Studieadministrationen kan förbereda ett borttag i Ladok, men "
        "beslutet är examinators.",
        "It is always the examiner who decides. The study administration may prepare a removal in Ladok, but the "
        "decision is the examiner's.",
    ),
    # a blank paper, and nothing handed in
    "selfcheck.q.blank_paper": (
        "{name} lämnade in ett tomt papper på tentamen {date}, med bara försättsbladet ifyllt. Vad rapporterar du?",
        "{name} handed in a blank paper at the exam on {date}, with only the cover sheet filled in. What do you "
        "report?",
    ),
    "selfcheck.q.nothing_handed_in": (
        "{name} var anmäld till tentamen {date} men lämnade inte in något alls. Vad rapporterar du?",
        "{name} was signed up for the exam on {date} but handed in nothing at all. What do you report?",
    ),
    "selfcheck.o.report_what.module": ("U på {module}, med tentamens datum", "U on {module}, with the exam's date"),
    "selfcheck.o.report_what.nothing": ("Inget", "Nothing"),
    "selfcheck.o.report_what.course": ("U som betyg på hel kurs", "U as the grade on the whole course"),
    "selfcheck.x.blank_paper": (
        "Ett tomt papper är något att bedöma, så det får ett underkänt betyg på modulen. Ett underkänt betyg "
        "rapporteras aldrig på hel kurs.",
        "A blank paper is something to assess, so it gets a failing grade on the module. A failing grade is never "
        "reported on the whole course.",
    ),
    "selfcheck.x.nothing_handed_in": (
        "Den som inte har lämnat in något alls får inget betyg, eftersom det inte finns något att bedöma. Ladok "
        "hindrar dig inte från att rapportera U, så det är ditt omdöme som gäller.",
        "Someone who handed in nothing at all gets no grade, since there is nothing to assess. Ladok does not stop "
        "you from reporting U, so it is your judgement that counts.",
    ),
    # notifying, signing, where results wait
    "selfcheck.q.notify": (
        "Läraren ska klarmarkera resultatet för {name} på {module}. Vem väljer läraren under {notify}?",
        "The teacher is to mark the result of {name} on {module} as ready. Whom does the teacher choose under "
        "{notify}?",
    ),
    "selfcheck.o.notify.admin": (
        "Studieadministratören, som håller koll på fristerna",
        "The study administrator, who keeps track of the deadlines",
    ),
    "selfcheck.o.notify.self": ("Sig själv, som en påminnelse", "Themselves, as a reminder"),
    "selfcheck.o.notify.examiner": ("Kursens examinator", "The course's examiner"),
    "selfcheck.x.notify": (
        "Den som aviseras får ett e-postmeddelande om att resultat väntar på attestering. {consequence}",
        "Whoever is notified gets an e-mail saying that results wait for certification. {consequence}",
    ),
    "selfcheck.q.sign": (
        "Du klickar på {button}, och Ladok ber dig logga in en gång till. Vad betyder det?",
        "You click {button}, and Ladok asks you to sign in once more. What does it mean?",
    ),
    "selfcheck.o.sign.timeout": (
        "Att sessionen har gått ut, så du loggar in och börjar om",
        "That the session has expired, so you sign in and start again",
    ),
    "selfcheck.o.sign.sign": (
        "Att du skriver under: inloggningen visar att det är du som fattar beslutet",
        "That you are signing: signing in shows that it is you who makes the decision",
    ),
    "selfcheck.o.sign.rights": (
        "Att din behörighet saknas, så du kontaktar supporten",
        "That your authorisation is missing, so you contact support",
    ),
    "selfcheck.x.sign": (
        "Attesteringen är ett beslut, och Ladok kan be dig logga in igen innan det sparas. Det är din underskrift.",
        "Certifying is a decision, and Ladok may ask you to sign in again before it is saved. That is your signature.",
    ),
    "selfcheck.q.waiting": (
        "Studieadministratören har förberett borttag av ett attesterat resultat för {alva}, och läraren har "
        "klarmarkerat ett resultat för {bruno}. Var ser examinator dem?",
        "The study administrator has prepared the removal of a certified result of {alva}, and the teacher has "
        "marked a result of {bruno} as ready. Where does the examiner see them?",
    ),
    "selfcheck.o.waiting.result": (
        "Bara resultatet för {bruno}, eftersom studieadministrationen attesterar borttaget själv",
        "Only the result of {bruno}, since the study administration certifies the removal itself",
    ),
    "selfcheck.o.waiting.both": (
        "Båda, i listan under {certify}, där borttaget är markerat som ett borttag",
        "Both, in the list under {certify}, where the removal is marked as a removal",
    ),
    "selfcheck.o.waiting.none": (
        "Inget av dem, förrän studenterna har fått besked",
        "Neither, until the students have been told",
    ),
    "selfcheck.x.waiting": (
        "Båda väntar under {certify}: resultatet för {bruno} på att attesteras, och borttaget för {alva} på att "
        "borttaget attesteras. På startsidan visar fliken samma lista, och den som har aviserats får också e-post.",
        "Both wait under {certify}: the result of {bruno} to be certified, and the removal for {alva} to have the "
        "removal certified. On the start page the tab shows the same list, and whoever was notified also gets an "
        "e-mail.",
    ),
}
