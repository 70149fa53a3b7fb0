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
    <name>ChartTab</name>
    <message>
        <source>Label language</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Libellés en :</translation>
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
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xporter le graphique…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Enregistrer le graphique en image PNG ou en dessin SVG</translation>
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
        <source>An Excel &amp;package (.xlsx), for headquarters</source>
        <translation>Un &amp;paquet Excel (.xlsx), pour le siège</translation>
    </message>
    <message>
        <source>ODK &amp;submissions (an ODK Briefcase folder)</source>
        <translation>&amp;Soumissions ODK (un dossier ODK Briefcase)</translation>
    </message>
    <message>
        <source>One XML file per submission, as ODK Collect writes them, to send to ODK Central or KoboToolbox. No password, charts or labels.</source>
        <translation>Un fichier XML par soumission, comme ODK Collect les écrit, à envoyer à ODK Central ou KoboToolbox. Sans mot de passe, graphiques ni libellés.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
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
        <source>Saved, but {questions} had just been changed elsewhere (an import, another analyst): both answers are kept as a conflict to resolve.</source>
        <translation>Enregistré, mais {questions} venait d’être modifié ailleurs (une importation, un autre analyste) : les deux réponses sont gardées comme un conflit à résoudre.</translation>
    </message>
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
        <source>Import &amp;ODK submissions…</source>
        <translation>Importer des soumissions &amp;ODK…</translation>
    </message>
    <message>
        <source>Merge submissions collected with ODK Collect or KoboToolbox into the selected mission</source>
        <translation>Fusionner dans la mission sélectionnée des soumissions collectées avec ODK Collect ou KoboToolbox</translation>
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
    <name>UserError</name>
    <message>
        <source>{what} can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>{what} peut être enregistré en .png ou .svg, pas en « {suffix} ».</translation>
    </message>
    <message>
        <source>The pledge chart</source>
        <translation>Le graphique des engagements</translation>
    </message>
    <message>
        <source>The KPI chart</source>
        <translation>Le graphique des ICP</translation>
    </message>
    <message>
        <source>The comparison chart</source>
        <translation>Le graphique de comparaison</translation>
    </message>
    <message>
        <source>Choose at least two missions to compare.</source>
        <translation>Choisissez au moins deux missions à comparer.</translation>
    </message>
    <message>
        <source>At most {most} missions can be compared at once; {count} were chosen.</source>
        <translation>On peut comparer au plus {most} missions à la fois ; {count} ont été choisies.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no baseline round to compare with.</source>
        <translation>La mission {mission!r} n&apos;a pas de cycle de référence auquel comparer.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no monitoring round yet; fill a monitoring round first.</source>
        <translation>La mission {mission!r} n&apos;a pas encore de cycle de suivi ; remplissez d&apos;abord un cycle de suivi.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no pledge register yet; fill a P2C pledge register first.</source>
        <translation>La mission {mission!r} n&apos;a pas encore de registre des engagements ; remplissez d&apos;abord un registre des engagements P2C.</translation>
    </message>
    <message>
        <source>The pledge register of {mission!r} does not declare the wheel&apos;s blocks.</source>
        <translation>Le registre des engagements de {mission!r} ne déclare pas les composantes de la roue.</translation>
    </message>
    <message>
        <source>The chosen missions hold form {form_id} in versions {version} and {form_version}; an ODK Briefcase folder keeps one version per form, so export the missions separately.</source>
        <translation>Les missions choisies contiennent le formulaire {form_id} dans les versions {version} et {form_version} ; un dossier ODK Briefcase ne garde qu&apos;une version par formulaire : exportez donc les missions séparément.</translation>
    </message>
    <message>
        <source>The ODK folder</source>
        <translation>Le dossier ODK</translation>
    </message>
    <message>
        <source>An ODK submission</source>
        <translation>Une soumission ODK</translation>
    </message>
    <message>
        <source>An ODK Briefcase folder cannot be encrypted; leave out --password-file.</source>
        <translation>Un dossier ODK Briefcase ne peut pas être chiffré ; retirez --password-file.</translation>
    </message>
    <message>
        <source>Say which mission the submissions join with --mission UUID.</source>
        <translation>Indiquez avec --mission UUID la mission que rejoignent les soumissions.</translation>
    </message>
    <message>
        <source>{folder} holds no ODK submission files.</source>
        <translation>{folder} ne contient aucun fichier de soumission ODK.</translation>
    </message>
    <message>
        <source>{file} repeats submission uuid:{instance_id} found in another file; keep one of them.</source>
        <translation>{file} répète la soumission uuid:{instance_id} trouvée dans un autre fichier ; n&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <source>{file} is a submission of form {form_id} version {version}, which this database does not hold; open that form here first.</source>
        <translation>{file} est une soumission du formulaire {form_id} version {version}, que cette base de données ne contient pas ; ouvrez d&apos;abord ce formulaire ici.</translation>
    </message>
    <message>
        <source>{file} holds an answer its form does not allow: {problem}</source>
        <translation>{file} contient une réponse que son formulaire n&apos;autorise pas : {problem}</translation>
    </message>
    <message>
        <source>{file} has an element &apos;{path}&apos; that form {form_id} does not have.</source>
        <translation>{file} a un élément « {path} » que le formulaire {form_id} n&apos;a pas.</translation>
    </message>
    <message>
        <source>{file} repeats or nests &apos;{path}&apos;, which form {form_id} does not allow.</source>
        <translation>{file} répète ou imbrique « {path} », ce que le formulaire {form_id} n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>soumission</translation>
    </message>
    <message>
        <source>{folder} is not a folder of ODK submissions.</source>
        <translation>{folder} n&apos;est pas un dossier de soumissions ODK.</translation>
    </message>
    <message>
        <source>{folder} holds more than {most:,} XML files; import it in parts.</source>
        <translation>{folder} contient plus de {most:,} fichiers XML ; importez-le en plusieurs fois.</translation>
    </message>
    <message>
        <source>submission file</source>
        <translation>fichier de soumission</translation>
    </message>
    <message>
        <source>its root element has no form id attribute</source>
        <translation>son élément racine n&apos;a pas d&apos;attribut id de formulaire</translation>
    </message>
    <message>
        <source>it has no meta/instanceID of the form &apos;uuid:…&apos;</source>
        <translation>il n&apos;a pas de meta/instanceID de la forme « uuid:… »</translation>
    </message>
    <message>
        <source>it is not well-formed XML ({error})</source>
        <translation>ce n&apos;est pas du XML bien formé ({error})</translation>
    </message>
    <message>
        <source>it has more than {most:,} elements</source>
        <translation>il a plus de {most:,} éléments</translation>
    </message>
    <message>
        <source>{path} is not an ODK submission: {why}.</source>
        <translation>{path} n&apos;est pas une soumission ODK : {why}.</translation>
    </message>
    <message>
        <source>Say whose edits these are with --by NAME.</source>
        <translation>Indiquez de qui sont ces modifications avec --by NOM.</translation>
    </message>
    <message>
        <source>Resolve with either --choose local|package or --value TEXT, and --by NAME.</source>
        <translation>Résolvez avec --choose local|package ou --value TEXTE, et --by NOM.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {error}.</source>
        <translation>Impossible de lire la base de données {path} : {error}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password-file.</source>
        <translation>{name} est protégé par un mot de passe ; donnez-le avec --password-file.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>Le mot de passe de {name} est faux.</translation>
    </message>
    <message>
        <source>{name} is an old-style Office file (such as a 97-2003 .xls workbook), not a Fieldwheel package.</source>
        <translation>{name} est un fichier Office d&apos;ancien format (comme un classeur .xls 97-2003), pas un paquet Fieldwheel.</translation>
    </message>
    <message>
        <source>{name} is encrypted but damaged or tampered with (its integrity check failed).</source>
        <translation>{name} est chiffré mais endommagé ou falsifié (son contrôle d&apos;intégrité a échoué).</translation>
    </message>
    <message>
        <source>The signing key {path} cannot be created or read: {reason}.</source>
        <translation>La clé de signature {path} ne peut être ni créée ni lue : {reason}.</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged; move it away and Fieldwheel will make a new one (headquarters will then see this computer as a new device).</source>
        <translation>La clé de signature {path} est endommagée ; déplacez-la et Fieldwheel en créera une nouvelle (le siège verra alors cet ordinateur comme un nouvel appareil).</translation>
    </message>
    <message>
        <source>{name} is not signed (it was written before Fieldwheel signed packages, or its signature was removed); import it with --allow-unsigned only if you trust where it came from.</source>
        <translation>{name} n&apos;est pas signé (il a été écrit avant que Fieldwheel ne signe les paquets, ou sa signature a été retirée) ; importez-le avec --allow-unsigned seulement si vous avez confiance en sa provenance.</translation>
    </message>
    <message>
        <source>{name} is not signed, so it cannot come from a known device.</source>
        <translation>{name} n&apos;est pas signé : il ne peut donc pas venir d&apos;un appareil connu.</translation>
    </message>
    <message>
        <source>{name} was signed by a device this database does not know (fingerprint {fingerprint}); enrol it with &apos;fieldwheel devices trust {fingerprint}&apos; after checking the fingerprint with its owner.</source>
        <translation>{name} a été signé par un appareil que cette base de données ne connaît pas (empreinte {fingerprint}) ; enregistrez-le avec « fieldwheel devices trust {fingerprint} » après avoir vérifié l&apos;empreinte avec son propriétaire.</translation>
    </message>
    <message>
        <source>{name} claims to come from {device}, but is signed with another key ({fingerprint}, not {pinned}); it is refused as a possible forgery. If that device was reinstalled, check the new fingerprint with its owner and run &apos;fieldwheel devices trust {fingerprint}&apos;.</source>
        <translation>{name} prétend venir de {device}, mais il est signé avec une autre clé ({fingerprint}, et non {pinned}) ; il est refusé comme contrefaçon possible. Si cet appareil a été réinstallé, vérifiez la nouvelle empreinte avec son propriétaire et lancez « fieldwheel devices trust {fingerprint} ».</translation>
    </message>
    <message>
        <source>Use &apos;devices&apos;, &apos;devices trust FINGERPRINT&apos; or &apos;devices forget FINGERPRINT&apos;.</source>
        <translation>Utilisez « devices », « devices trust EMPREINTE » ou « devices forget EMPREINTE ».</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation> ; et {count} de plus</translation>
    </message>
    <message>
        <source>{name} was changed by hand after export ({listed}{more}); import it with --accept-edits --by NAME to take these changes as that person&apos;s edits.</source>
        <translation>{name} a été modifié à la main après l&apos;export ({listed}{more}) ; importez-le avec --accept-edits --by NOM pour prendre ces changements comme les modifications de cette personne.</translation>
    </message>
    <message>
        <source>{name} was changed by hand in {ref}, which is not an answer (a header, an identifier or an added row); only answers can be taken as edits.</source>
        <translation>{name} a été modifié à la main en {ref}, qui n&apos;est pas une réponse (un en-tête, un identifiant ou une ligne ajoutée) ; seules les réponses peuvent être prises comme modifications.</translation>
    </message>
    <message>
        <source>{name}: {ref} must be 1 or 0 (chosen or not).</source>
        <translation>{name} : {ref} doit valoir 1 ou 0 (choisi ou non).</translation>
    </message>
    <message>
        <source>Say whose edits these are (--by NAME).</source>
        <translation>Indiquez de qui sont ces modifications (--by NOM).</translation>
    </message>
    <message>
        <source>No exported form has the language {language!r}; choose one of: {known}.</source>
        <translation>Aucun formulaire exporté n&apos;a la langue {language!r} ; choisissez parmi : {known}.</translation>
    </message>
    <message>
        <source>an unknown table</source>
        <translation>une table inconnue</translation>
    </message>
    <message>
        <source>records before their table</source>
        <translation>des enregistrements avant leur table</translation>
    </message>
    <message>
        <source>a record of the wrong shape</source>
        <translation>un enregistrement de forme incorrecte</translation>
    </message>
    <message>
        <source>a line that is not JSON</source>
        <translation>une ligne qui n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>a cell that is not base64 text</source>
        <translation>une cellule qui n&apos;est pas du texte base64</translation>
    </message>
    <message>
        <source>a cell that is not base64</source>
        <translation>une cellule qui n&apos;est pas en base64</translation>
    </message>
    <message>
        <source>a broken compressed stream</source>
        <translation>un flux compressé cassé</translation>
    </message>
    <message>
        <source>a stream too large to be a package&apos;s</source>
        <translation>un flux trop grand pour être celui d&apos;un paquet</translation>
    </message>
    <message>
        <source>bytes after the end of the stream</source>
        <translation>des octets après la fin du flux</translation>
    </message>
    <message>
        <source>a stream cut short</source>
        <translation>un flux tronqué</translation>
    </message>
    <message>
        <source>{name} is an Excel file but not a Fieldwheel package.</source>
        <translation>{name} est un fichier Excel mais pas un paquet Fieldwheel.</translation>
    </message>
    <message>
        <source>The sheet {sheet} was removed from {name}.</source>
        <translation>La feuille {sheet} a été retirée de {name}.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} est endommagé et ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read.</source>
        <translation>{name} est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{name} is not protected by a password, yet one was given; import it without --password-file (a password-protected copy may have been replaced).</source>
        <translation>{name} n&apos;est pas protégé par un mot de passe, mais un mot de passe a été donné ; importez-le sans --password-file (une copie protégée a peut-être été remplacée).</translation>
    </message>
    <message>
        <source>The manifest of {name} was changed.</source>
        <translation>Le manifeste de {name} a été modifié.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Fieldwheel (package schema {schema}, this one reads up to {most}); update Fieldwheel to import it.</source>
        <translation>{name} a été écrit par un Fieldwheel plus récent (schéma de paquet {schema}, celui-ci lit jusqu&apos;au {most}) ; mettez Fieldwheel à jour pour l&apos;importer.</translation>
    </message>
    <message>
        <source>The manifest of {name} is incomplete.</source>
        <translation>Le manifeste de {name} est incomplet.</translation>
    </message>
    <message>
        <source>The hidden sheet {sheet} of {name} was changed.</source>
        <translation>La feuille cachée {sheet} de {name} a été modifiée.</translation>
    </message>
    <message>
        <source>The hidden records of {name} were changed ({error}).</source>
        <translation>Les enregistrements cachés de {name} ont été modifiés ({error}).</translation>
    </message>
    <message>
        <source>{name} lacks its {sheet} sheet.</source>
        <translation>Il manque à {name} sa feuille {sheet}.</translation>
    </message>
    <message>
        <source>{name} does not match its own checksum: its hidden data or manifest was changed after export, so it is refused.</source>
        <translation>{name} ne correspond pas à sa propre somme de contrôle : ses données cachées ou son manifeste ont été modifiés après l&apos;export ; il est donc refusé.</translation>
    </message>
    <message>
        <source>A form source in {name} is damaged.</source>
        <translation>Une source de formulaire dans {name} est endommagée.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>fichier de mot de passe</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Le fichier de mot de passe {path} n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>Le fichier de mot de passe {path} est vide.</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: it was changed after export or forged, so it is refused.</source>
        <translation>La signature de {name} ne correspond pas à son contenu : il a été modifié après l&apos;export ou contrefait ; il est donc refusé.</translation>
    </message>
    <message>
        <source>{ref}: the hand edit from &apos;{old}&apos; to &apos;{new}&apos; is refused. {problem}</source>
        <translation>{ref} : la modification à la main de « {old} » en « {new} » est refusée. {problem}</translation>
    </message>
    <message>
        <source>The package holds an answer its form does not allow, so nothing was imported: {problem}</source>
        <translation>Le paquet contient une réponse que son formulaire n&apos;autorise pas ; rien n&apos;a donc été importé : {problem}</translation>
    </message>
    <message>
        <source>A package is an .xlsx file, not {name}.</source>
        <translation>Un paquet est un fichier .xlsx, pas {name}.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} est un dossier ; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>format de papier</translation>
    </message>
    <message>
        <source>The report {what} {value!r} is not known; choose one of: {allowed}.</source>
        <translation>Le rapport ne connaît pas la valeur {value!r} pour « {what} » ; choisissez parmi : {allowed}.</translation>
    </message>
    <message>
        <source>The report is a PDF; give a file name ending in .pdf, not &apos;{name}&apos;.</source>
        <translation>Le rapport est un PDF ; donnez un nom de fichier se terminant par .pdf, pas « {name} ».</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Le rapport</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no validation workshop to write minutes of; fill the workshop form first.</source>
        <translation>La mission {mission!r} n&apos;a pas d&apos;atelier de validation dont rédiger le compte rendu ; remplissez d&apos;abord le formulaire de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>Le paquet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>le dossier est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>le quota disque est dépassé</translation>
    </message>
    <message>
        <source>{what} could not be written to {target}: {reason}.</source>
        <translation>{what} : écriture impossible dans {target} ({reason}).</translation>
    </message>
    <message>
        <source>The wheel can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>La roue peut être enregistrée en .png ou .svg, pas en « {suffix} ».</translation>
    </message>
    <message>
        <source>The wheel chart</source>
        <translation>Le graphique de la roue</translation>
    </message>
    <message>
        <source>The form has no language {language!r}; choose one of: {languages}.</source>
        <translation>Le formulaire n&apos;a pas la langue {language!r} ; choisissez parmi : {languages}.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no submission of a form that feeds the wheel; fill a diagnostic first.</source>
        <translation>La mission {mission!r} n&apos;a aucune soumission d&apos;un formulaire qui alimente la roue ; remplissez d&apos;abord un diagnostic.</translation>
    </message>
    <message>
        <source>{path} is not an answer that can be edited.</source>
        <translation>{path} n&apos;est pas une réponse modifiable.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label} : « {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label} : « {value} » n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label} : « {value} » n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices ({allowed}).</source>
        <translation>{label} : « {value} » ne fait pas partie des choix ({allowed}).</translation>
    </message>
    <message>
        <source>{path} is not in this submission.</source>
        <translation>{path} ne fait pas partie de cette soumission.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Cette réponse est obligatoire.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>Non autorisé.</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label} : {message}</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; before the last step of a path</source>
        <translation>Une condition « [...] » avant la dernière étape d&apos;un chemin</translation>
    </message>
    <message>
        <source>An instance lookup other than instance(&apos;list&apos;)/root/item[...]/field</source>
        <translation>Une recherche instance() autre que instance(&apos;list&apos;)/root/item[...]/field</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; can only follow a list of nodes in &apos;{source}&apos;.</source>
        <translation>Une condition « [...] » ne peut suivre qu&apos;une liste de nœuds dans « {source} ».</translation>
    </message>
    <message>
        <source>instance() without a path after it</source>
        <translation>instance() sans chemin après</translation>
    </message>
    <message>
        <source>The function {name}() is not supported by Fieldwheel, so &apos;{source}&apos; cannot be worked out.</source>
        <translation>La fonction {name}() n&apos;est pas prise en charge par Fieldwheel : « {source} » ne peut donc pas être calculé.</translation>
    </message>
    <message>
        <source>indexed-repeat() takes 3, 5, 7, 9 or 11 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() prend 3, 5, 7, 9 ou 11 arguments mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>indexed-repeat() needs ${{name}} references for the question and the repeat in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() a besoin de références ${{name}} pour la question et la répétition dans « {source} ».</translation>
    </message>
    <message>
        <source>{what} is not supported in Fieldwheel forms (&apos;{source}&apos;).</source>
        <translation>{what} : non pris en charge dans les formulaires Fieldwheel (« {source} »).</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;. Did you mean {close}()?</source>
        <translation>Fonction inconnue {function}() au caractère {position} de « {source} ». Vouliez-vous dire {close}() ?</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;.</source>
        <translation>Fonction inconnue {function}() au caractère {position} de « {source} ».</translation>
    </message>
    <message>
        <source>The data list &apos;{instance_id}&apos; is not available, so this lookup cannot be done.</source>
        <translation>La liste de données « {instance_id} » n&apos;est pas disponible : cette recherche est donc impossible.</translation>
    </message>
    <message>
        <source>weighted-checklist() needs one weight for every condition.</source>
        <translation>weighted-checklist() a besoin d&apos;un poids pour chaque condition.</translation>
    </message>
    <message>
        <source>{name}() needs a list of nodes such as ${{repeat}} or a path, not a plain value.</source>
        <translation>{name}() a besoin d&apos;une liste de nœuds comme ${{repeat}} ou un chemin, pas d&apos;une simple valeur.</translation>
    </message>
    <message>
        <source>digest() knows MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not &apos;{name}&apos;.</source>
        <translation>digest() connaît MD5, SHA-1, SHA-256, SHA-384 et SHA-512, pas « {name} ».</translation>
    </message>
    <message>
        <source>digest() encodes as &apos;base64&apos; or &apos;hex&apos;, not &apos;{encoding}&apos;.</source>
        <translation>digest() encode en « base64 » ou « hex », pas en « {encoding} ».</translation>
    </message>
    <message>
        <source>randomize() needs a list of nodes to shuffle.</source>
        <translation>randomize() a besoin d&apos;une liste de nœuds à mélanger.</translation>
    </message>
    <message>
        <source>randomize() needs a number as its seed, not &apos;{seed}&apos;.</source>
        <translation>randomize() a besoin d&apos;un nombre comme graine, pas de « {seed} ».</translation>
    </message>
    <message>
        <source>{name}() takes at least 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() prend au moins 1 argument mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>{name}() takes at least {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() prend au moins {least} arguments mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>{name}() takes exactly {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() prend exactement {least} arguments mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>{name}() takes {least} to {most} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() prend de {least} à {most} arguments mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>{name}() takes exactly 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() prend exactement 1 argument mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>Syntax error at character {position} of &apos;{source}&apos;: {message}.</source>
        <translation>Erreur de syntaxe au caractère {position} de « {source} » : {message}.</translation>
    </message>
    <message>
        <source>{function}() takes 0 to 1 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{function}() prend de 0 à 1 argument mais en a reçu {count} dans « {source} ».</translation>
    </message>
    <message>
        <source>{function}() needs ${{question}} or a path ending in a question name in &apos;{source}&apos;.</source>
        <translation>{function}() a besoin de ${{question}} ou d&apos;un chemin finissant par un nom de question dans « {source} ».</translation>
    </message>
    <message>
        <source>{function}() needs a node, not a plain value.</source>
        <translation>{function}() a besoin d&apos;un nœud, pas d&apos;une simple valeur.</translation>
    </message>
    <message>
        <source>The &apos;|&apos; operator joins two lists of nodes, not plain values.</source>
        <translation>L&apos;opérateur « | » joint deux listes de nœuds, pas de simples valeurs.</translation>
    </message>
    <message>
        <source>{what} (character {position} of &apos;{source}&apos;) is valid XPath but not supported in Fieldwheel forms.</source>
        <translation>{what} (caractère {position} de « {source} ») : XPath valide, mais non pris en charge dans les formulaires Fieldwheel.</translation>
    </message>
    <message>
        <source>The descendant path &apos;//&apos;</source>
        <translation>Le chemin descendant « // »</translation>
    </message>
    <message>
        <source>An XPath variable ($name)</source>
        <translation>Une variable XPath ($name)</translation>
    </message>
    <message>
        <source>An attribute (@name)</source>
        <translation>Un attribut (@name)</translation>
    </message>
    <message>
        <source>A predicate after &apos;.&apos; or &apos;..&apos;</source>
        <translation>Un prédicat après « . » ou « .. »</translation>
    </message>
    <message>
        <source>A path after a filtered expression</source>
        <translation>Un chemin après une expression filtrée</translation>
    </message>
    <message>
        <source>instance() takes exactly one argument, the list name, in &apos;{source}&apos;.</source>
        <translation>instance() prend exactement un argument, le nom de la liste, dans « {source} ».</translation>
    </message>
    <message>
        <source>A path after this expression</source>
        <translation>Un chemin après cette expression</translation>
    </message>
    <message>
        <source>is too large to be checked in linear time; simplify it</source>
        <translation>est trop grand pour être vérifié en temps linéaire ; simplifiez-le</translation>
    </message>
    <message>
        <source>repeats something more than 1,000 times, which is more than allowed</source>
        <translation>répète quelque chose plus de 1 000 fois, ce qui dépasse la limite</translation>
    </message>
    <message>
        <source>uses a feature (back-references, look-ahead or look-behind, possessive repeats or \Z) that Fieldwheel&apos;s linear-time matcher does not have; rewrite it without it</source>
        <translation>utilise une fonction (références arrière, anticipation ou rétrospection, répétitions possessives ou \Z) que le moteur en temps linéaire de Fieldwheel n&apos;a pas ; réécrivez-le sans elle</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() is not a valid regular expression.</source>
        <translation>Le motif « {shown} » donné à regex() n&apos;est pas une expression régulière valide.</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() {why}.</source>
        <translation>Le motif « {shown} » donné à regex() {why}.</translation>
    </message>
    <message>
        <source>There is no built-in form called {form_id!r}.</source>
        <translation>Il n&apos;y a pas de formulaire intégré nommé {form_id!r}.</translation>
    </message>
    <message>
        <source> There is 1 more; check-form lists them all.</source>
        <translation> Il y en a 1 autre ; check-form les liste toutes.</translation>
    </message>
    <message>
        <source> There are {more} more; check-form lists them all.</source>
        <translation> Il y en a {more} autres ; check-form les liste toutes.</translation>
    </message>
    <message>
        <source>{form} cannot be used: its calculations and conditions depend on each other in a circle, which ODK refuses too ({where}): {circle}.{tail}</source>
        <translation>{form} ne peut pas être utilisé : ses calculs et conditions dépendent les uns des autres en cercle, ce que ODK refuse aussi ({where}) : {circle}.{tail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel (.xlsx) file.</source>
        <translation>{name} n&apos;est pas un fichier Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} has more than {most_rows:,} rows, more than a {label} can hold.</source>
        <translation>{name} a plus de {most_rows:,} lignes, au-delà de la limite ({label}).</translation>
    </message>
    <message>
        <source>{name} has more than {most_cells:,} cells in all its sheets, more than a {label} can hold.</source>
        <translation>{name} a plus de {most_cells:,} cellules dans l&apos;ensemble de ses feuilles, au-delà de la limite ({label}).</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the copy interrupted?).</source>
        <translation>{name} est endommagé ou incomplet (la copie a-t-elle été interrompue ?).</translation>
    </message>
    <message>
        <source>{name} holds {count:,} parts; a {label} has a few dozen.</source>
        <translation>{name} contient {count:,} parties, là où il n&apos;en faut que quelques dizaines ({label}).</translation>
    </message>
    <message>
        <source>{name} holds two parts named {member}; it is refused because programs may read different copies.</source>
        <translation>{name} contient deux parties nommées {member} ; il est refusé car des programmes pourraient lire des copies différentes.</translation>
    </message>
    <message>
        <source>{name} would expand to {megabytes} MB or more (part {member}); it is refused as a possible zip bomb.</source>
        <translation>{name} se décompresserait en {megabytes} Mo ou plus (partie {member}) ; il est refusé comme possible bombe zip.</translation>
    </message>
    <message>
        <source>{name} holds a part with an odd path ({member!r}); it is refused as unsafe.</source>
        <translation>{name} contient une partie au chemin étrange ({member!r}) ; il est refusé comme dangereux.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}.</source>
        <translation>{path} est un dossier, pas un {what}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); a {what} is read from an ordinary file only.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket) ; un {what} se lit seulement depuis un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{name} is {shown}, larger than any {what} can be.</source>
        <translation>{name} fait {shown}, plus qu&apos;aucun {what} ne peut faire.</translation>
    </message>
    <message>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} n&apos;existe pas ({what}).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a socket or a device); a {what} is read from an ordinary file only.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un socket ou un périphérique) ; un {what} se lit seulement depuis un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The {what} {path} is a symbolic link that loops.</source>
        <translation>{path} ({what}) est un lien symbolique qui boucle.</translation>
    </message>
    <message>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation>Impossible de lire {path} ({what}) : {reason}.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <source>form file</source>
        <translation>fichier de formulaire</translation>
    </message>
    <message>
        <source>{name} could not be read as a .xlsx XLSForm: the file is damaged or is not in that format.</source>
        <translation>{name} n&apos;a pas pu être lu comme XLSForm .xlsx : le fichier est endommagé ou n&apos;est pas dans ce format.</translation>
    </message>
    <message>
        <source>{name} declares XML entities or a DOCTYPE (in {member}); it is refused as unsafe.</source>
        <translation>{name} déclare des entités XML ou un DOCTYPE (dans {member}) ; il est refusé comme dangereux.</translation>
    </message>
    <message>
        <source>{name} contains formulas (in {member}); a {label} holds values only.</source>
        <translation>{name} contient des formules (dans {member}) ; ce fichier ({label}) ne doit contenir que des valeurs.</translation>
    </message>
    <message>
        <source>{name} has more than {most_strings:,} shared strings (in {member}), more than a {label} can hold.</source>
        <translation>{name} a plus de {most_strings:,} chaînes partagées (dans {member}), au-delà de la limite ({label}).</translation>
    </message>
    <message>
        <source>{name} has a sheet reaching {ref} (in {member}): {last_row:,} rows by {last_column:,} columns is more than a {label} can hold.</source>
        <translation>{name} a une feuille qui va jusqu&apos;à {ref} (dans {member}) : {last_row:,} lignes sur {last_column:,} colonnes, c&apos;est au-delà de la limite ({label}).</translation>
    </message>
    <message>
        <source>{name} has a cell reference {ref!r} (in {member}) outside what Excel allows; it is refused as damaged or hostile.</source>
        <translation>{name} a une référence de cellule {ref!r} (dans {member}) hors de ce qu&apos;Excel permet ; il est refusé comme endommagé ou malveillant.</translation>
    </message>
    <message>
        <source>The form uses a wheel but has no &apos;{missing}&apos; choice list.</source>
        <translation>Le formulaire utilise une roue mais n&apos;a pas de liste de choix « {missing} ».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; names pillar &apos;{pillar}&apos;, which is not in the &apos;{pillar_list}&apos; list.</source>
        <translation>La composante « {block} » nomme le pilier « {pillar} », qui n&apos;est pas dans la liste « {pillar_list} ».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; has target {target:g}; targets are 1 to 5.</source>
        <translation>La composante « {block} » a la cible {target:g} ; les cibles vont de 1 à 5.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; feeds block &apos;{block}&apos;, which is not in the &apos;{block_list}&apos; list.</source>
        <translation>La question « {question} » alimente la composante « {block} », qui n&apos;est pas dans la liste « {block_list} ».</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the same wheel_min and wheel_target, so no answer can be scaled.</source>
        <translation>La question « {question} » a les mêmes wheel_min et wheel_target : aucune réponse ne peut donc être mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; of choice &apos;{choice}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>La colonne « {column} » du choix « {choice} » vaut « {text} », qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The {column} of question &apos;{question}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>Le {column} de la question « {question} » vaut « {text} », qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a form may be at most {most} MB.</source>
        <translation>{name} fait {megabytes:.0f} Mo ; un formulaire peut faire au plus {most} Mo.</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; a form may have at most {most_survey_rows:,} survey rows and {most_rows:,} rows in each other sheet.</source>
        <translation>{name} a {lines:,} lignes ; un formulaire peut avoir au plus {most_survey_rows:,} lignes dans survey et {most_rows:,} lignes dans chaque autre feuille.</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows in its {sheet} sheet; a form may have at most {most:,} there.</source>
        <translation>{name} a {rows:,} lignes dans sa feuille {sheet} ; un formulaire peut y en avoir au plus {most:,}.</translation>
    </message>
    <message>
        <source>{name} nests groups and repeats more than {most} deep (sheet survey, row {number}): this {kind} is level {depth}; a form may nest at most {most} levels.</source>
        <translation>{name} imbrique groupes et répétitions sur plus de {most} niveaux (feuille survey, ligne {number}) : ce {kind} est au niveau {depth} ; un formulaire peut imbriquer au plus {most} niveaux.</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: expected a file ending in {suffixes}.</source>
        <translation>{name} n&apos;est pas un XLSForm : un fichier se terminant par {suffixes} est attendu.</translation>
    </message>
    <message>
        <source>The form file {name} is empty.</source>
        <translation>Le fichier de formulaire {name} est vide.</translation>
    </message>
    <message>
        <source>{form} is not a valid XLSForm (sheet survey, row {row}): unknown question type &apos;{type}&apos;.</source>
        <translation>{form} n&apos;est pas un XLSForm valide (feuille survey, ligne {row}) : type de question inconnu « {type} ».</translation>
    </message>
    <message>
        <source>{name} could not be read as a {suffix} XLSForm: the file is damaged, is not in that format, or has no survey sheet.</source>
        <translation>{name} n&apos;a pas pu être lu comme XLSForm {suffix} : le fichier est endommagé, n&apos;est pas dans ce format ou n&apos;a pas de feuille survey.</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}</source>
        <translation>{name} n&apos;est pas un XLSForm valide (feuille {sheet}, ligne {row}) : {reason}</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm: {reason}</source>
        <translation>{name} n&apos;est pas un XLSForm valide : {reason}</translation>
    </message>
    <message>
        <source>Choose local, package or value, not {choose!r}.</source>
        <translation>Choisissez local, package ou value, pas {choose!r}.</translation>
    </message>
    <message>
        <source>Say who resolves the conflict (--by NAME).</source>
        <translation>Indiquez qui résout le conflit (--by NOM).</translation>
    </message>
    <message>
        <source>There is no conflict {conflict_id}.</source>
        <translation>Il n&apos;y a pas de conflit {conflict_id}.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is already resolved.</source>
        <translation>Le conflit {conflict_id} est déjà résolu.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a snapshot or a package.</source>
        <translation>La base de données {path} est endommagée ({reason}) ; restaurez-la depuis un instantané ou un paquet.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} est un dossier ; donnez le chemin d&apos;un fichier de base de données.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database at {path}; check the path (nothing was created).</source>
        <translation>Le dossier {folder} n&apos;existe pas : il n&apos;y a donc pas de base de données en {path} ; vérifiez le chemin (rien n&apos;a été créé).</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database: {reason}.</source>
        <translation>Impossible de créer le dossier {folder} pour la base de données : {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; Fieldwheel needs to write its database and journal there. Choose another place with --db.</source>
        <translation>Le dossier {folder} est en lecture seule ; Fieldwheel doit y écrire sa base de données et son journal. Choisissez un autre emplacement avec --db.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (check its permissions).</source>
        <translation>La base de données {path} ne peut pas être écrite (vérifiez ses droits).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a Fieldwheel database.</source>
        <translation>{path} est une base SQLite d&apos;un autre programme, pas une base de données Fieldwheel.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database (it is not an SQLite file).</source>
        <translation>{path} n&apos;est pas une base de données Fieldwheel (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore it from a snapshot or a package.</source>
        <translation>La base de données {path} est endommagée ; restaurez-la depuis un instantané ou un paquet.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; Fieldwheel cannot save there.</source>
        <translation>La base de données {path} est en lecture seule ; Fieldwheel ne peut pas y enregistrer.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. The last change was not saved.</source>
        <translation>Le disque est plein ; libérez de la place. La dernière modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close it and try again.</source>
        <translation>La base de données {path} est utilisée par un autre programme ; fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}.</source>
        <translation>Impossible d&apos;ouvrir la base de données {path}.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check the drive.</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire {path} ; vérifiez le lecteur.</translation>
    </message>
    <message>
        <source>{path} is a server database: back it up with PostgreSQL&apos;s own tools (pg_dump, or replication), or copy it into a file with copy-db.</source>
        <translation>{path} est une base de données sur serveur : sauvegardez-la avec les outils de PostgreSQL (pg_dump ou la réplication), ou copiez-la dans un fichier avec copy-db.</translation>
    </message>
    <message>
        <source>Another analyst&apos;s change to {path} collided with this one; try again.</source>
        <translation>La modification d’un autre analyste dans {path} est entrée en conflit avec celle-ci ; réessayez.</translation>
    </message>
    <message>
        <source>The database {path} failed: {reason}.</source>
        <translation>La base de données {path} a échoué : {reason}.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {path}; check that it runs and the address is right.</source>
        <translation>Impossible de joindre le serveur de base de données de {path} ; vérifiez qu’il fonctionne et que l’adresse est juste.</translation>
    </message>
    <message>
        <source>The connection to the database server of {path} was lost; try again.</source>
        <translation>La connexion au serveur de base de données de {path} a été perdue ; réessayez.</translation>
    </message>
    <message>
        <source>The server refused the password for {path}; check PGPASSWORD or ~/.pgpass.</source>
        <translation>Le serveur a refusé le mot de passe pour {path} ; vérifiez PGPASSWORD ou ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server asks a password for {path}; give it in PGPASSWORD, ~/.pgpass or a service file (never in the URL).</source>
        <translation>Le serveur demande un mot de passe pour {path} ; donnez-le dans PGPASSWORD, ~/.pgpass ou un fichier de service (jamais dans l’URL).</translation>
    </message>
    <message>
        <source>There is no such database or role on the server of {path}; ask its administrator to create it (Fieldwheel creates only its tables).</source>
        <translation>Cette base de données ou ce rôle n’existe pas sur le serveur de {path} ; demandez à son administrateur de le créer (Fieldwheel ne crée que ses tables).</translation>
    </message>
    <message>
        <source>You may not change {path} (your role is read-only or lacks a right); ask the server&apos;s administrator.</source>
        <translation>Vous ne pouvez pas modifier {path} (votre rôle est en lecture seule ou il lui manque un droit) ; adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; free some space. The last change was not saved.</source>
        <translation>Le disque du serveur est plein ; libérez de la place. La dernière modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database server of {path} shut down or cut the connection; try again once it is back.</source>
        <translation>Le serveur de base de données de {path} s’est arrêté ou a coupé la connexion ; réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>Give a name to credit your edits to.</source>
        <translation>Donnez un nom auquel attribuer vos modifications.</translation>
    </message>
    <message>
        <source>There is no mission {uuid}.</source>
        <translation>Il n&apos;y a pas de mission {uuid}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} is already stored with different content; give the changed form a new version in its settings sheet.</source>
        <translation>Le formulaire {form_id} version {version} est déjà enregistré avec un contenu différent ; donnez au formulaire modifié une nouvelle version dans sa feuille settings.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database.</source>
        <translation>Le formulaire {form_id} version {form_version} n&apos;est pas enregistré dans cette base de données.</translation>
    </message>
    <message>
        <source>There is no submission {uuid}.</source>
        <translation>Il n&apos;y a pas de soumission {uuid}.</translation>
    </message>
    <message>
        <source>{status!r} is not draft or complete.</source>
        <translation>{status!r} n&apos;est ni draft ni complete.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new name.</source>
        <translation>{target} existe déjà ; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>Could not write the snapshot {target}: {error}.</source>
        <translation>Impossible d&apos;écrire l&apos;instantané {target} : {error}.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>The mission&apos;s end date is before its start date.</source>
        <translation>La date de fin de la mission est antérieure à sa date de début.</translation>
    </message>
    <message>
        <source>There is no submission {submission_uuid}.</source>
        <translation>Il n&apos;y a pas de soumission {submission_uuid}.</translation>
    </message>
    <message>
        <source>{path} was changed elsewhere (an import or a resolved conflict) since this form was read; nothing was overwritten and the form now shows the stored answers.</source>
        <translation>{path} a été modifié ailleurs (un import ou un conflit résolu) depuis la lecture de ce formulaire ; rien n&apos;a été écrasé et le formulaire affiche maintenant les réponses enregistrées.</translation>
    </message>
    <message>
        <source>The sample data does not satisfy {form_id}: {path}: {problem}</source>
        <translation>Les données d&apos;exemple ne satisfont pas {form_id} : {path} : {problem}</translation>
    </message>
    <message>
        <source>{text!r} is not a device fingerprint: it has {digits} hexadecimal digits, as &apos;fieldwheel devices&apos; shows them.</source>
        <translation>{text!r} n&apos;est pas une empreinte d&apos;appareil : elle a {digits} chiffres hexadécimaux, comme les montre « fieldwheel devices ».</translation>
    </message>
    <message>
        <source>No known device has the fingerprint {fingerprint}.</source>
        <translation>Aucun appareil connu n&apos;a l&apos;empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database, so this submission cannot be opened.</source>
        <translation>Le formulaire {form_id} version {form_version} n&apos;est pas enregistré dans cette base de données : cette soumission ne peut donc pas être ouverte.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} in the package differs from the one stored here; the form must get a new version number.</source>
        <translation>Le formulaire {form_id} version {version} du paquet diffère de celui enregistré ici ; le formulaire doit recevoir un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>Submission {uuid} belongs to another mission or form here than in the package; the package cannot be merged.</source>
        <translation>La soumission {uuid} appartient ici à une autre mission ou à un autre formulaire que dans le paquet ; le paquet ne peut pas être fusionné.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {current}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Fieldwheel (schéma {current}, celle-ci connaît le {known}) ; mettez Fieldwheel à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Fieldwheel needs sqlite-utils 4.0 or newer to build its search index (this is {installed}); update it, nothing was changed.</source>
        <translation>Fieldwheel a besoin de sqlite-utils 4.0 ou plus récent pour construire son index de recherche (celui-ci est {installed}) ; mettez-le à jour, rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Tapez un mot à rechercher.</translation>
    </message>
    <message>
        <source>Search for at most {most} words at once.</source>
        <translation>Recherchez au plus {most} mots à la fois.</translation>
    </message>
    <message>
        <source>The pycountry package is not installed.</source>
        <translation>Le paquet Python pycountry n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. KHM for Cambodia).</source>
        <translation>{value!r} n&apos;est pas un code de pays ISO 3166-1 alpha-3 (par exemple KHM pour le Cambodge).</translation>
    </message>
    <message>
        <source>A mission needs a title.</source>
        <translation>Une mission a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>A mission title can be at most 500 characters.</source>
        <translation>Le titre d&apos;une mission peut compter au plus 500 caractères.</translation>
    </message>
    <message>
        <source>{phase!r} is not a phase; choose one of {phases}.</source>
        <translation>{phase!r} n&apos;est pas une phase ; choisissez parmi {phases}.</translation>
    </message>
    <message>
        <source>The {field} {value!r} is not a date like 2026-11-23.</source>
        <translation>{value!r} ({field}) n&apos;est pas une date comme 2026-11-23.</translation>
    </message>
    <message>
        <source>The form {form} has no priorities with an outcome and votes, so it cannot open as a workshop board; open it as a form instead.</source>
        <translation>Le formulaire {form} n&apos;a pas de priorités avec une décision et des votes : il ne peut donc pas s&apos;ouvrir en tableau d&apos;atelier ; ouvrez-le plutôt comme formulaire.</translation>
    </message>
    <message>
        <source>{path} holds another program&apos;s tables, not a Fieldwheel database; give Fieldwheel a database of its own.</source>
        <translation>{path} contient les tables d’un autre programme, pas une base de données Fieldwheel ; donnez à Fieldwheel sa propre base de données.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database.</source>
        <translation>{path} n’est pas une base de données Fieldwheel.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {version}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Fieldwheel (schéma {version}, celle-ci connaît {known}) ; mettez Fieldwheel à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>There is no database file {source} to copy.</source>
        <translation>Il n’y a pas de fichier de base de données {source} à copier.</translation>
    </message>
    <message>
        <source>{path} cannot be copied onto itself.</source>
        <translation>{path} ne peut pas être copiée sur elle-même.</translation>
    </message>
    <message>
        <source>{path} already holds data ({held}): copy-db only copies into an empty database, so nothing is mixed or overwritten. Give it a new file or an empty server database.</source>
        <translation>{path} contient déjà des données ({held}) : copy-db ne copie que dans une base de données vide, afin que rien ne soit mélangé ni écrasé. Donnez-lui un nouveau fichier ou une base de données vide sur le serveur.</translation>
    </message>
    <message>
        <source>The package lists the answer {path} of submission {uuid} twice; it cannot be merged.</source>
        <translation>Le paquet contient deux fois la réponse {path} de la soumission {uuid} ; il ne peut pas être fusionné.</translation>
    </message>
    <message>
        <source>date() cannot read &apos;{text}&apos; as a date (YYYY-MM-DD).</source>
        <translation>date() ne peut pas lire « {text} » comme une date (AAAA-MM-JJ).</translation>
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
        <source>The form language of the chart and the details</source>
        <translation>La langue du formulaire pour le graphique et les détails</translation>
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
        <source>Importing ODK submissions from {name}…</source>
        <translation>Import des soumissions ODK de {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
</context>
<context>
    <name>package_odk</name>
    <message>
        <source>Export ODK submissions into a folder</source>
        <translation>Exporter les soumissions ODK dans un dossier</translation>
    </message>
    <message>
        <source>Writing ODK submissions into {name}…</source>
        <translation>Écriture des soumissions ODK dans {name}…</translation>
    </message>
    <message>
        <source>Exported ODK submissions into {folder}.</source>
        <translation>Soumissions ODK exportées dans {folder}.</translation>
    </message>
    <message>
        <source>{submissions} of {forms} written into {folder} in ODK Briefcase&apos;s layout. Push them to ODK Central with ODK Briefcase, or post each submission.xml to ODK Central or KoboToolbox.</source>
        <translation>{submissions} de {forms} écrites dans {folder} selon la disposition d&apos;ODK Briefcase. Envoyez-les à ODK Central avec ODK Briefcase, ou envoyez chaque submission.xml à ODK Central ou KoboToolbox.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Import ODK submissions from a folder</source>
        <translation>Importer des soumissions ODK d&apos;un dossier</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>Lecture des soumissions…</translation>
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
