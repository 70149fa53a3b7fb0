<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>Agenda propuesta a partir del diagnóstico</translation>
    </message>
    <message>
        <source>The building blocks the mission&apos;s diagnostic scored lowest, weakest first. Untick what should not be discussed; titles can be edited here or later.</source>
        <translation>Los componentes con la puntuación más baja en el diagnóstico de la misión, el más débil primero. Desmarque lo que no deba tratarse; los títulos se pueden editar aquí o más tarde.</translation>
    </message>
    <message>
        <source>Add to the board</source>
        <translation>Añadir al tablero</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add attendee {name}</source>
        <translation>Añadir al participante {name}</translation>
    </message>
    <message>
        <source>Present: {count}</source>
        <translation>Presentes: {count}</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>BoardDelegate</name>
    <message>
        <source>No building block is called “{text}”; nothing was changed.</source>
        <translation>Ningún componente se llama «{text}»; no se cambió nada.</translation>
    </message>
    <message>
        <source>“{text}” is not a date like 2027-03-31; nothing was changed.</source>
        <translation>«{text}» no es una fecha como 2027-03-31; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Label language</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Etiquetas en:</translation>
    </message>
    <message>
        <source>Choose a mission to see this view.</source>
        <translation>Elija una misión para ver esta vista.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare missions</source>
        <translation>Comparar misiones</translation>
    </message>
    <message>
        <source>Missions to compare</source>
        <translation>Misiones que comparar</translation>
    </message>
    <message>
        <source>Baseline &amp;rounds too</source>
        <translation>También las rondas de &amp;línea de base</translation>
    </message>
    <message>
        <source>Give each mission&apos;s earlier round a wheel of its own</source>
        <translation>Dar a la ronda anterior de cada misión su propia rueda</translation>
    </message>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>&amp;Missions (tick two or more):</source>
        <translation>&amp;Misiones (marque dos o más):</translation>
    </message>
    <message>
        <source>Tick two or more missions, or one with “Baseline rounds too”.</source>
        <translation>Marque dos o más misiones, o una con «También las rondas de línea de base».</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic in every ticked mission to compare them.</source>
        <translation>Complete un diagnóstico 360° en cada misión marcada para compararlas.</translation>
    </message>
    <message>
        <source>Wheels side by side</source>
        <translation>Ruedas lado a lado</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>Type another value, or leave empty to clear</source>
        <translation>Escriba otro valor, o déjelo vacío para borrar</translation>
    </message>
    <message>
        <source>Keep ours</source>
        <translation>Conservar la nuestra</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s answer</source>
        <translation>Conservar la respuesta de este equipo</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>Take the package&apos;s answer</source>
        <translation>Tomar la respuesta del paquete</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Usar este valor</translation>
    </message>
    <message>
        <source>Selected conflict</source>
        <translation>Conflicto seleccionado</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translation>La nuestra:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>La suya:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>O bien:</translation>
    </message>
    <message>
        <source>Each was changed both here and in an imported package, without seeing the other. Choose which value is right; nothing is overwritten until you do.</source>
        <translation>Cada una se cambió aquí y en un paquete importado, sin ver la otra. Elija el valor correcto; nada se sobrescribe hasta que lo haga.</translation>
    </message>
    <message>
        <source>No conflicts to resolve.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) to decide.</source>
        <translation>
            <numerusform>%Ln respuesta por decidir.</numerusform>
            <numerusform>%Ln respuestas por decidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>ConflictsHint</name>
    <message>
        <source>Answers changed both here and in an imported package</source>
        <translation>Respuestas cambiadas aquí y en un paquete importado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflicto por resolver</numerusform>
            <numerusform>%Ln conflictos por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>La nuestra</translation>
    </message>
    <message>
        <source>Ours: who, when</source>
        <translation>La nuestra: quién, cuándo</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>La suya: quién, cuándo</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type a country name or code, e.g. camb</source>
        <translation>Nombre o código del país, p. ej. camb</translation>
    </message>
    <message>
        <source>Start typing a country&apos;s name or its three-letter code.</source>
        <translation>Empiece a escribir el nombre de un país o su código de tres letras.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down or F4)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo o F4)</translation>
    </message>
</context>
<context>
    <name>DebouncedField</name>
    <message>
        <source>This is not complete yet, so it was not saved.</source>
        <translation>Todavía no está completo, así que no se guardó.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to Fieldwheel</source>
        <translation>Bienvenido a Fieldwheel</translation>
    </message>
    <message>
        <source>There are no missions in this database yet. A mission is one country&apos;s engagement: its diagnostic interviews, validation workshops, pledges and monitoring rounds.

Try the sample missions to see how it works, or create your own.</source>
        <translation>Esta base de datos aún no tiene misiones. Una misión es el acompañamiento de un país: sus entrevistas de diagnóstico, talleres de validación, compromisos y rondas de seguimiento.

