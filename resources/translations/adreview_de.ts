<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CaseFileKind</name>
    <message>
        <source>Advertisers (CSV)</source>
        <translation>Werbetreibende (CSV)</translation>
    </message>
    <message>
        <source>Cases (CSV)</source>
        <translation>Fälle (CSV)</translation>
    </message>
    <message>
        <source>Case file (JSON)</source>
        <translation>Falldatei (JSON)</translation>
    </message>
    <message>
        <source>CSV, kind unknown</source>
        <translation>CSV, Art unbekannt</translation>
    </message>
    <message>
        <source>Evidence (CSV)</source>
        <translation>Belege (CSV)</translation>
    </message>
</context>
<context>
    <name>FileDrop</name>
    <message>
        <source>drop .json or .csv case files, or .%1 sync bundles</source>
        <translation>Falldateien (.json oder .csv) oder Sync-Pakete (.%1) hier ablegen</translation>
    </message>
    <message>
        <source>Only files can be dropped here: %1.</source>
        <translation>Hier können nur Dateien abgelegt werden: %1.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer: %2.</source>
        <translation>%1 ist keine Datei auf diesem Computer: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>%1 kann nicht importiert werden: %2.</translation>
    </message>
    <message>
        <source>Drop case files or sync bundles, not both at once.</source>
        <translation>Bitte Falldateien oder Sync-Pakete ablegen, nicht beides zugleich.</translation>
    </message>
</context>
<context>
    <name>RevisionText</name>
    <message>
        <source>no status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (by %3)</source>
        <translation>%1 → %2 (durch %3)</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>%1 corrected</source>
        <translation>%1 korrigiert</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>überarbeitet</translation>
    </message>
    <message>
        <source>%1: revised on %2</source>
        <translation>%1: überarbeitet am %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 on %4</source>
        <translation>%1 %2: %3 am %4</translation>
    </message>
</context>
<context>
    <name>adreview::Actions</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>Eine leere Datenbank anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Eine andere Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close AdReview</source>
        <translation>AdReview schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your reviewer name and this device&apos;s label</source>
        <translation>Ihr Prüfername und die Bezeichnung dieses Geräts</translation>
    </message>
    <message>
        <source>&amp;Next Case</source>
        <translation>&amp;Nächster Fall</translation>
    </message>
    <message>
        <source>Move down the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <source>&amp;Previous Case</source>
        <translation>&amp;Vorheriger Fall</translation>
    </message>
    <message>
        <source>Move up the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>Ban the advertiser under a policy, citing evidence</source>
        <translation>Den Werbetreibenden nach einer Richtlinie sperren, mit Belegen</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Close the case as no violation</source>
        <translation>Den Fall ohne Verstoß abschließen</translation>
    </message>
    <message>
        <source>&amp;Reinstate…</source>
        <translation>&amp;Wieder zulassen…</translation>
    </message>
    <message>
        <source>Lift a ban, or grant an appeal</source>
        <translation>Eine Sperre aufheben oder einem Einspruch stattgeben</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Hand the case to a lead</source>
        <translation>Den Fall an die Teamleitung übergeben</translation>
    </message>
    <message>
        <source>Resolve Conf&amp;lict…</source>
        <translation>&amp;Konflikt lösen…</translation>
    </message>
    <message>
        <source>Settle decisions made apart that disagree: choose the outcome that stands</source>
        <translation>Getrennt getroffene, widersprüchliche Entscheidungen klären: das gültige Ergebnis wählen</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add a note to the case&apos;s history</source>
        <translation>Dem Verlauf des Falls eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation>Den Fall übernehmen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search advertisers, cases and evidence</source>
        <translation>Werbetreibende, Fälle und Belege durchsuchen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Read the queue and the case again</source>
        <translation>Warteschlange und Fall neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Be&amp;richte…</translation>
    </message>
    <message>
        <source>Decision reports for a period, policy or reviewer: preview and export</source>
        <translation>Entscheidungsberichte für einen Zeitraum, eine Richtlinie oder einen Prüfer: Vorschau und Export</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import case files (.json, .csv): check them, then add their advertisers, cases and evidence</source>
        <translation>Falldateien (.json, .csv) importieren: erst prüfen, dann ihre Werbetreibenden, Fälle und Belege hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write this database&apos;s events into a sync bundle for another laptop</source>
        <translation>Die Ereignisse dieser Datenbank in ein Sync-Paket für einen anderen Laptop schreiben</translation>
    </message>
    <message>
        <source>&amp;Import Bundles…</source>
        <translation>Pakete &amp;importieren…</translation>
    </message>
    <message>
        <source>Merge sync bundles from other laptops into this database</source>
        <translation>Sync-Pakete anderer Laptops in diese Datenbank übernehmen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Show or hide the backlog, decisions per week and SLA breaches</source>
        <translation>Rückstand, Entscheidungen pro Woche und SLA-Verstöße ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Show every shortcut</source>
        <translation>Alle Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>&amp;About AdReview</source>
        <translation>Ü&amp;ber AdReview</translation>
    </message>
    <message>
        <source>Version, database, Qt and SQLite</source>
        <translation>Version, Datenbank, Qt und SQLite</translation>
    </message>
    <message>
        <source>&amp;Team Server…</source>
        <translation>&amp;Teamserver…</translation>
    </message>
    <message>
        <source>The team&apos;s server this database syncs with, and the events from it that were set aside</source>
        <translation>Der Teamserver, mit dem diese Datenbank synchronisiert, und die von ihm zurückgestellten Ereignisse</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send this laptop&apos;s decisions to the team server and take everyone else&apos;s</source>
        <translation>Die Entscheidungen dieses Laptops an den Teamserver senden und die aller anderen übernehmen</translation>
    </message>
    <message>
        <source>Sa&amp;ve Current View…</source>
        <translation>Aktuelle Ansicht s&amp;peichern…</translation>
    </message>
    <message>
        <source>Keep the tab, filters, search and sort under a name, in the View menu and as a button under the tabs</source>
        <translation>Reiter, Filter, Suche und Sortierung unter einem Namen behalten, im Menü „Ansicht“ und als Schaltfläche unter den Reitern</translation>
    </message>
    <message>
        <source>&amp;Manage Saved Views…</source>
        <translation>Gespeicherte Ansichten ver&amp;walten…</translation>
    </message>
    <message>
        <source>Rename, reorder or delete the saved views</source>
        <translation>Gespeicherte Ansichten umbenennen, umordnen oder löschen</translation>
    </message>
    <message>
        <source>Appro&amp;ve Ban…</source>
        <translation>Sperre &amp;genehmigen…</translation>
    </message>
    <message>
        <source>Approve a ban another reviewer proposed: the advertiser is banned</source>
        <translation>Eine von einem anderen Prüfer vorgeschlagene Sperre genehmigen: Der Werbetreibende wird gesperrt</translation>
    </message>
    <message>
        <source>Re&amp;ject Ban…</source>
        <translation>Sperre a&amp;blehnen…</translation>
    </message>
    <message>
        <source>Reject a ban another reviewer proposed</source>
        <translation>Eine von einem anderen Prüfer vorgeschlagene Sperre ablehnen</translation>
    </message>
    <message>
        <source>&amp;Withdraw Proposal…</source>
        <translation>Vorschlag &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Take back a ban you proposed</source>
        <translation>Eine von Ihnen vorgeschlagene Sperre zurückziehen</translation>
    </message>
    <message>
        <source>Re-a&amp;ffirm Decision…</source>
        <translation>Entscheidung bes&amp;tätigen…</translation>
    </message>
    <message>
        <source>Keep a decision in re-review: its revised evidence does not change it</source>
        <translation>Eine Entscheidung in erneuter Prüfung bestätigen: die überarbeiteten Belege ändern sie nicht</translation>
    </message>
    <message>
        <source>Rever&amp;se Decision…</source>
        <translation>Entscheidung &amp;umkehren…</translation>
    </message>
    <message>
        <source>Turn a decision in re-review: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Eine Entscheidung in erneuter Prüfung umkehren: einen freigegebenen Werbetreibenden sperren, einen gesperrten wieder zulassen</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>Show or hide every event of every case, newest first, by reviewer, device, action, policy and time</source>
        <translation>Alle Ereignisse aller Fälle, neueste zuerst, nach Prüfer, Gerät, Aktion, Richtlinie und Zeit ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>adreview::ActivityView</name>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Only the events of this reviewer</source>
        <translation>Nur die Ereignisse dieses Prüfers</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Only the events written on this device</source>
        <translation>Nur die auf diesem Gerät geschriebenen Ereignisse</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Only events of this action</source>
        <translation>Nur Ereignisse dieser Aktion</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Only events under this policy</source>
        <translation>Nur Ereignisse unter dieser Richtlinie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Only events from this time (UTC)</source>
        <translation>Nur Ereignisse aus diesem Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Every event of every case, newest first; double-click or Enter shows the event&apos;s case</source>
        <translation>Alle Ereignisse aller Fälle, neueste zuerst; Doppelklick oder Eingabetaste zeigt den Fall des Ereignisses</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>All reviewers</source>
        <translation>Alle Prüfer</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Alle Richtlinien</translation>
    </message>
    <message>
        <source>Reading the activity failed: %1</source>
        <translation>Lesen der Aktivität fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No events match</source>
        <translation>Keine passenden Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n or more events, newest first</source>
        <translation>
            <numerusform>%n oder mehr Ereignisse, neueste zuerst</numerusform>
            <numerusform>%n oder mehr Ereignisse, neueste zuerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adreview::AttachmentView</name>
    <message>
        <source>Attached file</source>
        <translation>Angehängte Datei</translation>
    </message>
    <message>
        <source>Attached file SHA-256</source>
        <translation>SHA-256 der angehängten Datei</translation>
    </message>
    <message>
        <source>Attached picture preview</source>
        <translation>Vorschau des angehängten Bildes</translation>
    </message>
    <message>
        <source>Attachment messages</source>
        <translation>Meldungen zum Anhang</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>Anhang speichern…</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Open attachment…</source>
        <translation>Anhang öffnen…</translation>
    </message>
    <message>
        <source>Open attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <source>No attached file.</source>
        <translation>Keine Datei angehängt.</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Angehängte Datei: %1</translation>
    </message>
    <message>
        <source>Attached file: %1 (%2, %3)</source>
        <translation>Angehängte Datei: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Saved or opened as: %1</source>
        <translation>Gespeichert oder geöffnet als: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Warning: the stored file does not match its recorded SHA-256 (it hashes to %1).</source>
        <translation>Warnung: Die gespeicherte Datei passt nicht zu ihrem erfassten SHA-256 (ihr Hash ist %1).</translation>
    </message>
    <message>
        <source>Files of this kind can run programs when opened. Save it and inspect it instead.</source>
        <translation>Dateien dieser Art können beim Öffnen Programme ausführen. Speichern und prüfen Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Opens a copy in a temporary folder with your system&apos;s program for it.</source>
        <translation>Öffnet eine Kopie in einem temporären Ordner mit dem passenden Programm Ihres Systems.</translation>
    </message>
    <message>
        <source>No preview: the picture is damaged or too large to show (%1 × %2).</source>
        <translation>Keine Vorschau: Das Bild ist beschädigt oder zu groß für die Anzeige (%1 × %2).</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Preview of the attached picture, %1 × %2 pixels</source>
        <translation>Vorschau des angehängten Bildes, %1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Open the attached file %1 with the program your system uses for it?

Files from outside can be harmful; open only what you expect.</source>
        <translation>Die angehängte Datei %1 mit dem Programm öffnen, das Ihr System dafür verwendet?

Dateien von außen können schädlich sein; öffnen Sie nur, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Could not write a temporary copy: %1</source>
        <translation>Die temporäre Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No program could open %1.</source>
        <translation>Kein Programm konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
