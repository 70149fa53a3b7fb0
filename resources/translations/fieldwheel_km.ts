<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>AcknowledgeField</name>
    <message>
        <source>OK</source>
        <translation>យល់ព្រម</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Proposed agenda from the diagnostic</source>
        <translation>របៀបវារៈដែលបានស្នើពីការវិនិច្ឆ័យ</translation>
    </message>
    <message>
        <source>The building blocks the mission&apos;s diagnostic scored lowest, weakest first. Untick what should not be discussed; titles can be edited here or later.</source>
        <translation>សមាសភាគដែលទទួលបានពិន្ទុទាបបំផុតក្នុងការវិនិច្ឆ័យរបស់បេសកកម្ម ខ្សោយបំផុតមុនគេ។ ដោះធីកអ្វីដែលមិនគួរពិភាក្សា ចំណងជើងអាចកែនៅទីនេះ ឬពេលក្រោយ។</translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation>បន្ថែមទៅក្ដារ</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Full name</source>
        <translation>ឈ្មោះពេញ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ស្ថាប័ន</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>បន្ថែម</translation>
    </message>
    <message>
        <source>Add attendee {name}</source>
        <translation>បន្ថែមអ្នកចូលរួម {name}</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>វត្តមាន៖ {count}</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>Priority</source>
        <translation>អាទិភាព</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>សមាសភាគ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>For</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ជំទាស់</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>អនុប្បវាទ</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>សម្លេងឆ្នោត</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>អ្នកទទួលខុសត្រូវ</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>ថ្ងៃផុតកំណត់</translation>
    </message>
</context>
<context>
    <name>BoardDelegate</name>
    <message>
        <source>No building block is called “{text}”; nothing was changed.</source>
        <translation>គ្មានសមាសភាគឈ្មោះ “{text}” ទេ មិនបានផ្លាស់ប្ដូរអ្វីទេ។</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2027-03-31; nothing was changed.</source>
        <translation>“{text}” មិនមែនជាកាលបរិច្ឆេទដូច 2027-03-31 ទេ មិនបានផ្លាស់ប្ដូរអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>Type to search…</source>
        <translation>វាយដើម្បីស្វែងរក…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare missions</source>
        <translation>ប្រៀបធៀបបេសកកម្ម</translation>
    </message>
    <message>
        <source>Missions to compare</source>
        <translation>បេសកកម្មដែលត្រូវប្រៀបធៀប</translation>
    </message>
    <message>
        <source>Baseline &amp;rounds too</source>
        <translation>រួមទាំងជុំមូលដ្ឋាន (&amp;R)</translation>
    </message>
    <message>
        <source>Give each mission&apos;s earlier round a wheel of its own</source>
        <translation>ផ្ដល់កង់ដាច់ដោយឡែកដល់ជុំមុនរបស់បេសកកម្មនីមួយៗ</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>នាំចេញគំនូសតាង… (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Missions (tick two or more):</source>
        <translation>បេសកកម្ម (ធីកពីរ ឬច្រើនជាងនេះ)៖ (&amp;M)</translation>
    </message>
    <message>
        <source>Tick two or more missions, or one with “Baseline rounds too”.</source>
        <translation>ធីកបេសកកម្មពីរ ឬច្រើនជាងនេះ ឬមួយជាមួយ “រួមទាំងជុំមូលដ្ឋាន”។</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic in every ticked mission to compare them.</source>
        <translation>បំពេញការវិនិច្ឆ័យ 360° ក្នុងបេសកកម្មដែលបានធីកនីមួយៗ ដើម្បីប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>Wheels side by side</source>
        <translation>កង់នៅក្បែរគ្នា</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>ភាពផ្ទុយគ្នាដែលត្រូវដោះស្រាយ</translation>
    </message>
    <message>
        <source>Type another value, or leave empty to clear</source>
        <translation>វាយតម្លៃផ្សេង ឬទុកទទេដើម្បីសម្អាត</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>រក្សារបស់យើង</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s answer</source>
        <translation>រក្សាចម្លើយរបស់កុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>យករបស់គេ</translation>
    </message>
    <message>
        <source>Take the package&apos;s answer</source>
        <translation>យកចម្លើយរបស់កញ្ចប់</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>ប្រើតម្លៃនេះ</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>ភាពផ្ទុយគ្នាដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>សំណួរ៖</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation>របស់យើង៖</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>របស់គេ៖</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>ឬ៖</translation>
    </message>
    <message>
        <source>Each was changed both here and in an imported package, without seeing the other. Choose which value is right; nothing is overwritten until you do.</source>
        <translation>ចម្លើយនីមួយៗត្រូវបានផ្លាស់ប្ដូរទាំងនៅទីនេះ និងក្នុងកញ្ចប់ដែលបាននាំចូល ដោយមិនឃើញគ្នា។ ជ្រើសតម្លៃដែលត្រឹមត្រូវ គ្មានអ្វីត្រូវសរសេរជាន់ទេ រហូតដល់អ្នកជ្រើស។</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>គ្មានភាពផ្ទុយគ្នាដែលត្រូវដោះស្រាយទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation>
            <numerusform>ចម្លើយ %Ln ដែលត្រូវសម្រេច។</numerusform>
            <numerusform>ចម្លើយ %Ln ដែលត្រូវសម្រេច។</numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(គ្មានចម្លើយ)</translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message>
        <source>Answers changed both here and in an imported package</source>
        <translation>ចម្លើយដែលបានផ្លាស់ប្ដូរទាំងនៅទីនេះ និងក្នុងកញ្ចប់ដែលបាននាំចូល</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>ភាពផ្ទុយគ្នា %Ln ដែលត្រូវដោះស្រាយ</numerusform>
            <numerusform>ភាពផ្ទុយគ្នា %Ln ដែលត្រូវដោះស្រាយ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>របស់យើង</translation>
    </message>
    <message>
        <source>Ours: who, when</source>
        <translation>របស់យើង៖ អ្នកណា ពេលណា</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>របស់គេ</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>របស់គេ៖ អ្នកណា ពេលណា</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code, e.g. camb</source>
        <translation>ឈ្មោះ ឬកូដប្រទេស ឧ. camb</translation>
    </message>
    <message>
        <source>Start typing a country&apos;s name or its three-letter code.</source>
        <translation>ចាប់ផ្ដើមវាយឈ្មោះប្រទេស ឬកូដបីអក្សររបស់វា។</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>ប្រតិទិន…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down or F4)</source>
        <translation>ជ្រើសកាលបរិច្ឆេទពីប្រតិទិន (Alt+ចុះក្រោម ឬ F4)</translation>
    </message>
