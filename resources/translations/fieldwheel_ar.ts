<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AcknowledgeField</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Proposed agenda from the diagnostic</source>
        <translation>جدول أعمال مقترح من التشخيص</translation>
    </message>
    <message>
        <source>The building blocks the mission&apos;s diagnostic scored lowest, weakest first. Untick what should not be discussed; titles can be edited here or later.</source>
        <translation>المكوّنات التي حصلت على أدنى الدرجات في تشخيص البعثة، الأضعف أولاً. ألغِ تحديد ما لا ينبغي مناقشته؛ يمكن تعديل العناوين هنا أو لاحقاً.</translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation>إضافة إلى اللوحة</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add attendee {name}</source>
        <translation>إضافة المشارك {name}</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>الحاضرون: {count}</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
</context>
<context>
    <name>BoardDelegate</name>
    <message>
        <source>No building block is called “{text}”; nothing was changed.</source>
        <translation>لا يوجد مكوّن باسم «{text}»؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2027-03-31; nothing was changed.</source>
        <translation>«{text}» ليس تاريخاً مثل 2027-03-31؛ لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>Type to search…</source>
        <translation>اكتب للبحث…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare missions</source>
        <translation>مقارنة البعثات</translation>
    </message>
    <message>
        <source>Missions to compare</source>
        <translation>البعثات المراد مقارنتها</translation>
    </message>
    <message>
        <source>Baseline &amp;rounds too</source>
        <translation>مع جولات &amp;خط الأساس</translation>
    </message>
    <message>
        <source>Give each mission&apos;s earlier round a wheel of its own</source>
        <translation>إعطاء الجولة السابقة لكل بعثة عجلة خاصة بها</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>&amp;تصدير الرسم…</translation>
    </message>
    <message>
        <source>&amp;Missions (tick two or more):</source>
        <translation>&amp;البعثات (حدّد اثنتين أو أكثر):</translation>
    </message>
    <message>
        <source>Tick two or more missions, or one with “Baseline rounds too”.</source>
        <translation>حدّد بعثتين أو أكثر، أو بعثة واحدة مع «مع جولات خط الأساس».</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic in every ticked mission to compare them.</source>
        <translation>املأ تشخيص 360° في كل بعثة محدّدة لمقارنتها.</translation>
    </message>
    <message>
        <source>Wheels side by side</source>
        <translation>العجلات جنباً إلى جنب</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>تعارضات يجب حلّها</translation>
    </message>
    <message>
        <source>Type another value, or leave empty to clear</source>
        <translation>اكتب قيمة أخرى، أو اتركها فارغة للمسح</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>الإبقاء على إجابتنا</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s answer</source>
        <translation>الإبقاء على إجابة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>أخذ إجابتهم</translation>
    </message>
    <message>
        <source>Take the package&apos;s answer</source>
        <translation>أخذ إجابة الحزمة</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>استخدام هذه القيمة</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>التعارض المحدّد</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation>إجابتنا:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>إجابتهم:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>أو:</translation>
    </message>
    <message>
        <source>Each was changed both here and in an imported package, without seeing the other. Choose which value is right; nothing is overwritten until you do.</source>
        <translation>تغيّرت كل إجابة هنا وفي حزمة مستوردة دون أن ترى إحداهما الأخرى. اختر القيمة الصحيحة؛ لا يُستبدل شيء قبل اختيارك.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>لا توجد تعارضات يجب حلّها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation>
            <numerusform>لا إجابات للبتّ فيها.</numerusform>
            <numerusform>إجابة واحدة للبتّ فيها.</numerusform>
            <numerusform>إجابتان للبتّ فيهما.</numerusform>
            <numerusform>%Ln إجابات للبتّ فيها.</numerusform>
            <numerusform>%Ln إجابة للبتّ فيها.</numerusform>
            <numerusform>%Ln إجابة للبتّ فيها.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message>
        <source>Answers changed both here and in an imported package</source>
        <translation>إجابات تغيّرت هنا وفي حزمة مستوردة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد يجب حلّه</numerusform>
            <numerusform>تعارضان يجب حلّهما</numerusform>
            <numerusform>%Ln تعارضات يجب حلّها</numerusform>
            <numerusform>%Ln تعارضاً يجب حلّه</numerusform>
            <numerusform>%Ln تعارض يجب حلّه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>إجابتنا</translation>
    </message>
    <message>
        <source>Ours: who, when</source>
        <translation>إجابتنا: من ومتى</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>إجابتهم</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>إجابتهم: من ومتى</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code, e.g. camb</source>
        <translation>اسم البلد أو رمزه، مثلاً camb</translation>
    </message>
    <message>
        <source>Start typing a country&apos;s name or its three-letter code.</source>
        <translation>ابدأ بكتابة اسم البلد أو رمزه المكوّن من ثلاثة أحرف.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down or F4)</source>
        <translation>اختيار التاريخ من التقويم (Alt+سهم لأسفل أو F4)</translation>
    </message>
</context>
<context>
    <name>DebouncedField</name>
    <message>
        <source>This is not complete yet, so it was not saved.</source>
        <translation>هذا غير مكتمل بعد، لذلك لم يُحفظ.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Fieldwheel</source>
        <translation>مرحباً بك في Fieldwheel</translation>
    </message>
    <message>
        <source>There are no missions in this database yet. A mission is one country&apos;s engagement: its diagnostic interviews, validation workshops, pledges and monitoring rounds.