</context>
<context>
    <name>adreview::BulkDialog</name>
    <message>
        <source>Decide Selected Cases</source>
        <translation>Ausgewählte Fälle entscheiden</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Each case&apos;s own policy</source>
        <translation>Die eigene Richtlinie jedes Falls</translation>
    </message>
    <message>
        <source>Why, for every case selected: the same text is recorded on each</source>
        <translation>Warum, für jeden ausgewählten Fall: derselbe Text wird bei jedem festgehalten</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Assign &amp;to:</source>
        <translation>Zuweisen &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Statement of reasons</source>
        <translation>DSA-Begründung</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assign every case selected to a reviewer</source>
        <translation>Jeden ausgewählten Fall einem Prüfer zuweisen</translation>
    </message>
    <message>
        <source>Every item</source>
        <translation>Alle Belege</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases selected</source>
        <translation>
            <numerusform>%Ln Fall ausgewählt</numerusform>
            <numerusform>%Ln Fälle ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>a reviewer to assign</source>
        <translation>einen Prüfer, dem zugewiesen wird</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>a shorter text (at most %L1 characters)</source>
        <translation>einen kürzeren Text (höchstens %L1 Zeichen)</translation>
    </message>
    <message>
        <source>the kinds of evidence each case cites</source>
        <translation>die Arten von Belegen, die jeder Fall anführt</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Evidence each case cites (at least one item; a case with none is refused):</source>
        <translation>&amp;Belege, die jeder Fall anführt (mindestens einer; ein Fall ohne wird abgelehnt):</translation>
    </message>
    <message>
        <source>&amp;Evidence each case cites (optional):</source>
        <translation>&amp;Belege, die jeder Fall anführt (optional):</translation>
    </message>
    <message>
        <source>Each case records the default statement of reasons of its own policy. Choose one policy to review or edit the statement for all of them.</source>
        <translation>Jeder Fall erhält die Standard-DSA-Begründung seiner eigenen Richtlinie. Wählen Sie eine Richtlinie, um die Begründung für alle zu prüfen oder zu bearbeiten.</translation>
    </message>
    <message>
        <source>One statement of reasons, from the policy&apos;s defaults, is recorded for every case: review it on its tab.</source>
        <translation>Eine DSA-Begründung aus den Vorgaben der Richtlinie wird für jeden Fall festgehalten: prüfen Sie sie auf ihrem Reiter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 All %Ln</source>
        <translation>
            <numerusform>%1: %Ln Fall</numerusform>
            <numerusform>%1: alle %Ln Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln Selected Cases</source>
        <translation>
            <numerusform>%1 — %Ln ausgewählter Fall</numerusform>
            <numerusform>%1 — %Ln ausgewählte Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>„%1“ erfordert %2.</translation>
    </message>
    <message>
        <source>Statement of reasons — %1</source>
        <translation>DSA-Begründung — %1</translation>
    </message>
    <message>
        <source>Each case is checked on its own as it stands now: a case that changed since you confirm, or that the rules refuse, is left as it is and named in the summary.</source>
        <translation>Jeder Fall wird einzeln geprüft, so wie er jetzt steht: ein Fall, der sich nach Ihrer Bestätigung ändert oder den die Regeln ablehnen, bleibt, wie er ist, und wird in der Zusammenfassung genannt.</translation>
    </message>
</context>
<context>
    <name>adreview::BulkFlow</name>
    <message>
        <source>Another bulk action is still running; try again when it ends.</source>
        <translation>Eine andere Sammelaktion läuft noch; versuchen Sie es erneut, wenn sie endet.</translation>
    </message>
    <message>
        <source>Bulk action not done</source>
        <translation>Sammelaktion nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>adreview::BulkRun</name>
    <message>
        <source>The bulk action stopped before it reported</source>
        <translation>Die Sammelaktion endete, bevor sie berichtete</translation>
    </message>
    <message>
        <source>Deciding Cases</source>
        <translation>Fälle werden entschieden</translation>
    </message>
    <message numerus="yes">
        <source>Deciding %Ln cases…</source>
        <translation>
            <numerusform>%Ln Fall wird entschieden …</numerusform>
            <numerusform>%Ln Fälle werden entschieden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop After This Case</source>
        <translation>Nach diesem Fall anhalten</translation>
    </message>
    <message>
        <source>Stopping after the case being decided…</source>
        <translation>Wird nach dem laufenden Fall angehalten …</translation>
    </message>
    <message>
        <source>Deciding case %L1 of %L2…</source>
        <translation>Fall %L1 von %L2 wird entschieden …</translation>
    </message>
</context>
<context>
    <name>adreview::BulkSummaryDialog</name>
    <message>
        <source>Bulk Action Summary</source>
        <translation>Zusammenfassung der Sammelaktion</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>%1 — cases done: %L2, one event each.</source>
        <translation>%1 — erledigte Fälle: %L2, je ein Ereignis.</translation>
    </message>
    <message>
        <source>Cases refused and left as they were: %L1 (changed by someone else after you confirmed: %L2).</source>
        <translation>Abgelehnte und unverändert gelassene Fälle: %L1 (nach Ihrer Bestätigung von jemand anderem geändert: %L2).</translation>
    </message>
    <message>
        <source>Cases refused and left as they were: %L1.</source>
        <translation>Abgelehnte und unverändert gelassene Fälle: %L1.</translation>
    </message>
    <message>
        <source>Stopped on request; cases not reached: %L1.</source>
        <translation>Auf Wunsch angehalten; nicht erreichte Fälle: %L1.</translation>
    </message>
    <message>
        <source>The database failed: %1 Cases not reached: %L2.</source>
        <translation>Die Datenbank hat versagt: %1 Nicht erreichte Fälle: %L2.</translation>
    </message>
    <message>
        <source>Cases refused or not reached</source>
        <translation>Abgelehnte oder nicht erreichte Fälle</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>&amp;Copy Refs</source>
        <translation>Refs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the refs listed, one a line, for a later bulk action or the command line</source>
        <translation>Die aufgeführten Refs kopieren, eine pro Zeile, für eine spätere Sammelaktion oder die Kommandozeile</translation>
    </message>
</context>
<context>
    <name>adreview::CaseHeader</name>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Fallzusammenfassung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (opened %2 UTC)</source>
        <translation>%1 (geöffnet %2 UTC)</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Fällig %1 UTC</translation>
    </message>
    <message>
        <source>%1 — decided %2 late</source>
        <translation>%1 — %2 zu spät entschieden</translation>
    </message>
    <message>
        <source>%1 — decided within SLA</source>
        <translation>%1 — innerhalb der SLA entschieden</translation>
    </message>
    <message>
        <source>Overdue by %1 (due %2 UTC)</source>
        <translation>Überfällig seit %1 (fällig %2 UTC)</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — noch %2</translation>
    </message>
    <message>
        <source>restriction ended on %1</source>
        <translation>Beschränkung endete am %1</translation>
    </message>
    <message>
        <source>restriction ends on %1</source>
        <translation>Beschränkung endet am %1</translation>
    </message>
    <message>
        <source>review due since %1</source>
        <translation>Überprüfung fällig seit %1</translation>
    </message>
    <message>
        <source>review by %1</source>
        <translation>Überprüfung bis %1</translation>
    </message>
    <message>
        <source>Contests</source>
        <translation>Ficht an</translation>
    </message>
    <message>
        <source>no ban of this advertiser was recorded before the appeal</source>
        <translation>vor dem Einspruch wurde keine Sperre dieses Werbetreibenden erfasst</translation>
    </message>
    <message>
        <source>the ban of %1 on %2 UTC by %3</source>
        <translation>die Sperre von %1 am %2 UTC durch %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 — filed more than %n month(s) after it</source>
        <translation>
            <numerusform>%1 — mehr als %n Monat danach eingelegt</numerusform>
            <numerusform>%1 — mehr als %n Monate danach eingelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1. Whoever made it cannot decide the appeal.</source>
        <translation>Entscheidung %1. Wer sie getroffen hat, kann über den Einspruch nicht entscheiden.</translation>
    </message>
    <message>
        <source>ban proposed by %1 (%2 ago)</source>
        <translation>Sperre vorgeschlagen von %1 (vor %2)</translation>
    </message>
    <message>
        <source>A ban proposed %1 UTC on %2, awaiting approval. Another reviewer approves or rejects it; %3 may withdraw it.</source>
        <translation>Sperre vorgeschlagen am %1 UTC auf %2, wartet auf Genehmigung. Ein anderer Prüfer genehmigt oder lehnt sie ab; %3 kann sie zurückziehen.</translation>
    </message>
</context>
<context>
    <name>adreview::CasePane</name>
    <message>
        <source>Case pane</source>
        <translation>Fallansicht</translation>
    </message>
    <message>
        <source>Case pane message</source>
        <translation>Meldung der Fallansicht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>News citations</source>
        <translation>Presseberichte</translation>
    </message>
    <message>
        <source>Agency advisories</source>
        <translation>Behördenhinweise</translation>
    </message>
    <message>
        <source>Other evidence</source>
        <translation>Weitere Belege</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
    <message>
        <source>AdReview</source>
        <translation>AdReview</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Kein Fall ausgewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>In dieser Datenbank gibt es keinen Fall %1.</translation>
    </message>
    <message>
        <source>Evidence kinds</source>
        <translation>Arten von Belegen</translation>
    </message>
    <message>
        <source>News citations, agency advisories and other evidence</source>
        <translation>Presseberichte, Behördenhinweise und weitere Belege</translation>
    </message>
    <message>
        <source>What the press reported about the advertiser</source>
        <translation>Was die Presse über den Werbetreibenden berichtet hat</translation>
    </message>
    <message>
        <source>Government agencies&apos; advisories and directives</source>
        <translation>Hinweise und Anordnungen staatlicher Behörden</translation>
    </message>
    <message>
        <source>Company statements, other platforms&apos; actions and internal signals</source>
        <translation>Stellungnahmen des Unternehmens, Maßnahmen anderer Plattformen und interne Signale</translation>
    </message>
    <message>
        <source>Not in this view</source>
        <translation>Nicht in dieser Ansicht</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictBanner</name>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Conflicting decisions</source>
        <translation>Widersprüchliche Entscheidungen</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>In conflict: decisions made apart disagree. A lead must resolve it (Case → Resolve Conflict); until then only notes can be added.</source>
        <translation>Im Konflikt: Getrennt getroffene Entscheidungen widersprechen sich. Die Teamleitung muss ihn lösen (Fall → Konflikt lösen); bis dahin können nur Notizen hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictSides</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 on %3, %4 UTC</source>
        <translation>%1 von %2 auf %3, %4 UTC</translation>
    </message>
</context>
<context>
    <name>adreview::ConflictSidesView</name>
    <message>
        <source>Evidence cited: none</source>
        <translation>Zitierte Belege: keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evidence cited: %1</source>
        <translation>Zitierte Belege: %1</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Widersprüchliche Entscheidungen</translation>
    </message>
    <message>
        <source>No decisions are in conflict any more.</source>
        <translation>Keine Entscheidungen stehen mehr im Konflikt.</translation>
    </message>
    <message>
        <source>These decisions were made without seeing each other and disagree; choose the outcome that stands:</source>
        <translation>Diese Entscheidungen wurden unabhängig voneinander getroffen und widersprechen sich; wählen Sie das gültige Ergebnis:</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Entscheidung %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>von %1 auf %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer and device</source>
        <translation>Prüfer und Gerät</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>Rationale of decision %1</source>
        <translation>Begründung der Entscheidung %1</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(keine Begründung)</translation>
    </message>
</context>
<context>
    <name>adreview::DashboardView</name>
    <message>
        <source>Dashboard summary</source>
        <translation>Zusammenfassung der Übersicht</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <source>Dashboard unavailable: %1</source>
        <translation>Übersicht nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Backlog: %1 undecided cases · %2 to %3: %4 decisions, %5 after the SLA · updated %6 UTC</source>
        <translation>Rückstand: %1 offene Fälle · %2 bis %3: %4 Entscheidungen, %5 nach Ablauf der SLA · aktualisiert %6 UTC</translation>
    </message>
    <message>
        <source>Backlog by state</source>
        <translation>Rückstand nach Status</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Rückstand nach Alter</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Entscheidungen pro Woche</translation>
    </message>
    <message>
        <source>SLA, last %1 weeks</source>
        <translation>SLA, letzte %1 Wochen</translation>
    </message>