</context>
<context>
    <name>DebouncedField</name>
    <message>
        <source>This is not complete yet, so it was not saved.</source>
        <translation>នេះមិនទាន់ពេញលេញទេ ដូច្នេះមិនបានរក្សាទុកទេ។</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Fieldwheel</source>
        <translation>សូមស្វាគមន៍មកកាន់ Fieldwheel</translation>
    </message>
    <message>
        <source>There are no missions in this database yet. A mission is one country&apos;s engagement: its diagnostic interviews, validation workshops, pledges and monitoring rounds.

Try the sample missions to see how it works, or create your own.</source>
        <translation>មូលដ្ឋានទិន្នន័យនេះមិនទាន់មានបេសកកម្មនៅឡើយទេ។ បេសកកម្មមួយគឺជាការអមដំណើររបស់ប្រទេសមួយ៖ បទសម្ភាសន៍វិនិច្ឆ័យ សិក្ខាសាលាផ្ទៀងផ្ទាត់ ការសន្យា និងជុំតាមដាន។

សាកល្បងបេសកកម្មគំរូ ដើម្បីមើលរបៀបដំណើរការ ឬបង្កើតបេសកកម្មរបស់អ្នក។</translation>
    </message>
    <message>
        <source>Load the sample missions</source>
        <translation>ផ្ទុកបេសកកម្មគំរូ</translation>
    </message>
    <message>
        <source>Add fictional missions for Madagascar, the Dominican Republic, Mauritania and Cambodia, with filled-in forms, to explore.</source>
        <translation>បន្ថែមបេសកកម្មប្រឌិតសម្រាប់ម៉ាដាហ្គាស្ការ សាធារណរដ្ឋដូមីនីក ម៉ូរីតានី និងកម្ពុជា ជាមួយទម្រង់ដែលបានបំពេញ ដើម្បីស្វែងយល់។</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>បេសកកម្មថ្មី…</translation>
    </message>
    <message>
        <source>Create a mission for your country (Ctrl+N).</source>
        <translation>បង្កើតបេសកកម្មសម្រាប់ប្រទេសរបស់អ្នក (Ctrl+N)។</translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <source>Label language</source>
        <translation>ភាសាស្លាក</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>ស្លាកជាភាសា៖ (&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>នាំចេញគំនូសតាង… (&amp;X)</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>រក្សាទុកគំនូសតាងជារូបភាព PNG ឬគំនូរ SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see this view.</source>
        <translation>ជ្រើសបេសកកម្មមួយ ដើម្បីមើលទិដ្ឋភាពនេះ។</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>កំពុងគណនា…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>កំពុងធ្វើបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>បានរក្សាទុក {name}។</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>នាំចេញកញ្ចប់</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>បង្ហាញពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Optional. A password encrypts the file: nobody can open it, in Fieldwheel or Excel, without the password. It is not stored anywhere and cannot be recovered, so send it to headquarters separately from the file.</source>
        <translation>ស្រេចចិត្ត។ ពាក្យសម្ងាត់អ៊ិនគ្រីបឯកសារ៖ គ្មាននរណាអាចបើកវាបានក្នុង Fieldwheel ឬ Excel ដោយគ្មានពាក្យសម្ងាត់ទេ។ វាមិនត្រូវបានរក្សាទុកកន្លែងណាទេ ហើយមិនអាចយកមកវិញបានទេ ដូច្នេះសូមផ្ញើវាទៅទីស្នាក់ការកណ្ដាលដាច់ដោយឡែកពីឯកសារ។</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>ម្ដងទៀត៖</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>Include wheel charts</source>
        <translation>រួមបញ្ចូលគំនូសតាងកង់</translation>
    </message>
    <message>
        <source>Pictures of each wheel on the Wheel sheet; they make the file larger.</source>
        <translation>រូបភាពកង់នីមួយៗនៅលើសន្លឹកកង់ ធ្វើឱ្យឯកសារធំជាងមុន។</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Names (as KoboToolbox&apos;s default export)</source>
        <translation>ឈ្មោះ (ដូចការនាំចេញលំនាំដើមរបស់ KoboToolbox)</translation>
    </message>
    <message>
        <source>Labels in {language}</source>
        <translation>ស្លាក៖ {language}</translation>
    </message>
    <message>
        <source>What the data sheets&apos; headers and choice answers show: names or labels.</source>
        <translation>អ្វីដែលក្បាលសន្លឹកទិន្នន័យ និងចម្លើយជម្រើសបង្ហាញ៖ ឈ្មោះ ឬស្លាក។</translation>
    </message>
    <message>
        <source>&amp;Headers and choices:</source>
        <translation>ក្បាល និងជម្រើស៖ (&amp;H)</translation>
    </message>
    <message>
        <source>The selected mission:</source>
        <translation>បេសកកម្មដែលបានជ្រើស៖</translation>
    </message>
    <message>
        <source>The selected mission (none is selected)</source>
        <translation>បេសកកម្មដែលបានជ្រើស (មិនទាន់ជ្រើសទេ)</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation>
            <numerusform>បេសកកម្មទាំង %Ln</numerusform>
            <numerusform>បេសកកម្មទាំង %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>បេសកកម្ម</translation>
    </message>
</context>
<context>
    <name>FillSession</name>
    <message>
        <source>Answers changed elsewhere (another window, an import or a resolved conflict) and are shown as stored now: {questions}</source>
        <translation>ចម្លើយបានផ្លាស់ប្ដូរនៅកន្លែងផ្សេង (បង្អួចផ្សេង ការនាំចូល ឬភាពផ្ទុយគ្នាដែលបានដោះស្រាយ) ហើយត្រូវបានបង្ហាញដូចដែលបានរក្សាទុកឥឡូវនេះ៖ {questions}</translation>
    </message>
    <message>
        <source>Repeats changed elsewhere and are shown as stored now.</source>
        <translation>ផ្នែកដដែលៗបានផ្លាស់ប្ដូរនៅកន្លែងផ្សេង ហើយត្រូវបានបង្ហាញដូចដែលបានរក្សាទុកឥឡូវនេះ។</translation>
    </message>
</context>
<context>
    <name>FillerActions</name>
    <message>
        <source>Undo</source>
        <translation>មិនធ្វើវិញ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ធ្វើវិញ</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>ផ្នែកមុន</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>ផ្នែកបន្ទាប់</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>សម្គាល់ថាបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Language of the form&apos;s questions</source>
        <translation>ភាសានៃសំណួររបស់ទម្រង់</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>This submission is complete; edits are still saved (Ctrl+Enter)</source>
        <translation>ការបញ្ជូននេះបានបញ្ចប់ហើយ ការកែនៅតែត្រូវបានរក្សាទុក (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check every answer and mark the submission complete (Ctrl+Enter)</source>
        <translation>ពិនិត្យចម្លើយនីមួយៗ ហើយសម្គាល់ការបញ្ជូនថាបានបញ្ចប់ (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message>
        <source>Saved · {time}</source>
        <translation>បានរក្សាទុក · {time}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>មិនបានរក្សាទុក៖ {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation>
            <numerusform>ចម្លើយ %Ln ត្រូវការការយកចិត្តទុកដាក់ មុននឹងអាចសម្គាល់ថាបានបញ្ចប់។ ទីមួយ៖ {message}</numerusform>
            <numerusform>ចម្លើយ %Ln ត្រូវការការយកចិត្តទុកដាក់ មុននឹងអាចសម្គាល់ថាបានបញ្ចប់។ ទីមួយ៖ {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked complete · {time}</source>
        <translation>បានសម្គាល់ថាបានបញ្ចប់ · {time}</translation>
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
        <translation>លំនាំដើម</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>របាយការណ៍នាំចូល</translation>
    </message>
    <message>
        <source>Accept these edits as…</source>
        <translation>ទទួលយកការកែទាំងនេះក្នុងនាម…</translation>
    </message>
    <message>
        <source>Import the file with the changed cells recorded as this person&apos;s edits</source>
        <translation>នាំចូលឯកសារ ដោយកត់ត្រាក្រឡាដែលបានផ្លាស់ប្ដូរជាការកែរបស់មនុស្សនេះ</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>បញ្ចូលពាក្យសម្ងាត់…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>ដោះស្រាយភាពផ្ទុយគ្នា…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>កញ្ចប់ត្រូវបាននាំចូល។</translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation>កញ្ចប់មិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{imported} of {total} packages imported.</source>
        <translation>បាននាំចូលកញ្ចប់ {imported} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <source>Changed cells: {cells}</source>
        <translation>ក្រឡាដែលបានផ្លាស់ប្ដូរ៖ {cells}</translation>
    </message>
    <message>
        <source>Added: {added}
Updated: {updated}
Unchanged: {unchanged}</source>
        <translation>បានបន្ថែម៖ {added}
បានធ្វើបច្ចុប្បន្នភាព៖ {updated}
មិនផ្លាស់ប្ដូរ៖ {unchanged}</translation>
    </message>
    <message>
        <source>Whose edits are these? Each changed cell is recorded as this person&apos;s edit.</source>
        <translation>តើការកែទាំងនេះជារបស់អ្នកណា? ក្រឡាដែលបានផ្លាស់ប្ដូរនីមួយៗត្រូវបានកត់ត្រាជាការកែរបស់មនុស្សនេះ។</translation>
    </message>
    <message>
        <source>Import it unsigned</source>
        <translation>នាំចូលដោយគ្មានហត្ថលេខា</translation>
    </message>
    <message>
        <source>Only if you trust where the file came from; the report will say it is unsigned</source>
        <translation>លុះត្រាតែអ្នកទុកចិត្តប្រភពឯកសារ របាយការណ៍នឹងបញ្ជាក់ថាវាគ្មានហត្ថលេខា</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាព</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>មិនផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ភាពផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Forms, missions, submissions and answers together</source>
        <translation>ទម្រង់ បេសកកម្ម ការបញ្ជូន និងចម្លើយរួមគ្នា</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <source>KPI charts</source>
        <translation>គំនូសតាង KPI</translation>
    </message>
    <message>
        <source>Fill a monitoring round for this mission to follow its KPIs.</source>
        <translation>បំពេញជុំតាមដានសម្រាប់បេសកកម្មនេះ ដើម្បីតាមដាន KPI របស់វា។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>KPI %Ln</numerusform>
            <numerusform>KPI %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation>
            <numerusform>ជុំតាមដាន %Ln</numerusform>
            <numerusform>ជុំតាមដាន %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submissions</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>កង់</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>ការសន្យា</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>បេសកកម្មថ្មី… (&amp;N)</translation>
    </message>
    <message>
        <source>Create a mission</source>
        <translation>បង្កើតបេសកកម្ម</translation>
    </message>
    <message>
        <source>&amp;Edit mission…</source>
        <translation>កែបេសកកម្ម… (&amp;E)</translation>
    </message>
    <message>
        <source>Change the selected mission</source>
        <translation>ផ្លាស់ប្ដូរបេសកកម្មដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>លុប… (&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected submission, or the selected mission</source>
        <translation>លុបការបញ្ជូនដែលបានជ្រើស ឬបេសកកម្មដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Load the &amp;sample missions</source>
        <translation>ផ្ទុកបេសកកម្មគំរូ (&amp;S)</translation>
    </message>
    <message>
        <source>Add fictional missions for four partner countries, with filled-in forms</source>
        <translation>បន្ថែមបេសកកម្មប្រឌិតសម្រាប់ប្រទេសដៃគូបួន ជាមួយទម្រង់ដែលបានបំពេញ</translation>
    </message>
    <message>
        <source>&amp;Compare missions…</source>
        <translation>ប្រៀបធៀបបេសកកម្ម… (&amp;C)</translation>
    </message>
    <message>
        <source>See several missions&apos; wheels side by side, block by block</source>
        <translation>មើលកង់របស់បេសកកម្មច្រើននៅក្បែរគ្នា តាមសមាសភាគនីមួយៗ</translation>
    </message>
    <message>
        <source>New &amp;submission…</source>
        <translation>ការបញ្ជូនថ្មី… (&amp;S)</translation>
    </message>
    <message>
        <source>Start a submission from a built-in form</source>
        <translation>ចាប់ផ្ដើមការបញ្ជូនពីទម្រង់ដែលមានស្រាប់</translation>
    </message>
    <message>
        <source>New submission from an XLSForm &amp;file…</source>
        <translation>ការបញ្ជូនថ្មីពីឯកសារ XLSForm… (&amp;F)</translation>
    </message>
    <message>
        <source>Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)</source>
        <translation>ចាប់ផ្ដើមការបញ្ជូនពីឯកសារ XLSForm (.xlsx, .xls, .csv, .md)</translation>
    </message>
    <message>
        <source>&amp;Open submission</source>
        <translation>បើកការបញ្ជូន (&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected submission to fill it in</source>
        <translation>បើកការបញ្ជូនដែលបានជ្រើស ដើម្បីបំពេញ</translation>
    </message>
    <message>
        <source>Open as workshop &amp;board</source>
        <translation>បើកជាក្ដារសិក្ខាសាលា (&amp;B)</translation>
    </message>
    <message>
        <source>Capture the selected validation workshop live, with a projector view</source>
        <translation>កត់ត្រាសិក្ខាសាលាផ្ទៀងផ្ទាត់ដែលបានជ្រើសផ្ទាល់ ជាមួយទិដ្ឋភាពម៉ាស៊ីនបញ្ចាំង</translation>
    </message>
    <message>
        <source>Start &amp;workshop</source>
        <translation>ចាប់ផ្ដើមសិក្ខាសាលា (&amp;W)</translation>
    </message>
    <message>
        <source>Start a validation workshop on the selected mission and open its board</source>
        <translation>ចាប់ផ្ដើមសិក្ខាសាលាផ្ទៀងផ្ទាត់លើបេសកកម្មដែលបានជ្រើស ហើយបើកក្ដាររបស់វា</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>អានបញ្ជីម្ដងទៀត</translation>
    </message>
    <message>
        <source>Open &amp;server database…</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យលើម៉ាស៊ីនមេ… (&amp;S)</translation>
    </message>
    <message>
        <source>Work on your organisation&apos;s PostgreSQL database, shared by analysts</source>
        <translation>ធ្វើការលើមូលដ្ឋានទិន្នន័យ PostgreSQL របស់ស្ថាប័នអ្នក ដែលអ្នកវិភាគប្រើរួមគ្នា</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>នាំចេញ… (&amp;E)</translation>
    </message>
    <message>
        <source>Write missions as one Excel package to carry to headquarters</source>
        <translation>សរសេរបេសកកម្មជាកញ្ចប់ Excel មួយ ដើម្បីយកទៅទីស្នាក់ការកណ្ដាល</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>នាំចូល… (&amp;I)</translation>
    </message>
    <message>
        <source>Import and merge Excel packages from the field</source>
        <translation>នាំចូល និងបញ្ចូលកញ្ចប់ Excel ពីមូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>ដោះស្រាយភាពផ្ទុយគ្នា… (&amp;C)</translation>
    </message>
    <message>
        <source>Choose between answers changed both here and in a package</source>
        <translation>ជ្រើសរវាងចម្លើយដែលបានផ្លាស់ប្ដូរទាំងនៅទីនេះ និងក្នុងកញ្ចប់</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>របាយការណ៍… (&amp;R)</translation>
    </message>
    <message>
        <source>Write the selected mission&apos;s report or workshop minutes as a PDF</source>
        <translation>សរសេររបាយការណ៍របស់បេសកកម្មដែលបានជ្រើស ឬកំណត់ហេតុសិក្ខាសាលាជា PDF</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>ឈ្មោះរបស់អ្នក… (&amp;N)</translation>
    </message>
    <message>
        <source>Change the name your edits in this database are credited to</source>
        <translation>ផ្លាស់ប្ដូរឈ្មោះដែលការកែរបស់អ្នកក្នុងមូលដ្ឋានទិន្នន័យនេះត្រូវបានកត់ត្រា</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <source>Close Fieldwheel</source>
        <translation>បិទ Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>បេសកកម្ម (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>ការបញ្ជូន (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>ស្វែងរក… (&amp;S)</translation>
    </message>
    <message>
        <source>Find answers, evidence, chosen answers and missions</source>
        <translation>ស្វែងរកចម្លើយ ភស្តុតាង ជម្រើស និងបេសកកម្ម</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ភាសា (&amp;L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>មេ</translation>
    </message>
    <message>
        <source>Database: {path} — every change is saved as you make it.</source>
        <translation>មូលដ្ឋានទិន្នន័យ៖ {path} — ការផ្លាស់ប្ដូរនីមួយៗត្រូវបានរក្សាទុកភ្លាមៗ។</translation>
    </message>
    <message>
        <source>Editing as {name}</source>
        <translation>កំពុងកែក្នុងនាម {name}</translation>
    </message>
    <message>
        <source>Who is editing?</source>
        <translation>តើអ្នកណាកំពុងកែ?</translation>
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
        <translation>បានបង្កើតបេសកកម្ម។</translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation>បានរក្សាទុកបេសកកម្ម។</translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation>
            <numerusform>លុបបេសកកម្ម “{title}” និងការបញ្ជូន %Ln របស់វា? វានឹងបាត់ពីបញ្ជីរបស់កុំព្យូទ័រនេះ។</numerusform>
            <numerusform>លុបបេសកកម្ម “{title}” និងការបញ្ជូន %Ln របស់វា? វានឹងបាត់ពីបញ្ជីរបស់កុំព្យូទ័រនេះ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>លុបបេសកកម្ម</translation>
    </message>
    <message>
        <source>Mission deleted.</source>
        <translation>បានលុបបេសកកម្ម។</translation>
    </message>
    <message>
        <source>Delete the submission “{form}” by {author}?</source>
        <translation>លុបការបញ្ជូន “{form}” ដោយ {author}?</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>លុបការបញ្ជូន</translation>
    </message>
    <message>
        <source>Submission deleted.</source>
        <translation>បានលុបការបញ្ជូន។</translation>
    </message>
    <message>
        <source>Building the sample missions…</source>
        <translation>កំពុងបង្កើតបេសកកម្មគំរូ…</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>កែបេសកកម្ម</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>បេសកកម្មថ្មី</translation>
    </message>
    <message>
        <source>Where the mission is in the four-phase engagement.</source>
        <translation>ទីតាំងរបស់បេសកកម្មក្នុងការអមដំណើរបួនដំណាក់កាល។</translation>
    </message>
    <message>
        <source>e.g. Cambodia digital transformation diagnostic</source>
        <translation>ឧ. ការវិនិច្ឆ័យការផ្លាស់ប្ដូរឌីជីថលនៅកម្ពុជា</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>ឈ្មោះមួយក្នុងមួយបន្ទាត់</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ប្រទេស (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>ដំណាក់កាល (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>ថ្ងៃចាប់ផ្ដើម (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>ថ្ងៃបញ្ចប់ (&amp;E)</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>ក្រុម (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>កំណត់ចំណាំ (&amp;N)</translation>
    </message>
    <message>
        <source>Discard what you typed in this mission?</source>
        <translation>បោះបង់អ្វីដែលអ្នកបានវាយក្នុងបេសកកម្មនេះ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>MissionModel</name>
    <message>
        <source>Country</source>
        <translation>ប្រទេស</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>ការបញ្ជូន</translation>
    </message>
</context>
<context>
    <name>MissionPanel</name>
    <message>
        <source>Missions</source>
        <translation>បេសកកម្ម</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;បេសកកម្ម&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>New submission</source>
        <translation>ការបញ្ជូនថ្មី</translation>
    </message>
    <message>
        <source>Start a submission in &lt;b&gt;{mission}&lt;/b&gt;.</source>
        <translation>ចាប់ផ្ដើមការបញ្ជូនក្នុង &lt;b&gt;{mission}&lt;/b&gt;។</translation>
    </message>
    <message>
        <source>Built-in forms</source>
        <translation>ទម្រង់ដែលមានស្រាប់</translation>
    </message>
    <message>
        <source>Recorded as the author of the submission.</source>
        <translation>កត់ត្រាជាអ្នកនិពន្ធនៃការបញ្ជូន។</translation>
    </message>
    <message>
        <source>Use an XLSForm &amp;file…</source>
        <translation>ប្រើឯកសារ XLSForm… (&amp;F)</translation>
    </message>
    <message>
        <source>Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk.</source>
        <translation>ចាប់ផ្ដើមពី XLSForm (.xlsx, .xls, .csv ឬ .md) នៅលើថាស។</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>ចាប់ផ្ដើម (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>ឈ្មោះរបស់អ្នក (&amp;Y)</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Type the date as digits, e.g. 20261201; empty: not set</source>
        <translation>វាយកាលបរិច្ឆេទជាលេខ ឧ. 20261201 ទទេ៖ មិនកំណត់</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>ប្រតិទិន…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>ជ្រើសកាលបរិច្ឆេទលើប្រតិទិន</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>ជ្រើសកាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>ទម្រង់ %Ln</numerusform>
            <numerusform>ទម្រង់ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>បេសកកម្ម %Ln</numerusform>
            <numerusform>បេសកកម្ម %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s)</source>
        <translation>
            <numerusform>ការបញ្ជូន %Ln</numerusform>
            <numerusform>ការបញ្ជូន %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>ចម្លើយ %Ln</numerusform>
            <numerusform>ចម្លើយ %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation>
            <numerusform>កំពុងនាំចូលកញ្ចប់ %Ln…</numerusform>
            <numerusform>កំពុងនាំចូលកញ្ចប់ %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation>
            <numerusform>{name} ត្រូវបានកែដោយដៃបន្ទាប់ពីនាំចេញ ក្នុងក្រឡា %Ln។ ទទួលយកការផ្លាស់ប្ដូរជាការកែរបស់នរណាម្នាក់ ឬនាំចូលឯកសារដូចពេលនាំចេញ។</numerusform>
            <numerusform>{name} ត្រូវបានកែដោយដៃបន្ទាប់ពីនាំចេញ ក្នុងក្រឡា %Ln។ ទទួលយកការផ្លាស់ប្ដូរជាការកែរបស់នរណាម្នាក់ ឬនាំចូលឯកសារដូចពេលនាំចេញ។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Pledge map chart</source>
        <translation>ផែនទីការសន្យា</translation>
    </message>
    <message>
        <source>Fill a P2C pledge register for this mission to map its pledges.</source>
        <translation>បំពេញបញ្ជីការសន្យា P2C សម្រាប់បេសកកម្មនេះ ដើម្បីគូសផែនទីការសន្យារបស់វា។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>ការសន្យា %Ln</numerusform>
            <numerusform>ការសន្យា %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation>
            <numerusform>អាទិភាពដែលបានផ្ទៀងផ្ទាត់ %Ln គ្មានការសន្យា</numerusform>
            <numerusform>អាទិភាពដែលបានផ្ទៀងផ្ទាត់ %Ln គ្មានការសន្យា</numerusform>
        </translation>
    </message>
    <message>
        <source>no validation workshop yet</source>
        <translation>មិនទាន់មានសិក្ខាសាលាផ្ទៀងផ្ទាត់</translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <source>No priority selected.</source>
        <translation>មិនបានជ្រើសអាទិភាពទេ។</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(មិនទាន់មានចំណងជើង)</translation>
    </message>
    <message>
        <source>Priority {rank}: {title}</source>
        <translation>អាទិភាព {rank}៖ {title}</translation>
    </message>
</context>
<context>
    <name>PrioritySteps</name>
    <message>
        <source>Add priority</source>
        <translation>បន្ថែមអាទិភាព</translation>
    </message>
    <message>
        <source>Re-rank priority</source>
        <translation>រៀបលំដាប់អាទិភាពឡើងវិញ</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>ដកអាទិភាពចេញ</translation>
    </message>
    <message>
        <source>Add the proposed agenda</source>
        <translation>បន្ថែមរបៀបវារៈដែលបានស្នើ</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Workshop — projector</source>
        <translation>សិក្ខាសាលា — ម៉ាស៊ីនបញ្ចាំង</translation>
    </message>
    <message>
        <source>Priority {rank} of {total}</source>
        <translation>អាទិភាព {rank} ក្នុងចំណោម {total}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(មិនទាន់មានចំណងជើង)</translation>
    </message>
    <message>
        <source>No building block yet</source>
        <translation>មិនទាន់មានសមាសភាគ</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>មិនទាន់សម្រេច</translation>
    </message>
    <message>
        <source>No votes counted yet</source>
        <translation>មិនទាន់រាប់សម្លេងឆ្នោត</translation>
    </message>
    <message>
        <source>For</source>
        <translation>គាំទ្រ</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ជំទាស់</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>អនុប្បវាទ</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>អ្នកទទួលខុសត្រូវ៖ {owner}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>ផុតកំណត់ {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation>
            <numerusform>អាទិភាព %Ln</numerusform>
            <numerusform>អាទិភាព %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: {count}</source>
        <translation>មិនទាន់សម្រេច៖ {count}</translation>
    </message>
    <message>
        <source>No building block addressed yet.</source>
        <translation>មិនទាន់មានសមាសភាគណាត្រូវបានដោះស្រាយ។</translation>
    </message>
    <message>
        <source>Building blocks addressed</source>
        <translation>សមាសភាគដែលបានដោះស្រាយ</translation>
    </message>
</context>
<context>
    <name>RadioField</name>
    <message>
        <source>Clear</source>
        <translation>សម្អាត</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>ដកចម្លើយនេះចេញ</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Remove entry</source>
        <translation>ដកធាតុចេញ</translation>
    </message>
    <message>
        <source>Remove “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation>ដក “{title}” និងចម្លើយទាំងអស់របស់វាចេញ? អ្នកអាចមិនធ្វើវិញដោយ Ctrl+Z។</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>បន្ថែមទៅ {label}</translation>
    </message>
    <message>
        <source>Add to {label} ({keys})</source>
        <translation>បន្ថែមទៅ {label} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ផ្លាស់ឡើងលើ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>ផ្លាស់ចុះក្រោម</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report</source>
        <translation>របាយការណ៍បេសកកម្ម</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>បង្កើត PDF</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>របាយការណ៍ពេញ</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>កំណត់ហេតុសិក្ខាសាលា</translation>
    </message>
    <message>
        <source>The mission has no validation workshop yet.</source>
        <translation>បេសកកម្មមិនទាន់មានសិក្ខាសាលាផ្ទៀងផ្ទាត់ទេ។</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>ក្រដាស Letter អាមេរិក</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>រកមើល… (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ភាសា៖ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ប្រភេទ៖ (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ក្រដាស៖ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ឯកសារ៖ (&amp;F)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>រក្សាទុករបាយការណ៍</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Words, word* for a prefix, &quot;a phrase&quot; — answers, choices, missions</source>
        <translation>ពាក្យ ពាក្យ* សម្រាប់បុព្វបទ “ឃ្លា” — ចម្លើយ ជម្រើស បេសកកម្ម</translation>
    </message>
    <message>
        <source>Enter or double-click opens the submission at that question; Esc closes.</source>
        <translation>Enter ឬចុចពីរដងបើកការបញ្ជូននៅសំណួរនោះ Esc បិទ។</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>បេសកកម្មទាំងអស់</translation>
    </message>
    <message>
        <source>The best {count} matches; add a word to narrow the search.</source>
        <translation>លទ្ធផលល្អបំផុត {count} បន្ថែមពាក្យដើម្បីបង្រួមការស្វែងរក។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first.</source>
        <translation>
            <numerusform>លទ្ធផល %Ln ល្អបំផុតមុន។</numerusform>
            <numerusform>លទ្ធផល %Ln ល្អបំផុតមុន។</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>រកមិនឃើញអ្វីទេ។</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Mission</source>
        <translation>បេសកកម្ម</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>សំណួរ</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>លទ្ធផល</translation>
    </message>
    <message>
        <source>the mission itself</source>
        <translation>បេសកកម្មខ្លួនឯង</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>ចំណងជើងបេសកកម្ម</translation>
    </message>
    <message>
        <source>Mission notes</source>
        <translation>កំណត់ចំណាំបេសកកម្ម</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>បានឆ្លើយ {answered} ក្នុងចំណោម {total}</translation>
    </message>
    <message>
        <source>{n} required still empty</source>
        <translation>ចាំបាច់ {n} នៅទទេ</translation>
    </message>
    <message>
        <source>{n} answers not accepted</source>
        <translation>ចម្លើយ {n} មិនត្រូវបានទទួលយក</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fieldwheel never stores passwords: remove it from the address and let PostgreSQL find it in the PGPASSWORD variable, in ~/.pgpass or in a service file (pg_service.conf).</source>
        <translation>Fieldwheel មិនដែលរក្សាទុកពាក្យសម្ងាត់ទេ៖ សូមដកវាចេញពីអាសយដ្ឋាន ហើយទុកឱ្យ PostgreSQL រកវាក្នុងអថេរ PGPASSWORD ក្នុង ~/.pgpass ឬក្នុងឯកសារសេវា (pg_service.conf)។</translation>
    </message>
    <message>
        <source>Say which database on the server to open, for example {example}.</source>
        <translation>សូមបញ្ជាក់ថាត្រូវបើកមូលដ្ឋានទិន្នន័យណាលើម៉ាស៊ីនមេ ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>A server database&apos;s address starts with postgresql://, for example {example}.</source>
        <translation>អាសយដ្ឋាននៃមូលដ្ឋានទិន្នន័យលើម៉ាស៊ីនមេ ចាប់ផ្តើមដោយ postgresql:// ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>ច្រកត្រូវតែជាលេខពី 1 ដល់ 65535។</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>បើកមូលដ្ឋានទិន្នន័យលើម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <source>Choose one opened before</source>
        <translation>ជ្រើសរើសមួយដែលបានបើកពីមុន</translation>
    </message>
    <message>
        <source>e.g. hq-server.example.org</source>
        <translation>ឧ. hq-server.example.org</translation>
    </message>
    <message>
        <source>5432 (PostgreSQL&apos;s usual port)</source>
        <translation>5432 (ច្រកធម្មតារបស់ PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. fieldwheel</source>
        <translation>ឧ. fieldwheel</translation>
    </message>
    <message>
        <source>Fieldwheel never stores passwords. When the server asks for one, PostgreSQL reads it from the PGPASSWORD variable, from ~/.pgpass or from a service file.</source>
        <translation>Fieldwheel មិនដែលរក្សាទុកពាក្យសម្ងាត់ទេ។ នៅពេលម៉ាស៊ីនមេសុំពាក្យសម្ងាត់ PostgreSQL អានវាពីអថេរ PGPASSWORD ពី ~/.pgpass ឬពីឯកសារសេវា។</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>ថ្មីៗ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>ម៉ាស៊ីន (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>ច្រក (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>មូលដ្ឋានទិន្នន័យ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>អ្នកប្រើ (&amp;U)</translation>
    </message>
    <message>
        <source>or &amp;URL</source>
        <translation>ឬ URL (&amp;L)</translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>អ្នកនិពន្ធ</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>ការផ្លាស់ប្ដូរចុងក្រោយ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>បានឆ្លើយ</translation>
    </message>
    <message>
        <source>{form_id}, version {version}</source>
        <translation>{form_id} កំណែ {version}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>បានបញ្ចប់</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>សេចក្ដីព្រាង</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Submissions</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a submission.</source>
        <translation>ចុចពីរដង ឬចុច Enter ដើម្បីបើកការបញ្ជូន។</translation>
    </message>
    <message>
        <source>Submissions of “{title}”</source>
        <translation>ការបញ្ជូនរបស់ “{title}”</translation>
    </message>
    <message>
        <source>Choose a mission to see its submissions.</source>
        <translation>ជ្រើសបេសកកម្មមួយ ដើម្បីមើលការបញ្ជូនរបស់វា។</translation>
    </message>
    <message>
        <source>No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N).</source>
        <translation>មិនទាន់មានការបញ្ជូនទេ។ ចាប់ផ្ដើមមួយដោយ ការបញ្ជូន ▸ ការបញ្ជូនថ្មី (Ctrl+Shift+N)។</translation>
    </message>
</context>
<context>
    <name>SubmissionStarter</name>
    <message>
        <source>Reading the built-in forms…</source>
        <translation>កំពុងអានទម្រង់ដែលមានស្រាប់…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>កំពុងអាន {name}…</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <source>Not supported on desktop yet ({type})</source>
        <translation>មិនទាន់គាំទ្រលើកុំព្យូទ័រទេ ({type})</translation>
    </message>
</context>
<context>
    <name>WheelDetails</name>
    <message>
        <source>Choose a block…</source>
        <translation>ជ្រើសសមាសភាគ…</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>សមាសភាគ</translation>
    </message>
    <message>
        <source>Question and respondent</source>
        <translation>សំណួរ និងអ្នកឆ្លើយ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>ចម្លើយ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block details&lt;/b&gt;</source>
        <translation>&lt;b&gt;ព័ត៌មានលម្អិតនៃសមាសភាគ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a block of the wheel, or choose one above, to see its questions and every answer.</source>
        <translation>ចុចលើសមាសភាគមួយនៃកង់ ឬជ្រើសមួយខាងលើ ដើម្បីមើលសំណួរ និងចម្លើយទាំងអស់របស់វា។</translation>
    </message>
    <message>
        <source>No answer scores this block yet.</source>
        <translation>មិនទាន់មានចម្លើយណាផ្ដល់ពិន្ទុដល់សមាសភាគនេះទេ។</translation>
    </message>
    <message>
        <source>Median {median} across {n} groups, ranging from {low} to {high}.</source>
        <translation>មធ្យមភាគ {median} ក្នុងចំណោមក្រុម {n} ពី {low} ដល់ {high}។</translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation>ពិន្ទុ {score}។</translation>
    </message>
    <message>
        <source>{answered} of {total} answers given.</source>
        <translation>បានផ្ដល់ចម្លើយ {answered} ក្នុងចំណោម {total}។</translation>
    </message>
    <message>
        <source>Target {target}.</source>
        <translation>គោលដៅ {target}។</translation>
    </message>
    <message>
        <source>Baseline {score}.</source>
        <translation>មូលដ្ឋាន {score}។</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(គ្មានចម្លើយ)</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Label language</source>
        <translation>ភាសាស្លាក</translation>
    </message>
    <message>
        <source>The form language of the chart and the details</source>
        <translation>ភាសាទម្រង់សម្រាប់គំនូសតាង និងព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>ស្លាកជាភាសា៖ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>នាំចេញ… (&amp;E)</translation>
    </message>
    <message>
        <source>Save the wheel as a PNG image or an SVG drawing</source>
        <translation>រក្សាទុកកង់ជារូបភាព PNG ឬគំនូរ SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see its wheel.</source>
        <translation>ជ្រើសបេសកកម្មមួយ ដើម្បីមើលកង់របស់វា។</translation>
    </message>
    <message>
        <source>Drawing the wheel…</source>
        <translation>កំពុងគូរកង់…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>កំពុងធ្វើបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic to see the wheel.</source>
        <translation>បំពេញការវិនិច្ឆ័យ 360° ដើម្បីមើលកង់។</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation>
            <numerusform>អ្នកឆ្លើយ %Ln · ចម្លើយរហូតដល់ {date}</numerusform>
            <numerusform>អ្នកឆ្លើយ %Ln · ចម្លើយរហូតដល់ {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>មិនទាន់មានទិន្នន័យ</translation>
    </message>
    <message>
        <source>Median {median} of {n} groups ({low}–{high})</source>
        <translation>មធ្យមភាគ {median} នៃក្រុម {n} ({low}–{high})</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>ពិន្ទុ {score}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>បានរក្សាទុក {name}។</translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <source>Wheel chart</source>
        <translation>គំនូសតាងកង់</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · F7: timer on the projector · Ctrl+=/Ctrl+-: zoom</source>
        <translation>Enter លើជួរចុងក្រោយ៖ អាទិភាពថ្មី · លើក្រឡាលទ្ធផល ឬសម្លេងឆ្នោត V បានផ្ទៀងផ្ទាត់ M បានកែ R បានបដិសេធ D បានពន្យារ · Tab៖ ក្រឡាបន្ទាប់ · Alt+↑/↓៖ រៀបលំដាប់ឡើងវិញ · F5៖ ម៉ាស៊ីនបញ្ចាំង · F6៖ សេចក្ដីសង្ខេប · F7៖ នាឡិកាលើម៉ាស៊ីនបញ្ចាំង · Ctrl+=/Ctrl+-៖ ពង្រីក</translation>
    </message>
    <message>
        <source>Workshop board · {author} — {mission} — {database} — Fieldwheel</source>
        <translation>ក្ដារសិក្ខាសាលា · {author} — {mission} — {database} — Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>ក្ដារ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Add priority</source>
        <translation>បន្ថែមអាទិភាព (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Proposed agenda from the wheel…</source>
        <translation>របៀបវារៈដែលបានស្នើពីកង់… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>អាទិភាព (&amp;I)</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>វត្តមាន (&amp;T)</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>ម៉ាស៊ីនបញ្ចាំង (&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Summary on the projector</source>
        <translation>សេចក្ដីសង្ខេបលើម៉ាស៊ីនបញ្ចាំង (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Timer on the projector</source>
        <translation>នាឡិកាលើម៉ាស៊ីនបញ្ចាំង (&amp;T)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ពង្រីក (&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>បង្រួម (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>ទំហំធម្មតា (&amp;N)</translation>
    </message>
    <message>
        <source>Every scored building block already has a priority on the board.</source>
        <translation>សមាសភាគដែលមានពិន្ទុនីមួយៗមានអាទិភាពនៅលើក្ដាររួចហើយ។</translation>
    </message>
    <message>
        <source>Proposed priorities added; Ctrl+Z takes them back.</source>
        <translation>បានបន្ថែមអាទិភាពដែលបានស្នើ Ctrl+Z ដកវាវិញ។</translation>
    </message>
    <message>
        <source>Priority {rank}: {time}</source>
        <translation>អាទិភាព {rank}៖ {time}</translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <source>Your name, as it should appear beside every answer you enter or change in {database}:</source>
        <translation>ឈ្មោះរបស់អ្នក ដូចដែលគួរបង្ហាញក្បែរចម្លើយនីមួយៗដែលអ្នកបញ្ចូល ឬផ្លាស់ប្ដូរក្នុង {database}៖</translation>
    </message>
</context>
<context>
    <name>engagement</name>
    <message>
        <source>On track</source>
        <translation>តាមគន្លង</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>មានហានិភ័យ</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>ចេញពីគន្លង</translation>
    </message>
    <message>
        <source>weak, no pledge</source>
        <translation>ខ្សោយ គ្មានការសន្យា</translation>
    </message>
    <message>
        <source>{n} unpledged</source>
        <translation>{n} គ្មានការសន្យា</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>សមាសភាគ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ពិន្ទុ</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>ការសន្យា</translation>
    </message>
    <message>
        <source>Amounts (per currency)</source>
        <translation>ចំនួនទឹកប្រាក់ (តាមរូបិយប័ណ្ណ)</translation>
    </message>
    <message>
        <source>Pledgers</source>
        <translation>អ្នកសន្យា</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>អាទិភាព</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>ការព្រមាន</translation>
    </message>
    <message>
        <source>GAP: no pledge</source>
        <translation>គម្លាត៖ គ្មានការសន្យា</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>លំដាប់</translation>
    </message>
    <message>
        <source>Validated priority</source>
        <translation>អាទិភាពដែលបានផ្ទៀងផ្ទាត់</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>សន្យាដោយ</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>គោលដៅ</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>គ្មានតម្លៃ</translation>
    </message>
    <message>
        <source>current</source>
        <translation>បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>មូលដ្ឋាន</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>សរុប</translation>
    </message>
</context>
<context>
    <name>engagement_export</name>
    <message>
        <source>Export the chart</source>
        <translation>នាំចេញគំនូសតាង</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>គំនូសតាង</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>កំពុងរក្សាទុកគំនូសតាង…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Fieldwheel. Every answer saved so far is safe; please copy the details and send them to your support contact.</source>
        <translation>មានបញ្ហាកើតឡើងក្នុង Fieldwheel។ ចម្លើយទាំងអស់ដែលបានរក្សាទុករហូតមកដល់ពេលនេះមានសុវត្ថិភាព សូមចម្លងព័ត៌មានលម្អិត ហើយផ្ញើទៅអ្នកគាំទ្ររបស់អ្នក។</translation>
    </message>
    <message>
        <source>The details are also in {path}.</source>
        <translation>ព័ត៌មានលម្អិតក៏មាននៅក្នុង {path} ដែរ។</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>ចម្លងព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation>ចម្លងព័ត៌មានលម្អិតបច្ចេកទេសទៅក្ដារតម្បៀតខ្ទាស់</translation>
    </message>
</context>
<context>
    <name>package_export</name>
    <message>
        <source>Exporting {name}…</source>
        <translation>កំពុងនាំចេញ {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>បាននាំចេញ {path}។</translation>
    </message>
    <message>
        <source>{name} is ready: {missions}, {submissions} and {answers}. Carry this one file to headquarters.</source>
        <translation>{name} រួចរាល់៖ {missions} {submissions} និង {answers}។ យកឯកសារតែមួយនេះទៅទីស្នាក់ការកណ្ដាល។</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>បង្ហាញក្នុងថត</translation>
    </message>
</context>
<context>
    <name>package_import</name>
    <message>
        <source>{name} is protected by a password. Type its password:</source>
        <translation>{name} ត្រូវបានការពារដោយពាក្យសម្ងាត់។ វាយពាក្យសម្ងាត់របស់វា៖</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>កំពុងនាំចូល {name}…</translation>
    </message>
</context>
<context>
    <name>package_report</name>
    <message>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>បាននាំចូលរួចហើយ</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>មិនបាននាំចូល</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>បានបោះបង់</translation>
    </message>
    <message>
        <source>Cancelled before its turn; nothing from {name} was imported.</source>
        <translation>បានបោះបង់មុនដល់វេន គ្មានអ្វីពី {name} ត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <source>{name} is protected by a password, and none was given.</source>
        <translation>{name} ត្រូវបានការពារដោយពាក្យសម្ងាត់ ហើយមិនបានផ្ដល់ពាក្យសម្ងាត់ទេ។</translation>
    </message>
    <message>
        <source>{name} is not signed: it was written before Fieldwheel signed packages, or its signature was removed. Import it unsigned only if you trust where it came from.</source>
        <translation>{name} គ្មានហត្ថលេខា៖ វាត្រូវបានសរសេរមុនពេល Fieldwheel ចុះហត្ថលេខាលើកញ្ចប់ ឬហត្ថលេខារបស់វាត្រូវបានដកចេញ។ នាំចូលវាដោយគ្មានហត្ថលេខា លុះត្រាតែអ្នកទុកចិត្តប្រភពរបស់វា។</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Initiation</source>
        <translation>ការចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>យុទ្ធសាស្ត្រ</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>ការតាមដាន</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>XLSForms ({patterns})</source>
        <translation>XLSForm ({patterns})</translation>
    </message>
    <message>
        <source>Open an XLSForm</source>
        <translation>បើក XLSForm</translation>
    </message>
    <message>
        <source>Fieldwheel packages (*.xlsx)</source>
        <translation>កញ្ចប់ Fieldwheel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>នាំចេញកញ្ចប់</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>គំនូរ SVG (*.svg)</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>នាំចូលកញ្ចប់</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Making the report {name}…</source>
        <translation>កំពុងបង្កើតរបាយការណ៍ {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>បានសរសេររបាយការណ៍ទៅ {path}។</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>កែ {path}</translation>
    </message>
    <message>
        <source>Add {path}</source>
        <translation>បន្ថែម {path}</translation>
    </message>
    <message>
        <source>Remove {path}</source>
        <translation>ដក {path} ចេញ</translation>
    </message>
    <message>
        <source>Move {path}</source>
        <translation>ផ្លាស់ទី {path}</translation>
    </message>
</context>
<context>
    <name>wheel_export</name>
    <message>
        <source>Export the wheel</source>
        <translation>នាំចេញកង់</translation>
    </message>
    <message>
        <source>Saving the wheel…</source>
        <translation>កំពុងរក្សាទុកកង់…</translation>
    </message>
</context>
</TS>
