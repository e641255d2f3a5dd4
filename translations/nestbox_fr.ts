<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Could not read the desktop file %1: %2</source>
        <translation>Impossible de lire le fichier desktop %1 : %2</translation>
    </message>
    <message>
        <source>The desktop file %1 is larger than %2 bytes, so it is not read.</source>
        <translation>Le fichier desktop %1 dépasse %2 octets, il n&apos;est donc pas lu.</translation>
    </message>
    <message>
        <source>The desktop file %1 has no [Desktop Entry] group.</source>
        <translation>Le fichier desktop %1 n&apos;a pas de groupe [Desktop Entry].</translation>
    </message>
    <message>
        <source>The desktop file %1 is of type &quot;%2&quot;; only type Application can be launched.</source>
        <translation>Le fichier desktop %1 est de type « %2 » ; seul le type Application peut être lancé.</translation>
    </message>
    <message>
        <source>The desktop file %1 has no Exec key.</source>
        <translation>Le fichier desktop %1 n&apos;a pas de clé Exec.</translation>
    </message>
    <message>
        <source>The desktop file %1 has an invalid Exec value &quot;%2&quot;: %3</source>
        <translation>Le fichier desktop %1 a une valeur Exec non valide « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>DesktopExec</name>
    <message>
        <source>a lone % at the end; write %% for a literal %</source>
        <translation>un % isolé à la fin ; écrivez %% pour un % littéral</translation>
    </message>
    <message>
        <source>a backslash inside double quotes may only precede &quot;, `, $ or \</source>
        <translation>entre guillemets doubles, une barre oblique inverse ne peut précéder que &quot;, `, $ ou \</translation>
    </message>
    <message>
        <source>a double quote is not closed</source>
        <translation>un guillemet double n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the field code %i must be a whole argument on its own</source>
        <translation>le code de champ %i doit former à lui seul un argument entier</translation>
    </message>
    <message>
        <source>unknown field code %%1</source>
        <translation>code de champ inconnu %%1</translation>
    </message>
    <message>
        <source>no program to run</source>
        <translation>aucun programme à exécuter</translation>
    </message>
</context>
<context>
    <name>LaunchProfile</name>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of strings</source>
        <translation>« %1 » doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object whose values are strings</source>
        <translation>« %1 » doit être un objet dont les valeurs sont des chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;exitPolicy&quot; is &quot;%1&quot;, expected &quot;%2&quot; or &quot;%3&quot;</source>
        <translation>« exitPolicy » vaut « %1 », « %2 » ou « %3 » attendu</translation>
    </message>
    <message>
        <source>Name: enter a name for the profile.</source>
        <translation>Nom : saisissez un nom pour le profil.</translation>
    </message>
    <message>
        <source>Name: remove the control characters (such as tabs or line breaks).</source>
        <translation>Nom : supprimez les caractères de contrôle (tabulations ou sauts de ligne par exemple).</translation>
    </message>
    <message>
        <source>Icon: remove the control characters (such as tabs or line breaks).</source>
        <translation>Icône : supprimez les caractères de contrôle (tabulations ou sauts de ligne par exemple).</translation>
    </message>
    <message>
        <source>Command: enter the program to run.</source>
        <translation>Commande : saisissez le programme à exécuter.</translation>
    </message>
    <message>
        <source>Arguments: remove the NUL characters; a program cannot receive them.</source>
        <translation>Arguments : supprimez les caractères NUL ; un programme ne peut pas les recevoir.</translation>
    </message>
    <message>
        <source>Working directory: &quot;%1&quot; is relative; enter an absolute path such as /home/user/project, or leave it empty for the home folder.</source>
        <translation>Répertoire de travail : « %1 » est relatif ; saisissez un chemin absolu comme /home/user/project, ou laissez le champ vide pour le dossier personnel.</translation>
    </message>
    <message>
        <source>Working directory: remove the control characters.</source>
        <translation>Répertoire de travail : supprimez les caractères de contrôle.</translation>
    </message>
    <message>
        <source>Environment: &quot;%1&quot; is not allowed; allowed variables are DISPLAY, WAYLAND_DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM and COLORTERM.</source>
        <translation>Environnement : « %1 » n&apos;est pas autorisée ; les variables autorisées sont DISPLAY, WAYLAND_DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR, DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM et COLORTERM.</translation>
    </message>
    <message>
        <source>Environment: the value of &quot;%1&quot; contains control characters; remove them.</source>
        <translation>Environnement : la valeur de « %1 » contient des caractères de contrôle ; supprimez-les.</translation>
    </message>