</context>
<context>
    <name>adreview::DatabaseOpener</name>
    <message>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <source>A backup made %1 UTC is kept (%2). Restore it? Decisions made after it are not in it. The damaged file is kept beside the database, renamed.</source>
        <translation>Es gibt eine Sicherung vom %1 UTC (%2). Wiederherstellen? Danach getroffene Entscheidungen sind nicht darin enthalten. Die beschädigte Datei bleibt umbenannt neben der Datenbank erhalten.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>adreview::DecisionDialog</name>
    <message>
        <source>Ban</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Wieder zulassen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Why: which evidence shows what, and which part of the policy it breaks</source>
        <translation>Warum: Welcher Beleg zeigt was, und gegen welchen Teil der Richtlinie wird verstoßen</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Decide &amp;&amp; next</source>
        <translation>Entscheiden &amp;&amp; weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Decide and open the next case</source>
        <translation>Entscheiden und den nächsten Fall öffnen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 is not in conflict; there is nothing to resolve.</source>
        <translation>%1 steht nicht im Konflikt; es gibt nichts zu lösen.</translation>
    </message>
    <message>
        <source>%1 is in conflict; until a lead resolves it with Resolve, only a note can be added.</source>
        <translation>%1 steht im Konflikt; bis die Teamleitung ihn mit „Konflikt lösen“ klärt, kann nur eine Notiz hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 is already decided (%2); it cannot be banned or cleared again.</source>
        <translation>%1 ist bereits entschieden (%2); der Fall kann nicht erneut gesperrt oder freigegeben werden.</translation>
    </message>
    <message>
        <source>%1 is %2; only an open case or one in review can be escalated.</source>
        <translation>%1 ist %2; nur ein offener oder in Prüfung befindlicher Fall kann eskaliert werden.</translation>
    </message>
    <message>
        <source>%1 is %2; only a banned case, or an appeal of a banned advertiser, can be reinstated.</source>
        <translation>%1 ist %2; nur ein gesperrter Fall oder ein Einspruch eines gesperrten Werbetreibenden kann wieder zugelassen werden.</translation>
    </message>
    <message>
        <source>a case</source>
        <translation>einen Fall</translation>
    </message>
    <message>
        <source>an outcome</source>
        <translation>ein Ergebnis</translation>
    </message>
    <message>
        <source>a policy</source>
        <translation>eine Richtlinie</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>a shorter text (at most %L1 characters)</source>
        <translation>einen kürzeren Text (höchstens %L1 Zeichen)</translation>
    </message>
    <message>
        <source>at least one ticked evidence item</source>
        <translation>mindestens einen angekreuzten Beleg</translation>
    </message>
    <message>
        <source>Resolve conflict on %1</source>
        <translation>Konflikt bei %1 lösen</translation>
    </message>
    <message>
        <source>Decide %1</source>
        <translation>%1 entscheiden</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Rationale (optional):</source>
        <translation>&amp;Begründung (optional):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Evidence cited (at least one):</source>
        <translation>&amp;Zitierte Belege (mindestens einer):</translation>
    </message>
    <message>
        <source>&amp;Evidence cited (optional):</source>
        <translation>&amp;Zitierte Belege (optional):</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>Submit: %1</source>
        <translation>Absenden: %1</translation>
    </message>
    <message>
        <source>%1 needs %2.</source>
        <translation>„%1“ erfordert %2.</translation>
    </message>
    <message>
        <source>Ready: %1 submits, %2 submits and opens the next case.</source>
        <translation>Bereit: %1 sendet ab, %2 sendet ab und öffnet den nächsten Fall.</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Entscheidung nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Your text is kept; try again.</source>
        <translation>%1

Ihr Text bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Discard the text?</source>
        <translation>Text verwerfen?</translation>
    </message>
    <message>
        <source>Close without deciding and discard what you typed for %1?</source>
        <translation>Ohne Entscheidung schließen und Ihre Eingabe zu %1 verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Ban the advertiser under the policy, citing the evidence that shows the breach</source>
        <translation>Den Werbetreibenden nach der Richtlinie sperren, mit den Belegen, die den Verstoß zeigen</translation>
    </message>
    <message>
        <source>Close the case with no action against the advertiser</source>
        <translation>Den Fall ohne Maßnahme gegen den Werbetreibenden abschließen</translation>
    </message>
    <message>
        <source>Lift the advertiser&apos;s ban, citing what has changed</source>
        <translation>Die Sperre des Werbetreibenden aufheben, mit Angabe dessen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Hand the case to a lead, saying what needs deciding</source>
        <translation>Den Fall an die Teamleitung übergeben, mit Angabe dessen, was zu entscheiden ist</translation>
    </message>
    <message>
        <source>Add a note to the case without deciding it</source>
        <translation>Dem Fall eine Notiz hinzufügen, ohne ihn zu entscheiden</translation>
    </message>
    <message>
        <source>Settle decisions made apart on different machines with one outcome</source>
        <translation>Getrennt auf verschiedenen Geräten getroffene Entscheidungen mit einem Ergebnis klären</translation>
    </message>
    <message>
        <source>The advertising policy the decision is made under</source>
        <translation>Die Werberichtlinie, nach der entschieden wird</translation>
    </message>
    <message>
        <source>Parts of the decision</source>
        <translation>Teile der Entscheidung</translation>
    </message>
    <message>
        <source>Rationale and evidence</source>
        <translation>Begründung und Belege</translation>
    </message>
    <message>
        <source>Why the decision is made, and the evidence it cites</source>
        <translation>Warum entschieden wird, und die zitierten Belege</translation>
    </message>
    <message>
        <source>&amp;Statement of reasons (DSA)</source>
        <translation>&amp;DSA-Begründung</translation>
    </message>
    <message>
        <source>What the EU&apos;s Digital Services Act has the advertiser told, and the Transparency Database published</source>
        <translation>Was der Werbetreibende nach dem Digital Services Act der EU erfährt und was die Transparenzdatenbank veröffentlicht</translation>
    </message>
    <message>
        <source>Statement of reasons — %1</source>
        <translation>DSA-Begründung — %1</translation>
    </message>
    <message>
        <source>The statement of reasons lacks %1; it is recorded as it is, and the DSA export lists it as incomplete.</source>
        <translation>Noch offen in der DSA-Begründung: %1. Sie wird trotzdem so gespeichert, und der DSA-Export führt sie als unvollständig.</translation>
    </message>
    <message>
        <source>You made the decision this appeal contests (the ban of %1); another reviewer decides the appeal. You can add a note.</source>
        <translation>Sie haben die Entscheidung getroffen, gegen die sich dieser Einspruch richtet (die Sperre von %1); über den Einspruch entscheidet ein anderer Prüfer. Eine Notiz können Sie hinzufügen.</translation>
    </message>
    <message>
        <source>Propose ban</source>
        <translation>Sperre vorschlagen</translation>
    </message>
    <message>
        <source>Approve ban</source>
        <translation>Sperre genehmigen</translation>
    </message>
    <message>
        <source>Reject ban</source>
        <translation>Sperre ablehnen</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>Vorschlag zurückziehen</translation>
    </message>
    <message>
        <source>Propose a ban that takes effect once another reviewer approves it</source>
        <translation>Eine Sperre vorschlagen, die wirksam wird, sobald ein anderer Prüfer sie genehmigt</translation>
    </message>
    <message>
        <source>Approve the proposed ban as a second reviewer: the advertiser is banned</source>
        <translation>Die vorgeschlagene Sperre als zweiter Prüfer genehmigen: Der Werbetreibende wird gesperrt</translation>
    </message>
    <message>
        <source>Reject the proposed ban as a second reviewer: the case goes back to review</source>
        <translation>Die vorgeschlagene Sperre als zweiter Prüfer ablehnen: Der Fall geht zurück in die Prüfung</translation>
    </message>
    <message>
        <source>Take back your own proposed ban</source>
        <translation>Die eigene vorgeschlagene Sperre zurückziehen</translation>
    </message>
    <message>
        <source>%1 has a ban proposed by %2 awaiting approval; it is approved, rejected or withdrawn first.</source>
        <translation>Für %1 wartet eine von %2 vorgeschlagene Sperre auf Genehmigung; sie wird zuerst genehmigt, abgelehnt oder zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 has no proposed ban awaiting approval.</source>
        <translation>Für %1 wartet keine vorgeschlagene Sperre auf Genehmigung.</translation>
    </message>
    <message>
        <source>You proposed this ban; another reviewer approves or rejects it. You can withdraw it.</source>
        <translation>Sie haben diese Sperre vorgeschlagen; ein anderer Prüfer genehmigt oder lehnt sie ab. Sie können sie zurückziehen.</translation>
    </message>
    <message>
        <source>Only %1, who proposed this ban, can withdraw it.</source>
        <translation>Nur %1, der diese Sperre vorgeschlagen hat, kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>A ban of this case needs a second reviewer: it is recorded as proposed, and the advertiser is banned once another reviewer approves it.</source>
        <translation>Eine Sperre in diesem Fall braucht einen zweiten Prüfer: Sie wird als Vorschlag erfasst, und der Werbetreibende wird gesperrt, sobald ein anderer Prüfer sie genehmigt.</translation>
    </message>
    <message>
        <source>Re-affirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Umkehren</translation>
    </message>
    <message>
        <source>Keep the decision: its revised evidence does not change it</source>
        <translation>Die Entscheidung bleibt: die überarbeiteten Belege ändern sie nicht</translation>
    </message>
    <message>
        <source>Turn the decision: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Die Entscheidung umkehren: einen freigegebenen Werbetreibenden sperren, einen gesperrten wieder zulassen</translation>
    </message>
    <message>
        <source>%1 is not in re-review: no evidence its decision rests on was revised since.</source>
        <translation>%1 ist nicht in erneuter Prüfung: kein Beleg, auf dem die Entscheidung beruht, wurde seither überarbeitet.</translation>
    </message>
    <message>
        <source>Reverse: reinstate</source>
        <translation>Umkehren: wieder zulassen</translation>
    </message>
    <message>
        <source>Reverse: ban</source>
        <translation>Umkehren: Sperre</translation>
    </message>
    <message>
        <source>Reversing %1 lifts the ban: the advertiser is reinstated, as by a reinstatement.</source>
        <translation>Die Umkehrung von %1 hebt die Sperre auf: der Werbetreibende wird wie bei einer Wiederzulassung wieder zugelassen.</translation>
    </message>
    <message>
        <source>Reversing %1 bans the advertiser: it needs what a ban needs.</source>
        <translation>Die Umkehrung von %1 sperrt den Werbetreibenden: sie braucht, was eine Sperre braucht.</translation>
    </message>
</context>
<context>
    <name>adreview::DecisionFlow</name>
    <message>
        <source>Could not assign %1</source>
        <translation>%1 konnte nicht zugewiesen werden</translation>
    </message>
</context>
<context>
    <name>adreview::DisplayText</name>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Herausgegeben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>adreview::DsaText</name>
    <message>
        <source>Illegal content</source>
        <translation>Rechtswidrige Inhalte</translation>
    </message>
    <message>
        <source>Incompatible with the terms and conditions</source>
        <translation>Unvereinbar mit den Geschäftsbedingungen</translation>
    </message>
    <message>
        <source>Animal welfare</source>
        <translation>Tierschutz</translation>
    </message>
    <message>
        <source>Consumer information infringements</source>
        <translation>Verstöße gegen Verbraucherinformationspflichten</translation>
    </message>
    <message>
        <source>Cyber violence</source>
        <translation>Cybergewalt</translation>
    </message>
    <message>
        <source>Cyber violence against women</source>
        <translation>Cybergewalt gegen Frauen</translation>
    </message>
    <message>
        <source>Data protection and privacy violations</source>
        <translation>Verletzungen von Datenschutz und Privatsphäre</translation>
    </message>
    <message>
        <source>Illegal or harmful speech</source>
        <translation>Rechtswidrige oder schädliche Äußerungen</translation>
    </message>
    <message>
        <source>Intellectual property infringements</source>
        <translation>Verletzungen geistigen Eigentums</translation>
    </message>
    <message>
        <source>Negative effects on civic discourse or elections</source>
        <translation>Negative Auswirkungen auf den gesellschaftlichen Diskurs oder Wahlen</translation>
    </message>
    <message>
        <source>Not specified in the notice</source>
        <translation>In der Meldung nicht angegeben</translation>
    </message>
    <message>
        <source>Other violation of the terms and conditions</source>
        <translation>Sonstiger Verstoß gegen die Geschäftsbedingungen</translation>
    </message>
    <message>
        <source>Protection of minors</source>
        <translation>Jugendschutz</translation>
    </message>
    <message>
        <source>Risk for public security</source>
        <translation>Gefahr für die öffentliche Sicherheit</translation>
    </message>
    <message>
        <source>Scams and fraud</source>
        <translation>Betrug und Täuschung</translation>
    </message>
    <message>
        <source>Self-harm</source>
        <translation>Selbstverletzung</translation>
    </message>
    <message>
        <source>Unsafe or prohibited products</source>
        <translation>Unsichere oder verbotene Produkte</translation>
    </message>
    <message>
        <source>Violence</source>
        <translation>Gewalt</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Synthetic media</source>
        <translation>Synthetische Medien</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Access disabled</source>
        <translation>Zugang gesperrt</translation>
    </message>
    <message>
        <source>Demoted</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Age-restricted</source>
        <translation>Altersbeschränkt</translation>
    </message>
    <message>
        <source>Interaction restricted</source>
        <translation>Interaktion eingeschränkt</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Gekennzeichnet</translation>
    </message>
    <message>
        <source>Payments suspended</source>
        <translation>Zahlungen ausgesetzt</translation>
    </message>
    <message>
        <source>Payments terminated</source>
        <translation>Zahlungen eingestellt</translation>
    </message>
    <message>
        <source>Partly suspended</source>
        <translation>Teilweise ausgesetzt</translation>
    </message>
    <message>
        <source>Wholly suspended</source>
        <translation>Vollständig ausgesetzt</translation>
    </message>
    <message>
        <source>Partly terminated</source>
        <translation>Teilweise beendet</translation>
    </message>
    <message>
        <source>Wholly terminated</source>
        <translation>Vollständig beendet</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>the ground</source>
        <translation>der Grund</translation>
    </message>
    <message>
        <source>the legal ground</source>
        <translation>die Rechtsgrundlage</translation>
    </message>
    <message>
        <source>the terms and conditions clause</source>
        <translation>die AGB-Klausel</translation>
    </message>
    <message>
        <source>the explanation</source>
        <translation>die Erläuterung</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>die Kategorie</translation>
    </message>
    <message>
        <source>the type of content</source>
        <translation>die Art des Inhalts</translation>
    </message>
    <message>
        <source>a restriction</source>
        <translation>eine Beschränkung</translation>
    </message>
    <message>
        <source>the public facts</source>
        <translation>die öffentlichen Fakten</translation>
    </message>
    <message>
        <source>%1: too long, %L2 characters where at most %L3 are allowed.</source>
        <translation>%1: zu lang, %L2 Zeichen, erlaubt sind höchstens %L3.</translation>
    </message>
    <message>
        <source>%1: say what it is.</source>
        <translation>%1: bitte angeben, was gemeint ist.</translation>
    </message>
    <message>
        <source>Visibility restriction</source>
        <translation>Sichtbarkeitsbeschränkung</translation>
    </message>
    <message>
        <source>Monetary restriction</source>
        <translation>Finanzielle Beschränkung</translation>
    </message>
    <message>
        <source>Restriction of the service</source>
        <translation>Beschränkung des Dienstes</translation>
    </message>
    <message>
        <source>Account restriction</source>
        <translation>Kontobeschränkung</translation>
    </message>
    <message>
        <source>%1: the end date must come after %2.</source>
        <translation>%1: Das Enddatum muss nach dem %2 liegen.</translation>
    </message>
    <message>
        <source>%1: an end date for a restriction not imposed.</source>
        <translation>%1: ein Enddatum für eine nicht verhängte Beschränkung.</translation>
    </message>
    <message>
        <source>%1: the end date cannot be after %2.</source>
        <translation>%1: Das Enddatum darf nicht nach dem %2 liegen.</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Terms and conditions clause</source>
        <translation>AGB-Klausel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Public facts</source>
        <translation>Öffentliche Fakten</translation>
    </message>
    <message>
        <source>Other type of content</source>
        <translation>Sonstige Art des Inhalts</translation>
    </message>
    <message>
        <source>Other visibility restriction</source>
        <translation>Sonstige Sichtbarkeitsbeschränkung</translation>
    </message>
    <message>
        <source>Other monetary restriction</source>
        <translation>Sonstige finanzielle Beschränkung</translation>
    </message>
    <message>
        <source>Review date: it cannot come before %1.</source>
        <translation>Überprüfungsdatum: Es darf nicht vor dem %1 liegen.</translation>
    </message>
    <message>
        <source>Territorial scope: not the code of an EU or EEA country: %1.</source>
        <translation>Geltungsbereich: kein Ländercode der EU oder des EWR: %1.</translation>
    </message>
    <message>
        <source>Territorial scope: a country is named twice.</source>
        <translation>Geltungsbereich: Ein Land ist doppelt genannt.</translation>
    </message>