Try the sample missions to see how it works, or create your own.</source>
        <translation>لا توجد بعثات في قاعدة البيانات هذه بعد. البعثة هي مرافقة بلد واحد: مقابلات التشخيص، وورش التحقق، والتعهدات، وجولات المتابعة.

جرّب البعثات النموذجية لترى كيف يعمل البرنامج، أو أنشئ بعثتك.</translation>
    </message>
    <message>
        <source>Load the sample missions</source>
        <translation>تحميل البعثات النموذجية</translation>
    </message>
    <message>
        <source>Add fictional missions for Madagascar, the Dominican Republic, Mauritania and Cambodia, with filled-in forms, to explore.</source>
        <translation>إضافة بعثات خيالية لمدغشقر وجمهورية الدومينيكان وموريتانيا وكمبوديا، مع استمارات مملوءة، للاستكشاف.</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>بعثة جديدة…</translation>
    </message>
    <message>
        <source>Create a mission for your country (Ctrl+N).</source>
        <translation>إنشاء بعثة لبلدك (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <source>Label language</source>
        <translation>لغة التسميات</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;التسميات بـ:</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>&amp;تصدير الرسم…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>حفظ الرسم صورةً PNG أو رسماً SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see this view.</source>
        <translation>اختر بعثة لعرض هذه الصفحة.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>Optional. A password encrypts the file: nobody can open it, in Fieldwheel or Excel, without the password. It is not stored anywhere and cannot be recovered, so send it to headquarters separately from the file.</source>
        <translation>اختياري. كلمة المرور تشفّر الملف: لا يمكن لأحد فتحه، في Fieldwheel أو Excel، بدونها. لا تُحفظ في أي مكان ولا يمكن استرجاعها، فأرسلها إلى المقر منفصلة عن الملف.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>مرة أخرى:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Include wheel charts</source>
        <translation>تضمين رسوم العجلة</translation>
    </message>
    <message>
        <source>Pictures of each wheel on the Wheel sheet; they make the file larger.</source>
        <translation>صورة كل عجلة في ورقة العجلة؛ تجعل الملف أكبر.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Names (as KoboToolbox&apos;s default export)</source>
        <translation>الأسماء (كما في التصدير الافتراضي لـ KoboToolbox)</translation>
    </message>
    <message>
        <source>Labels in {language}</source>
        <translation>التسميات: {language}</translation>
    </message>
    <message>
        <source>What the data sheets&apos; headers and choice answers show: names or labels.</source>
        <translation>ما تعرضه عناوين أوراق البيانات وإجابات الاختيار: الأسماء أو التسميات.</translation>
    </message>
    <message>
        <source>&amp;Headers and choices:</source>
        <translation>&amp;العناوين والخيارات:</translation>
    </message>
    <message>
        <source>The selected mission:</source>
        <translation>البعثة المحدّدة:</translation>
    </message>
    <message>
        <source>The selected mission (none is selected)</source>
        <translation>البعثة المحدّدة (لا توجد بعثة محدّدة)</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation>
            <numerusform>لا بعثات</numerusform>
            <numerusform>البعثة الوحيدة</numerusform>
            <numerusform>البعثتان كلتاهما</numerusform>
            <numerusform>كل البعثات الـ%Ln</numerusform>
            <numerusform>كل البعثات الـ%Ln</numerusform>
            <numerusform>كل البعثات الـ%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
</context>
<context>
    <name>FillSession</name>
    <message>
        <source>Answers changed elsewhere (another window, an import or a resolved conflict) and are shown as stored now: {questions}</source>
        <translation>تغيّرت إجابات في مكان آخر (نافذة أخرى أو استيراد أو تعارض محلول) وتُعرض كما هي محفوظة الآن: {questions}</translation>
    </message>
    <message>
        <source>Repeats changed elsewhere and are shown as stored now.</source>
        <translation>تغيّرت تكرارات في مكان آخر وتُعرض كما هي محفوظة الآن.</translation>
    </message>
</context>
<context>
    <name>FillerActions</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>القسم السابق</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>القسم التالي</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>وضع علامة مكتمل</translation>
    </message>
    <message>
        <source>Language of the form&apos;s questions</source>
        <translation>لغة أسئلة النموذج</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>This submission is complete; edits are still saved (Ctrl+Enter)</source>
        <translation>هذه الاستمارة مكتملة؛ التعديلات لا تزال تُحفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check every answer and mark the submission complete (Ctrl+Enter)</source>
        <translation>التحقق من كل إجابة ووضع علامة مكتملة على الاستمارة (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message>
        <source>Saved · {time}</source>
        <translation>حُفظ · {time}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>لم يُحفظ: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation>
            <numerusform>لا إجابات تحتاج إلى انتباه.</numerusform>
            <numerusform>إجابة واحدة تحتاج إلى انتباه قبل وضع علامة مكتملة: {message}</numerusform>
            <numerusform>إجابتان تحتاجان إلى انتباه قبل وضع علامة مكتملة. الأولى: {message}</numerusform>
            <numerusform>%Ln إجابات تحتاج إلى انتباه قبل وضع علامة مكتملة. الأولى: {message}</numerusform>
            <numerusform>%Ln إجابة تحتاج إلى انتباه قبل وضع علامة مكتملة. الأولى: {message}</numerusform>
            <numerusform>%Ln إجابة تحتاج إلى انتباه قبل وضع علامة مكتملة. الأولى: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked complete · {time}</source>
        <translation>وُضعت علامة مكتملة · {time}</translation>
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
        <translation>الافتراضية</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Accept these edits as…</source>
        <translation>قبول هذه التعديلات باسم…</translation>
    </message>
    <message>
        <source>Import the file with the changed cells recorded as this person&apos;s edits</source>
        <translation>استيراد الملف مع تسجيل الخلايا المعدّلة كتعديلات هذا الشخص</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>إدخال كلمة المرور…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>حلّ التعارضات…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>استُوردت الحزمة.</translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation>لم تُستورد الحزمة.</translation>
    </message>
    <message>
        <source>{imported} of {total} packages imported.</source>
        <translation>استُوردت {imported} من {total} حزم.</translation>
    </message>
    <message>
        <source>Changed cells: {cells}</source>
        <translation>الخلايا المعدّلة: {cells}</translation>
    </message>
    <message>
        <source>Added: {added}
Updated: {updated}
Unchanged: {unchanged}</source>
        <translation>أُضيف: {added}
حُدّث: {updated}
دون تغيير: {unchanged}</translation>
    </message>
    <message>
        <source>Whose edits are these? Each changed cell is recorded as this person&apos;s edit.</source>
        <translation>لمن هذه التعديلات؟ تُسجَّل كل خلية معدّلة كتعديل لهذا الشخص.</translation>
    </message>
    <message>
        <source>Import it unsigned</source>
        <translation>استيرادها دون توقيع</translation>
    </message>
    <message>
        <source>Only if you trust where the file came from; the report will say it is unsigned</source>
        <translation>فقط إذا كنت تثق بمصدر الملف؛ سيذكر التقرير أنه غير موقّع</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Forms, missions, submissions and answers together</source>
        <translation>النماذج والبعثات والاستمارات والإجابات معاً</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <source>KPI charts</source>
        <translation>رسوم المؤشرات</translation>
    </message>
    <message>
        <source>Fill a monitoring round for this mission to follow its KPIs.</source>
        <translation>املأ جولة متابعة لهذه البعثة لتتبّع مؤشرات أدائها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>لا مؤشرات</numerusform>
            <numerusform>مؤشر واحد</numerusform>
            <numerusform>مؤشران</numerusform>
            <numerusform>%Ln مؤشرات</numerusform>
            <numerusform>%Ln مؤشراً</numerusform>
            <numerusform>%Ln مؤشر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation>
            <numerusform>لا جولات متابعة</numerusform>
            <numerusform>جولة متابعة واحدة</numerusform>
            <numerusform>جولتا متابعة</numerusform>
            <numerusform>%Ln جولات متابعة</numerusform>
            <numerusform>%Ln جولة متابعة</numerusform>
            <numerusform>%Ln جولة متابعة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>العجلة</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>التعهدات</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>بعثة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create a mission</source>
        <translation>إنشاء بعثة</translation>
    </message>
    <message>
        <source>&amp;Edit mission…</source>
        <translation>&amp;تعديل البعثة…</translation>
    </message>
    <message>
        <source>Change the selected mission</source>
        <translation>تعديل البعثة المحدّدة</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected submission, or the selected mission</source>
        <translation>حذف الاستمارة المحدّدة، أو البعثة المحدّدة</translation>
    </message>
    <message>
        <source>Load the &amp;sample missions</source>
        <translation>تحميل البعثات &amp;النموذجية</translation>
    </message>
    <message>
        <source>Add fictional missions for four partner countries, with filled-in forms</source>
        <translation>إضافة بعثات خيالية لأربعة بلدان شريكة، مع استمارات مملوءة</translation>
    </message>
    <message>
        <source>&amp;Compare missions…</source>
        <translation>&amp;مقارنة البعثات…</translation>
    </message>
    <message>
        <source>See several missions&apos; wheels side by side, block by block</source>
        <translation>عرض عجلات عدة بعثات جنباً إلى جنب، مكوّناً بمكوّن</translation>
    </message>
    <message>
        <source>New &amp;submission…</source>
        <translation>استمارة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Start a submission from a built-in form</source>
        <translation>بدء استمارة من نموذج مدمج</translation>
    </message>
    <message>
        <source>New submission from an XLSForm &amp;file…</source>
        <translation>استمارة جديدة من &amp;ملف XLSForm…</translation>
    </message>
    <message>
        <source>Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)</source>
        <translation>بدء استمارة من ملف XLSForm (.xlsx, .xls, .csv, .md)</translation>
    </message>
    <message>
        <source>&amp;Open submission</source>
        <translation>&amp;فتح الاستمارة</translation>
    </message>
    <message>
        <source>Open the selected submission to fill it in</source>
        <translation>فتح الاستمارة المحدّدة لملئها</translation>
    </message>
    <message>
        <source>Open as workshop &amp;board</source>
        <translation>فتح كلوحة &amp;ورشة</translation>
    </message>
    <message>
        <source>Capture the selected validation workshop live, with a projector view</source>
        <translation>تسجيل ورشة التحقق المحدّدة مباشرة، مع عرض للشاشة الكبيرة</translation>
    </message>
    <message>
        <source>Start &amp;workshop</source>
        <translation>بدء &amp;ورشة</translation>
    </message>
    <message>
        <source>Start a validation workshop on the selected mission and open its board</source>
        <translation>بدء ورشة تحقق للبعثة المحدّدة وفتح لوحتها</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>إعادة قراءة القوائم</translation>
    </message>
    <message>
        <source>Open &amp;server database…</source>
        <translation>فتح قاعدة بيانات على ال&amp;خادم…</translation>
    </message>
    <message>
        <source>Work on your organisation&apos;s PostgreSQL database, shared by analysts</source>
        <translation>العمل على قاعدة بيانات PostgreSQL الخاصة بمؤسستك، المشتركة بين المحللين</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write missions as one Excel package to carry to headquarters</source>
        <translation>كتابة البعثات في حزمة Excel واحدة لحملها إلى المقر</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>Import and merge Excel packages from the field</source>
        <translation>استيراد حزم Excel من الميدان ودمجها</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>حلّ الت&amp;عارضات…</translation>
    </message>
    <message>
        <source>Choose between answers changed both here and in a package</source>
        <translation>الاختيار بين إجابات تغيّرت هنا وفي حزمة</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;تقرير…</translation>
    </message>
    <message>
        <source>Write the selected mission&apos;s report or workshop minutes as a PDF</source>
        <translation>كتابة تقرير البعثة المحدّدة أو محضر الورشة بصيغة PDF</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>&amp;اسمك…</translation>
    </message>
    <message>
        <source>Change the name your edits in this database are credited to</source>
        <translation>تغيير الاسم الذي تُنسب إليه تعديلاتك في قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Fieldwheel</source>
        <translation>إغلاق Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;بعثة</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;استمارة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find answers, evidence, chosen answers and missions</source>
        <translation>البحث في الإجابات والأدلة والخيارات والبعثات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Database: {path} — every change is saved as you make it.</source>
        <translation>قاعدة البيانات: {path} — يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>Editing as {name}</source>
        <translation>تعدّل باسم {name}</translation>
    </message>
    <message>
        <source>Who is editing?</source>
        <translation>من يعدّل؟</translation>
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
        <translation>أُنشئت البعثة.</translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation>حُفظت البعثة.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation>
            <numerusform>حذف البعثة «{title}»؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
            <numerusform>حذف البعثة «{title}» واستمارتها الوحيدة؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
            <numerusform>حذف البعثة «{title}» واستمارتيها؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
            <numerusform>حذف البعثة «{title}» واستماراتها الـ%Ln؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
            <numerusform>حذف البعثة «{title}» واستماراتها الـ%Ln؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
            <numerusform>حذف البعثة «{title}» واستماراتها الـ%Ln؟ ستختفي من قوائم هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>حذف البعثة</translation>
    </message>
    <message>
        <source>Mission deleted.</source>
        <translation>حُذفت البعثة.</translation>
    </message>
    <message>
        <source>Delete the submission “{form}” by {author}?</source>
        <translation>حذف الاستمارة «{form}» التي ملأها {author}؟</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>حذف الاستمارة</translation>
    </message>
    <message>
        <source>Submission deleted.</source>
        <translation>حُذفت الاستمارة.</translation>
    </message>
    <message>
        <source>Building the sample missions…</source>
        <translation>جارٍ إنشاء البعثات النموذجية…</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>تعديل البعثة</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>بعثة جديدة</translation>
    </message>
    <message>
        <source>Where the mission is in the four-phase engagement.</source>
        <translation>موقع البعثة في المرافقة ذات المراحل الأربع.</translation>
    </message>
    <message>
        <source>e.g. Cambodia digital transformation diagnostic</source>
        <translation>مثلاً: تشخيص التحول الرقمي في كمبوديا</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>اسم واحد في كل سطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>ال&amp;مرحلة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>تاريخ ال&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>تاريخ الان&amp;تهاء</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>الف&amp;ريق</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Discard what you typed in this mission?</source>
        <translation>تجاهل ما كتبته في هذه البعثة؟</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>MissionModel</name>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>الاستمارات</translation>
    </message>
</context>
<context>
    <name>MissionPanel</name>
    <message>
        <source>Missions</source>
        <translation>البعثات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;البعثات&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>New submission</source>
        <translation>استمارة جديدة</translation>
    </message>
    <message>
        <source>Start a submission in &lt;b&gt;{mission}&lt;/b&gt;.</source>
        <translation>بدء استمارة في &lt;b&gt;{mission}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Built-in forms</source>
        <translation>النماذج المدمجة</translation>
    </message>
    <message>
        <source>Recorded as the author of the submission.</source>
        <translation>يُسجَّل كمحرّر الاستمارة.</translation>
    </message>
    <message>
        <source>Use an XLSForm &amp;file…</source>
        <translation>استخدام &amp;ملف XLSForm…</translation>
    </message>
    <message>
        <source>Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk.</source>
        <translation>البدء من ملف XLSForm (.xlsx أو .xls أو .csv أو .md) على القرص.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>ا&amp;سمك</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Type the date as digits, e.g. 20261201; empty: not set</source>
        <translation>اكتب التاريخ أرقاماً، مثلاً 20261201؛ فارغ: غير محدّد</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>لا نماذج</numerusform>
            <numerusform>نموذج واحد</numerusform>
            <numerusform>نموذجان</numerusform>
            <numerusform>%Ln نماذج</numerusform>
            <numerusform>%Ln نموذجاً</numerusform>
            <numerusform>%Ln نموذج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>لا بعثات</numerusform>
            <numerusform>بعثة واحدة</numerusform>
            <numerusform>بعثتان</numerusform>
            <numerusform>%Ln بعثات</numerusform>
            <numerusform>%Ln بعثة</numerusform>
            <numerusform>%Ln بعثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s)</source>
        <translation>
            <numerusform>لا استمارات</numerusform>
            <numerusform>استمارة واحدة</numerusform>
            <numerusform>استمارتان</numerusform>
            <numerusform>%Ln استمارات</numerusform>
            <numerusform>%Ln استمارة</numerusform>
            <numerusform>%Ln استمارة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>لا إجابات</numerusform>
            <numerusform>إجابة واحدة</numerusform>
            <numerusform>إجابتان</numerusform>
            <numerusform>%Ln إجابات</numerusform>
            <numerusform>%Ln إجابة</numerusform>
            <numerusform>%Ln إجابة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation>
            <numerusform>لا حزم للاستيراد</numerusform>
            <numerusform>جارٍ استيراد حزمة واحدة…</numerusform>
            <numerusform>جارٍ استيراد حزمتين…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزم…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزمة…</numerusform>
            <numerusform>جارٍ استيراد %Ln حزمة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation>
            <numerusform>عُدّل {name} يدوياً بعد التصدير. اقبل التعديلات كتعديلات شخص ما، أو استورد الملف كما صُدّر.</numerusform>
            <numerusform>عُدّل {name} يدوياً بعد التصدير، في خلية واحدة. اقبل التعديل كتعديل شخص ما، أو استورد الملف كما صُدّر.</numerusform>
            <numerusform>عُدّل {name} يدوياً بعد التصدير، في خليتين. اقبل التعديلات كتعديلات شخص ما، أو استورد الملف كما صُدّر.</numerusform>
            <numerusform>عُدّل {name} يدوياً بعد التصدير، في %Ln خلايا. اقبل التعديلات كتعديلات شخص ما، أو استورد الملف كما صُدّر.</numerusform>
            <numerusform>عُدّل {name} يدوياً بعد التصدير، في %Ln خلية. اقبل التعديلات كتعديلات شخص ما، أو استورد الملف كما صُدّر.</numerusform>
            <numerusform>عُدّل {name} يدوياً بعد التصدير، في %Ln خلية. اقبل التعديلات كتعديلات شخص ما، أو استورد الملف كما صُدّر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Pledge map chart</source>
        <translation>خريطة التعهدات</translation>
    </message>
    <message>
        <source>Fill a P2C pledge register for this mission to map its pledges.</source>
        <translation>املأ سجل تعهدات P2C لهذه البعثة لرسم خريطة تعهداتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>لا تعهدات</numerusform>
            <numerusform>تعهد واحد</numerusform>
            <numerusform>تعهدان</numerusform>
            <numerusform>%Ln تعهدات</numerusform>
            <numerusform>%Ln تعهداً</numerusform>
            <numerusform>%Ln تعهد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation>
            <numerusform>لا أولويات معتمدة بلا تعهد</numerusform>
            <numerusform>أولوية معتمدة واحدة بلا تعهد</numerusform>
            <numerusform>أولويتان معتمدتان بلا تعهد</numerusform>
            <numerusform>%Ln أولويات معتمدة بلا تعهد</numerusform>
            <numerusform>%Ln أولوية معتمدة بلا تعهد</numerusform>
            <numerusform>%Ln أولوية معتمدة بلا تعهد</numerusform>
        </translation>
    </message>
    <message>
        <source>no validation workshop yet</source>
        <translation>لا ورشة تحقق بعد</translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <source>No priority selected.</source>
        <translation>لم تُحدَّد أي أولوية.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(بلا عنوان بعد)</translation>
    </message>
    <message>
        <source>Priority {rank}: {title}</source>
        <translation>الأولوية {rank}: {title}</translation>
    </message>