</context>
<context>
    <name>ProfileFile</name>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>the &quot;version&quot; key is missing</source>
        <translation>la clé « version » est absente</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a number</source>
        <translation>« version » doit être un nombre</translation>
    </message>
    <message>
        <source>unknown version %1; this Nestbox reads version %2 only</source>
        <translation>version %1 inconnue ; cette version de Nestbox ne lit que la version %2</translation>
    </message>
    <message>
        <source>profile %1 is not a JSON object</source>
        <translation>le profil %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1 : %2</translation>
    </message>
    <message>
        <source>profile %1: &quot;id&quot; is &quot;%2&quot;, which is not a UUID</source>
        <translation>profil %1 : « id » vaut « %2 », qui n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>profile %1: the id %2 is used by an earlier profile too</source>
        <translation>profil %1 : l&apos;identifiant %2 est déjà utilisé par un profil précédent</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>le niveau supérieur n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an array</source>
        <translation>« profiles » doit être un tableau</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>could not open %1 for writing: %2</source>
        <translation>impossible d&apos;ouvrir %1 en écriture : %2</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>could not save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shows PID namespaces and launches apps into new ones.</source>
        <translation>Affiche les espaces de noms PID et lance des applications dans de nouveaux espaces de noms.</translation>
    </message>
    <message>
        <source>With --screenshot: select the launched namespace. --screenshot does so anyway; the option is accepted so that scripts can state it.</source>
        <translation>Avec --screenshot : sélectionner l&apos;espace de noms lancé. --screenshot le fait de toute façon ; l&apos;option est acceptée pour que les scripts puissent l&apos;indiquer.</translation>
    </message>
    <message>
        <source>Start hidden, with only the tray icon showing. Ignored when there is no system tray.</source>
        <translation>Démarrer masqué, seule l&apos;icône de la zone de notification étant visible. Ignoré en l&apos;absence de zone de notification.</translation>
    </message>
    <message>
        <source>Wait for a namespace launched by Nestbox, select it, save a PNG of the main window showing its processes, or of the view chosen with --screenshot-view, to FILE and exit. Exits with 1 after 30 s without one.</source>
        <translation>Attendre un espace de noms lancé par Nestbox, le sélectionner, enregistrer dans FILE une image PNG de la fenêtre principale montrant ses processus, ou de la vue choisie avec --screenshot-view, puis quitter. Quitte avec le code 1 si aucun n&apos;apparaît en 30 s.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to save, one of %1.</source>
        <translation>Avec --screenshot : la vue à enregistrer, parmi %1.</translation>
    </message>
</context>
<context>
    <name>nestbox::ApplicationPicker</name>
    <message>
        <source>Import from Application</source>
        <translation>Importer depuis une application</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Applications:</source>
        <translation>&amp;Applications :</translation>
    </message>
</context>
<context>
    <name>nestbox::CallErrorMessage</name>
    <message>
        <source>You are not allowed to launch apps with Nestbox. An administrator can grant the org.nestbox.launch action.</source>
        <translation>Vous n&apos;êtes pas autorisé à lancer des applications avec Nestbox. Un administrateur peut vous accorder l&apos;action org.nestbox.launch.</translation>
    </message>
    <message>
        <source>You are not allowed to send signals to this process. An administrator can grant the org.nestbox.signal action, or org.nestbox.signal-other for processes of other users.</source>
        <translation>Vous n&apos;êtes pas autorisé à envoyer des signaux à ce processus. Un administrateur peut vous accorder l&apos;action org.nestbox.signal, ou org.nestbox.signal-other pour les processus d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>You are not allowed to terminate this namespace. An administrator can grant the org.nestbox.signal action, or org.nestbox.signal-other for namespaces of other users.</source>
        <translation>Vous n&apos;êtes pas autorisé à terminer cet espace de noms. Un administrateur peut vous accorder l&apos;action org.nestbox.signal, ou org.nestbox.signal-other pour les espaces de noms d&apos;autres utilisateurs.</translation>
    </message>
    <message>
        <source>You are not allowed to see Nestbox&apos;s namespaces and processes. An administrator can grant the org.nestbox.inspect action.</source>
        <translation>Vous n&apos;êtes pas autorisé à voir les espaces de noms et les processus de Nestbox. Un administrateur peut vous accorder l&apos;action org.nestbox.inspect.</translation>
    </message>
