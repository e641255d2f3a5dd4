<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Could not read the desktop file %1: %2</source>
        <translation>Die Desktop-Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The desktop file %1 is larger than %2 bytes, so it is not read.</source>
        <translation>Die Desktop-Datei %1 ist größer als %2 Byte und wird daher nicht gelesen.</translation>
    </message>
    <message>
        <source>The desktop file %1 has no [Desktop Entry] group.</source>
        <translation>Die Desktop-Datei %1 hat keine Gruppe [Desktop Entry].</translation>
    </message>
    <message>
        <source>The desktop file %1 is of type &quot;%2&quot;; only type Application can be launched.</source>
        <translation>Die Desktop-Datei %1 hat den Typ „%2“; nur der Typ Application kann gestartet werden.</translation>
    </message>
    <message>
        <source>The desktop file %1 has no Exec key.</source>
        <translation>Die Desktop-Datei %1 hat keinen Exec-Schlüssel.</translation>
    </message>
    <message>
        <source>The desktop file %1 has an invalid Exec value &quot;%2&quot;: %3</source>
        <translation>Die Desktop-Datei %1 hat einen ungültigen Exec-Wert „%2“: %3</translation>
    </message>
</context>
<context>
    <name>DesktopExec</name>
    <message>
        <source>a lone % at the end; write %% for a literal %</source>
        <translation>ein einzelnes % am Ende; für ein wörtliches % schreiben Sie %%</translation>
    </message>
    <message>
        <source>a backslash inside double quotes may only precede &quot;, `, $ or \</source>
        <translation>ein Backslash in doppelten Anführungszeichen darf nur vor &quot;, `, $ oder \ stehen</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>ein doppeltes Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the field code %i must be a whole argument on its own</source>
        <translation>der Feldcode %i muss für sich allein ein ganzes Argument sein</translation>
    </message>
    <message>
        <source>unknown field code %%1</source>
        <translation>unbekannter Feldcode %%1</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>kein Programm zum Ausführen</translation>
    </message>
</context>
<context>
    <name>LaunchProfile</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object whose values are strings</source>
        <translation>„%1“ muss ein Objekt mit Zeichenketten als Werten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;exitPolicy&quot; is &quot;%1&quot;, expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>„exitPolicy“ ist „%1“, erwartet wird „%2“ oder „%3“</translation>
    </message>
    <message>
        <source>Name: enter a name for the profile.</source>
        <translation>Name: Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>Name: remove the control characters (such as tabs or line breaks).</source>
        <translation>Name: Entfernen Sie die Steuerzeichen (etwa Tabulatoren oder Zeilenumbrüche).</translation>
    </message>
    <message>
        <source>Icon: remove the control characters (such as tabs or line breaks).</source>
        <translation>Symbol: Entfernen Sie die Steuerzeichen (etwa Tabulatoren oder Zeilenumbrüche).</translation>
    </message>
    <message>
        <source>Command: enter the program to run.</source>
        <translation>Befehl: Geben Sie das auszuführende Programm ein.</translation>
    </message>
    <message>
        <source>Arguments: remove the NUL characters; a program cannot receive them.</source>
        <translation>Argumente: Entfernen Sie die NUL-Zeichen; ein Programm kann sie nicht empfangen.</translation>
    </message>
    <message>
        <source>Working directory: &quot;%1&quot; is relative; enter an absolute path such as /home/user/project, or leave it empty for the home folder.</source>
        <translation>Arbeitsverzeichnis: „%1“ ist relativ; geben Sie einen absoluten Pfad wie /home/user/project ein oder lassen Sie das Feld für den persönlichen Ordner leer.</translation>
    </message>
    <message>
        <source>Working directory: remove the control characters.</source>
        <translation>Arbeitsverzeichnis: Entfernen Sie die Steuerzeichen.</translation>
    </message>
    <message>
        <source>Environment: &quot;%1&quot; is not allowed; allowed variables are DISPLAY, WAYLAND_DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM and COLORTERM.</source>
        <translation>Umgebung: „%1“ ist nicht erlaubt; erlaubt sind die Variablen DISPLAY, WAYLAND_DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM und COLORTERM.</translation>
    </message>
    <message>
        <source>Environment: the value of &quot;%1&quot; contains control characters; remove them.</source>
        <translation>Umgebung: Der Wert von „%1“ enthält Steuerzeichen; entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the &quot;version&quot; key is missing</source>
        <translation>der Schlüssel „version“ fehlt</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>„version“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>unknown version %1; this Nestbox reads version %2 only</source>
        <translation>unbekannte Version %1; diese Nestbox-Version liest nur Version %2</translation>
    </message>
    <message>
        <source>profile %1 is not a JSON object</source>
        <translation>Profil %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>profile %1: &quot;id&quot; is &quot;%2&quot;, which is not a UUID</source>
        <translation>Profil %1: „id“ ist „%2“ und damit keine UUID</translation>
    </message>
    <message>
        <source>profile %1: the id %2 is used by an earlier profile too</source>
        <translation>Profil %1: Die ID %2 wird auch von einem früheren Profil verwendet</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array</source>
        <translation>„profiles“ muss ein Array sein</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows PID namespaces and launches apps into new ones.</source>
        <translation>Zeigt PID-Namensräume an und startet Anwendungen in neuen Namensräumen.</translation>
    </message>
    <message>
        <source>With --screenshot: select the launched namespace. --screenshot does so anyway; the option is accepted so that scripts can state it.</source>
        <translation>Mit --screenshot: den gestarteten Namensraum auswählen. --screenshot tut das ohnehin; die Option wird angenommen, damit Skripte sie angeben können.</translation>
    </message>
    <message>
        <source>Start hidden, with only the tray icon showing. Ignored when there is no system tray.</source>
        <translation>Verborgen starten, nur mit dem Symbol im Systembereich. Wird ignoriert, wenn es keinen Systembereich gibt.</translation>
    </message>
    <message>
        <source>Wait for a namespace launched by Nestbox, select it, save a PNG of the main window showing its processes, or of the view chosen with --screenshot-view, to FILE and exit. Exits with 1 after 30 s without one.</source>
        <translation>Auf einen von Nestbox gestarteten Namensraum warten, ihn auswählen, ein PNG des Hauptfensters mit seinen Prozessen oder der mit --screenshot-view gewählten Ansicht in FILE speichern und beenden. Endet mit 1, wenn nach 30 s keiner erschienen ist.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to save, one of %1.</source>
        <translation>Mit --screenshot: die zu speichernde Ansicht, eine von %1.</translation>
    </message>
