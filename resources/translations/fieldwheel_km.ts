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
    <name>ChartTab</name>
    <message>
        <source>Label language</source>
        <translation>ភាសាស្លាក</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>ស្លាកជាភាសា៖ (&amp;L)</translation>
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
        <source>E&amp;xport chart…</source>
        <translation>នាំចេញគំនូសតាង… (&amp;X)</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>រក្សាទុកគំនូសតាងជារូបភាព PNG ឬគំនូរ SVG</translation>
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
        <source>An Excel &amp;package (.xlsx), for headquarters</source>
        <translation>&amp;កញ្ចប់ Excel (.xlsx) សម្រាប់ការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <source>ODK &amp;submissions (an ODK Briefcase folder)</source>
        <translation>ការ&amp;ដាក់ស្នើ ODK (ថត ODK Briefcase)</translation>
    </message>
    <message>
        <source>One XML file per submission, as ODK Collect writes them, to send to ODK Central or KoboToolbox. No password, charts or labels.</source>
        <translation>ឯកសារ XML មួយសម្រាប់ការដាក់ស្នើនីមួយៗ ដូចដែល ODK Collect សរសេរ ដើម្បីផ្ញើទៅ ODK Central ឬ KoboToolbox។ គ្មានពាក្យសម្ងាត់ គំនូសតាង ឬស្លាក។</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>ជ្រើសថត…</translation>
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
        <source>Saved, but {questions} had just been changed elsewhere (an import, another analyst): both answers are kept as a conflict to resolve.</source>
        <translation>បានរក្សាទុក ប៉ុន្តែ {questions} ទើបតែត្រូវបានផ្លាស់ប្ដូរនៅកន្លែងផ្សេង (ការនាំចូល អ្នកវិភាគម្នាក់ទៀត)៖ ចម្លើយទាំងពីរត្រូវបានរក្សាទុកជាភាពផ្ទុយគ្នាដែលត្រូវដោះស្រាយ។</translation>
    </message>
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
        <source>Import &amp;ODK submissions…</source>
        <translation>នាំចូលការដាក់ស្នើ &amp;ODK…</translation>
    </message>
    <message>
        <source>Merge submissions collected with ODK Collect or KoboToolbox into the selected mission</source>
        <translation>បញ្ចូលការដាក់ស្នើដែលប្រមូលដោយ ODK Collect ឬ KoboToolbox ទៅក្នុងបេសកកម្មដែលបានជ្រើស</translation>
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
    <name>UserError</name>
    <message>
        <source>{what} can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>{what} អាចរក្សាទុកជា .png ឬ .svg មិនមែន &apos;{suffix}&apos; ទេ។</translation>
    </message>
    <message>
        <source>The pledge chart</source>
        <translation>គំនូសតាងការសន្យា</translation>
    </message>
    <message>
        <source>The KPI chart</source>
        <translation>គំនូសតាង KPI</translation>
    </message>
    <message>
        <source>The comparison chart</source>
        <translation>គំនូសតាងប្រៀបធៀប</translation>
    </message>
    <message>
        <source>Choose at least two missions to compare.</source>
        <translation>សូមជ្រើសបេសកកម្មយ៉ាងហោចណាស់ពីរដើម្បីប្រៀបធៀប។</translation>
    </message>
    <message>
        <source>At most {most} missions can be compared at once; {count} were chosen.</source>
        <translation>អាចប្រៀបធៀបបេសកកម្មបានច្រើនបំផុត {most} ក្នុងពេលតែមួយ ប៉ុន្តែបានជ្រើស {count}។</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no baseline round to compare with.</source>
        <translation>បេសកកម្ម {mission!r} មិនមានជុំមូលដ្ឋានសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no monitoring round yet; fill a monitoring round first.</source>
        <translation>បេសកកម្ម {mission!r} មិនទាន់មានជុំតាមដាននៅឡើយ សូមបំពេញជុំតាមដានមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no pledge register yet; fill a P2C pledge register first.</source>
        <translation>បេសកកម្ម {mission!r} មិនទាន់មានបញ្ជីការសន្យានៅឡើយ សូមបំពេញបញ្ជីការសន្យា P2C ជាមុនសិន។</translation>
    </message>
    <message>
        <source>The pledge register of {mission!r} does not declare the wheel&apos;s blocks.</source>
        <translation>បញ្ជីការសន្យារបស់ {mission!r} មិនបានប្រកាសសមាសភាគនៃកង់ទេ។</translation>
    </message>
    <message>
        <source>The chosen missions hold form {form_id} in versions {version} and {form_version}; an ODK Briefcase folder keeps one version per form, so export the missions separately.</source>
        <translation>បេសកកម្មដែលបានជ្រើសមានទម្រង់ {form_id} ជាកំណែ {version} និង {form_version}។ ថត ODK Briefcase រក្សាកំណែតែមួយក្នុងមួយទម្រង់ ដូច្នេះសូមនាំចេញបេសកកម្មដាច់ដោយឡែកពីគ្នា។</translation>
    </message>
    <message>
        <source>The ODK folder</source>
        <translation>ថត ODK</translation>
    </message>
    <message>
        <source>An ODK submission</source>
        <translation>ការបញ្ជូន ODK មួយ</translation>
    </message>
    <message>
        <source>An ODK Briefcase folder cannot be encrypted; leave out --password-file.</source>
        <translation>ថត ODK Briefcase មិនអាចអ៊ិនគ្រីបបានទេ សូមដក --password-file ចេញ។</translation>
    </message>
    <message>
        <source>Say which mission the submissions join with --mission UUID.</source>
        <translation>សូមបញ្ជាក់បេសកកម្មដែលការបញ្ជូនចូលរួម ដោយប្រើ --mission UUID។</translation>
    </message>
    <message>
        <source>{folder} holds no ODK submission files.</source>
        <translation>{folder} មិនមានឯកសារការបញ្ជូន ODK ទេ។</translation>
    </message>
    <message>
        <source>{file} repeats submission uuid:{instance_id} found in another file; keep one of them.</source>
        <translation>{file} ធ្វើម្ដងទៀតនូវការបញ្ជូន uuid:{instance_id} ដែលមានក្នុងឯកសារផ្សេង សូមរក្សាទុកតែមួយ។</translation>
    </message>
    <message>
        <source>{file} is a submission of form {form_id} version {version}, which this database does not hold; open that form here first.</source>
        <translation>{file} ជាការបញ្ជូននៃទម្រង់ {form_id} កំណែ {version} ដែលមូលដ្ឋានទិន្នន័យនេះមិនមាន សូមបើកទម្រង់នោះនៅទីនេះជាមុនសិន។</translation>
    </message>
    <message>
        <source>{file} holds an answer its form does not allow: {problem}</source>
        <translation>{file} មានចម្លើយដែលទម្រង់របស់វាមិនអនុញ្ញាត៖ {problem}</translation>
    </message>
    <message>
        <source>{file} has an element &apos;{path}&apos; that form {form_id} does not have.</source>
        <translation>{file} មានធាតុ &apos;{path}&apos; ដែលទម្រង់ {form_id} មិនមាន។</translation>
    </message>
    <message>
        <source>{file} repeats or nests &apos;{path}&apos;, which form {form_id} does not allow.</source>
        <translation>{file} ធ្វើម្ដងទៀត ឬដាក់បញ្ចូលគ្នា &apos;{path}&apos; ដែលទម្រង់ {form_id} មិនអនុញ្ញាត។</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>ការបញ្ជូន</translation>
    </message>
    <message>
        <source>{folder} is not a folder of ODK submissions.</source>
        <translation>{folder} មិនមែនជាថតការបញ្ជូន ODK ទេ។</translation>
    </message>
    <message>
        <source>{folder} holds more than {most:,} XML files; import it in parts.</source>
        <translation>{folder} មានឯកសារ XML ច្រើនជាង {most:,} សូមនាំចូលជាផ្នែកៗ។</translation>
    </message>
    <message>
        <source>submission file</source>
        <translation>ឯកសារការបញ្ជូន</translation>
    </message>
    <message>
        <source>its root element has no form id attribute</source>
        <translation>ធាតុឫសរបស់វាគ្មានលក្ខណៈ id នៃទម្រង់</translation>
    </message>
    <message>
        <source>it has no meta/instanceID of the form &apos;uuid:…&apos;</source>
        <translation>វាគ្មាន meta/instanceID តាមទម្រង់ &apos;uuid:…&apos;</translation>
    </message>
    <message>
        <source>it is not well-formed XML ({error})</source>
        <translation>វាមិនមែនជា XML ដែលមានទម្រង់ត្រឹមត្រូវទេ ({error})</translation>
    </message>
    <message>
        <source>it has more than {most:,} elements</source>
        <translation>វាមានធាតុច្រើនជាង {most:,}</translation>
    </message>
    <message>
        <source>{path} is not an ODK submission: {why}.</source>
        <translation>{path} មិនមែនជាការបញ្ជូន ODK ទេ៖ {why}។</translation>
    </message>
    <message>
        <source>Say whose edits these are with --by NAME.</source>
        <translation>សូមបញ្ជាក់ថាការកែទាំងនេះជារបស់នរណា ដោយប្រើ --by NAME។</translation>
    </message>
    <message>
        <source>Resolve with either --choose local|package or --value TEXT, and --by NAME.</source>
        <translation>សូមដោះស្រាយដោយប្រើ --choose local|package ឬ --value TEXT និង --by NAME។</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {error}.</source>
        <translation>មិនអាចអានមូលដ្ឋានទិន្នន័យ {path} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password-file.</source>
        <translation>{name} ត្រូវបានការពារដោយពាក្យសម្ងាត់ សូមផ្ដល់វាដោយប្រើ --password-file។</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>ពាក្យសម្ងាត់សម្រាប់ {name} មិនត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>{name} is an old-style Office file (such as a 97-2003 .xls workbook), not a Fieldwheel package.</source>
        <translation>{name} ជាឯកសារ Office ទម្រង់ចាស់ (ដូចជាសៀវភៅបញ្ជី .xls 97-2003) មិនមែនជាកញ្ចប់ Fieldwheel ទេ។</translation>
    </message>
    <message>
        <source>{name} is encrypted but damaged or tampered with (its integrity check failed).</source>
        <translation>{name} ត្រូវបានអ៊ិនគ្រីប ប៉ុន្តែខូច ឬត្រូវបានកែបន្លំ (ការពិនិត្យភាពត្រឹមត្រូវបានបរាជ័យ)។</translation>
    </message>
    <message>
        <source>The signing key {path} cannot be created or read: {reason}.</source>
        <translation>មិនអាចបង្កើត ឬអានសោចុះហត្ថលេខា {path} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged; move it away and Fieldwheel will make a new one (headquarters will then see this computer as a new device).</source>
        <translation>សោចុះហត្ថលេខា {path} ខូច សូមផ្លាស់វាចេញ ហើយ Fieldwheel នឹងបង្កើតសោថ្មី (ទីស្នាក់ការកណ្ដាលនឹងឃើញកុំព្យូទ័រនេះជាឧបករណ៍ថ្មី)។</translation>
    </message>
    <message>
        <source>{name} is not signed (it was written before Fieldwheel signed packages, or its signature was removed); import it with --allow-unsigned only if you trust where it came from.</source>
        <translation>{name} មិនបានចុះហត្ថលេខាទេ (វាត្រូវបានសរសេរមុនពេល Fieldwheel ចុះហត្ថលេខាលើកញ្ចប់ ឬហត្ថលេខារបស់វាត្រូវបានដកចេញ) សូមនាំចូលវាដោយប្រើ --allow-unsigned លុះត្រាតែអ្នកទុកចិត្តប្រភពរបស់វា។</translation>
    </message>
    <message>
        <source>{name} is not signed, so it cannot come from a known device.</source>
        <translation>{name} មិនបានចុះហត្ថលេខា ដូច្នេះវាមិនអាចមកពីឧបករណ៍ដែលស្គាល់បានទេ។</translation>
    </message>
    <message>
        <source>{name} was signed by a device this database does not know (fingerprint {fingerprint}); enrol it with &apos;fieldwheel devices trust {fingerprint}&apos; after checking the fingerprint with its owner.</source>
        <translation>{name} ត្រូវបានចុះហត្ថលេខាដោយឧបករណ៍ដែលមូលដ្ឋានទិន្នន័យនេះមិនស្គាល់ (ស្នាមម្រាមដៃ {fingerprint}) សូមចុះឈ្មោះវាដោយ &apos;fieldwheel devices trust {fingerprint}&apos; បន្ទាប់ពីពិនិត្យស្នាមម្រាមដៃជាមួយម្ចាស់របស់វា។</translation>
    </message>
    <message>
        <source>{name} claims to come from {device}, but is signed with another key ({fingerprint}, not {pinned}); it is refused as a possible forgery. If that device was reinstalled, check the new fingerprint with its owner and run &apos;fieldwheel devices trust {fingerprint}&apos;.</source>
        <translation>{name} អះអាងថាមកពី {device} ប៉ុន្តែបានចុះហត្ថលេខាដោយសោផ្សេង ({fingerprint} មិនមែន {pinned}) ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះអាចជាការក្លែងបន្លំ។ បើឧបករណ៍នោះត្រូវបានដំឡើងឡើងវិញ សូមពិនិត្យស្នាមម្រាមដៃថ្មីជាមួយម្ចាស់ ហើយដំណើរការ &apos;fieldwheel devices trust {fingerprint}&apos;។</translation>
    </message>
    <message>
        <source>Use &apos;devices&apos;, &apos;devices trust FINGERPRINT&apos; or &apos;devices forget FINGERPRINT&apos;.</source>
        <translation>សូមប្រើ &apos;devices&apos;, &apos;devices trust FINGERPRINT&apos; ឬ &apos;devices forget FINGERPRINT&apos;។</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; និង {count} ទៀត</translation>
    </message>
    <message>
        <source>{name} was changed by hand after export ({listed}{more}); import it with --accept-edits --by NAME to take these changes as that person&apos;s edits.</source>
        <translation>{name} ត្រូវបានកែដោយដៃបន្ទាប់ពីនាំចេញ ({listed}{more}) សូមនាំចូលវាដោយប្រើ --accept-edits --by NAME ដើម្បីទទួលការផ្លាស់ប្ដូរទាំងនេះជាការកែរបស់បុគ្គលនោះ។</translation>
    </message>
    <message>
        <source>{name} was changed by hand in {ref}, which is not an answer (a header, an identifier or an added row); only answers can be taken as edits.</source>
        <translation>{name} ត្រូវបានកែដោយដៃនៅ {ref} ដែលមិនមែនជាចម្លើយ (ក្បាលតារាង អត្តសញ្ញាណ ឬជួរដែលបានបន្ថែម) មានតែចម្លើយទេដែលអាចទទួលជាការកែបាន។</translation>
    </message>
    <message>
        <source>{name}: {ref} must be 1 or 0 (chosen or not).</source>
        <translation>{name}៖ {ref} ត្រូវតែជា 1 ឬ 0 (បានជ្រើស ឬមិនបានជ្រើស)។</translation>
    </message>
    <message>
        <source>Say whose edits these are (--by NAME).</source>
        <translation>សូមបញ្ជាក់ថាការកែទាំងនេះជារបស់នរណា (--by NAME)។</translation>
    </message>
    <message>
        <source>No exported form has the language {language!r}; choose one of: {known}.</source>
        <translation>គ្មានទម្រង់ដែលបាននាំចេញណាមួយមានភាសា {language!r} ទេ សូមជ្រើសមួយក្នុងចំណោម៖ {known}។</translation>
    </message>
    <message>
        <source>an unknown table</source>
        <translation>តារាងមិនស្គាល់</translation>
    </message>
    <message>
        <source>records before their table</source>
        <translation>កំណត់ត្រាមុនតារាងរបស់វា</translation>
    </message>
    <message>
        <source>a record of the wrong shape</source>
        <translation>កំណត់ត្រាដែលមានរាងខុស</translation>
    </message>
    <message>
        <source>a line that is not JSON</source>
        <translation>បន្ទាត់ដែលមិនមែនជា JSON</translation>
    </message>
    <message>
        <source>a cell that is not base64 text</source>
        <translation>ក្រឡាដែលមិនមែនជាអត្ថបទ base64</translation>
    </message>
    <message>
        <source>a cell that is not base64</source>
        <translation>ក្រឡាដែលមិនមែនជា base64</translation>
    </message>
    <message>
        <source>a broken compressed stream</source>
        <translation>ស្ទ្រីមបង្ហាប់ដែលខូច</translation>
    </message>
    <message>
        <source>a stream too large to be a package&apos;s</source>
        <translation>ស្ទ្រីមធំពេកសម្រាប់ជារបស់កញ្ចប់</translation>
    </message>
    <message>
        <source>bytes after the end of the stream</source>
        <translation>បៃបន្ទាប់ពីចុងស្ទ្រីម</translation>
    </message>
    <message>
        <source>a stream cut short</source>
        <translation>ស្ទ្រីមដែលត្រូវកាត់ខ្លី</translation>
    </message>
    <message>
        <source>{name} is an Excel file but not a Fieldwheel package.</source>
        <translation>{name} ជាឯកសារ Excel ប៉ុន្តែមិនមែនជាកញ្ចប់ Fieldwheel ទេ។</translation>
    </message>
    <message>
        <source>The sheet {sheet} was removed from {name}.</source>
        <translation>សន្លឹក {sheet} ត្រូវបានដកចេញពី {name}។</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} ខូច ហើយមិនអាចអានបានទេ ({reason})។</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read.</source>
        <translation>{name} ខូច ហើយមិនអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>{name} is not protected by a password, yet one was given; import it without --password-file (a password-protected copy may have been replaced).</source>
        <translation>{name} មិនត្រូវបានការពារដោយពាក្យសម្ងាត់ទេ ប៉ុន្តែមានការផ្ដល់ពាក្យសម្ងាត់ សូមនាំចូលវាដោយគ្មាន --password-file (ច្បាប់ចម្លងដែលមានពាក្យសម្ងាត់ប្រហែលត្រូវបានជំនួស)។</translation>
    </message>
    <message>
        <source>The manifest of {name} was changed.</source>
        <translation>បញ្ជីសង្ខេបរបស់ {name} ត្រូវបានផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>{name} was written by a newer Fieldwheel (package schema {schema}, this one reads up to {most}); update Fieldwheel to import it.</source>
        <translation>{name} ត្រូវបានសរសេរដោយ Fieldwheel ថ្មីជាង (គ្រោងកញ្ចប់ {schema} កំណែនេះអានបានត្រឹម {most}) សូមធ្វើបច្ចុប្បន្នភាព Fieldwheel ដើម្បីនាំចូលវា។</translation>
    </message>
    <message>
        <source>The manifest of {name} is incomplete.</source>
        <translation>បញ្ជីសង្ខេបរបស់ {name} មិនពេញលេញ។</translation>
    </message>
    <message>
        <source>The hidden sheet {sheet} of {name} was changed.</source>
        <translation>សន្លឹកលាក់ {sheet} របស់ {name} ត្រូវបានផ្លាស់ប្ដូរ។</translation>
    </message>
    <message>
        <source>The hidden records of {name} were changed ({error}).</source>
        <translation>កំណត់ត្រាលាក់របស់ {name} ត្រូវបានផ្លាស់ប្ដូរ ({error})។</translation>
    </message>
    <message>
        <source>{name} lacks its {sheet} sheet.</source>
        <translation>{name} ខ្វះសន្លឹក {sheet} របស់វា។</translation>
    </message>
    <message>
        <source>{name} does not match its own checksum: its hidden data or manifest was changed after export, so it is refused.</source>
        <translation>{name} មិនត្រូវនឹងផលបូកត្រួតពិនិត្យរបស់ខ្លួនទេ៖ ទិន្នន័យលាក់ ឬបញ្ជីសង្ខេបរបស់វាត្រូវបានផ្លាស់ប្ដូរបន្ទាប់ពីនាំចេញ ដូច្នេះវាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>A form source in {name} is damaged.</source>
        <translation>ប្រភពទម្រង់មួយក្នុង {name} ខូច។</translation>
    </message>
    <message>
        <source>package</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>ឯកសារពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>ឯកសារពាក្យសម្ងាត់ {path} មិនមែនជាអត្ថបទ UTF-8 ទេ។</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>ឯកសារពាក្យសម្ងាត់ {path} ទទេ។</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: it was changed after export or forged, so it is refused.</source>
        <translation>ហត្ថលេខារបស់ {name} មិនត្រូវនឹងខ្លឹមសាររបស់វាទេ៖ វាត្រូវបានផ្លាស់ប្ដូរបន្ទាប់ពីនាំចេញ ឬត្រូវបានក្លែងបន្លំ ដូច្នេះវាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <source>{ref}: the hand edit from &apos;{old}&apos; to &apos;{new}&apos; is refused. {problem}</source>
        <translation>{ref}៖ ការកែដោយដៃពី &apos;{old}&apos; ទៅ &apos;{new}&apos; ត្រូវបានបដិសេធ។ {problem}</translation>
    </message>
    <message>
        <source>The package holds an answer its form does not allow, so nothing was imported: {problem}</source>
        <translation>កញ្ចប់មានចម្លើយដែលទម្រង់របស់វាមិនអនុញ្ញាត ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ៖ {problem}</translation>
    </message>
    <message>
        <source>A package is an .xlsx file, not {name}.</source>
        <translation>កញ្ចប់គឺជាឯកសារ .xlsx មិនមែន {name} ទេ។</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} ជាថត សូមផ្ដល់ឈ្មោះឯកសារ។</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>ទំហំក្រដាស</translation>
    </message>
    <message>
        <source>The report {what} {value!r} is not known; choose one of: {allowed}.</source>
        <translation>របាយការណ៍មិនស្គាល់តម្លៃ {value!r} សម្រាប់ &apos;{what}&apos; ទេ សូមជ្រើសមួយក្នុងចំណោម៖ {allowed}។</translation>
    </message>
    <message>
        <source>The report is a PDF; give a file name ending in .pdf, not &apos;{name}&apos;.</source>
        <translation>របាយការណ៍គឺជា PDF សូមផ្ដល់ឈ្មោះឯកសារដែលបញ្ចប់ដោយ .pdf មិនមែន &apos;{name}&apos; ទេ។</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no validation workshop to write minutes of; fill the workshop form first.</source>
        <translation>បេសកកម្ម {mission!r} មិនមានសិក្ខាសាលាផ្ទៀងផ្ទាត់ដើម្បីសរសេរកំណត់ហេតុទេ សូមបំពេញទម្រង់សិក្ខាសាលាជាមុនសិន។</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>កញ្ចប់</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ថាសពេញហើយ</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>ថតអានបានតែប៉ុណ្ណោះ</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ការអនុញ្ញាតត្រូវបានបដិសេធ</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>ថតមិនមាន</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>លើសកូតាថាស</translation>
    </message>
    <message>
        <source>{what} could not be written to {target}: {reason}.</source>
        <translation>{what}៖ មិនអាចសរសេរទៅ {target} បានទេ ({reason})។</translation>
    </message>
    <message>
        <source>The wheel can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>កង់អាចរក្សាទុកជា .png ឬ .svg មិនមែន &apos;{suffix}&apos; ទេ។</translation>
    </message>
    <message>
        <source>The wheel chart</source>
        <translation>គំនូសតាងកង់</translation>
    </message>
    <message>
        <source>The form has no language {language!r}; choose one of: {languages}.</source>
        <translation>ទម្រង់មិនមានភាសា {language!r} ទេ សូមជ្រើសមួយក្នុងចំណោម៖ {languages}។</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no submission of a form that feeds the wheel; fill a diagnostic first.</source>
        <translation>បេសកកម្ម {mission!r} មិនមានការបញ្ជូននៃទម្រង់ដែលផ្ដល់ទិន្នន័យដល់កង់ទេ សូមបំពេញការវិនិច្ឆ័យមួយជាមុនសិន។</translation>
    </message>
    <message>
        <source>{path} is not an answer that can be edited.</source>
        <translation>{path} មិនមែនជាចម្លើយដែលអាចកែបានទេ។</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label}៖ &apos;{value}&apos; មិនមែនជាចំនួនគត់ទេ។</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}៖ &apos;{value}&apos; មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}៖ &apos;{value}&apos; មិនមែនជាកាលបរិច្ឆេទទេ (YYYY-MM-DD)។</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices ({allowed}).</source>
        <translation>{label}៖ &apos;{value}&apos; មិនមែនជាជម្រើសណាមួយទេ ({allowed})។</translation>
    </message>
    <message>
        <source>{path} is not in this submission.</source>
        <translation>{path} មិនមាននៅក្នុងការបញ្ជូននេះទេ។</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>ចម្លើយនេះត្រូវតែមាន។</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>មិនអនុញ្ញាត។</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}៖ {message}</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; before the last step of a path</source>
        <translation>លក្ខខណ្ឌ &apos;[...]&apos; មុនជំហានចុងក្រោយនៃផ្លូវ</translation>
    </message>
    <message>
        <source>An instance lookup other than instance(&apos;list&apos;)/root/item[...]/field</source>
        <translation>ការរកមើល instance() ក្រៅពី instance(&apos;list&apos;)/root/item[...]/field</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; can only follow a list of nodes in &apos;{source}&apos;.</source>
        <translation>លក្ខខណ្ឌ &apos;[...]&apos; អាចនៅបន្ទាប់តែបញ្ជីថ្នាំងប៉ុណ្ណោះ ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>instance() without a path after it</source>
        <translation>instance() ដោយគ្មានផ្លូវនៅបន្ទាប់</translation>
    </message>
    <message>
        <source>The function {name}() is not supported by Fieldwheel, so &apos;{source}&apos; cannot be worked out.</source>
        <translation>Fieldwheel មិនគាំទ្រអនុគមន៍ {name}() ទេ ដូច្នេះមិនអាចគណនា &apos;{source}&apos; បានទេ។</translation>
    </message>
    <message>
        <source>indexed-repeat() takes 3, 5, 7, 9 or 11 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() ទទួលអាគុយម៉ង់ 3, 5, 7, 9 ឬ 11 ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>indexed-repeat() needs ${{name}} references for the question and the repeat in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() ត្រូវការឯកសារយោង ${{name}} សម្រាប់សំណួរ និងការធ្វើម្ដងទៀត ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{what} is not supported in Fieldwheel forms (&apos;{source}&apos;).</source>
        <translation>{what}៖ មិនត្រូវបានគាំទ្រក្នុងទម្រង់ Fieldwheel ទេ (&apos;{source}&apos;)។</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;. Did you mean {close}()?</source>
        <translation>អនុគមន៍មិនស្គាល់ {function}() នៅតួអក្សរទី {position} នៃ &apos;{source}&apos;។ តើអ្នកចង់និយាយ {close}() ឬ?</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;.</source>
        <translation>អនុគមន៍មិនស្គាល់ {function}() នៅតួអក្សរទី {position} នៃ &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>The data list &apos;{instance_id}&apos; is not available, so this lookup cannot be done.</source>
        <translation>បញ្ជីទិន្នន័យ &apos;{instance_id}&apos; មិនមានទេ ដូច្នេះមិនអាចរកមើលនេះបានទេ។</translation>
    </message>
    <message>
        <source>weighted-checklist() needs one weight for every condition.</source>
        <translation>weighted-checklist() ត្រូវការទម្ងន់មួយសម្រាប់លក្ខខណ្ឌនីមួយៗ។</translation>
    </message>
    <message>
        <source>{name}() needs a list of nodes such as ${{repeat}} or a path, not a plain value.</source>
        <translation>{name}() ត្រូវការបញ្ជីថ្នាំងដូចជា ${{repeat}} ឬផ្លូវ មិនមែនតម្លៃធម្មតាទេ។</translation>
    </message>
    <message>
        <source>digest() knows MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not &apos;{name}&apos;.</source>
        <translation>digest() ស្គាល់ MD5, SHA-1, SHA-256, SHA-384 និង SHA-512 មិនមែន &apos;{name}&apos; ទេ។</translation>
    </message>
    <message>
        <source>digest() encodes as &apos;base64&apos; or &apos;hex&apos;, not &apos;{encoding}&apos;.</source>
        <translation>digest() អ៊ិនកូដជា &apos;base64&apos; ឬ &apos;hex&apos; មិនមែន &apos;{encoding}&apos; ទេ។</translation>
    </message>
    <message>
        <source>randomize() needs a list of nodes to shuffle.</source>
        <translation>randomize() ត្រូវការបញ្ជីថ្នាំងដើម្បីច្របល់។</translation>
    </message>
    <message>
        <source>randomize() needs a number as its seed, not &apos;{seed}&apos;.</source>
        <translation>randomize() ត្រូវការលេខជាគ្រាប់ពូជ មិនមែន &apos;{seed}&apos; ទេ។</translation>
    </message>
    <message>
        <source>{name}() takes at least 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() ទទួលអាគុយម៉ង់យ៉ាងហោចណាស់ 1 ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{name}() takes at least {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() ទទួលអាគុយម៉ង់យ៉ាងហោចណាស់ {least} ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{name}() takes exactly {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() ទទួលអាគុយម៉ង់ {least} ពិតប្រាកដ ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{name}() takes {least} to {most} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() ទទួលអាគុយម៉ង់ពី {least} ដល់ {most} ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{name}() takes exactly 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() ទទួលអាគុយម៉ង់ 1 ពិតប្រាកដ ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>Syntax error at character {position} of &apos;{source}&apos;: {message}.</source>
        <translation>កំហុសវាក្យសម្ព័ន្ធនៅតួអក្សរទី {position} នៃ &apos;{source}&apos;៖ {message}។</translation>
    </message>
    <message>
        <source>{function}() takes 0 to 1 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{function}() ទទួលអាគុយម៉ង់ពី 0 ដល់ 1 ប៉ុន្តែបានទទួល {count} ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{function}() needs ${{question}} or a path ending in a question name in &apos;{source}&apos;.</source>
        <translation>{function}() ត្រូវការ ${{question}} ឬផ្លូវដែលបញ្ចប់ដោយឈ្មោះសំណួរ ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>{function}() needs a node, not a plain value.</source>
        <translation>{function}() ត្រូវការថ្នាំង មិនមែនតម្លៃធម្មតាទេ។</translation>
    </message>
    <message>
        <source>The &apos;|&apos; operator joins two lists of nodes, not plain values.</source>
        <translation>សញ្ញាប្រមាណវិធី &apos;|&apos; ភ្ជាប់បញ្ជីថ្នាំងពីរ មិនមែនតម្លៃធម្មតាទេ។</translation>
    </message>
    <message>
        <source>{what} (character {position} of &apos;{source}&apos;) is valid XPath but not supported in Fieldwheel forms.</source>
        <translation>{what} (តួអក្សរទី {position} នៃ &apos;{source}&apos;)៖ XPath ត្រឹមត្រូវ ប៉ុន្តែមិនត្រូវបានគាំទ្រក្នុងទម្រង់ Fieldwheel ទេ។</translation>
    </message>
    <message>
        <source>The descendant path &apos;//&apos;</source>
        <translation>ផ្លូវកូនចៅ &apos;//&apos;</translation>
    </message>
    <message>
        <source>An XPath variable ($name)</source>
        <translation>អថេរ XPath ($name)</translation>
    </message>
    <message>
        <source>An attribute (@name)</source>
        <translation>លក្ខណៈ (@name)</translation>
    </message>
    <message>
        <source>A predicate after &apos;.&apos; or &apos;..&apos;</source>
        <translation>ព្រេឌីខាតបន្ទាប់ពី &apos;.&apos; ឬ &apos;..&apos;</translation>
    </message>
    <message>
        <source>A path after a filtered expression</source>
        <translation>ផ្លូវបន្ទាប់ពីកន្សោមដែលបានត្រង</translation>
    </message>
    <message>
        <source>instance() takes exactly one argument, the list name, in &apos;{source}&apos;.</source>
        <translation>instance() ទទួលអាគុយម៉ង់មួយពិតប្រាកដ គឺឈ្មោះបញ្ជី ក្នុង &apos;{source}&apos;។</translation>
    </message>
    <message>
        <source>A path after this expression</source>
        <translation>ផ្លូវបន្ទាប់ពីកន្សោមនេះ</translation>
    </message>
    <message>
        <source>is too large to be checked in linear time; simplify it</source>
        <translation>ធំពេកមិនអាចពិនិត្យក្នុងពេលលីនេអ៊ែរបានទេ សូមធ្វើឱ្យវាសាមញ្ញជាងនេះ</translation>
    </message>
    <message>
        <source>repeats something more than 1,000 times, which is more than allowed</source>
        <translation>ធ្វើម្ដងទៀតនូវអ្វីមួយច្រើនជាង 1,000 ដង ដែលលើសពីការអនុញ្ញាត</translation>
    </message>
    <message>
        <source>uses a feature (back-references, look-ahead or look-behind, possessive repeats or \Z) that Fieldwheel&apos;s linear-time matcher does not have; rewrite it without it</source>
        <translation>ប្រើមុខងារ (ឯកសារយោងថយក្រោយ ការមើលទៅមុខ ឬថយក្រោយ ការធ្វើម្ដងទៀតបែបកាន់កាប់ ឬ \Z) ដែលម៉ាស៊ីនផ្គូផ្គងពេលលីនេអ៊ែររបស់ Fieldwheel មិនមាន សូមសរសេរវាឡើងវិញដោយគ្មានវា</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() is not a valid regular expression.</source>
        <translation>លំនាំ &apos;{shown}&apos; ដែលផ្ដល់ឱ្យ regex() មិនមែនជាកន្សោមធម្មតាត្រឹមត្រូវទេ។</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() {why}.</source>
        <translation>លំនាំ &apos;{shown}&apos; ដែលផ្ដល់ឱ្យ regex() {why}។</translation>
    </message>
    <message>
        <source>There is no built-in form called {form_id!r}.</source>
        <translation>គ្មានទម្រង់ដែលមានស្រាប់ឈ្មោះ {form_id!r} ទេ។</translation>
    </message>
    <message>
        <source> There is 1 more; check-form lists them all.</source>
        <translation> មាន 1 ទៀត check-form រាយបញ្ជីទាំងអស់។</translation>
    </message>
    <message>
        <source> There are {more} more; check-form lists them all.</source>
        <translation> មាន {more} ទៀត check-form រាយបញ្ជីទាំងអស់។</translation>
    </message>
    <message>
        <source>{form} cannot be used: its calculations and conditions depend on each other in a circle, which ODK refuses too ({where}): {circle}.{tail}</source>
        <translation>មិនអាចប្រើ {form} បានទេ៖ ការគណនា និងលក្ខខណ្ឌរបស់វាពឹងផ្អែកលើគ្នាជារង្វង់ ដែល ODK ក៏បដិសេធដែរ ({where})៖ {circle}។{tail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel (.xlsx) file.</source>
        <translation>{name} មិនមែនជាឯកសារ Excel (.xlsx) ទេ។</translation>
    </message>
    <message>
        <source>{name} has more than {most_rows:,} rows, more than a {label} can hold.</source>
        <translation>{name} មានជួរច្រើនជាង {most_rows:,} ច្រើនជាងអ្វីដែល{label}អាចផ្ទុកបាន។</translation>
    </message>
    <message>
        <source>{name} has more than {most_cells:,} cells in all its sheets, more than a {label} can hold.</source>
        <translation>{name} មានក្រឡាច្រើនជាង {most_cells:,} ក្នុងសន្លឹកទាំងអស់ ច្រើនជាងអ្វីដែល{label}អាចផ្ទុកបាន។</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the copy interrupted?).</source>
        <translation>{name} ខូច ឬមិនពេញលេញ (តើការចម្លងត្រូវបានរំខានឬ?)។</translation>
    </message>
    <message>
        <source>{name} holds {count:,} parts; a {label} has a few dozen.</source>
        <translation>{name} មាន {count:,} ផ្នែក ខណៈ{label}មានត្រឹមប៉ុន្មានដប់។</translation>
    </message>
    <message>
        <source>{name} holds two parts named {member}; it is refused because programs may read different copies.</source>
        <translation>{name} មានផ្នែកពីរឈ្មោះ {member} ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះកម្មវិធីអាចអានច្បាប់ចម្លងខុសគ្នា។</translation>
    </message>
    <message>
        <source>{name} would expand to {megabytes} MB or more (part {member}); it is refused as a possible zip bomb.</source>
        <translation>{name} នឹងពង្រីកដល់ {megabytes} MB ឬច្រើនជាងនេះ (ផ្នែក {member}) ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះអាចជាគ្រាប់បែក zip។</translation>
    </message>
    <message>
        <source>{name} holds a part with an odd path ({member!r}); it is refused as unsafe.</source>
        <translation>{name} មានផ្នែកដែលមានផ្លូវចម្លែក ({member!r}) ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះមិនមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}.</source>
        <translation>{path} ជាថត មិនមែនជា{what}ទេ។</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); a {what} is read from an ordinary file only.</source>
        <translation>{path} មិនមែនជាឯកសារធម្មតាទេ (វាជាឧបករណ៍ បំពង់ ឬសុកកែត) {what}អានបានតែពីឯកសារធម្មតាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{name} is {shown}, larger than any {what} can be.</source>
        <translation>{name} មានទំហំ {shown} ធំជាង{what}ណាមួយអាចមាន។</translation>
    </message>
    <message>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} មិនមានទេ ({what})។</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a socket or a device); a {what} is read from an ordinary file only.</source>
        <translation>{path} មិនមែនជាឯកសារធម្មតាទេ (វាជាសុកកែត ឬឧបករណ៍) {what}អានបានតែពីឯកសារធម្មតាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>The {what} {path} is a symbolic link that loops.</source>
        <translation>{path} ({what}) ជាតំណនិមិត្តសញ្ញាដែលវិលជុំ។</translation>
    </message>
    <message>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation>មិនអាចអាន {path} ({what}) បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>form</source>
        <translation>ទម្រង់</translation>
    </message>
    <message>
        <source>form file</source>
        <translation>ឯកសារទម្រង់</translation>
    </message>
    <message>
        <source>{name} could not be read as a .xlsx XLSForm: the file is damaged or is not in that format.</source>
        <translation>មិនអាចអាន {name} ជា XLSForm .xlsx បានទេ៖ ឯកសារខូច ឬមិនមែនជាទម្រង់នោះ។</translation>
    </message>
    <message>
        <source>{name} declares XML entities or a DOCTYPE (in {member}); it is refused as unsafe.</source>
        <translation>{name} ប្រកាសអង្គភាព XML ឬ DOCTYPE (ក្នុង {member}) ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះមិនមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <source>{name} contains formulas (in {member}); a {label} holds values only.</source>
        <translation>{name} មានរូបមន្ត (ក្នុង {member}) ខណៈ{label}មានតែតម្លៃប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>{name} has more than {most_strings:,} shared strings (in {member}), more than a {label} can hold.</source>
        <translation>{name} មានខ្សែអក្សររួមច្រើនជាង {most_strings:,} (ក្នុង {member}) ច្រើនជាងអ្វីដែល{label}អាចផ្ទុកបាន។</translation>
    </message>
    <message>
        <source>{name} has a sheet reaching {ref} (in {member}): {last_row:,} rows by {last_column:,} columns is more than a {label} can hold.</source>
        <translation>{name} មានសន្លឹកដែលលាតដល់ {ref} (ក្នុង {member})៖ {last_row:,} ជួរ គុណ {last_column:,} ជួរឈរ ច្រើនជាងអ្វីដែល{label}អាចផ្ទុកបាន។</translation>
    </message>
    <message>
        <source>{name} has a cell reference {ref!r} (in {member}) outside what Excel allows; it is refused as damaged or hostile.</source>
        <translation>{name} មានឯកសារយោងក្រឡា {ref!r} (ក្នុង {member}) នៅក្រៅអ្វីដែល Excel អនុញ្ញាត ដូច្នេះវាត្រូវបានបដិសេធ ព្រោះខូច ឬមានគំនិតអាក្រក់។</translation>
    </message>
    <message>
        <source>The form uses a wheel but has no &apos;{missing}&apos; choice list.</source>
        <translation>ទម្រង់ប្រើកង់ ប៉ុន្តែគ្មានបញ្ជីជម្រើស &apos;{missing}&apos; ទេ។</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; names pillar &apos;{pillar}&apos;, which is not in the &apos;{pillar_list}&apos; list.</source>
        <translation>សមាសភាគ &apos;{block}&apos; ដាក់ឈ្មោះសសរស្តម្ភ &apos;{pillar}&apos; ដែលមិនមាននៅក្នុងបញ្ជី &apos;{pillar_list}&apos; ទេ។</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; has target {target:g}; targets are 1 to 5.</source>
        <translation>សមាសភាគ &apos;{block}&apos; មានគោលដៅ {target:g} ខណៈគោលដៅគឺពី 1 ដល់ 5។</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; feeds block &apos;{block}&apos;, which is not in the &apos;{block_list}&apos; list.</source>
        <translation>សំណួរ &apos;{question}&apos; ផ្ដល់ទិន្នន័យដល់សមាសភាគ &apos;{block}&apos; ដែលមិនមាននៅក្នុងបញ្ជី &apos;{block_list}&apos; ទេ។</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the same wheel_min and wheel_target, so no answer can be scaled.</source>
        <translation>សំណួរ &apos;{question}&apos; មាន wheel_min និង wheel_target ដូចគ្នា ដូច្នេះមិនអាចធ្វើមាត្រដ្ឋានចម្លើយណាមួយបានទេ។</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; of choice &apos;{choice}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>&apos;{column}&apos; នៃជម្រើស &apos;{choice}&apos; គឺ &apos;{text}&apos; ដែលមិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <source>The {column} of question &apos;{question}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>{column} នៃសំណួរ &apos;{question}&apos; គឺ &apos;{text}&apos; ដែលមិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a form may be at most {most} MB.</source>
        <translation>{name} មានទំហំ {megabytes:.0f} MB ខណៈទម្រង់អាចមានទំហំច្រើនបំផុត {most} MB។</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; a form may have at most {most_survey_rows:,} survey rows and {most_rows:,} rows in each other sheet.</source>
        <translation>{name} មាន {lines:,} បន្ទាត់ ខណៈទម្រង់អាចមានច្រើនបំផុត {most_survey_rows:,} ជួរក្នុង survey និង {most_rows:,} ជួរក្នុងសន្លឹកផ្សេងនីមួយៗ។</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows in its {sheet} sheet; a form may have at most {most:,} there.</source>
        <translation>{name} មាន {rows:,} ជួរក្នុងសន្លឹក {sheet} ខណៈទម្រង់អាចមានច្រើនបំផុត {most:,} នៅទីនោះ។</translation>
    </message>
    <message>
        <source>{name} nests groups and repeats more than {most} deep (sheet survey, row {number}): this {kind} is level {depth}; a form may nest at most {most} levels.</source>
        <translation>{name} ដាក់ក្រុម និងការធ្វើម្ដងទៀតចូលគ្នាជ្រៅជាង {most} (សន្លឹក survey ជួរ {number})៖ {kind} នេះនៅកម្រិត {depth} ខណៈទម្រង់អាចដាក់ចូលគ្នាបានច្រើនបំផុត {most} កម្រិត។</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: expected a file ending in {suffixes}.</source>
        <translation>{name} មិនមែនជា XLSForm ទេ៖ រំពឹងឯកសារដែលបញ្ចប់ដោយ {suffixes}។</translation>
    </message>
    <message>
        <source>The form file {name} is empty.</source>
        <translation>ឯកសារទម្រង់ {name} ទទេ។</translation>
    </message>
    <message>
        <source>{form} is not a valid XLSForm (sheet survey, row {row}): unknown question type &apos;{type}&apos;.</source>
        <translation>{form} មិនមែនជា XLSForm ត្រឹមត្រូវទេ (សន្លឹក survey ជួរ {row})៖ ប្រភេទសំណួរមិនស្គាល់ &apos;{type}&apos;។</translation>
    </message>
    <message>
        <source>{name} could not be read as a {suffix} XLSForm: the file is damaged, is not in that format, or has no survey sheet.</source>
        <translation>មិនអាចអាន {name} ជា XLSForm {suffix} បានទេ៖ ឯកសារខូច មិនមែនជាទម្រង់នោះ ឬគ្មានសន្លឹក survey។</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}</source>
        <translation>{name} មិនមែនជា XLSForm ត្រឹមត្រូវទេ (សន្លឹក {sheet} ជួរ {row})៖ {reason}</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm: {reason}</source>
        <translation>{name} មិនមែនជា XLSForm ត្រឹមត្រូវទេ៖ {reason}</translation>
    </message>
    <message>
        <source>Choose local, package or value, not {choose!r}.</source>
        <translation>សូមជ្រើស local, package ឬ value មិនមែន {choose!r} ទេ។</translation>
    </message>
    <message>
        <source>Say who resolves the conflict (--by NAME).</source>
        <translation>សូមបញ្ជាក់អ្នកដោះស្រាយភាពផ្ទុយគ្នា (--by NAME)។</translation>
    </message>
    <message>
        <source>There is no conflict {conflict_id}.</source>
        <translation>គ្មានភាពផ្ទុយគ្នា {conflict_id} ទេ។</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is already resolved.</source>
        <translation>ភាពផ្ទុយគ្នា {conflict_id} ត្រូវបានដោះស្រាយរួចហើយ។</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a snapshot or a package.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} ខូច ({reason}) សូមស្ដារវាពីរូបថតចម្លង ឬកញ្ចប់។</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} ជាថត សូមផ្ដល់ផ្លូវនៃឯកសារមូលដ្ឋានទិន្នន័យ។</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database at {path}; check the path (nothing was created).</source>
        <translation>ថត {folder} មិនមានទេ ដូច្នេះគ្មានមូលដ្ឋានទិន្នន័យនៅ {path} ទេ សូមពិនិត្យផ្លូវ (គ្មានអ្វីត្រូវបានបង្កើតទេ)។</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database: {reason}.</source>
        <translation>មិនអាចបង្កើតថត {folder} សម្រាប់មូលដ្ឋានទិន្នន័យបានទេ៖ {reason}។</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; Fieldwheel needs to write its database and journal there. Choose another place with --db.</source>
        <translation>ថត {folder} អានបានតែប៉ុណ្ណោះ Fieldwheel ត្រូវសរសេរមូលដ្ឋានទិន្នន័យ និងកំណត់ហេតុរបស់វានៅទីនោះ។ សូមជ្រើសកន្លែងផ្សេងដោយប្រើ --db។</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (check its permissions).</source>
        <translation>មិនអាចសរសេរមូលដ្ឋានទិន្នន័យ {path} បានទេ (សូមពិនិត្យសិទ្ធិរបស់វា)។</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a Fieldwheel database.</source>
        <translation>{path} ជាមូលដ្ឋានទិន្នន័យ SQLite របស់កម្មវិធីផ្សេង មិនមែនជាមូលដ្ឋានទិន្នន័យ Fieldwheel ទេ។</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database (it is not an SQLite file).</source>
        <translation>{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ Fieldwheel ទេ (វាមិនមែនជាឯកសារ SQLite)។</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore it from a snapshot or a package.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} ខូច សូមស្ដារវាពីរូបថតចម្លង ឬកញ្ចប់។</translation>
    </message>
    <message>
        <source>The database {path} is read-only; Fieldwheel cannot save there.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} អានបានតែប៉ុណ្ណោះ Fieldwheel មិនអាចរក្សាទុកនៅទីនោះបានទេ។</translation>
    </message>
    <message>
        <source>The disk is full; free some space. The last change was not saved.</source>
        <translation>ថាសពេញហើយ សូមបង្កើតទំហំទំនេរ។ ការផ្លាស់ប្ដូរចុងក្រោយមិនត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close it and try again.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} កំពុងត្រូវបានប្រើដោយកម្មវិធីផ្សេង សូមបិទវា ហើយព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>Cannot open the database {path}.</source>
        <translation>មិនអាចបើកមូលដ្ឋានទិន្នន័យ {path} បានទេ។</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check the drive.</source>
        <translation>ថាសមិនអាចអាន ឬសរសេរ {path} បានទេ សូមពិនិត្យដ្រាយ។</translation>
    </message>
    <message>
        <source>{path} is a server database: back it up with PostgreSQL&apos;s own tools (pg_dump, or replication), or copy it into a file with copy-db.</source>
        <translation>{path} ជាមូលដ្ឋានទិន្នន័យលើម៉ាស៊ីនមេ៖ បម្រុងទុកវាដោយឧបករណ៍ផ្ទាល់របស់ PostgreSQL (pg_dump ឬការចម្លងជាប់គ្នា) ឬចម្លងវាទៅឯកសារមួយដោយ copy-db។</translation>
    </message>
    <message>
        <source>Another analyst&apos;s change to {path} collided with this one; try again.</source>
        <translation>ការផ្លាស់ប្ដូររបស់អ្នកវិភាគម្នាក់ទៀតនៅក្នុង {path} បានប៉ះទង្គិចជាមួយការផ្លាស់ប្ដូរនេះ។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The database {path} failed: {reason}.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} បរាជ័យ៖ {reason}។</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {path}; check that it runs and the address is right.</source>
        <translation>មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យនៃ {path} បានទេ។ សូមពិនិត្យថាវាកំពុងដំណើរការ ហើយអាសយដ្ឋានត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>The connection to the database server of {path} was lost; try again.</source>
        <translation>ការតភ្ជាប់ទៅម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យនៃ {path} បានដាច់។ សូមព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <source>The server refused the password for {path}; check PGPASSWORD or ~/.pgpass.</source>
        <translation>ម៉ាស៊ីនមេបានបដិសេធពាក្យសម្ងាត់សម្រាប់ {path}។ សូមពិនិត្យ PGPASSWORD ឬ ~/.pgpass។</translation>
    </message>
    <message>
        <source>The server asks a password for {path}; give it in PGPASSWORD, ~/.pgpass or a service file (never in the URL).</source>
        <translation>ម៉ាស៊ីនមេសុំពាក្យសម្ងាត់សម្រាប់ {path}។ សូមផ្ដល់វានៅក្នុង PGPASSWORD ~/.pgpass ឬឯកសារសេវាកម្ម (កុំដាក់ក្នុង URL ឡើយ)។</translation>
    </message>
    <message>
        <source>There is no such database or role on the server of {path}; ask its administrator to create it (Fieldwheel creates only its tables).</source>
        <translation>មិនមានមូលដ្ឋានទិន្នន័យ ឬតួនាទីនេះនៅលើម៉ាស៊ីនមេនៃ {path} ទេ។ សូមស្នើអ្នកគ្រប់គ្រងរបស់វាឱ្យបង្កើតវា (Fieldwheel បង្កើតតែតារាងរបស់ខ្លួនប៉ុណ្ណោះ)។</translation>
    </message>
    <message>
        <source>You may not change {path} (your role is read-only or lacks a right); ask the server&apos;s administrator.</source>
        <translation>អ្នកមិនអាចផ្លាស់ប្ដូរ {path} បានទេ (តួនាទីរបស់អ្នកគឺសម្រាប់តែអាន ឬខ្វះសិទ្ធិ)។ សូមសួរអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; free some space. The last change was not saved.</source>
        <translation>ថាសរបស់ម៉ាស៊ីនមេពេញហើយ។ សូមបង្កើតទំហំទំនេរ។ ការផ្លាស់ប្ដូរចុងក្រោយមិនត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>The database server of {path} shut down or cut the connection; try again once it is back.</source>
        <translation>ម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យនៃ {path} បានបិទ ឬកាត់ការតភ្ជាប់។ សូមព្យាយាមម្ដងទៀតពេលវាដំណើរការវិញ។</translation>
    </message>
    <message>
        <source>Give a name to credit your edits to.</source>
        <translation>សូមផ្ដល់ឈ្មោះដើម្បីកត់ត្រាការកែរបស់អ្នក។</translation>
    </message>
    <message>
        <source>There is no mission {uuid}.</source>
        <translation>គ្មានបេសកកម្ម {uuid} ទេ។</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} is already stored with different content; give the changed form a new version in its settings sheet.</source>
        <translation>ទម្រង់ {form_id} កំណែ {version} ត្រូវបានរក្សាទុករួចហើយដោយខ្លឹមសារខុសគ្នា សូមផ្ដល់កំណែថ្មីដល់ទម្រង់ដែលបានកែ ក្នុងសន្លឹក settings របស់វា។</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database.</source>
        <translation>ទម្រង់ {form_id} កំណែ {form_version} មិនត្រូវបានរក្សាទុកក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។</translation>
    </message>
    <message>
        <source>There is no submission {uuid}.</source>
        <translation>គ្មានការបញ្ជូន {uuid} ទេ។</translation>
    </message>
    <message>
        <source>{status!r} is not draft or complete.</source>
        <translation>{status!r} មិនមែនជា draft ឬ complete ទេ។</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new name.</source>
        <translation>{target} មានរួចហើយ សូមជ្រើសឈ្មោះថ្មី។</translation>
    </message>
    <message>
        <source>Could not write the snapshot {target}: {error}.</source>
        <translation>មិនអាចសរសេររូបថតចម្លង {target} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្ដើម</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <source>The mission&apos;s end date is before its start date.</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់របស់បេសកកម្មនៅមុនកាលបរិច្ឆេទចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>There is no submission {submission_uuid}.</source>
        <translation>គ្មានការបញ្ជូន {submission_uuid} ទេ។</translation>
    </message>
    <message>
        <source>{path} was changed elsewhere (an import or a resolved conflict) since this form was read; nothing was overwritten and the form now shows the stored answers.</source>
        <translation>{path} ត្រូវបានផ្លាស់ប្ដូរនៅកន្លែងផ្សេង (ការនាំចូល ឬភាពផ្ទុយគ្នាដែលបានដោះស្រាយ) តាំងពីទម្រង់នេះត្រូវបានអាន គ្មានអ្វីត្រូវបានសរសេរជាន់ទេ ហើយទម្រង់ឥឡូវបង្ហាញចម្លើយដែលបានរក្សាទុក។</translation>
    </message>
    <message>
        <source>The sample data does not satisfy {form_id}: {path}: {problem}</source>
        <translation>ទិន្នន័យគំរូមិនបំពេញ {form_id} ទេ៖ {path}៖ {problem}</translation>
    </message>
    <message>
        <source>{text!r} is not a device fingerprint: it has {digits} hexadecimal digits, as &apos;fieldwheel devices&apos; shows them.</source>
        <translation>{text!r} មិនមែនជាស្នាមម្រាមដៃឧបករណ៍ទេ៖ វាមានខ្ទង់គោលដប់ប្រាំមួយ {digits} ដូចដែល &apos;fieldwheel devices&apos; បង្ហាញ។</translation>
    </message>
    <message>
        <source>No known device has the fingerprint {fingerprint}.</source>
        <translation>គ្មានឧបករណ៍ដែលស្គាល់ណាមួយមានស្នាមម្រាមដៃ {fingerprint} ទេ។</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database, so this submission cannot be opened.</source>
        <translation>ទម្រង់ {form_id} កំណែ {form_version} មិនត្រូវបានរក្សាទុកក្នុងមូលដ្ឋានទិន្នន័យនេះទេ ដូច្នេះមិនអាចបើកការបញ្ជូននេះបានទេ។</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} in the package differs from the one stored here; the form must get a new version number.</source>
        <translation>ទម្រង់ {form_id} កំណែ {version} ក្នុងកញ្ចប់ខុសពីទម្រង់ដែលបានរក្សាទុកនៅទីនេះ ទម្រង់ត្រូវទទួលលេខកំណែថ្មី។</translation>
    </message>
    <message>
        <source>Submission {uuid} belongs to another mission or form here than in the package; the package cannot be merged.</source>
        <translation>ការបញ្ជូន {uuid} នៅទីនេះជារបស់បេសកកម្ម ឬទម្រង់ផ្សេងពីក្នុងកញ្ចប់ មិនអាចបញ្ចូលកញ្ចប់បានទេ។</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {current}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} ត្រូវបានសរសេរដោយកំណែ Fieldwheel ថ្មីជាង (គ្រោង {current} កំណែនេះស្គាល់ {known}) សូមធ្វើបច្ចុប្បន្នភាព Fieldwheel ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit ត្រូវតែយ៉ាងហោចណាស់ 1។</translation>
    </message>
    <message>
        <source>Fieldwheel needs sqlite-utils 4.0 or newer to build its search index (this is {installed}); update it, nothing was changed.</source>
        <translation>Fieldwheel ត្រូវការ sqlite-utils 4.0 ឬថ្មីជាង ដើម្បីបង្កើតលិបិក្រមស្វែងរក (នេះជា {installed}) សូមធ្វើបច្ចុប្បន្នភាពវា គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>សូមវាយពាក្យដែលត្រូវស្វែងរក។</translation>
    </message>
    <message>
        <source>Search for at most {most} words at once.</source>
        <translation>សូមស្វែងរកពាក្យច្រើនបំផុត {most} ក្នុងពេលតែមួយ។</translation>
    </message>
    <message>
        <source>The pycountry package is not installed.</source>
        <translation>កញ្ចប់ Python pycountry មិនត្រូវបានដំឡើងទេ។</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. KHM for Cambodia).</source>
        <translation>{value!r} មិនមែនជាលេខកូដប្រទេស ISO 3166-1 alpha-3 ទេ (ឧ. KHM សម្រាប់កម្ពុជា)។</translation>
    </message>
    <message>
        <source>A mission needs a title.</source>
        <translation>បេសកកម្មត្រូវការចំណងជើង។</translation>
    </message>
    <message>
        <source>A mission title can be at most 500 characters.</source>
        <translation>ចំណងជើងបេសកកម្មអាចមានច្រើនបំផុត 500 តួអក្សរ។</translation>
    </message>
    <message>
        <source>{phase!r} is not a phase; choose one of {phases}.</source>
        <translation>{phase!r} មិនមែនជាដំណាក់កាលទេ សូមជ្រើសមួយក្នុងចំណោម {phases}។</translation>
    </message>
    <message>
        <source>The {field} {value!r} is not a date like 2026-11-23.</source>
        <translation>{value!r} ({field}) មិនមែនជាកាលបរិច្ឆេទដូចជា 2026-11-23 ទេ។</translation>
    </message>
    <message>
        <source>The form {form} has no priorities with an outcome and votes, so it cannot open as a workshop board; open it as a form instead.</source>
        <translation>ទម្រង់ {form} គ្មានអាទិភាពដែលមានលទ្ធផល និងការបោះឆ្នោតទេ ដូច្នេះមិនអាចបើកជាក្ដារសិក្ខាសាលាបានទេ សូមបើកវាជាទម្រង់វិញ។</translation>
    </message>
    <message>
        <source>{path} holds another program&apos;s tables, not a Fieldwheel database; give Fieldwheel a database of its own.</source>
        <translation>{path} មានតារាងរបស់កម្មវិធីផ្សេង មិនមែនជាមូលដ្ឋានទិន្នន័យ Fieldwheel ទេ។ សូមផ្ដល់មូលដ្ឋានទិន្នន័យផ្ទាល់ខ្លួនមួយដល់ Fieldwheel។</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database.</source>
        <translation>{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ Fieldwheel ទេ។</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {version}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {path} ត្រូវបានសរសេរដោយកំណែថ្មីជាងរបស់ Fieldwheel (គ្រោងការណ៍ {version} កំណែនេះស្គាល់ {known})។ សូមធ្វើបច្ចុប្បន្នភាព Fieldwheel ដើម្បីបើកវា។</translation>
    </message>
    <message>
        <source>There is no database file {source} to copy.</source>
        <translation>គ្មានឯកសារមូលដ្ឋានទិន្នន័យ {source} សម្រាប់ចម្លងទេ។</translation>
    </message>
    <message>
        <source>{path} cannot be copied onto itself.</source>
        <translation>មិនអាចចម្លង {path} ពីលើខ្លួនវាផ្ទាល់បានទេ។</translation>
    </message>
    <message>
        <source>{path} already holds data ({held}): copy-db only copies into an empty database, so nothing is mixed or overwritten. Give it a new file or an empty server database.</source>
        <translation>{path} មានទិន្នន័យរួចហើយ ({held})៖ copy-db ចម្លងតែទៅក្នុងមូលដ្ឋានទិន្នន័យទទេប៉ុណ្ណោះ ដើម្បីកុំឱ្យមានអ្វីលាយឡំ ឬត្រូវសរសេរជាន់លើ។ សូមផ្ដល់ឯកសារថ្មី ឬមូលដ្ឋានទិន្នន័យទទេលើម៉ាស៊ីនមេ។</translation>
    </message>
    <message>
        <source>The package lists the answer {path} of submission {uuid} twice; it cannot be merged.</source>
        <translation>កញ្ចប់នេះមានចម្លើយ {path} នៃការដាក់ស្នើ {uuid} ពីរដង; មិនអាចបញ្ចូលគ្នាបានទេ។</translation>
    </message>
    <message>
        <source>date() cannot read &apos;{text}&apos; as a date (YYYY-MM-DD).</source>
        <translation>date() មិនអាចអាន &apos;{text}&apos; ជាកាលបរិច្ឆេទបានទេ (YYYY-MM-DD)។</translation>
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
        <source>The form language of the chart and the details</source>
        <translation>ភាសាទម្រង់សម្រាប់គំនូសតាង និងព័ត៌មានលម្អិត</translation>
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
        <source>Importing ODK submissions from {name}…</source>
        <translation>កំពុងនាំចូលការដាក់ស្នើ ODK ពី {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>កំពុងនាំចូល {name}…</translation>
    </message>
</context>
<context>
    <name>package_odk</name>
    <message>
        <source>Export ODK submissions into a folder</source>
        <translation>នាំចេញការដាក់ស្នើ ODK ទៅក្នុងថត</translation>
    </message>
    <message>
        <source>Writing ODK submissions into {name}…</source>
        <translation>កំពុងសរសេរការដាក់ស្នើ ODK ទៅក្នុង {name}…</translation>
    </message>
    <message>
        <source>Exported ODK submissions into {folder}.</source>
        <translation>បាននាំចេញការដាក់ស្នើ ODK ទៅក្នុង {folder}។</translation>
    </message>
    <message>
        <source>{submissions} of {forms} written into {folder} in ODK Briefcase&apos;s layout. Push them to ODK Central with ODK Briefcase, or post each submission.xml to ODK Central or KoboToolbox.</source>
        <translation>{submissions} នៃ {forms} ត្រូវបានសរសេរទៅក្នុង {folder} តាមប្លង់ ODK Briefcase។ រុញវាទៅ ODK Central ដោយ ODK Briefcase ឬផ្ញើ submission.xml នីមួយៗទៅ ODK Central ឬ KoboToolbox។</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>បង្ហាញក្នុងថត</translation>
    </message>
    <message>
        <source>Import ODK submissions from a folder</source>
        <translation>នាំចូលការដាក់ស្នើ ODK ពីថត</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>កំពុងអានការដាក់ស្នើ…</translation>
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