Pruebe las misiones de ejemplo para ver cómo funciona, o cree la suya.</translation>
    </message>
    <message>
        <source>Load the sample missions</source>
        <translation>Cargar las misiones de ejemplo</translation>
    </message>
    <message>
        <source>Add fictional missions for Madagascar, the Dominican Republic, Mauritania and Cambodia, with filled-in forms, to explore.</source>
        <translation>Añadir misiones ficticias para Madagascar, la República Dominicana, Mauritania y Camboya, con formularios completados, para explorar.</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nueva misión…</translation>
    </message>
    <message>
        <source>Create a mission for your country (Ctrl+N).</source>
        <translation>Crear una misión para su país (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <source>E&amp;xport chart…</source>
        <translation>E&amp;xportar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>Guardar el gráfico como imagen PNG o dibujo SVG</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a package</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <source>Optional. A password encrypts the file: nobody can open it, in Fieldwheel or Excel, without the password. It is not stored anywhere and cannot be recovered, so send it to headquarters separately from the file.</source>
        <translation>Opcional. Una contraseña cifra el archivo: nadie puede abrirlo, en Fieldwheel o Excel, sin ella. No se guarda en ningún sitio y no se puede recuperar, así que envíela a la sede por separado del archivo.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Include wheel charts</source>
        <translation>Incluir los gráficos de la rueda</translation>
    </message>
    <message>
        <source>Pictures of each wheel on the Wheel sheet; they make the file larger.</source>
        <translation>Imágenes de cada rueda en la hoja Rueda; el archivo ocupa más.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>An Excel &amp;package (.xlsx), for headquarters</source>
        <translation>Un &amp;paquete Excel (.xlsx), para la sede</translation>
    </message>
    <message>
        <source>ODK &amp;submissions (an ODK Briefcase folder)</source>
        <translation>&amp;Envíos ODK (una carpeta de ODK Briefcase)</translation>
    </message>
    <message>
        <source>One XML file per submission, as ODK Collect writes them, to send to ODK Central or KoboToolbox. No password, charts or labels.</source>
        <translation>Un archivo XML por envío, como los escribe ODK Collect, para enviarlos a ODK Central o KoboToolbox. Sin contraseña, gráficos ni etiquetas.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Names (as KoboToolbox&apos;s default export)</source>
        <translation>Nombres (como la exportación predeterminada de KoboToolbox)</translation>
    </message>
    <message>
        <source>Labels in {language}</source>
        <translation>Etiquetas: {language}</translation>
    </message>
    <message>
        <source>What the data sheets&apos; headers and choice answers show: names or labels.</source>
        <translation>Lo que muestran los encabezados de las hojas de datos y las respuestas de opción: nombres o etiquetas.</translation>
    </message>
    <message>
        <source>&amp;Headers and choices:</source>
        <translation>&amp;Encabezados y opciones:</translation>
    </message>
    <message>
        <source>The selected mission:</source>
        <translation>La misión seleccionada:</translation>
    </message>
    <message>
        <source>The selected mission (none is selected)</source>
        <translation>La misión seleccionada (no hay ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln mission(s)</source>
        <translation>
            <numerusform>La única misión</numerusform>
            <numerusform>Las %Ln misiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
</context>
<context>
    <name>FillSession</name>
    <message>
        <source>Saved, but {questions} had just been changed elsewhere (an import, another analyst): both answers are kept as a conflict to resolve.</source>
        <translation>Guardado, pero {questions} acababa de cambiar en otro lugar (una importación, otro analista): las dos respuestas se conservan como un conflicto por resolver.</translation>
    </message>
    <message>
        <source>Answers changed elsewhere (another window, an import or a resolved conflict) and are shown as stored now: {questions}</source>
        <translation>Algunas respuestas cambiaron en otro lugar (otra ventana, una importación o un conflicto resuelto) y se muestran como están guardadas: {questions}</translation>
    </message>
    <message>
        <source>Repeats changed elsewhere and are shown as stored now.</source>
        <translation>Algunas repeticiones cambiaron en otro lugar y se muestran como están guardadas.</translation>
    </message>
</context>
<context>
    <name>FillerActions</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Previous section</source>
        <translation>Sección anterior</translation>
    </message>
    <message>
        <source>Next section</source>
        <translation>Sección siguiente</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marcar como completo</translation>
    </message>
    <message>
        <source>Language of the form&apos;s questions</source>
        <translation>Idioma de las preguntas del formulario</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>This submission is complete; edits are still saved (Ctrl+Enter)</source>
        <translation>Este envío está completo; los cambios se siguen guardando (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Check every answer and mark the submission complete (Ctrl+Enter)</source>
        <translation>Comprobar cada respuesta y marcar el envío como completo (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>FormFillerWidget</name>
    <message>
        <source>Saved · {time}</source>
        <translation>Guardado · {time}</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) need attention before this can be marked complete. First: {message}</source>
        <translation>
            <numerusform>%Ln respuesta requiere atención antes de marcarlo como completo: {message}</numerusform>
            <numerusform>%Ln respuestas requieren atención antes de marcarlo como completo. La primera: {message}</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked complete · {time}</source>
        <translation>Marcado como completo · {time}</translation>
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
        <translation>Predeterminado</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Accept these edits as…</source>
        <translation>Aceptar estos cambios como…</translation>
    </message>
    <message>
        <source>Import the file with the changed cells recorded as this person&apos;s edits</source>
        <translation>Importar el archivo registrando las celdas cambiadas como cambios de esta persona</translation>
    </message>
    <message>
        <source>Enter the password…</source>
        <translation>Introducir la contraseña…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Resolver conflictos…</translation>
    </message>
    <message>
        <source>The package was imported.</source>
        <translation>El paquete se importó.</translation>
    </message>
    <message>
        <source>The package was not imported.</source>
        <translation>El paquete no se importó.</translation>
    </message>
    <message>
        <source>{imported} of {total} packages imported.</source>
        <translation>{imported} de {total} paquetes importados.</translation>
    </message>
    <message>
        <source>Changed cells: {cells}</source>
        <translation>Celdas cambiadas: {cells}</translation>
    </message>
    <message>
        <source>Added: {added}
Updated: {updated}
Unchanged: {unchanged}</source>
        <translation>Añadidos: {added}
Actualizados: {updated}
Sin cambios: {unchanged}</translation>
    </message>
    <message>
        <source>Whose edits are these? Each changed cell is recorded as this person&apos;s edit.</source>
        <translation>¿De quién son estos cambios? Cada celda cambiada se registra como cambio de esta persona.</translation>
    </message>
    <message>
        <source>Import it unsigned</source>
        <translation>Importarlo sin firma</translation>
    </message>
    <message>
        <source>Only if you trust where the file came from; the report will say it is unsigned</source>
        <translation>Solo si confía en el origen del archivo; el informe indicará que no está firmado</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Forms, missions, submissions and answers together</source>
        <translation>Formularios, misiones, envíos y respuestas en conjunto</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <source>KPI charts</source>
        <translation>Gráficos de KPI</translation>
    </message>
    <message>
        <source>Fill a monitoring round for this mission to follow its KPIs.</source>
        <translation>Complete una ronda de seguimiento de esta misión para seguir sus KPI.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln monitoring round(s)</source>
        <translation>
            <numerusform>%Ln ronda de seguimiento</numerusform>
            <numerusform>%Ln rondas de seguimiento</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Wheel</source>
        <translation>Rueda</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nueva misión…</translation>
    </message>
    <message>
        <source>Create a mission</source>
        <translation>Crear una misión</translation>
    </message>
    <message>
        <source>&amp;Edit mission…</source>
        <translation>&amp;Editar misión…</translation>
    </message>
    <message>
        <source>Change the selected mission</source>
        <translation>Cambiar la misión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected submission, or the selected mission</source>
        <translation>Eliminar el envío seleccionado, o la misión seleccionada</translation>
    </message>
    <message>
        <source>Load the &amp;sample missions</source>
        <translation>Cargar las misiones de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Add fictional missions for four partner countries, with filled-in forms</source>
        <translation>Añadir misiones ficticias para cuatro países socios, con formularios completados</translation>
    </message>
    <message>
        <source>Import &amp;ODK submissions…</source>
        <translation>Importar envíos &amp;ODK…</translation>
    </message>
    <message>
        <source>Merge submissions collected with ODK Collect or KoboToolbox into the selected mission</source>
        <translation>Fusionar en la misión seleccionada envíos recogidos con ODK Collect o KoboToolbox</translation>
    </message>
    <message>
        <source>&amp;Compare missions…</source>
        <translation>&amp;Comparar misiones…</translation>
    </message>
    <message>
        <source>See several missions&apos; wheels side by side, block by block</source>
        <translation>Ver las ruedas de varias misiones lado a lado, componente por componente</translation>
    </message>
    <message>
        <source>New &amp;submission…</source>
        <translation>Nuevo en&amp;vío…</translation>
    </message>
    <message>
        <source>Start a submission from a built-in form</source>
        <translation>Empezar un envío a partir de un formulario incorporado</translation>
    </message>
    <message>
        <source>New submission from an XLSForm &amp;file…</source>
        <translation>Nuevo envío desde un &amp;archivo XLSForm…</translation>
    </message>
    <message>
        <source>Start a submission from an XLSForm file (.xlsx, .xls, .csv, .md)</source>
        <translation>Empezar un envío a partir de un archivo XLSForm (.xlsx, .xls, .csv, .md)</translation>
    </message>
    <message>
        <source>&amp;Open submission</source>
        <translation>&amp;Abrir envío</translation>
    </message>
    <message>
        <source>Open the selected submission to fill it in</source>
        <translation>Abrir el envío seleccionado para completarlo</translation>
    </message>
    <message>
        <source>Open as workshop &amp;board</source>
        <translation>Abrir como &amp;tablero del taller</translation>
    </message>
    <message>
        <source>Capture the selected validation workshop live, with a projector view</source>
        <translation>Registrar en directo el taller de validación seleccionado, con una vista para el proyector</translation>
    </message>
    <message>
        <source>Start &amp;workshop</source>
        <translation>Iniciar &amp;taller</translation>
    </message>
    <message>
        <source>Start a validation workshop on the selected mission and open its board</source>
        <translation>Iniciar un taller de validación en la misión seleccionada y abrir su tablero</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>Volver a leer las listas</translation>
    </message>
    <message>
        <source>Open &amp;server database…</source>
        <translation>Abrir una base de datos de &amp;servidor…</translation>
    </message>
    <message>
        <source>Work on your organisation&apos;s PostgreSQL database, shared by analysts</source>
        <translation>Trabajar en la base de datos PostgreSQL de su organización, compartida por los analistas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write missions as one Excel package to carry to headquarters</source>
        <translation>Escribir las misiones en un paquete Excel para llevar a la sede</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import and merge Excel packages from the field</source>
        <translation>Importar y combinar paquetes Excel del terreno</translation>
    </message>
    <message>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>Choose between answers changed both here and in a package</source>
        <translation>Elegir entre respuestas cambiadas aquí y en un paquete</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <source>Write the selected mission&apos;s report or workshop minutes as a PDF</source>
        <translation>Escribir el informe de la misión seleccionada o el acta del taller en PDF</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Su &amp;nombre…</translation>
    </message>
    <message>
        <source>Change the name your edits in this database are credited to</source>
        <translation>Cambiar el nombre al que se atribuyen sus cambios en esta base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Fieldwheel</source>
        <translation>Cerrar Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Misión</translation>
    </message>
    <message>
        <source>&amp;Submission</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find answers, evidence, chosen answers and missions</source>
        <translation>Buscar respuestas, evidencias, opciones elegidas y misiones</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Database: {path} — every change is saved as you make it.</source>
        <translation>Base de datos: {path} — cada cambio se guarda al hacerlo.</translation>
    </message>
    <message>
        <source>Editing as {name}</source>
        <translation>Editando como {name}</translation>
    </message>
    <message>
        <source>Who is editing?</source>
        <translation>¿Quién edita?</translation>
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
        <translation>Misión creada.</translation>
    </message>
    <message>
        <source>Mission saved.</source>
        <translation>Misión guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{title}” and its %Ln submission(s)? It disappears from this computer&apos;s lists.</source>
        <translation>
            <numerusform>¿Eliminar la misión «{title}» y su envío? Desaparece de las listas de este equipo.</numerusform>
            <numerusform>¿Eliminar la misión «{title}» y sus %Ln envíos? Desaparece de las listas de este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Eliminar misión</translation>
    </message>
    <message>
        <source>Mission deleted.</source>
        <translation>Misión eliminada.</translation>
    </message>
    <message>
        <source>Delete the submission “{form}” by {author}?</source>
        <translation>¿Eliminar el envío «{form}» de {author}?</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>Eliminar envío</translation>
    </message>
    <message>
        <source>Submission deleted.</source>
        <translation>Envío eliminado.</translation>
    </message>
    <message>
        <source>Building the sample missions…</source>
        <translation>Creando las misiones de ejemplo…</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Edit mission</source>
        <translation>Editar misión</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <source>Where the mission is in the four-phase engagement.</source>
        <translation>En qué punto del acompañamiento en cuatro fases está la misión.</translation>
    </message>
    <message>
        <source>e.g. Cambodia digital transformation diagnostic</source>
        <translation>p. ej. Diagnóstico de transformación digital de Camboya</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Fecha de fi&amp;n</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Discard what you typed in this mission?</source>
        <translation>¿Descartar lo que escribió en esta misión?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>MissionModel</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
</context>
<context>
    <name>MissionPanel</name>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Missions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Misiones&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>NewSubmissionDialog</name>
    <message>
        <source>New submission</source>
        <translation>Nuevo envío</translation>
    </message>
    <message>
        <source>Start a submission in &lt;b&gt;{mission}&lt;/b&gt;.</source>
        <translation>Empezar un envío en &lt;b&gt;{mission}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Built-in forms</source>
        <translation>Formularios incorporados</translation>
    </message>
    <message>
        <source>Recorded as the author of the submission.</source>
        <translation>Se registra como autor del envío.</translation>
    </message>
    <message>
        <source>Use an XLSForm &amp;file…</source>
        <translation>Usar un &amp;archivo XLSForm…</translation>
    </message>
    <message>
        <source>Start from an XLSForm (.xlsx, .xls, .csv or .md) on disk.</source>
        <translation>Partir de un XLSForm (.xlsx, .xls, .csv o .md) del disco.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Su nombre</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Type the date as digits, e.g. 20261201; empty: not set</source>
        <translation>Escriba la fecha en cifras, p. ej. 20261201; vacío: sin fecha</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
</context>
<context>
    <name>PackageCounts</name>
    <message numerus="yes">
        <source>%Ln form(s)</source>
        <translation>
            <numerusform>%Ln formulario</numerusform>
            <numerusform>%Ln formularios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln misión</numerusform>
            <numerusform>%Ln misiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s)</source>
        <translation>
            <numerusform>%Ln envío</numerusform>
            <numerusform>%Ln envíos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln respuesta</numerusform>
            <numerusform>%Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln package(s)…</source>
        <translation>
            <numerusform>Importando %Ln paquete…</numerusform>
            <numerusform>Importando %Ln paquetes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} was changed by hand after export, in %Ln cell(s). Take the changes as someone&apos;s edits, or import the file as it was exported.</source>
        <translation>
            <numerusform>{name} se cambió a mano después de exportarlo, en %Ln celda. Acepte el cambio como cambio de alguien, o importe el archivo tal como se exportó.</numerusform>
            <numerusform>{name} se cambió a mano después de exportarlo, en %Ln celdas. Acepte los cambios como cambios de alguien, o importe el archivo tal como se exportó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgesTab</name>
    <message>
        <source>Pledge map chart</source>
        <translation>Mapa de compromisos</translation>
    </message>
    <message>
        <source>Fill a P2C pledge register for this mission to map its pledges.</source>
        <translation>Complete un registro de compromisos P2C de esta misión para mapear sus compromisos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pledge(s)</source>
        <translation>
            <numerusform>%Ln compromiso</numerusform>
            <numerusform>%Ln compromisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated priority(ies) without a pledge</source>
        <translation>
            <numerusform>%Ln prioridad validada sin compromiso</numerusform>
            <numerusform>%Ln prioridades validadas sin compromiso</numerusform>
        </translation>
    </message>
    <message>
        <source>no validation workshop yet</source>
        <translation>aún no hay taller de validación</translation>
    </message>
</context>
<context>
    <name>PriorityPanel</name>
    <message>
        <source>No priority selected.</source>
        <translation>Ninguna prioridad seleccionada.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <source>Priority {rank}: {title}</source>
        <translation>Prioridad {rank}: {title}</translation>
    </message>
</context>
<context>
    <name>PrioritySteps</name>
    <message>
        <source>Add priority</source>
        <translation>Añadir prioridad</translation>
    </message>
    <message>
        <source>Re-rank priority</source>
        <translation>Reordenar prioridad</translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation>Quitar prioridad</translation>
    </message>
    <message>
        <source>Add the proposed agenda</source>
        <translation>Añadir la agenda propuesta</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Workshop — projector</source>
        <translation>Taller — proyector</translation>
    </message>
    <message>
        <source>Priority {rank} of {total}</source>
        <translation>Prioridad {rank} de {total}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <source>No building block yet</source>
        <translation>Aún sin componente</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Aún sin decidir</translation>
    </message>
    <message>
        <source>No votes counted yet</source>
        <translation>Aún no hay votos</translation>
    </message>
    <message>
        <source>For</source>
        <translation>A favor</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>En contra</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstención</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln priority(ies)</source>
        <translation>
            <numerusform>%Ln prioridad</numerusform>
            <numerusform>%Ln prioridades</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided yet: {count}</source>
        <translation>Aún sin decidir: {count}</translation>
    </message>
    <message>
        <source>No building block addressed yet.</source>
        <translation>Aún no se aborda ningún componente.</translation>
    </message>
    <message>
        <source>Building blocks addressed</source>
        <translation>Componentes abordados</translation>
    </message>
</context>
<context>
    <name>RadioField</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove this answer</source>
        <translation>Quitar esta respuesta</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <source>Remove “{title}” and all its answers? You can undo this with Ctrl+Z.</source>
        <translation>¿Quitar «{title}» y todas sus respuestas? Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>Añadir a {label}</translation>
    </message>
    <message>
        <source>Add to {label} ({keys})</source>
        <translation>Añadir a {label} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mission report</source>
        <translation>Informe de la misión</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Crear el PDF</translation>
    </message>
    <message>
        <source>Full report</source>
        <translation>Informe completo</translation>
    </message>
    <message>
        <source>Workshop minutes</source>
        <translation>Acta del taller</translation>
    </message>
    <message>
        <source>The mission has no validation workshop yet.</source>
        <translation>La misión aún no tiene taller de validación.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Words, word* for a prefix, &quot;a phrase&quot; — answers, choices, missions</source>
        <translation>Palabras, palabra* para un prefijo, «una frase» — respuestas, opciones, misiones</translation>
    </message>
    <message>
        <source>Enter or double-click opens the submission at that question; Esc closes.</source>
        <translation>Intro o doble clic abre el envío en esa pregunta; Esc cierra.</translation>
    </message>
    <message>
        <source>All missions</source>
        <translation>Todas las misiones</translation>
    </message>
    <message>
        <source>The best {count} matches; add a word to narrow the search.</source>
        <translation>Los {count} mejores resultados; añada una palabra para afinar la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es), best first.</source>
        <translation>
            <numerusform>%Ln resultado.</numerusform>
            <numerusform>%Ln resultados, los mejores primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>the mission itself</source>
        <translation>la misión misma</translation>
    </message>
    <message>
        <source>Mission title</source>
        <translation>Título de la misión</translation>
    </message>
    <message>
        <source>Mission notes</source>
        <translation>Notas de la misión</translation>
    </message>