</context>
<context>
    <name>nestbox::ApplicationPicker</name>
    <message>
        <source>Import from Application</source>
        <translation>Aus Anwendung importieren</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Applications:</source>
        <translation>&amp;Anwendungen:</translation>
    </message>
</context>
<context>
    <name>nestbox::CallErrorMessage</name>
    <message>
        <source>You are not allowed to launch apps with Nestbox. An administrator can grant the org.nestbox.launch action.</source>
        <translation>Sie dürfen mit Nestbox keine Apps starten. Ein Administrator kann Ihnen die Aktion org.nestbox.launch erlauben.</translation>
    </message>
    <message>
        <source>You are not allowed to send signals to this process. An administrator can grant the org.nestbox.signal action, or org.nestbox.signal-other for processes of other users.</source>
        <translation>Sie dürfen diesem Prozess keine Signale senden. Ein Administrator kann Ihnen die Aktion org.nestbox.signal erlauben, oder org.nestbox.signal-other für Prozesse anderer Benutzer.</translation>
    </message>
    <message>
        <source>You are not allowed to terminate this namespace. An administrator can grant the org.nestbox.signal action, or org.nestbox.signal-other for namespaces of other users.</source>
        <translation>Sie dürfen diesen Namensraum nicht beenden. Ein Administrator kann Ihnen die Aktion org.nestbox.signal erlauben, oder org.nestbox.signal-other für Namensräume anderer Benutzer.</translation>
    </message>
    <message>
        <source>You are not allowed to see Nestbox&apos;s namespaces and processes. An administrator can grant the org.nestbox.inspect action.</source>
        <translation>Sie dürfen die Namensräume und Prozesse von Nestbox nicht sehen. Ein Administrator kann Ihnen die Aktion org.nestbox.inspect erlauben.</translation>
    </message>