</context>
<context>
    <name>nestbox::DetailsPane</name>
    <message>
        <source>measuring...</source>
        <translation>mesure en cours...</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>hôte %1</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>niveau %1 : %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a namespace or a process to see its details.</source>
        <translation>Sélectionnez un espace de noms ou un processus pour en voir les détails.</translation>
    </message>
    <message>
        <source>Command line:</source>
        <translation>Ligne de commande :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Démarré :</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU :</translation>
    </message>
    <message>
        <source>Resident memory:</source>
        <translation>Mémoire résidente :</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <source>Host PID:</source>
        <translation>PID hôte :</translation>
    </message>
    <message>
        <source>PID per level:</source>
        <translation>PID par niveau :</translation>
    </message>
    <message>
        <source>Namespace:</source>
        <translation>Espace de noms :</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau :</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Parent :</translation>
    </message>
    <message>
        <source>Init process:</source>
        <translation>Processus init :</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par :</translation>
    </message>
    <message>
        <source>Processes:</source>
        <translation>Processus :</translation>
    </message>
    <message>
        <source>Total CPU:</source>
        <translation>CPU totale :</translation>
    </message>
    <message>
        <source>Total memory:</source>
        <translation>Mémoire totale :</translation>
    </message>
    <message>
        <source>0 (host)</source>
        <translation>0 (hôte)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>host PID %1: %2</source>
        <translation>PID hôte %1 : %2</translation>
    </message>
    <message>
        <source>host PID %1</source>
        <translation>PID hôte %1</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>not created by Nestbox</source>
        <translation>non créé par Nestbox</translation>
    </message>
    <message>
        <source>%1 s after boot</source>
        <translation>%1 s après le démarrage</translation>
    </message>
</context>
<context>
    <name>nestbox::FavouritesToolBar</name>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Launch %1 in a new namespace</source>
        <translation>Lancer %1 dans un nouvel espace de noms</translation>
    </message>
</context>
<context>
    <name>nestbox::HelperClient</name>
    <message>
        <source>Connected to the Nestbox helper.</source>
        <translation>Connecté au programme auxiliaire de Nestbox.</translation>
    </message>
    <message>
        <source>The D-Bus system bus cannot be reached, so Nestbox cannot talk to its helper. Check that dbus-daemon is running; Nestbox retries every few seconds. Error: %1</source>
        <translation>Le bus système D-Bus est injoignable, Nestbox ne peut donc pas communiquer avec son programme auxiliaire. Vérifiez que dbus-daemon est en cours d&apos;exécution ; Nestbox réessaie toutes les quelques secondes. Erreur : %1</translation>
    </message>
    <message>
        <source>The Nestbox helper rejected the request because polkit does not allow you %1. Ask an administrator to allow it, then retry. The helper&apos;s message: %2</source>
        <translation>Le programme auxiliaire de Nestbox a refusé la requête, car polkit ne vous autorise pas l&apos;action suivante : %1. Demandez à un administrateur de l&apos;autoriser, puis réessayez. Message du programme auxiliaire : %2</translation>
    </message>
    <message>
        <source>Talking to the Nestbox helper failed: %1</source>
        <translation>La communication avec le programme auxiliaire de Nestbox a échoué : %1</translation>
    </message>
    <message>
        <source>no address for the system bus</source>
        <translation>aucune adresse pour le bus système</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>échec de %1 : %2</translation>
    </message>
    <message>
        <source>The Nestbox helper (%1) is not installed: it is not running, and the system bus has no D-Bus service file to start it. Install the nestbox package, or run &quot;cmake --install&quot; as root from a build. Nestbox connects as soon as the helper appears.</source>
        <translation>Le programme auxiliaire de Nestbox (%1) n&apos;est pas installé : il ne tourne pas, et le bus système n&apos;a pas de fichier de service D-Bus pour le démarrer. Installez le paquet nestbox, ou lancez &quot;cmake --install&quot; en root depuis une compilation. Nestbox se connecte dès que le programme auxiliaire apparaît.</translation>
    </message>
    <message>
        <source>The Nestbox helper (%1) stopped, and the system bus cannot start it again. Nestbox is waiting for it to return and reconnects by itself.</source>
        <translation>Le programme auxiliaire de Nestbox (%1) s&apos;est arrêté, et le bus système ne peut pas le redémarrer. Nestbox attend son retour et se reconnecte tout seul.</translation>
    </message>
