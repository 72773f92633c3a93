<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="+97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+184"/>
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
        <location line="+55"/>
        <source>&amp;End the call</source>
        <translation>Anruf &amp;beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/shell/actions.py" line="+54"/>
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
        <location filename="../../ui/dialogs/help.py" line="+91"/>
        <source>see the project&apos;s licence</source>
        <translation>siehe die Lizenz des Projekts</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A companion for client calls that deliver bad news. Everything stays on this computer.</source>
        <translation>Ein Begleiter für Kundengespräche mit schlechten Nachrichten. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Qt (in PySide6)</source>
        <translation>Qt (in PySide6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built with these libraries, under their licences:</source>
        <translation>Erstellt mit diesen Bibliotheken, unter ihren Lizenzen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The folder could not be opened here; its path above can be copied.</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden; sein Pfad oben lässt sich kopieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/next_step.py" line="+36"/>
        <source>What will be done, in a few words</source>
        <translation>Was getan wird, in wenigen Worten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Us, the client, or type a person&apos;s name</source>
        <translation>Wir, der Kunde oder der Name einer Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/models/commitments.py" line="+54"/>
        <location filename="../../ui/models/next_steps.py" line="+24"/>
        <location filename="../../ui/pages/board/team.py" line="+19"/>
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
        <location filename="../../ui/dialogs/note.py" line="+33"/>
        <source>Ctrl+Return saves</source>
        <translation>Strg+Eingabe speichert</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+14"/>
        <source>A Word .docx whose header and footer every letter starts from (optional)</source>
        <translation>Eine Word-.docx, deren Kopf- und Fußzeile jeder Brief übernimmt (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: a plain page with your company name on top</source>
        <translation>Keiner: eine schlichte Seite mit Ihrem Firmennamen oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Letterhead</source>
        <translation>&amp;Briefpapier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where exports are offered first</source>
        <translation>Wo Exporte zuerst angeboten werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;folder</source>
        <translation>Export-&amp;Ordner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Older daily backups are removed</source>
        <translation>Ältere tägliche Sicherungen werden entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily &amp;backups kept</source>
        <translation>Tägliche &amp;Sicherungen behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older daily backups are removed past this size; the newest sound one always stays</source>
        <translation>Über dieser Größe werden ältere tägliche Sicherungen entfernt; die neueste intakte bleibt immer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups take at &amp;most</source>
        <translation>Sicherungen belegen &amp;höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies at the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../ui/pages/wrapup/tone.py" line="+112"/>
        <location line="+119"/>
        <location filename="../../ui/widgets/tone_panel.py" line="+98"/>
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
        <location filename="../../ui/dialogs/help.py" line="-116"/>
        <location filename="../../ui/dialogs/profile.py" line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/profile.py" line="+3"/>
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
        <location filename="../../ui/pages/history/team.py" line="+28"/>
        <location filename="../../ui/pages/search/team.py" line="+17"/>
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
        <location filename="../../ui/models/history_cells.py" line="+39"/>
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
        <location filename="../../ui/pages/history/team.py" line="+28"/>
        <location filename="../../ui/shell/banner.py" line="+81"/>
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
        <location filename="../../ui/pages/playbooks/view.py" line="+167"/>
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
        <location filename="../../ui/shell/banner.py" line="-24"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/banner.py" line="+0"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/shell/banner.py" line="+0"/>
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
        <source>Us</source>
        <translation>Wir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work will cost more than the budget or estimate the client agreed to.</source>
        <translation>Die Arbeit kostet mehr als das Budget oder die Schätzung, der der Kunde zugestimmt hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreed budget, the new expected total, the gap in money, and where it comes from.</source>
        <translation>Das vereinbarte Budget, die neue erwartete Summe, die Differenz in Geld und woher sie kommt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which costs are still uncertain, the range, and when you will know the final figure.</source>
        <translation>Welche Kosten noch unsicher sind, die Spanne, und wann Sie die endgültige Zahl kennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the extra cost means for them: their approval process, their budget owner, their year.</source>
        <translation>Was die Mehrkosten für den Kunden bedeuten: seine Freigabe, sein Budgetverantwortlicher, sein Jahr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Options to close the gap (reduce scope, phase the work, share the cost), each with a date.</source>
        <translation>Optionen, die Lücke zu schließen (Umfang kürzen, in Phasen arbeiten, Kosten teilen), jeweils mit Datum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you will absorb or offer: hours not billed, a discount, a cap on the total.</source>
        <translation>Was Sie übernehmen oder anbieten: nicht berechnete Stunden, einen Rabatt, eine Obergrenze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who on your side has approved the new figure (manager, finance, account lead).</source>
        <translation>Wer auf Ihrer Seite die neue Zahl freigegeben hat (Vorgesetzte, Finanzen, Kundenverantwortliche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the new total and the gap as numbers, early</source>
        <translation>Nennen Sie früh die neue Summe und die Differenz als Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;The agreed budget was 40,000. We now expect 52,000: 12,000 more.&quot;</source>
        <translation>„Vereinbart waren 40.000. Wir rechnen jetzt mit 52.000: 12.000 mehr.“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain briefly where the extra cost comes from</source>
        <translation>Erklären Sie kurz, woher die Mehrkosten kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the estimate: do not blame their change requests</source>
        <translation>Stehen Sie zu Ihrer Schätzung: Schieben Sie es nicht auf Änderungswünsche des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say which figures are firm and which are still estimates</source>
        <translation>Sagen Sie, welche Zahlen feststehen und welche noch geschätzt sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speak in money and dates, not rates or contract terms</source>
        <translation>Sprechen Sie in Beträgen und Daten, nicht in Sätzen oder Vertragsbegriffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them react to the number; do not rush to justify it</source>
        <translation>Lassen Sie den Kunden auf die Zahl reagieren; rechtfertigen Sie sie nicht vorschnell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge they may have to explain this to their budget owner</source>
        <translation>Erkennen Sie an, dass der Kunde das intern erklären muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the surprise, sincerely</source>
        <translation>Entschuldigen Sie sich aufrichtig für die Überraschung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what limit or deadline they must work within</source>
        <translation>Fragen Sie, an welche Grenze oder Frist der Kunde gebunden ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise it before the money is spent, not on the invoice</source>
        <translation>Sprechen Sie es an, bevor das Geld ausgegeben ist, nicht erst mit der Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree by when they need to decide, and why</source>
        <translation>Vereinbaren Sie, bis wann der Kunde entscheiden muss und warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date of the next update on costs</source>
        <translation>Legen Sie das Datum der nächsten Rückmeldung zu den Kosten fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay out options: reduce scope, phase it, or fund the gap</source>
        <translation>Zeigen Sie Optionen: Umfang kürzen, in Phasen arbeiten oder die Lücke finanzieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them choose; do not decide for them</source>
        <translation>Lassen Sie den Kunden wählen; entscheiden Sie nicht für ihn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm no extra cost is incurred until they agree</source>
        <translation>Sichern Sie zu, dass ohne seine Zustimmung keine Mehrkosten entstehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to carry part of the cost where your estimate was wrong</source>
        <translation>Bieten Sie an, einen Teil der Kosten zu tragen, wo Ihre Schätzung falsch war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will report spend so this cannot surprise them again</source>
        <translation>Sagen Sie, wie Sie künftig über Ausgaben berichten, damit das nicht wieder überrascht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the figures and options in writing today</source>
        <translation>Sagen Sie Zahlen und Optionen noch heute schriftlich zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A promised delivery or milestone will arrive late.</source>
        <translation>Eine zugesagte Lieferung oder ein Meilenstein kommt zu spät.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is late, the date you promised, and the new date you can stand behind.</source>
        <translation>Was sich verspätet, das zugesagte Datum und das neue Datum, zu dem Sie stehen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What could still move the new date, and when you will know for sure.</source>
        <translation>Was das neue Datum noch verschieben könnte, und wann Sie es sicher wissen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the delay breaks for them: a launch, a campaign, their own deadline, their boss&apos;s plans.</source>
        <translation>Was die Verzögerung für den Kunden durchkreuzt: einen Start, eine Kampagne, seine Frist, die Pläne seiner Vorgesetzten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The steps to the new date, each with an owner and a date. What could ship earlier in part.</source>
        <translation>Die Schritte bis zum neuen Datum, jeweils mit Verantwortlichem und Datum. Was vorab in Teilen geliefert werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer for the wait: a partial early delivery, extra support at launch, a fee reduction.</source>
        <translation>Was Sie für die Wartezeit anbieten können: eine frühe Teillieferung, zusätzliche Unterstützung beim Start, einen Preisnachlass.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side knows about the new date (manager, delivery lead, account lead).</source>
        <translation>Wer auf Ihrer Seite vom neuen Datum weiß (Vorgesetzte, Lieferverantwortliche, Kundenverantwortliche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say it is late, and the new date, in the first minute</source>
        <translation>Sagen Sie in der ersten Minute, dass es später wird, und nennen Sie das neue Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;The delivery will not be ready on the 12th. Our new date is the 26th.&quot;</source>
        <translation>„Die Lieferung wird am 12. nicht fertig. Unser neues Datum ist der 26.“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name exactly what is late and what is still on time</source>
        <translation>Nennen Sie genau, was sich verspätet und was pünktlich bleibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own the slip: no excuses about workload or other clients</source>
        <translation>Stehen Sie zur Verspätung: keine Ausreden mit Auslastung oder anderen Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how sure you are of the new date, and what could move it</source>
        <translation>Sagen Sie, wie sicher das neue Datum ist und was es verschieben könnte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use calendar dates, not sprints or project terms</source>
        <translation>Nennen Sie Kalenderdaten, keine Sprints oder Projektbegriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop talking and let them react to the date</source>
        <translation>Schweigen Sie und lassen Sie den Kunden auf das Datum reagieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what plans of theirs the delay breaks</source>
        <translation>Fragen Sie, welche Pläne die Verzögerung durchkreuzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A launch, a campaign, a board meeting, their own customers.</source>
        <translation>Ein Start, eine Kampagne, eine Vorstandssitzung, die eigenen Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the broken promise, once and plainly</source>
        <translation>Entschuldigen Sie sich für die gebrochene Zusage, einmal und klar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat back what matters most to them about the date</source>
        <translation>Wiederholen Sie, was dem Kunden am Datum am wichtigsten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell them as soon as you know, not on the due date</source>
        <translation>Sagen Sie es, sobald Sie es wissen, nicht erst am Fälligkeitstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree on progress updates until delivery</source>
        <translation>Vereinbaren Sie Zwischenstände bis zur Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the date of the next update</source>
        <translation>Legen Sie das Datum der nächsten Rückmeldung fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the steps to the new date: owner and date each</source>
        <translation>Gehen Sie die Schritte bis zum neuen Datum durch: jeweils Verantwortlicher und Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer what can be delivered early, in part</source>
        <translation>Bieten Sie an, was vorab in Teilen geliefert werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask which matters more to them: the date or the full scope</source>
        <translation>Fragen Sie, was wichtiger ist: das Datum oder der volle Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer something for the wait</source>
        <translation>Bieten Sie etwas für die Wartezeit an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will spot a slip earlier next time</source>
        <translation>Sagen Sie, wie Sie eine Verspätung künftig früher erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the written summary with the new date today</source>
        <translation>Sagen Sie die schriftliche Zusammenfassung mit dem neuen Datum für heute zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any bad news that fits no other scenario.</source>
        <translation>Jede schlechte Nachricht, die zu keinem anderen Szenario passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, since when, and what it affects. Plain words, no blame.</source>
        <translation>Was passiert ist, seit wann und was es betrifft. Klare Worte, keine Schuldzuweisung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do not know yet, and when you expect to know it.</source>
        <translation>Was Sie noch nicht wissen, und wann Sie es voraussichtlich wissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this means for the client: their users, their deadline, their boss.</source>
        <translation>Was das für den Kunden bedeutet: seine Nutzer, seine Frist, seine Vorgesetzten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps with an owner and a date each. One alternative if you have it.</source>
        <translation>Nächste Schritte mit jeweils Verantwortlichem und Datum. Eine Alternative, falls vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can offer where you fell short (credit, extra hours, a priority slot).</source>
        <translation>Was Sie als Ausgleich anbieten können (Gutschrift, zusätzliche Stunden, einen bevorzugten Termin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who on your side already knows (manager, account lead, team).</source>
        <translation>Wer auf Ihrer Seite schon Bescheid weiß (Vorgesetzte, Kundenverantwortliche, Team).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say the bad news in the first two minutes</source>
        <translation>Sagen Sie die schlechte Nachricht in den ersten zwei Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warm-up story; lead with the headline.</source>
        <translation>Keine lange Vorrede; beginnen Sie mit der Kernaussage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State it plainly: neither shrink nor inflate it</source>
        <translation>Sagen Sie es klar: weder kleinreden noch aufbauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it: no blame, no excuses</source>
        <translation>Übernehmen Sie Verantwortung: keine Schuldzuweisung, keine Ausreden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is known and what is not known yet</source>
        <translation>Sagen Sie, was bekannt ist und was noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use words the client uses, no jargon</source>
        <translation>Verwenden Sie die Worte des Kunden, keinen Jargon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and let them react; listen, do not defend</source>
        <translation>Machen Sie eine Pause und lassen Sie den Kunden reagieren; hören Sie zu, verteidigen Sie sich nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the pressure they are under</source>
        <translation>Benennen Sie den Druck, unter dem der Kunde steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their management, their operations, their reputation.</source>
        <translation>Seine Geschäftsleitung, sein Betrieb, sein Ruf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize once, and mean it</source>
        <translation>Entschuldigen Sie sich einmal, und meinen Sie es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check you understood their concerns and expectations</source>
        <translation>Prüfen Sie, ob Sie Bedenken und Erwartungen des Kunden verstanden haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match their sense of priority</source>
        <translation>Nehmen Sie die Dringlichkeit so ernst wie der Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they will hear from you</source>
        <translation>Vereinbaren Sie, wie oft der Kunde von Ihnen hört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the plan: steps, owners, dates</source>
        <translation>Gehen Sie den Plan durch: Schritte, Verantwortliche, Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they need; build the fix together</source>
        <translation>Fragen Sie, was der Kunde braucht; erarbeiten Sie die Lösung gemeinsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer at least one alternative</source>
        <translation>Bieten Sie mindestens eine Alternative an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends where you fell short</source>
        <translation>Bieten Sie einen Ausgleich an, wo Sie hinter der Zusage zurückblieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what will prevent a repeat</source>
        <translation>Sagen Sie, was eine Wiederholung verhindert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise the written summary today</source>
        <translation>Sagen Sie die schriftliche Zusammenfassung für heute zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service was down or degraded, or an incident affected the client.</source>
        <translation>Der Dienst war ausgefallen oder eingeschränkt, oder ein Vorfall hat den Kunden getroffen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was down, from when to when (or still ongoing), and who was affected.</source>
        <translation>Was ausgefallen war, von wann bis wann (oder noch andauernd) und wer betroffen war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you do not know yet (the cause, any lost data), and when you expect to know.</source>
        <translation>Was Sie noch nicht wissen (die Ursache, verlorene Daten), und wann Sie es voraussichtlich wissen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client could not do, what it cost them, what their own customers saw.</source>
        <translation>Was der Kunde nicht tun konnte, was es ihn gekostet hat, was seine eigenen Kunden gesehen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore, confirm no data was lost, find the cause, prevent a repeat: owner and date each.</source>
        <translation>Wiederherstellen, bestätigen, dass keine Daten verloren sind, Ursache finden, Wiederholung verhindern: jeweils Verantwortlicher und Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer: service credit, extra support, a review meeting with your lead.</source>
        <translation>Was Sie anbieten können: eine Gutschrift, zusätzliche Unterstützung, ein Auswertungsgespräch mit Ihrer Leitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side is handling the incident and who in management knows.</source>
        <translation>Wer auf Ihrer Seite den Vorfall bearbeitet und wer in der Leitung Bescheid weiß.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say first whether it is fixed now or still ongoing</source>
        <translation>Sagen Sie zuerst, ob es behoben ist oder noch andauert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the times it started and ended, and what was affected</source>
        <translation>Nennen Sie Beginn und Ende und was betroffen war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say plainly whether any data was lost or exposed</source>
        <translation>Sagen Sie klar, ob Daten verloren gingen oder offengelegt wurden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it: no excuses, no finger-pointing</source>
        <translation>Übernehmen Sie Verantwortung: keine Ausreden, kein Fingerzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is not known yet, including the cause</source>
        <translation>Sagen Sie, was noch nicht bekannt ist, auch zur Ursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not guess the cause on the call; say when you will know.</source>
        <translation>Raten Sie im Anruf nicht über die Ursache; sagen Sie, wann Sie sie kennen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them say what it did to them; listen, do not explain</source>
        <translation>Lassen Sie den Kunden sagen, was es für ihn bedeutet hat; hören Sie zu, erklären Sie nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge what their own customers and staff went through</source>
        <translation>Erkennen Sie an, was seine Kunden und Mitarbeitenden erlebt haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize sincerely for the disruption</source>
        <translation>Entschuldigen Sie sich aufrichtig für die Störung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they still need to recover</source>
        <translation>Fragen Sie, was der Kunde noch braucht, um sich zu erholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call them yourself, live, before they chase you</source>
        <translation>Rufen Sie selbst an, bevor der Kunde Ihnen nachlaufen muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they hear from you until it is closed</source>
        <translation>Vereinbaren Sie, wie oft der Kunde bis zum Abschluss von Ihnen hört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time of the next update</source>
        <translation>Legen Sie den Zeitpunkt der nächsten Rückmeldung fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk through the recovery steps: owner and date each</source>
        <translation>Gehen Sie die Schritte zur Wiederherstellung durch: jeweils Verantwortlicher und Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer help with their own recovery or communication</source>
        <translation>Bieten Sie Hilfe bei seiner eigenen Wiederherstellung oder Kommunikation an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise a plain-language report on the cause, with a date</source>
        <translation>Sagen Sie einen verständlichen Bericht zur Ursache mit Datum zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends for the time they were down</source>
        <translation>Bieten Sie einen Ausgleich für die Ausfallzeit an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what will stop it happening again</source>
        <translation>Sagen Sie, was eine Wiederholung verhindert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell them management reviews the incident internally</source>
        <translation>Sagen Sie, dass die Leitung den Vorfall intern auswertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part supplied by another vendor broke; the client still relies on us.</source>
        <translation>Ein Teil eines anderen Anbieters ist ausgefallen; der Kunde verlässt sich trotzdem auf uns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What broke, since when, what it affects for the client. Describe it as our service, not their vendor.</source>
        <translation>Was ausgefallen ist, seit wann, was es beim Kunden betrifft. Beschreiben Sie es als unseren Dienst, nicht als Sache des Zulieferers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the supplier has not confirmed yet, and when you expect to hear.</source>
        <translation>Was der Zulieferer noch nicht bestätigt hat, und wann Sie mit Antwort rechnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client cannot do right now and who on their side feels it.</source>
        <translation>Was der Kunde gerade nicht tun kann und wer auf seiner Seite es spürt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we are doing ourselves, what we are pushing the supplier to do, with owners and dates.</source>
        <translation>Was wir selbst tun und wozu wir den Zulieferer drängen, mit Verantwortlichen und Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What we offer regardless of whose part failed: credit, extra support, a priority fix.</source>
        <translation>Was wir anbieten, egal wessen Teil ausfiel: eine Gutschrift, zusätzliche Unterstützung, eine vorrangige Behebung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on our side manages the supplier and who is escalating with them.</source>
        <translation>Wer bei uns den Zulieferer betreut und wer dort eskaliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is broken for them, early and plainly</source>
        <translation>Sagen Sie früh und klar, was für den Kunden nicht funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own it as our problem: they chose us, not our supplier</source>
        <translation>Übernehmen Sie es als unser Problem: Der Kunde hat uns gewählt, nicht unseren Zulieferer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not blame or name the supplier to shift the fault</source>
        <translation>Schieben Sie die Schuld nicht auf den Zulieferer und nennen Sie ihn nicht, um abzulenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say &quot;a component we rely on&quot; unless they ask; then be factual, not defensive.</source>
        <translation>Sagen Sie „ein Baustein, auf den wir uns stützen“, solange der Kunde nicht fragt; dann sachlich, nicht abwehrend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what is confirmed and what is not yet known</source>
        <translation>Sagen Sie, was bestätigt ist und was noch nicht bekannt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the effect on them, not the technical chain</source>
        <translation>Beschreiben Sie die Folgen für den Kunden, nicht die technische Kette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let them react; do not defend the supplier or yourself</source>
        <translation>Lassen Sie den Kunden reagieren; verteidigen Sie weder den Zulieferer noch sich selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name what this costs them: users, sales, reputation</source>
        <translation>Benennen Sie, was es den Kunden kostet: Nutzer, Umsatz, Ruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize on our behalf, without pointing elsewhere</source>
        <translation>Entschuldigen Sie sich in unserem Namen, ohne auf andere zu zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what matters most to them while it is broken</source>
        <translation>Fragen Sie, was dem Kunden während des Ausfalls am wichtigsten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show you are pushing the supplier as hard as they would</source>
        <translation>Zeigen Sie, dass Sie den Zulieferer so hart antreiben, wie der Kunde es täte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how often they hear from you until it is fixed</source>
        <translation>Vereinbaren Sie, wie oft der Kunde bis zur Behebung von Ihnen hört</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time of the next update, even with no news</source>
        <translation>Legen Sie den Zeitpunkt der nächsten Rückmeldung fest, auch ohne Neuigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what we do ourselves, with owners and dates</source>
        <translation>Sagen Sie, was wir selbst tun, mit Verantwortlichen und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer a workaround or fallback for now</source>
        <translation>Bieten Sie vorerst eine Umgehung oder Ausweichlösung an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Be their single contact; they never chase the supplier</source>
        <translation>Seien Sie der einzige Ansprechpartner; der Kunde muss nie dem Zulieferer nachlaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer amends from us, whatever the supplier gives</source>
        <translation>Bieten Sie einen Ausgleich von uns an, unabhängig davon, was der Zulieferer gibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how we will reduce reliance on that part or catch it sooner</source>
        <translation>Sagen Sie, wie wir die Abhängigkeit von diesem Teil verringern oder Fehler früher erkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the client reported as a bug is the intended behaviour of the product.</source>
        <translation>Was der Kunde als Fehler gemeldet hat, ist das vorgesehene Verhalten des Produkts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they expected, what the product does instead, and why it was built that way.</source>
        <translation>Was der Kunde erwartet hat, was das Produkt stattdessen tut und warum es so gebaut ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the documentation or the training could have misled them, and what they truly need.</source>
        <translation>Ob Dokumentation oder Schulung ihn in die Irre geführt haben könnten, und was er wirklich braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the gap costs them today: lost time, a workaround, a process that does not fit.</source>
        <translation>Was die Lücke den Kunden heute kostet: verlorene Zeit, eine Umgehung, einen Ablauf, der nicht passt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A workaround for now, and the path to a change (request, estimate, decision date).</source>
        <translation>Eine Umgehung für jetzt und der Weg zu einer Änderung (Anfrage, Schätzung, Entscheidungsdatum).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you can offer for the confusion: a training session, a documentation fix, a free estimate.</source>
        <translation>Was Sie für die Verwirrung anbieten können: eine Schulung, eine korrigierte Dokumentation, eine kostenlose Schätzung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who on your side knows about their report (support, product owner, account lead).</source>
        <translation>Wer auf Ihrer Seite von der Meldung weiß (Support, Produktverantwortliche, Kundenverantwortliche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them for reporting it and for the detail they gave</source>
        <translation>Danken Sie für die Meldung und die genauen Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say early and plainly that this is how it is built today</source>
        <translation>Sagen Sie früh und klar, dass es derzeit so gebaut ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain why it behaves this way, in their words</source>
        <translation>Erklären Sie in den Worten des Kunden, warum es sich so verhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the gap between what they expected and what it does</source>
        <translation>Benennen Sie die Lücke zwischen Erwartung und tatsächlichem Verhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never suggest they used it wrong</source>
        <translation>Deuten Sie nie an, der Kunde habe es falsch benutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid &quot;user error&quot;, &quot;you should have&quot;, &quot;as documented&quot;.</source>
        <translation>Vermeiden Sie „Bedienfehler“, „Sie hätten … sollen“, „wie dokumentiert“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say their expectation was reasonable</source>
        <translation>Sagen Sie, dass die Erwartung des Kunden nachvollziehbar war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask what they were trying to get done, then listen</source>
        <translation>Fragen Sie, was der Kunde erreichen wollte, und hören Sie dann zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologize for the confusion and the time it cost</source>
        <translation>Entschuldigen Sie sich für die Verwirrung und die verlorene Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what result they need, not just the feature they named</source>
        <translation>Klären Sie, welches Ergebnis der Kunde braucht, nicht nur welche Funktion er nannte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat their blocked work as urgent, even if nothing is broken</source>
        <translation>Behandeln Sie seine blockierte Arbeit als dringend, auch wenn nichts kaputt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a date for the answer on their change request</source>
        <translation>Legen Sie ein Datum für die Antwort auf seinen Änderungswunsch fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a workaround they can use today</source>
        <translation>Zeigen Sie eine Umgehung, die der Kunde heute nutzen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer the path to a change: request, estimate, decision</source>
        <translation>Zeigen Sie den Weg zu einer Änderung: Anfrage, Schätzung, Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree together which option fits them best</source>
        <translation>Vereinbaren Sie gemeinsam, welche Option am besten passt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer to make the behaviour clearer in docs or training</source>
        <translation>Bieten Sie an, das Verhalten in Dokumentation oder Schulung klarer zu machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how you will avoid the same surprise for others</source>
        <translation>Sagen Sie, wie Sie dieselbe Überraschung bei anderen vermeiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise a written summary with the options today</source>
        <translation>Sagen Sie eine schriftliche Zusammenfassung mit den Optionen für heute zu</translation>
    </message>
    <message>
        <location filename="../../ui/instance_lock.py" line="+76"/>
        <source>Candor is already open on {file} (process {pid}). Switch to that window, or close it first.</source>
        <translation>Candor ist bereits mit {file} geöffnet (Prozess {pid}). Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Candor is already open on {file}. Switch to that window, or close it first.</source>
        <translation>Candor ist bereits mit {file} geöffnet. Wechseln Sie zu diesem Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location filename="../../ui/pages/board/team.py" line="+3"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/models/next_steps.py" line="+0"/>
        <location filename="../../ui/pages/board/team.py" line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client — call</source>
        <translation>Kunde — Anruf</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_cells.py" line="-6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/i18n_domain.py" line="-187"/>
        <location filename="../../ui/models/history_cells.py" line="+1"/>
        <location filename="../../ui/pages/board/team.py" line="-2"/>
        <location filename="../../ui/pages/history/team.py" line="-29"/>
        <location filename="../../ui/pages/home/model.py" line="+25"/>
        <location filename="../../ui/pages/search/team.py" line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/models/history_cells.py" line="+1"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <location filename="../../ui/pages/playbooks/texts.py" line="+28"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/history/team.py" line="+2"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/models/next_steps.py" line="+0"/>
        <location filename="../../ui/pages/history/team.py" line="+1"/>
        <location filename="../../ui/pages/home/model.py" line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/pages/client/view.py" line="+118"/>
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
        <location line="+7"/>
        <source>Sent {day}</source>
        <translation>Gesendet {day}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checked in on {day}</source>
        <translation>Nachgefasst am {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check-in due: not done yet</source>
        <translation>Nachfassen fällig: noch nicht erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in with the client on this day</source>
        <translation>An diesem Tag beim Kunden nachfassen</translation>
    </message>
    <message>
        <location filename="../../ui/models/next_steps.py" line="+68"/>
        <location filename="../../ui/pages/board/team.py" line="+27"/>
        <location filename="../../ui/pages/client/view.py" line="+99"/>
        <location filename="../../ui/widgets/team_call.py" line="+46"/>
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
        <location filename="../../ui/pages/board/controller.py" line="+75"/>
        <source>Letter marked sent. (Undo: open the call and click Letter sent.)</source>
        <translation>Brief als gesendet markiert. (Rückgängig: Anruf öffnen und „Brief gesendet“ anklicken.)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The team&apos;s commitments cannot be read now: {reason}</source>
        <translation>Die Zusagen des Teams können gerade nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/letters.py" line="+42"/>
        <location filename="../../ui/pages/board/view.py" line="+70"/>
        <source>Enter opens the call</source>
        <translation>Eingabe öffnet den Anruf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/wrapup/view.py" line="+130"/>
        <location line="+136"/>
        <source>Mark letter sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../../ui/shell/banner.py" line="-7"/>
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
        <location filename="../../ui/pages/board/view.py" line="-35"/>
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
        <location line="+41"/>
        <location filename="../../ui/pages/detail/view.py" line="+398"/>
        <source>Mark done…</source>
        <translation>Als erledigt markieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark done (Ctrl+D)</source>
        <translation>Als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/detail/view.py" line="-184"/>
        <location line="+187"/>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop: no longer needed (Del)</source>
        <translation>Verwerfen: nicht mehr nötig (Entf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/shell/banner.py" line="+112"/>
        <location filename="../../ui/widgets/tone_panel.py" line="+10"/>
        <location line="+76"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo last mark (Ctrl+Z)</source>
        <translation>Letzte Markierung rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scope.py" line="+20"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/view.py" line="+33"/>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n open commitment(s), {overdue} overdue</source>
        <translation>
            <numerusform>%n offene Zusage, {overdue} überfällig</numerusform>
            <numerusform>%n offene Zusagen, {overdue} überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/client/chart.py" line="+28"/>
        <source>No reactions recorded with this client yet</source>
        <translation>Für diesen Kunden sind noch keine Reaktionen erfasst</translation>
    </message>
    <message>
        <location line="+46"/>
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
        <location line="+76"/>
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
    <message>
        <location line="+3"/>
        <source>The latest {shown} of {total} calls.</source>
        <translation>Die letzten {shown} von {total} Anrufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n call(s) with reactions; the latest had {negative} negative and {positive} positive reactions.</source>
        <translation>
            <numerusform>%n Anruf mit Reaktionen; der letzte hatte {negative} negative und {positive} positive Reaktionen.</numerusform>
            <numerusform>%n Anrufe mit Reaktionen; der letzte hatte {negative} negative und {positive} positive Reaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/client/view.py" line="-183"/>
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
        <location line="+38"/>
        <source>On the team</source>
        <translation>Im Team</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+10"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../../ui/pages/history/view.py" line="+327"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody on the team has published a call with them yet.</source>
        <translation>Im Team hat noch niemand ein Gespräch mit diesem Kunden veröffentlicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{member}: last spoke to them {when} (“{title}”)</source>
        <translation>{member}: zuletzt gesprochen {when} („{title}“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} ({owner}, {due})</source>
        <translation>{what} ({owner}, {due})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open: {steps}</source>
        <translation>offen: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail/controller.py" line="+202"/>
        <source>The letter to {to} went out {when}</source>
        <translation>Der Brief an {to} ging am {when} hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick once the letter to {to} went out</source>
        <translation>Abhaken, sobald der Brief an {to} verschickt ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/pages/wrapup/controller.py" line="+211"/>
        <source>Letter marked sent.</source>
        <translation>Brief als gesendet markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/pages/wrapup/controller.py" line="+0"/>
        <source>Letter marked not sent.</source>
        <translation>Brief als nicht gesendet markiert.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../../ui/pages/prepare/view.py" line="+133"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-156"/>
        <location line="+263"/>
        <source>Saved as you type.</source>
        <translation>Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+38"/>
        <location filename="../../ui/pages/playbooks/controller.py" line="+247"/>
        <location filename="../../ui/pages/prepare/controller.py" line="+208"/>
        <location line="+8"/>
        <location line="+77"/>
        <location line="+22"/>
        <location line="+10"/>
        <location filename="../../ui/pages/wrapup/controller.py" line="-27"/>
        <location line="+10"/>
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
        <location line="+1"/>
        <source>Remove this note from the call?

{note}</source>
        <translation>Diese Notiz aus dem Anruf entfernen?

{note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/detail/view.py" line="-233"/>
        <location line="+63"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The client&apos;s overview</source>
        <translation>Die Übersicht des Kunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Double-click or F2 edits a note; Delete removes it</source>
        <translation>Doppelklick oder F2 bearbeitet eine Notiz; Entf entfernt sie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes  ·  F2 edits, Delete removes</source>
        <translation>Notizen  ·  F2 bearbeitet, Entf entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/live/view.py" line="+137"/>
        <source>Client reactions</source>
        <translation>Reaktionen des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/live/view.py" line="-27"/>
        <location filename="../../ui/pages/playbooks/view.py" line="-2"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-209"/>
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
        <location line="+6"/>
        <source>No longer needed</source>
        <translation>Nicht mehr nötig</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+7"/>
        <source>When to check in again</source>
        <translation>Wann Sie erneut nachfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/wrapup/view.py" line="-41"/>
        <source>Check in again on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/shell/banner.py" line="-55"/>
        <source>Checked in</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick once you have checked in with the client</source>
        <translation>Abhaken, sobald Sie beim Kunden nachgefasst haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter sent</source>
        <translation>Brief gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick once the follow-up letter went out to the client</source>
        <translation>Abhaken, sobald der Brief an den Kunden verschickt ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history/filters.py" line="+112"/>
        <source>All scenarios</source>
        <translation>Alle Szenarien</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only calls between</source>
        <translation>Nur Anrufe zwischen</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../../ui/pages/history/view.py" line="-299"/>
        <source>No calls yet — press Ctrl+N to prepare one</source>
        <translation>Noch keine Anrufe — mit Strg+N einen vorbereiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No calls match these filters</source>
        <translation>Keine Anrufe passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open call</source>
        <translation>Anruf öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client overview</source>
        <translation>Kundenübersicht</translation>
    </message>
    <message numerus="yes">
        <location line="+276"/>
        <source>{shown} of %n call(s)</source>
        <translation>
            <numerusform>{shown} von %n Anruf</numerusform>
            <numerusform>{shown} von %n Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/home/controller.py" line="+93"/>
        <source>Writing {count} sample calls…</source>
        <translation>{count} Beispielanrufe werden angelegt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loaded {count} sample calls.</source>
        <translation>{count} Beispielanrufe geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data could not be loaded.</source>
        <translation>Die Beispieldaten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/live/controller.py" line="+252"/>
        <location filename="../../ui/startup.py" line="+207"/>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data could not be loaded: {message}</source>
        <translation>Die Beispieldaten konnten nicht geladen werden: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history/team.py" line="-5"/>
        <location filename="../../ui/pages/home/model.py" line="-5"/>
        <location filename="../../ui/pages/live/model.py" line="+21"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open steps</source>
        <translation>Offene Schritte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the team&apos;s calls…</source>
        <translation>Die Gespräche des Teams werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The team&apos;s %n newest call(s)</source>
        <translation>
            <numerusform>Das neueste Gespräch des Teams</numerusform>
            <numerusform>Die %n neuesten Gespräche des Teams</numerusform>
        </translation>
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
        <location line="+3"/>
        <source>Prepare a new call: client, subject and scenario</source>
        <translation>Einen neuen Anruf vorbereiten: Kunde, Betreff und Szenario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load sample data</source>
        <translation>Beispieldaten laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill Candor with 30 realistic sample calls to look around</source>
        <translation>Candor mit 30 realistischen Beispielanrufen füllen, um sich umzusehen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/controller.py" line="-135"/>
        <source>Leave the call running?</source>
        <translation>Anruf weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The call with {client} is still live. Leave it running?

It stays live; open it again from recent calls to carry on. No stays in the call.</source>
        <translation>Der Anruf mit {client} läuft noch. Laufen lassen?

Er bleibt aktiv; öffnen Sie ihn unter „Letzte Anrufe“ wieder, um fortzufahren. „Nein“ bleibt im Anruf.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The note was not saved: {message}</source>
        <translation>Die Notiz wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reaction was not saved: {message}</source>
        <translation>Die Reaktion wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaction recorded: {reaction}</source>
        <translation>Reaktion erfasst: {reaction}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The tick was not saved: {message}</source>
        <translation>Das Häkchen wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing more to undo in this call</source>
        <translation>In diesem Anruf gibt es nichts mehr rückgängig zu machen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undone: reaction {reaction}</source>
        <translation>Rückgängig: Reaktion {reaction}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undone: tick of “{item}”</source>
        <translation>Rückgängig: Häkchen bei „{item}“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone: untick of “{item}”</source>
        <translation>Rückgängig: Häkchen entfernt bei „{item}“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not undo: {message}</source>
        <translation>Konnte nicht rückgängig gemacht werden: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undone: note “{note}” (back in the line)</source>
        <translation>Rückgängig: Notiz „{note}“ (wieder in der Eingabezeile)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not undo the note: {message}</source>
        <translation>Die Notiz konnte nicht rückgängig gemacht werden: {message}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft not saved: {message}</source>
        <translation>Entwurf nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>End the call?</source>
        <translation>Anruf beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the call with {client}? You then fill in the follow-up.</source>
        <translation>Den Anruf mit {client} beenden? Danach füllen Sie die Nachbereitung aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The call could not be ended: {message}</source>
        <translation>Der Anruf konnte nicht beendet werden: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/model.py" line="+0"/>
        <source>To cover</source>
        <translation>Anzusprechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/live/view.py" line="-33"/>
        <source>Space or click ticks an item</source>
        <translation>Leertaste oder Klick hakt einen Punkt ab</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show or hide what you wrote before the call (Ctrl+Shift+P)</source>
        <translation>Ihre Notizen von vor dem Anruf ein- oder ausblenden (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your prep</source>
        <translation>Ihre Vorbereitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote before the call (Ctrl+Shift+P)</source>
        <translation>Was Sie vor dem Anruf notiert haben (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you wrote before the call, read-only</source>
        <translation>Was Sie vor dem Anruf geschrieben haben, schreibgeschützt</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location filename="../../ui/pages/prepare/controller.py" line="-188"/>
        <source>%1 (its playbook is gone)</source>
        <translation>%1 (Playbook nicht mehr vorhanden)</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Enter a client and a subject to start the call.</source>
        <translation>Geben Sie Kunde und Betreff ein, um den Anruf zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prepare/view.py" line="-84"/>
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
        <location line="+11"/>
        <source>Who you will speak to; the letter greets them</source>
        <translation>Mit wem Sie sprechen; der Brief spricht diese Person an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you will speak to</source>
        <translation>Mit wem Sie sprechen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the letter greets them after &apos;Dear&apos;</source>
        <translation>Wie der Brief die Person nach „Sehr geehrte/r“ anspricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear … (Dana, Ms Kim)</source>
        <translation>Liebe/r … (Dana, Frau Kim)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the client letter</source>
        <translation>Die Sprache des Kundenbriefs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit &amp;playbooks…</source>
        <translation>&amp;Playbooks bearbeiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the scenarios&apos; checklists and wording, or make a scenario of your own</source>
        <translation>Checklisten und Formulierungen der Szenarien ändern oder ein eigenes Szenario anlegen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+6"/>
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
        <location filename="../../ui/pages/search/panel.py" line="+34"/>
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
        <location line="+1"/>
        <source>Only the first {words} words were searched.</source>
        <translation>Nur die ersten {words} Wörter wurden gesucht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search past calls…</source>
        <translation>Frühere Anrufe durchsuchen…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>The team cannot be searched now</source>
        <translation>Das Team kann gerade nicht durchsucht werden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s) on the team</source>
        <translation>
            <numerusform>%n Treffer im Team</numerusform>
            <numerusform>%n Treffer im Team</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{found} — Enter opens the call</source>
        <translation>{found} — Enter öffnet das Gespräch</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Search failed: {message}</source>
        <translation>Suche fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+4"/>
        <source>{found} — ↓ to move into the list, Enter opens the call</source>
        <translation>{found} — ↓ wechselt in die Liste, Eingabe öffnet den Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search/view.py" line="+35"/>
        <source>Search past calls</source>
        <translation>Frühere Anrufe durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/controller.py" line="-124"/>
        <source>Wrap-up: {client} — {title}</source>
        <translation>Nachbereitung: {client} — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{scenario} · the call lasted {duration}</source>
        <translation>{scenario} · der Anruf dauerte {duration}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Covered {covered} of {total}. Mention the rest in the letter or in the next call.</source>
        <translation>{covered} von {total} angesprochen. Erwähnen Sie den Rest im Brief oder im nächsten Anruf.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n checklist item(s) were covered.</source>
        <translation>
            <numerusform>Der %n Punkt der Checkliste wurde angesprochen.</numerusform>
            <numerusform>Alle %n Punkte der Checkliste wurden angesprochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To: {name} &lt;{address}&gt;</source>
        <translation>An: {name} &lt;{address}&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: {name} (no address)</source>
        <translation>An: {name} (keine Adresse)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Letter sent: {day} {time}</source>
        <translation>Brief gesendet: {day} {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/view.py" line="-46"/>
        <source>Not covered in the call</source>
        <translation>Im Anruf nicht angesprochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The call&apos;s name in Candor&apos;s lists</source>
        <translation>Der Name des Anrufs in Candors Listen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The subject line the client reads; empty: made from the title</source>
        <translation>Die Betreffzeile, die der Kunde liest; leer: aus dem Titel gebildet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The letter&apos;s language</source>
        <translation>Die Sprache des Briefs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter s&amp;ubject</source>
        <translation>Betreff des &amp;Briefs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/texts.py" line="+1"/>
        <source>Closing</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greeting without a contact</source>
        <translation>Anrede ohne Ansprechpartner</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/view.py" line="-96"/>
        <source>&amp;New from this</source>
        <translation>Als eigenes &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A scenario of your own, starting as a copy of the open playbook</source>
        <translation>Ein eigenes Szenario, zunächst eine Kopie des geöffneten Playbooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Reset to shipped</source>
        <translation>&amp;Zurücksetzen auf Auslieferung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove i&amp;tem</source>
        <translation>Punkt en&amp;tfernen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>N&amp;ame</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Su&amp;mmary</source>
        <translation>Zusammen&amp;fassung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>F2 rewords an item, Alt+Up and Alt+Down move it, Insert adds one, Delete removes it; drag to move. Past calls keep the items they were made with.</source>
        <translation>F2 formuliert einen Punkt um, Alt+Pfeil hoch und Alt+Pfeil runter verschieben ihn, Einfg fügt einen hinzu, Entf entfernt ihn; Ziehen verschiebt ihn. Frühere Gespräche behalten die Punkte, mit denen sie geführt wurden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/texts.py" line="+42"/>
        <source>One word or phrase a line: the tone review flags them in this scenario&apos;s letters.</source>
        <translation>Ein Wort oder Ausdruck pro Zeile: die Tonprüfung markiert sie in den Briefen dieses Szenarios.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/pages/wrapup/view.py" line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/view.py" line="+16"/>
        <source>Prep prompts</source>
        <translation>Fragen zur Vorbereitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter hints</source>
        <translation>Brieftexte</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../ui/shell/actions.py" line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/view.py" line="+8"/>
        <source>When to check in with the client again</source>
        <translation>Wann Sie erneut beim Kunden nachfassen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back to recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit follow-up</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export ▾</source>
        <translation>Exportieren ▾</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client letter (Ctrl+E), the internal record, an email, reminders</source>
        <translation>Der Kundenbrief (Strg+E), das interne Protokoll, eine E-Mail, Erinnerungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record that the follow-up letter went out to the client</source>
        <translation>Festhalten, dass der Brief an den Kunden verschickt ist</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Sent it? Press Space to mark the letter sent.</source>
        <translation>Verschickt? Mit der Leertaste den Brief als gesendet markieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from your prep</source>
        <translation>aus Ihrer Vorbereitung</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Read-only view of an ended call.</source>
        <translation>Schreibgeschützte Ansicht eines beendeten Anrufs.</translation>
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
        <location line="+36"/>
        <source>The next step was not saved: {message}</source>
        <translation>Der nächste Schritt wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change to the next step was not saved: {message}</source>
        <translation>Die Änderung am nächsten Schritt wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the call&apos;s page is closing</source>
        <translation>die Seite des Anrufs wird geschlossen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The next step&apos;s status was not saved: {message}</source>
        <translation>Der Status des nächsten Schritts wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove next step?</source>
        <translation>Nächsten Schritt entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{what}” from the next steps?</source>
        <translation>„{what}“ aus den nächsten Schritten entfernen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The removal of the next step was not saved: {message}</source>
        <translation>Das Entfernen des nächsten Schritts wurde nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/actions.py" line="-61"/>
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
        <location line="+1"/>
        <source>Pla&amp;ybooks…</source>
        <translation>Pla&amp;ybooks…</translation>
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
    <message>
        <location line="+1"/>
        <source>Reword the checklist item</source>
        <translation>Checklistenpunkt umformulieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the item within its section</source>
        <translation>Punkt innerhalb seines Abschnitts verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item, remove the item</source>
        <translation>Punkt hinzufügen, Punkt entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo, redo a change</source>
        <translation>Änderung rückgängig machen, wiederholen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/banner.py" line="-72"/>
        <source>%n commitment(s) overdue</source>
        <translation>
            <numerusform>%n Zusage überfällig</numerusform>
            <numerusform>%n Zusagen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n Nachfassen heute fällig</numerusform>
            <numerusform>%n Nachfassen heute fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Nachfassen fällig</numerusform>
            <numerusform>%n Nachfassen fällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+67"/>
        <source>Send the letter to {client} — {title} (call {ended})</source>
        <translation>Brief an {client} senden — {title} (Anruf {ended})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Check in with {client} — {title} (due {when})</source>
        <translation>Bei {client} nachfassen — {title} (fällig {when})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Show commitments</source>
        <translation>Zusagen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/team.py" line="+33"/>
        <location line="+1"/>
        <location filename="../../ui/widgets/scope.py" line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share your calls with your team on its PostgreSQL server: each member publishes their own calls and reads everyone&apos;s. Nothing leaves this computer until you join, and a call marked private never does.</source>
        <translation>Teilen Sie Ihre Gespräche mit Ihrem Team auf dessen PostgreSQL-Server: Jedes Mitglied veröffentlicht die eigenen Gespräche und liest die aller anderen. Nichts verlässt diesen Computer, bevor Sie beitreten, und ein als privat markiertes Gespräch nie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishing as</source>
        <translation>Veröffentlicht als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last publish</source>
        <translation>Zuletzt veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be published</source>
        <translation>Wartet auf Veröffentlichung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Team problem</source>
        <translation>Team-Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member URL</source>
        <translation>Mitglieds-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join the team</source>
        <translation>Dem Team beitreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave the team</source>
        <translation>Team &amp;verlassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave the team</source>
        <translation>Team verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish now</source>
        <translation>Jetzt &amp;veröffentlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/shell/banner.py" line="+3"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste the member URL from whoever runs the team&apos;s server:</source>
        <translation>Fügen Sie die Mitglieds-URL ein, die Sie von der Betreuung des Team-Servers erhalten haben:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not in a team</source>
        <translation>in keinem Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/banner.py" line="+99"/>
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
        <location filename="../../ui/shell/banner_controller.py" line="+96"/>
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
        <location line="+24"/>
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
        <location line="+25"/>
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
        <location line="+58"/>
        <source>Backed up to {path}</source>
        <translation>Gesichert nach {path}</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No backup today: {reason}.</source>
        <translation>Heute keine Sicherung: {reason}.</translation>
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
        <location line="+5"/>
        <source>Today&apos;s backup was not taken, so the backups from before the damage are kept as they are.</source>
        <translation>Die heutige Sicherung wurde nicht angelegt, damit die Sicherungen von vor dem Schaden unverändert bleiben.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../ui/startup.py" line="-70"/>
        <location line="+7"/>
        <location line="+13"/>
        <source>Candor cannot open its database</source>
        <translation>Candor kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>{problem}

Restore the latest sound backup, from {backup}? Anything entered after it would be missing; the damaged file is kept beside the backups, not deleted.</source>
        <translation>{problem}

Die neueste intakte Sicherung vom {backup} wiederherstellen? Alles danach Eingegebene würde fehlen; die beschädigte Datei bleibt neben den Sicherungen erhalten und wird nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not restore {file}: {problem}</source>
        <translation>{file} konnte nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{problem}

What you were entering is still on screen; try again.</source>
        <translation>{problem}

Ihre Eingabe ist noch auf dem Bildschirm; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong: {problem}</source>
        <translation>Etwas ist schiefgegangen: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/email_field.py" line="+20"/>
        <source>That does not look like an email address (name@company.com). It is kept as typed.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus (name@firma.de). Sie wird wie eingegeben übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That does not look like an email address; kept as typed.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus; wie eingegeben übernommen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where the emailed letter goes</source>
        <translation>Wohin der Brief per E-Mail geht</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/note_line.py" line="+100"/>
        <source>Kind of the next note</source>
        <translation>Art der nächsten Notiz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a note and press Return to add it; Shift+Return for a new line.
{keys} set the kind (it goes back to Note after each entry).</source>
        <translation>Notiz eingeben und mit Eingabe hinzufügen; Umschalt+Eingabe für eine neue Zeile.
{keys} wählen die Art (nach jedem Eintrag wieder Notiz).</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <message numerus="yes">
        <location filename="../../ui/widgets/reaction_strip.py" line="+65"/>
        <source>%n reaction(s); last: {kind}</source>
        <translation>
            <numerusform>%n Reaktion; zuletzt: {kind}</numerusform>
            <numerusform>%n Reaktionen; zuletzt: {kind}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../../ui/widgets/tone_panel.py" line="-146"/>
        <source>Nothing to flag: the letter reads plainly.</source>
        <translation>Nichts zu beanstanden: Der Brief ist klar formuliert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions only: you can export at any time.</source>
        <translation>Nur Vorschläge: Sie können jederzeit exportieren.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Try: {suggestion}</source>
        <translation>Versuchen Sie: {suggestion}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In “{field}”.</source>
        <translation>In „{field}“.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In {part}.</source>
        <translation>In {part}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a finding to put the cursor on it</source>
        <translation>Klicken Sie auf einen Fund, um den Cursor dorthin zu setzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+43"/>
        <source>This is fine</source>
        <translation>Das passt so</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stop flagging these words in this call&apos;s letter</source>
        <translation>Diese Wörter im Brief zu diesem Anruf nicht mehr markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For this client</source>
        <translation>Für diesen Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never flag this word as jargon, in any letter</source>
        <translation>Dieses Wort in keinem Brief als Jargon markieren</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+24"/>
        <location line="+88"/>
        <source>this client</source>
        <translation>diesen Kunden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Never flag this word as jargon in letters to {client}</source>
        <translation>Dieses Wort in Briefen an {client} nie als Jargon markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {client}</source>
        <translation>Für {client}</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n thing(s) to look at.</source>
        <translation>
            <numerusform>%n Stelle zum Ansehen.</numerusform>
            <numerusform>%n Stellen zum Ansehen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>this word</source>
        <translation>dieses Wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore “{word}” for {client}</source>
        <translation>„{word}“ für {client} ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore “{word}” everywhere</source>
        <translation>„{word}“ überall ignorieren</translation>
    </message>
    <message>
        <location filename="../../ui/shell/appearance.py" line="+26"/>
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
        <location line="+42"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/models/notes.py" line="+94"/>
        <source>{kind} at {offset}: {text}</source>
        <translation>{kind} bei {offset}: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/marks.py" line="+97"/>
        <source>Marked “{what}” done today. Ctrl+Z to undo.</source>
        <translation>„{what}“ heute als erledigt markiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked “{what}” done on {day}. Ctrl+Z to undo.</source>
        <translation>„{what}“ als am {day} erledigt markiert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dropped “{what}”. Ctrl+Z to undo.</source>
        <translation>„{what}“ verworfen. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reopened “{what}”.</source>
        <translation>„{what}“ wieder geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/tone.py" line="-153"/>
        <source>The tone review checks English text only; this letter is in {language}.</source>
        <translation>Die Ton-Prüfung liest nur englischen Text; dieser Brief ist auf {language}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tone review checks English text only; this letter is not in English.</source>
        <translation>Die Ton-Prüfung liest nur englischen Text; dieser Brief ist nicht auf Englisch.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The tone review stopped: {message}</source>
        <translation>Die Ton-Prüfung wurde abgebrochen: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the first {limit} characters of each field were reviewed.</source>
        <translation>Nur die ersten {limit} Zeichen jedes Felds wurden geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first {shown} of {total} findings are listed.</source>
        <translation>Die ersten {shown} von {total} Funden sind aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 finding you marked fine is not listed.</source>
        <translation>1 Fund, den Sie als in Ordnung markiert haben, ist nicht aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n findings you marked fine are not listed.</source>
        <translation>
            <numerusform>%n Fund, den Sie als in Ordnung markiert haben, ist nicht aufgeführt.</numerusform>
            <numerusform>%n Funde, die Sie als in Ordnung markiert haben, sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tone review ({count})</source>
        <translation>Ton-Prüfung ({count})</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&apos;{words}&apos; will not be flagged again in this call.</source>
        <translation>„{words}“ wird in diesem Anruf nicht mehr markiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{words}&apos; will not be flagged for {client}.</source>
        <translation>„{words}“ wird für {client} nicht mehr markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{words}&apos; will not be flagged in any letter.</source>
        <translation>„{words}“ wird in keinem Brief mehr markiert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not undone: {message}</source>
        <translation>Nicht rückgängig gemacht: {message}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: &apos;{words}&apos; is flagged again.</source>
        <translation>Rückgängig: „{words}“ wird wieder markiert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/wrapup/tone_review.py" line="+88"/>
        <source>the next steps</source>
        <translation>den nächsten Schritten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/history_table.py" line="+88"/>
        <source>Enter or double-click opens the call</source>
        <translation>Eingabe oder Doppelklick öffnet den Anruf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reaction_palette.py" line="+31"/>
        <source>Client reaction: {reaction}</source>
        <translation>Reaktion des Kunden: {reaction}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that the client is {reaction} now (Alt+{key})</source>
        <translation>Festhalten, dass der Kunde jetzt so reagiert: {reaction} (Alt+{key})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/checklist.py" line="+43"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint (its tooltip in the call)</source>
        <translation>Hinweis (im Gespräch als Tooltip)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>F2 to reword; Alt+Up and Alt+Down to move</source>
        <translation>F2 zum Umformulieren; Alt+Pfeil hoch und Alt+Pfeil runter zum Verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/controller.py" line="-113"/>
        <source>Your file for it is not used: %1</source>
        <translation>Ihre Datei dafür wird nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are saved as you make them; Ctrl+Z undoes them.</source>
        <translation>Änderungen werden sofort gespeichert; Strg+Z macht sie rückgängig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard the changes to “%1” that are not saved (%2)?</source>
        <translation>Die nicht gespeicherten Änderungen an „%1“ verwerfen (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved until this is fixed: %1</source>
        <translation>Nicht gespeichert, bis dies behoben ist: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The shipped playbook, as it came.</source>
        <translation>Das ausgelieferte Playbook, unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reset “%1” to the shipped playbook? Ctrl+Z brings your wording back.</source>
        <translation>„%1“ auf das ausgelieferte Playbook zurücksetzen? Strg+Z holt Ihre Formulierungen zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset to shipped</source>
        <translation>Auf Auslieferung zurücksetzen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (mine)</source>
        <translation>%1 (eigenes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new playbook of your own: rename it and change what differs.</source>
        <translation>Ein neues eigenes Playbook: benennen Sie es um und ändern Sie, was anders ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete your playbook “%1”? Calls made with it keep their checklist.</source>
        <translation>Ihr Playbook „%1“ löschen? Gespräche, die damit geführt wurden, behalten ihre Checkliste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete playbook</source>
        <translation>Playbook löschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <location filename="../../ui/pages/playbooks/team_actions.py" line="+83"/>
        <source>Import a playbook</source>
        <translation>Playbook importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+32"/>
        <source>Playbooks (*.toml)</source>
        <translation>Playbooks (*.toml)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replace your playbook “%1” with the one in this file?</source>
        <translation>Ihr Playbook „%1“ durch das aus dieser Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/playbooks/team_actions.py" line="+1"/>
        <source>Nothing imported.</source>
        <translation>Nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/playbooks/team_actions.py" line="+4"/>
        <location line="+43"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/playbooks/team_actions.py" line="-41"/>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the playbook</source>
        <translation>Playbook exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/model.py" line="+27"/>
        <source>Edit the playbook</source>
        <translation>Playbook bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>yours</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file not used</source>
        <translation>Datei nicht verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your own playbook.</source>
        <translation>Ihr eigenes Playbook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your copy of a shipped playbook, changed from it.</source>
        <translation>Ihre Kopie eines ausgelieferten Playbooks, gegenüber diesem geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped. Your first change makes it your copy; the shipped one stays.</source>
        <translation>Ausgeliefert. Ihre erste Änderung macht daraus Ihre Kopie; die ausgelieferte bleibt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/team.py" line="+101"/>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team changes waiting</source>
        <translation>Wartende Team-Änderungen</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Team: %n change(s) waiting</source>
        <translation>
            <numerusform>Team: %n Änderung wartet</numerusform>
            <numerusform>Team: %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No system keyring is available, so the password is kept in the database file, readable by you alone.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar; das Passwort wird daher in der Datenbankdatei gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Leave the team?</source>
        <translation>Team verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop publishing your calls? The team keeps what was already published.</source>
        <translation>Ihre Gespräche nicht mehr veröffentlichen? Das Team behält, was bereits veröffentlicht ist.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/client/controller.py" line="+138"/>
        <location filename="../../ui/pages/history/controller.py" line="+155"/>
        <location line="+10"/>
        <location filename="../../ui/pages/search/controller.py" line="+166"/>
        <source>The team&apos;s calls cannot be read now: {reason}</source>
        <translation>Die Gespräche des Teams können gerade nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/board/team.py" line="-28"/>
        <location filename="../../ui/pages/history/team.py" line="-79"/>
        <location filename="../../ui/pages/search/team.py" line="+0"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the team&apos;s commitments…</source>
        <translation>Die Zusagen des Teams werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open commitment(s) on the team</source>
        <translation>
            <numerusform>%n offene Zusage im Team</numerusform>
            <numerusform>%n offene Zusagen im Team</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/team.py" line="+29"/>
        <source>&amp;Publish for the team</source>
        <translation>Für das Team &amp;veröffentlichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import from the team</source>
        <translation>Vom Team importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From the team</source>
        <translation>Vom Team</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the team&apos;s playbooks…</source>
        <translation>Die Playbooks des Teams werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody on the team has published a playbook yet.</source>
        <translation>Im Team hat noch niemand ein Playbook veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/playbooks/team_actions.py" line="-35"/>
        <source>Publishing “%1”…</source>
        <translation>„%1“ wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Published “%1” for the team.</source>
        <translation>„%1“ für das Team veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the team&apos;s playbook…</source>
        <translation>Das Playbook des Teams wird gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Replace your playbook “%1” with the team&apos;s?</source>
        <translation>Ihr Playbook „%1“ durch das des Teams ersetzen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The team&apos;s playbooks cannot be read now: %1</source>
        <translation>Die Playbooks des Teams können gerade nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search/controller.py" line="-10"/>
        <source>The team cannot be searched now: {reason}</source>
        <translation>Das Team kann gerade nicht durchsucht werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/search/team.py" line="+0"/>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/team_call.py" line="-17"/>
        <source>Reading {member}&apos;s call…</source>
        <translation>Das Gespräch von {member} wird gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That call is no longer on the team&apos;s server.</source>
        <translation>Dieses Gespräch ist nicht mehr auf dem Server des Teams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{member}&apos;s call, read-only: only {member} can change it.</source>
        <translation>Gespräch von {member}, nur lesbar: nur {member} kann es ändern.</translation>
    </message>
</context>
</TS>