</context>
<context>
    <name>SectionNavigator</name>
    <message>
        <source>{answered} of {total} answered</source>
        <translation>{answered} de {total} respondidas</translation>
    </message>
    <message>
        <source>{n} required still empty</source>
        <translation>{n} obligatorias aún vacías</translation>
    </message>
    <message>
        <source>{n} answers not accepted</source>
        <translation>{n} respuestas no aceptadas</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Fieldwheel never stores passwords: remove it from the address and let PostgreSQL find it in the PGPASSWORD variable, in ~/.pgpass or in a service file (pg_service.conf).</source>
        <translation>Fieldwheel nunca guarda contraseñas: quítela de la dirección y deje que PostgreSQL la encuentre en la variable PGPASSWORD, en ~/.pgpass o en un archivo de servicio (pg_service.conf).</translation>
    </message>
    <message>
        <source>Say which database on the server to open, for example {example}.</source>
        <translation>Indique qué base de datos del servidor abrir, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>A server database&apos;s address starts with postgresql://, for example {example}.</source>
        <translation>La dirección de una base de datos de servidor empieza por postgresql://, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número de 1 a 65535.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server database</source>
        <translation>Abrir una base de datos de servidor</translation>
    </message>
    <message>
        <source>Choose one opened before</source>
        <translation>Elegir una abierta antes</translation>
    </message>
    <message>
        <source>e.g. hq-server.example.org</source>
        <translation>p. ej. hq-server.example.org</translation>
    </message>
    <message>
        <source>5432 (PostgreSQL&apos;s usual port)</source>
        <translation>5432 (el puerto habitual de PostgreSQL)</translation>
    </message>
    <message>
        <source>e.g. fieldwheel</source>
        <translation>p. ej. fieldwheel</translation>
    </message>
    <message>
        <source>Fieldwheel never stores passwords. When the server asks for one, PostgreSQL reads it from the PGPASSWORD variable, from ~/.pgpass or from a service file.</source>
        <translation>Fieldwheel nunca guarda contraseñas. Cuando el servidor pide una, PostgreSQL la lee de la variable PGPASSWORD, de ~/.pgpass o de un archivo de servicio.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recientes</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>or &amp;URL</source>
        <translation>o &amp;URL</translation>
    </message>
</context>
<context>
    <name>SubmissionModel</name>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>{form_id}, version {version}</source>
        <translation>{form_id}, versión {version}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>SubmissionPanel</name>
    <message>
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a submission.</source>
        <translation>Haga doble clic o pulse Intro para abrir un envío.</translation>
    </message>
    <message>
        <source>Submissions of “{title}”</source>
        <translation>Envíos de «{title}»</translation>
    </message>
    <message>
        <source>Choose a mission to see its submissions.</source>
        <translation>Elija una misión para ver sus envíos.</translation>
    </message>
    <message>
        <source>No submissions yet. Start one with Submission ▸ New submission (Ctrl+Shift+N).</source>
        <translation>Aún no hay envíos. Empiece uno con Envío ▸ Nuevo envío (Ctrl+Mayús+N).</translation>
    </message>