</context>
<context>
    <name>adreview::EvidenceDetail</name>
    <message>
        <source>Evidence details</source>
        <translation>Details zum Beleg</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>No excerpt.</source>
        <translation>Kein Auszug.</translation>
    </message>
    <message>
        <source>Excerpt:</source>
        <translation>Auszug:</translation>
    </message>
    <message>
        <source>Open link…</source>
        <translation>Link öffnen…</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Wählen Sie einen Eintrag, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Opens the address in your web browser after you confirm it.</source>
        <translation>Öffnet die Adresse nach Ihrer Bestätigung im Webbrowser.</translation>
    </message>
    <message>
        <source>This item has no link.</source>
        <translation>Dieser Eintrag hat keinen Link.</translation>
    </message>
    <message>
        <source>The link is not a valid address, so it cannot be opened.</source>
        <translation>Der Link ist keine gültige Adresse und kann daher nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Only http and https links can be opened; this link names no scheme.</source>
        <translation>Nur http- und https-Links können geöffnet werden; dieser Link nennt kein Schema.</translation>
    </message>
    <message>
        <source>Only http and https links can be opened; this link is a “%1” link.</source>
        <translation>Nur http- und https-Links können geöffnet werden; dies ist ein „%1“-Link.</translation>
    </message>
    <message>
        <source>The link names no web site, so it cannot be opened.</source>
        <translation>Der Link nennt keine Website und kann daher nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open this address in your web browser?

%1</source>
        <translation>Diese Adresse im Webbrowser öffnen?

%1</translation>
    </message>
    <message>
        <source>The passage of the source the evidence item rests on, as recorded</source>
        <translation>Die Stelle der Quelle, auf der der Beleg beruht, wie erfasst</translation>
    </message>
    <message>
        <source>Record a change to this evidence…</source>
        <translation>Änderung dieses Belegs erfassen…</translation>
    </message>
    <message>
        <source>A later revision of the item: a new status, a correction, a retraction. Decisions that cite an earlier revision go to re-review.</source>
        <translation>Eine spätere Fassung des Belegs: ein neuer Status, eine Korrektur, ein Widerruf. Entscheidungen, die eine frühere Fassung zitieren, kommen in die erneute Prüfung.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Revisions, oldest first:</source>
        <translation>Fassungen, älteste zuerst:</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>%1 UTC — %2 on %3: %4</source>
        <translation>%1 UTC — %2 auf %3: %4</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>Wirksam ab %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>As first recorded: “%1”, status %2, retrieved %3 UTC</source>
        <translation>Wie zuerst erfasst: „%1“, Status %2, abgerufen %3 UTC</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>Record a change to this evidence</source>
        <translation>Änderung dieses Belegs erfassen</translation>
    </message>
</context>
<context>
    <name>adreview::EvidencePanel</name>
    <message>
        <source>%1 list</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>%1 details</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>This case has no evidence of this kind.</source>
        <translation>Dieser Fall hat keine Belege dieser Art.</translation>
    </message>
    <message>
        <source>The case&apos;s evidence of this kind; select an item to read it</source>
        <translation>Die Belege des Falls dieser Art; einen Eintrag auswählen, um ihn zu lesen</translation>
    </message>
    <message>
        <source>Record a change to this evidence…</source>
        <translation>Änderung dieses Belegs erfassen…</translation>
    </message>
</context>
<context>
    <name>adreview::EvidencePicker</name>
    <message>
        <source>Ref</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Evidence to cite</source>
        <translation>Zu zitierende Belege</translation>
    </message>
    <message>
        <source>Tick an item with Space to cite it in the decision</source>
        <translation>Einen Eintrag mit der Leertaste ankreuzen, um ihn in der Entscheidung zu zitieren</translation>
    </message>
</context>
<context>
    <name>adreview::FilterBar</name>
    <message>
        <source>Queue tabs</source>
        <translation>Reiter der Warteschlange</translation>
    </message>
    <message>
        <source>Policy filter</source>
        <translation>Richtlinienfilter</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Alle Richtlinien</translation>
    </message>
    <message>
        <source>Priority filter</source>
        <translation>Prioritätsfilter</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Assignee filter</source>
        <translation>Zuständigkeitsfilter</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>Search advertisers, cases, evidence (Ctrl+F)</source>
        <translation>Werbetreibende, Fälle, Belege suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Orders the search&apos;s results by how well they match the words, instead of by the sorted column</source>
        <translation>Ordnet die Suchergebnisse danach, wie gut sie zu den Wörtern passen, statt nach der sortierten Spalte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Einsprüche</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Which cases the queue lists, with how many there are</source>
        <translation>Welche Fälle die Warteschlange auflistet, mit ihrer Anzahl</translation>
    </message>
    <message>
        <source>List only the cases under this policy</source>
        <translation>Nur die Fälle nach dieser Richtlinie auflisten</translation>
    </message>
    <message>
        <source>List only the cases of this priority</source>
        <translation>Nur die Fälle dieser Priorität auflisten</translation>
    </message>
    <message>
        <source>List only the cases assigned to this reviewer</source>
        <translation>Nur die diesem Prüfer zugewiesenen Fälle auflisten</translation>
    </message>
    <message>
        <source>List only the cases flagged by this source</source>
        <translation>Nur die von dieser Quelle gemeldeten Fälle auflisten</translation>
    </message>
    <message>
        <source>Finds cases by words in advertiser names, case summaries, evidence and rationales</source>
        <translation>Findet Fälle anhand von Wörtern in Namen von Werbetreibenden, Fallzusammenfassungen, Belegen und Begründungen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Clear the search and list every case of the tab again</source>
        <translation>Die Suche leeren und wieder alle Fälle des Reiters auflisten</translation>
    </message>
    <message>
        <source>Cases waiting for a decision</source>
        <translation>Fälle, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>Cases handed to a lead</source>
        <translation>An die Teamleitung übergebene Fälle</translation>
    </message>
    <message>
        <source>Banned advertisers asking to be reinstated</source>
        <translation>Gesperrte Werbetreibende, die um Wiederzulassung bitten</translation>
    </message>
    <message>
        <source>Cases decided differently on different machines, for a lead to resolve</source>
        <translation>Auf verschiedenen Geräten unterschiedlich entschiedene Fälle, die die Teamleitung klären muss</translation>
    </message>
    <message>
        <source>Cases with a decision</source>
        <translation>Fälle mit einer Entscheidung</translation>
    </message>
    <message>
        <source>Every case</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Shows the queue tabs further left</source>
        <translation>Zeigt die Reiter der Warteschlange weiter links</translation>
    </message>
    <message>
        <source>Shows the queue tabs further right</source>
        <translation>Zeigt die Reiter der Warteschlange weiter rechts</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message numerus="yes">
        <source>Decisions whose review date has come, and bans whose restrictions end within %n day(s)</source>
        <translation>
            <numerusform>Entscheidungen, deren Überprüfungsdatum gekommen ist, und Sperren, deren Beschränkungen innerhalb von %n Tag enden</numerusform>
            <numerusform>Entscheidungen, deren Überprüfungsdatum gekommen ist, und Sperren, deren Beschränkungen innerhalb von %n Tagen enden</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>The views saved from the View menu, with how many cases each lists; the one shown is checked</source>
        <translation>Die über das Menü „Ansicht“ gespeicherten Ansichten, jeweils mit der Zahl ihrer Fälle; die angezeigte ist markiert</translation>
    </message>
    <message>
        <source>More saved views</source>
        <translation>Weitere gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Lists the saved views the row has no room for</source>
        <translation>Listet die gespeicherten Ansichten, für die in der Zeile kein Platz ist</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Bans proposed and awaiting a second reviewer&apos;s approval</source>
        <translation>Vorgeschlagene Sperren, die auf die Genehmigung eines zweiten Prüfers warten</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <source>Decisions resting on evidence revised since they were made</source>
        <translation>Entscheidungen, deren Belege seither überarbeitet wurden</translation>
    </message>
