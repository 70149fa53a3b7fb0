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
    <name>ChartTab</name>
    <message>
        <source>Label language</source>
        <translation>لغة التسميات</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;التسميات بـ:</translation>
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
        <source>E&amp;xport chart…</source>
        <translation>&amp;تصدير الرسم…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>حفظ الرسم صورةً PNG أو رسماً SVG</translation>
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
        <source>An Excel &amp;package (.xlsx), for headquarters</source>
        <translation>&amp;حزمة Excel ‏(.xlsx)، للمقر الرئيسي</translation>
    </message>
    <message>
        <source>ODK &amp;submissions (an ODK Briefcase folder)</source>
        <translation>إ&amp;رسالات ODK (مجلد ODK Briefcase)</translation>
    </message>
    <message>
        <source>One XML file per submission, as ODK Collect writes them, to send to ODK Central or KoboToolbox. No password, charts or labels.</source>
        <translation>ملف XML لكل إرسال، كما يكتبها ODK Collect، لإرسالها إلى ODK Central أو KoboToolbox. بلا كلمة مرور ولا رسوم بيانية ولا تسميات.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختر مجلداً…</translation>
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
        <source>Saved, but {questions} had just been changed elsewhere (an import, another analyst): both answers are kept as a conflict to resolve.</source>
        <translation>تم الحفظ، لكن {questions} كان قد تغيّر للتو في مكان آخر (استيراد، محلل آخر): احتُفظ بالإجابتين كتعارض يجب حله.</translation>
    </message>
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
        <source>Import &amp;ODK submissions…</source>
        <translation>استيراد إرسالات &amp;ODK…</translation>
    </message>
    <message>
        <source>Merge submissions collected with ODK Collect or KoboToolbox into the selected mission</source>
        <translation>دمج الإرسالات المجمّعة بـ ODK Collect أو KoboToolbox في البعثة المحددة</translation>
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
    <name>UserError</name>
    <message>
        <source>{what} can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>يمكن حفظ {what} بصيغة ‎.png أو ‎.svg، لا «{suffix}».</translation>
    </message>
    <message>
        <source>The pledge chart</source>
        <translation>رسم التعهدات</translation>
    </message>
    <message>
        <source>The KPI chart</source>
        <translation>رسم المؤشرات</translation>
    </message>
    <message>
        <source>The comparison chart</source>
        <translation>رسم المقارنة</translation>
    </message>
    <message>
        <source>Choose at least two missions to compare.</source>
        <translation>اختر بعثتين على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>At most {most} missions can be compared at once; {count} were chosen.</source>
        <translation>يمكن مقارنة {most} بعثات على الأكثر في المرة الواحدة؛ وقد اختيرت {count}.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no baseline round to compare with.</source>
        <translation>ليس للبعثة {mission!r} جولة خط أساس للمقارنة بها.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no monitoring round yet; fill a monitoring round first.</source>
        <translation>ليس للبعثة {mission!r} جولة متابعة بعد؛ املأ جولة متابعة أولاً.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no pledge register yet; fill a P2C pledge register first.</source>
        <translation>ليس للبعثة {mission!r} سجل تعهدات بعد؛ املأ سجل تعهدات P2C أولاً.</translation>
    </message>
    <message>
        <source>The pledge register of {mission!r} does not declare the wheel&apos;s blocks.</source>
        <translation>سجل تعهدات {mission!r} لا يصرّح بمكوّنات العجلة.</translation>
    </message>
    <message>
        <source>The chosen missions hold form {form_id} in versions {version} and {form_version}; an ODK Briefcase folder keeps one version per form, so export the missions separately.</source>
        <translation>تحتوي البعثات المختارة على النموذج {form_id} بالإصدارين {version} و{form_version}؛ ومجلد ODK Briefcase يحفظ إصداراً واحداً لكل نموذج، لذا صدّر البعثات كلّاً على حدة.</translation>
    </message>
    <message>
        <source>The ODK folder</source>
        <translation>مجلد ODK</translation>
    </message>
    <message>
        <source>An ODK submission</source>
        <translation>استمارة ODK</translation>
    </message>
    <message>
        <source>An ODK Briefcase folder cannot be encrypted; leave out --password-file.</source>
        <translation>لا يمكن تشفير مجلد ODK Briefcase؛ احذف ‎--password-file.</translation>
    </message>
    <message>
        <source>Say which mission the submissions join with --mission UUID.</source>
        <translation>حدّد البعثة التي تنضم إليها الاستمارات باستخدام ‎--mission UUID.</translation>
    </message>
    <message>
        <source>{folder} holds no ODK submission files.</source>
        <translation>لا يحتوي {folder} على أي ملف استمارة ODK.</translation>
    </message>
    <message>
        <source>{file} repeats submission uuid:{instance_id} found in another file; keep one of them.</source>
        <translation>يكرر {file} الاستمارة uuid:{instance_id} الموجودة في ملف آخر؛ احتفظ بواحدة منهما.</translation>
    </message>
    <message>
        <source>{file} is a submission of form {form_id} version {version}, which this database does not hold; open that form here first.</source>
        <translation>{file} استمارة للنموذج {form_id} الإصدار {version}، وهو غير موجود في قاعدة البيانات هذه؛ افتح ذلك النموذج هنا أولاً.</translation>
    </message>
    <message>
        <source>{file} holds an answer its form does not allow: {problem}</source>
        <translation>يحتوي {file} على إجابة لا يسمح بها نموذجه: {problem}</translation>
    </message>
    <message>
        <source>{file} has an element &apos;{path}&apos; that form {form_id} does not have.</source>
        <translation>يحتوي {file} على عنصر «{path}» لا يوجد في النموذج {form_id}.</translation>
    </message>
    <message>
        <source>{file} repeats or nests &apos;{path}&apos;, which form {form_id} does not allow.</source>
        <translation>يكرر {file} العنصر «{path}» أو يضمّنه في غيره، وهو ما لا يسمح به النموذج {form_id}.</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>استمارة</translation>
    </message>
    <message>
        <source>{folder} is not a folder of ODK submissions.</source>
        <translation>{folder} ليس مجلد استمارات ODK.</translation>
    </message>
    <message>
        <source>{folder} holds more than {most:,} XML files; import it in parts.</source>
        <translation>يحتوي {folder} على أكثر من {most:,} ملف XML؛ استورده على أجزاء.</translation>
    </message>
    <message>
        <source>submission file</source>
        <translation>ملف استمارة</translation>
    </message>
    <message>
        <source>its root element has no form id attribute</source>
        <translation>لا يحمل عنصره الجذر السمة id للنموذج</translation>
    </message>
    <message>
        <source>it has no meta/instanceID of the form &apos;uuid:…&apos;</source>
        <translation>ليس فيه meta/instanceID بالشكل «uuid:…»</translation>
    </message>
    <message>
        <source>it is not well-formed XML ({error})</source>
        <translation>ليس XML سليم البنية ({error})</translation>
    </message>
    <message>
        <source>it has more than {most:,} elements</source>
        <translation>فيه أكثر من {most:,} عنصر</translation>
    </message>
    <message>
        <source>{path} is not an ODK submission: {why}.</source>
        <translation>{path} ليس استمارة ODK: {why}.</translation>
    </message>
    <message>
        <source>Say whose edits these are with --by NAME.</source>
        <translation>حدّد صاحب هذه التعديلات باستخدام ‎--by NAME.</translation>
    </message>
    <message>
        <source>Resolve with either --choose local|package or --value TEXT, and --by NAME.</source>
        <translation>احسم باستخدام ‎--choose local|package أو ‎--value TEXT، مع ‎--by NAME.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {error}.</source>
        <translation>تعذّرت قراءة قاعدة البيانات {path}: {error}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password-file.</source>
        <translation>{name} محمي بكلمة مرور؛ أعطها باستخدام ‎--password-file.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>كلمة مرور {name} خاطئة.</translation>
    </message>
    <message>
        <source>{name} is an old-style Office file (such as a 97-2003 .xls workbook), not a Fieldwheel package.</source>
        <translation>{name} ملف Office بتنسيق قديم (مثل مصنف ‎.xls 97-2003)، وليس حزمة Fieldwheel.</translation>
    </message>
    <message>
        <source>{name} is encrypted but damaged or tampered with (its integrity check failed).</source>
        <translation>{name} مشفّر لكنه تالف أو عُبث به (فشل فحص سلامته).</translation>
    </message>
    <message>
        <source>The signing key {path} cannot be created or read: {reason}.</source>
        <translation>لا يمكن إنشاء مفتاح التوقيع {path} أو قراءته: {reason}.</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged; move it away and Fieldwheel will make a new one (headquarters will then see this computer as a new device).</source>
        <translation>مفتاح التوقيع {path} تالف؛ انقله إلى مكان آخر وسينشئ Fieldwheel مفتاحاً جديداً (وسيرى المقر هذا الحاسوب عندئذ جهازاً جديداً).</translation>
    </message>
    <message>
        <source>{name} is not signed (it was written before Fieldwheel signed packages, or its signature was removed); import it with --allow-unsigned only if you trust where it came from.</source>
        <translation>{name} غير موقّع (كُتب قبل أن يوقّع Fieldwheel الحزم، أو أُزيل توقيعه)؛ استورده باستخدام ‎--allow-unsigned فقط إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <source>{name} is not signed, so it cannot come from a known device.</source>
        <translation>{name} غير موقّع، لذا لا يمكن أن يأتي من جهاز معروف.</translation>
    </message>
    <message>
        <source>{name} was signed by a device this database does not know (fingerprint {fingerprint}); enrol it with &apos;fieldwheel devices trust {fingerprint}&apos; after checking the fingerprint with its owner.</source>
        <translation>وُقّع {name} بجهاز لا تعرفه قاعدة البيانات هذه (البصمة {fingerprint})؛ سجّله بالأمر «fieldwheel devices trust {fingerprint}» بعد التحقق من البصمة مع صاحبه.</translation>
    </message>
    <message>
        <source>{name} claims to come from {device}, but is signed with another key ({fingerprint}, not {pinned}); it is refused as a possible forgery. If that device was reinstalled, check the new fingerprint with its owner and run &apos;fieldwheel devices trust {fingerprint}&apos;.</source>
        <translation>يدّعي {name} أنه آتٍ من {device}، لكنه موقّع بمفتاح آخر ({fingerprint}، لا {pinned})؛ لذا رُفض بوصفه تزويراً محتملاً. إذا أُعيد تثبيت ذلك الجهاز، فتحقق من البصمة الجديدة مع صاحبه ثم شغّل «fieldwheel devices trust {fingerprint}».</translation>
    </message>
    <message>
        <source>Use &apos;devices&apos;, &apos;devices trust FINGERPRINT&apos; or &apos;devices forget FINGERPRINT&apos;.</source>
        <translation>استخدم «devices» أو «devices trust FINGERPRINT» أو «devices forget FINGERPRINT».</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>؛ و{count} أخرى</translation>
    </message>
    <message>
        <source>{name} was changed by hand after export ({listed}{more}); import it with --accept-edits --by NAME to take these changes as that person&apos;s edits.</source>
        <translation>عُدّل {name} يدوياً بعد التصدير ({listed}{more})؛ استورده باستخدام ‎--accept-edits --by NAME لاعتبار هذه التغييرات تعديلات ذلك الشخص.</translation>
    </message>
    <message>
        <source>{name} was changed by hand in {ref}, which is not an answer (a header, an identifier or an added row); only answers can be taken as edits.</source>
        <translation>عُدّل {name} يدوياً في {ref}، وهي ليست إجابة (ترويسة أو معرّف أو صف مضاف)؛ لا تُقبل تعديلاتٍ إلا الإجابات.</translation>
    </message>
    <message>
        <source>{name}: {ref} must be 1 or 0 (chosen or not).</source>
        <translation>{name}: يجب أن تكون {ref} ‏1 أو 0 (مختار أو لا).</translation>
    </message>
    <message>
        <source>Say whose edits these are (--by NAME).</source>
        <translation>حدّد صاحب هذه التعديلات (‎--by NAME).</translation>
    </message>
    <message>
        <source>No exported form has the language {language!r}; choose one of: {known}.</source>
        <translation>لا يحتوي أي نموذج مُصدَّر على اللغة {language!r}؛ اختر إحدى: {known}.</translation>
    </message>
    <message>
        <source>an unknown table</source>
        <translation>جدول غير معروف</translation>
    </message>
    <message>
        <source>records before their table</source>
        <translation>سجلات قبل جدولها</translation>
    </message>
    <message>
        <source>a record of the wrong shape</source>
        <translation>سجل بشكل خاطئ</translation>
    </message>
    <message>
        <source>a line that is not JSON</source>
        <translation>سطر ليس JSON</translation>
    </message>
    <message>
        <source>a cell that is not base64 text</source>
        <translation>خلية ليست نص base64</translation>
    </message>
    <message>
        <source>a cell that is not base64</source>
        <translation>خلية ليست base64</translation>
    </message>
    <message>
        <source>a broken compressed stream</source>
        <translation>تدفق مضغوط معطوب</translation>
    </message>
    <message>
        <source>a stream too large to be a package&apos;s</source>
        <translation>تدفق أكبر من أن يكون لحزمة</translation>
    </message>
    <message>
        <source>bytes after the end of the stream</source>
        <translation>بايتات بعد نهاية التدفق</translation>
    </message>
    <message>
        <source>a stream cut short</source>
        <translation>تدفق مبتور</translation>
    </message>
    <message>
        <source>{name} is an Excel file but not a Fieldwheel package.</source>
        <translation>{name} ملف Excel لكنه ليس حزمة Fieldwheel.</translation>
    </message>
    <message>
        <source>The sheet {sheet} was removed from {name}.</source>
        <translation>أُزيلت الورقة {sheet} من {name}.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} تالف ولا يمكن قراءته ({reason}).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read.</source>
        <translation>{name} تالف ولا يمكن قراءته.</translation>
    </message>
    <message>
        <source>{name} is not protected by a password, yet one was given; import it without --password-file (a password-protected copy may have been replaced).</source>
        <translation>{name} غير محمي بكلمة مرور، ومع ذلك أُعطيت كلمة مرور؛ استورده دون ‎--password-file (ربما استُبدلت نسخة محمية بكلمة مرور).</translation>
    </message>
    <message>
        <source>The manifest of {name} was changed.</source>
        <translation>عُدّل بيان {name}.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Fieldwheel (package schema {schema}, this one reads up to {most}); update Fieldwheel to import it.</source>
        <translation>كتب {name} إصدار أحدث من Fieldwheel (مخطط الحزمة {schema}، وهذا الإصدار يقرأ حتى {most})؛ حدّث Fieldwheel لاستيراده.</translation>
    </message>
    <message>
        <source>The manifest of {name} is incomplete.</source>
        <translation>بيان {name} ناقص.</translation>
    </message>
    <message>
        <source>The hidden sheet {sheet} of {name} was changed.</source>
        <translation>عُدّلت الورقة المخفية {sheet} في {name}.</translation>
    </message>
    <message>
        <source>The hidden records of {name} were changed ({error}).</source>
        <translation>عُدّلت السجلات المخفية في {name} ({error}).</translation>
    </message>
    <message>
        <source>{name} lacks its {sheet} sheet.</source>
        <translation>تنقص {name} ورقتُه {sheet}.</translation>
    </message>
    <message>
        <source>{name} does not match its own checksum: its hidden data or manifest was changed after export, so it is refused.</source>
        <translation>لا يطابق {name} مجموعه الاختباري: عُدّلت بياناته المخفية أو بيانه بعد التصدير، لذا رُفض.</translation>
    </message>
    <message>
        <source>A form source in {name} is damaged.</source>
        <translation>أحد مصادر النماذج في {name} تالف.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>ملف كلمة المرور</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>ملف كلمة المرور {path} ليس نصاً بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>ملف كلمة المرور {path} فارغ.</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: it was changed after export or forged, so it is refused.</source>
        <translation>لا يطابق توقيع {name} محتواه: عُدّل بعد التصدير أو زُوّر، لذا رُفض.</translation>
    </message>
    <message>
        <source>{ref}: the hand edit from &apos;{old}&apos; to &apos;{new}&apos; is refused. {problem}</source>
        <translation>{ref}: رُفض التعديل اليدوي من «{old}» إلى «{new}». {problem}</translation>
    </message>
    <message>
        <source>The package holds an answer its form does not allow, so nothing was imported: {problem}</source>
        <translation>تحتوي الحزمة على إجابة لا يسمح بها نموذجها، لذا لم يُستورد شيء: {problem}</translation>
    </message>
    <message>
        <source>A package is an .xlsx file, not {name}.</source>
        <translation>الحزمة ملف ‎.xlsx، لا {name}.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} مجلد؛ أعطِ اسم ملف.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>The report {what} {value!r} is not known; choose one of: {allowed}.</source>
        <translation>القيمة {value!r} غير معروفة لخيار التقرير «{what}»؛ اختر إحدى: {allowed}.</translation>
    </message>
    <message>
        <source>The report is a PDF; give a file name ending in .pdf, not &apos;{name}&apos;.</source>
        <translation>التقرير ملف PDF؛ أعطِ اسم ملف ينتهي بـ ‎.pdf، لا «{name}».</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no validation workshop to write minutes of; fill the workshop form first.</source>
        <translation>ليس للبعثة {mission!r} ورشة تحقق لكتابة محضرها؛ املأ نموذج الورشة أولاً.</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>المجلد للقراءة فقط</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>المجلد غير موجود</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>تم تجاوز حصة القرص</translation>
    </message>
    <message>
        <source>{what} could not be written to {target}: {reason}.</source>
        <translation>{what}: تعذّرت الكتابة في {target} ({reason}).</translation>
    </message>
    <message>
        <source>The wheel can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>يمكن حفظ العجلة بصيغة ‎.png أو ‎.svg، لا «{suffix}».</translation>
    </message>
    <message>
        <source>The wheel chart</source>
        <translation>رسم العجلة</translation>
    </message>
    <message>
        <source>The form has no language {language!r}; choose one of: {languages}.</source>
        <translation>ليس في النموذج اللغة {language!r}؛ اختر إحدى: {languages}.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no submission of a form that feeds the wheel; fill a diagnostic first.</source>
        <translation>ليس للبعثة {mission!r} أي استمارة لنموذج يغذّي العجلة؛ املأ تشخيصاً أولاً.</translation>
    </message>
    <message>
        <source>{path} is not an answer that can be edited.</source>
        <translation>{path} ليست إجابة يمكن تعديلها.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label}: «{value}» ليس عدداً صحيحاً.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: «{value}» ليس عدداً.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}: «{value}» ليس تاريخاً (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices ({allowed}).</source>
        <translation>{label}: «{value}» ليس من الخيارات ({allowed}).</translation>
    </message>
    <message>
        <source>{path} is not in this submission.</source>
        <translation>{path} غير موجود في هذه الاستمارة.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>هذه الإجابة مطلوبة.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>غير مسموح.</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; before the last step of a path</source>
        <translation>شرط «[...]» قبل الخطوة الأخيرة من مسار</translation>
    </message>
    <message>
        <source>An instance lookup other than instance(&apos;list&apos;)/root/item[...]/field</source>
        <translation>بحث instance() غير الشكل instance(&apos;list&apos;)/root/item[...]/field</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; can only follow a list of nodes in &apos;{source}&apos;.</source>
        <translation>لا يأتي الشرط «[...]» إلا بعد قائمة عقد في «{source}».</translation>
    </message>
    <message>
        <source>instance() without a path after it</source>
        <translation>instance() دون مسار بعدها</translation>
    </message>
    <message>
        <source>The function {name}() is not supported by Fieldwheel, so &apos;{source}&apos; cannot be worked out.</source>
        <translation>لا يدعم Fieldwheel الدالة {name}()، لذا لا يمكن حساب «{source}».</translation>
    </message>
    <message>
        <source>indexed-repeat() takes 3, 5, 7, 9 or 11 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ indexed-repeat() ‏3 أو 5 أو 7 أو 9 أو 11 وسيطاً لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>indexed-repeat() needs ${{name}} references for the question and the repeat in &apos;{source}&apos;.</source>
        <translation>تحتاج indexed-repeat() إلى مراجع ${{name}} للسؤال وللتكرار في «{source}».</translation>
    </message>
    <message>
        <source>{what} is not supported in Fieldwheel forms (&apos;{source}&apos;).</source>
        <translation>{what}: غير مدعوم في نماذج Fieldwheel («{source}»).</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;. Did you mean {close}()?</source>
        <translation>دالة غير معروفة {function}() عند الحرف {position} من «{source}». هل تقصد {close}()؟</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;.</source>
        <translation>دالة غير معروفة {function}() عند الحرف {position} من «{source}».</translation>
    </message>
    <message>
        <source>The data list &apos;{instance_id}&apos; is not available, so this lookup cannot be done.</source>
        <translation>قائمة البيانات «{instance_id}» غير متاحة، لذا لا يمكن إجراء هذا البحث.</translation>
    </message>
    <message>
        <source>weighted-checklist() needs one weight for every condition.</source>
        <translation>تحتاج weighted-checklist() إلى وزن لكل شرط.</translation>
    </message>
    <message>
        <source>{name}() needs a list of nodes such as ${{repeat}} or a path, not a plain value.</source>
        <translation>تحتاج {name}() إلى قائمة عقد مثل ${{repeat}} أو مسار، لا إلى قيمة بسيطة.</translation>
    </message>
    <message>
        <source>digest() knows MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not &apos;{name}&apos;.</source>
        <translation>تعرف digest() ‏MD5 وSHA-1 وSHA-256 وSHA-384 وSHA-512، لا «{name}».</translation>
    </message>
    <message>
        <source>digest() encodes as &apos;base64&apos; or &apos;hex&apos;, not &apos;{encoding}&apos;.</source>
        <translation>ترمّز digest() بصيغة «base64» أو «hex»، لا «{encoding}».</translation>
    </message>
    <message>
        <source>randomize() needs a list of nodes to shuffle.</source>
        <translation>تحتاج randomize() إلى قائمة عقد لخلطها.</translation>
    </message>
    <message>
        <source>randomize() needs a number as its seed, not &apos;{seed}&apos;.</source>
        <translation>تحتاج randomize() إلى عدد بذرةً، لا «{seed}».</translation>
    </message>
    <message>
        <source>{name}() takes at least 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {name}() وسيطاً واحداً على الأقل لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes at least {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {name}() ‏{least} وسائط على الأقل لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes exactly {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {name}() ‏{least} وسائط بالضبط لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes {least} to {most} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {name}() من {least} إلى {most} وسائط لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes exactly 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {name}() وسيطاً واحداً بالضبط لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>Syntax error at character {position} of &apos;{source}&apos;: {message}.</source>
        <translation>خطأ في الصياغة عند الحرف {position} من «{source}»: {message}.</translation>
    </message>
    <message>
        <source>{function}() takes 0 to 1 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>تأخذ {function}() من 0 إلى 1 وسيط لكنها أُعطيت {count} في «{source}».</translation>
    </message>
    <message>
        <source>{function}() needs ${{question}} or a path ending in a question name in &apos;{source}&apos;.</source>
        <translation>تحتاج {function}() إلى ${{question}} أو مسار ينتهي باسم سؤال في «{source}».</translation>
    </message>
    <message>
        <source>{function}() needs a node, not a plain value.</source>
        <translation>تحتاج {function}() إلى عقدة، لا إلى قيمة بسيطة.</translation>
    </message>
    <message>
        <source>The &apos;|&apos; operator joins two lists of nodes, not plain values.</source>
        <translation>يجمع المعامل «|» قائمتَي عقد، لا قيماً بسيطة.</translation>
    </message>
    <message>
        <source>{what} (character {position} of &apos;{source}&apos;) is valid XPath but not supported in Fieldwheel forms.</source>
        <translation>{what} (الحرف {position} من «{source}»): صياغة XPath صحيحة لكنها غير مدعومة في نماذج Fieldwheel.</translation>
    </message>
    <message>
        <source>The descendant path &apos;//&apos;</source>
        <translation>مسار الأحفاد «//»</translation>
    </message>
    <message>
        <source>An XPath variable ($name)</source>
        <translation>متغير XPath ‏($name)</translation>
    </message>
    <message>
        <source>An attribute (@name)</source>
        <translation>سمة (@name)</translation>
    </message>
    <message>
        <source>A predicate after &apos;.&apos; or &apos;..&apos;</source>
        <translation>شرط بعد «.» أو «..»</translation>
    </message>
    <message>
        <source>A path after a filtered expression</source>
        <translation>مسار بعد تعبير مُرشَّح</translation>
    </message>
    <message>
        <source>instance() takes exactly one argument, the list name, in &apos;{source}&apos;.</source>
        <translation>تأخذ instance() وسيطاً واحداً بالضبط، هو اسم القائمة، في «{source}».</translation>
    </message>
    <message>
        <source>A path after this expression</source>
        <translation>مسار بعد هذا التعبير</translation>
    </message>
    <message>
        <source>is too large to be checked in linear time; simplify it</source>
        <translation>أكبر من أن يُفحص في زمن خطي؛ بسّطه</translation>
    </message>
    <message>
        <source>repeats something more than 1,000 times, which is more than allowed</source>
        <translation>يكرر شيئاً أكثر من 1000 مرة، وهذا يتجاوز المسموح</translation>
    </message>
    <message>
        <source>uses a feature (back-references, look-ahead or look-behind, possessive repeats or \Z) that Fieldwheel&apos;s linear-time matcher does not have; rewrite it without it</source>
        <translation>يستخدم ميزة (مراجع خلفية، أو نظر للأمام أو للخلف، أو تكرار استحواذي، أو \Z) لا يملكها محرك Fieldwheel ذو الزمن الخطي؛ أعد كتابته دونها</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() is not a valid regular expression.</source>
        <translation>النمط «{shown}» المعطى لـ regex() ليس تعبيراً نمطياً صحيحاً.</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() {why}.</source>
        <translation>النمط «{shown}» المعطى لـ regex() {why}.</translation>
    </message>
    <message>
        <source>There is no built-in form called {form_id!r}.</source>
        <translation>لا يوجد نموذج مدمج باسم {form_id!r}.</translation>
    </message>
    <message>
        <source> There is 1 more; check-form lists them all.</source>
        <translation> وهناك دائرة أخرى؛ يسردها check-form كلها.</translation>
    </message>
    <message>
        <source> There are {more} more; check-form lists them all.</source>
        <translation> وهناك {more} دوائر أخرى؛ يسردها check-form كلها.</translation>
    </message>
    <message>
        <source>{form} cannot be used: its calculations and conditions depend on each other in a circle, which ODK refuses too ({where}): {circle}.{tail}</source>
        <translation>لا يمكن استخدام {form}: تعتمد حساباته وشروطه بعضها على بعض في دائرة، وهو ما يرفضه ODK أيضاً ({where}): {circle}.{tail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel (.xlsx) file.</source>
        <translation>{name} ليس ملف Excel ‏(.xlsx).</translation>
    </message>
    <message>
        <source>{name} has more than {most_rows:,} rows, more than a {label} can hold.</source>
        <translation>في {name} أكثر من {most_rows:,} صف، وهذا أكثر مما تتسع له {label}.</translation>
    </message>
    <message>
        <source>{name} has more than {most_cells:,} cells in all its sheets, more than a {label} can hold.</source>
        <translation>في {name} أكثر من {most_cells:,} خلية في كل أوراقه، وهذا أكثر مما تتسع له {label}.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the copy interrupted?).</source>
        <translation>{name} تالف أو ناقص (هل انقطع النسخ؟).</translation>
    </message>
    <message>
        <source>{name} holds {count:,} parts; a {label} has a few dozen.</source>
        <translation>يحتوي {name} على {count:,} جزء؛ و{label} فيها بضع عشرات فقط.</translation>
    </message>
    <message>
        <source>{name} holds two parts named {member}; it is refused because programs may read different copies.</source>
        <translation>يحتوي {name} على جزأين باسم {member}؛ لذا رُفض لأن البرامج قد تقرأ نسخاً مختلفة.</translation>
    </message>
    <message>
        <source>{name} would expand to {megabytes} MB or more (part {member}); it is refused as a possible zip bomb.</source>
        <translation>سيتمدد {name} إلى {megabytes} ميغابايت أو أكثر (الجزء {member})؛ لذا رُفض بوصفه قنبلة zip محتملة.</translation>
    </message>
    <message>
        <source>{name} holds a part with an odd path ({member!r}); it is refused as unsafe.</source>
        <translation>يحتوي {name} على جزء بمسار غريب ({member!r})؛ لذا رُفض لأنه غير آمن.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}.</source>
        <translation>{path} مجلد، وليس {what}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); a {what} is read from an ordinary file only.</source>
        <translation>{path} ليس ملفاً عادياً (بل جهاز أو أنبوب أو مقبس)؛ ولا يُقرأ {what} إلا من ملف عادي.</translation>
    </message>
    <message>
        <source>{name} is {shown}, larger than any {what} can be.</source>
        <translation>حجم {name} ‏{shown}، وهو أكبر مما يمكن أن يكون عليه أي {what}.</translation>
    </message>
    <message>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} غير موجود ({what}).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a socket or a device); a {what} is read from an ordinary file only.</source>
        <translation>{path} ليس ملفاً عادياً (بل مقبس أو جهاز)؛ ولا يُقرأ {what} إلا من ملف عادي.</translation>
    </message>
    <message>
        <source>The {what} {path} is a symbolic link that loops.</source>
        <translation>{path} ({what}) رابط رمزي يدور في حلقة.</translation>
    </message>
    <message>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation>تعذّرت قراءة {path} ({what}): {reason}.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>form file</source>
        <translation>ملف نموذج</translation>
    </message>
    <message>
        <source>{name} could not be read as a .xlsx XLSForm: the file is damaged or is not in that format.</source>
        <translation>تعذّرت قراءة {name} بوصفه XLSForm بصيغة ‎.xlsx: الملف تالف أو ليس بهذه الصيغة.</translation>
    </message>
    <message>
        <source>{name} declares XML entities or a DOCTYPE (in {member}); it is refused as unsafe.</source>
        <translation>يصرّح {name} بكيانات XML أو DOCTYPE (في {member})؛ لذا رُفض لأنه غير آمن.</translation>
    </message>
    <message>
        <source>{name} contains formulas (in {member}); a {label} holds values only.</source>
        <translation>يحتوي {name} على صيغ (في {member})؛ و{label} لا تحتوي إلا على قيم.</translation>
    </message>
    <message>
        <source>{name} has more than {most_strings:,} shared strings (in {member}), more than a {label} can hold.</source>
        <translation>في {name} أكثر من {most_strings:,} سلسلة مشتركة (في {member})، وهذا أكثر مما تتسع له {label}.</translation>
    </message>
    <message>
        <source>{name} has a sheet reaching {ref} (in {member}): {last_row:,} rows by {last_column:,} columns is more than a {label} can hold.</source>
        <translation>في {name} ورقة تمتد إلى {ref} (في {member}): ‏{last_row:,} صف في {last_column:,} عمود أكثر مما تتسع له {label}.</translation>
    </message>
    <message>
        <source>{name} has a cell reference {ref!r} (in {member}) outside what Excel allows; it is refused as damaged or hostile.</source>
        <translation>في {name} مرجع خلية {ref!r} (في {member}) خارج ما يسمح به Excel؛ لذا رُفض بوصفه تالفاً أو عدائياً.</translation>
    </message>
    <message>
        <source>The form uses a wheel but has no &apos;{missing}&apos; choice list.</source>
        <translation>يستخدم النموذج عجلة لكن ليس فيه قائمة الخيارات «{missing}».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; names pillar &apos;{pillar}&apos;, which is not in the &apos;{pillar_list}&apos; list.</source>
        <translation>يذكر المكوّن «{block}» الركيزة «{pillar}»، وهي ليست في القائمة «{pillar_list}».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; has target {target:g}; targets are 1 to 5.</source>
        <translation>للمكوّن «{block}» الهدف {target:g}؛ والأهداف من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; feeds block &apos;{block}&apos;, which is not in the &apos;{block_list}&apos; list.</source>
        <translation>يغذّي السؤال «{question}» المكوّن «{block}»، وهو ليس في القائمة «{block_list}».</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the same wheel_min and wheel_target, so no answer can be scaled.</source>
        <translation>للسؤال «{question}» القيمة نفسها في wheel_min وwheel_target، لذا لا يمكن تحجيم أي إجابة.</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; of choice &apos;{choice}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>قيمة «{column}» للخيار «{choice}» هي «{text}»، وهي ليست عدداً.</translation>
    </message>
    <message>
        <source>The {column} of question &apos;{question}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>قيمة {column} للسؤال «{question}» هي «{text}»، وهي ليست عدداً.</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a form may be at most {most} MB.</source>
        <translation>حجم {name} ‏{megabytes:.0f} ميغابايت؛ ولا يتجاوز حجم النموذج {most} ميغابايت.</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; a form may have at most {most_survey_rows:,} survey rows and {most_rows:,} rows in each other sheet.</source>
        <translation>في {name} ‏{lines:,} سطر؛ ولا يتجاوز النموذج {most_survey_rows:,} صف في survey و{most_rows:,} صف في كل ورقة أخرى.</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows in its {sheet} sheet; a form may have at most {most:,} there.</source>
        <translation>في ورقة {sheet} من {name} ‏{rows:,} صف؛ ولا يتجاوز النموذج {most:,} صف فيها.</translation>
    </message>
    <message>
        <source>{name} nests groups and repeats more than {most} deep (sheet survey, row {number}): this {kind} is level {depth}; a form may nest at most {most} levels.</source>
        <translation>يضمّن {name} المجموعات والتكرارات بعمق يتجاوز {most} (الورقة survey، الصف {number}): هذا الـ {kind} في المستوى {depth}؛ ولا يتجاوز التضمين في النموذج {most} مستويات.</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: expected a file ending in {suffixes}.</source>
        <translation>{name} ليس XLSForm: المتوقع ملف ينتهي بـ {suffixes}.</translation>
    </message>
    <message>
        <source>The form file {name} is empty.</source>
        <translation>ملف النموذج {name} فارغ.</translation>
    </message>
    <message>
        <source>{form} is not a valid XLSForm (sheet survey, row {row}): unknown question type &apos;{type}&apos;.</source>
        <translation>{form} ليس XLSForm صحيحاً (الورقة survey، الصف {row}): نوع سؤال غير معروف «{type}».</translation>
    </message>
    <message>
        <source>{name} could not be read as a {suffix} XLSForm: the file is damaged, is not in that format, or has no survey sheet.</source>
        <translation>تعذّرت قراءة {name} بوصفه XLSForm بصيغة {suffix}: الملف تالف، أو ليس بهذه الصيغة، أو ليس فيه ورقة survey.</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}</source>
        <translation>{name} ليس XLSForm صحيحاً (الورقة {sheet}، الصف {row}): {reason}</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm: {reason}</source>
        <translation>{name} ليس XLSForm صحيحاً: {reason}</translation>
    </message>
    <message>
        <source>Choose local, package or value, not {choose!r}.</source>
        <translation>اختر local أو package أو value، لا {choose!r}.</translation>
    </message>
    <message>
        <source>Say who resolves the conflict (--by NAME).</source>
        <translation>حدّد من يحسم التعارض (‎--by NAME).</translation>
    </message>
    <message>
        <source>There is no conflict {conflict_id}.</source>
        <translation>لا يوجد تعارض {conflict_id}.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is already resolved.</source>
        <translation>التعارض {conflict_id} محسوم بالفعل.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a snapshot or a package.</source>
        <translation>قاعدة البيانات {path} تالفة ({reason})؛ استعدها من لقطة أو من حزمة.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} مجلد؛ أعطِ مسار ملف قاعدة بيانات.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database at {path}; check the path (nothing was created).</source>
        <translation>المجلد {folder} غير موجود، لذا لا توجد قاعدة بيانات في {path}؛ تحقق من المسار (لم يُنشأ شيء).</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database: {reason}.</source>
        <translation>تعذّر إنشاء المجلد {folder} لقاعدة البيانات: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; Fieldwheel needs to write its database and journal there. Choose another place with --db.</source>
        <translation>المجلد {folder} للقراءة فقط؛ ويحتاج Fieldwheel إلى كتابة قاعدة بياناته وسجلها فيه. اختر مكاناً آخر باستخدام ‎--db.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (check its permissions).</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path} (تحقق من أذوناتها).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a Fieldwheel database.</source>
        <translation>{path} قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات Fieldwheel.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database (it is not an SQLite file).</source>
        <translation>{path} ليس قاعدة بيانات Fieldwheel (ليس ملف SQLite).</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore it from a snapshot or a package.</source>
        <translation>قاعدة البيانات {path} تالفة؛ استعدها من لقطة أو من حزمة.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; Fieldwheel cannot save there.</source>
        <translation>قاعدة البيانات {path} للقراءة فقط؛ لا يستطيع Fieldwheel الحفظ فيها.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. The last change was not saved.</source>
        <translation>القرص ممتلئ؛ أفرغ بعض المساحة. لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close it and try again.</source>
        <translation>قاعدة البيانات {path} مستخدمة من برنامج آخر؛ أغلقه وحاول مجدداً.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}.</source>
        <translation>تعذّر فتح قاعدة البيانات {path}.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check the drive.</source>
        <translation>تعذّر على القرص قراءة {path} أو الكتابة فيه؛ افحص محرك الأقراص.</translation>
    </message>
    <message>
        <source>{path} is a server database: back it up with PostgreSQL&apos;s own tools (pg_dump, or replication), or copy it into a file with copy-db.</source>
        <translation>{path} قاعدة بيانات على خادم: احفظ نسخة احتياطية منها بأدوات PostgreSQL نفسها (pg_dump أو النسخ المتماثل)، أو انسخها إلى ملف باستخدام copy-db.</translation>
    </message>
    <message>
        <source>Another analyst&apos;s change to {path} collided with this one; try again.</source>
        <translation>تعارض تغيير محلل آخر في {path} مع هذا التغيير؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database {path} failed: {reason}.</source>
        <translation>فشلت قاعدة البيانات {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {path}; check that it runs and the address is right.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات لـ {path}؛ تحقق من أنه يعمل وأن العنوان صحيح.</translation>
    </message>
    <message>
        <source>The connection to the database server of {path} was lost; try again.</source>
        <translation>انقطع الاتصال بخادم قاعدة البيانات لـ {path}؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the password for {path}; check PGPASSWORD or ~/.pgpass.</source>
        <translation>رفض الخادم كلمة المرور لـ {path}؛ تحقق من PGPASSWORD أو ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server asks a password for {path}; give it in PGPASSWORD, ~/.pgpass or a service file (never in the URL).</source>
        <translation>يطلب الخادم كلمة مرور لـ {path}؛ قدّمها في PGPASSWORD أو ~/.pgpass أو ملف خدمة (وليس في عنوان URL أبدًا).</translation>
    </message>
    <message>
        <source>There is no such database or role on the server of {path}; ask its administrator to create it (Fieldwheel creates only its tables).</source>
        <translation>لا توجد قاعدة البيانات أو الدور هذا على خادم {path}؛ اطلب من مسؤوله إنشاءه (لا ينشئ Fieldwheel إلا جداوله).</translation>
    </message>
    <message>
        <source>You may not change {path} (your role is read-only or lacks a right); ask the server&apos;s administrator.</source>
        <translation>لا يمكنك تغيير {path} (دورك للقراءة فقط أو ينقصه حق)؛ اسأل مسؤول الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; free some space. The last change was not saved.</source>
        <translation>قرص الخادم ممتلئ؛ أفرغ بعض المساحة. لم يُحفظ التغيير الأخير.</translation>
    </message>
    <message>
        <source>The database server of {path} shut down or cut the connection; try again once it is back.</source>
        <translation>توقف خادم قاعدة البيانات لـ {path} أو قطع الاتصال؛ حاول مرة أخرى عند عودته.</translation>
    </message>
    <message>
        <source>Give a name to credit your edits to.</source>
        <translation>أعطِ اسماً تُنسب إليه تعديلاتك.</translation>
    </message>
    <message>
        <source>There is no mission {uuid}.</source>
        <translation>لا توجد بعثة {uuid}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} is already stored with different content; give the changed form a new version in its settings sheet.</source>
        <translation>النموذج {form_id} الإصدار {version} محفوظ بالفعل بمحتوى مختلف؛ أعطِ النموذج المعدَّل إصداراً جديداً في ورقة settings.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database.</source>
        <translation>النموذج {form_id} الإصدار {form_version} غير محفوظ في قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>There is no submission {uuid}.</source>
        <translation>لا توجد استمارة {uuid}.</translation>
    </message>
    <message>
        <source>{status!r} is not draft or complete.</source>
        <translation>{status!r} ليست draft ولا complete.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new name.</source>
        <translation>{target} موجود بالفعل؛ اختر اسماً جديداً.</translation>
    </message>
    <message>
        <source>Could not write the snapshot {target}: {error}.</source>
        <translation>تعذّرت كتابة اللقطة {target}: {error}.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>The mission&apos;s end date is before its start date.</source>
        <translation>تاريخ انتهاء البعثة يسبق تاريخ بدئها.</translation>
    </message>
    <message>
        <source>There is no submission {submission_uuid}.</source>
        <translation>لا توجد استمارة {submission_uuid}.</translation>
    </message>
    <message>
        <source>{path} was changed elsewhere (an import or a resolved conflict) since this form was read; nothing was overwritten and the form now shows the stored answers.</source>
        <translation>عُدّل {path} في مكان آخر (استيراد أو تعارض محسوم) منذ قراءة هذا النموذج؛ لم يُستبدل شيء، والنموذج يعرض الآن الإجابات المحفوظة.</translation>
    </message>
    <message>
        <source>The sample data does not satisfy {form_id}: {path}: {problem}</source>
        <translation>بيانات المثال لا تستوفي {form_id}: {path}: {problem}</translation>
    </message>
    <message>
        <source>{text!r} is not a device fingerprint: it has {digits} hexadecimal digits, as &apos;fieldwheel devices&apos; shows them.</source>
        <translation>{text!r} ليست بصمة جهاز: للبصمة {digits} رقماً ست عشرياً، كما يعرضها «fieldwheel devices».</translation>
    </message>
    <message>
        <source>No known device has the fingerprint {fingerprint}.</source>
        <translation>لا يوجد جهاز معروف بالبصمة {fingerprint}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database, so this submission cannot be opened.</source>
        <translation>النموذج {form_id} الإصدار {form_version} غير محفوظ في قاعدة البيانات هذه، لذا لا يمكن فتح هذه الاستمارة.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} in the package differs from the one stored here; the form must get a new version number.</source>
        <translation>النموذج {form_id} الإصدار {version} في الحزمة يختلف عن المحفوظ هنا؛ يجب أن يُعطى النموذج رقم إصدار جديداً.</translation>
    </message>
    <message>
        <source>Submission {uuid} belongs to another mission or form here than in the package; the package cannot be merged.</source>
        <translation>تنتمي الاستمارة {uuid} هنا إلى بعثة أو نموذج غير الذي في الحزمة؛ لا يمكن دمج الحزمة.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {current}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>كتب قاعدة البيانات {path} إصدار أحدث من Fieldwheel (المخطط {current}، وهذا الإصدار يعرف {known})؛ حدّث Fieldwheel لفتحها.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>يجب ألا يقل ‎--limit عن 1.</translation>
    </message>
    <message>
        <source>Fieldwheel needs sqlite-utils 4.0 or newer to build its search index (this is {installed}); update it, nothing was changed.</source>
        <translation>يحتاج Fieldwheel إلى sqlite-utils 4.0 أو أحدث لبناء فهرس البحث (المثبّت {installed})؛ حدّثه، لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>اكتب كلمة للبحث عنها.</translation>
    </message>
    <message>
        <source>Search for at most {most} words at once.</source>
        <translation>ابحث عن {most} كلمات على الأكثر في المرة الواحدة.</translation>
    </message>
    <message>
        <source>The pycountry package is not installed.</source>
        <translation>حزمة بايثون pycountry غير مثبّتة.</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. KHM for Cambodia).</source>
        <translation>{value!r} ليس رمز بلد ISO 3166-1 alpha-3 (مثل KHM لكمبوديا).</translation>
    </message>
    <message>
        <source>A mission needs a title.</source>
        <translation>تحتاج البعثة إلى عنوان.</translation>
    </message>
    <message>
        <source>A mission title can be at most 500 characters.</source>
        <translation>لا يتجاوز عنوان البعثة 500 حرف.</translation>
    </message>
    <message>
        <source>{phase!r} is not a phase; choose one of {phases}.</source>
        <translation>{phase!r} ليست مرحلة؛ اختر إحدى: {phases}.</translation>
    </message>
    <message>
        <source>The {field} {value!r} is not a date like 2026-11-23.</source>
        <translation>{value!r} ({field}) ليس تاريخاً مثل 2026-11-23.</translation>
    </message>
    <message>
        <source>The form {form} has no priorities with an outcome and votes, so it cannot open as a workshop board; open it as a form instead.</source>
        <translation>ليس في النموذج {form} أولويات لها قرار وأصوات، لذا لا يمكن فتحه لوحةً للورشة؛ افتحه نموذجاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>{path} holds another program&apos;s tables, not a Fieldwheel database; give Fieldwheel a database of its own.</source>
        <translation>يحتوي {path} على جداول برنامج آخر، وليس قاعدة بيانات Fieldwheel؛ خصّص لـ Fieldwheel قاعدة بيانات خاصة به.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database.</source>
        <translation>{path} ليس قاعدة بيانات Fieldwheel.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {version}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Fieldwheel (المخطط {version}، وهذا الإصدار يعرف {known})؛ حدّث Fieldwheel لفتحها.</translation>
    </message>
    <message>
        <source>There is no database file {source} to copy.</source>
        <translation>لا يوجد ملف قاعدة بيانات {source} لنسخه.</translation>
    </message>
    <message>
        <source>{path} cannot be copied onto itself.</source>
        <translation>لا يمكن نسخ {path} فوق نفسها.</translation>
    </message>
    <message>
        <source>{path} already holds data ({held}): copy-db only copies into an empty database, so nothing is mixed or overwritten. Give it a new file or an empty server database.</source>
        <translation>يحتوي {path} على بيانات بالفعل ({held}): لا ينسخ copy-db إلا إلى قاعدة بيانات فارغة، حتى لا يُخلط شيء أو يُستبدل. اختر ملفًا جديدًا أو قاعدة بيانات فارغة على الخادم.</translation>
    </message>
    <message>
        <source>The package lists the answer {path} of submission {uuid} twice; it cannot be merged.</source>
        <translation>تحتوي الحزمة على الإجابة {path} من الإرسال {uuid} مرتين؛ لا يمكن دمجها.</translation>
    </message>
    <message>
        <source>date() cannot read &apos;{text}&apos; as a date (YYYY-MM-DD).</source>
        <translation>لا تستطيع date()‏ قراءة &apos;{text}&apos; كتاريخ (YYYY-MM-DD).</translation>
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
        <source>The form language of the chart and the details</source>
        <translation>لغة النموذج للرسم والتفاصيل</translation>
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
        <source>Importing ODK submissions from {name}…</source>
        <translation>جارٍ استيراد إرسالات ODK من {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
</context>
<context>
    <name>package_odk</name>
    <message>
        <source>Export ODK submissions into a folder</source>
        <translation>تصدير إرسالات ODK إلى مجلد</translation>
    </message>
    <message>
        <source>Writing ODK submissions into {name}…</source>
        <translation>جارٍ كتابة إرسالات ODK في {name}…</translation>
    </message>
    <message>
        <source>Exported ODK submissions into {folder}.</source>
        <translation>صُدّرت إرسالات ODK إلى {folder}.</translation>
    </message>
    <message>
        <source>{submissions} of {forms} written into {folder} in ODK Briefcase&apos;s layout. Push them to ODK Central with ODK Briefcase, or post each submission.xml to ODK Central or KoboToolbox.</source>
        <translation>كُتبت {submissions} من {forms} في {folder} بتنظيم ODK Briefcase. ادفعها إلى ODK Central بواسطة ODK Briefcase، أو أرسل كل ملف submission.xml إلى ODK Central أو KoboToolbox.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <source>Import ODK submissions from a folder</source>
        <translation>استيراد إرسالات ODK من مجلد</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>جارٍ قراءة الإرسالات…</translation>
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