</context>
<context>
    <name>SubmissionStarter</name>
    <message>
        <source>Reading the built-in forms…</source>
        <translation>Leyendo los formularios incorporados…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>UnsupportedField</name>
    <message>
        <source>Not supported on desktop yet ({type})</source>
        <translation>Aún no disponible en el escritorio ({type})</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{what} can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>{what} se puede guardar como .png o .svg, no como «{suffix}».</translation>
    </message>
    <message>
        <source>The pledge chart</source>
        <translation>El gráfico de compromisos</translation>
    </message>
    <message>
        <source>The KPI chart</source>
        <translation>El gráfico de KPI</translation>
    </message>
    <message>
        <source>The comparison chart</source>
        <translation>El gráfico comparativo</translation>
    </message>
    <message>
        <source>Choose at least two missions to compare.</source>
        <translation>Elija al menos dos misiones para comparar.</translation>
    </message>
    <message>
        <source>At most {most} missions can be compared at once; {count} were chosen.</source>
        <translation>Se pueden comparar como máximo {most} misiones a la vez; se eligieron {count}.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no baseline round to compare with.</source>
        <translation>La misión {mission!r} no tiene ronda de línea de base con la que comparar.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no monitoring round yet; fill a monitoring round first.</source>
        <translation>La misión {mission!r} aún no tiene ronda de seguimiento; complete primero una ronda de seguimiento.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no pledge register yet; fill a P2C pledge register first.</source>
        <translation>La misión {mission!r} aún no tiene registro de compromisos; complete primero un registro de compromisos P2C.</translation>
    </message>
    <message>
        <source>The pledge register of {mission!r} does not declare the wheel&apos;s blocks.</source>
        <translation>El registro de compromisos de {mission!r} no declara los componentes de la rueda.</translation>
    </message>
    <message>
        <source>The chosen missions hold form {form_id} in versions {version} and {form_version}; an ODK Briefcase folder keeps one version per form, so export the missions separately.</source>
        <translation>Las misiones elegidas contienen el formulario {form_id} en las versiones {version} y {form_version}; una carpeta de ODK Briefcase guarda una sola versión por formulario, así que exporte las misiones por separado.</translation>
    </message>
    <message>
        <source>The ODK folder</source>
        <translation>La carpeta de ODK</translation>
    </message>
    <message>
        <source>An ODK submission</source>
        <translation>Un envío de ODK</translation>
    </message>
    <message>
        <source>An ODK Briefcase folder cannot be encrypted; leave out --password-file.</source>
        <translation>Una carpeta de ODK Briefcase no se puede cifrar; omita --password-file.</translation>
    </message>
    <message>
        <source>Say which mission the submissions join with --mission UUID.</source>
        <translation>Indique con --mission UUID a qué misión se unen los envíos.</translation>
    </message>
    <message>
        <source>{folder} holds no ODK submission files.</source>
        <translation>{folder} no contiene archivos de envíos de ODK.</translation>
    </message>
    <message>
        <source>{file} repeats submission uuid:{instance_id} found in another file; keep one of them.</source>
        <translation>{file} repite el envío uuid:{instance_id} que está en otro archivo; conserve solo uno.</translation>
    </message>
    <message>
        <source>{file} is a submission of form {form_id} version {version}, which this database does not hold; open that form here first.</source>
        <translation>{file} es un envío del formulario {form_id} versión {version}, que esta base de datos no contiene; abra primero ese formulario aquí.</translation>
    </message>
    <message>
        <source>{file} holds an answer its form does not allow: {problem}</source>
        <translation>{file} contiene una respuesta que su formulario no permite: {problem}</translation>
    </message>
    <message>
        <source>{file} has an element &apos;{path}&apos; that form {form_id} does not have.</source>
        <translation>{file} tiene un elemento «{path}» que el formulario {form_id} no tiene.</translation>
    </message>
    <message>
        <source>{file} repeats or nests &apos;{path}&apos;, which form {form_id} does not allow.</source>
        <translation>{file} repite o anida «{path}», lo que el formulario {form_id} no permite.</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>{folder} is not a folder of ODK submissions.</source>
        <translation>{folder} no es una carpeta de envíos de ODK.</translation>
    </message>
    <message>
        <source>{folder} holds more than {most:,} XML files; import it in parts.</source>
        <translation>{folder} contiene más de {most:,} archivos XML; impórtelo por partes.</translation>
    </message>
    <message>
        <source>submission file</source>
        <translation>archivo de envío</translation>
    </message>
    <message>
        <source>its root element has no form id attribute</source>
        <translation>su elemento raíz no tiene atributo id de formulario</translation>
    </message>
    <message>
        <source>it has no meta/instanceID of the form &apos;uuid:…&apos;</source>
        <translation>no tiene meta/instanceID de la forma «uuid:…»</translation>
    </message>
    <message>
        <source>it is not well-formed XML ({error})</source>
        <translation>no es XML bien formado ({error})</translation>
    </message>
    <message>
        <source>it has more than {most:,} elements</source>
        <translation>tiene más de {most:,} elementos</translation>
    </message>
    <message>
        <source>{path} is not an ODK submission: {why}.</source>
        <translation>{path} no es un envío de ODK: {why}.</translation>
    </message>
    <message>
        <source>Say whose edits these are with --by NAME.</source>
        <translation>Indique de quién son estas modificaciones con --by NOMBRE.</translation>
    </message>
    <message>
        <source>Resolve with either --choose local|package or --value TEXT, and --by NAME.</source>
        <translation>Resuelva con --choose local|package o --value TEXTO, y --by NOMBRE.</translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {error}.</source>
        <translation>No se puede leer la base de datos {path}: {error}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; give it with --password-file.</source>
        <translation>{name} está protegido con contraseña; indíquela con --password-file.</translation>
    </message>
    <message>
        <source>The password for {name} is wrong.</source>
        <translation>La contraseña de {name} es incorrecta.</translation>
    </message>
    <message>
        <source>{name} is an old-style Office file (such as a 97-2003 .xls workbook), not a Fieldwheel package.</source>
        <translation>{name} es un archivo de Office de formato antiguo (como un libro .xls 97-2003), no un paquete de Fieldwheel.</translation>
    </message>
    <message>
        <source>{name} is encrypted but damaged or tampered with (its integrity check failed).</source>
        <translation>{name} está cifrado pero dañado o manipulado (falló su comprobación de integridad).</translation>
    </message>
    <message>
        <source>The signing key {path} cannot be created or read: {reason}.</source>
        <translation>La clave de firma {path} no se puede crear ni leer: {reason}.</translation>
    </message>
    <message>
        <source>The signing key {path} is damaged; move it away and Fieldwheel will make a new one (headquarters will then see this computer as a new device).</source>
        <translation>La clave de firma {path} está dañada; muévala a otro lugar y Fieldwheel creará una nueva (la sede verá entonces este equipo como un dispositivo nuevo).</translation>
    </message>
    <message>
        <source>{name} is not signed (it was written before Fieldwheel signed packages, or its signature was removed); import it with --allow-unsigned only if you trust where it came from.</source>
        <translation>{name} no está firmado (se escribió antes de que Fieldwheel firmara los paquetes, o se quitó su firma); impórtelo con --allow-unsigned solo si confía en su procedencia.</translation>
    </message>
    <message>
        <source>{name} is not signed, so it cannot come from a known device.</source>
        <translation>{name} no está firmado, así que no puede venir de un dispositivo conocido.</translation>
    </message>
    <message>
        <source>{name} was signed by a device this database does not know (fingerprint {fingerprint}); enrol it with &apos;fieldwheel devices trust {fingerprint}&apos; after checking the fingerprint with its owner.</source>
        <translation>{name} fue firmado por un dispositivo que esta base de datos no conoce (huella {fingerprint}); regístrelo con «fieldwheel devices trust {fingerprint}» tras comprobar la huella con su propietario.</translation>
    </message>
    <message>
        <source>{name} claims to come from {device}, but is signed with another key ({fingerprint}, not {pinned}); it is refused as a possible forgery. If that device was reinstalled, check the new fingerprint with its owner and run &apos;fieldwheel devices trust {fingerprint}&apos;.</source>
        <translation>{name} afirma venir de {device}, pero está firmado con otra clave ({fingerprint}, no {pinned}); se rechaza como posible falsificación. Si ese dispositivo se reinstaló, compruebe la nueva huella con su propietario y ejecute «fieldwheel devices trust {fingerprint}».</translation>
    </message>
    <message>
        <source>Use &apos;devices&apos;, &apos;devices trust FINGERPRINT&apos; or &apos;devices forget FINGERPRINT&apos;.</source>
        <translation>Use «devices», «devices trust HUELLA» o «devices forget HUELLA».</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; y {count} más</translation>
    </message>
    <message>
        <source>{name} was changed by hand after export ({listed}{more}); import it with --accept-edits --by NAME to take these changes as that person&apos;s edits.</source>
        <translation>{name} se modificó a mano después de exportarlo ({listed}{more}); impórtelo con --accept-edits --by NOMBRE para tomar estos cambios como modificaciones de esa persona.</translation>
    </message>
    <message>
        <source>{name} was changed by hand in {ref}, which is not an answer (a header, an identifier or an added row); only answers can be taken as edits.</source>
        <translation>{name} se modificó a mano en {ref}, que no es una respuesta (un encabezado, un identificador o una fila añadida); solo las respuestas pueden tomarse como modificaciones.</translation>
    </message>
    <message>
        <source>{name}: {ref} must be 1 or 0 (chosen or not).</source>
        <translation>{name}: {ref} debe ser 1 o 0 (elegido o no).</translation>
    </message>
    <message>
        <source>Say whose edits these are (--by NAME).</source>
        <translation>Indique de quién son estas modificaciones (--by NOMBRE).</translation>
    </message>
    <message>
        <source>No exported form has the language {language!r}; choose one of: {known}.</source>
        <translation>Ningún formulario exportado tiene el idioma {language!r}; elija uno de: {known}.</translation>
    </message>
    <message>
        <source>an unknown table</source>
        <translation>una tabla desconocida</translation>
    </message>
    <message>
        <source>records before their table</source>
        <translation>registros antes de su tabla</translation>
    </message>
    <message>
        <source>a record of the wrong shape</source>
        <translation>un registro con una forma incorrecta</translation>
    </message>
    <message>
        <source>a line that is not JSON</source>
        <translation>una línea que no es JSON</translation>
    </message>
    <message>
        <source>a cell that is not base64 text</source>
        <translation>una celda que no es texto base64</translation>
    </message>
    <message>
        <source>a cell that is not base64</source>
        <translation>una celda que no está en base64</translation>
    </message>
    <message>
        <source>a broken compressed stream</source>
        <translation>un flujo comprimido roto</translation>
    </message>
    <message>
        <source>a stream too large to be a package&apos;s</source>
        <translation>un flujo demasiado grande para ser de un paquete</translation>
    </message>
    <message>
        <source>bytes after the end of the stream</source>
        <translation>bytes después del final del flujo</translation>
    </message>
    <message>
        <source>a stream cut short</source>
        <translation>un flujo cortado</translation>
    </message>
    <message>
        <source>{name} is an Excel file but not a Fieldwheel package.</source>
        <translation>{name} es un archivo de Excel pero no un paquete de Fieldwheel.</translation>
    </message>
    <message>
        <source>The sheet {sheet} was removed from {name}.</source>
        <translation>La hoja {sheet} se quitó de {name}.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read ({reason}).</source>
        <translation>{name} está dañado y no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read.</source>
        <translation>{name} está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>{name} is not protected by a password, yet one was given; import it without --password-file (a password-protected copy may have been replaced).</source>
        <translation>{name} no está protegido con contraseña, pero se dio una; impórtelo sin --password-file (quizá se reemplazó una copia protegida).</translation>
    </message>
    <message>
        <source>The manifest of {name} was changed.</source>
        <translation>El manifiesto de {name} se modificó.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Fieldwheel (package schema {schema}, this one reads up to {most}); update Fieldwheel to import it.</source>
        <translation>{name} lo escribió un Fieldwheel más reciente (esquema de paquete {schema}; este lee hasta el {most}); actualice Fieldwheel para importarlo.</translation>
    </message>
    <message>
        <source>The manifest of {name} is incomplete.</source>
        <translation>El manifiesto de {name} está incompleto.</translation>
    </message>
    <message>
        <source>The hidden sheet {sheet} of {name} was changed.</source>
        <translation>La hoja oculta {sheet} de {name} se modificó.</translation>
    </message>
    <message>
        <source>The hidden records of {name} were changed ({error}).</source>
        <translation>Los registros ocultos de {name} se modificaron ({error}).</translation>
    </message>
    <message>
        <source>{name} lacks its {sheet} sheet.</source>
        <translation>A {name} le falta su hoja {sheet}.</translation>
    </message>
    <message>
        <source>{name} does not match its own checksum: its hidden data or manifest was changed after export, so it is refused.</source>
        <translation>{name} no coincide con su propia suma de comprobación: sus datos ocultos o su manifiesto se modificaron después de exportarlo, así que se rechaza.</translation>
    </message>
    <message>
        <source>A form source in {name} is damaged.</source>
        <translation>Una fuente de formulario en {name} está dañada.</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>archivo de contraseña</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>El archivo de contraseña {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The password file {path} is empty.</source>
        <translation>El archivo de contraseña {path} está vacío.</translation>
    </message>
    <message>
        <source>The signature of {name} does not match its content: it was changed after export or forged, so it is refused.</source>
        <translation>La firma de {name} no coincide con su contenido: se modificó después de exportarlo o se falsificó, así que se rechaza.</translation>
    </message>
    <message>
        <source>{ref}: the hand edit from &apos;{old}&apos; to &apos;{new}&apos; is refused. {problem}</source>
        <translation>{ref}: se rechaza la modificación a mano de «{old}» a «{new}». {problem}</translation>
    </message>
    <message>
        <source>The package holds an answer its form does not allow, so nothing was imported: {problem}</source>
        <translation>El paquete contiene una respuesta que su formulario no permite, así que no se importó nada: {problem}</translation>
    </message>
    <message>
        <source>A package is an .xlsx file, not {name}.</source>
        <translation>Un paquete es un archivo .xlsx, no {name}.</translation>
    </message>
    <message>
        <source>{target} is a folder; give a file name.</source>
        <translation>{target} es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>paper size</source>
        <translation>tamaño de papel</translation>
    </message>
    <message>
        <source>The report {what} {value!r} is not known; choose one of: {allowed}.</source>
        <translation>El informe no conoce el valor {value!r} para «{what}»; elija uno de: {allowed}.</translation>
    </message>
    <message>
        <source>The report is a PDF; give a file name ending in .pdf, not &apos;{name}&apos;.</source>
        <translation>El informe es un PDF; indique un nombre de archivo que termine en .pdf, no «{name}».</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>El informe</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no validation workshop to write minutes of; fill the workshop form first.</source>
        <translation>La misión {mission!r} no tiene taller de validación del que redactar el acta; complete primero el formulario del taller.</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>El paquete</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>la carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>se superó la cuota de disco</translation>
    </message>
    <message>
        <source>{what} could not be written to {target}: {reason}.</source>
        <translation>{what}: no se pudo escribir en {target} ({reason}).</translation>
    </message>
    <message>
        <source>The wheel can be saved as .png or .svg, not &apos;{suffix}&apos;.</source>
        <translation>La rueda se puede guardar como .png o .svg, no como «{suffix}».</translation>
    </message>
    <message>
        <source>The wheel chart</source>
        <translation>El gráfico de la rueda</translation>
    </message>
    <message>
        <source>The form has no language {language!r}; choose one of: {languages}.</source>
        <translation>El formulario no tiene el idioma {language!r}; elija uno de: {languages}.</translation>
    </message>
    <message>
        <source>The mission {mission!r} has no submission of a form that feeds the wheel; fill a diagnostic first.</source>
        <translation>La misión {mission!r} no tiene ningún envío de un formulario que alimente la rueda; complete primero un diagnóstico.</translation>
    </message>
    <message>
        <source>{path} is not an answer that can be edited.</source>
        <translation>{path} no es una respuesta que se pueda modificar.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{label}: «{value}» no es un número entero.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a number.</source>
        <translation>{label}: «{value}» no es un número.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>{label}: «{value}» no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; is not one of the choices ({allowed}).</source>
        <translation>{label}: «{value}» no es una de las opciones ({allowed}).</translation>
    </message>
    <message>
        <source>{path} is not in this submission.</source>
        <translation>{path} no está en este envío.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Esta respuesta es obligatoria.</translation>
    </message>
    <message>
        <source>Not allowed.</source>
        <translation>No permitido.</translation>
    </message>
    <message>
        <source>{label}: {message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; before the last step of a path</source>
        <translation>Una condición «[...]» antes del último paso de una ruta</translation>
    </message>
    <message>
        <source>An instance lookup other than instance(&apos;list&apos;)/root/item[...]/field</source>
        <translation>Una búsqueda instance() distinta de instance(&apos;list&apos;)/root/item[...]/field</translation>
    </message>
    <message>
        <source>A condition &apos;[...]&apos; can only follow a list of nodes in &apos;{source}&apos;.</source>
        <translation>Una condición «[...]» solo puede seguir a una lista de nodos en «{source}».</translation>
    </message>
    <message>
        <source>instance() without a path after it</source>
        <translation>instance() sin una ruta detrás</translation>
    </message>
    <message>
        <source>The function {name}() is not supported by Fieldwheel, so &apos;{source}&apos; cannot be worked out.</source>
        <translation>Fieldwheel no admite la función {name}(), así que «{source}» no se puede calcular.</translation>
    </message>
    <message>
        <source>indexed-repeat() takes 3, 5, 7, 9 or 11 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() admite 3, 5, 7, 9 u 11 argumentos pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>indexed-repeat() needs ${{name}} references for the question and the repeat in &apos;{source}&apos;.</source>
        <translation>indexed-repeat() necesita referencias ${{name}} para la pregunta y la repetición en «{source}».</translation>
    </message>
    <message>
        <source>{what} is not supported in Fieldwheel forms (&apos;{source}&apos;).</source>
        <translation>{what}: no se admite en los formularios de Fieldwheel («{source}»).</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;. Did you mean {close}()?</source>
        <translation>Función desconocida {function}() en el carácter {position} de «{source}». ¿Quiso decir {close}()?</translation>
    </message>
    <message>
        <source>Unknown function {function}() at character {position} of &apos;{source}&apos;.</source>
        <translation>Función desconocida {function}() en el carácter {position} de «{source}».</translation>
    </message>
    <message>
        <source>The data list &apos;{instance_id}&apos; is not available, so this lookup cannot be done.</source>
        <translation>La lista de datos «{instance_id}» no está disponible, así que no se puede hacer esta búsqueda.</translation>
    </message>
    <message>
        <source>weighted-checklist() needs one weight for every condition.</source>
        <translation>weighted-checklist() necesita un peso para cada condición.</translation>
    </message>
    <message>
        <source>{name}() needs a list of nodes such as ${{repeat}} or a path, not a plain value.</source>
        <translation>{name}() necesita una lista de nodos como ${{repeat}} o una ruta, no un valor simple.</translation>
    </message>
    <message>
        <source>digest() knows MD5, SHA-1, SHA-256, SHA-384 and SHA-512, not &apos;{name}&apos;.</source>
        <translation>digest() conoce MD5, SHA-1, SHA-256, SHA-384 y SHA-512, no «{name}».</translation>
    </message>
    <message>
        <source>digest() encodes as &apos;base64&apos; or &apos;hex&apos;, not &apos;{encoding}&apos;.</source>
        <translation>digest() codifica como «base64» o «hex», no como «{encoding}».</translation>
    </message>
    <message>
        <source>randomize() needs a list of nodes to shuffle.</source>
        <translation>randomize() necesita una lista de nodos que mezclar.</translation>
    </message>
    <message>
        <source>randomize() needs a number as its seed, not &apos;{seed}&apos;.</source>
        <translation>randomize() necesita un número como semilla, no «{seed}».</translation>
    </message>
    <message>
        <source>{name}() takes at least 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() admite al menos 1 argumento pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes at least {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() admite al menos {least} argumentos pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes exactly {least} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() admite exactamente {least} argumentos pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes {least} to {most} arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() admite de {least} a {most} argumentos pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>{name}() takes exactly 1 argument but was given {count} in &apos;{source}&apos;.</source>
        <translation>{name}() admite exactamente 1 argumento pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>Syntax error at character {position} of &apos;{source}&apos;: {message}.</source>
        <translation>Error de sintaxis en el carácter {position} de «{source}»: {message}.</translation>
    </message>
    <message>
        <source>{function}() takes 0 to 1 arguments but was given {count} in &apos;{source}&apos;.</source>
        <translation>{function}() admite de 0 a 1 argumento pero recibió {count} en «{source}».</translation>
    </message>
    <message>
        <source>{function}() needs ${{question}} or a path ending in a question name in &apos;{source}&apos;.</source>
        <translation>{function}() necesita ${{question}} o una ruta que termine en un nombre de pregunta en «{source}».</translation>
    </message>
    <message>
        <source>{function}() needs a node, not a plain value.</source>
        <translation>{function}() necesita un nodo, no un valor simple.</translation>
    </message>
    <message>
        <source>The &apos;|&apos; operator joins two lists of nodes, not plain values.</source>
        <translation>El operador «|» une dos listas de nodos, no valores simples.</translation>
    </message>
    <message>
        <source>{what} (character {position} of &apos;{source}&apos;) is valid XPath but not supported in Fieldwheel forms.</source>
        <translation>{what} (carácter {position} de «{source}»): XPath válido, pero no admitido en los formularios de Fieldwheel.</translation>
    </message>
    <message>
        <source>The descendant path &apos;//&apos;</source>
        <translation>La ruta descendiente «//»</translation>
    </message>
    <message>
        <source>An XPath variable ($name)</source>
        <translation>Una variable XPath ($name)</translation>
    </message>
    <message>
        <source>An attribute (@name)</source>
        <translation>Un atributo (@name)</translation>
    </message>
    <message>
        <source>A predicate after &apos;.&apos; or &apos;..&apos;</source>
        <translation>Un predicado después de «.» o «..»</translation>
    </message>
    <message>
        <source>A path after a filtered expression</source>
        <translation>Una ruta después de una expresión filtrada</translation>
    </message>
    <message>
        <source>instance() takes exactly one argument, the list name, in &apos;{source}&apos;.</source>
        <translation>instance() admite exactamente un argumento, el nombre de la lista, en «{source}».</translation>
    </message>
    <message>
        <source>A path after this expression</source>
        <translation>Una ruta después de esta expresión</translation>
    </message>
    <message>
        <source>is too large to be checked in linear time; simplify it</source>
        <translation>es demasiado grande para comprobarse en tiempo lineal; simplifíquelo</translation>
    </message>
    <message>
        <source>repeats something more than 1,000 times, which is more than allowed</source>
        <translation>repite algo más de 1.000 veces, más de lo permitido</translation>
    </message>
    <message>
        <source>uses a feature (back-references, look-ahead or look-behind, possessive repeats or \Z) that Fieldwheel&apos;s linear-time matcher does not have; rewrite it without it</source>
        <translation>usa una función (referencias inversas, búsqueda anticipada o retrospectiva, repeticiones posesivas o \Z) que el motor de tiempo lineal de Fieldwheel no tiene; reescríbalo sin ella</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() is not a valid regular expression.</source>
        <translation>El patrón «{shown}» dado a regex() no es una expresión regular válida.</translation>
    </message>
    <message>
        <source>The pattern &apos;{shown}&apos; given to regex() {why}.</source>
        <translation>El patrón «{shown}» dado a regex() {why}.</translation>
    </message>
    <message>
        <source>There is no built-in form called {form_id!r}.</source>
        <translation>No hay ningún formulario integrado llamado {form_id!r}.</translation>
    </message>
    <message>
        <source> There is 1 more; check-form lists them all.</source>
        <translation> Hay 1 más; check-form los enumera todos.</translation>
    </message>
    <message>
        <source> There are {more} more; check-form lists them all.</source>
        <translation> Hay {more} más; check-form los enumera todos.</translation>
    </message>
    <message>
        <source>{form} cannot be used: its calculations and conditions depend on each other in a circle, which ODK refuses too ({where}): {circle}.{tail}</source>
        <translation>{form} no se puede usar: sus cálculos y condiciones dependen unos de otros en círculo, lo que ODK también rechaza ({where}): {circle}.{tail}</translation>
    </message>
    <message>
        <source>{name} is not an Excel (.xlsx) file.</source>
        <translation>{name} no es un archivo de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>{name} has more than {most_rows:,} rows, more than a {label} can hold.</source>
        <translation>{name} tiene más de {most_rows:,} filas, más de las que puede contener un {label}.</translation>
    </message>
    <message>
        <source>{name} has more than {most_cells:,} cells in all its sheets, more than a {label} can hold.</source>
        <translation>{name} tiene más de {most_cells:,} celdas en todas sus hojas, más de las que puede contener un {label}.</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (was the copy interrupted?).</source>
        <translation>{name} está dañado o incompleto (¿se interrumpió la copia?).</translation>
    </message>
    <message>
        <source>{name} holds {count:,} parts; a {label} has a few dozen.</source>
        <translation>{name} contiene {count:,} partes; un {label} tiene unas pocas decenas.</translation>
    </message>
    <message>
        <source>{name} holds two parts named {member}; it is refused because programs may read different copies.</source>
        <translation>{name} contiene dos partes llamadas {member}; se rechaza porque los programas podrían leer copias distintas.</translation>
    </message>
    <message>
        <source>{name} would expand to {megabytes} MB or more (part {member}); it is refused as a possible zip bomb.</source>
        <translation>{name} se expandiría a {megabytes} MB o más (parte {member}); se rechaza como posible bomba zip.</translation>
    </message>
    <message>
        <source>{name} holds a part with an odd path ({member!r}); it is refused as unsafe.</source>
        <translation>{name} contiene una parte con una ruta extraña ({member!r}); se rechaza por inseguro.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what}.</source>
        <translation>{path} es una carpeta, no un {what}.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); a {what} is read from an ordinary file only.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una tubería o un socket); un {what} solo se lee de un archivo normal.</translation>
    </message>
    <message>
        <source>{name} is {shown}, larger than any {what} can be.</source>
        <translation>{name} ocupa {shown}, más de lo que puede ocupar cualquier {what}.</translation>
    </message>
    <message>
        <source>The {what} {path} does not exist.</source>
        <translation>{path} no existe ({what}).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a socket or a device); a {what} is read from an ordinary file only.</source>
        <translation>{path} no es un archivo normal (es un socket o un dispositivo); un {what} solo se lee de un archivo normal.</translation>
    </message>
    <message>
        <source>The {what} {path} is a symbolic link that loops.</source>
        <translation>{path} ({what}) es un enlace simbólico que forma un bucle.</translation>
    </message>
    <message>
        <source>The {what} {path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path} ({what}): {reason}.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>formulario</translation>
    </message>
    <message>
        <source>form file</source>
        <translation>archivo de formulario</translation>
    </message>
    <message>
        <source>{name} could not be read as a .xlsx XLSForm: the file is damaged or is not in that format.</source>
        <translation>{name} no se pudo leer como XLSForm .xlsx: el archivo está dañado o no tiene ese formato.</translation>
    </message>
    <message>
        <source>{name} declares XML entities or a DOCTYPE (in {member}); it is refused as unsafe.</source>
        <translation>{name} declara entidades XML o un DOCTYPE (en {member}); se rechaza por inseguro.</translation>
    </message>
    <message>
        <source>{name} contains formulas (in {member}); a {label} holds values only.</source>
        <translation>{name} contiene fórmulas (en {member}); un {label} solo contiene valores.</translation>
    </message>
    <message>
        <source>{name} has more than {most_strings:,} shared strings (in {member}), more than a {label} can hold.</source>
        <translation>{name} tiene más de {most_strings:,} cadenas compartidas (en {member}), más de las que puede contener un {label}.</translation>
    </message>
    <message>
        <source>{name} has a sheet reaching {ref} (in {member}): {last_row:,} rows by {last_column:,} columns is more than a {label} can hold.</source>
        <translation>{name} tiene una hoja que llega a {ref} (en {member}): {last_row:,} filas por {last_column:,} columnas es más de lo que puede contener un {label}.</translation>
    </message>
    <message>
        <source>{name} has a cell reference {ref!r} (in {member}) outside what Excel allows; it is refused as damaged or hostile.</source>
        <translation>{name} tiene una referencia de celda {ref!r} (en {member}) fuera de lo que Excel permite; se rechaza por dañado u hostil.</translation>
    </message>
    <message>
        <source>The form uses a wheel but has no &apos;{missing}&apos; choice list.</source>
        <translation>El formulario usa una rueda pero no tiene la lista de opciones «{missing}».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; names pillar &apos;{pillar}&apos;, which is not in the &apos;{pillar_list}&apos; list.</source>
        <translation>El componente «{block}» nombra el pilar «{pillar}», que no está en la lista «{pillar_list}».</translation>
    </message>
    <message>
        <source>Block &apos;{block}&apos; has target {target:g}; targets are 1 to 5.</source>
        <translation>El componente «{block}» tiene la meta {target:g}; las metas van de 1 a 5.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; feeds block &apos;{block}&apos;, which is not in the &apos;{block_list}&apos; list.</source>
        <translation>La pregunta «{question}» alimenta el componente «{block}», que no está en la lista «{block_list}».</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the same wheel_min and wheel_target, so no answer can be scaled.</source>
        <translation>La pregunta «{question}» tiene el mismo wheel_min y wheel_target, así que ninguna respuesta se puede escalar.</translation>
    </message>
    <message>
        <source>The &apos;{column}&apos; of choice &apos;{choice}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>La columna «{column}» de la opción «{choice}» vale «{text}», que no es un número.</translation>
    </message>
    <message>
        <source>The {column} of question &apos;{question}&apos; is &apos;{text}&apos;, which is not a number.</source>
        <translation>El {column} de la pregunta «{question}» vale «{text}», que no es un número.</translation>
    </message>
    <message>
        <source>{name} is {megabytes:.0f} MB; a form may be at most {most} MB.</source>
        <translation>{name} ocupa {megabytes:.0f} MB; un formulario puede ocupar como máximo {most} MB.</translation>
    </message>
    <message>
        <source>{name} has {lines:,} lines; a form may have at most {most_survey_rows:,} survey rows and {most_rows:,} rows in each other sheet.</source>
        <translation>{name} tiene {lines:,} líneas; un formulario puede tener como máximo {most_survey_rows:,} filas en survey y {most_rows:,} filas en cada otra hoja.</translation>
    </message>
    <message>
        <source>{name} has {rows:,} rows in its {sheet} sheet; a form may have at most {most:,} there.</source>
        <translation>{name} tiene {rows:,} filas en su hoja {sheet}; un formulario puede tener como máximo {most:,} allí.</translation>
    </message>
    <message>
        <source>{name} nests groups and repeats more than {most} deep (sheet survey, row {number}): this {kind} is level {depth}; a form may nest at most {most} levels.</source>
        <translation>{name} anida grupos y repeticiones en más de {most} niveles (hoja survey, fila {number}): este {kind} está en el nivel {depth}; un formulario puede anidar como máximo {most} niveles.</translation>
    </message>
    <message>
        <source>{name} is not an XLSForm: expected a file ending in {suffixes}.</source>
        <translation>{name} no es un XLSForm: se espera un archivo que termine en {suffixes}.</translation>
    </message>
    <message>
        <source>The form file {name} is empty.</source>
        <translation>El archivo de formulario {name} está vacío.</translation>
    </message>
    <message>
        <source>{form} is not a valid XLSForm (sheet survey, row {row}): unknown question type &apos;{type}&apos;.</source>
        <translation>{form} no es un XLSForm válido (hoja survey, fila {row}): tipo de pregunta desconocido «{type}».</translation>
    </message>
    <message>
        <source>{name} could not be read as a {suffix} XLSForm: the file is damaged, is not in that format, or has no survey sheet.</source>
        <translation>{name} no se pudo leer como XLSForm {suffix}: el archivo está dañado, no tiene ese formato o no tiene hoja survey.</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm (sheet {sheet}, row {row}): {reason}</source>
        <translation>{name} no es un XLSForm válido (hoja {sheet}, fila {row}): {reason}</translation>
    </message>
    <message>
        <source>{name} is not a valid XLSForm: {reason}</source>
        <translation>{name} no es un XLSForm válido: {reason}</translation>
    </message>
    <message>
        <source>Choose local, package or value, not {choose!r}.</source>
        <translation>Elija local, package o value, no {choose!r}.</translation>
    </message>
    <message>
        <source>Say who resolves the conflict (--by NAME).</source>
        <translation>Indique quién resuelve el conflicto (--by NOMBRE).</translation>
    </message>
    <message>
        <source>There is no conflict {conflict_id}.</source>
        <translation>No existe el conflicto {conflict_id}.</translation>
    </message>
    <message>
        <source>Conflict {conflict_id} is already resolved.</source>
        <translation>El conflicto {conflict_id} ya está resuelto.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({reason}); restore it from a snapshot or a package.</source>
        <translation>La base de datos {path} está dañada ({reason}); restáurela desde una instantánea o un paquete.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of a database file.</source>
        <translation>{path} es una carpeta; indique la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database at {path}; check the path (nothing was created).</source>
        <translation>La carpeta {folder} no existe, así que no hay base de datos en {path}; compruebe la ruta (no se creó nada).</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the database: {reason}.</source>
        <translation>No se puede crear la carpeta {folder} para la base de datos: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; Fieldwheel needs to write its database and journal there. Choose another place with --db.</source>
        <translation>La carpeta {folder} es de solo lectura; Fieldwheel necesita escribir allí su base de datos y su diario. Elija otro lugar con --db.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (check its permissions).</source>
        <translation>No se puede escribir en la base de datos {path} (compruebe sus permisos).</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not a Fieldwheel database.</source>
        <translation>{path} es una base de datos SQLite de otro programa, no una base de datos de Fieldwheel.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database (it is not an SQLite file).</source>
        <translation>{path} no es una base de datos de Fieldwheel (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>The database {path} is damaged; restore it from a snapshot or a package.</source>
        <translation>La base de datos {path} está dañada; restáurela desde una instantánea o un paquete.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; Fieldwheel cannot save there.</source>
        <translation>La base de datos {path} es de solo lectura; Fieldwheel no puede guardar allí.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. The last change was not saved.</source>
        <translation>El disco está lleno; libere espacio. El último cambio no se guardó.</translation>
    </message>
    <message>
        <source>The database {path} is in use by another program; close it and try again.</source>
        <translation>Otro programa está usando la base de datos {path}; ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open the database {path}.</source>
        <translation>No se puede abrir la base de datos {path}.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path}; check the drive.</source>
        <translation>El disco no pudo leer o escribir {path}; compruebe la unidad.</translation>
    </message>
    <message>
        <source>{path} is a server database: back it up with PostgreSQL&apos;s own tools (pg_dump, or replication), or copy it into a file with copy-db.</source>
        <translation>{path} es una base de datos en un servidor: haga su copia de seguridad con las herramientas de PostgreSQL (pg_dump o la replicación), o cópiela a un archivo con copy-db.</translation>
    </message>
    <message>
        <source>Another analyst&apos;s change to {path} collided with this one; try again.</source>
        <translation>El cambio de otro analista en {path} chocó con este; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {path} failed: {reason}.</source>
        <translation>La base de datos {path} falló: {reason}.</translation>
    </message>
    <message>
        <source>Cannot reach the database server of {path}; check that it runs and the address is right.</source>
        <translation>No se puede contactar con el servidor de base de datos de {path}; compruebe que esté en marcha y que la dirección sea correcta.</translation>
    </message>
    <message>
        <source>The connection to the database server of {path} was lost; try again.</source>
        <translation>Se perdió la conexión con el servidor de base de datos de {path}; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server refused the password for {path}; check PGPASSWORD or ~/.pgpass.</source>
        <translation>El servidor rechazó la contraseña para {path}; revise PGPASSWORD o ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server asks a password for {path}; give it in PGPASSWORD, ~/.pgpass or a service file (never in the URL).</source>
        <translation>El servidor pide una contraseña para {path}; indíquela en PGPASSWORD, ~/.pgpass o un archivo de servicio (nunca en la URL).</translation>
    </message>
    <message>
        <source>There is no such database or role on the server of {path}; ask its administrator to create it (Fieldwheel creates only its tables).</source>
        <translation>No existe esa base de datos o ese rol en el servidor de {path}; pida a su administrador que lo cree (Fieldwheel solo crea sus tablas).</translation>
    </message>
    <message>
        <source>You may not change {path} (your role is read-only or lacks a right); ask the server&apos;s administrator.</source>
        <translation>No puede modificar {path} (su rol es de solo lectura o le falta un permiso); consulte al administrador del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; free some space. The last change was not saved.</source>
        <translation>El disco del servidor está lleno; libere espacio. El último cambio no se guardó.</translation>
    </message>
    <message>
        <source>The database server of {path} shut down or cut the connection; try again once it is back.</source>
        <translation>El servidor de base de datos de {path} se detuvo o cortó la conexión; vuelva a intentarlo cuando esté de nuevo disponible.</translation>
    </message>
    <message>
        <source>Give a name to credit your edits to.</source>
        <translation>Indique un nombre al que atribuir sus modificaciones.</translation>
    </message>
    <message>
        <source>There is no mission {uuid}.</source>
        <translation>No existe la misión {uuid}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} is already stored with different content; give the changed form a new version in its settings sheet.</source>
        <translation>El formulario {form_id} versión {version} ya está guardado con un contenido distinto; dé al formulario modificado una versión nueva en su hoja settings.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database.</source>
        <translation>El formulario {form_id} versión {form_version} no está guardado en esta base de datos.</translation>
    </message>
    <message>
        <source>There is no submission {uuid}.</source>
        <translation>No existe el envío {uuid}.</translation>
    </message>
    <message>
        <source>{status!r} is not draft or complete.</source>
        <translation>{status!r} no es draft ni complete.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new name.</source>
        <translation>{target} ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>Could not write the snapshot {target}: {error}.</source>
        <translation>No se pudo escribir la instantánea {target}: {error}.</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>The mission&apos;s end date is before its start date.</source>
        <translation>La fecha de fin de la misión es anterior a su fecha de inicio.</translation>
    </message>
    <message>
        <source>There is no submission {submission_uuid}.</source>
        <translation>No existe el envío {submission_uuid}.</translation>
    </message>
    <message>
        <source>{path} was changed elsewhere (an import or a resolved conflict) since this form was read; nothing was overwritten and the form now shows the stored answers.</source>
        <translation>{path} se modificó en otro lugar (una importación o un conflicto resuelto) desde que se leyó este formulario; no se sobrescribió nada y el formulario muestra ahora las respuestas guardadas.</translation>
    </message>
    <message>
        <source>The sample data does not satisfy {form_id}: {path}: {problem}</source>
        <translation>Los datos de ejemplo no cumplen {form_id}: {path}: {problem}</translation>
    </message>
    <message>
        <source>{text!r} is not a device fingerprint: it has {digits} hexadecimal digits, as &apos;fieldwheel devices&apos; shows them.</source>
        <translation>{text!r} no es una huella de dispositivo: tiene {digits} dígitos hexadecimales, como los muestra «fieldwheel devices».</translation>
    </message>
    <message>
        <source>No known device has the fingerprint {fingerprint}.</source>
        <translation>Ningún dispositivo conocido tiene la huella {fingerprint}.</translation>
    </message>
    <message>
        <source>Form {form_id} version {form_version} is not stored in this database, so this submission cannot be opened.</source>
        <translation>El formulario {form_id} versión {form_version} no está guardado en esta base de datos, así que este envío no se puede abrir.</translation>
    </message>
    <message>
        <source>Form {form_id} version {version} in the package differs from the one stored here; the form must get a new version number.</source>
        <translation>El formulario {form_id} versión {version} del paquete difiere del guardado aquí; el formulario debe recibir un número de versión nuevo.</translation>
    </message>
    <message>
        <source>Submission {uuid} belongs to another mission or form here than in the package; the package cannot be merged.</source>
        <translation>El envío {uuid} pertenece aquí a otra misión u otro formulario que en el paquete; el paquete no se puede fusionar.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {current}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>La base de datos {path} la escribió una versión más reciente de Fieldwheel (esquema {current}; esta conoce el {known}); actualice Fieldwheel para abrirla.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Fieldwheel needs sqlite-utils 4.0 or newer to build its search index (this is {installed}); update it, nothing was changed.</source>
        <translation>Fieldwheel necesita sqlite-utils 4.0 o posterior para crear su índice de búsqueda (este es {installed}); actualícelo, no se cambió nada.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Escriba una palabra que buscar.</translation>
    </message>
    <message>
        <source>Search for at most {most} words at once.</source>
        <translation>Busque como máximo {most} palabras a la vez.</translation>
    </message>
    <message>
        <source>The pycountry package is not installed.</source>
        <translation>El paquete de Python pycountry no está instalado.</translation>
    </message>
    <message>
        <source>{value!r} is not an ISO 3166-1 alpha-3 country code (e.g. KHM for Cambodia).</source>
        <translation>{value!r} no es un código de país ISO 3166-1 alfa-3 (por ejemplo, KHM para Camboya).</translation>
    </message>
    <message>
        <source>A mission needs a title.</source>
        <translation>Una misión necesita un título.</translation>
    </message>
    <message>
        <source>A mission title can be at most 500 characters.</source>
        <translation>El título de una misión puede tener como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>{phase!r} is not a phase; choose one of {phases}.</source>
        <translation>{phase!r} no es una fase; elija una de {phases}.</translation>
    </message>
    <message>
        <source>The {field} {value!r} is not a date like 2026-11-23.</source>
        <translation>{value!r} ({field}) no es una fecha como 2026-11-23.</translation>
    </message>
    <message>
        <source>The form {form} has no priorities with an outcome and votes, so it cannot open as a workshop board; open it as a form instead.</source>
        <translation>El formulario {form} no tiene prioridades con resultado y votos, así que no puede abrirse como tablero del taller; ábralo como formulario.</translation>
    </message>
    <message>
        <source>{path} holds another program&apos;s tables, not a Fieldwheel database; give Fieldwheel a database of its own.</source>
        <translation>{path} contiene tablas de otro programa, no una base de datos de Fieldwheel; dé a Fieldwheel una base de datos propia.</translation>
    </message>
    <message>
        <source>{path} is not a Fieldwheel database.</source>
        <translation>{path} no es una base de datos de Fieldwheel.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Fieldwheel (schema {version}, this one knows {known}); update Fieldwheel to open it.</source>
        <translation>La base de datos {path} fue escrita por una versión más reciente de Fieldwheel (esquema {version}; esta conoce {known}); actualice Fieldwheel para abrirla.</translation>
    </message>
    <message>
        <source>There is no database file {source} to copy.</source>
        <translation>No hay ningún archivo de base de datos {source} que copiar.</translation>
    </message>
    <message>
        <source>{path} cannot be copied onto itself.</source>
        <translation>{path} no se puede copiar sobre sí misma.</translation>
    </message>
    <message>
        <source>{path} already holds data ({held}): copy-db only copies into an empty database, so nothing is mixed or overwritten. Give it a new file or an empty server database.</source>
        <translation>{path} ya contiene datos ({held}): copy-db solo copia en una base de datos vacía, para que nada se mezcle ni se sobrescriba. Indique un archivo nuevo o una base de datos vacía en el servidor.</translation>
    </message>
    <message>
        <source>The package lists the answer {path} of submission {uuid} twice; it cannot be merged.</source>
        <translation>El paquete contiene dos veces la respuesta {path} del envío {uuid}; no se puede fusionar.</translation>
    </message>
    <message>
        <source>date() cannot read &apos;{text}&apos; as a date (YYYY-MM-DD).</source>
        <translation>date() no puede leer «{text}» como una fecha (AAAA-MM-DD).</translation>
    </message>