</context>
<context>
    <name>adreview::HistoryView</name>
    <message>
        <source>History, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Ausgewähltes Ereignis</translation>
    </message>
    <message>
        <source>Select an event to read it in full.</source>
        <translation>Wählen Sie ein Ereignis, um es vollständig zu lesen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 UTC — %2 by %3 on %4</source>
        <translation>%1 UTC — %2 von %3 auf %4</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>Richtlinie: %1</translation>
    </message>
    <message>
        <source>Evidence cited: %1</source>
        <translation>Zitierte Belege: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>(no rationale)</source>
        <translation>(keine Begründung)</translation>
    </message>
    <message>
        <source>Every event of the case; select one to read it in full</source>
        <translation>Alle Ereignisse des Falls; eines auswählen, um es vollständig zu lesen</translation>
    </message>
    <message>
        <source>The selected event in full: who, when, what and why</source>
        <translation>Das ausgewählte Ereignis vollständig: wer, wann, was und warum</translation>
    </message>
    <message>
        <source>Signature verified: key %1</source>
        <translation>Signatur geprüft: Schlüssel %1</translation>
    </message>
    <message>
        <source>Unsigned, from before signing</source>
        <translation>Unsigniert, aus der Zeit vor dem Signieren</translation>
    </message>
    <message>
        <source>Signed after its device was revoked (key %1): not valid</source>
        <translation>Signiert, nachdem das Gerät widerrufen wurde (Schlüssel %1): ungültig</translation>
    </message>
    <message>
        <source>Bad signature: no trusted key for this device</source>
        <translation>Ungültige Signatur: kein vertrauenswürdiger Schlüssel für dieses Gerät</translation>
    </message>
    <message>
        <source>Bad signature: does not match key %1</source>
        <translation>Ungültige Signatur: passt nicht zu Schlüssel %1</translation>
    </message>
    <message>
        <source>Revision of %1, now reading: %2</source>
        <translation>Überarbeitung von %1, lautet jetzt: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 (by %2)</source>
        <translation>Status: %1 (durch %2)</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>Effective %1</source>
        <translation>Wirksam ab %1</translation>
    </message>
    <message>
        <source>Revision of %1 (its text does not read)</source>
        <translation>Überarbeitung von %1 (ihr Text ist nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>adreview::ImportControl</name>
    <message>
        <source>Import Case Files</source>
        <translation>Falldateien importieren</translation>
    </message>
    <message>
        <source>Case files (*.json *.csv)</source>
        <translation>Falldateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>A sync is running; drop the bundles again when it is done.</source>
        <translation>Eine Synchronisation läuft; legen Sie die Pakete erneut ab, wenn sie fertig ist.</translation>
    </message>
</context>
<context>
    <name>adreview::ImportDialog</name>
    <message>
        <source>Import Case Files</source>
        <translation>Falldateien importieren</translation>
    </message>
    <message>
        <source>Files are imported one after another in the order listed, each whole or not at all: advertisers before the cases that name them, cases before their evidence. Added files are put in that order by their header row; Move Up and Move Down change it.
Files are checked against the database as it is now; a file that needs an earlier one is checked again when that one is imported.</source>
        <translation>Die Dateien werden nacheinander in der angezeigten Reihenfolge importiert, jede vollständig oder gar nicht: Werbetreibende vor den Fällen, die sie nennen, Fälle vor ihren Belegen. Hinzugefügte Dateien werden anhand ihrer Kopfzeile so eingeordnet; „Nach oben“ und „Nach unten“ ändern die Reihenfolge.
Die Dateien werden gegen den aktuellen Stand der Datenbank geprüft; eine Datei, die eine frühere benötigt, wird erneut geprüft, sobald jene importiert ist.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Select a file to see what it would change, or each of its faults.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sie ändern würde, oder jeden ihrer Fehler.</translation>
    </message>
    <message>
        <source>The selected file&apos;s changes or faults</source>
        <translation>Änderungen oder Fehler der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Progress of the file being checked or imported</source>
        <translation>Fortschritt der Datei, die geprüft oder importiert wird</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop the file being imported; nothing of it is written</source>
        <translation>Den Import der Datei abbrechen; nichts davon wird geschrieben</translation>
    </message>
    <message>
        <source>Case files (*.json *.csv)</source>
        <translation>Falldateien (*.json *.csv)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>%1: has faults (select it to read them)</source>
        <translation>%1: fehlerhaft (auswählen, um die Fehler zu lesen)</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 wird importiert (%2 von %3)…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Files imported: %1 of %2</source>
        <translation>Importierte Dateien: %1 von %2</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Cancelled while importing %1: nothing of it was written.</source>
        <translation>Während des Imports von %1 abgebrochen: Nichts davon wurde geschrieben.</translation>
    </message>
    <message>
        <source>Files after it, not started: %1.</source>
        <translation>Nachfolgende Dateien, nicht begonnen: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>adreview::ImportFileModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>New advertisers</source>
        <translation>Neue Werbetreibende</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Neue Fälle</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Neue Belege</translation>
    </message>
    <message>
        <source>New events</source>
        <translation>Neue Ereignisse</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Advertisers and cases whose description the file changes</source>
        <translation>Werbetreibende und Fälle, deren Beschreibung die Datei ändert</translation>
    </message>
    <message>
        <source>Records already present as they are in the file</source>
        <translation>Datensätze, die bereits genau wie in der Datei vorhanden sind</translation>
    </message>
    <message>
        <source>Faults that keep the file from being imported; select the file to read them</source>
        <translation>Fehler, die den Import der Datei verhindern; Datei auswählen, um sie zu lesen</translation>
    </message>
    <message>
        <source>Waiting to be checked</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready: nothing new</source>
        <translation>Bereit: nichts Neues</translation>
    </message>
    <message>
        <source>Has faults</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Nicht importierbar</translation>
    </message>
    <message>
        <source>Importing… %1%</source>
        <translation>Import läuft… %1%</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported: has faults</source>
        <translation>Nicht importiert: fehlerhaft</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Cancelled: nothing written</source>
        <translation>Abgebrochen: nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n policy(ies)</source>
        <translation>
            <numerusform>%n Richtlinie</numerusform>
            <numerusform>%n Richtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n advertiser(s)</source>
        <translation>
            <numerusform>%n Werbetreibender</numerusform>
            <numerusform>%n Werbetreibende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n Beleg</numerusform>
            <numerusform>%n Belege</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history event(s)</source>
        <translation>
            <numerusform>%n Verlaufsereignis</numerusform>
            <numerusform>%n Verlaufsereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Would add: %1</source>
        <translation>Würde hinzufügen: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Would change: %1</source>
        <translation>Würde ändern: %1</translation>
    </message>
    <message numerus="yes">
        <source>Already present as in the file: %n record(s)</source>
        <translation>
            <numerusform>Bereits wie in der Datei vorhanden: %n Datensatz</numerusform>
            <numerusform>Bereits wie in der Datei vorhanden: %n Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Faults: %1. As it is, nothing of this file would be imported:</source>
        <translation>Fehler: %1. In diesem Zustand würde nichts aus dieser Datei importiert:</translation>
    </message>
</context>
<context>
    <name>adreview::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Counting failed: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — AdReview</source>
        <translation>%1 — AdReview</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert unter %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) in view</source>
        <translation>
            <numerusform>%Ln Fall angezeigt</numerusform>
            <numerusform>%Ln Fälle angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln or more case(s) in view</source>
        <translation>
            <numerusform>%Ln oder mehr Fälle angezeigt</numerusform>
            <numerusform>%Ln oder mehr Fälle angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Datenbankproblem</translation>
    </message>
    <message>
        <source>Nothing was changed. What you typed in an open dialog is kept; try again once the problem is solved.</source>
        <translation>Nichts wurde geändert. Ihre Eingaben in einem offenen Dialog bleiben erhalten; versuchen Sie es erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>AdReview databases (*.sqlite *.db);;All files (*)</source>
        <translation>AdReview-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File → Open instead.</source>
        <translation>%1 existiert bereits; öffnen Sie sie stattdessen mit Datei → Datenbank öffnen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>About AdReview</source>
        <translation>Über AdReview</translation>
    </message>
    <message>
        <source>AdReview %1
Moderation review for advertising policy teams.

Database: %2 (schema %3)
Qt %4, SQLite %5</source>
        <translation>AdReview %1
Moderationsprüfung für Teams für Werberichtlinien.

Datenbank: %2 (Schema %3)
Qt %4, SQLite %5</translation>
    </message>
    <message>
        <source>this database has no policy %1</source>
        <translation>diese Datenbank hat keine Richtlinie %1</translation>
    </message>
    <message>
        <source>%1 holds no cases here</source>
        <translation>%1 hat hier keine Fälle</translation>
    </message>
    <message>
        <source>Saved view “%1”: %2, so it lists cases regardless.</source>
        <translation>Gespeicherte Ansicht „%1“: %2, daher werden Fälle ohne diesen Filter aufgeführt.</translation>
    </message>
    <message>
        <source>Saved the view “%1”: View menu or Ctrl+%2</source>
        <translation>Ansicht „%1“ gespeichert: Menü „Ansicht“ oder Strg+%2</translation>
    </message>
    <message>
        <source>Saved the view “%1”: View menu</source>
        <translation>Ansicht „%1“ gespeichert: Menü „Ansicht“</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>%1 is no longer in this view (%2): it is %3 now. J shows the next case of the view.</source>
        <translation>%1 ist nicht mehr in dieser Ansicht (%2): jetzt %3. J zeigt den nächsten Fall der Ansicht.</translation>
    </message>
    <message>
        <source>Ranking the best matches…</source>
        <translation>Beste Treffer werden ermittelt…</translation>
    </message>
</context>
<context>
    <name>adreview::OutcomeChoice</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Banned</source>
        <translation>Ge&amp;sperrt</translation>
    </message>
    <message>
        <source>C&amp;leared</source>
        <translation>&amp;Freigegeben</translation>
    </message>
    <message>
        <source>Reins&amp;tated</source>
        <translation>&amp;Wieder zugelassen</translation>
    </message>
    <message>
        <source>Outcome: banned</source>
        <translation>Ergebnis: gesperrt</translation>
    </message>
    <message>
        <source>Outcome: cleared</source>
        <translation>Ergebnis: freigegeben</translation>
    </message>
    <message>
        <source>Outcome: reinstated</source>
        <translation>Ergebnis: wieder zugelassen</translation>
    </message>
</context>
<context>
    <name>adreview::PdfCanvas</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>adreview::PdfReportDocument</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Decision report · %1</source>
        <translation>Entscheidungsbericht · %1</translation>
    </message>
    <message>
        <source>AdReview · generated %1 UTC</source>
        <translation>AdReview · erstellt %1 UTC</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Entscheidungsbericht</translation>
    </message>
    <message>
        <source>Generated %1 UTC from %2</source>
        <translation>Erstellt %1 UTC aus %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>ban, clear and reinstate</source>
        <translation>Sperren, Freigeben und Wiederzulassen</translation>
    </message>
    <message>
        <source>Median time to decision</source>
        <translation>Mittlere Zeit bis zur Entscheidung</translation>
    </message>
    <message>
        <source>from flag to decision</source>
        <translation>von der Meldung bis zur Entscheidung</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>9 in 10 decided within</source>
        <translation>9 von 10 entschieden innerhalb von</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message>
        <source>%1 of decisions</source>
        <translation>%1 der Entscheidungen</translation>
    </message>
    <message>
        <source>Reinstatement rate</source>
        <translation>Wiederzulassungsquote</translation>
    </message>
    <message>
        <source>%1 reinstated of %2 banned</source>
        <translation>%1 von %2 gesperrten wieder zugelassen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation>Entscheidungen nach Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Backlog now, by state</source>
        <translation>Aktueller Rückstand nach Status</translation>
    </message>
    <message>
        <source>Backlog now, by age</source>
        <translation>Aktueller Rückstand nach Alter</translation>
    </message>
    <message>
        <source>Decisions by policy</source>
        <translation>Entscheidungen nach Richtlinie</translation>
    </message>
    <message>
        <source>Decisions by reviewer</source>
        <translation>Entscheidungen nach Prüfer</translation>
    </message>
    <message>
        <source>No decisions to chart in this period.</source>
        <translation>Keine Entscheidungen in diesem Zeitraum für ein Diagramm.</translation>
    </message>
    <message>
        <source>No decisions match the filters.</source>
        <translation>Keine Entscheidungen entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>%1 decisions, oldest first; times in UTC.</source>
        <translation>%1 Entscheidungen, älteste zuerst; Zeiten in UTC.</translation>
    </message>
    <message>
        <source>Statements of reasons</source>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Advertiser %1 · country %2 · case %3</source>
        <translation>Werbetreibender %1 · Land %2 · Fall %3</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1 on %2 UTC by %3</source>
        <translation>%1 am %2 UTC von %3</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Keine Belege zitiert.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>(the rationale above)</source>
        <translation>(die Begründung oben)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>For each advertiser banned or reinstated in the period: the latest such decision, the policy and rationale it rests on, the evidence it cites with the SHA-256 of each item as stored, and the case&apos;s history. A case whose decisions are in conflict is shown as disputed, with both sides, and gets no statement until a lead resolves it.</source>
        <translation>Für jeden im Zeitraum gesperrten oder wieder zugelassenen Werbetreibenden: die letzte solche Entscheidung, die zugrunde liegende Richtlinie und Begründung, die zitierten Belege mit dem SHA-256 jedes Eintrags wie gespeichert, und der Verlauf des Falls. Ein Fall mit widersprüchlichen Entscheidungen wird als strittig mit beiden Seiten gezeigt und erhält keine Begründung, bis eine Leitung den Konflikt auflöst.</translation>
    </message>
    <message>
        <source>Disputed: decided apart with different outcomes. No statement of reasons is issued until a lead resolves the conflict.</source>
        <translation>Strittig: getrennt mit unterschiedlichem Ergebnis entschieden. Eine Begründung wird erst ausgestellt, wenn eine Leitung den Konflikt auflöst.</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Widersprüchliche Entscheidungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>strittig</translation>
    </message>
    <message>
        <source>Statement of reasons under the Digital Services Act (Art. 17)</source>
        <translation>Begründung nach dem Gesetz über digitale Dienste (Art. 17)</translation>
    </message>
    <message>
        <source>No statement of reasons under the DSA was recorded with this decision.</source>
        <translation>Zu dieser Entscheidung wurde keine Begründung nach dem DSA erfasst.</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Beschränkungen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Tatsachen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Prüfen bis</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Rechtsbehelfe</translation>
    </message>
    <message>
        <source>Appeals: %1 filed (%2 more than six months after the ban) · %3 decided, %4 reversed (%5) · median %6 from appeal to decision</source>
        <translation>Einsprüche: %1 eingelegt (%2 mehr als sechs Monate nach der Sperre) · %3 entschieden, %4 aufgehoben (%5) · Median %6 vom Einspruch bis zur Entscheidung</translation>
    </message>
