<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcknowledgeField</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Proposed agenda from the diagnostic</source>
        <translation>Ordre du jour proposé d’après le diagnostic</translation>
    </message>
    <message>
        <source>The building blocks the mission&apos;s diagnostic scored lowest, weakest first. Untick what should not be discussed; titles can be edited here or later.</source>
        <translation>Les composantes les moins bien notées par le diagnostic de la mission, la plus faible en premier. Décochez ce qui ne doit pas être discuté ; les titres se modifient ici ou plus tard.</translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation>Ajouter au tableau</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add attendee {name}</source>
        <translation>Ajouter le participant {name}</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>Présents : {count}</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>BoardDelegate</name>
    <message>
        <source>No building block is called “{text}”; nothing was changed.</source>
        <translation>Aucune composante ne s’appelle « {text} » ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2027-03-31; nothing was changed.</source>
        <translation>« {text} » n’est pas une date comme 2027-03-31 ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour chercher…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare missions</source>
        <translation>Comparer des missions</translation>
    </message>
    <message>
        <source>Missions to compare</source>
        <translation>Missions à comparer</translation>
    </message>
    <message>
        <source>Baseline &amp;rounds too</source>
        <translation>Avec les cycles de &amp;référence</translation>
    </message>
    <message>
        <source>Give each mission&apos;s earlier round a wheel of its own</source>
        <translation>Donner sa propre roue au cycle précédent de chaque mission</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Missions (tick two or more):</source>
        <translation>&amp;Missions (cochez-en deux ou plus) :</translation>
    </message>
    <message>
        <source>Tick two or more missions, or one with “Baseline rounds too”.</source>
        <translation>Cochez deux missions ou plus, ou une seule avec « Avec les cycles de référence ».</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic in every ticked mission to compare them.</source>
        <translation>Remplissez un diagnostic 360° dans chaque mission cochée pour les comparer.</translation>
    </message>
    <message>
        <source>Wheels side by side</source>
        <translation>Roues côte à côte</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Type another value, or leave empty to clear</source>
        <translation>Saisissez une autre valeur, ou laissez vide pour effacer</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s answer</source>
        <translation>Garder la réponse de cet ordinateur</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Take the package&apos;s answer</source>
        <translation>Prendre la réponse du paquet</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>Conflit sélectionné</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation>La nôtre :</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>La leur :</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Ou :</translation>
    </message>
    <message>
        <source>Each was changed both here and in an imported package, without seeing the other. Choose which value is right; nothing is overwritten until you do.</source>
        <translation>Chacune a été modifiée ici et dans un paquet importé, sans que l’une voie l’autre. Choisissez la bonne valeur ; rien n’est écrasé avant votre choix.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>Aucun conflit à résoudre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation>
            <numerusform>%Ln réponse à trancher.</numerusform>
            <numerusform>%Ln réponses à trancher.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message>
        <source>Answers changed both here and in an imported package</source>
        <translation>Réponses modifiées ici et dans un paquet importé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflit à résoudre</numerusform>
            <numerusform>%Ln conflits à résoudre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <source>Ours: who, when</source>
        <translation>La nôtre : qui, quand</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>La leur : qui, quand</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code, e.g. camb</source>
        <translation>Nom ou code du pays, p. ex. camb</translation>
    </message>
    <message>
        <source>Start typing a country&apos;s name or its three-letter code.</source>
        <translation>Commencez à taper le nom d’un pays ou son code à trois lettres.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down or F4)</source>
        <translation>Choisir la date dans un calendrier (Alt+Bas ou F4)</translation>
    </message>
</context>
<context>
    <name>DebouncedField</name>
    <message>
        <source>This is not complete yet, so it was not saved.</source>
        <translation>Ce n’est pas encore complet, donc rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Fieldwheel</source>
        <translation>Bienvenue dans Fieldwheel</translation>
    </message>
    <message>
        <source>There are no missions in this database yet. A mission is one country&apos;s engagement: its diagnostic interviews, validation workshops, pledges and monitoring rounds.

