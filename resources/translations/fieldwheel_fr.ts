<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcknowledgeField</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Proposed agenda from the diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The building blocks the mission&apos;s diagnostic scored lowest, weakest first. Untick what should not be discussed; titles can be edited here or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attendee {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardDelegate</name>
    <message>
        <source>No building block is called “{text}”; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2027-03-31; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missions to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;rounds too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each mission&apos;s earlier round a wheel of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missions (tick two or more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more missions, or one with “Baseline rounds too”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic in every ticked mission to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheels side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type another value, or leave empty to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this computer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the package&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each was changed both here and in an imported package, without seeing the other. Choose which value is right; nothing is overwritten until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message>
        <source>Answers changed both here and in an imported package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours: who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code, e.g. camb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a country&apos;s name or its three-letter code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down or F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebouncedField</name>
    <message>
        <source>This is not complete yet, so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Fieldwheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no missions in this database yet. A mission is one country&apos;s engagement: its diagnostic interviews, validation workshops, pledges and monitoring rounds.

Try the sample missions to see how it works, or create your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fictional missions for Madagascar, the Dominican Republic, Mauritania and Cambodia, with filled-in forms, to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mission for your country (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mission to see this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. A password encrypts the file: nobody can open it, in Fieldwheel or Excel, without the password. It is not stored anywhere and cannot be recovered, so send it to headquarters separately from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include wheel charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of each wheel on the Wheel sheet; they make the file larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected mission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected mission (none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillSession</name>
    <message>
        <source>Answers changed elsewhere (another window, an import or a resolved conflict) and are shown as stored now: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats changed elsewhere and are shown as stored now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillerActions</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the form&apos;s questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This submission is complete; edits are still saved (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every answer and mark the submission complete (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message>
        <source>Saved · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Marked complete · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFillerWindow</name>
    <message>
        <source>{form} · {author} — {mission} — {database} — Fieldwheel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormLanguages</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept these edits as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the file with the changed cells recorded as this person&apos;s edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} of {total} packages imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed cells: {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {added}
Updated: {updated}
Unchanged: {unchanged}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose edits are these? Each changed cell is recorded as this person&apos;s edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you trust where the file came from; the report will say it is unsigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms, missions, submissions and answers together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <source>KPI charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a monitoring round for this mission to follow its KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit mission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected submission, or the selected mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;sample missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fictional missions for four partner countries, with filled-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare missions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See several missions&apos; wheels side by side, block by block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a submission from a built-in form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New submission from an XLSForm &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected submission to fill it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as workshop &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the selected validation workshop live, with a projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a validation workshop on the selected mission and open its board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write missions as one Excel package to carry to headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and merge Excel packages from the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between answers changed both here and in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name your edits in this database are credited to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Fieldwheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path} — every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwheel — {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the submission “{form}” by {author}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the sample missions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mission is in the four-phase engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cambodia digital transformation diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in this mission?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionModel</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionPanel</name>
    <message>
        <source>Missions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>New submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a submission in &lt;b&gt;{mission}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the author of the submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an XLSForm &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Type the date as digits, e.g. 20261201; empty: not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Pledge map chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a P2C pledge register for this mission to map its pledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no validation workshop yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <source>No priority selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {rank}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrioritySteps</name>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rank priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the proposed agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Workshop — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {rank} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No building block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No votes counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No building block addressed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building blocks addressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RadioField</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to {label} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} required still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} answers not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form_id}, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submissions of “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mission to see its submissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionStarter</name>
    <message>
        <source>Reading the built-in forms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <source>Not supported on desktop yet ({type})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WheelDetails</name>
    <message>
        <source>Choose a block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question and respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Block details&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a block of the wheel, or choose one above, to see its questions and every answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer scores this block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {median} across {n} groups, ranging from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answers given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline {score}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Label language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form language of the chart and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wheel as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mission to see its wheel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the wheel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic to see the wheel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {median:.1f} of {n} groups ({low:.1f}–{high:.1f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <source>Wheel chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · F7: timer on the projector · Ctrl+=/Ctrl+-: zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop board · {author} — {mission} — {database} — Fieldwheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed agenda from the wheel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scored building block already has a priority on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed priorities added; Ctrl+Z takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority {rank}: {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <source>Your name, as it should appear beside every answer you enter or change in {database}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engagement</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak, no pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unpledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts (per currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAP: no pledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engagement_export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Fieldwheel. Every answer saved so far is safe; please copy the details and send them to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are also in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>package_export</name>
    <message>
        <source>Exporting {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is ready: {missions}, {submissions} and {answers}. Carry this one file to headquarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>package_import</name>
    <message>
        <source>{name} is protected by a password. Type its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>package_report</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before its turn; nothing from {name} was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password, and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not signed: it was written before Fieldwheel signed packages, or its signature was removed. Import it unsigned only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Initiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>XLSForms ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an XLSForm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fieldwheel packages (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wheel_export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the wheel…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