</context>
<context>
    <name>nestbox::DetailsPane</name>
    <message>
        <source>measuring...</source>
        <translation>wird gemessen...</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>Ebene %1: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a namespace or a process to see its details.</source>
        <translation>Wählen Sie einen Namensraum oder einen Prozess aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>Resident memory:</source>
        <translation>Residenter Speicher:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Host PID:</source>
        <translation>Host-PID:</translation>
    </message>
    <message>
        <source>PID per level:</source>
        <translation>PID je Ebene:</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Namensraum:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Übergeordnet:</translation>
    </message>
    <message>
        <source>Init process:</source>
        <translation>Init-Prozess:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Eigentümer:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Prozesse:</translation>
    </message>
    <message>
        <source>Total CPU:</source>
        <translation>CPU gesamt:</translation>
    </message>
    <message>
        <source>Total memory:</source>
        <translation>Speicher gesamt:</translation>
    </message>
    <message>
        <source>0 (host)</source>
        <translation>0 (Host)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>host PID %1: %2</source>
        <translation>Host-PID %1: %2</translation>
    </message>
    <message>
        <source>host PID %1</source>
        <translation>Host-PID %1</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>not created by Nestbox</source>
        <translation>nicht von Nestbox erstellt</translation>
    </message>
    <message>
        <source>%1 s after boot</source>
        <translation>%1 s nach dem Systemstart</translation>
    </message>
</context>
<context>
    <name>nestbox::FavouritesToolBar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Launch %1 in a new namespace</source>
        <translation>%1 in einem neuen Namensraum starten</translation>
    </message>
</context>
<context>
    <name>nestbox::HelperClient</name>
    <message>
        <source>Connected to the Nestbox helper.</source>
        <translation>Mit dem Nestbox-Hilfsprogramm verbunden.</translation>
    </message>
    <message>
        <source>The D-Bus system bus cannot be reached, so Nestbox cannot talk to its helper. Check that dbus-daemon is running; Nestbox retries every few seconds. Error: %1</source>
        <translation>Der D-Bus-Systembus ist nicht erreichbar, daher kann Nestbox nicht mit seinem Hilfsprogramm sprechen. Prüfen Sie, ob dbus-daemon läuft; Nestbox versucht es alle paar Sekunden erneut. Fehler: %1</translation>
    </message>
    <message>
        <source>The Nestbox helper rejected the request because polkit does not allow you %1. Ask an administrator to allow it, then retry. The helper&apos;s message: %2</source>
        <translation>Das Nestbox-Hilfsprogramm hat die Anfrage abgelehnt, weil polkit Ihnen Folgendes nicht erlaubt: %1. Bitten Sie einen Administrator, es zu erlauben, und versuchen Sie es dann erneut. Meldung des Hilfsprogramms: %2</translation>
    </message>
    <message>
        <source>Talking to the Nestbox helper failed: %1</source>
        <translation>Die Kommunikation mit dem Nestbox-Hilfsprogramm ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no address for the system bus</source>
        <translation>keine Adresse für den Systembus</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The Nestbox helper (%1) is not installed: it is not running, and the system bus has no D-Bus service file to start it. Install the nestbox package, or run &quot;cmake --install&quot; as root from a build. Nestbox connects as soon as the helper appears.</source>
        <translation>Das Nestbox-Hilfsprogramm (%1) ist nicht installiert: Es läuft nicht, und der Systembus hat keine D-Bus-Dienstdatei, um es zu starten. Installieren Sie das Paket nestbox, oder führen Sie in einem Build als root &quot;cmake --install&quot; aus. Nestbox verbindet sich, sobald das Hilfsprogramm erscheint.</translation>
    </message>
    <message>
        <source>The Nestbox helper (%1) stopped, and the system bus cannot start it again. Nestbox is waiting for it to return and reconnects by itself.</source>
        <translation>Das Nestbox-Hilfsprogramm (%1) wurde beendet, und der Systembus kann es nicht erneut starten. Nestbox wartet auf seine Rückkehr und verbindet sich dann selbst wieder.</translation>
    </message>
</context>
<context>
    <name>nestbox::HistoryGraph</name>
    <message>
        <source>CPU and memory history</source>
        <translation>Verlauf von CPU und Speicher</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <source>CPU %1 %, memory %2; one sample every %3 s</source>
        <translation>CPU %1 %, Speicher %2; ein Messwert alle %3 s</translation>
    </message>