Try the sample missions to see how it works, or create your own.</source>
        <translation>Cette base de données ne contient encore aucune mission. Une mission est l’accompagnement d’un pays : ses entretiens de diagnostic, ses ateliers de validation, ses engagements et ses cycles de suivi.

Essayez les missions d’exemple pour voir comment cela fonctionne, ou créez la vôtre.</translation>
    </message>
    <message>
        <source>Load the sample missions</source>
        <translation>Charger les missions d’exemple</translation>
    </message>
    <message>
        <source>Add fictional missions for Madagascar, the Dominican Republic, Mauritania and Cambodia, with filled-in forms, to explore.</source>
        <translation>Ajouter des missions fictives pour Madagascar, la République dominicaine, la Mauritanie et le Cambodge, avec des formulaires remplis, pour explorer.</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nouvelle mission…</translation>
    </message>
    <message>
        <source>Create a mission for your country (Ctrl+N).</source>
        <translation>Créer une mission pour votre pays (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <source>Label language</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Libellés en :</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer le graphique en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see this view.</source>
        <translation>Choisissez une mission pour voir cette vue.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Optional. A password encrypts the file: nobody can open it, in Fieldwheel or Excel, without the password. It is not stored anywhere and cannot be recovered, so send it to headquarters separately from the file.</source>
        <translation>Facultatif. Un mot de passe chiffre le fichier : personne ne peut l’ouvrir, dans Fieldwheel ou Excel, sans ce mot de passe. Il n’est conservé nulle part et ne peut pas être récupéré : envoyez-le au siège séparément du fichier.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Include wheel charts</source>
        <translation>Inclure les graphiques de la roue</translation>
    </message>
    <message>
        <source>Pictures of each wheel on the Wheel sheet; they make the file larger.</source>
        <translation>L’image de chaque roue sur la feuille Roue ; le fichier en est plus lourd.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Names (as KoboToolbox&apos;s default export)</source>
        <translation>Noms (comme l’export par défaut de KoboToolbox)</translation>
    </message>
    <message>
        <source>Labels in {language}</source>
        <translation>Libellés : {language}</translation>
    </message>
    <message>
        <source>What the data sheets&apos; headers and choice answers show: names or labels.</source>
        <translation>Ce que montrent les en-têtes des feuilles de données et les réponses à choix : noms ou libellés.</translation>
    </message>
    <message>
        <source>&amp;Headers and choices:</source>
        <translation>&amp;En-têtes et choix :</translation>
    </message>
    <message>
        <source>The selected mission:</source>
        <translation>La mission sélectionnée :</translation>
    </message>
    <message>
        <source>The selected mission (none is selected)</source>
        <translation>La mission sélectionnée (aucune ne l’est)</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation>
            <numerusform>La seule mission</numerusform>
            <numerusform>Les %Ln missions</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
</context>
<context>
    <name>FillSession</name>
    <message>
        <source>Answers changed elsewhere (another window, an import or a resolved conflict) and are shown as stored now: {questions}</source>
        <translation>Des réponses ont changé ailleurs (une autre fenêtre, une importation ou un conflit résolu) et sont affichées telles qu’enregistrées : {questions}</translation>
    </message>
    <message>
        <source>Repeats changed elsewhere and are shown as stored now.</source>
        <translation>Des répétitions ont changé ailleurs et sont affichées telles qu’enregistrées.</translation>
    </message>
</context>
<context>
    <name>FillerActions</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Language of the form&apos;s questions</source>
        <translation>Langue des questions du formulaire</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>This submission is complete; edits are still saved (Ctrl+Enter)</source>
        <translation>Cette soumission est terminée ; les modifications sont toujours enregistrées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Check every answer and mark the submission complete (Ctrl+Enter)</source>
        <translation>Vérifier chaque réponse et marquer la soumission comme terminée (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message>
        <source>Saved · {time}</source>
        <translation>Enregistré · {time}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation>
            <numerusform>%Ln réponse demande votre attention avant de pouvoir terminer : {message}</numerusform>
            <numerusform>%Ln réponses demandent votre attention avant de pouvoir terminer. La première : {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked complete · {time}</source>
        <translation>Marquée comme terminée · {time}</translation>
    </message>
</context>
<context>
    <name>FormFillerWindow</name>
    <message>
        <source>{form} · {author} — {mission} — {database} — Fieldwheel</source>
        <translation>{form} · {author} — {mission} — {database} — Fieldwheel</translation>
    </message>
</context>
<context>
    <name>FormLanguages</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Accept these edits as…</source>
        <translation>Accepter ces modifications au nom de…</translation>
    </message>
    <message>
        <source>Import the file with the changed cells recorded as this person&apos;s edits</source>
        <translation>Importer le fichier en attribuant les cellules modifiées à cette personne</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Saisir le mot de passe…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Résoudre les conflits…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>Le paquet a été importé.</translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation>Le paquet n’a pas été importé.</translation>
    </message>
    <message>
        <source>{imported} of {total} packages imported.</source>
        <translation>{imported} paquets importés sur {total}.</translation>
    </message>
    <message>
        <source>Changed cells: {cells}</source>
        <translation>Cellules modifiées : {cells}</translation>
    </message>
    <message>
        <source>Added: {added}
Updated: {updated}
Unchanged: {unchanged}</source>
        <translation>Ajoutés : {added}
Mis à jour : {updated}
Inchangés : {unchanged}</translation>
    </message>
    <message>
        <source>Whose edits are these? Each changed cell is recorded as this person&apos;s edit.</source>
        <translation>De qui sont ces modifications ? Chaque cellule modifiée est attribuée à cette personne.</translation>
    </message>
    <message>
        <source>Import it unsigned</source>
        <translation>L’importer sans signature</translation>
    </message>
    <message>
        <source>Only if you trust where the file came from; the report will say it is unsigned</source>
        <translation>Seulement si vous faites confiance à la provenance du fichier ; le rapport indiquera qu’il n’est pas signé</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Forms, missions, submissions and answers together</source>
        <translation>Formulaires, missions, soumissions et réponses confondus</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <source>KPI charts</source>
        <translation>Graphiques des ICP</translation>
    </message>
    <message>
        <source>Fill a monitoring round for this mission to follow its KPIs.</source>
        <translation>Remplissez un cycle de suivi pour cette mission afin de suivre ses ICP.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln ICP</numerusform>
            <numerusform>%Ln ICP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation>
            <numerusform>%Ln cycle de suivi</numerusform>
            <numerusform>%Ln cycles de suivi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Roue</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nouvelle mission…</translation>
    </message>
    <message>
        <source>Create a mission</source>
        <translation>Créer une mission</translation>
    </message>
    <message>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Modifier la mission…</translation>
    </message>
    <message>
        <source>Change the selected mission</source>
        <translation>Modifier la mission sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected submission, or the selected mission</source>
        <translation>Supprimer la soumission sélectionnée, ou la mission sélectionnée</translation>
    </message>
    <message>
        <source>Load the &amp;sample missions</source>
        <translation>Charger les missions d’&amp;exemple</translation>
    </message>
    <message>
        <source>Add fictional missions for four partner countries, with filled-in forms</source>
        <translation>Ajouter des missions fictives pour quatre pays partenaires, avec des formulaires remplis</translation>
    </message>
    <message>
        <source>&amp;Compare missions…</source>
        <translation>&amp;Comparer des missions…</translation>
    </message>
    <message>
        <source>See several missions&apos; wheels side by side, block by block</source>
        <translation>Voir les roues de plusieurs missions côte à côte, composante par composante</translation>
    </message>
    <message>
        <source>New &amp;submission…</source>
        <translation>Nouvelle &amp;soumission…</translation>
    </message>
    <message>
        <source>Start a submission from a built-in form</source>
        <translation>Commencer une soumission à partir d’un formulaire intégré</translation>
    </message>
    <message>
        <source>New submission from an XLSForm &amp;file…</source>
        <translation>Nouvelle soumission depuis un &amp;fichier XLSForm…</translation>
    </message>
    <message>
        <source>Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)</source>
        <translation>Commencer une soumission à partir d’un fichier XLSForm (.xlsx, .xls, .csv, .md)</translation>
    </message>
    <message>
        <source>&amp;Open submission</source>
        <translation>&amp;Ouvrir la soumission</translation>
    </message>
    <message>
        <source>Open the selected submission to fill it in</source>
        <translation>Ouvrir la soumission sélectionnée pour la remplir</translation>
    </message>
    <message>
        <source>Open as workshop &amp;board</source>
        <translation>Ouvrir comme &amp;tableau d’atelier</translation>
    </message>
    <message>
        <source>Capture the selected validation workshop live, with a projector view</source>
        <translation>Saisir l’atelier de validation sélectionné en direct, avec une vue pour le projecteur</translation>
    </message>
    <message>
        <source>Start &amp;workshop</source>
        <translation>Démarrer un &amp;atelier</translation>
    </message>
    <message>
        <source>Start a validation workshop on the selected mission and open its board</source>
        <translation>Démarrer un atelier de validation sur la mission sélectionnée et ouvrir son tableau</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>Relire les listes</translation>
    </message>
    <message>
        <source>Open &amp;server database…</source>
        <translation>Ouvrir une base de données &amp;serveur…</translation>
    </message>
    <message>
        <source>Work on your organisation&apos;s PostgreSQL database, shared by analysts</source>
        <translation>Travailler sur la base PostgreSQL de votre organisation, partagée par les analystes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write missions as one Excel package to carry to headquarters</source>
        <translation>Écrire les missions dans un paquet Excel à apporter au siège</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import and merge Excel packages from the field</source>
        <translation>Importer et fusionner des paquets Excel venus du terrain</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>Choose between answers changed both here and in a package</source>
        <translation>Choisir entre des réponses modifiées ici et dans un paquet</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Write the selected mission&apos;s report or workshop minutes as a PDF</source>
        <translation>Écrire le rapport de la mission sélectionnée ou le compte rendu d’atelier en PDF</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>Change the name your edits in this database are credited to</source>
        <translation>Changer le nom auquel vos modifications sont attribuées dans cette base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Fieldwheel</source>
        <translation>Fermer Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Soumission</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find answers, evidence, chosen answers and missions</source>
        <translation>Trouver des réponses, des justificatifs, des choix et des missions</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Database: {path} — every change is saved as you make it.</source>
        <translation>Base de données : {path} — chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>Editing as {name}</source>
        <translation>Vous modifiez en tant que {name}</translation>
    </message>
    <message>
        <source>Who is editing?</source>
        <translation>Qui modifie ?</translation>
    </message>
    <message>
        <source>Fieldwheel — {database}</source>
        <translation>Fieldwheel — {database}</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Mission created.</source>
        <translation>Mission créée.</translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation>Mission enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation>
            <numerusform>Supprimer la mission « {title} » et sa soumission ? Elle disparaît des listes de cet ordinateur.</numerusform>
            <numerusform>Supprimer la mission « {title} » et ses %Ln soumissions ? Elle disparaît des listes de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message>
        <source>Mission deleted.</source>
        <translation>Mission supprimée.</translation>
    </message>
    <message>
        <source>Delete the submission “{form}” by {author}?</source>
        <translation>Supprimer la soumission « {form} » de {author} ?</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>Supprimer la soumission</translation>
    </message>
    <message>
        <source>Submission deleted.</source>
        <translation>Soumission supprimée.</translation>
    </message>
    <message>
        <source>Building the sample missions…</source>
        <translation>Création des missions d’exemple…</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Where the mission is in the four-phase engagement.</source>
        <translation>Où en est la mission dans l’accompagnement en quatre phases.</translation>
    </message>
    <message>
        <source>e.g. Cambodia digital transformation diagnostic</source>
        <translation>p. ex. Diagnostic de la transformation numérique du Cambodge</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Discard what you typed in this mission?</source>
        <translation>Abandonner ce que vous avez saisi pour cette mission ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>MissionModel</name>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
</context>
<context>
    <name>MissionPanel</name>
    <message>
        <source>Missions</source>
        <translation>Missions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Missions&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>New submission</source>
        <translation>Nouvelle soumission</translation>
    </message>
    <message>
        <source>Start a submission in &lt;b&gt;{mission}&lt;/b&gt;.</source>
        <translation>Commencer une soumission dans &lt;b&gt;{mission}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Built-in forms</source>
        <translation>Formulaires intégrés</translation>
    </message>
    <message>
        <source>Recorded as the author of the submission.</source>
        <translation>Enregistré comme auteur de la soumission.</translation>
    </message>
    <message>
        <source>Use an XLSForm &amp;file…</source>
        <translation>Utiliser un &amp;fichier XLSForm…</translation>
    </message>
    <message>
        <source>Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk.</source>
        <translation>Partir d’un XLSForm (.xlsx, .xls, .csv ou .md) sur le disque.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Type the date as digits, e.g. 20261201; empty: not set</source>
        <translation>Tapez la date en chiffres, p. ex. 20261201 ; vide : non renseignée</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln formulaire</numerusform>
            <numerusform>%Ln formulaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln mission</numerusform>
            <numerusform>%Ln missions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s)</source>
        <translation>
            <numerusform>%Ln soumission</numerusform>
            <numerusform>%Ln soumissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation>
            <numerusform>Importation de %Ln paquet…</numerusform>
            <numerusform>Importation de %Ln paquets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation>
            <numerusform>{name} a été modifié à la main après l’export, dans %Ln cellule. Acceptez la modification comme celle d’une personne, ou importez le fichier tel qu’il a été exporté.</numerusform>
            <numerusform>{name} a été modifié à la main après l’export, dans %Ln cellules. Acceptez les modifications comme celles d’une personne, ou importez le fichier tel qu’il a été exporté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Pledge map chart</source>
        <translation>Carte des engagements</translation>
    </message>
    <message>
        <source>Fill a P2C pledge register for this mission to map its pledges.</source>
        <translation>Remplissez un registre des engagements P2C pour cette mission afin de cartographier ses engagements.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation>
            <numerusform>%Ln priorité validée sans engagement</numerusform>
            <numerusform>%Ln priorités validées sans engagement</numerusform>
        </translation>
    </message>
    <message>
        <source>no validation workshop yet</source>
        <translation>pas encore d’atelier de validation</translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <source>No priority selected.</source>
        <translation>Aucune priorité sélectionnée.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <source>Priority {rank}: {title}</source>
        <translation>Priorité {rank} : {title}</translation>
    </message>
</context>
<context>
    <name>PrioritySteps</name>
    <message>
        <source>Add priority</source>
        <translation>Ajouter une priorité</translation>
    </message>
    <message>
        <source>Re-rank priority</source>
        <translation>Reclasser la priorité</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>Retirer la priorité</translation>
    </message>
    <message>
        <source>Add the proposed agenda</source>
        <translation>Ajouter l’ordre du jour proposé</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Workshop — projector</source>
        <translation>Atelier — projecteur</translation>
    </message>
    <message>
        <source>Priority {rank} of {total}</source>
        <translation>Priorité {rank} sur {total}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <source>No building block yet</source>
        <translation>Pas encore de composante</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>No votes counted yet</source>
        <translation>Aucun vote compté</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable : {owner}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance : {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation>
            <numerusform>%Ln priorité</numerusform>
            <numerusform>%Ln priorités</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: {count}</source>
        <translation>Pas encore décidées : {count}</translation>
    </message>
    <message>
        <source>No building block addressed yet.</source>
        <translation>Aucune composante traitée pour l’instant.</translation>
    </message>
    <message>
        <source>Building blocks addressed</source>
        <translation>Composantes traitées</translation>
    </message>
</context>
<context>
    <name>RadioField</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>Retirer cette réponse</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>Remove “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation>Retirer « {title} » et toutes ses réponses ? Ctrl+Z permet d’annuler.</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Ajouter à {label}</translation>
    </message>
    <message>
        <source>Add to {label} ({keys})</source>
        <translation>Ajouter à {label} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report</source>
        <translation>Rapport de mission</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Créer le PDF</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>The mission has no validation workshop yet.</source>
        <translation>La mission n’a pas encore d’atelier de validation.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Words, word* for a prefix, &quot;a phrase&quot; — answers, choices, missions</source>
        <translation>Mots, mot* pour un préfixe, « une expression » — réponses, choix, missions</translation>
    </message>
    <message>
        <source>Enter or double-click opens the submission at that question; Esc closes.</source>
        <translation>Entrée ou double-clic ouvre la soumission à cette question ; Échap ferme.</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Toutes les missions</translation>
    </message>
    <message>
        <source>The best {count} matches; add a word to narrow the search.</source>
        <translation>Les {count} meilleurs résultats ; ajoutez un mot pour affiner la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first.</source>
        <translation>
            <numerusform>%Ln résultat.</numerusform>
            <numerusform>%Ln résultats, les meilleurs d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Aucun résultat.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Soumission</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>the mission itself</source>
        <translation>la mission elle-même</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>Titre de la mission</translation>
    </message>
    <message>
        <source>Mission notes</source>
        <translation>Notes de la mission</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} sur {total} répondues</translation>
    </message>
    <message>
        <source>{n} required still empty</source>
        <translation>{n} obligatoires encore vides</translation>
    </message>
    <message>
        <source>{n} answers not accepted</source>
        <translation>{n} réponses refusées</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fieldwheel never stores passwords: remove it from the address and let PostgreSQL find it in the PGPASSWORD variable, in ~/.pgpass or in a service file (pg_service.conf).</source>
        <translation>Fieldwheel n’enregistre jamais de mot de passe : retirez-le de l’adresse et laissez PostgreSQL le trouver dans la variable PGPASSWORD, dans ~/.pgpass ou dans un fichier de service (pg_service.conf).</translation>
    </message>
    <message>
        <source>Say which database on the server to open, for example {example}.</source>
        <translation>Indiquez quelle base de données du serveur ouvrir, par exemple {example}.</translation>
    </message>
    <message>
        <source>A server database&apos;s address starts with postgresql://, for example {example}.</source>
        <translation>L’adresse d’une base de données serveur commence par postgresql://, par exemple {example}.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Le port doit être un nombre de 1 à 65535.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>Ouvrir une base de données serveur</translation>
    </message>
    <message>
        <source>Choose one opened before</source>
        <translation>Choisir une base déjà ouverte</translation>
    </message>
    <message>
        <source>e.g. hq-server.example.org</source>
        <translation>p. ex. hq-server.example.org</translation>
    </message>
    <message>
        <source>5432 (PostgreSQL&apos;s usual port)</source>
        <translation>5432 (le port habituel de PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. fieldwheel</source>
        <translation>p. ex. fieldwheel</translation>
    </message>
    <message>
        <source>Fieldwheel never stores passwords. When the server asks for one, PostgreSQL reads it from the PGPASSWORD variable, from ~/.pgpass or from a service file.</source>
        <translation>Fieldwheel n’enregistre jamais de mot de passe. Quand le serveur en demande un, PostgreSQL le lit dans la variable PGPASSWORD, dans ~/.pgpass ou dans un fichier de service.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Récentes</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>or &amp;URL</source>
        <translation>ou &amp;URL</translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>{form_id}, version {version}</source>
        <translation>{form_id}, version {version}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a submission.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir une soumission.</translation>
    </message>
    <message>
        <source>Submissions of “{title}”</source>
        <translation>Soumissions de « {title} »</translation>
    </message>
    <message>
        <source>Choose a mission to see its submissions.</source>
        <translation>Choisissez une mission pour voir ses soumissions.</translation>
    </message>
    <message>
        <source>No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N).</source>
        <translation>Aucune soumission pour l’instant. Commencez-en une avec Soumission ▸ Nouvelle soumission (Ctrl+Maj+N).</translation>
    </message>
</context>
<context>
    <name>SubmissionStarter</name>
    <message>
        <source>Reading the built-in forms…</source>
        <translation>Lecture des formulaires intégrés…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <source>Not supported on desktop yet ({type})</source>
        <translation>Pas encore pris en charge sur ordinateur ({type})</translation>
    </message>
</context>
<context>
    <name>WheelDetails</name>
    <message>
        <source>Choose a block…</source>
        <translation>Choisir une composante…</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Question and respondent</source>
        <translation>Question et répondant</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Détails de la composante&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a block of the wheel, or choose one above, to see its questions and every answer.</source>
        <translation>Cliquez sur une composante de la roue, ou choisissez-en une ci-dessus, pour voir ses questions et toutes les réponses.</translation>
    </message>
    <message>
        <source>No answer scores this block yet.</source>
        <translation>Aucune réponse ne note encore cette composante.</translation>
    </message>
    <message>
        <source>Median {median} across {n} groups, ranging from {low} to {high}.</source>
        <translation>Médiane {median} sur {n} groupes, de {low} à {high}.</translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation>Score {score}.</translation>
    </message>
    <message>
        <source>{answered} of {total} answers given.</source>
        <translation>{answered} réponses données sur {total}.</translation>
    </message>
    <message>
        <source>Target {target}.</source>
        <translation>Cible {target}.</translation>
    </message>
    <message>
        <source>Baseline {score}.</source>
        <translation>Référence {score}.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Label language</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <source>The form language of the chart and the details</source>
        <translation>La langue du formulaire pour le graphique et les détails</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Libellés en :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the wheel as a PNG image or an SVG drawing</source>
        <translation>Enregistrer la roue en image PNG ou en dessin SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see its wheel.</source>
        <translation>Choisissez une mission pour voir sa roue.</translation>
    </message>
    <message>
        <source>Drawing the wheel…</source>
        <translation>Dessin de la roue…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic to see the wheel.</source>
        <translation>Remplissez un diagnostic 360° pour voir la roue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation>
            <numerusform>%Ln répondant · réponses jusqu’au {date}</numerusform>
            <numerusform>%Ln répondants · réponses jusqu’au {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>Median {median} of {n} groups ({low}–{high})</source>
        <translation>Médiane {median} de {n} groupes ({low}–{high})</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Score {score}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <source>Wheel chart</source>
        <translation>Graphique de la roue</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · F7: timer on the projector · Ctrl+=/Ctrl+-: zoom</source>
        <translation>Entrée sur la dernière ligne : nouvelle priorité · sur une cellule de décision ou de vote, V validée, M modifiée, R rejetée, D reportée · Tab : cellule suivante · Alt+↑/↓ : reclasser · F5 : projecteur · F6 : bilan · F7 : minuteur au projecteur · Ctrl+=/Ctrl+- : zoom</translation>
    </message>
    <message>
        <source>Workshop board · {author} — {mission} — {database} — Fieldwheel</source>
        <translation>Tableau d’atelier · {author} — {mission} — {database} — Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>&amp;Add priority</source>
        <translation>&amp;Ajouter une priorité</translation>
    </message>
    <message>
        <source>&amp;Proposed agenda from the wheel…</source>
        <translation>&amp;Ordre du jour proposé d’après la roue…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>Pr&amp;iorités</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Parti&amp;cipants</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>Pro&amp;jecteur</translation>
    </message>
    <message>
        <source>&amp;Summary on the projector</source>
        <translation>&amp;Bilan au projecteur</translation>
    </message>
    <message>
        <source>&amp;Timer on the projector</source>
        <translation>&amp;Minuteur au projecteur</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Every scored building block already has a priority on the board.</source>
        <translation>Chaque composante notée a déjà une priorité au tableau.</translation>
    </message>
    <message>
        <source>Proposed priorities added; Ctrl+Z takes them back.</source>
        <translation>Priorités proposées ajoutées ; Ctrl+Z les retire.</translation>
    </message>
    <message>
        <source>Priority {rank}: {time}</source>
        <translation>Priorité {rank} : {time}</translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <source>Your name, as it should appear beside every answer you enter or change in {database}:</source>
        <translation>Votre nom, tel qu’il doit figurer à côté de chaque réponse que vous saisissez ou modifiez dans {database} :</translation>
    </message>
</context>
<context>
    <name>engagement</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>weak, no pledge</source>
        <translation>faible, sans engagement</translation>
    </message>
    <message>
        <source>{n} unpledged</source>
        <translation>{n} sans engagement</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Composante</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Amounts (per currency)</source>
        <translation>Montants (par devise)</translation>
    </message>
    <message>
        <source>Pledgers</source>
        <translation>Contributeurs</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Priorités</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>GAP: no pledge</source>
        <translation>LACUNE : aucun engagement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Validated priority</source>
        <translation>Priorité validée</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Engagée par</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>engagement_export</name>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>Le graphique</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>Enregistrement du graphique…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Fieldwheel. Every answer saved so far is safe; please copy the details and send them to your support contact.</source>
        <translation>Un problème est survenu dans Fieldwheel. Toutes les réponses déjà enregistrées sont en sécurité ; copiez les détails et envoyez-les à votre contact d’assistance.</translation>
    </message>
    <message>
        <source>The details are also in {path}.</source>
        <translation>Les détails se trouvent aussi dans {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation>Copier les détails techniques dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>package_export</name>
    <message>
        <source>Exporting {name}…</source>
        <translation>Export de {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>{path} exporté.</translation>
    </message>
    <message>
        <source>{name} is ready: {missions}, {submissions} and {answers}. Carry this one file to headquarters.</source>
        <translation>{name} est prêt : {missions}, {submissions} et {answers}. Apportez ce seul fichier au siège.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>package_import</name>
    <message>
        <source>{name} is protected by a password. Type its password:</source>
        <translation>{name} est protégé par un mot de passe. Saisissez-le :</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
</context>
<context>
    <name>package_report</name>
    <message>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled before its turn; nothing from {name} was imported.</source>
        <translation>Annulé avant son tour ; rien de {name} n’a été importé.</translation>
    </message>
    <message>
        <source>{name} is protected by a password, and none was given.</source>
        <translation>{name} est protégé par un mot de passe, et aucun n’a été donné.</translation>
    </message>
    <message>
        <source>{name} is not signed: it was written before Fieldwheel signed packages, or its signature was removed. Import it unsigned only if you trust where it came from.</source>
        <translation>{name} n’est pas signé : il a été écrit avant que Fieldwheel ne signe les paquets, ou sa signature a été retirée. Ne l’importez sans signature que si vous faites confiance à sa provenance.</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Initiation</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Mise en œuvre</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>XLSForms ({patterns})</source>
        <translation>XLSForms ({patterns})</translation>
    </message>
    <message>
        <source>Open an XLSForm</source>
        <translation>Ouvrir un XLSForm</translation>
    </message>
    <message>
        <source>Fieldwheel packages (*.xlsx)</source>
        <translation>Paquets Fieldwheel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importer des paquets</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Making the report {name}…</source>
        <translation>Création du rapport {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>Modifier {path}</translation>
    </message>
    <message>
        <source>Add {path}</source>
        <translation>Ajouter {path}</translation>
    </message>
    <message>
        <source>Remove {path}</source>
        <translation>Retirer {path}</translation>
    </message>
    <message>
        <source>Move {path}</source>
        <translation>Déplacer {path}</translation>
    </message>
</context>
<context>
    <name>wheel_export</name>
    <message>
        <source>Export the wheel</source>
        <translation>Exporter la roue</translation>
    </message>
    <message>
        <source>Saving the wheel…</source>
        <translation>Enregistrement de la roue…</translation>
    </message>
</context>
</TS>