</context>
<context>
    <name>adreview::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Prüfername</translation>
    </message>
    <message>
        <source>Device label</source>
        <translation>Gerätebezeichnung</translation>
    </message>
    <message>
        <source>Every event you record carries these two names. ADREVIEW_REVIEWER and ADREVIEW_DEVICE, or --reviewer and --device, override them.</source>
        <translation>Jedes Ereignis, das Sie erfassen, trägt diese beiden Namen. ADREVIEW_REVIEWER und ADREVIEW_DEVICE oder --reviewer und --device haben Vorrang.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Prüfername:</translation>
    </message>
    <message>
        <source>&amp;Device label:</source>
        <translation>&amp;Gerätebezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Both names are needed.</source>
        <translation>Beide Namen sind erforderlich.</translation>
    </message>
    <message>
        <source>A name may not hold a line break, a tab or another control character.</source>
        <translation>Ein Name darf keinen Zeilenumbruch, keinen Tabulator und kein anderes Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>None yet: made with this device&apos;s first signed decision</source>
        <translation>Noch keiner: wird mit der ersten signierten Entscheidung dieses Geräts erzeugt</translation>
    </message>
    <message>
        <source>%1 (Ed25519, reviewer %2)</source>
        <translation>%1 (Ed25519, Prüfer %2)</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
</context>
<context>
    <name>adreview::QueueText</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <source>late by %1</source>
        <translation>%1 zu spät</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>fällig in %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>überfällig %1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Due %1 UTC</source>
        <translation>Fällig %1 UTC</translation>
    </message>
    <message>
        <source>Opened %1 UTC</source>
        <translation>Geöffnet %1 UTC</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>adreview::QueueView</name>
    <message>
        <source>Case queue</source>
        <translation>Fallwarteschlange</translation>
    </message>
    <message>
        <source>Flagged advertisers; J and K move, B C R E L N act on the selected case</source>
        <translation>Gemeldete Werbetreibende; J und K wechseln den Fall, B C R E L N handeln am ausgewählten Fall</translation>
    </message>
    <message>
        <source>Ranking the best matches…</source>
        <translation>Beste Treffer werden ermittelt…</translation>
    </message>
</context>
<context>
    <name>adreview::ReportCharts</name>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wieder zugelassen</translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation>Innerhalb der SLA</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>No decisions</source>
        <translation>Keine Entscheidungen</translation>
    </message>
    <message>
        <source>under 1 day</source>
        <translation>unter 1 Tag</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1–7 Tage</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7–30 Tage</translation>
    </message>
    <message>
        <source>30–90 days</source>
        <translation>30–90 Tage</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>über 90 Tage</translation>
    </message>
</context>
<context>
    <name>adreview::ReportFilterForm</name>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>oder von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Any country; or codes such as RU, US</source>
        <translation>Jedes Land; oder Codes wie RU, US</translation>
    </message>
    <message>
        <source>Advertiser countries</source>
        <translation>Länder der Werbetreibenden</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Policies:</source>
        <translation>&amp;Richtlinien:</translation>
    </message>
    <message>
        <source>&amp;Reviewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Outcomes:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Tick the ones to report on; none ticked means all.</source>
        <translation>Ankreuzen, worüber berichtet werden soll; nichts angekreuzt bedeutet alle.</translation>
    </message>
</context>
<context>
    <name>adreview::ReportPdf</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Decisions per policy and outcome</source>
        <translation>Entscheidungen nach Richtlinie und Ergebnis</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Entscheidungen pro Woche</translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Entscheidungsbericht</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started</source>
        <translation>%1 kann nicht geschrieben werden: Das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>adreview::ReportText</name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Policy by outcome</source>
        <translation>Richtlinie nach Ergebnis</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Entscheidungen pro Woche</translation>
    </message>
    <message>
        <source>No decisions in this period.</source>
        <translation>Keine Entscheidungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Weeks start on Monday; tallest week: %1 decisions.</source>
        <translation>Wochen beginnen am Montag; stärkste Woche: %1 Entscheidungen.</translation>
    </message>
    <message>
        <source>Decision report: </source>
        <translation>Entscheidungsbericht: </translation>
    </message>
    <message>
        <source>Decision report</source>
        <translation>Entscheidungsbericht</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No decisions match this filter.</source>
        <translation>Keine Entscheidungen entsprechen diesem Filter.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>bans</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>reinstatements</source>
        <translation>Wiederzulassungen</translation>
    </message>
    <message>
        <source>reinstatements per ban</source>
        <translation>Wiederzulassungen je Sperre</translation>
    </message>
    <message>
        <source>median time from flag to decision</source>
        <translation>Median der Zeit von Meldung bis Entscheidung</translation>
    </message>
    <message>
        <source>90th percentile time from flag to decision</source>
        <translation>90. Perzentil der Zeit von Meldung bis Entscheidung</translation>
    </message>
    <message>
        <source>decisions after the case&apos;s due time</source>
        <translation>Entscheidungen nach Fälligkeit des Falls</translation>
    </message>
    <message>
        <source>open cases now (policy and country filters only)</source>
        <translation>jetzt offene Fälle (nur Richtlinien- und Länderfilter)</translation>
    </message>
    <message>
        <source>appeals filed (%1 more than six months after the ban)</source>
        <translation>Einsprüche eingelegt (%1 mehr als sechs Monate nach der Sperre)</translation>
    </message>
    <message>
        <source>appeals reversed (%1 of %2 decided)</source>
        <translation>Einsprüchen stattgegeben (%1 von %2 entschieden)</translation>
    </message>
    <message>
        <source>median time from appeal to decision</source>
        <translation>Median der Zeit vom Einspruch bis zur Entscheidung</translation>
    </message>
    <message>
        <source>By outcome</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By policy</source>
        <translation>Nach Richtlinie</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Nach Prüfer</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Open cases by state</source>
        <translation>Offene Fälle nach Status</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation>Offene Fälle nach Alter</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>rechtzeitig</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wieder zugelassen</translation>
    </message>
    <message>
        <source>under</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Keine Belege zitiert.</translation>
    </message>
    <message>
        <source>Statement of reasons under the Digital Services Act (Art. 17)</source>
        <translation>Begründung nach dem Gesetz über digitale Dienste (Art. 17)</translation>
    </message>
    <message>
        <source>No statement of reasons under the DSA was recorded with this decision.</source>
        <translation>Zu dieser Entscheidung wurde keine Begründung nach dem DSA erfasst.</translation>
    </message>
    <message>
        <source>Redress</source>
        <translation>Rechtsbehelfe</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <source>decided apart with different outcomes; no statement of reasons is issued until a lead resolves the conflict.</source>
        <translation>getrennt mit verschiedenen Ergebnissen entschieden; bis die Teamleitung den Konflikt löst, wird keine Begründung ausgestellt.</translation>
    </message>
    <message>
        <source>Decisions in conflict</source>
        <translation>Widersprüchliche Entscheidungen</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Verlauf des Falls</translation>
    </message>
    <message>
        <source>Statements of reasons</source>
        <translation>Begründungen</translation>
    </message>
    <message>
        <source>For each advertiser banned or reinstated in the period: the latest such decision, its evidence and the case&apos;s whole history. A case whose decisions are in conflict is shown as disputed, with both sides, and gets no statement until a lead resolves it.</source>
        <translation>Für jeden im Zeitraum gesperrten oder wieder zugelassenen Werbetreibenden: die letzte solche Entscheidung, ihre Belege und der ganze Verlauf des Falls. Ein Fall mit widersprüchlichen Entscheidungen erscheint als strittig, mit beiden Seiten, und erhält keine Begründung, bis die Teamleitung ihn klärt.</translation>
    </message>
    <message>
        <source>No advertiser was banned or reinstated in this period.</source>
        <translation>In diesem Zeitraum wurde kein Werbetreibender gesperrt oder wieder zugelassen.</translation>
    </message>
    <message>
        <source>Written by AdReview. Times are UTC. Hours run from the flag to the decision.</source>
        <translation>Erstellt von AdReview. Zeiten in UTC. Stunden zählen von der Meldung bis zur Entscheidung.</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decided (UTC)</source>
        <translation>Entschieden (UTC)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Advertiser</source>
        <translation>Werbetreibender</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Cited evidence</source>
        <translation>Zitierte Belege</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Beschränkungen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Tatsachen</translation>
    </message>
    <message>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfung bis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>all policies</source>
        <translation>alle Richtlinien</translation>
    </message>
    <message>
        <source>all reviewers</source>
        <translation>alle Prüfer</translation>
    </message>
    <message>
        <source>decided by</source>
        <translation>entschieden von</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>all outcomes</source>
        <translation>alle Ergebnisse</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of the HTML report&apos;s page: de, ru, …</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>adreview::ReportsDialog</name>
    <message>
        <source>Reports — %1</source>
        <translation>Berichte — %1</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Preview state</source>
        <translation>Stand der Vorschau</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Entscheidungen:</translation>
    </message>
    <message>
        <source>By outcome:</source>
        <translation>Nach Ergebnis:</translation>
    </message>
    <message>
        <source>Median time to decision:</source>
        <translation>Mittlere Zeit bis zur Entscheidung:</translation>
    </message>
    <message>
        <source>90th percentile:</source>
        <translation>90. Perzentil:</translation>
    </message>
    <message>
        <source>SLA breaches:</source>
        <translation>SLA-Verstöße:</translation>
    </message>
    <message>
        <source>Reinstatement rate:</source>
        <translation>Wiederzulassungsquote:</translation>
    </message>
    <message>
        <source>Backlog now:</source>
        <translation>Aktueller Rückstand:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV — one row per decision, for spreadsheets</source>
        <translation>CSV — eine Zeile pro Entscheidung, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>PDF — summary, charts, decisions and reasons</source>
        <translation>PDF — Zusammenfassung, Diagramme, Entscheidungen und Begründungen</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML — eine eigenständige Seite</translation>
    </message>
    <message>
        <source>JSON — for other programs</source>
        <translation>JSON — für andere Programme</translation>
    </message>
    <message>
        <source>Summary only</source>
        <translation>Nur Zusammenfassung</translation>
    </message>
    <message>
        <source>The PDF without the decisions table and statements of reasons</source>
        <translation>Das PDF ohne die Entscheidungstabelle und die Begründungen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation>Datenbank wird gelesen…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Tick at least one outcome.</source>
        <translation>Mindestens ein Ergebnis ankreuzen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>— (no bans)</source>
        <translation>— (keine Sperren)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3 bans)</source>
        <translation>%1 % (%2 von %3 Sperren)</translation>
    </message>
    <message>
        <source>%1 (%2 of decisions)</source>
        <translation>%1 (%2 der Entscheidungen)</translation>
    </message>
    <message>
        <source>Decisions in the report: %1</source>
        <translation>Entscheidungen im Bericht: %1</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tick at least one outcome to export.</source>
        <translation>Für den Export mindestens ein Ergebnis ankreuzen.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln undecided cases</source>
        <translation>
            <numerusform>%Ln offener Fall</numerusform>
            <numerusform>%Ln offene Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>DSA &amp;Statements…</source>
        <translation>DSA-&amp;Begründungen…</translation>
    </message>
    <message>
        <source>The statements of reasons of the period&apos;s bans, for the EU&apos;s DSA Transparency Database: files of at most 100 in a new folder</source>
        <translation>Die Begründungen der Sperren des Zeitraums für die DSA-Transparenzdatenbank der EU: Dateien mit höchstens 100 in einem neuen Ordner</translation>
    </message>
    <message>
        <source>Export DSA Statements to a New Folder</source>
        <translation>DSA-Begründungen in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Writing the DSA statements to %1…</source>
        <translation>Die DSA-Begründungen werden nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>The DSA statements were not written.</source>
        <translation>Die DSA-Begründungen wurden nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 (%3), ban of %4 UTC: %5</source>
        <translation>%1: %2 (%3), Sperre vom %4 UTC: %5</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>not submittable</source>
        <translation>nicht einreichbar</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>strittig</translation>
    </message>
    <message>
        <source>Incomplete Statements</source>
        <translation>Unvollständige Begründungen</translation>
    </message>
    <message numerus="yes">
        <source>%n ban(s) of the period lack what a statement of reasons needs; nothing was written.</source>
        <translation>
            <numerusform>%n Sperre des Zeitraums fehlt, was eine Begründung braucht; nichts wurde geschrieben.</numerusform>
            <numerusform>%n Sperren des Zeitraums fehlt, was eine Begründung braucht; nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the complete statements and leave these out, or cancel and complete them first? The details list every one with what it lacks.</source>
        <translation>Die vollständigen Begründungen schreiben und diese auslassen, oder abbrechen und sie zuerst vervollständigen? Die Details nennen jede mit dem, was ihr fehlt.</translation>
    </message>
    <message>
        <source>Write the Others</source>
        <translation>Die übrigen schreiben</translation>
    </message>
    <message numerus="yes">
        <source>No DSA statement was written: %n incomplete.</source>
        <translation>
            <numerusform>Keine DSA-Begründung geschrieben: %n unvollständig.</numerusform>
            <numerusform>Keine DSA-Begründung geschrieben: %n unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 in %2 to %3.</source>
        <translation>%1 in %2 nach %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Begründung</numerusform>
            <numerusform>%n Begründungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>No statement to write.</source>
        <translation>Keine Begründung zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n unvollständig</numerusform>
            <numerusform>%n unvollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decided before 2020</source>
        <translation>
            <numerusform>%n vor 2020 entschieden</numerusform>
            <numerusform>%n vor 2020 entschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disputed</source>
        <translation>
            <numerusform>%n strittig</numerusform>
            <numerusform>%n strittig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n written by an earlier export</source>
        <translation>
            <numerusform>%n von einem früheren Export geschrieben</numerusform>
            <numerusform>%n von einem früheren Export geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1 (the tooltip lists them).</source>
        <translation>Ausgelassen: %1 (der Tooltip listet sie auf).</translation>
    </message>