</context>
<context>
    <name>PrioritySteps</name>
    <message>
        <source>Add priority</source>
        <translation>إضافة أولوية</translation>
    </message>
    <message>
        <source>Re-rank priority</source>
        <translation>إعادة ترتيب الأولوية</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>إزالة الأولوية</translation>
    </message>
    <message>
        <source>Add the proposed agenda</source>
        <translation>إضافة جدول الأعمال المقترح</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Workshop — projector</source>
        <translation>الورشة — الشاشة الكبيرة</translation>
    </message>
    <message>
        <source>Priority {rank} of {total}</source>
        <translation>الأولوية {rank} من {total}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(بلا عنوان بعد)</translation>
    </message>
    <message>
        <source>No building block yet</source>
        <translation>لا مكوّن بعد</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>لم يُبتّ فيها بعد</translation>
    </message>
    <message>
        <source>No votes counted yet</source>
        <translation>لم تُحتسب أصوات بعد</translation>
    </message>
    <message>
        <source>For</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>ضد</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>امتناع</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>المسؤول: {owner}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>الاستحقاق: {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation>
            <numerusform>لا أولويات</numerusform>
            <numerusform>أولوية واحدة</numerusform>
            <numerusform>أولويتان</numerusform>
            <numerusform>%Ln أولويات</numerusform>
            <numerusform>%Ln أولوية</numerusform>
            <numerusform>%Ln أولوية</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: {count}</source>
        <translation>لم يُبتّ فيها بعد: {count}</translation>
    </message>
    <message>
        <source>No building block addressed yet.</source>
        <translation>لم يُعالَج أي مكوّن بعد.</translation>
    </message>
    <message>
        <source>Building blocks addressed</source>
        <translation>المكوّنات المعالَجة</translation>
    </message>
</context>
<context>
    <name>RadioField</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>إزالة هذه الإجابة</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Remove entry</source>
        <translation>إزالة المدخل</translation>
    </message>
    <message>
        <source>Remove “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation>إزالة «{title}» وكل إجاباته؟ يمكنك التراجع بـ Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>إضافة إلى {label}</translation>
    </message>
    <message>
        <source>Add to {label} ({keys})</source>
        <translation>إضافة إلى {label} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report</source>
        <translation>تقرير البعثة</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>إنشاء ملف PDF</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>التقرير الكامل</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>محضر الورشة</translation>
    </message>
    <message>
        <source>The mission has no validation workshop yet.</source>
        <translation>لا توجد ورشة تحقق للبعثة بعد.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>رسالة أمريكية</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Words, word* for a prefix, &quot;a phrase&quot; — answers, choices, missions</source>
        <translation>كلمات، كلمة* لبادئة، «عبارة» — إجابات، خيارات، بعثات</translation>
    </message>
    <message>
        <source>Enter or double-click opens the submission at that question; Esc closes.</source>
        <translation>Enter أو النقر المزدوج يفتح الاستمارة عند ذلك السؤال؛ Esc يغلق.</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>كل البعثات</translation>
    </message>
    <message>
        <source>The best {count} matches; add a word to narrow the search.</source>
        <translation>أفضل {count} نتيجة؛ أضف كلمة لتضييق البحث.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first.</source>
        <translation>
            <numerusform>لا نتائج.</numerusform>
            <numerusform>نتيجة واحدة.</numerusform>
            <numerusform>نتيجتان، الأفضل أولاً.</numerusform>
            <numerusform>%Ln نتائج، الأفضل أولاً.</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولاً.</numerusform>
            <numerusform>%Ln نتيجة، الأفضل أولاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Mission</source>
        <translation>البعثة</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>the mission itself</source>
        <translation>البعثة نفسها</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>عنوان البعثة</translation>
    </message>
    <message>
        <source>Mission notes</source>
        <translation>ملاحظات البعثة</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>أُجيب عن {answered} من {total}</translation>
    </message>
    <message>
        <source>{n} required still empty</source>
        <translation>{n} إلزامية لا تزال فارغة</translation>
    </message>
    <message>
        <source>{n} answers not accepted</source>
        <translation>{n} إجابات غير مقبولة</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fieldwheel never stores passwords: remove it from the address and let PostgreSQL find it in the PGPASSWORD variable, in ~/.pgpass or in a service file (pg_service.conf).</source>
        <translation>لا يحفظ Fieldwheel كلمات المرور أبدًا: احذفها من العنوان ودع PostgreSQL يجدها في المتغير PGPASSWORD أو في ‪~/.pgpass‬ أو في ملف خدمة (pg_service.conf).</translation>
    </message>
    <message>
        <source>Say which database on the server to open, for example {example}.</source>
        <translation>حدّد قاعدة البيانات التي تريد فتحها على الخادم، مثلًا {example}.</translation>
    </message>
    <message>
        <source>A server database&apos;s address starts with postgresql://, for example {example}.</source>
        <translation>يبدأ عنوان قاعدة البيانات على الخادم بـ postgresql://‎، مثلًا {example}.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ رقمًا من 1 إلى 65535.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>فتح قاعدة بيانات على الخادم</translation>
    </message>
    <message>
        <source>Choose one opened before</source>
        <translation>اختر واحدة فُتحت من قبل</translation>
    </message>
    <message>
        <source>e.g. hq-server.example.org</source>
        <translation>مثلًا hq-server.example.org</translation>
    </message>
    <message>
        <source>5432 (PostgreSQL&apos;s usual port)</source>
        <translation>5432 (المنفذ المعتاد لـ PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. fieldwheel</source>
        <translation>مثلًا fieldwheel</translation>
    </message>
    <message>
        <source>Fieldwheel never stores passwords. When the server asks for one, PostgreSQL reads it from the PGPASSWORD variable, from ~/.pgpass or from a service file.</source>
        <translation>لا يحفظ Fieldwheel كلمات المرور أبدًا. عندما يطلب الخادم كلمة مرور، يقرؤها PostgreSQL من المتغير PGPASSWORD أو من ‪~/.pgpass‬ أو من ملف خدمة.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>ال&amp;مضيف</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>ال&amp;منفذ</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>ال&amp;مستخدم</translation>
    </message>
    <message>
        <source>or &amp;URL</source>
        <translation>أو &amp;URL</translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Form</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>المحرّر</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>مُجاب</translation>
    </message>
    <message>
        <source>{form_id}, version {version}</source>
        <translation>{form_id}، الإصدار {version}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a submission.</source>
        <translation>انقر نقراً مزدوجاً أو اضغط Enter لفتح استمارة.</translation>
    </message>
    <message>
        <source>Submissions of “{title}”</source>
        <translation>استمارات «{title}»</translation>
    </message>
    <message>
        <source>Choose a mission to see its submissions.</source>
        <translation>اختر بعثة لعرض استماراتها.</translation>
    </message>
    <message>
        <source>No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N).</source>
        <translation>لا استمارات بعد. ابدأ واحدة من استمارة ◂ استمارة جديدة (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>SubmissionStarter</name>
    <message>
        <source>Reading the built-in forms…</source>
        <translation>جارٍ قراءة النماذج المدمجة…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <source>Not supported on desktop yet ({type})</source>
        <translation>غير مدعوم على سطح المكتب بعد ({type})</translation>
    </message>
</context>
<context>
    <name>WheelDetails</name>
    <message>
        <source>Choose a block…</source>
        <translation>اختر مكوّناً…</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Question and respondent</source>
        <translation>السؤال والمجيب</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block details&lt;/b&gt;</source>
        <translation>&lt;b&gt;تفاصيل المكوّن&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a block of the wheel, or choose one above, to see its questions and every answer.</source>
        <translation>انقر على مكوّن في العجلة، أو اختر واحداً أعلاه، لعرض أسئلته وكل الإجابات.</translation>
    </message>
    <message>
        <source>No answer scores this block yet.</source>
        <translation>لا توجد إجابة تمنح هذا المكوّن درجة بعد.</translation>
    </message>
    <message>
        <source>Median {median} across {n} groups, ranging from {low} to {high}.</source>
        <translation>الوسيط {median} عبر {n} مجموعات، من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation>الدرجة {score}.</translation>
    </message>
    <message>
        <source>{answered} of {total} answers given.</source>
        <translation>قُدّمت {answered} من {total} إجابات.</translation>
    </message>
    <message>
        <source>Target {target}.</source>
        <translation>الهدف {target}.</translation>
    </message>
    <message>
        <source>Baseline {score}.</source>
        <translation>خط الأساس {score}.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>Label language</source>
        <translation>لغة التسميات</translation>
    </message>
    <message>
        <source>The form language of the chart and the details</source>
        <translation>لغة النموذج للرسم والتفاصيل</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;التسميات بـ:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Save the wheel as a PNG image or an SVG drawing</source>
        <translation>حفظ العجلة صورةً PNG أو رسماً SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see its wheel.</source>
        <translation>اختر بعثة لعرض عجلتها.</translation>
    </message>
    <message>
        <source>Drawing the wheel…</source>
        <translation>جارٍ رسم العجلة…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic to see the wheel.</source>
        <translation>املأ تشخيص 360° لعرض العجلة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation>
            <numerusform>لا مجيبين · إجابات حتى {date}</numerusform>
            <numerusform>مجيب واحد · إجابات حتى {date}</numerusform>
            <numerusform>مجيبان · إجابات حتى {date}</numerusform>
            <numerusform>%Ln مجيبين · إجابات حتى {date}</numerusform>
            <numerusform>%Ln مجيباً · إجابات حتى {date}</numerusform>
            <numerusform>%Ln مجيب · إجابات حتى {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>لا بيانات بعد</translation>
    </message>
    <message>
        <source>Median {median} of {n} groups ({low}–{high})</source>
        <translation>الوسيط {median} من {n} مجموعات ({low}–{high})</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>الدرجة {score}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>حُفظ {name}.</translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <source>Wheel chart</source>
        <translation>رسم العجلة</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · F7: timer on the projector · Ctrl+=/Ctrl+-: zoom</source>
        <translation>Enter في آخر صف: أولوية جديدة · في خلية قرار أو تصويت: V معتمدة، M معدّلة، R مرفوضة، D مؤجّلة · Tab: الخلية التالية · Alt+↑/↓: إعادة الترتيب · F5: الشاشة الكبيرة · F6: الملخص · F7: المؤقّت على الشاشة الكبيرة · Ctrl+=/Ctrl+-: التكبير</translation>
    </message>
    <message>
        <source>Workshop board · {author} — {mission} — {database} — Fieldwheel</source>
        <translation>لوحة الورشة · {author} — {mission} — {database} — Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;اللوحة</translation>
    </message>
    <message>
        <source>&amp;Add priority</source>
        <translation>&amp;إضافة أولوية</translation>
    </message>
    <message>
        <source>&amp;Proposed agenda from the wheel…</source>
        <translation>جدول أعمال &amp;مقترح من العجلة…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>الأ&amp;ولويات</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>الشاشة ال&amp;كبيرة</translation>
    </message>
    <message>
        <source>&amp;Summary on the projector</source>
        <translation>ال&amp;ملخص على الشاشة الكبيرة</translation>
    </message>
    <message>
        <source>&amp;Timer on the projector</source>
        <translation>المؤ&amp;قّت على الشاشة الكبيرة</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Every scored building block already has a priority on the board.</source>
        <translation>لكل مكوّن له درجة أولوية على اللوحة بالفعل.</translation>
    </message>
    <message>
        <source>Proposed priorities added; Ctrl+Z takes them back.</source>
        <translation>أُضيفت الأولويات المقترحة؛ Ctrl+Z يلغيها.</translation>
    </message>
    <message>
        <source>Priority {rank}: {time}</source>
        <translation>الأولوية {rank}: {time}</translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <source>Your name, as it should appear beside every answer you enter or change in {database}:</source>
        <translation>اسمك، كما يجب أن يظهر بجانب كل إجابة تُدخلها أو تغيّرها في {database}:</translation>
    </message>
</context>
<context>
    <name>engagement</name>
    <message>
        <source>On track</source>
        <translation>على المسار</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرّض للخطر</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>خارج المسار</translation>
    </message>
    <message>
        <source>weak, no pledge</source>
        <translation>ضعيف، بلا تعهد</translation>
    </message>
    <message>
        <source>{n} unpledged</source>
        <translation>{n} بلا تعهد</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>التعهدات</translation>
    </message>
    <message>
        <source>Amounts (per currency)</source>
        <translation>المبالغ (حسب العملة)</translation>
    </message>
    <message>
        <source>Pledgers</source>
        <translation>المتعهدون</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>الأولويات</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>GAP: no pledge</source>
        <translation>فجوة: لا تعهد</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Validated priority</source>
        <translation>الأولوية المعتمدة</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>تعهّد بها</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>لا قيمة</translation>
    </message>
    <message>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالي</translation>
    </message>
</context>
<context>
    <name>engagement_export</name>
    <message>
        <source>Export the chart</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>جارٍ حفظ الرسم…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Fieldwheel. Every answer saved so far is safe; please copy the details and send them to your support contact.</source>
        <translation>حدث خطأ داخل Fieldwheel. كل الإجابات المحفوظة حتى الآن آمنة؛ يُرجى نسخ التفاصيل وإرسالها إلى جهة الدعم.</translation>
    </message>
    <message>
        <source>The details are also in {path}.</source>
        <translation>التفاصيل موجودة أيضاً في {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation>نسخ التفاصيل التقنية إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>package_export</name>
    <message>
        <source>Exporting {name}…</source>
        <translation>جارٍ تصدير {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>صُدّر {path}.</translation>
    </message>
    <message>
        <source>{name} is ready: {missions}, {submissions} and {answers}. Carry this one file to headquarters.</source>
        <translation>{name} جاهز: {missions}، و{submissions}، و{answers}. احمل هذا الملف الواحد إلى المقر.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
</context>
<context>
    <name>package_import</name>
    <message>
        <source>{name} is protected by a password. Type its password:</source>
        <translation>{name} محمي بكلمة مرور. اكتب كلمة المرور:</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
</context>
<context>
    <name>package_report</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>مستوردة سابقاً</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>غير مستوردة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Cancelled before its turn; nothing from {name} was imported.</source>
        <translation>أُلغيت قبل دورها؛ لم يُستورد شيء من {name}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password, and none was given.</source>
        <translation>{name} محمي بكلمة مرور، ولم تُقدَّم أي كلمة.</translation>
    </message>
    <message>
        <source>{name} is not signed: it was written before Fieldwheel signed packages, or its signature was removed. Import it unsigned only if you trust where it came from.</source>
        <translation>{name} غير موقّع: كُتب قبل أن يوقّع Fieldwheel الحزم، أو أُزيل توقيعه. استورده دون توقيع فقط إذا كنت تثق بمصدره.</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Initiation</source>
        <translation>الانطلاق</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>الاستراتيجية</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>التنفيذ</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>XLSForms ({patterns})</source>
        <translation>ملفات XLSForm ({patterns})</translation>
    </message>
    <message>
        <source>Open an XLSForm</source>
        <translation>فتح ملف XLSForm</translation>
    </message>
    <message>
        <source>Fieldwheel packages (*.xlsx)</source>
        <translation>حزم Fieldwheel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>تصدير حزمة</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>رسم SVG (*.svg)</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>استيراد حزم</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Making the report {name}…</source>
        <translation>جارٍ إنشاء التقرير {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>كُتب التقرير في {path}.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>تعديل {path}</translation>
    </message>
    <message>
        <source>Add {path}</source>
        <translation>إضافة {path}</translation>
    </message>
    <message>
        <source>Remove {path}</source>
        <translation>إزالة {path}</translation>
    </message>
    <message>
        <source>Move {path}</source>
        <translation>نقل {path}</translation>
    </message>
</context>
<context>
    <name>wheel_export</name>
    <message>
        <source>Export the wheel</source>
        <translation>تصدير العجلة</translation>
    </message>
    <message>
        <source>Saving the wheel…</source>
        <translation>جارٍ حفظ العجلة…</translation>
    </message>
</context>
</TS>