</context>
<context>
    <name>nestbox::LaunchDialog</name>
    <message>
        <source>Launch in a New Namespace</source>
        <translation>In neuem Namensraum starten</translation>
    </message>
    <message>
        <source>for example: sleep 30</source>
        <translation>zum Beispiel: sleep 30</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>Ihr persönlicher Ordner</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Enter the command to run.</source>
        <translation>Geben Sie den auszuführenden Befehl ein.</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; is not an absolute path.</source>
        <translation>Das Arbeitsverzeichnis „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; does not exist.</source>
        <translation>Das Arbeitsverzeichnis „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Working Directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>The command and its arguments, split into words as a POSIX shell splits them: &apos;single quotes&apos; keep every character, &quot;double quotes&quot; allow \&quot; \\ \$ \` escapes, and a backslash outside quotes escapes the next character. Nothing is expanded or interpreted: $VARIABLES, ~, *, |, ; and &gt; reach the app as typed.</source>
        <translation>Der Befehl und seine Argumente, in Wörter zerlegt wie in einer POSIX-Shell: &apos;einfache Anführungszeichen&apos; behalten jedes Zeichen, &quot;doppelte Anführungszeichen&quot; erlauben die Escapes \&quot; \\ \$ \`, und ein Backslash außerhalb von Anführungszeichen maskiert das nächste Zeichen. Nichts wird expandiert oder interpretiert: $VARIABLEN, ~, *, |, ; und &gt; erreichen die App so, wie sie eingegeben wurden.</translation>
    </message>
    <message>
        <source>The command name is empty. Type the program to run before its arguments.</source>
        <translation>Der Befehlsname ist leer. Geben Sie das auszuführende Programm vor seinen Argumenten ein.</translation>
    </message>
</context>
<context>
    <name>nestbox::MainWindow</name>
    <message>
        <source>Nestbox</source>
        <translation>Nestbox</translation>
    </message>
    <message>
        <source>&amp;Launch...</source>
        <translation>&amp;Starten...</translation>
    </message>
    <message>
        <source>Start an app in a new PID namespace</source>
        <translation>Eine Anwendung in einem neuen PID-Namensraum starten</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>Namensraum &amp;beenden</translation>
    </message>
    <message>
        <source>End every process in the selected namespace</source>
        <translation>Alle Prozesse im ausgewählten Namensraum beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>Launch &amp;profile into new namespace</source>
        <translation>&amp;Profil in neuem Namensraum starten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>P&amp;rocess</source>
        <translation>P&amp;rozess</translation>
    </message>
    <message>
        <source>Launch profiles</source>
        <translation>Startprofile</translation>
    </message>
    <message>
        <source>Filter by command, user or PID (Ctrl+F)</source>
        <translation>Nach Befehl, Benutzer oder PID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Process filter</source>
        <translation>Prozessfilter</translation>
    </message>
    <message>
        <source>&amp;Find Process</source>
        <translation>Prozess &amp;suchen</translation>
    </message>
    <message>
        <source>Started %1 in namespace %2 as host PID %3.</source>
        <translation>%1 im Namensraum %2 als Host-PID %3 gestartet.</translation>
    </message>
    <message>
        <source>Namespace %1 has already ended.</source>
        <translation>Der Namensraum %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>Terminating namespace %1 failed: %2</source>
        <translation>Das Beenden des Namensraums %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Launching %1 failed: %2</source>
        <translation>Das Starten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Filter by namespace, owner or command (Ctrl+Shift+F)</source>
        <translation>Nach Namensraum, Eigentümer oder Befehl filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation>Namensraumfilter</translation>
    </message>
    <message>
        <source>Find &amp;Namespace</source>
        <translation>&amp;Namensraum suchen</translation>
    </message>
</context>
<context>
    <name>nestbox::NamespaceModel</name>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>killed by signal %1 (SIG%2)</source>
        <translation>durch Signal %1 (SIG%2) beendet</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>not created by Nestbox</source>
        <translation>nicht von Nestbox erstellt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>nestbox::Notifier</name>
    <message>
        <source>%1 was killed by signal %2.</source>
        <translation>%1 wurde durch Signal %2 beendet.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 wurde mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2 after %3.</source>
        <translation>%1 wurde nach %3 durch Signal %2 beendet.</translation>
    </message>
    <message>
        <source>%1 exited with code %2 after %3.</source>
        <translation>%1 wurde nach %3 mit Code %2 beendet.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The app in namespace %1</source>
        <translation>Die Anwendung im Namensraum %1</translation>
    </message>
    <message>
        <source>%1 has ended</source>
        <translation>%1 wurde beendet</translation>
    </message>
    <message>
        <source>Its namespace stays until its other processes have exited.</source>
        <translation>Sein Namensraum bleibt bestehen, bis seine übrigen Prozesse beendet sind.</translation>
    </message>
    <message>
        <source>The namespace of %1 has ended</source>
        <translation>Der Namensraum von %1 ist beendet</translation>
    </message>
    <message>
        <source>Its last process exited %1 after the app started.</source>
        <translation>Sein letzter Prozess endete %1 nach dem Start der Anwendung.</translation>
    </message>
    <message>
        <source>Its last process has exited.</source>
        <translation>Sein letzter Prozess ist beendet.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProcessActions</name>
    <message>
        <source>Send &amp;signal</source>
        <translation>&amp;Signal senden</translation>
    </message>
    <message>
        <source>Copy &amp;PID</source>
        <translation>&amp;PID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;command line</source>
        <translation>&amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>%1 senden</translation>
    </message>
    <message>
        <source>Sent %1 to process %2.</source>
        <translation>%1 an Prozess %2 gesendet.</translation>
    </message>
    <message>
        <source>Kill process</source>
        <translation>Prozess abwürgen</translation>
    </message>
    <message>
        <source>Kill process %1 (%2) at once? It gets no chance to save its work.</source>
        <translation>Prozess %1 (%2) sofort abwürgen? Er kann seine Arbeit nicht mehr speichern.</translation>
    </message>
    <message>
        <source>Process %1 has already exited.</source>
        <translation>Prozess %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>Sending %1 to process %2 failed: %3</source>
        <translation>Das Senden von %1 an Prozess %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Copied PID %1.</source>
        <translation>PID %1 kopiert.</translation>
    </message>
    <message>
        <source>Copied the command line of process %1.</source>
        <translation>Befehlszeile von Prozess %1 kopiert.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProcessModel</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>schlafend</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>wartet auf E/A</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>Zombie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>stopped by tracer</source>
        <translation>vom Tracer angehalten</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Host PID</source>
        <translation>Host-PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileEditor</name>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>A&amp;dd Variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Variable</source>
        <translation>Variable ent&amp;fernen</translation>
    </message>
    <message>
        <source>Show in the tray menu and tool&amp;bar (favourite)</source>
        <translation>Im Menü des Systembereichs und in der &amp;Werkzeugleiste zeigen (Favorit)</translation>
    </message>
    <message>
        <source>Im&amp;port from Application...</source>
        <translation>Aus Anwendung &amp;importieren...</translation>
    </message>
    <message>
        <source>Launch Profile</source>
        <translation>Startprofil</translation>
    </message>
    <message>
        <source>Icon theme name or image path</source>
        <translation>Name im Symbolthema oder Bildpfad</translation>
    </message>
    <message>
        <source>Program name or absolute path</source>
        <translation>Programmname oder absoluter Pfad</translation>
    </message>
    <message>
        <source>One argument per line. Inside an argument, \n is a line break and \\ a backslash.</source>
        <translation>Ein Argument pro Zeile. Innerhalb eines Arguments steht \n für einen Zeilenumbruch und \\ für einen Backslash.</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Persönlicher Ordner</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>End the namespace</source>
        <translation>Namensraum beenden</translation>
    </message>
    <message>
        <source>Keep it while any process lives</source>
        <translation>Behalten, solange noch ein Prozess läuft</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumente:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>A&amp;rbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>When the app e&amp;xits:</source>
        <translation>Wenn die Anwendung &amp;endet:</translation>
    </message>
    <message>
        <source>Environment: row %1 has no variable name; enter one or remove the row.</source>
        <translation>Umgebung: Zeile %1 hat keinen Variablennamen; geben Sie einen ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Environment: &quot;%1&quot; is set twice; remove one of the rows.</source>
        <translation>Umgebung: „%1“ ist doppelt gesetzt; entfernen Sie eine der Zeilen.</translation>
    </message>
    <message>
        <source>Working Directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileLauncher</name>
    <message>
        <source>The launch profile no longer exists.</source>
        <translation>Das Startprofil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be launched: %2</source>
        <translation>Profil „%1“ kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Launching %1 failed: %2</source>
        <translation>Das Starten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Started %1 in namespace %2 as host PID %3.</source>
        <translation>%1 im Namensraum %2 als Host-PID %3 gestartet.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileManagerDialog</name>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>&amp;Import from application...</source>
        <translation>Aus Anwendung &amp;importieren...</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Favourites appear in the toolbar and the tray menu</source>
        <translation>Favoriten erscheinen in der Werkzeugleiste und im Menü des Systembereichs</translation>
    </message>
    <message>
        <source>%1 (favourite)</source>
        <translation>%1 (Favorit)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Import from application</source>
        <translation>Aus Anwendung importieren</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileMenu</name>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>&amp;Manage profiles...</source>
        <translation>Profile &amp;verwalten...</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileStore</name>
    <message>
        <source>Could not read the launch profiles from %1: %2. Nestbox will not save profiles until the file can be read.</source>
        <translation>Die Startprofile konnten nicht aus %1 gelesen werden: %2. Nestbox speichert keine Profile, bis die Datei gelesen werden kann.</translation>
    </message>
    <message>
        <source>The launch profiles file %1 is damaged (%2) and could not be renamed; Nestbox will not save profiles until you fix or move it.</source>
        <translation>Die Startprofil-Datei %1 ist beschädigt (%2) und konnte nicht umbenannt werden; Nestbox speichert keine Profile, bis Sie sie reparieren oder verschieben.</translation>
    </message>
    <message>
        <source>The launch profiles file %1 is damaged (%2). It was kept as %3 and Nestbox started with no profiles.</source>
        <translation>Die Startprofil-Datei %1 ist beschädigt (%2). Sie wurde als %3 aufbewahrt, und Nestbox ist ohne Profile gestartet.</translation>
    </message>
    <message>
        <source>Name: another profile is already called &quot;%1&quot;; choose another name.</source>
        <translation>Name: Ein anderes Profil heißt bereits „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>No launch profile has the id %1.</source>
        <translation>Kein Startprofil hat die ID %1.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Launch profiles are not saved because %1 could not be loaded and is still in place; fix or move it, then reload.</source>
        <translation>Startprofile werden nicht gespeichert, weil %1 nicht geladen werden konnte und noch vorhanden ist; reparieren oder verschieben Sie die Datei und laden Sie dann neu.</translation>
    </message>
    <message>
        <source>Could not save the launch profiles: %1.</source>
        <translation>Die Startprofile konnten nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>nestbox::SettingsDialog</name>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Systembereich starten</translation>
    </message>
    <message>
        <source>&amp;Close to the tray</source>
        <translation>Beim S&amp;chließen in den Systembereich</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Adds Nestbox to %1</source>
        <translation>Fügt Nestbox zu %1 hinzu</translation>
    </message>
    <message>
        <source>The desktop has no system tray, so Nestbox cannot hide there.</source>
        <translation>Die Arbeitsumgebung hat keinen Systembereich, daher kann sich Nestbox dort nicht verbergen.</translation>
    </message>
</context>
<context>
    <name>nestbox::ShellWordSplitter</name>
    <message>
        <source>The single quote at character %1 is never closed. Add a &apos; where the quoted text ends.</source>
        <translation>Das einfache Anführungszeichen bei Zeichen %1 wird nie geschlossen. Setzen Sie ein &apos; an das Ende des zitierten Texts.</translation>
    </message>
    <message>
        <source>The double quote at character %1 is never closed. Add a &quot; where the quoted text ends.</source>
        <translation>Das doppelte Anführungszeichen bei Zeichen %1 wird nie geschlossen. Setzen Sie ein &quot; an das Ende des zitierten Texts.</translation>
    </message>
    <message>
        <source>The command line ends with a backslash (character %1), which escapes nothing. Remove it, or write \\ for a literal backslash.</source>
        <translation>Die Befehlszeile endet mit einem Backslash (Zeichen %1), der nichts maskiert. Entfernen Sie ihn, oder schreiben Sie \\ für einen wörtlichen Backslash.</translation>
    </message>
</context>
<context>
    <name>nestbox::StatusBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>nestbox::TrayController</name>
    <message>
        <source>Terminating namespace %1 failed: %2</source>
        <translation>Das Beenden des Namensraums %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nestbox</source>
        <translation>Nestbox</translation>
    </message>
</context>
<context>
    <name>nestbox::TrayIcon</name>
    <message>
        <source>&amp;Open Nestbox</source>
        <translation>Nestbox ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Launch %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>No favourite profiles</source>
        <translation>Keine Favoriten-Profile</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1 (Namensraum %2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No isolated apps running</source>
        <translation>Keine isolierten Anwendungen laufen</translation>
    </message>
    <message>
        <source>Nestbox: no isolated apps running</source>
        <translation>Nestbox: keine isolierten Anwendungen laufen</translation>
    </message>
    <message numerus="yes">
        <source>Nestbox: %n isolated app(s) running</source>
        <translation>
            <numerusform>Nestbox: %n isolierte Anwendung läuft</numerusform>
            <numerusform>Nestbox: %n isolierte Anwendungen laufen</numerusform>
        </translation>
    </message>
</context>
</TS>