</context>
<context>
    <name>adreview::RereviewBanner</name>
    <message>
        <source>Re-review</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Why the case is in re-review</source>
        <translation>Warum der Fall erneut geprüft wird</translation>
    </message>
    <message>
        <source>Re-affirm…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Keep the decision: its revised evidence does not change it</source>
        <translation>Die Entscheidung bleibt: die überarbeiteten Belege ändern sie nicht</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Umkehren…</translation>
    </message>
    <message>
        <source>Turn the decision: ban a cleared advertiser, reinstate a banned one</source>
        <translation>Die Entscheidung umkehren: einen freigegebenen Werbetreibenden sperren, einen gesperrten wieder zulassen</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>In re-review: evidence this decision rests on was revised since it was made. Re-affirm the decision or reverse it.</source>
        <translation>Erneute Prüfung: Belege, auf denen diese Entscheidung beruht, wurden seither überarbeitet. Bestätigen Sie die Entscheidung oder kehren Sie sie um.</translation>
    </message>
    <message>
        <source>Re-affirm the decision</source>
        <translation>Die Entscheidung bestätigen</translation>
    </message>
    <message>
        <source>Reverse the decision</source>
        <translation>Die Entscheidung umkehren</translation>
    </message>
</context>
<context>
    <name>adreview::RevisionDialog</name>
    <message>
        <source>Record a change to %1 of %2</source>
        <translation>Änderung an %1 von %2 erfassen</translation>
    </message>
    <message>
        <source>Record a change to this evidence</source>
        <translation>Änderung dieses Belegs erfassen</translation>
    </message>
    <message>
        <source>The item as it reads now</source>
        <translation>Der Beleg, wie er jetzt lautet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Ersetzt durch</translation>
    </message>
    <message>
        <source>The item or directive that superseded it, e.g. EV-7</source>
        <translation>Der Beleg oder die Anordnung, die ihn ersetzt hat, z. B. EV-7</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Re&amp;tracted by its source</source>
        <translation>Von der Quelle &amp;zurückgezogen</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why: where the change is published, and how you checked it</source>
        <translation>Warum: wo die Änderung veröffentlicht ist und wie Sie sie geprüft haben</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation>Ersetzt &amp;durch:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>E&amp;xcerpt:</source>
        <translation>A&amp;uszug:</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Wirksam ab:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>The same item in other cases</source>
        <translation>Derselbe Beleg in anderen Fällen</translation>
    </message>
    <message>
        <source>Re&amp;vise these too</source>
        <translation>Diese eben&amp;falls überarbeiten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Record Change</source>
        <translation>Änderung erfassen</translation>
    </message>
    <message>
        <source>%1 as it reads now: %2</source>
        <translation>%1, wie er jetzt lautet: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 (by %2)</source>
        <translation>Status: %1 (durch %2)</translation>
    </message>
    <message>
        <source>Retracted.</source>
        <translation>Zurückgezogen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>a change to the item</source>
        <translation>eine Änderung am Beleg</translation>
    </message>
    <message>
        <source>what superseded it</source>
        <translation>wodurch er ersetzt wurde</translation>
    </message>
    <message>
        <source>a rationale</source>
        <translation>eine Begründung</translation>
    </message>
    <message>
        <source>a shorter rationale (at most %L1 characters)</source>
        <translation>eine kürzere Begründung (höchstens %L1 Zeichen)</translation>
    </message>
    <message>
        <source>Decisions that cite an earlier reading of %1 go to re-review.</source>
        <translation>Entscheidungen, die eine frühere Fassung von %1 zitieren, kommen in die erneute Prüfung.</translation>
    </message>
    <message>
        <source>Recording the change needs %1.</source>
        <translation>Zum Erfassen der Änderung fehlt %1.</translation>
    </message>
    <message>
        <source>Nothing was recorded: the change cannot be made in every case listed.
%1</source>
        <translation>Nichts wurde erfasst: die Änderung ist nicht in jedem aufgeführten Fall möglich.
%1</translation>
    </message>
    <message>
        <source>Recorded in %1; refused in the others:
%2</source>
        <translation>Erfasst in %1; in den anderen abgelehnt:
%2</translation>
    </message>
</context>
<context>
    <name>adreview::SavedViewsControl</name>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Replace the saved view “%1”?</source>
        <translation>Die gespeicherte Ansicht „%1“ ersetzen?</translation>
    </message>
    <message>
        <source>It will list what the queue lists now, in its place in the menu.</source>
        <translation>Sie zeigt dann, was die Warteschlange jetzt zeigt, an ihrer Stelle im Menü.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Save Current View… keeps what the queue lists under a name, listed here</source>
        <translation>„Aktuelle Ansicht speichern…“ behält, was die Warteschlange zeigt, unter einem Namen; hier aufgeführt</translation>
    </message>
    <message>
        <source>policy %1</source>
        <translation>Richtlinie %1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>search “%1”, best match first</source>
        <translation>Suche „%1“, beste Treffer zuerst</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>sorted by %1, ascending</source>
        <translation>sortiert nach %1, aufsteigend</translation>
    </message>
    <message>
        <source>sorted by %1, descending</source>
        <translation>sortiert nach %1, absteigend</translation>
    </message>
</context>
<context>
    <name>adreview::SavedViewsDialog</name>
    <message>
        <source>Manage Saved Views</source>
        <translation>Gespeicherte Ansichten verwalten</translation>
    </message>
    <message>
        <source>Saved &amp;views, in the order of the View menu and the tabs:</source>
        <translation>Gespeicherte &amp;Ansichten, in der Reihenfolge von Menü „Ansicht“ und Reitern:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>F2 renames, Delete deletes, Alt+Up and Alt+Down move, or drag</source>
        <translation>F2 benennt um, Entf löscht, Alt+Pfeil hoch und Alt+Pfeil runter verschieben, oder ziehen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Um&amp;benennen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>adreview::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>  or  </source>
        <translation>  oder  </translation>
    </message>
    <message>
        <source>Move in the queue</source>
        <translation>In der Warteschlange bewegen</translation>
    </message>
    <message>
        <source>Up / Down arrows</source>
        <translation>Pfeiltasten auf / ab</translation>
    </message>
    <message>
        <source>Submit a decision</source>
        <translation>Eine Entscheidung absenden</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Decide and move to the next case</source>
        <translation>Entscheiden und zum nächsten Fall wechseln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Enter</source>
        <translation>Strg+Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Show a saved view (the first nine)</source>
        <translation>Eine gespeicherte Ansicht zeigen (die ersten neun)</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Strg+1 … Strg+9</translation>
    </message>
</context>
<context>
    <name>adreview::StatementForm</name>
    <message>
        <source>Legal ground or clause</source>
        <translation>Rechtsgrundlage/Klausel</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Terms and conditions clause</source>
        <translation>AGB-Klausel</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Required when “Other” is chosen</source>
        <translation>Erforderlich, wenn „Sonstiges“ gewählt ist</translation>
    </message>
    <message>
        <source>What other?</source>
        <translation>Was sonst?</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 endet</translation>
    </message>
    <message>
        <source>Tick if the restriction ends on a given day; it is lifted then</source>
        <translation>Ankreuzen, wenn die Beschränkung an einem bestimmten Tag endet; dann wird sie aufgehoben</translation>
    </message>
    <message>
        <source>%1 ends on</source>
        <translation>%1 endet am</translation>
    </message>
    <message>
        <source>The day the restriction ends, after the day of the decision</source>
        <translation>Der Tag, an dem die Beschränkung endet, nach dem Tag der Entscheidung</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Whether the content is illegal, or incompatible with the platform&apos;s terms and conditions</source>
        <translation>Ob der Inhalt rechtswidrig oder mit den Geschäftsbedingungen der Plattform unvereinbar ist</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The law, or the clause of the terms and conditions, the decision rests on</source>
        <translation>Das Gesetz oder die Klausel der Geschäftsbedingungen, auf der die Entscheidung beruht</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Why the content falls under that ground</source>
        <translation>Warum der Inhalt unter diesen Grund fällt</translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation>Er&amp;läuterung:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>The kind of violation, as the DSA Transparency Database groups them</source>
        <translation>Die Art des Verstoßes, wie die DSA-Transparenzdatenbank sie einteilt</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Type of content</source>
        <translation>Art des Inhalts</translation>
    </message>
    <message>
        <source>Other type of content</source>
        <translation>Sonstige Art des Inhalts</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Restrictions imposed</source>
        <translation>Verhängte Beschränkungen</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>Other visibility restriction</source>
        <translation>Sonstige Sichtbarkeitsbeschränkung</translation>
    </message>
    <message>
        <source>Visibility restriction</source>
        <translation>Sichtbarkeitsbeschränkung</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Sic&amp;htbarkeit:</translation>
    </message>
    <message>
        <source>Monetary</source>
        <translation>Monetär</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Whether payments to the advertiser are suspended or terminated</source>
        <translation>Ob Zahlungen an den Werbetreibenden ausgesetzt oder eingestellt werden</translation>
    </message>
    <message>
        <source>Other monetary restriction</source>
        <translation>Sonstige finanzielle Beschränkung</translation>
    </message>
    <message>
        <source>Monetary restriction</source>
        <translation>Finanzielle Beschränkung</translation>
    </message>
    <message>
        <source>&amp;Monetary:</source>
        <translation>&amp;Monetär:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Whether the service to the advertiser is suspended or terminated</source>
        <translation>Ob der Dienst für den Werbetreibenden ausgesetzt oder beendet wird</translation>
    </message>
    <message>
        <source>Restriction of the service</source>
        <translation>Beschränkung des Dienstes</translation>
    </message>
    <message>
        <source>Serv&amp;ice:</source>
        <translation>Die&amp;nst:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Whether the advertiser&apos;s account is suspended or terminated</source>
        <translation>Ob das Konto des Werbetreibenden gesperrt oder gekündigt wird</translation>
    </message>
    <message>
        <source>Account restriction</source>
        <translation>Kontobeschränkung</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>Kont&amp;o:</translation>
    </message>
    <message>
        <source>Scope and publication</source>
        <translation>Geltungsbereich und Veröffentlichung</translation>
    </message>
    <message>
        <source>Whole EEA</source>
        <translation>Ganzer EWR</translation>
    </message>
    <message>
        <source>The restrictions apply in the whole European Economic Area</source>
        <translation>Die Beschränkungen gelten im ganzen Europäischen Wirtschaftsraum</translation>
    </message>
    <message>
        <source>O&amp;nly in:</source>
        <translation>N&amp;ur in:</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Nur in</translation>
    </message>
    <message>
        <source>The restrictions apply only in the countries named</source>
        <translation>Die Beschränkungen gelten nur in den genannten Ländern</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>EU and EEA country codes, separated by commas: %1</source>
        <translation>Ländercodes der EU und des EWR, durch Kommas getrennt: %1</translation>
    </message>
    <message>
        <source>Country codes, e.g. DE, FR, AT</source>
        <translation>Ländercodes, z. B. DE, FR, AT</translation>
    </message>
    <message>
        <source>Territorial scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Territorial scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Revie&amp;w by</source>
        <translation>Über&amp;prüfen bis</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Tick to set the day by which the decision is to be reviewed</source>
        <translation>Ankreuzen, um den Tag festzulegen, bis zu dem die Entscheidung zu überprüfen ist</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>The day by which the decision is to be reviewed</source>
        <translation>Der Tag, bis zu dem die Entscheidung zu überprüfen ist</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Public facts</source>
        <translation>Öffentliche Fakten</translation>
    </message>
    <message>
        <source>The facts of the decision, as published in the DSA Transparency Database</source>
        <translation>Die Fakten der Entscheidung, wie sie in der DSA-Transparenzdatenbank veröffentlicht werden</translation>
    </message>
    <message>
        <source>Public &amp;facts:</source>
        <translation>Öffentliche Fak&amp;ten:</translation>
    </message>
    <message>
        <source>Published in the EU&apos;s DSA Transparency Database: state the facts only, never the internal rationale, names or other personal data.</source>
        <translation>Wird in der DSA-Transparenzdatenbank der EU veröffentlicht: nur die Fakten nennen, nie die interne Begründung, Namen oder andere personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Note on the public facts</source>
        <translation>Hinweis zu den öffentlichen Fakten</translation>
    </message>
    <message>
        <source>Territorial scope: name the countries, or choose the whole EEA.</source>
        <translation>Geltungsbereich: Länder nennen oder den ganzen EWR wählen.</translation>
    </message>
    <message>
        <source>The law the content breaks, with its article</source>
        <translation>Das Gesetz, gegen das der Inhalt verstößt, mit Artikel</translation>
    </message>
    <message>
        <source>The clause of the terms and conditions it breaks</source>
        <translation>Die Klausel der Geschäftsbedingungen, gegen die er verstößt</translation>
    </message>
    <message>
        <source>the legal ground or clause</source>
        <translation>die Rechtsgrundlage oder Klausel</translation>
    </message>
