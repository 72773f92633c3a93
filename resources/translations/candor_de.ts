<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="+69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>{client}, “{title}”,</source>
        <translation>{client}, „{title}“,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A call with {name} was still live when Candor closed. Resume it?</source>
        <translation>Ein Anruf mit {name} lief noch, als Candor geschlossen wurde. Fortsetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call with {name} was also still live. Keep it live, to resume it later from recent calls?</source>
        <translation>Ein Anruf mit {name} lief ebenfalls noch. Offen lassen, um ihn später unter „Letzte Anrufe“ fortzusetzen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume the call?</source>
        <translation>Anruf fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ends it at the time of its last entry.</source>
        <translation>„Nein“ beendet ihn zum Zeitpunkt seines letzten Eintrags.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;End the call</source>
        <translation>Anruf &amp;beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/shell/actions.py" line="+51"/>
        <source>&amp;Start the call</source>
        <translation>Anruf &amp;starten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename the call</source>
        <translation>Anruf umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renamed: {title}</source>
        <translation>Umbenannt: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/done_date.py" line="+30"/>
        <location line="+14"/>
        <location filename="../../ui/shell/actions.py" line="+30"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help.py" line="+152"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A companion for client calls that deliver bad news. Everything stays on this computer.</source>
        <translation>Ein Begleiter für Kundengespräche mit schlechten Nachrichten. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Built with these libraries, under their licences:</source>
        <translation>Erstellt mit diesen Bibliotheken, unter ihren Lizenzen:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The folder could not be opened here; its path above can be copied.</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden; sein Pfad oben lässt sich kopieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_step.py" line="+36"/>
        <source>What will be done, in a few words</source>
        <translation>Was getan wird, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/models/commitments.py" line="+51"/>
        <location filename="../../ui/models/next_steps.py" line="+24"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;when</source>
        <translation>Bis &amp;wann</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/note.py" line="+41"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile.py" line="+42"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your name, as you sign a letter</source>
        <translation>Ihr Name, wie Sie einen Brief unterschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account manager, project lead, …</source>
        <translation>Account-Manager, Projektleitung, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your company: the letter&apos;s header and &apos;our team&apos;</source>
        <translation>Ihre Firma: der Briefkopf und „unser Team“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet: in the wrap-up&apos;s tone review, choose “Ignore this word” on jargon.</source>
        <translation>Noch keine: Wählen Sie in der Ton-Prüfung der Nachbereitung bei Fachjargon „Dieses Wort ignorieren“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet: in the wrap-up&apos;s tone review, choose “This is fine” on a finding.</source>
        <translation>Noch keine: Wählen Sie in der Ton-Prüfung der Nachbereitung bei einem Hinweis „Das passt so“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Profile and settings</source>
        <translation>Profil und Einstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your details sign every follow-up letter. Nothing leaves this computer.</source>
        <translation>Ihre Angaben unterzeichnen jeden Nachfassbrief. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None: a plain page with your company name on top</source>
        <translation>Keiner: eine schlichte Seite mit Ihrem Firmennamen oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Letterhead</source>
        <translation>&amp;Briefpapier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;folder</source>
        <translation>Export-&amp;Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Daily &amp;backups kept</source>
        <translation>Tägliche &amp;Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups take at &amp;most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies the next time Candor starts.</source>
        <translation>Gilt ab dem nächsten Start von Candor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone review</source>
        <translation>Ton-Prüfung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Words never flagged as jargon</source>
        <translation>Wörter, die nie als Jargon markiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected word</source>
        <translation>Ausgewähltes Wort entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag it as jargon again</source>
        <translation>Wieder als Jargon markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings marked fine</source>
        <translation>Als passend markierte Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected finding</source>
        <translation>Ausgewählten Hinweis entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag it again in that call&apos;s letter</source>
        <translation>Im Brief dieses Anrufs wieder markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removals take effect on OK; Cancel keeps them all.</source>
        <translation>Entfernen wirkt mit OK; „Abbrechen“ behält alle.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Choose a letterhead</source>
        <translation>Briefpapier auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/shell/export_jobs.py" line="+49"/>
        <source>Word document (*.docx)</source>
        <translation>Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the export folder</source>
        <translation>Export-Ordner auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The letterhead must be a Word .docx file.</source>
        <translation>Das Briefpapier muss eine Word-Datei (.docx) sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letterhead file is not there.</source>
        <translation>Die Briefpapier-Datei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export folder is not there; Documents is offered instead.</source>
        <translation>Der Export-Ordner ist nicht vorhanden; stattdessen wird „Dokumente“ angeboten.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_domain.py" line="+10"/>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prep</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/models/history.py" line="+62"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client quote</source>
        <translation>Kundenzitat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concern</source>
        <translation>Bedenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calm</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Understanding</source>
        <translation>Verständnisvoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerned</source>
        <translation>Besorgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anxious</source>
        <translation>Beunruhigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frustrated</source>
        <translation>Frustriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>Verärgert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relieved</source>
        <translation>Erleichtert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appreciative</source>
        <translation>Dankbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empathy</source>
        <translation>Empathie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/banner.py" line="+69"/>
        <location line="+43"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blame</source>
        <translation>Schuldzuweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blaming the client</source>
        <translation>Schuld beim Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excuse</source>
        <translation>Ausrede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimizing</source>
        <translation>Verharmlosung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-apology</source>
        <translation>Schein-Entschuldigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defensive</source>
        <translation>Rechtfertigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evasive passive</source>
        <translation>Ausweichendes Passiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vague or hedged</source>
        <translation>Vage oder ausweichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise without a date</source>
        <translation>Zusage ohne Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jargon</source>
        <translation>Jargon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No apology</source>
        <translation>Keine Entschuldigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No date for the next update</source>
        <translation>Kein Termin für die nächste Rückmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pointing at someone else reads as an excuse: the client chose you, not your supplier, and needs to hear that you own it.</source>
        <translation>Auf andere zu zeigen liest sich wie eine Ausrede: Der Kunde hat Sie gewählt, nicht Ihren Lieferanten, und muss hören, dass Sie Verantwortung übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Putting the fault on the client makes them defend themselves instead of working with you on the fix.</source>
        <translation>Wer dem Kunden die Schuld gibt, bringt ihn dazu, sich zu verteidigen, statt mit Ihnen an der Lösung zu arbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Explaining why it was hard for us sounds like an excuse; the client cares about what happens now.</source>
        <translation>Zu erklären, warum es für uns schwierig war, klingt nach Ausrede; den Kunden interessiert, was jetzt passiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shrinking the problem tells the client their worry is out of proportion; say its size plainly.</source>
        <translation>Wer das Problem kleinredet, sagt dem Kunden, seine Sorge sei übertrieben; nennen Sie das Ausmaß klar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This apologizes for the client&apos;s feelings or for &apos;any&apos; trouble, not for what we did; it reads as insincere and does not count as the apology the letter needs.</source>
        <translation>Das entschuldigt sich für die Gefühle des Kunden oder für „etwaige“ Unannehmlichkeiten, nicht für unser Handeln; es wirkt unaufrichtig und zählt nicht als die Entschuldigung, die der Brief braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminding the client what you said before scores a point and costs their trust.</source>
        <translation>Den Kunden daran zu erinnern, was Sie vorher gesagt haben, gewinnt ein Argument und kostet sein Vertrauen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passive hides who made the mistake; the client hears evasion.</source>
        <translation>Das Passiv verschleiert, wer den Fehler gemacht hat; der Kunde hört Ausflüchte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vague timing and hedging leave the client nothing to plan on.</source>
        <translation>Vage Zeitangaben und Einschränkungen lassen dem Kunden nichts, womit er planen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promise without a date; the client cannot hold you to it.</source>
        <translation>Eine Zusage ohne Datum; der Kunde kann Sie nicht beim Wort nehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words the client may not know; plain words show respect.</source>
        <translation>Wörter, die der Kunde vielleicht nicht kennt; klare Worte zeigen Respekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft never apologizes for what we did.</source>
        <translation>Der Entwurf entschuldigt sich nirgends für unser Handeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft does not say when the client will hear from you next.</source>
        <translation>Der Entwurf sagt nicht, wann der Kunde wieder von Ihnen hört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery delay</source>
        <translation>Lieferverzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget overrun</source>
        <translation>Budgetüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working as designed</source>
        <translation>Verhalten wie vorgesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third-party fault</source>
        <translation>Fehler eines Drittanbieters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outage or incident</source>
        <translation>Ausfall oder Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we know</source>
        <translation>Was wir wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, since when, what is affected.</source>
        <translation>Was passiert ist, seit wann, was betroffen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we do not know yet</source>
        <translation>Was wir noch nicht wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is still unknown, and when we will.</source>
        <translation>Was noch unklar ist und wann wir es wissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact on the client</source>
        <translation>Auswirkung auf den Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their users, their deadline, their own boss.</source>
        <translation>Seine Nutzer, seine Frist, seine eigene Führung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our plan</source>
        <translation>Unser Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps with owners and dates; alternatives.</source>
        <translation>Nächste Schritte mit Verantwortlichen und Terminen; Alternativen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amends we can offer</source>
        <translation>Was wir zum Ausgleich anbieten können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit, extra work, a discount, a visit.</source>
        <translation>Gutschrift, Zusatzleistung, Rabatt, ein Besuch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who knows internally</source>
        <translation>Wer intern Bescheid weiß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager, account lead, support.</source>
        <translation>Vorgesetzte, Kundenverantwortliche, Support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, in plain words, as you told it on the call. No excuses.</source>
        <translation>Was passiert ist, in klaren Worten, wie Sie es im Gespräch gesagt haben. Keine Ausreden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means for the client</source>
        <translation>Was es für den Kunden bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it means for them: their users, their deadline, their own boss.</source>
        <translation>Was es für ihn bedeutet: seine Nutzer, seine Frist, seine eigene Führung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we are doing</source>
        <translation>Was wir tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you are doing about it: each step with an owner and a date.</source>
        <translation>Was Sie dagegen tun: jeder Schritt mit Verantwortlichem und Termin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we need from the client</source>
        <translation>Was wir vom Kunden brauchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you need from them, and by when.</source>
        <translation>Was Sie von ihm brauchen, und bis wann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we prevent a repeat</source>
        <translation>Wie wir eine Wiederholung verhindern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changes so that this does not happen again.</source>
        <translation>Was sich ändert, damit das nicht wieder passiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amends</source>
        <translation>Ausgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you offer where you fell short.</source>
        <translation>Was Sie anbieten, wo Sie hinter den Erwartungen zurückgeblieben sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next update</source>
        <translation>Nächste Rückmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and how they will hear from you next.</source>
        <translation>Wann und wie er als Nächstes von Ihnen hört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/banner.py" line="-73"/>
        <location line="+21"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/banner.py" line="-21"/>
        <location line="+21"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no follow-up date and no open next step of ours with a due date</source>
        <translation>kein Nachfass-Termin und kein offener eigener nächster Schritt mit Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work will cost more than the budget or estimate the client agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed budget, the new expected total, the gap in money, and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which costs are still uncertain, the range, and when you will know the final figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the extra cost means for them: their approval process, their budget owner, their year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options to close the gap (reduce scope, phase the work, share the cost), each with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you will absorb or offer: hours not billed, a discount, a cap on the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who on your side has approved the new figure (manager, finance, account lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new total and the gap as numbers, early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;The agreed budget was 40,000. We now expect 52,000: 12,000 more.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain briefly where the extra cost comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the estimate: do not blame their change requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which figures are firm and which are still estimates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak in money and dates, not rates or contract terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them react to the number; do not rush to justify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge they may have to explain this to their budget owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the surprise, sincerely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what limit or deadline they must work within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise it before the money is spent, not on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree by when they need to decide, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date of the next update on costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out options: reduce scope, phase it, or fund the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them choose; do not decide for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm no extra cost is incurred until they agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to carry part of the cost where your estimate was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will report spend so this cannot surprise them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the figures and options in writing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promised delivery or milestone will arrive late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is late, the date you promised, and the new date you can stand behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could still move the new date, and when you will know for sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the delay breaks for them: a launch, a campaign, their own deadline, their boss&apos;s plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The steps to the new date, each with an owner and a date. What could ship earlier in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer for the wait: a partial early delivery, extra support at launch, a fee reduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side knows about the new date (manager, delivery lead, account lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it is late, and the new date, in the first minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;The delivery will not be ready on the 12th. Our new date is the 26th.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name exactly what is late and what is still on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the slip: no excuses about workload or other clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how sure you are of the new date, and what could move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use calendar dates, not sprints or project terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop talking and let them react to the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what plans of theirs the delay breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A launch, a campaign, a board meeting, their own customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the broken promise, once and plainly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat back what matters most to them about the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell them as soon as you know, not on the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on progress updates until delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date of the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the steps to the new date: owner and date each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer what can be delivered early, in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask which matters more to them: the date or the full scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer something for the wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will spot a slip earlier next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the written summary with the new date today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any bad news that fits no other scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, since when, and what it affects. Plain words, no blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do not know yet, and when you expect to know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this means for the client: their users, their deadline, their boss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps with an owner and a date each. One alternative if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can offer where you fell short (credit, extra hours, a priority slot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who on your side already knows (manager, account lead, team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say the bad news in the first two minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warm-up story; lead with the headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State it plainly: neither shrink nor inflate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it: no blame, no excuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is known and what is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use words the client uses, no jargon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and let them react; listen, do not defend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the pressure they are under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their management, their operations, their reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize once, and mean it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check you understood their concerns and expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match their sense of priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they will hear from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the plan: steps, owners, dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they need; build the fix together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer at least one alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends where you fell short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what will prevent a repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the written summary today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service was down or degraded, or an incident affected the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was down, from when to when (or still ongoing), and who was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do not know yet (the cause, any lost data), and when you expect to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client could not do, what it cost them, what their own customers saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore, confirm no data was lost, find the cause, prevent a repeat: owner and date each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer: service credit, extra support, a review meeting with your lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side is handling the incident and who in management knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say first whether it is fixed now or still ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the times it started and ended, and what was affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say plainly whether any data was lost or exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it: no excuses, no finger-pointing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is not known yet, including the cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not guess the cause on the call; say when you will know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them say what it did to them; listen, do not explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge what their own customers and staff went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize sincerely for the disruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they still need to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call them yourself, live, before they chase you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they hear from you until it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time of the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the recovery steps: owner and date each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer help with their own recovery or communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise a plain-language report on the cause, with a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends for the time they were down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what will stop it happening again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell them management reviews the incident internally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part supplied by another vendor broke; the client still relies on us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What broke, since when, what it affects for the client. Describe it as our service, not their vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the supplier has not confirmed yet, and when you expect to hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client cannot do right now and who on their side feels it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we are doing ourselves, what we are pushing the supplier to do, with owners and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What we offer regardless of whose part failed: credit, extra support, a priority fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on our side manages the supplier and who is escalating with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is broken for them, early and plainly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it as our problem: they chose us, not our supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not blame or name the supplier to shift the fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say &quot;a component we rely on&quot; unless they ask; then be factual, not defensive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is confirmed and what is not yet known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the effect on them, not the technical chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them react; do not defend the supplier or yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name what this costs them: users, sales, reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize on our behalf, without pointing elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what matters most to them while it is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show you are pushing the supplier as hard as they would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they hear from you until it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time of the next update, even with no news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what we do ourselves, with owners and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a workaround or fallback for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be their single contact; they never chase the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends from us, whatever the supplier gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how we will reduce reliance on that part or catch it sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client reported as a bug is the intended behaviour of the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they expected, what the product does instead, and why it was built that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the documentation or the training could have misled them, and what they truly need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the gap costs them today: lost time, a workaround, a process that does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A workaround for now, and the path to a change (request, estimate, decision date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer for the confusion: a training session, a documentation fix, a free estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side knows about their report (support, product owner, account lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them for reporting it and for the detail they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say early and plainly that this is how it is built today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain why it behaves this way, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the gap between what they expected and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never suggest they used it wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid &quot;user error&quot;, &quot;you should have&quot;, &quot;as documented&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say their expectation was reasonable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they were trying to get done, then listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the confusion and the time it cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what result they need, not just the feature they named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat their blocked work as urgent, even if nothing is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date for the answer on their change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a workaround they can use today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the path to a change: request, estimate, decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree together which option fits them best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to make the behaviour clearer in docs or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will avoid the same surprise for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise a written summary with the options today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/instance_lock.py" line="+90"/>
        <source>Candor is already open</source>
        <translation>Candor ist bereits geöffnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/commitments.py" line="-13"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s) late</source>
        <translation>
            <numerusform>%n Woche überfällig</numerusform>
            <numerusform>%n Wochen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) late</source>
        <translation>
            <numerusform>%n Monat überfällig</numerusform>
            <numerusform>%n Monate überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../ui/models/next_steps.py" line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/models/next_steps.py" line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client — call</source>
        <translation>Kunde — Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/models/history.py" line="-6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/home/model.py" line="+14"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/models/next_steps.py" line="+0"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/client/view.py" line="+110"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Open commitments</source>
        <translation>Offene Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/models/next_steps.py" line="+68"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <comment>step status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>step status</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <comment>step status</comment>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/controller.py" line="+57"/>
        <source>Letter marked sent. (Undo: open the call and click Letter sent.)</source>
        <translation>Brief als gesendet markiert. (Rückgängig: Anruf öffnen und „Brief gesendet“ anklicken.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/letters.py" line="+52"/>
        <source>Open the call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/wrapup/view.py" line="+125"/>
        <source>Mark letter sent</source>
        <translation>Brief als gesendet markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../../ui/shell/banner.py" line="-15"/>
        <source>%n letter(s) not sent</source>
        <translation>
            <numerusform>%n Brief nicht gesendet</numerusform>
            <numerusform>%n Briefe nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the oldest {shown} shown)</source>
        <translation> (die ältesten {shown} angezeigt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/view.py" line="+31"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s</source>
        <translation>Des Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open commitments — next steps agreed on calls show up here</source>
        <translation>Keine offenen Zusagen — in Anrufen vereinbarte nächste Schritte erscheinen hier</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../ui/pages/detail/view.py" line="+391"/>
        <source>Mark done…</source>
        <translation>Als erledigt markieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/detail/view.py" line="-181"/>
        <location line="+184"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/shell/banner.py" line="+122"/>
        <location filename="../../ui/widgets/tone_panel.py" line="+107"/>
        <location line="+76"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n open commitment(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n offene Zusage, {overdue} überfällig</numerusform>
            <numerusform>%n offene Zusagen, {overdue} überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/client/chart.py" line="+28"/>
        <source>No reactions recorded with this client yet</source>
        <translation>Für diesen Kunden sind noch keine Reaktionen erfasst</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Negative reactions</source>
        <translation>Negative Reaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive reactions</source>
        <translation>Positive Reaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative, per call</source>
        <translation>Negativ, je Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive, per call</source>
        <translation>Positiv, je Anruf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>share of reactions</source>
        <translation>Anteil der Reaktionen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Dots: each call. Lines: average of the last {window} calls.</source>
        <translation>Punkte: einzelne Anrufe. Linien: Durchschnitt der letzten {window} Anrufe.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n call(s) without recorded reactions not shown.</source>
        <translation>
            <numerusform>%n Anruf ohne erfasste Reaktionen nicht angezeigt.</numerusform>
            <numerusform>%n Anrufe ohne erfasste Reaktionen nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n call(s) with reactions; the latest had {negative} negative and {positive} positive reactions.</source>
        <translation>
            <numerusform>%n Anruf mit Reaktionen; der letzte hatte {negative} negative und {positive} positive Reaktionen.</numerusform>
            <numerusform>%n Anrufe mit Reaktionen; der letzte hatte {negative} negative und {positive} positive Reaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/client/view.py" line="-77"/>
        <source>No promises have come due yet</source>
        <translation>Noch keine Zusagen fällig geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing open with this client</source>
        <translation>Bei diesem Kunden ist nichts offen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kept on time {kept} of {due} due; {late} late; {broken} broken</source>
        <translation>{kept} von {due} fälligen pünktlich eingehalten; {late} verspätet; {broken} gebrochen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Promises kept on time</source>
        <translation>Pünktlich eingehaltene Zusagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reactions across calls</source>
        <translation>Reaktionen über alle Anrufe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../ui/pages/history/view.py" line="+178"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail/controller.py" line="+203"/>
        <source>The letter to {to} went out {when}</source>
        <translation>Der Brief an {to} ging am {when} hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick once the letter to {to} went out</source>
        <translation>Abhaken, sobald der Brief an {to} verschickt ist</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lasted {duration}</source>
        <translation>Dauer {duration}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Covered {covered} of {total}. Not covered:</source>
        <translation>{covered} von {total} angesprochen. Nicht angesprochen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {total} checklist items were covered.</source>
        <translation>Alle {total} Punkte der Checkliste wurden angesprochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked in on {day}.</source>
        <translation>Nachgefasst am {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/detail/view.py" line="+46"/>
        <location filename="../../ui/pages/prepare/view.py" line="+119"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-19"/>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+38"/>
        <location filename="../../ui/pages/prepare/controller.py" line="+202"/>
        <location line="+8"/>
        <location line="+77"/>
        <location line="+22"/>
        <location line="+10"/>
        <location filename="../../ui/pages/wrapup/controller.py" line="+184"/>
        <location line="+7"/>
        <location line="+25"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the note?</source>
        <translation>Notiz entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail/view.py" line="-230"/>
        <location line="+63"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Notes  ·  F2 edits, Delete removes</source>
        <translation>Notizen  ·  F2 bearbeitet, Entf entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/live/view.py" line="+134"/>
        <source>Client reactions</source>
        <translation>Reaktionen des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/wrapup/view.py" line="+53"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-15"/>
        <source>Follow-up for the client</source>
        <translation>Nachfassen beim Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next steps  ·  tick when done, Delete removes</source>
        <translation>Nächste Schritte  ·  abhaken, wenn erledigt, Entf entfernt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-40"/>
        <source>Check in again on</source>
        <translation>Erneut nachfassen am</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/shell/banner.py" line="-52"/>
        <source>Checked in</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter sent</source>
        <translation>Brief gesendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history/filters.py" line="+47"/>
        <source>All scenarios</source>
        <translation>Alle Szenarien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history/view.py" line="-154"/>
        <source>No calls yet — press Ctrl+N to prepare one</source>
        <translation>Noch keine Anrufe — mit Strg+N einen vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls match these filters</source>
        <translation>Keine Anrufe passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client overview</source>
        <translation>Kundenübersicht</translation>
    </message>
    <message numerus="yes">
        <location line="+135"/>
        <source>{shown} of %n call(s)</source>
        <translation>
            <numerusform>{shown} von %n Anruf</numerusform>
            <numerusform>{shown} von %n Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/home/controller.py" line="+82"/>
        <source>Sample data could not be loaded.</source>
        <translation>Die Beispieldaten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/live/controller.py" line="+246"/>
        <location filename="../../ui/startup.py" line="+198"/>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home/model.py" line="-5"/>
        <location filename="../../ui/pages/live/model.py" line="+21"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home/recent_view.py" line="+29"/>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New call  (Ctrl+N)</source>
        <translation>Neuer Anruf  (Strg+N)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Double-click a call (or press Return) to open it.</source>
        <translation>Doppelklicken Sie auf einen Anruf (oder drücken Sie die Eingabetaste), um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home/welcome_view.py" line="+12"/>
        <source>Candor sits beside the phone or video call when you have bad news to give a client. It reminds you how to deliver it well, lets you note what is said and how the client reacts without losing the thread, and keeps every promise made.</source>
        <translation>Candor begleitet Ihr Telefonat oder Videogespräch, wenn Sie einem Kunden eine schlechte Nachricht überbringen müssen. Es erinnert Sie daran, wie Sie sie gut überbringen, lässt Sie festhalten, was gesagt wird und wie der Kunde reagiert, ohne den Faden zu verlieren, und behält jede Zusage im Blick.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afterwards it shows what you missed and helps you write the follow-up the client should get the same day; everything stays on this computer.</source>
        <translation>Danach zeigt es, was Sie ausgelassen haben, und hilft Ihnen beim Nachfassbrief, den der Kunde noch am selben Tag erhalten sollte; alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Welcome to Candor</source>
        <translation>Willkommen bei Candor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a call  (Ctrl+N)</source>
        <translation>Anruf beginnen  (Strg+N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/controller.py" line="-129"/>
        <source>Leave the call running?</source>
        <translation>Anruf weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Reaction recorded: {reaction}</source>
        <translation>Reaktion erfasst: {reaction}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing more to undo in this call</source>
        <translation>In diesem Anruf gibt es nichts mehr rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undone: reaction {reaction}</source>
        <translation>Rückgängig: Reaktion {reaction}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>End the call?</source>
        <translation>Anruf beenden?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/model.py" line="+0"/>
        <source>To cover</source>
        <translation>Anzusprechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/view.py" line="-42"/>
        <source>Your prep</source>
        <translation>Ihre Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote before the call (Ctrl+Shift+P)</source>
        <translation>Was Sie vor dem Anruf notiert haben (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Notes  ·  F2 edits, Ctrl+Z undoes the last entry</source>
        <translation>Notizen  ·  F2 bearbeitet, Strg+Z macht den letzten Eintrag rückgängig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add next step  (Ctrl+T)</source>
        <translation>Nächsten Schritt hinzufügen  (Strg+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End call  (Ctrl+Return)</source>
        <translation>Anruf beenden  (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next steps  ·  Ctrl+T adds one, double-click edits, Delete removes</source>
        <translation>Nächste Schritte  ·  Strg+T fügt hinzu, Doppelklick bearbeitet, Entf entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prepare/controller.py" line="+29"/>
        <source>Enter a client and a subject to start the call.</source>
        <translation>Geben Sie Kunde und Betreff ein, um den Anruf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prepare/view.py" line="-71"/>
        <source>Prepare the call</source>
        <translation>Anruf vorbereiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client or company name</source>
        <translation>Kunden- oder Firmenname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the bad news is about, in a few words</source>
        <translation>Worum es bei der schlechten Nachricht geht, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Who you will speak to</source>
        <translation>Mit wem Sie sprechen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dear … (Dana, Ms Kim)</source>
        <translation>Liebe/r … (Dana, Frau Kim)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>C&amp;lient</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client e&amp;mail</source>
        <translation>E-&amp;Mail des Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Greeting</source>
        <translation>&amp;Anrede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Em&amp;ail</source>
        <translation>E-M&amp;ail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Ansprechpartner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Letter &amp;in</source>
        <translation>Brief &amp;in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;enario</source>
        <translation>S&amp;zenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start the call  (Ctrl+Return)</source>
        <translation>Anruf beginnen  (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search/panel.py" line="+30"/>
        <source>Type any word: titles, prep, follow-ups, notes and next steps are searched.</source>
        <translation>Geben Sie ein beliebiges Wort ein: Titel, Vorbereitung, Nachfassen, Notizen und nächste Schritte werden durchsucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every word you type must appear; try fewer or other words.</source>
        <translation>Jedes eingegebene Wort muss vorkommen; versuchen Sie weniger oder andere Wörter.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search past calls…</source>
        <translation>Frühere Anrufe durchsuchen…</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>best {count} results</source>
        <translation>die besten {count} Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{found} — ↓ to move into the list, Enter opens the call</source>
        <translation>{found} — ↓ wechselt in die Liste, Eingabe öffnet den Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search/view.py" line="+35"/>
        <source>Search past calls</source>
        <translation>Frühere Anrufe durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/controller.py" line="-119"/>
        <source>Wrap-up: {client} — {title}</source>
        <translation>Nachbereitung: {client} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scenario} · the call lasted {duration}</source>
        <translation>{scenario} · der Anruf dauerte {duration}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/view.py" line="-42"/>
        <source>Not covered in the call</source>
        <translation>Im Anruf nicht angesprochen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter s&amp;ubject</source>
        <translation>Betreff des &amp;Briefs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Back to recent calls</source>
        <translation>Zurück zu den letzten Anrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit follow-up</source>
        <translation>Nachfassen bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Sent it? Press Space to mark the letter sent.</source>
        <translation>Verschickt? Mit der Leertaste den Brief als gesendet markieren.</translation>
    </message>
    <message>
        <location filename="../../ui/parts/next_steps.py" line="+88"/>
        <source>Add a next step</source>
        <translation>Nächsten Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the next step</source>
        <translation>Nächsten Schritt bearbeiten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Remove next step?</source>
        <translation>Nächsten Schritt entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="-54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>A&amp;nruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/export.py" line="+36"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New call</source>
        <translation>&amp;Neuer Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New call from &amp;invitation…</source>
        <translation>Neuer Anruf aus &amp;Einladung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent calls</source>
        <translation>&amp;Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Compact mode (on top)</source>
        <translation>&amp;Kompaktmodus (im Vordergrund)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add next s&amp;tep</source>
        <translation>Nächsten &amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo the last entry</source>
        <translation>Letzten Eintrag &amp;rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the chec&amp;klist</source>
        <translation>Zur &amp;Checkliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rename the call…</source>
        <translation>Anruf &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search past calls</source>
        <translation>Frühere Anrufe &amp;durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All calls</source>
        <translation>&amp;Alle Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commitments board</source>
        <translation>&amp;Zusagen-Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient overview</source>
        <translation>&amp;Kundenübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Live call</source>
        <translation>Laufender Anruf</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add the note (Shift+Return: a new line)</source>
        <translation>Notiz hinzufügen (Umschalt+Eingabe: neue Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of the next note (Fact … Note)</source>
        <translation>Art der nächsten Notiz (Fakt … Notiz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the client&apos;s reaction</source>
        <translation>Reaktion des Kunden erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick or untick the checklist item</source>
        <translation>Punkt der Checkliste abhaken oder zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide your prep</source>
        <translation>Ihre Vorbereitung ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Ausgewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Commitments board</source>
        <translation>Zusagen-Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop the commitment</source>
        <translation>Zusage verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/banner.py" line="-83"/>
        <source>%n commitment(s) overdue</source>
        <translation>
            <numerusform>%n Zusage überfällig</numerusform>
            <numerusform>%n Zusagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 letter not sent (from {when})</source>
        <translation>1 Brief nicht gesendet (von {when})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 letter not sent</source>
        <translation>1 Brief nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n letter(s) not sent, the oldest from {when}</source>
        <translation>
            <numerusform>%n Brief nicht gesendet, der älteste von {when}</numerusform>
            <numerusform>%n Briefe nicht gesendet, der älteste von {when}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Send the letter to {client} — {title} (call {ended})</source>
        <translation>Brief an {client} senden — {title} (Anruf {ended})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Check in with {client} — {title} (due {when})</source>
        <translation>Bei {client} nachfassen — {title} (fällig {when})</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Show commitments</source>
        <translation>Zusagen anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <source>%n more follow-up(s) due</source>
        <translation>
            <numerusform>%n weiteres Nachfassen fällig</numerusform>
            <numerusform>%n weitere Nachfass-Termine fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more letter(s) not sent</source>
        <translation>
            <numerusform>%n weiterer Brief nicht gesendet</numerusform>
            <numerusform>%n weitere Briefe nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and {more}</source>
        <translation>und {more}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/banner_controller.py" line="+90"/>
        <source>Checked in with {client}.</source>
        <translation>Bei {client} nachgefasst.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Marked the letter to {client} sent.</source>
        <translation>Brief an {client} als gesendet markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/export.py" line="+2"/>
        <source>The check-in date and our dated next steps, for your calendar</source>
        <translation>Der Nachfass-Termin und unsere terminierten nächsten Schritte, für Ihren Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to remind: {reason}</source>
        <translation>Nichts zu erinnern: {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export follow-up &amp;letter (Word)…</source>
        <translation>Nachfass&amp;brief exportieren (Word)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Email the letter…</source>
        <translation>Brief per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Internal call record (Word)…</source>
        <translation>&amp;Internes Gesprächsprotokoll (Word)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letter as &amp;Markdown…</source>
        <translation>Brief als &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy as email</source>
        <translation>Als E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar &amp;reminders (.ics)…</source>
        <translation>Kalender-&amp;Erinnerungen (.ics)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Profile and settings…</source>
        <translation>&amp;Profil und Einstellungen…</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Open a call first: exports work on one call.</source>
        <translation>Öffnen Sie zuerst einen Anruf: Exporte gelten für einen Anruf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to remind</source>
        <translation>Nichts zu erinnern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign the letter?</source>
        <translation>Brief unterschreiben?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile is empty, so the letter would end without your name or company.
Fill in your profile first? (No: export it unsigned; you can add it later in File &gt; Profile and settings.)</source>
        <translation>Ihr Profil ist leer, daher würde der Brief ohne Ihren Namen und Ihre Firma enden.
Zuerst das Profil ausfüllen? (Nein: ohne Unterschrift exportieren; Sie können es später unter Datei &gt; Profil und Einstellungen ergänzen.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the {noun}</source>
        <translation>Exportieren: {noun}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+37"/>
        <location line="+77"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>That is Candor&apos;s database; choose another file.</source>
        <translation>Das ist die Datenbank von Candor; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace a read-only file?</source>
        <translation>Schreibgeschützte Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is read-only, perhaps on purpose.
Replace it anyway?</source>
        <translation>{name} ist schreibgeschützt, vielleicht mit Absicht.
Trotzdem ersetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+76"/>
        <source>The {noun} was not saved.</source>
        <translation>Nicht gespeichert: {noun}.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Exporting the {noun}…</source>
        <translation>Exportiere: {noun}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the {noun}: {path}</source>
        <translation>Gespeichert ({noun}): {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} is saved as {name}.
Open it now?</source>
        <translation>Gespeichert ({noun}) als {name}.
Jetzt öffnen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program opened {name}.</source>
        <translation>Kein Programm hat {name} geöffnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The email draft is open in your mail program ({name}). Once it is sent, mark the letter sent.</source>
        <translation>Der E-Mail-Entwurf ist in Ihrem Mailprogramm geöffnet ({name}). Markieren Sie den Brief als gesendet, sobald er verschickt ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email draft saved: {path}</source>
        <translation>E-Mail-Entwurf gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/export_email.py" line="+33"/>
        <source>Copied the letter (subject and body). {who} has no email address in Candor: paste it into a new message.</source>
        <translation>Brief kopiert (Betreff und Text). Für {who} ist in Candor keine E-Mail-Adresse hinterlegt: Fügen Sie ihn in eine neue Nachricht ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(The letter is on the clipboard: paste it here.)</source>
        <translation>(Der Brief ist in der Zwischenablage: hier einfügen.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied the letter; asked the mail program for a draft to {address}.</source>
        <translation>Brief kopiert; das Mailprogramm wurde um einen Entwurf an {address} gebeten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the letter; no mail program answered: paste it into a new message.</source>
        <translation>Brief kopiert; kein Mailprogramm hat geantwortet: Fügen Sie ihn in eine neue Nachricht ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No mail program opened the draft</source>
        <translation>Kein Mailprogramm hat den Entwurf geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The email draft is saved as {name} in {folder}.
Open it with your mail program (Outlook, Thunderbird, Apple Mail open it as a draft), or attach the letter to a new message.</source>
        <translation>Der E-Mail-Entwurf ist als {name} in {folder} gespeichert.
Öffnen Sie ihn mit Ihrem Mailprogramm (Outlook, Thunderbird und Apple Mail öffnen ihn als Entwurf) oder hängen Sie den Brief an eine neue Nachricht an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/export_jobs.py" line="-18"/>
        <source>email text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>follow-up letter</source>
        <translation>Nachfassbrief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>internal call record</source>
        <translation>Internes Gesprächsprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letter as Markdown</source>
        <translation>Brief als Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>calendar reminders</source>
        <translation>Kalender-Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/invitation.py" line="+18"/>
        <source>Calendar invitations (*.ics *.ical *.ifb *.icalendar);;All files (*)</source>
        <translation>Kalendereinladungen (*.ics *.ical *.ifb *.icalendar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New call from an invitation</source>
        <translation>Neuer Anruf aus einer Einladung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only calendar invitations (.ics) can be dropped here.</source>
        <translation>Hier können nur Kalendereinladungen (.ics) abgelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading {name}…</source>
        <translation>Lese {name}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prepared from the invitation: {client}, {title}.</source>
        <translation>Aus der Einladung vorbereitet: {client}, {title}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No call was created.</source>
        <translation>Es wurde kein Anruf angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an invitation Candor can use</source>
        <translation>Keine Einladung, die Candor verwenden kann</translation>
    </message>
    <message>
        <location filename="../../ui/shell/maintenance.py" line="+54"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+55"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No backup today: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upkeep problem: {message}</source>
        <translation>Wartungsproblem: {message}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use File &gt; Restore from backup… to go back to the latest backup.</source>
        <translation>Mit Datei &gt; Aus Sicherung wiederherstellen… kehren Sie zur letzten Sicherung zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a copy of the file before anything else.</source>
        <translation>Erstellen Sie vor allem anderen eine Kopie der Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candor found damage in {path}: {problem}. {hint}</source>
        <translation>Candor hat in {path} einen Schaden gefunden: {problem}. {hint}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the backup: {error}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Candor backups (*.db)</source>
        <translation>Candor-Sicherungen (*.db)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace everything in Candor by the backup of {when}?

The current database is kept in {folder} first, so nothing is lost.</source>
        <translation>Alles in Candor durch die Sicherung vom {when} ersetzen?

Die aktuelle Datenbank wird vorher in {folder} aufbewahrt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot restore this file</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="-62"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>Candor cannot open its database</source>
        <translation>Candor kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/email_field.py" line="+19"/>
        <source>That does not look like an email address (name@company.com). It is kept as typed.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@firma.de). Sie wird wie eingegeben übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That does not look like an email address; kept as typed.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_line.py" line="+104"/>
        <source>Type a note, Return to add (Ctrl+1…6 sets the kind)</source>
        <translation>Notiz eingeben, Eingabe fügt hinzu (Strg+1…6 wählt die Art)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the note (Return)</source>
        <translation>Notiz hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reaction_strip.py" line="+94"/>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client reactions show here (Alt+1…Alt+8)</source>
        <translation>Reaktionen des Kunden erscheinen hier (Alt+1…Alt+8)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{reaction} at {offset}</source>
        <translation>{reaction} bei {offset}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/tone_panel.py" line="-145"/>
        <source>Nothing to flag: the letter reads plainly.</source>
        <translation>Nichts zu beanstanden: Der Brief ist klar formuliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions only: you can export at any time.</source>
        <translation>Nur Vorschläge: Sie können jederzeit exportieren.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+43"/>
        <source>This is fine</source>
        <translation>Das passt so</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>For this client</source>
        <translation>Für diesen Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ignore this word:</source>
        <translation>Dieses Wort ignorieren:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ignore this word for this client</source>
        <translation>Dieses Wort für diesen Kunden ignorieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore this word everywhere</source>
        <translation>Dieses Wort überall ignorieren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/appearance.py" line="+25"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
</context>
</TS>