</context>
<context>
    <name>nestbox::HistoryGraph</name>
    <message>
        <source>CPU and memory history</source>
        <translation>Historique CPU et mémoire</translation>
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
        <translation>Mémoire</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Aucune mesure pour l&apos;instant</translation>
    </message>
    <message>
        <source>CPU %1 %, memory %2; one sample every %3 s</source>
        <translation>CPU %1 %, mémoire %2 ; une mesure toutes les %3 s</translation>
    </message>
</context>
<context>
    <name>nestbox::LaunchDialog</name>
    <message>
        <source>Launch in a New Namespace</source>
        <translation>Lancer dans un nouvel espace de noms</translation>
    </message>
    <message>
        <source>for example: sleep 30</source>
        <translation>par exemple : sleep 30</translation>
    </message>
    <message>
        <source>your home folder</source>
        <translation>votre dossier personnel</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Choisir le répertoire de travail</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Répertoire de travail :</translation>
    </message>
    <message>
        <source>Enter the command to run.</source>
        <translation>Saisissez la commande à exécuter.</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; is not an absolute path.</source>
        <translation>Le répertoire de travail « %1 » n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>The working directory &quot;%1&quot; does not exist.</source>
        <translation>Le répertoire de travail « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Working Directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>The command and its arguments, split into words as a POSIX shell splits them: &apos;single quotes&apos; keep every character, &quot;double quotes&quot; allow \&quot; \\ \$ \` escapes, and a backslash outside quotes escapes the next character. Nothing is expanded or interpreted: $VARIABLES, ~, *, |, ; and &gt; reach the app as typed.</source>
        <translation>La commande et ses arguments, découpés en mots comme le fait un shell POSIX : les &apos;guillemets simples&apos; gardent chaque caractère, les &quot;guillemets doubles&quot; admettent les échappements \&quot; \\ \$ \`, et une barre oblique inverse hors des guillemets échappe le caractère suivant. Rien n&apos;est développé ni interprété : $VARIABLES, ~, *, |, ; et &gt; parviennent à l&apos;application tels quels.</translation>
    </message>
    <message>
        <source>The command name is empty. Type the program to run before its arguments.</source>
        <translation>Le nom de la commande est vide. Saisissez le programme à lancer avant ses arguments.</translation>
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
        <translation>&amp;Lancer...</translation>
    </message>
    <message>
        <source>Start an app in a new PID namespace</source>
        <translation>Démarrer une application dans un nouvel espace de noms PID</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>End every process in the selected namespace</source>
        <translation>Terminer tous les processus de l&apos;espace de noms sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Launch &amp;profile into new namespace</source>
        <translation>Lancer un &amp;profil dans un nouvel espace de noms</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>P&amp;rocess</source>
        <translation>P&amp;rocessus</translation>
    </message>
    <message>
        <source>Launch profiles</source>
        <translation>Profils de lancement</translation>
    </message>
    <message>
        <source>Filter by command, user or PID (Ctrl+F)</source>
        <translation>Filtrer par commande, utilisateur ou PID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Process filter</source>
        <translation>Filtre des processus</translation>
    </message>
    <message>
        <source>&amp;Find Process</source>
        <translation>&amp;Rechercher un processus</translation>
    </message>
    <message>
        <source>Started %1 in namespace %2 as host PID %3.</source>
        <translation>%1 démarré dans l&apos;espace de noms %2 avec le PID hôte %3.</translation>
    </message>
    <message>
        <source>Namespace %1 has already ended.</source>
        <translation>L&apos;espace de noms %1 est déjà terminé.</translation>
    </message>
    <message>
        <source>Terminating namespace %1 failed: %2</source>
        <translation>La terminaison de l&apos;espace de noms %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Launching %1 failed: %2</source>
        <translation>Le lancement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Filter by namespace, owner or command (Ctrl+Shift+F)</source>
        <translation>Filtrer par espace de noms, propriétaire ou commande (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation>Filtre des espaces de noms</translation>
    </message>
    <message>
        <source>Find &amp;Namespace</source>
        <translation>Rechercher un espace de &amp;noms</translation>
    </message>
</context>
<context>
    <name>nestbox::NamespaceModel</name>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tué par le signal %1</translation>
    </message>
    <message>
        <source>killed by signal %1 (SIG%2)</source>
        <translation>tué par le signal %1 (SIG%2)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>not created by Nestbox</source>
        <translation>non créé par Nestbox</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>nestbox::Notifier</name>
    <message>
        <source>%1 was killed by signal %2.</source>
        <translation>%1 a été tué par le signal %2.</translation>
    </message>
    <message>
        <source>%1 exited with code %2.</source>
        <translation>%1 s&apos;est terminé avec le code %2.</translation>
    </message>
    <message>
        <source>%1 was killed by signal %2 after %3.</source>
        <translation>%1 a été tué par le signal %2 après %3.</translation>
    </message>
    <message>
        <source>%1 exited with code %2 after %3.</source>
        <translation>%1 s&apos;est terminé avec le code %2 après %3.</translation>
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
        <translation>L&apos;application de l&apos;espace de noms %1</translation>
    </message>
    <message>
        <source>%1 has ended</source>
        <translation>%1 s&apos;est terminé</translation>
    </message>
    <message>
        <source>Its namespace stays until its other processes have exited.</source>
        <translation>Son espace de noms reste actif jusqu&apos;à la fin de ses autres processus.</translation>
    </message>
    <message>
        <source>The namespace of %1 has ended</source>
        <translation>L&apos;espace de noms de %1 est terminé</translation>
    </message>
    <message>
        <source>Its last process exited %1 after the app started.</source>
        <translation>Son dernier processus s&apos;est terminé %1 après le démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Its last process has exited.</source>
        <translation>Son dernier processus s&apos;est terminé.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProcessActions</name>
    <message>
        <source>Send &amp;signal</source>
        <translation>Envoyer un &amp;signal</translation>
    </message>
    <message>
        <source>Copy &amp;PID</source>
        <translation>Copier le &amp;PID</translation>
    </message>
    <message>
        <source>Copy &amp;command line</source>
        <translation>Copier la ligne de &amp;commande</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Envoyer %1</translation>
    </message>
    <message>
        <source>Sent %1 to process %2.</source>
        <translation>%1 envoyé au processus %2.</translation>
    </message>
    <message>
        <source>Kill process</source>
        <translation>Tuer le processus</translation>
    </message>
    <message>
        <source>Kill process %1 (%2) at once? It gets no chance to save its work.</source>
        <translation>Tuer immédiatement le processus %1 (%2) ? Il n&apos;aura pas la possibilité d&apos;enregistrer son travail.</translation>
    </message>
    <message>
        <source>Process %1 has already exited.</source>
        <translation>Le processus %1 s&apos;est déjà terminé.</translation>
    </message>
    <message>
        <source>Sending %1 to process %2 failed: %3</source>
        <translation>L&apos;envoi de %1 au processus %2 a échoué : %3</translation>
    </message>
    <message>
        <source>Copied PID %1.</source>
        <translation>PID %1 copié.</translation>
    </message>
    <message>
        <source>Copied the command line of process %1.</source>
        <translation>Ligne de commande du processus %1 copiée.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProcessModel</name>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>sleeping</source>
        <translation>en sommeil</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>en attente d&apos;E/S</translation>
    </message>
    <message>
        <source>zombie</source>
        <translation>zombie</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>stopped by tracer</source>
        <translation>arrêté par le traceur</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Host PID</source>
        <translation>PID hôte</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileEditor</name>
    <message>
        <source>B&amp;rowse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>A&amp;dd Variable</source>
        <translation>A&amp;jouter une variable</translation>
    </message>
    <message>
        <source>Remo&amp;ve Variable</source>
        <translation>&amp;Supprimer la variable</translation>
    </message>
    <message>
        <source>Show in the tray menu and tool&amp;bar (favourite)</source>
        <translation>Afficher dans le menu de la zone de notification et la &amp;barre d&apos;outils (favori)</translation>
    </message>
    <message>
        <source>Im&amp;port from Application...</source>
        <translation>Importer depuis une app&amp;lication...</translation>
    </message>
    <message>
        <source>Launch Profile</source>
        <translation>Profil de lancement</translation>
    </message>
    <message>
        <source>Icon theme name or image path</source>
        <translation>Nom dans le thème d&apos;icônes ou chemin d&apos;image</translation>
    </message>
    <message>
        <source>Program name or absolute path</source>
        <translation>Nom du programme ou chemin absolu</translation>
    </message>
    <message>
        <source>One argument per line. Inside an argument, \n is a line break and \\ a backslash.</source>
        <translation>Un argument par ligne. Dans un argument, \n est un saut de ligne et \\ une barre oblique inverse.</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Dossier personnel</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>End the namespace</source>
        <translation>Terminer l&apos;espace de noms</translation>
    </message>
    <message>
        <source>Keep it while any process lives</source>
        <translation>Le garder tant qu&apos;un processus est en vie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Icon:</source>
        <translation>&amp;Icône :</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments :</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Répertoire de travail :</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>When the app e&amp;xits:</source>
        <translation>À la &amp;fin de l&apos;application :</translation>
    </message>
    <message>
        <source>Environment: row %1 has no variable name; enter one or remove the row.</source>
        <translation>Environnement : la ligne %1 n&apos;a pas de nom de variable ; saisissez-en un ou supprimez la ligne.</translation>
    </message>
    <message>
        <source>Environment: &quot;%1&quot; is set twice; remove one of the rows.</source>
        <translation>Environnement : « %1 » est défini deux fois ; supprimez l&apos;une des lignes.</translation>
    </message>
    <message>
        <source>Working Directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileLauncher</name>
    <message>
        <source>The launch profile no longer exists.</source>
        <translation>Le profil de lancement n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; cannot be launched: %2</source>
        <translation>Le profil « %1 » ne peut pas être lancé : %2</translation>
    </message>
    <message>
        <source>Launching %1 failed: %2</source>
        <translation>Le lancement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Started %1 in namespace %2 as host PID %3.</source>
        <translation>%1 démarré dans l&apos;espace de noms %2 avec le PID hôte %3.</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileManagerDialog</name>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>&amp;Import from application...</source>
        <translation>&amp;Importer depuis une application...</translation>
    </message>
    <message>
        <source>Manage Profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Favourites appear in the toolbar and the tray menu</source>
        <translation>Les favoris apparaissent dans la barre d&apos;outils et le menu de la zone de notification</translation>
    </message>
    <message>
        <source>%1 (favourite)</source>
        <translation>%1 (favori)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? This cannot be undone.</source>
        <translation>Supprimer le profil « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Import from application</source>
        <translation>Importer depuis une application</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileMenu</name>
    <message>
        <source>No profiles yet</source>
        <translation>Aucun profil pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Manage profiles...</source>
        <translation>&amp;Gérer les profils...</translation>
    </message>
</context>
<context>
    <name>nestbox::ProfileStore</name>
    <message>
        <source>Could not read the launch profiles from %1: %2. Nestbox will not save profiles until the file can be read.</source>
        <translation>Impossible de lire les profils de lancement depuis %1 : %2. Nestbox n&apos;enregistrera aucun profil tant que le fichier ne pourra pas être lu.</translation>
    </message>
    <message>
        <source>The launch profiles file %1 is damaged (%2) and could not be renamed; Nestbox will not save profiles until you fix or move it.</source>
        <translation>Le fichier des profils de lancement %1 est endommagé (%2) et n&apos;a pas pu être renommé ; Nestbox n&apos;enregistrera aucun profil tant que vous ne l&apos;aurez pas réparé ou déplacé.</translation>
    </message>
    <message>
        <source>The launch profiles file %1 is damaged (%2). It was kept as %3 and Nestbox started with no profiles.</source>
        <translation>Le fichier des profils de lancement %1 est endommagé (%2). Il a été conservé sous %3 et Nestbox a démarré sans profil.</translation>
    </message>
    <message>
        <source>Name: another profile is already called &quot;%1&quot;; choose another name.</source>
        <translation>Nom : un autre profil s&apos;appelle déjà « %1 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>No launch profile has the id %1.</source>
        <translation>Aucun profil de lancement n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Launch profiles are not saved because %1 could not be loaded and is still in place; fix or move it, then reload.</source>
        <translation>Les profils de lancement ne sont pas enregistrés, car %1 n&apos;a pas pu être chargé et est toujours en place ; réparez-le ou déplacez-le, puis rechargez.</translation>
    </message>
    <message>
        <source>Could not save the launch profiles: %1.</source>
        <translation>Impossible d&apos;enregistrer les profils de lancement : %1.</translation>
    </message>
</context>
<context>
    <name>nestbox::SettingsDialog</name>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Close to the tray</source>
        <translation>&amp;Fermer dans la zone de notification</translation>
    </message>
    <message>
        <source>Start at &amp;login</source>
        <translation>Démarrer à la &amp;connexion</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Adds Nestbox to %1</source>
        <translation>Ajoute Nestbox à %1</translation>
    </message>
    <message>
        <source>The desktop has no system tray, so Nestbox cannot hide there.</source>
        <translation>Le bureau n&apos;a pas de zone de notification, Nestbox ne peut donc pas s&apos;y cacher.</translation>
    </message>
</context>
<context>
    <name>nestbox::ShellWordSplitter</name>
    <message>
        <source>The single quote at character %1 is never closed. Add a &apos; where the quoted text ends.</source>
        <translation>Le guillemet simple au caractère %1 n&apos;est jamais fermé. Ajoutez un &apos; à la fin du texte entre guillemets.</translation>
    </message>
    <message>
        <source>The double quote at character %1 is never closed. Add a &quot; where the quoted text ends.</source>
        <translation>Le guillemet double au caractère %1 n&apos;est jamais fermé. Ajoutez un &quot; à la fin du texte entre guillemets.</translation>
    </message>
    <message>
        <source>The command line ends with a backslash (character %1), which escapes nothing. Remove it, or write \\ for a literal backslash.</source>
        <translation>La ligne de commande se termine par une barre oblique inverse (caractère %1) qui n&apos;échappe rien. Supprimez-la, ou écrivez \\ pour une barre oblique inverse littérale.</translation>
    </message>
</context>
<context>
    <name>nestbox::StatusBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>nestbox::TrayController</name>
    <message>
        <source>Terminating namespace %1 failed: %2</source>
        <translation>La terminaison de l&apos;espace de noms %1 a échoué : %2</translation>
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
        <translation>&amp;Ouvrir Nestbox</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Launch %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <source>No favourite profiles</source>
        <translation>Aucun profil favori</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1 (espace de noms %2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>No isolated apps running</source>
        <translation>Aucune application isolée en cours</translation>
    </message>
    <message>
        <source>Nestbox: no isolated apps running</source>
        <translation>Nestbox : aucune application isolée en cours</translation>
    </message>
    <message numerus="yes">
        <source>Nestbox: %n isolated app(s) running</source>
        <translation>
            <numerusform>Nestbox : %n application isolée en cours</numerusform>
            <numerusform>Nestbox : %n applications isolées en cours</numerusform>
        </translation>
    </message>
</context>
</TS>