</context>
<context>
    <name>adreview::StatementPage</name>
    <message>
        <source>Statement of reasons</source>
        <translation>DSA-Begründung</translation>
    </message>
    <message>
        <source>The policy&apos;s statement of reasons could not be read: %1</source>
        <translation>Die DSA-Begründung der Richtlinie konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>adreview::StatusBadge</name>
    <message>
        <source>Advertiser status</source>
        <translation>Status des Werbetreibenden</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>adreview::SyncControl</name>
    <message>
        <source>Sync in progress</source>
        <translation>Synchronisation läuft</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisationsstatus</translation>
    </message>
    <message>
        <source>Export Sync Bundle</source>
        <translation>Sync-Paket exportieren</translation>
    </message>
    <message>
        <source>AdReview sync bundles (*.%1)</source>
        <translation>AdReview-Sync-Pakete (*.%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Sync Bundles</source>
        <translation>Sync-Pakete importieren</translation>
    </message>
    <message>
        <source>AdReview sync bundles (*.%1);;All files (*)</source>
        <translation>AdReview-Sync-Pakete (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n bundle(s)…</source>
        <translation>
            <numerusform>%n Paket wird zusammengeführt…</numerusform>
            <numerusform>%n Pakete werden zusammengeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the bundle: %1</source>
        <translation>Paket geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n bundle(s):</source>
        <translation>
            <numerusform>%n Paket zusammengeführt:</numerusform>
            <numerusform>%n Pakete zusammengeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) now in conflict, listed under Conflicts: %1</source>
        <translation>
            <numerusform>%n Fall jetzt im Konflikt, aufgeführt unter „Konflikte“: %1</numerusform>
            <numerusform>%n Fälle jetzt im Konflikt, aufgeführt unter „Konflikte“: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No bundle was written:</source>
        <translation>Es wurde kein Paket geschrieben:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Sync export</source>
        <translation>Sync-Export</translation>
    </message>
    <message>
        <source>Sync import</source>
        <translation>Sync-Import</translation>
    </message>
    <message>
        <source>%1 bring(s) decisions from devices this database does not trust yet:</source>
        <translation>%1 enthält Entscheidungen von Geräten, denen diese Datenbank noch nicht vertraut:</translation>
    </message>
    <message>
        <source>Trust a device only when its owner confirms the key fingerprint (adreview device show, or Preferences on their machine). Trusting them is recorded in this database with your name.</source>
        <translation>Vertrauen Sie einem Gerät nur, wenn sein Besitzer den Fingerabdruck des Schlüssels bestätigt (adreview device show oder die Einstellungen auf seinem Rechner). Das Vertrauen wird in dieser Datenbank mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>Meanwhile: %1</source>
        <translation>Außerdem: %1</translation>
    </message>
    <message>
        <source>Trust new devices?</source>
        <translation>Neuen Geräten vertrauen?</translation>
    </message>
    <message>
        <source>Trust and Merge</source>
        <translation>Vertrauen und zusammenführen</translation>
    </message>
    <message>
        <source>Do Not Merge</source>
        <translation>Nicht zusammenführen</translation>
    </message>
    <message>
        <source>Not merged: the bundle brings devices this database does not trust</source>
        <translation>Nicht zusammengeführt: das Paket enthält Geräte, denen diese Datenbank nicht vertraut</translation>
    </message>
</context>
<context>
    <name>adreview::TeamServerDialog</name>
    <message>
        <source>Team Server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>Decisions made here are sent to the team&apos;s PostgreSQL server, and everyone else&apos;s are taken from it, when you press Sync Now (Ctrl+Shift+S) and every few minutes while the server can be reached. Leave the address empty to stop syncing.</source>
        <translation>Hier getroffene Entscheidungen werden an den PostgreSQL-Server des Teams gesendet und die aller anderen von dort übernommen: mit „Jetzt synchronisieren“ (Strg+Umschalt+S) und alle paar Minuten, solange der Server erreichbar ist. Lassen Sie die Adresse leer, um nicht mehr zu synchronisieren.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>aus ~/.pgpass oder PGPASSWORD, wenn leer</translation>
    </message>
    <message>
        <source>Kept only while AdReview runs; it is never saved.</source>
        <translation>Wird nur behalten, solange AdReview läuft; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>No events from the server were set aside here.</source>
        <translation>Hier wurden keine Ereignisse vom Server zurückgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Set aside: %n event(s) from the server that this laptop refuses (they break a review rule here, or follow one that does). They are never merged.</source>
        <translation>
            <numerusform>Zurückgestellt: %n Ereignis vom Server, das dieser Laptop ablehnt (es verletzt hier eine Prüfregel oder folgt einem, das das tut). Es wird nie übernommen.</numerusform>
            <numerusform>Zurückgestellt: %n Ereignisse vom Server, die dieser Laptop ablehnt (sie verletzen hier eine Prüfregel oder folgen einem, das das tut). Sie werden nie übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Save and Sync</source>
        <translation>&amp;Speichern und synchronisieren</translation>
    </message>
    <message>
        <source>Give the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers an.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1 as reviewer %2.</source>
        <translation>Verbunden mit %1 als Prüfer %2.</translation>
    </message>
</context>
<context>
    <name>adreview::TeamSyncControl</name>
    <message>
        <source>Team server sync</source>
        <translation>Synchronisation mit dem Teamserver</translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n zu senden</numerusform>
            <numerusform>%n zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisiert…</translation>
    </message>
    <message>
        <source>offline — %1</source>
        <translation>offline — %1</translation>
    </message>
    <message>
        <source>not synced — %1</source>
        <translation>nicht synchronisiert — %1</translation>
    </message>
    <message>
        <source>password needed — %1</source>
        <translation>Passwort nötig — %1</translation>
    </message>
    <message>
        <source>not synced yet — %1</source>
        <translation>noch nicht synchronisiert — %1</translation>
    </message>
    <message>
        <source>synced %1 · %2</source>
        <translation>synchronisiert %1 · %2</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisiert %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Team server: %1</source>
        <translation>Teamserver: %1</translation>
    </message>
    <message>
        <source>Events refused here are listed in File → Sync → Team Server…</source>
        <translation>Hier abgelehnte Ereignisse stehen unter Datei → Synchronisation → Teamserver…</translation>
    </message>
    <message numerus="yes">
        <source>The team server sent %n event(s) that this laptop refuses. They are set aside, with the events that follow them, and never merged; File → Sync → Team Server… lists them.</source>
        <translation>
            <numerusform>Der Teamserver hat %n Ereignis gesendet, das dieser Laptop ablehnt. Es wird mit den folgenden Ereignissen zurückgestellt und nie übernommen; Datei → Synchronisation → Teamserver… listet es auf.</numerusform>
            <numerusform>Der Teamserver hat %n Ereignisse gesendet, die dieser Laptop ablehnt. Sie werden mit den folgenden Ereignissen zurückgestellt und nie übernommen; Datei → Synchronisation → Teamserver… listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Passwort für den Teamserver</translation>
    </message>
    <message>
        <source>Password for the team server (kept only while AdReview runs):</source>
        <translation>Passwort für den Teamserver (wird nur behalten, solange AdReview läuft):</translation>
    </message>
    <message numerus="yes">
        <source>The team server sent %n record(s) that this laptop refuses; they were left out.</source>
        <translation>
            <numerusform>Der Teamserver hat %n Datensatz geschickt, den dieser Laptop ablehnt; er wurde ausgelassen.</numerusform>
            <numerusform>Der Teamserver hat %n Datensätze geschickt, die dieser Laptop ablehnt; sie wurden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>adreview::ViewNameDialog</name>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Rename Saved View</source>
        <translation>Gespeicherte Ansicht umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The name the view has in the View menu and on its tab</source>
        <translation>Der Name der Ansicht im Menü „Ansicht“ und auf ihrem Reiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Another saved view is named “%1”.</source>
        <translation>Eine andere gespeicherte Ansicht heißt „%1“.</translation>
    </message>
    <message>
        <source>A saved view is named “%1”: saving replaces it.</source>
        <translation>Eine gespeicherte Ansicht heißt „%1“: Speichern ersetzt sie.</translation>
    </message>
</context>
<context>
    <name>adreview::VocabularyText</name>
    <message>
        <source>critical</source>
        <comment>priority</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <comment>priority</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>priority</comment>
        <translation>normal</translation>
    </message>
    <message>
        <source>low</source>
        <comment>priority</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>government-advisory</source>
        <comment>case source</comment>
        <translation>Behördenhinweis</translation>
    </message>
    <message>
        <source>press</source>
        <comment>case source</comment>
        <translation>Presse</translation>
    </message>
    <message>
        <source>user-report</source>
        <comment>case source</comment>
        <translation>Nutzermeldung</translation>
    </message>
    <message>
        <source>automated</source>
        <comment>case source</comment>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>partner-platform</source>
        <comment>case source</comment>
        <translation>Partnerplattform</translation>
    </message>
    <message>
        <source>appeal</source>
        <comment>case source</comment>
        <translation>Einspruch</translation>
    </message>
    <message>
        <source>open</source>
        <comment>case state</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>in-review</source>
        <comment>case state</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>escalated</source>
        <comment>case state</comment>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>decided</source>
        <comment>case state</comment>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>case state</comment>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>awaiting-approval</source>
        <comment>case state</comment>
        <translation>wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>outcome</comment>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>cleared</source>
        <comment>outcome</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>reinstated</source>
        <comment>outcome</comment>
        <translation>wieder zugelassen</translation>
    </message>
    <message>
        <source>none</source>
        <comment>outcome</comment>
        <translation>keins</translation>
    </message>
    <message>
        <source>flag</source>
        <comment>action</comment>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>assign</source>
        <comment>action</comment>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>annotate</source>
        <comment>action</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>escalate</source>
        <comment>action</comment>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>ban</source>
        <comment>action</comment>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>clear</source>
        <comment>action</comment>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>reinstate</source>
        <comment>action</comment>
        <translation>Wiederzulassung</translation>
    </message>
    <message>
        <source>resolve-conflict</source>
        <comment>action</comment>
        <translation>Konfliktlösung</translation>
    </message>
    <message>
        <source>propose-ban</source>
        <comment>action</comment>
        <translation>Sperrvorschlag</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>action</comment>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>reject</source>
        <comment>action</comment>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>withdraw</source>
        <comment>action</comment>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <source>revise</source>
        <comment>action</comment>
        <translation>Belegänderung</translation>
    </message>
    <message>
        <source>reaffirm</source>
        <comment>action</comment>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>reverse</source>
        <comment>action</comment>
        <translation>Umkehrung</translation>
    </message>
    <message>
        <source>News citation</source>
        <comment>evidence kind</comment>
        <translation>Pressebericht</translation>
    </message>
    <message>
        <source>Agency advisory</source>
        <comment>evidence kind</comment>
        <translation>Behördenhinweis</translation>
    </message>
    <message>
        <source>Company statement</source>
        <comment>evidence kind</comment>
        <translation>Stellungnahme des Unternehmens</translation>
    </message>
    <message>
        <source>Platform action</source>
        <comment>evidence kind</comment>
        <translation>Maßnahme einer Plattform</translation>
    </message>
    <message>
        <source>Internal signal</source>
        <comment>evidence kind</comment>
        <translation>Internes Signal</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>reliability</comment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>probable</source>
        <comment>reliability</comment>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>doubtful</source>
        <comment>reliability</comment>
        <translation>zweifelhaft</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>reliability</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>in force</source>
        <comment>advisory status</comment>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>rescinded</source>
        <comment>advisory status</comment>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>advisory status</comment>
        <translation>ersetzt</translation>
    </message>
</context>
</TS>