</context>
<context>
    <name>WheelDetails</name>
    <message>
        <source>Choose a block…</source>
        <translation>Elegir un componente…</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Question and respondent</source>
        <translation>Pregunta y encuestado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Block details&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detalles del componente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Click a block of the wheel, or choose one above, to see its questions and every answer.</source>
        <translation>Haga clic en un componente de la rueda, o elija uno arriba, para ver sus preguntas y todas las respuestas.</translation>
    </message>
    <message>
        <source>No answer scores this block yet.</source>
        <translation>Ninguna respuesta puntúa aún este componente.</translation>
    </message>
    <message>
        <source>Median {median} across {n} groups, ranging from {low} to {high}.</source>
        <translation>Mediana {median} entre {n} grupos, de {low} a {high}.</translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation>Puntuación {score}.</translation>
    </message>
    <message>
        <source>{answered} of {total} answers given.</source>
        <translation>{answered} de {total} respuestas dadas.</translation>
    </message>
    <message>
        <source>Target {target}.</source>
        <translation>Meta {target}.</translation>
    </message>
    <message>
        <source>Baseline {score}.</source>
        <translation>Línea de base {score}.</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>WheelTab</name>
    <message>
        <source>The form language of the chart and the details</source>
        <translation>El idioma del formulario para el gráfico y los detalles</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the wheel as a PNG image or an SVG drawing</source>
        <translation>Guardar la rueda como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <source>Choose a mission to see its wheel.</source>
        <translation>Elija una misión para ver su rueda.</translation>
    </message>
    <message>
        <source>Drawing the wheel…</source>
        <translation>Dibujando la rueda…</translation>
    </message>
    <message>
        <source>Fill a 360° diagnostic to see the wheel.</source>
        <translation>Complete un diagnóstico 360° para ver la rueda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s) · answers up to {date}</source>
        <translation>
            <numerusform>%Ln encuestado · respuestas hasta el {date}</numerusform>
            <numerusform>%Ln encuestados · respuestas hasta el {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Aún sin datos</translation>
    </message>
    <message>
        <source>Median {median} of {n} groups ({low}–{high})</source>
        <translation>Mediana {median} de {n} grupos ({low}–{high})</translation>
    </message>
    <message>
        <source>Score {score}</source>
        <translation>Puntuación {score}</translation>
    </message>
</context>
<context>
    <name>WheelView</name>
    <message>
        <source>Wheel chart</source>
        <translation>Gráfico de la rueda</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Enter on the last row: new priority · on an outcome or vote cell, V validated, M modified, R rejected, D deferred · Tab: next cell · Alt+↑/↓: re-rank · F5: projector · F6: summary · F7: timer on the projector · Ctrl+=/Ctrl+-: zoom</source>
        <translation>Intro en la última fila: nueva prioridad · en una celda de resultado o voto, V validada, M modificada, R rechazada, D aplazada · Tab: celda siguiente · Alt+↑/↓: reordenar · F5: proyector · F6: resumen · F7: temporizador en el proyector · Ctrl+=/Ctrl+-: zoom</translation>
    </message>
    <message>
        <source>Workshop board · {author} — {mission} — {database} — Fieldwheel</source>
        <translation>Tablero del taller · {author} — {mission} — {database} — Fieldwheel</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tablero</translation>
    </message>
    <message>
        <source>&amp;Add priority</source>
        <translation>&amp;Añadir prioridad</translation>
    </message>
    <message>
        <source>&amp;Proposed agenda from the wheel…</source>
        <translation>Agenda &amp;propuesta a partir de la rueda…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>Pr&amp;ioridades</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Asis&amp;tencia</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>Pro&amp;yector</translation>
    </message>
    <message>
        <source>&amp;Summary on the projector</source>
        <translation>&amp;Resumen en el proyector</translation>
    </message>
    <message>
        <source>&amp;Timer on the projector</source>
        <translation>Te&amp;mporizador en el proyector</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Every scored building block already has a priority on the board.</source>
        <translation>Cada componente puntuado ya tiene una prioridad en el tablero.</translation>
    </message>
    <message>
        <source>Proposed priorities added; Ctrl+Z takes them back.</source>
        <translation>Prioridades propuestas añadidas; Ctrl+Z las quita.</translation>
    </message>
    <message>
        <source>Priority {rank}: {time}</source>
        <translation>Prioridad {rank}: {time}</translation>
    </message>
</context>
<context>
    <name>author</name>
    <message>
        <source>Your name, as it should appear beside every answer you enter or change in {database}:</source>
        <translation>Su nombre, tal como debe aparecer junto a cada respuesta que introduzca o cambie en {database}:</translation>
    </message>
</context>
<context>
    <name>engagement</name>
    <message>
        <source>On track</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Retrasado</translation>
    </message>
    <message>
        <source>weak, no pledge</source>
        <translation>débil, sin compromiso</translation>
    </message>
    <message>
        <source>{n} unpledged</source>
        <translation>{n} sin compromiso</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Pledges</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Amounts (per currency)</source>
        <translation>Importes (por moneda)</translation>
    </message>
    <message>
        <source>Pledgers</source>
        <translation>Contribuyentes</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioridades</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>GAP: no pledge</source>
        <translation>BRECHA: sin compromiso</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Validated priority</source>
        <translation>Prioridad validada</translation>
    </message>
    <message>
        <source>Pledged by</source>
        <translation>Comprometida por</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>línea de base</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>engagement_export</name>
    <message>
        <source>Export the chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>El gráfico</translation>
    </message>
    <message>
        <source>Saving the chart…</source>
        <translation>Guardando el gráfico…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Fieldwheel. Every answer saved so far is safe; please copy the details and send them to your support contact.</source>
        <translation>Algo falló dentro de Fieldwheel. Todas las respuestas guardadas hasta ahora están a salvo; copie los detalles y envíelos a su contacto de soporte.</translation>
    </message>
    <message>
        <source>The details are also in {path}.</source>
        <translation>Los detalles también están en {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the technical details to the clipboard</source>
        <translation>Copiar los detalles técnicos al portapapeles</translation>
    </message>
</context>
<context>
    <name>package_export</name>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportando {name}…</translation>
    </message>
    <message>
        <source>Exported {path}.</source>
        <translation>{path} exportado.</translation>
    </message>
    <message>
        <source>{name} is ready: {missions}, {submissions} and {answers}. Carry this one file to headquarters.</source>
        <translation>{name} está listo: {missions}, {submissions} y {answers}. Lleve este único archivo a la sede.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>package_import</name>
    <message>
        <source>{name} is protected by a password. Type its password:</source>
        <translation>{name} está protegido con contraseña. Escríbala:</translation>
    </message>
    <message>
        <source>Importing ODK submissions from {name}…</source>
        <translation>Importando envíos ODK de {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
</context>
<context>
    <name>package_odk</name>
    <message>
        <source>Export ODK submissions into a folder</source>
        <translation>Exportar los envíos ODK a una carpeta</translation>
    </message>
    <message>
        <source>Writing ODK submissions into {name}…</source>
        <translation>Escribiendo los envíos ODK en {name}…</translation>
    </message>
    <message>
        <source>Exported ODK submissions into {folder}.</source>
        <translation>Envíos ODK exportados a {folder}.</translation>
    </message>
    <message>
        <source>{submissions} of {forms} written into {folder} in ODK Briefcase&apos;s layout. Push them to ODK Central with ODK Briefcase, or post each submission.xml to ODK Central or KoboToolbox.</source>
        <translation>{submissions} de {forms} escritos en {folder} con la estructura de ODK Briefcase. Súbalos a ODK Central con ODK Briefcase, o envíe cada submission.xml a ODK Central o KoboToolbox.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Import ODK submissions from a folder</source>
        <translation>Importar envíos ODK de una carpeta</translation>
    </message>
    <message>
        <source>Reading the submissions…</source>
        <translation>Leyendo los envíos…</translation>
    </message>
</context>
<context>
    <name>package_report</name>
    <message>
        <source>none</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled before its turn; nothing from {name} was imported.</source>
        <translation>Cancelado antes de su turno; no se importó nada de {name}.</translation>
    </message>
    <message>
        <source>{name} is protected by a password, and none was given.</source>
        <translation>{name} está protegido con contraseña y no se dio ninguna.</translation>
    </message>
    <message>
        <source>{name} is not signed: it was written before Fieldwheel signed packages, or its signature was removed. Import it unsigned only if you trust where it came from.</source>
        <translation>{name} no está firmado: se escribió antes de que Fieldwheel firmara los paquetes, o se quitó su firma. Impórtelo sin firma solo si confía en su origen.</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Initiation</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Implementation</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
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
        <translation>Abrir un XLSForm</translation>
    </message>
    <message>
        <source>Fieldwheel packages (*.xlsx)</source>
        <translation>Paquetes de Fieldwheel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Making the report {name}…</source>
        <translation>Creando el informe {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Informe escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Edit {path}</source>
        <translation>Editar {path}</translation>
    </message>
    <message>
        <source>Add {path}</source>
        <translation>Añadir {path}</translation>
    </message>
    <message>
        <source>Remove {path}</source>
        <translation>Quitar {path}</translation>
    </message>
    <message>
        <source>Move {path}</source>
        <translation>Mover {path}</translation>
    </message>
</context>
<context>
    <name>wheel_export</name>
    <message>
        <source>Export the wheel</source>
        <translation>Exportar la rueda</translation>
    </message>
    <message>
        <source>Saving the wheel…</source>
        <translation>Guardando la rueda…</translation>
    </message>
</context>
</TS>
