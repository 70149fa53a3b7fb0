<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation>
            <numerusform>1 answer to decide.</numerusform>
            <numerusform>%Ln answers to decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>1 conflict to resolve</numerusform>
            <numerusform>%Ln conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation>
            <numerusform>The only mission</numerusform>
            <numerusform>All %Ln missions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation>
            <numerusform>1 answer needs attention before this can be marked complete: {message}</numerusform>
            <numerusform>%Ln answers need attention before this can be marked complete. First: {message}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation>
            <numerusform>%Ln monitoring round</numerusform>
            <numerusform>%Ln monitoring rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation>
            <numerusform>Delete the mission “{title}” and its one submission? It disappears from this computer&apos;s lists.</numerusform>
            <numerusform>Delete the mission “{title}” and its %Ln submissions? It disappears from this computer&apos;s lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln form</numerusform>
            <numerusform>%Ln forms</numerusform>
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
            <numerusform>%Ln submission</numerusform>
            <numerusform>%Ln submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation>
            <numerusform>Importing %Ln package…</numerusform>
            <numerusform>Importing %Ln packages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation>
            <numerusform>{name} was changed by hand after export, in one cell. Take the change as someone&apos;s edit, or import the file as it was exported.</numerusform>
            <numerusform>{name} was changed by hand after export, in %Ln cells. Take the changes as someone&apos;s edits, or import the file as it was exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>%Ln pledge</numerusform>
            <numerusform>%Ln pledges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation>
            <numerusform>%Ln validated priority without a pledge</numerusform>
            <numerusform>%Ln validated priorities without a pledge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation>
            <numerusform>%Ln priority</numerusform>
            <numerusform>%Ln priorities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%Ln match(es), best first.</source>
        <translation>
            <numerusform>%Ln match.</numerusform>
            <numerusform>%Ln matches, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation>
            <numerusform>%Ln respondent · answers up to {date}</numerusform>
            <numerusform>%Ln respondents · answers up to {date}</numerusform>
        </translation>
    </message>
</context>
</TS>
