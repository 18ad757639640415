<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="131"/>
        <source>Client report…</source>
        <extracomment>Charts are drawn this long after the last selection, so arrowing down the table draws only where the user stops.</extracomment>
        <translation>Informe para el cliente…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="134"/>
        <source>The quarter&apos;s KPIs, charts, incidents and next steps as PowerPoint or Excel.</source>
        <translation>Los KPI del trimestre, gráficos, incidencias y próximos pasos en PowerPoint o Excel.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="136"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="138"/>
        <source>Reassign…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="141"/>
        <source>Hand this account, with its owner&apos;s open action items, to a colleague.</source>
        <translation>Pasa esta cuenta a un compañero, con las acciones abiertas de su responsable.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="143"/>
        <location filename="../../workbench/ui/portfolio/detail.py" line="258"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="145"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="152"/>
        <source>Select an account to see its detail.</source>
        <translation>Selecciona una cuenta para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="167"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="233"/>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="235"/>
        <source>Part of {parent}</source>
        <translation>Parte de {parent}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="237"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="240"/>
        <source>Health: …</source>
        <translation>Salud: …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="243"/>
        <source>Health: —</source>
        <translation>Salud: —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="248"/>
        <source>Health: {score} · {band}</source>
        <translation>Salud: {score} · {band}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="258"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="285"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="286"/>
        <source>The account&apos;s lists could not be read.

{error}</source>
        <translation>No se pudieron leer las listas de la cuenta.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="295"/>
        <source>Open incidents: {count} ({critical} critical)</source>
        <translation>Incidencias abiertas: {count} ({critical} críticas)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="299"/>
        <source>Open incidents: …</source>
        <translation>Incidencias abiertas: …</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="302"/>
        <source>Last 4 quarters: revenue {revenue} − cost {cost} − compensations {compensations} = profit {profit} (margin {margin})</source>
        <translation>Últimos 4 trimestres: ingresos {revenue} − coste {cost} − compensaciones {compensations} = beneficio {profit} (margen {margin})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="342"/>
        <source>Revenue by quarter</source>
        <translation>Ingresos por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="343"/>
        <source>NPS by quarter</source>
        <translation>NPS por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="344"/>
        <source>KPIs on target, 90 days</source>
        <translation>KPIs en objetivo, 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="345"/>
        <source>No revenue recorded yet</source>
        <translation>Aún no hay ingresos registrados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="346"/>
        <source>No survey responses yet</source>
        <translation>Aún no hay respuestas de encuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="347"/>
        <source>No agreed KPI measured in the last 90 days</source>
        <translation>Ningún KPI acordado medido en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="348"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="404"/>
        <source>New entry — {list}</source>
        <translation>Nueva entrada — {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="421"/>
        <source>Edit — {list}</source>
        <translation>Editar — {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="430"/>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="430"/>
        <source>Remove this entry? You can undo it with Ctrl+Z.</source>
        <translation>¿Quitar esta entrada? Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="320"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="321"/>
        <source>Your time</source>
        <translation>Tu hora</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="322"/>
        <source>Client&apos;s time</source>
        <translation>Hora del cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="323"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="324"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="325"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/models.py" line="326"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>AllDay</name>
    <message>
        <location filename="../../workbench/ui/calendar/all_day.py" line="34"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/all_day.py" line="44"/>
        <source>{first} – {last}, all day</source>
        <translation>{first} – {last}, todo el día</translation>
    </message>
</context>
<context>
    <name>AllDayBand</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/all_day_band.py" line="90"/>
        <source>%n all-day event(s) this week</source>
        <extracomment>Lanes drawn at most; the others are counted in the band&apos;s label.</extracomment>
        <translation>
            <numerusform>%n evento de todo el día esta semana</numerusform>
            <numerusform>%n eventos de todo el día esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorAction</name>
    <message>
        <location filename="../../workbench/ui/author_action.py" line="20"/>
        <source>Your &amp;name in the history…</source>
        <translation>Tu &amp;nombre en el historial…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/author_action.py" line="22"/>
        <source>The name your changes carry in each record&apos;s history.</source>
        <translation>El nombre que llevan tus cambios en el historial de cada registro.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/author_action.py" line="32"/>
        <source>Your name in the history</source>
        <translation>Tu nombre en el historial</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/author_action.py" line="33"/>
        <source>The name your changes on this database carry in its history:</source>
        <translation>El nombre que llevan tus cambios en esta base de datos en su historial:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/author_action.py" line="41"/>
        <source>Change your name to {name}</source>
        <translation>Cambiar tu nombre a {name}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="151"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="154"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="157"/>
        <source>Off-laptop backup &amp;folder…</source>
        <translation>Carpeta de copias &amp;fuera del portátil…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="232"/>
        <source>Off-laptop backup folder</source>
        <translation>Carpeta de copias fuera del portátil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="241"/>
        <source>Change the off-laptop backup folder</source>
        <translation>Cambiar la carpeta de copias fuera del portátil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="262"/>
        <source>The backup could not be copied to {folder}: {error}</source>
        <translation>No se pudo guardar la copia de seguridad en {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="268"/>
        <source>No backup has been copied to {folder} yet.</source>
        <translation>Todavía no se ha guardado ninguna copia de seguridad en {folder}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/backup_actions.py" line="273"/>
        <source>The last backup copy in {folder} is %n day(s) old.</source>
        <translation>
            <numerusform>La última copia de seguridad de {folder} es de hace %n día.</numerusform>
            <numerusform>La última copia de seguridad de {folder} es de hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="280"/>
        <source>File → Off-laptop backup folder… chooses where copies go.</source>
        <translation>Archivo → Carpeta de copias fuera del portátil… elige adónde van las copias.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="285"/>
        <source>The automatic backup failed: {error}</source>
        <translation>La copia de seguridad automática falló: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="309"/>
        <location filename="../../workbench/ui/backup_actions.py" line="315"/>
        <location filename="../../workbench/ui/backup_actions.py" line="319"/>
        <location filename="../../workbench/ui/backup_actions.py" line="322"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="316"/>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="320"/>
        <source>The database is backed up to {file}.</source>
        <translation>La base de datos se ha copiado en {file}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="331"/>
        <location filename="../../workbench/ui/backup_actions.py" line="342"/>
        <location filename="../../workbench/ui/backup_actions.py" line="406"/>
        <location filename="../../workbench/ui/backup_actions.py" line="410"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="353"/>
        <source>{file} cannot be restored: {error}

Nothing was changed.</source>
        <translation>No se puede restaurar {file}: {error}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="362"/>
        <source>Replace the database with {file} ({accounts} accounts, written {when})?

The database as it is now is kept in the backups folder.</source>
        <translation>¿Sustituir la base de datos por {file} ({accounts} cuentas, escrita el {when})?

La base de datos tal como está ahora se guarda en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="371"/>
        <source>Restoring {file}…</source>
        <translation>Restaurando {file}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="403"/>
        <source>The backup is restored.</source>
        <translation>La copia de seguridad se ha restaurado.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="405"/>
        <source>The database as it was is kept in {file}.</source>
        <translation>La base de datos tal como estaba se guarda en {file}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="415"/>
        <source>{error}

Nothing was changed.</source>
        <translation>{error}

No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>BriefDialog</name>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="105"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="111"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="124"/>
        <source>Prep brief — {account}</source>
        <translation>Informe de preparación — {account}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="148"/>
        <source>Prep brief {name}.pdf</source>
        <translation>Informe de preparación {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="153"/>
        <source>Save prep brief as PDF</source>
        <translation>Guardar el informe de preparación como PDF</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="153"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="162"/>
        <source>Could not save the brief</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="178"/>
        <source>Could not print the brief</source>
        <translation>No se pudo imprimir el informe</translation>
    </message>
</context>
<context>
    <name>BriefRequest</name>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="212"/>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="237"/>
        <source>Prep brief</source>
        <translation>Informe de preparación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="212"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/brief_dialog.py" line="238"/>
        <source>The brief could not be prepared.

{error}</source>
        <translation>No se pudo preparar el informe.

{error}</translation>
    </message>
</context>
<context>
    <name>CalendarEdits</name>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="37"/>
        <source>Plan meeting {title}</source>
        <translation>Planificar la reunión {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="47"/>
        <source>Edit meeting {title}</source>
        <translation>Editar la reunión {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="58"/>
        <source>Edit one occurrence of {title}</source>
        <translation>Editar una repetición de {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="69"/>
        <source>Cancel one occurrence of {title}</source>
        <translation>Cancelar una repetición de {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="78"/>
        <source>Delete meeting {title}</source>
        <translation>Eliminar la reunión {title}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/edits.py" line="88"/>
        <source>Add action item {title}</source>
        <translation>Añadir la acción {title}</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="131"/>
        <source>New meeting…</source>
        <extracomment>``None`` when only the period moved (the next seven days did not change). Counts data changes: a load that began before the last one is not held. The occurrence whose detail was asked for last: an answer for another is dropped.</extracomment>
        <translation>Nueva reunión…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="134"/>
        <source>Plan a meeting (Ctrl+Shift+N)</source>
        <translation>Planificar una reunión (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="140"/>
        <source>Import .ics…</source>
        <translation>Importar .ics…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="142"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="144"/>
        <source>Export the meetings on screen to an .ics file</source>
        <translation>Exportar las reuniones en pantalla a un archivo .ics</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="146"/>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="158"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="163"/>
        <source>Remind me</source>
        <translation>Avisarme</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="167"/>
        <source> min before</source>
        <translation> min antes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="171"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="176"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="247"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="313"/>
        <location filename="../../workbench/ui/calendar/tab.py" line="367"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="314"/>
        <source>The meetings could not be loaded: {error}</source>
        <translation>No se pudieron cargar las reuniones: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="367"/>
        <source>That meeting is no longer in the calendar.</source>
        <translation>Esa reunión ya no está en el calendario.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="414"/>
        <source>Plan a meeting</source>
        <translation>Planificar una reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="415"/>
        <source>Add an account first: every meeting is with a client.</source>
        <translation>Añade primero una cuenta: cada reunión es con un cliente.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="461"/>
        <source>Edit a recurring meeting</source>
        <translation>Editar una reunión periódica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="463"/>
        <source>“{title}” repeats. Change only this occurrence, or the whole series?</source>
        <translation>«{title}» se repite. ¿Cambiar solo esta repetición o toda la serie?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="465"/>
        <source>This occurrence</source>
        <translation>Esta repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="465"/>
        <source>The whole series</source>
        <translation>Toda la serie</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="507"/>
        <source>Cancel this occurrence</source>
        <translation>Cancelar esta repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="508"/>
        <source>Cancel “{title}” on {when}? The rest of the series stays.</source>
        <translation>¿Cancelar «{title}» del {when}? El resto de la serie se mantiene.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="523"/>
        <source>Delete the whole series “{title}”, every occurrence of it?</source>
        <translation>¿Eliminar toda la serie «{title}», con todas sus repeticiones?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="525"/>
        <source>Delete the meeting “{title}”?</source>
        <translation>¿Eliminar la reunión «{title}»?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="528"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="529"/>
        <source>Edit → Undo brings it back.</source>
        <translation>Editar → Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="564"/>
        <source>Action item from “{title}”</source>
        <translation>Acción de «{title}»</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="609"/>
        <source>Meeting soon</source>
        <translation>Reunión en breve</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="66"/>
        <source>Previous (Page Up)</source>
        <translation>Anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="67"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="67"/>
        <source>Today (T)</source>
        <translation>Hoy (T)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="68"/>
        <source>Next (Page Down)</source>
        <translation>Siguiente (Av Pág)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="80"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="80"/>
        <source>Month view (M)</source>
        <translation>Vista de mes (M)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="81"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="81"/>
        <source>Week view (W)</source>
        <translation>Vista de semana (W)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="82"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="82"/>
        <source>Agenda (A)</source>
        <translation>Agenda (A)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="123"/>
        <source>No meetings in these four weeks.</source>
        <translation>No hay reuniones en estas cuatro semanas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/view.py" line="221"/>
        <source>Week {number}</source>
        <translation>Semana {number}</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="114"/>
        <source>Product and service catalog</source>
        <translation>Catálogo de productos y servicios</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="125"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="127"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="129"/>
        <source>Retire / bring back</source>
        <translation>Retirar / recuperar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="153"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>ClientReport</name>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="115"/>
        <source>Client report</source>
        <translation>Informe para el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="118"/>
        <source>Choose an account from the list.</source>
        <translation>Elija una cuenta de la lista.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="123"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Presentaciones de PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="125"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="136"/>
        <source>Writing the report for {account}…</source>
        <translation>Escribiendo el informe de {account}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="142"/>
        <source>{name} written.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="148"/>
        <source>{name} could not be written: {error}</source>
        <translation>No se pudo guardar {name}: {error}</translation>
    </message>
</context>
<context>
    <name>ClientReportDialog</name>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="55"/>
        <source>Client report</source>
        <translation>Informe para el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="63"/>
        <source>PowerPoint presentation for the client</source>
        <translation>Presentación de PowerPoint para el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="65"/>
        <source>Excel workbook for analysis</source>
        <translation>Libro de Excel para el análisis</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="72"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="73"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/client_report_dialog.py" line="79"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>ColleaguesAction</name>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="193"/>
        <source>&amp;Colleagues…</source>
        <translation>&amp;Compañeros…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="195"/>
        <source>Our colleagues, their teams and who mentors whom.</source>
        <translation>Nuestros compañeros, sus equipos y quién es mentor de quién.</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="76"/>
        <source>{mentor} mentors {name}</source>
        <translation>{mentor} guía a {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="78"/>
        <source>{name} without a mentor</source>
        <translation>{name} sin mentor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="93"/>
        <source>Colleagues</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="98"/>
        <source>A junior&apos;s mentor guides them: the Portfolio&apos;s owner filter and the Dashboard by account manager show the junior&apos;s accounts under the mentor.</source>
        <translation>El mentor guía a un júnior: el filtro de responsable de la Cartera y el Panel por gestor de cuentas muestran las cuentas del júnior bajo su mentor.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="115"/>
        <source>No colleagues yet: they come with imports and accounts.</source>
        <translation>Aún no hay compañeros: llegan con las importaciones y las cuentas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="117"/>
        <source>&amp;Mentor…</source>
        <translation>&amp;Mentor…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="164"/>
        <source>No mentor</source>
        <translation>Sin mentor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="166"/>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="181"/>
        <source>Mentor of {name}</source>
        <translation>Mentor de {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="167"/>
        <source>Who guides {name}?</source>
        <translation>¿Quién guía a {name}?</translation>
    </message>
</context>
<context>
    <name>ColleaguesModel</name>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="38"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="39"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="40"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/colleagues_dialog.py" line="41"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="31"/>
        <source>What changed from v{old} to v{new}</source>
        <translation>Qué cambió de la v{old} a la v{new}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="45"/>
        <source>The two versions are the same.</source>
        <translation>Las dos versiones son iguales.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="47"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="48"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="49"/>
        <source>Line items</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="50"/>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="51"/>
        <source>ROI analysis</source>
        <translation>Análisis de ROI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="52"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="63"/>
        <source>added: {name}</source>
        <translation>añadido: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="65"/>
        <source>removed: {name}</source>
        <translation>quitado: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="67"/>
        <source>{name}: text changed</source>
        <translation>{name}: texto cambiado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/compare_dialog.py" line="69"/>
        <source>{name}: {attribute} {before} → {after}</source>
        <translation>{name}: {attribute} {before} → {after}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="95"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="99"/>
        <source>You and a colleague changed the same field before either had the other&apos;s change. The team keeps theirs until you choose; your choice goes out with the next sync.</source>
        <translation>Tú y un compañero cambiasteis el mismo campo antes de que ninguno tuviera el cambio del otro. El equipo conserva el suyo hasta que elijas; tu elección sale con la siguiente sincronización.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="119"/>
        <source>No conflicts: every edit reached the team.</source>
        <translation>Sin conflictos: todos los cambios llegaron al equipo.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="121"/>
        <source>Keep &amp;mine</source>
        <translation>Mantener el &amp;mío</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="124"/>
        <source>Take &amp;theirs</source>
        <translation>Tomar el &amp;suyo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="127"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="33"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="34"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="35"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="36"/>
        <source>Theirs</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="37"/>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="59"/>
        <source>The whole record</source>
        <translation>El registro entero</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="61"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="62"/>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="77"/>
        <source>{value} ({who}, {when})</source>
        <translation>{value} ({who}, {when})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/conflicts_dialog.py" line="81"/>
        <source>{value} ({when})</source>
        <translation>{value} ({when})</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="94"/>
        <source>By account manager…</source>
        <extracomment>How long after a change the hidden Dashboard starts working out its figures again. The week&apos;s recurring meetings as the focus list last read them.</extracomment>
        <translation>Por gestor de cuentas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="97"/>
        <source>Client report…</source>
        <translation>Informe para el cliente…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="99"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="106"/>
        <source>Health scores: %p%</source>
        <translation>Puntuaciones de salud: %p%</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="109"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="112"/>
        <source>Stop working out the health scores; they are worked out again next time.</source>
        <translation>Dejar de calcular las puntuaciones de salud; se calcularán de nuevo la próxima vez.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="117"/>
        <source>Quarter:</source>
        <translation>Trimestre:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="152"/>
        <source>What needs you today</source>
        <translation>Lo que le necesita hoy</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="158"/>
        <source>Waiting on</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="173"/>
        <source>Open or create a database to see your portfolio&apos;s KPIs here.</source>
        <translation>Abra o cree una base de datos para ver aquí los KPI de su cartera.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="202"/>
        <source>{quarter} (so far)</source>
        <translation>{quarter} (hasta hoy)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="247"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="292"/>
        <source>Totals in {currency}. No exchange rate for {missing}: left out (Settings…).</source>
        <translation>Totales en {currency}. Sin tipo de cambio para {missing}: no se suman (Ajustes…).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="294"/>
        <source>Totals in {currency}.</source>
        <translation>Totales en {currency}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="299"/>
        <source>The dashboard could not be loaded: {error}</source>
        <translation>No se pudo cargar el panel: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="392"/>
        <source>{sector} · {tier}</source>
        <translation>{sector} · {tier}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="410"/>
        <source>{label} — {count} accounts</source>
        <translation>{label} — {count} cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="465"/>
        <source>Accounts with revenue in {quarter}</source>
        <translation>Cuentas con ingresos en {quarter}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="469"/>
        <source>Accounts that answered {score} in {quarter}</source>
        <translation>Cuentas que respondieron {score} en {quarter}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="474"/>
        <source>Accounts in “{band}” in {month:02d}/{year}</source>
        <translation>Cuentas en «{band}» en {month:02d}/{year}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="478"/>
        <source>Accounts with contracts ending in {month:02d}/{year}</source>
        <translation>Cuentas con contratos que vencen en {month:02d}/{year}</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="60"/>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="67"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="69"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="78"/>
        <location filename="../../workbench/ui/data_export.py" line="124"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="84"/>
        <source>{count} records written to {file}.</source>
        <translation>{count} registros escritos en {file}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="90"/>
        <location filename="../../workbench/ui/data_export.py" line="136"/>
        <source>{file} could not be written: {error}</source>
        <translation>No se pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="103"/>
        <source>The database is encrypted, but the exported file will not be: anyone who gets hold of it can read it. Keep it somewhere safe, and delete it when you no longer need it.

Write the file anyway?</source>
        <translation>La base de datos está cifrada, pero el archivo exportado no lo estará: cualquiera que lo consiga podrá leerlo. Guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.

¿Escribir el archivo de todos modos?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="116"/>
        <source>Archives (*.zip)</source>
        <translation>Archivos de exportación (*.zip)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="128"/>
        <source>{count} records written to {file}. File → Import data… (or Restore from a backup…) puts them back, on this computer or another.</source>
        <translation>{count} registros escritos en {file}. Archivo → Importar datos… (o Restaurar una copia de seguridad…) los devuelve, en este ordenador o en otro.</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="403"/>
        <source>{kind}: {created} created, {updated} updated, {unchanged} already up to date, {skipped} skipped, {refused} refused.</source>
        <translation>{kind}: {created} creados, {updated} actualizados, {unchanged} ya al día, {skipped} omitidos, {refused} rechazados.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="416"/>
        <source>{count} new accounts were created for them.</source>
        <translation>Se crearon {count} cuentas nuevas para ellos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="422"/>
        <source>File → Undo last import… puts everything back as it was.</source>
        <translation>Archivo → Deshacer la última importación… lo deja todo como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="40"/>
        <source>UTF-8 with byte-order mark</source>
        <extracomment>Encodings the user may force, by Python codec; UTF-8 is read with &quot;-sig&quot; so a byte-order mark, if any, is not taken for part of the first header.</extracomment>
        <translation>UTF-8 con marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="42"/>
        <source>UTF-16 with byte-order mark</source>
        <translation>UTF-16 con marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="43"/>
        <source>UTF-16 (big-endian) with byte-order mark</source>
        <translation>UTF-16 (big-endian) con marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="48"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="49"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="50"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="51"/>
        <source>Pipe ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="54"/>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="55"/>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="56"/>
        <source>classic Mac (CR)</source>
        <translation>Mac clásico (CR)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="57"/>
        <source>none (a single line)</source>
        <translation>ninguno (una sola línea)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="60"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="61"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="62"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="63"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="80"/>
        <source>{field} (required)</source>
        <translation>{field} (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="108"/>
        <source>{match}: it will be updated</source>
        <translation>{match}: se actualizará</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="113"/>
        <source>{match}: choose Update, Skip or Create</source>
        <translation>{match}: elija Actualizar, Omitir o Crear</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="136"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/labels.py" line="138"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="32"/>
        <source>Undo last import</source>
        <translation>Deshacer la última importación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="45"/>
        <source>There is no import to undo.</source>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="49"/>
        <source>Undo the import of {kind} from {file} ({when})?

Records it created, to be deleted: {created}
Records it updated, to get their previous values back: {updated}</source>
        <translation>¿Deshacer la importación de {kind} desde {file} ({when})?

Registros que creó, que se eliminarán: {created}
Registros que actualizó, que recuperarán sus valores anteriores: {updated}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="65"/>
        <source>Undoing the last import…</source>
        <translation>Deshaciendo la última importación…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="82"/>
        <source>The last import is undone.</source>
        <translation>La última importación se ha deshecho.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/undo.py" line="90"/>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="31"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="34"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="37"/>
        <source>&amp;Import a Workbench database…</source>
        <translation>&amp;Importar una base de datos de Workbench…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="39"/>
        <source>Load &amp;sample portfolio</source>
        <translation>Cargar cartera de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="51"/>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="56"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="63"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="75"/>
        <source>Import a Workbench database</source>
        <translation>Importar una base de datos de Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="91"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="92"/>
        <source>Imported {accounts} accounts and {rows} rows in all.</source>
        <translation>Se importaron {accounts} cuentas y {rows} filas en total.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="99"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="100"/>
        <source>Nothing was imported.

{error}</source>
        <translation>No se importó nada.

{error}</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="62"/>
        <source>No meetings this day.</source>
        <translation>No hay reuniones este día.</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="74"/>
        <source>En&amp;crypt database…</source>
        <extracomment>How many plain backups are named one by one before &quot;and N more&quot;.</extracomment>
        <translation>&amp;Cifrar base de datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="77"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Cam&amp;biar frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="80"/>
        <source>Remo&amp;ve encryption…</source>
        <translation>&amp;Quitar el cifrado…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="103"/>
        <source>Encrypt database</source>
        <translation>Cifrar base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="108"/>
        <source>Encrypt {file} now?

The whole database is rewritten, encrypted with the passphrase you chose, and the window reopens it when done. From then on it opens only with that passphrase: if it is lost, nobody — not even you — can read the database again. Backups made from now on are encrypted with it too.</source>
        <translation>¿Cifrar {file} ahora?

Se reescribe toda la base de datos, cifrada con la frase de contraseña que ha elegido, y la ventana la vuelve a abrir al terminar. A partir de entonces solo se abre con esa frase de contraseña: si se pierde, nadie —ni siquiera usted— podrá volver a leer la base de datos. Las copias de seguridad que se hagan a partir de ahora también se cifran con ella.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="118"/>
        <source>Encrypting {file}…</source>
        <translation>Cifrando {file}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="129"/>
        <source>Change passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="134"/>
        <source>Encrypt {file} with the new passphrase?

The whole database is rewritten and the window reopens it when done. Backups made before keep the previous passphrase: restoring one of them will ask for it.</source>
        <translation>¿Cifrar {file} con la nueva frase de contraseña?

Se reescribe toda la base de datos y la ventana la vuelve a abrir al terminar. Las copias de seguridad hechas antes conservan la frase de contraseña anterior: para restaurar una de ellas se le pedirá esa frase.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="145"/>
        <source>Encrypting {file} with the new passphrase…</source>
        <translation>Cifrando {file} con la nueva frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="156"/>
        <source>Remove encryption</source>
        <translation>Quitar el cifrado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="160"/>
        <source>Remove the encryption of {file}?

The database will be a plain file again: anyone who gets hold of this computer, or of a copy of the file, can read every account, contact and contract in it without a passphrase. Backups made from now on are not encrypted either.</source>
        <translation>¿Quitar el cifrado de {file}?

La base de datos volverá a ser un archivo sin cifrar: cualquiera que acceda a este ordenador, o a una copia del archivo, podrá leer todas las cuentas, contactos y contratos que contiene sin frase de contraseña. Las copias de seguridad que se hagan a partir de ahora tampoco estarán cifradas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="170"/>
        <source>Removing the encryption of {file}…</source>
        <translation>Quitando el cifrado de {file}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="218"/>
        <source>{file} is no longer encrypted.</source>
        <translation>{file} ya no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="223"/>
        <source>{file} is now encrypted with the new passphrase.</source>
        <translation>{file} está ahora cifrado con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="226"/>
        <source>{file} is now encrypted.</source>
        <translation>{file} está ahora cifrado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="249"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="255"/>
        <source>These %n copies in {folder} are not encrypted: anyone can read them.

{names}

Remove them now? The encrypted database and the backups made from now on are not affected.</source>
        <translation>
            <numerusform>Hay %n copia en {folder} que no está cifrada: cualquiera puede leerla.

{names}

¿Eliminarla ahora? La base de datos cifrada y las copias de seguridad que se hagan a partir de ahora no se ven afectadas.</numerusform>
            <numerusform>Hay %n copias en {folder} que no están cifradas: cualquiera puede leerlas.

{names}

¿Eliminarlas ahora? La base de datos cifrada y las copias de seguridad que se hagan a partir de ahora no se ven afectadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="265"/>
        <source>The plain copies were kept in {folder}. Remove them by hand when you no longer need them.</source>
        <translation>Las copias sin cifrar se han conservado en {folder}. Elimínelas a mano cuando ya no las necesite.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="275"/>
        <source>%n plain copies removed.</source>
        <translation>
            <numerusform>Se ha eliminado %n copia sin cifrar.</numerusform>
            <numerusform>Se han eliminado %n copias sin cifrar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="288"/>
        <source>{error}

The database was left as it was.</source>
        <translation>{error}

La base de datos sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="298"/>
        <source>Cancelled: the database was left as it was.</source>
        <translation>Cancelado: la base de datos sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/encryption_actions.py" line="312"/>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="25"/>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="32"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="33"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="34"/>
        <source>The whole database, as a JSON archive (.zip)</source>
        <translation>Toda la base de datos, como archivo JSON (.zip)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="37"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_export.py" line="38"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="41"/>
        <source>Filter by name, sector, country, owner or contact…</source>
        <translation>Filtrar por nombre, sector, país, responsable o contacto…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="43"/>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="46"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="49"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="51"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="53"/>
        <source>All owners</source>
        <translation>Responsables: todos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="61"/>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="81"/>
        <source>Show all accounts</source>
        <translation>Mostrar todas las cuentas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="124"/>
        <source>{name} + %n junior(s)</source>
        <translation>
            <numerusform>{name} + %n júnior</numerusform>
            <numerusform>{name} + %n júniors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="154"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="156"/>
        <source>My strategic accounts</source>
        <translation>Mis cuentas estratégicas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="161"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="163"/>
        <source>Health at risk or critical</source>
        <translation>Salud en riesgo o crítica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="166"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="54"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="55"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="56"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="57"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="58"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="59"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="116"/>
        <source>Find anything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="121"/>
        <source>Accounts, contacts, meetings, proposals, incidents, notes…</source>
        <translation>Cuentas, contactos, reuniones, propuestas, incidencias, notas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="175"/>
        <source>Enter opens the selected result.</source>
        <translation>Intro abre el resultado seleccionado.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/search_dialog.py" line="177"/>
        <source>Nothing found for “{text}”.</source>
        <translation>No se ha encontrado nada para «{text}».</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../workbench/ui/portfolio/history_page.py" line="193"/>
        <source>No changes recorded yet.</source>
        <translation>Todavía no hay cambios registrados.</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="45"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="49"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="107"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="140"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="146"/>
        <source>Import meetings</source>
        <extracomment>Larger files are refused before reading: no calendar export of meetings is this big.</extracomment>
        <translation>Importar reuniones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="45"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="166"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="54"/>
        <source>{name} is too large for a calendar file.</source>
        <translation>{name} es demasiado grande para ser un calendario.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="62"/>
        <source>{name} cannot be read: {error}</source>
        <translation>No se puede leer {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="70"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="141"/>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} no se importó: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="83"/>
        <source>%n meeting(s) in {name} could not be matched to an account by the attendees&apos; e-mail addresses. Which account are they with?</source>
        <translation>
            <numerusform>%n reunión de {name} no se pudo asociar a una cuenta por las direcciones de correo de los asistentes. ¿Con qué cuenta es?</numerusform>
            <numerusform>%n reuniones de {name} no se pudieron asociar a una cuenta por las direcciones de correo de los asistentes. ¿Con qué cuenta son?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="108"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="119"/>
        <source>{created} meetings added, {updated} updated, {skipped} skipped.</source>
        <translation>{created} reuniones añadidas, {updated} actualizadas, {skipped} omitidas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="126"/>
        <source>Not in your contacts (not stored): {addresses}</source>
        <translation>No están en tus contactos (no se guardan): {addresses}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="132"/>
        <source>{name} imported</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="146"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="164"/>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="172"/>
        <source>Export meetings</source>
        <translation>Exportar reuniones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="184"/>
        <source>%n meeting(s) written to {name}.</source>
        <translation>
            <numerusform>%n reunión escrita en {name}.</numerusform>
            <numerusform>%n reuniones escritas en {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="191"/>
        <source>{name} could not be written: {error}</source>
        <translation>No se pudo escribir {name}: {error}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="70"/>
        <location filename="../../workbench/ui/data_import/dialog.py" line="297"/>
        <location filename="../../workbench/ui/data_import/dialog.py" line="372"/>
        <location filename="../../workbench/ui/data_import/dialog.py" line="390"/>
        <location filename="../../workbench/ui/data_import/dialog.py" line="397"/>
        <location filename="../../workbench/ui/data_import/dialog.py" line="434"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="82"/>
        <source>1  File</source>
        <translation>1  Archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="82"/>
        <source>2  Columns</source>
        <translation>2  Columnas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="82"/>
        <source>3  Preview</source>
        <translation>3  Vista previa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="95"/>
        <source>&lt; Back</source>
        <translation>&lt; Atrás</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="97"/>
        <source>Next &gt;</source>
        <translation>Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="100"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="218"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="253"/>
        <source>The file cannot be read: {error}</source>
        <translation>No se puede leer el archivo: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="255"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="303"/>
        <source>Checking {rows} rows…</source>
        <translation>Comprobando {rows} filas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="333"/>
        <source>{error}

Nothing was written: the database is as it was.</source>
        <translation>{error}

No se ha escrito nada: la base de datos está como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="341"/>
        <source>Save problem report</source>
        <translation>Guardar el informe de problemas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="342"/>
        <source>{file} problems.csv</source>
        <translation>{file} problemas.csv</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="344"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="353"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="357"/>
        <source>{count} problems written to {file}.</source>
        <translation>{count} problemas escritos en {file}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="361"/>
        <source>{file} could not be written: {error}</source>
        <translation>No se pudo escribir {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="377"/>
        <source>Importing {rows} rows…</source>
        <translation>Importando {rows} filas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="391"/>
        <source>The import was cancelled. Nothing was written: the database is as it was.</source>
        <translation>La importación se ha cancelado. No se ha escrito nada: la base de datos está como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/dialog.py" line="436"/>
        <source>CSV, Excel or archive files (*.csv *.txt *.tsv *.xlsx *.zip);;All files (*)</source>
        <translation>Archivos CSV, Excel o de exportación (*.csv *.txt *.tsv *.xlsx *.zip);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="100"/>
        <source>Choose another file…</source>
        <extracomment>Fields read as numbers, dates and the like: short values, narrow preview columns.</extracomment>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="105"/>
        <location filename="../../workbench/ui/data_import/pages.py" line="110"/>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="138"/>
        <source>Delimiter</source>
        <translation>Separador</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="145"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="146"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="147"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="148"/>
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="149"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="154"/>
        <source>The first rows, as read:</source>
        <translation>Las primeras filas, tal como se han leído:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="174"/>
        <location filename="../../workbench/ui/data_import/pages.py" line="177"/>
        <source>Detect ({found})</source>
        <translation>Detectar ({found})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="179"/>
        <source>{rows} rows × {columns} columns</source>
        <translation>{rows} filas × {columns} columnas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="183"/>
        <source>Excel workbook, {size}</source>
        <translation>Libro de Excel, {size}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="185"/>
        <source>{encoding}, {delimiter}, line endings {ending}; {size}</source>
        <translation>{encoding}, {delimiter}, fines de línea {ending}; {size}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="193"/>
        <source>{count} rows have more or fewer fields than the header; the preview shows which.</source>
        <translation>{count} filas tienen más o menos campos que la cabecera; la vista previa dice cuáles.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="201"/>
        <source>Recognised: {layout}; the columns as you chose them last time</source>
        <translation>Reconocido: {layout}; las columnas como las eligió la última vez</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="204"/>
        <source>Not recognised; the columns as you chose them for this layout last time</source>
        <translation>No reconocido; las columnas como las eligió para este formato la última vez</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="207"/>
        <source>Recognised: {layout}</source>
        <translation>Reconocido: {layout}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="210"/>
        <source>Not a known export, but its columns are named like fields: check them on the next page</source>
        <translation>No es una exportación conocida, pero sus columnas se llaman como campos: revíselas en la página siguiente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="214"/>
        <source>Not recognised — choose what each column holds on the next page</source>
        <translation>No reconocido: elija qué contiene cada columna en la página siguiente</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="242"/>
        <source>Choose the field each column of the file fills. Columns left on “— ignore —” are not imported.</source>
        <translation>Elija el campo que rellena cada columna del archivo. Las columnas en «— ignorar —» no se importan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="263"/>
        <location filename="../../workbench/ui/data_import/pages.py" line="315"/>
        <source>— none: the file says —</source>
        <translation>— ninguna: lo dice el archivo —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="266"/>
        <source>Create accounts that don&apos;t exist yet</source>
        <translation>Crear las cuentas que aún no existen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="277"/>
        <source>Update the stored record</source>
        <translation>Actualizar el registro guardado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="278"/>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="279"/>
        <source>Create another record</source>
        <translation>Crear otro registro</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="288"/>
        <source>When a record probably exists already</source>
        <translation>Cuando probablemente ya existe un registro</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="289"/>
        <source>Country when the file has none</source>
        <translation>País cuando el archivo no lo indica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="290"/>
        <source>Account for every row</source>
        <translation>Cuenta para todas las filas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="350"/>
        <source>“{field}” is filled by more than one column ({columns}): keep one.</source>
        <translation>«{field}» lo rellena más de una columna ({columns}): deje solo una.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="359"/>
        <source>Choose the column that says each row&apos;s account, or an account for every row.</source>
        <translation>Elija la columna que indica la cuenta de cada fila, o una cuenta para todas las filas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="365"/>
        <source>Choose the column that holds “{field}”: every row needs it.</source>
        <translation>Elija la columna que contiene «{field}»: todas las filas lo necesitan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="379"/>
        <source>No column for {fields}: only rows whose id is already stored can be imported (they are updated); the preview refuses the others.</source>
        <translation>Ninguna columna para {fields}: solo se pueden importar las filas cuyo id ya está guardado (se actualizan); la vista previa rechaza las demás.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="417"/>
        <source>Only rows with problems</source>
        <translation>Solo filas con problemas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="420"/>
        <source>Rows that are refused, changed on the way in or probably already stored</source>
        <translation>Filas rechazadas, modificadas al entrar o que probablemente ya están guardadas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="433"/>
        <source>Save problem report…</source>
        <translation>Guardar el informe de problemas…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="464"/>
        <source>{new} new, {update} to update, {skip} skipped, {refused} refused</source>
        <translation>{new} nuevas, {update} para actualizar, {skip} omitidas, {refused} rechazadas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="473"/>
        <source>{count} rows are probably already stored (highlighted): double-click “What happens” to choose Update, Skip or Create for each.</source>
        <translation>{count} filas probablemente ya están guardadas (resaltadas): haga doble clic en «Qué ocurre» para elegir Actualizar, Omitir o Crear en cada una.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/pages.py" line="480"/>
        <source>Refused rows are not imported; the problem report lists why, to fix the file and import it again.</source>
        <translation>Las filas rechazadas no se importan; el informe de problemas dice por qué, para corregir el archivo e importarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>IncidentDetailPanel</name>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="76"/>
        <source>Acknowledge</source>
        <extracomment>The teams an incident can involve (the account manager is always involved).</extracomment>
        <translation>Reconocer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="77"/>
        <source>Start mitigating</source>
        <translation>Empezar a mitigar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="78"/>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="79"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="80"/>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="89"/>
        <source>Report PDF…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="100"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="101"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="104"/>
        <source>Playbook</source>
        <translation>Guía de respuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="105"/>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="108"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="129"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="130"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="131"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="134"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="135"/>
        <source>Client impact</source>
        <translation>Impacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="136"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="137"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="138"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="157"/>
        <source>Teams involved</source>
        <translation>Equipos implicados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="159"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="179"/>
        <source>What was done or said</source>
        <translation>Qué se hizo o se dijo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="180"/>
        <source>Communication with the client</source>
        <translation>Comunicación con el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="182"/>
        <source>Add to timeline</source>
        <translation>Añadir a la cronología</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="204"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="207"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="208"/>
        <source>Grant</source>
        <translation>Conceder</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="227"/>
        <source>reported</source>
        <translation>notificada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="228"/>
        <source>acknowledged</source>
        <translation>reconocida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="229"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="230"/>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/detail.py" line="280"/>
        <source>Amount in {currency}</source>
        <translation>Importe en {currency}</translation>
    </message>
</context>
<context>
    <name>IncidentExport</name>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="39"/>
        <location filename="../../workbench/ui/incidents/report.py" line="65"/>
        <source>Incident report</source>
        <extracomment>The periods offered for a period report, in days back from today.</extracomment>
        <translation>Informe de incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="40"/>
        <source>Which period?</source>
        <translation>¿Qué periodo?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="42"/>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="43"/>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="44"/>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="68"/>
        <source>Who is the report for? The client&apos;s copy leaves out internal notes and timeline lines that were not communications with them.</source>
        <translation>¿Para quién es el informe? La copia del cliente omite las notas internas y las líneas de la cronología que no fueron comunicaciones con él.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="74"/>
        <source>Internal teams</source>
        <translation>Equipos internos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="75"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="83"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="102"/>
        <source>{name} written ({pages} pages).</source>
        <translation>{name} escrito ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/report.py" line="111"/>
        <source>{name} could not be written: {error}</source>
        <translation>No se pudo escribir {name}: {error}</translation>
    </message>
</context>
<context>
    <name>IncidentFilterBar</name>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="108"/>
        <source>Search incidents</source>
        <translation>Buscar incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="110"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="111"/>
        <source>Any severity</source>
        <translation>Cualquier gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="113"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="117"/>
        <location filename="../../workbench/ui/incidents/table.py" line="142"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="119"/>
        <source>Open only</source>
        <translation>Solo abiertas</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="107"/>
        <source>Incident report</source>
        <extracomment>Severity 1–4 as a coloured word: the colour repeats what the word says.</extracomment>
        <translation>Informe de incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="108"/>
        <source>Internal version: includes internal notes. Do not forward.</source>
        <translation>Versión interna: incluye notas internas. No reenviar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="111"/>
        <source>Prepared for the client</source>
        <translation>Preparado para el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="112"/>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="113"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="114"/>
        <source>{count} accounts</source>
        <translation>{count} cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="115"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="116"/>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="117"/>
        <source>Incident #{number}</source>
        <translation>Incidencia n.º {number}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="118"/>
        <location filename="../../workbench/ui/reports/incident_html.py" line="125"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="119"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="120"/>
        <source>No incident was reported in this period.</source>
        <translation>No se notificó ninguna incidencia en este periodo.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="121"/>
        <source>Times are shown in the account&apos;s time zone.</source>
        <translation>Las horas se muestran en la zona horaria de la cuenta.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="122"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="123"/>
        <source>By severity</source>
        <translation>Por gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="124"/>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="126"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="127"/>
        <source>Reported</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="128"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="129"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="130"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="131"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="132"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="133"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="134"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="135"/>
        <source>Teams involved</source>
        <translation>Equipos implicados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="136"/>
        <source>Impact on the client</source>
        <translation>Impacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="137"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="138"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="139"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="140"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="141"/>
        <source>Not recorded yet.</source>
        <translation>Aún sin registrar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="142"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="143"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="144"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="145"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="146"/>
        <source>client communication</source>
        <translation>comunicación con el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="147"/>
        <source>No timeline entries.</source>
        <translation>Sin entradas en la cronología.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="148"/>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="149"/>
        <source>Granted on</source>
        <translation>Concedida el</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="150"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="151"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="152"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="153"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="154"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="155"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="156"/>
        <source>Incident report · {scope}</source>
        <translation>Informe de incidencias · {scope}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/incident_html.py" line="157"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="50"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="51"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="52"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="53"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="54"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="55"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="56"/>
        <source>To acknowledge</source>
        <translation>Hasta reconocer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="57"/>
        <source>To resolve</source>
        <translation>Hasta resolver</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="58"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="59"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="60"/>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="77"/>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/table.py" line="77"/>
        <source>on target</source>
        <translation>en plazo</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="167"/>
        <source>Log incident…</source>
        <extracomment>How many times the table was filled (benchmarks wait on it).</extracomment>
        <translation>Registrar incidencia…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="169"/>
        <source>Targets…</source>
        <translation>Objetivos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="171"/>
        <source>Period report…</source>
        <translation>Informe del periodo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="174"/>
        <source>The incidents of a period, for the account chosen above or for all</source>
        <translation>Las incidencias de un periodo, de la cuenta elegida arriba o de todas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="268"/>
        <location filename="../../workbench/ui/incidents/tab.py" line="299"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="269"/>
        <source>The incidents could not be loaded: {error}</source>
        <translation>No se pudieron cargar las incidencias: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="275"/>
        <source>acknowledged on time</source>
        <translation>reconocidas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="276"/>
        <source>resolved on time</source>
        <translation>resueltas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="283"/>
        <source>{count} incidents. Last 90 days: {compliance}.</source>
        <translation>{count} incidencias. Últimos 90 días: {compliance}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="299"/>
        <source>That incident no longer exists.</source>
        <translation>Esa incidencia ya no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="347"/>
        <location filename="../../workbench/ui/incidents/tab.py" line="351"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="378"/>
        <source>“{text}” is not an amount.</source>
        <translation>«{text}» no es un importe.</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="43"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="44"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="45"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="46"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="47"/>
        <source>Discount %</source>
        <translation>Dto. %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="48"/>
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="49"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="50"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="75"/>
        <source>Add from catalog</source>
        <translation>Añadir del catálogo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="77"/>
        <source>Add free line</source>
        <translation>Añadir línea libre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="79"/>
        <source>Remove line</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="99"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="100"/>
        <source>Discounts</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="101"/>
        <source>Taxes</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="102"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="103"/>
        <source>Optional lines (not in the total)</source>
        <translation>Líneas opcionales (fuera del total)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="115"/>
        <source>Reduce scope: mark optional lines</source>
        <translation>Reducir alcance: marcar opcionales</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="117"/>
        <source>Phase it</source>
        <translation>Dividir en fases</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="119"/>
        <source>Justify with ROI</source>
        <translation>Justificar con el ROI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="173"/>
        <source>No budget is recorded for this client in {period}.</source>
        <translation>No hay presupuesto registrado para este cliente en {period}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="183"/>
        <source>The client&apos;s budget for {period} is in {budget}; this proposal is in {proposal}, so the two are not compared.</source>
        <translation>El presupuesto del cliente para {period} está en {budget}; esta propuesta está en {proposal}, así que no se comparan.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="198"/>
        <source>Fits the client&apos;s budget for {period}: {available} still available of {planned} planned.</source>
        <translation>Cabe en el presupuesto del cliente para {period}: quedan {available} de {planned} previstos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="211"/>
        <source>&lt;b&gt;Over budget by {excess}.&lt;/b&gt; The client has {available} left of {planned} planned for {period}. Reduce the scope, phase the work over later periods, or justify the price with the ROI analysis.</source>
        <translation>&lt;b&gt;Supera el presupuesto en {excess}.&lt;/b&gt; Al cliente le quedan {available} de {planned} previstos para {period}. Reduzca el alcance, reparta el trabajo en fases posteriores o justifique el precio con el análisis de ROI.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="230"/>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/lines_page.py" line="270"/>
        <source>Select the lines the client can do without, then press again.</source>
        <translation>Selecciona las líneas de las que el cliente puede prescindir y vuelve a pulsar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/app.py" line="54"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="55"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="56"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="57"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="58"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <extracomment>The tab (its object name) that shows each kind of record.</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="117"/>
        <source>Import &amp;data…</source>
        <translation>Importar &amp;datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="120"/>
        <source>Undo last i&amp;mport…</source>
        <translation>Deshacer la última i&amp;mportación…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="123"/>
        <source>&amp;Export data…</source>
        <translation>&amp;Exportar datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="140"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="147"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="149"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="154"/>
        <source>&amp;Find anything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="164"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="176"/>
        <source>&amp;About Account Workbench</source>
        <translation>&amp;Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="221"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="224"/>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="238"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="240"/>
        <source>The interface will be in {language} the next time Account Workbench starts.</source>
        <translation>La interfaz estará en {language} la próxima vez que se inicie Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="248"/>
        <source>About Account Workbench</source>
        <translation>Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="250"/>
        <source>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;The key-account manager&apos;s book of accounts: offline-first, instant, private.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;La cartera del administrador de cuentas clave: sin conexión, instantánea, privada.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="254"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="298"/>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="300"/>
        <source>A background task is still running. Quit anyway? It will be cancelled and nothing it was writing will be kept.</source>
        <translation>Todavía hay una tarea en segundo plano. ¿Salir de todos modos? Se cancelará y no se guardará nada de lo que estaba escribiendo.</translation>
    </message>
</context>
<context>
    <name>ManagersDialog</name>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="115"/>
        <source>By account manager</source>
        <translation>Por gestor de cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="131"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="139"/>
        <source>{quarter}, totals in {currency}</source>
        <translation>{quarter}, totales en {currency}</translation>
    </message>
</context>
<context>
    <name>ManagersModel</name>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="42"/>
        <source>Account manager</source>
        <extracomment>The columns: header, and the cell of a line.</extracomment>
        <translation>Gestor de cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="45"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="47"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="53"/>
        <source>Growth QoQ</source>
        <translation>Crec. trimestral</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="57"/>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="61"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="65"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="69"/>
        <source>Agreed KPIs met</source>
        <translation>KPI cumplidos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="73"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="77"/>
        <source>Acknowledged on time</source>
        <translation>Reconocidas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="81"/>
        <source>Pipeline</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/managers_dialog.py" line="100"/>
        <source>Team total</source>
        <translation>Total del equipo</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="143"/>
        <source>Column in the file</source>
        <extracomment>``[(value, label), …]`` a cell may be set to (for :class:`ChoiceDelegate`). Rows of the file looked at for a column&apos;s examples. Rows of the file shown as read, to check the encoding and the delimiter by eye. Fields shown in the preview: the first few the file fills, long or technical ones left out.</extracomment>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="143"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="143"/>
        <source>Fills</source>
        <translation>Rellena</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="164"/>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="226"/>
        <source>Another column fills this field too: keep only one.</source>
        <translation>Otra columna también rellena este campo: deje solo una.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailPanel</name>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="116"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="118"/>
        <source>Cancel this occurrence</source>
        <translation>Cancelar esta repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="120"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="122"/>
        <source>Add action item…</source>
        <translation>Añadir acción…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="125"/>
        <source>Prep brief…</source>
        <translation>Informe previo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="127"/>
        <source>Export .ics…</source>
        <translation>Exportar .ics…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="171"/>
        <source>Pick a meeting to see its details.</source>
        <translation>Elige una reunión para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="186"/>
        <source>this occurrence was moved</source>
        <translation>esta repetición se movió</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="187"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="188"/>
        <source>Video link</source>
        <translation>Enlace de vídeo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="189"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="190"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="191"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="192"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="209"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="215"/>
        <source>Your time</source>
        <translation>Tu hora</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="216"/>
        <source>Meeting&apos;s zone</source>
        <translation>Zona de la reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="217"/>
        <source>Client&apos;s time</source>
        <translation>Hora del cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="244"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="245"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/detail.py" line="246"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="85"/>
        <source>Plan a meeting</source>
        <translation>Planificar una reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="86"/>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="87"/>
        <source>Edit this occurrence only</source>
        <translation>Editar solo esta repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="132"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="165"/>
        <source>Account *</source>
        <translation>Cuenta *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="166"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="167"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="168"/>
        <source>Held</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="169"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="170"/>
        <source>Video link</source>
        <translation>Enlace de vídeo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="172"/>
        <source>Starts *</source>
        <translation>Empieza *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="173"/>
        <source>Ends *</source>
        <translation>Termina *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="174"/>
        <source>Time zone *</source>
        <translation>Zona horaria *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="176"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="177"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="182"/>
        <source>Client contacts</source>
        <translation>Contactos del cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="186"/>
        <source>Our colleagues</source>
        <translation>Nuestros compañeros</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="193"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="204"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="205"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="206"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="207"/>
        <source>Agenda and minutes</source>
        <translation>Orden del día y acta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="302"/>
        <source>Whole days: the same dates in every time zone.</source>
        <translation>Días completos: las mismas fechas en todas las zonas horarias.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="305"/>
        <source>Choose a time zone from the list.</source>
        <translation>Elige una zona horaria de la lista.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="315"/>
        <source>Your time: {when} ({zone})</source>
        <translation>Tu hora: {when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="323"/>
        <source>Client&apos;s time: {when} ({zone})</source>
        <translation>Hora del cliente: {when} ({zone})</translation>
    </message>
</context>
<context>
    <name>MeetingReminders</name>
    <message>
        <location filename="../../workbench/ui/calendar/upcoming.py" line="95"/>
        <source>{title} with {account} starts in {minutes} min ({time})</source>
        <translation>{title} con {account} empieza en {minutes} min ({time})</translation>
    </message>
</context>
<context>
    <name>MonthCellDelegate</name>
    <message>
        <location filename="../../workbench/ui/calendar/month_delegate.py" line="101"/>
        <source>+{count} more</source>
        <extracomment>One colour per kind of meeting, readable on light and dark backgrounds.</extracomment>
        <translation>+{count} más</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/models.py" line="137"/>
        <source>%n meeting(s) on {day}</source>
        <extracomment>The occurrences in a cell (month, week) or the one of a row (agenda). The cell&apos;s ``datetime.date``. True for a month cell outside the month shown. True for today&apos;s cells. The hour (0–23) of a week cell.</extracomment>
        <translation>
            <numerusform>%n reunión el {day}</numerusform>
            <numerusform>%n reuniones el {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="77"/>
        <source>Log an incident</source>
        <translation>Registrar una incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="97"/>
        <source>Account *</source>
        <extracomment>Creates the incident from the dialog; raises ValidationError to keep it open.</extracomment>
        <translation>Cuenta *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="98"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="99"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="100"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
</context>
<context>
    <name>NewProposalDialog</name>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="61"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="70"/>
        <source>Account *</source>
        <translation>Cuenta *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="71"/>
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
</context>
<context>
    <name>OffsiteFolderDialog</name>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="107"/>
        <source>Off-laptop backup folder</source>
        <extracomment>The status bar&apos;s warning: amber, as a reminder rather than an error. The newest copy there (``None``: none, or the folder not reachable now). Why the copy failed, if it did (the drive full, pulled out mid-copy).</extracomment>
        <translation>Carpeta de copias fuera del portátil</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="110"/>
        <source>Automatic backups are copied to this folder as well whenever it is reachable: a USB drive when it is plugged in, or a folder that is synced elsewhere. Leave it empty for no copy.</source>
        <translation>Las copias de seguridad automáticas también se guardan en esta carpeta siempre que esté accesible: una unidad USB cuando esté conectada, o una carpeta que se sincroniza con otro lugar. Déjela vacía para no hacer esta copia.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/backup_actions.py" line="120"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="51"/>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="51"/>
        <source>Encrypted database</source>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="56"/>
        <source>{file} will be encrypted. Anyone without this passphrase sees only noise; without it, nobody — not even you — can open the database again. Use at least {count} characters.</source>
        <translation>{file} se cifrará. Quien no tenga esta frase de contraseña solo verá datos ilegibles; sin ella, nadie —ni siquiera usted— podrá volver a abrir la base de datos. Use al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="61"/>
        <source>{file} is encrypted. Type its passphrase to open it.</source>
        <translation>{file} está cifrado. Escriba su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="72"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="77"/>
        <source>&amp;The same again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="88"/>
        <source>That passphrase does not open {file}. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre {file}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="93"/>
        <source>&amp;Remember on this computer</source>
        <translation>Recordar en este &amp;ordenador</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="97"/>
        <source>Kept in the system&apos;s keyring, and asked no more on this computer.</source>
        <translation>Se guarda en el llavero del sistema y no se vuelve a pedir en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/passphrase_dialog.py" line="102"/>
        <source>Remember on this computer (no keyring here: asked each time)</source>
        <translation>Recordar en este ordenador (aquí no hay llavero: se pide cada vez)</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="38"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="39"/>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="40"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="41"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="42"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="57"/>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="59"/>
        <source>Remove phase</source>
        <translation>Quitar fase</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="90"/>
        <source>The phases add up to the total.</source>
        <translation>Las fases suman el total.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="95"/>
        <source>The phases add up to {planned}: {difference} from the total {total}.</source>
        <translation>Las fases suman {planned}: {difference} respecto al total {total}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/plan_page.py" line="118"/>
        <source>Phase {number}</source>
        <translation>Fase {number}</translation>
    </message>
</context>
<context>
    <name>PlaybookPanel</name>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="51"/>
        <source>No playbook for this category.</source>
        <translation>No hay guía de respuesta para esta categoría.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="80"/>
        <source>within {days} days</source>
        <translation>en {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="84"/>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="86"/>
        <source>Expected outcome</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="87"/>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="88"/>
        <source>Key lesson</source>
        <translation>Lección clave</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/playbook_panel.py" line="101"/>
        <source>Apply this response: add its steps as action items</source>
        <translation>Aplicar esta respuesta: añadir sus pasos como acciones</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="206"/>
        <source>Undefined: no revenue in the previous quarter.</source>
        <extracomment>The first columns, which say who an account is: known before its figures. A figure still being worked out, in the background. Formatted cells per account id, with the row they were formatted from.</extracomment>
        <translation>Sin definir: no hubo ingresos en el trimestre anterior.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="210"/>
        <source>Undefined: no survey responses in the last 12 months.</source>
        <translation>Sin definir: no hay respuestas de encuestas en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="214"/>
        <source>Part of {parent}</source>
        <translation>Parte de {parent}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="236"/>
        <source>No health score: no NPS, revenue, KPI, incident, contact or renewal data yet.</source>
        <translation>Sin índice de salud: aún no hay datos de NPS, ingresos, KPIs, incidencias, contactos ni renovaciones.</translation>
    </message>
</context>
<context>
    <name>PortfolioColumns</name>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="47"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="48"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="49"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="50"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="51"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="52"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="53"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="54"/>
        <source>Annual revenue</source>
        <translation>Ingresos anuales</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="55"/>
        <source>Growth QoQ</source>
        <translation>Crecimiento trimestral</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="56"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="57"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="58"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="59"/>
        <source>Next renewal</source>
        <translation>Próxima renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="60"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
</context>
<context>
    <name>PortfolioEdits</name>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="25"/>
        <source>Create account {name}</source>
        <translation>Crear la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="44"/>
        <source>Edit account {name}</source>
        <translation>Editar la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="54"/>
        <source>Archive {name}</source>
        <translation>Archivar {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="56"/>
        <source>Restore {name}</source>
        <translation>Restaurar {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="74"/>
        <source>Reassign {name} to {owner}</source>
        <translation>Reasignar {name} a {owner}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="84"/>
        <source>Delete account {name}</source>
        <translation>Eliminar la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="93"/>
        <source>Add to {list}</source>
        <translation>Añadir a {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="104"/>
        <source>Edit in {list}</source>
        <translation>Editar en {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="113"/>
        <source>Remove from {list}</source>
        <translation>Quitar de {list}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="127"/>
        <source>New account…</source>
        <extracomment>Counts full reloads, so the next meetings of an older load are not applied.</extracomment>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="129"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="132"/>
        <source>Visible rows to CSV…</source>
        <translation>Filas visibles a CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="133"/>
        <source>Visible rows to Excel…</source>
        <translation>Filas visibles a Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="206"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="267"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="268"/>
        <source>The accounts could not be loaded.

{error}</source>
        <translation>No se pudieron cargar las cuentas.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="247"/>
        <location filename="../../workbench/ui/portfolio/view.py" line="315"/>
        <source>{shown} of {total} accounts</source>
        <translation>{shown} de {total} cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="317"/>
        <source>figures loading…</source>
        <translation>cargando cifras…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="407"/>
        <source>Export accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="422"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="425"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="426"/>
        <source>{count} accounts written to {path}.</source>
        <translation>{count} cuentas escritas en {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="432"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="432"/>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="461"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="483"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="494"/>
        <location filename="../../workbench/ui/portfolio/view.py" line="499"/>
        <source>Reassign {name}</source>
        <translation>Reasignar {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="495"/>
        <source>There is no other colleague to hand it to: add one first.</source>
        <translation>No hay otro compañero a quien pasarla: añade uno primero.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="500"/>
        <source>Who takes {name} over? Its owner&apos;s open action items go with it.</source>
        <translation>¿Quién se hace cargo de {name}? Las acciones abiertas de su responsable van con ella.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="527"/>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="529"/>
        <source>This also deletes: {records}.</source>
        <translation>También se eliminan: {records}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="530"/>
        <source>You can undo it with Ctrl+Z until you close the window.</source>
        <translation>Puedes deshacerlo con Ctrl+Z hasta que cierres la ventana.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="531"/>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="76"/>
        <source>Dashboard settings</source>
        <translation>Ajustes del panel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="78"/>
        <source>Health score weights</source>
        <translation>Pesos de la puntuación de salud</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="96"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="98"/>
        <source>Reporting currency</source>
        <translation>Moneda de los informes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="103"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="103"/>
        <source>Value in EUR</source>
        <translation>Valor en EUR</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="115"/>
        <source>Show portfolio totals in</source>
        <translation>Mostrar los totales de la cartera en</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="122"/>
        <source>Each account keeps its own currency; only the Dashboard&apos;s totals are converted, with these rates.</source>
        <translation>Cada cuenta conserva su moneda; solo los totales del panel se convierten, con estos tipos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="139"/>
        <source>A customer is quiet after</source>
        <translation>Un cliente está sin contacto tras</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="150"/>
        <source>At least one factor needs a weight.</source>
        <translation>Al menos un factor necesita un peso.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="156"/>
        <source>Weights are relative; {factor} counts for {share}% of the score. A factor without data gives its weight to the others.</source>
        <translation>Los pesos son relativos; {factor} cuenta un {share} % de la puntuación. Un factor sin datos reparte su peso entre los demás.</translation>
    </message>
</context>
<context>
    <name>PrepBrief</name>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="42"/>
        <source>Meeting prep brief</source>
        <translation>Informe de preparación de reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="43"/>
        <source>Prepared on {date}</source>
        <translation>Preparado el {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="44"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="45"/>
        <source>When (your time)</source>
        <translation>Cuándo (tu hora)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="46"/>
        <source>Client&apos;s time</source>
        <translation>Hora del cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="47"/>
        <source>Time where planned</source>
        <translation>Hora donde se planificó</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="48"/>
        <source>one occurrence of a recurring meeting</source>
        <translation>una sesión de una reunión periódica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="49"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="50"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="51"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="52"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="53"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="54"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="55"/>
        <source>Our team</source>
        <translation>Nuestro equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="56"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="57"/>
        <source>No attendees invited yet.</source>
        <translation>Aún no hay asistentes invitados.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="58"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="59"/>
        <source>No agenda yet.</source>
        <translation>Aún no hay orden del día.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="61"/>
        <source>Account KPIs</source>
        <translation>KPIs de la cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="62"/>
        <source>Revenue, last 4 quarters</source>
        <translation>Ingresos, últimos 4 trimestres</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="63"/>
        <source>{quarter} on previous quarter</source>
        <translation>{quarter} frente al trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="64"/>
        <source>{quarter} on a year before</source>
        <translation>{quarter} frente a un año antes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="65"/>
        <source>NPS, last 12 months</source>
        <translation>NPS, últimos 12 meses</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="66"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="67"/>
        <source>{nps} (n = {n})</source>
        <translation>{nps} (n = {n})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="68"/>
        <source>Agreed KPIs on target, 90 days</source>
        <translation>KPIs acordados en objetivo, 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="69"/>
        <source>Health score</source>
        <translation>Salud de la cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="70"/>
        <source>{score} · {band}</source>
        <translation>{score} · {band}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="71"/>
        <source>{reason}: {points} of {possible} points</source>
        <translation>{reason}: {points} de {possible} puntos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="72"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="73"/>
        <source>Trend by quarter</source>
        <translation>Evolución por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="74"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="75"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="76"/>
        <source>On previous quarter</source>
        <translation>Frente al trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="77"/>
        <source>On a year before</source>
        <translation>Frente a un año antes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="78"/>
        <source>Agreed KPIs</source>
        <translation>KPIs acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="79"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="80"/>
        <source>On target</source>
        <translation>En objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="81"/>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="82"/>
        <source>No agreed KPI measured in the last 90 days.</source>
        <translation>Ningún KPI acordado medido en los últimos 90 días.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="84"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="85"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="86"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="87"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="88"/>
        <source>Open for</source>
        <translation>Abierta desde hace</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="89"/>
        <source>{days} days</source>
        <translation>{days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="90"/>
        <source>No open incidents.</source>
        <translation>No hay incidencias abiertas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="92"/>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="93"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="94"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="95"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="96"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="97"/>
        <source>No open action items.</source>
        <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="99"/>
        <source>Minutes of the previous meeting</source>
        <translation>Acta de la reunión anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="100"/>
        <source>{title}, {date}</source>
        <translation>{title}, {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="101"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="102"/>
        <source>No earlier meeting with minutes.</source>
        <translation>Ninguna reunión anterior tiene acta.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="104"/>
        <source>Renewals due in the next 180 days</source>
        <translation>Renovaciones en los próximos 180 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="105"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="106"/>
        <source>Ends</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="107"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="108"/>
        <source>Notice by</source>
        <translation>Preaviso hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="109"/>
        <source>Annual value</source>
        <translation>Valor anual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="110"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="111"/>
        <source>No contract ends in the next 180 days.</source>
        <translation>Ningún contrato vence en los próximos 180 días.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="113"/>
        <source>Open opportunities</source>
        <translation>Oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="114"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="115"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="116"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="117"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="118"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="119"/>
        <source>No open opportunities.</source>
        <translation>No hay oportunidades abiertas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="121"/>
        <source>Open proposals</source>
        <translation>Propuestas abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="122"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="123"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="124"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="125"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="126"/>
        <source>lapsed</source>
        <translation>caducada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/reports/brief_html.py" line="127"/>
        <source>No open proposals.</source>
        <translation>No hay propuestas abiertas.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="273"/>
        <location filename="../../workbench/ui/data_import/models.py" line="290"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="273"/>
        <location filename="../../workbench/ui/data_import/models.py" line="291"/>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="273"/>
        <location filename="../../workbench/ui/data_import/models.py" line="293"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/data_import/models.py" line="391"/>
        <source>{account} (new)</source>
        <translation>{account} (nueva)</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="42"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="49"/>
        <source>Code *</source>
        <translation>Código *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="50"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="51"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="54"/>
        <source>Unit price *</source>
        <translation>Precio unitario *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="57"/>
        <source>Currency *</source>
        <translation>Moneda *</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="60"/>
        <source>Tax %</source>
        <translation>IVA %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="63"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ProgressRun</name>
    <message>
        <location filename="../../workbench/ui/common/progress.py" line="42"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProposalCharts</name>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="21"/>
        <source>Implementation plan</source>
        <translation>Plan de implementación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="22"/>
        <source>No phases yet</source>
        <translation>Aún no hay fases</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="23"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="24"/>
        <source>Cash flow</source>
        <translation>Flujo de caja</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="25"/>
        <source>Enter the expected benefit</source>
        <translation>Introduce el beneficio esperado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="26"/>
        <source>Yearly flow</source>
        <translation>Flujo anual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="27"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="28"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/charts.py" line="29"/>
        <source>Payback {years} years</source>
        <translation>Recuperación {years} años</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="122"/>
        <source>Proposal title</source>
        <translation>Título de la propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="136"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="138"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="146"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="147"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="148"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="149"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="150"/>
        <source>Change it (new version)</source>
        <translation>Cambiarla (nueva versión)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="151"/>
        <source>Compare versions…</source>
        <translation>Comparar versiones…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="152"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="153"/>
        <source>DOCX…</source>
        <translation>DOCX…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="154"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="155"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="186"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="187"/>
        <source>Line items and budget</source>
        <translation>Líneas y presupuesto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="188"/>
        <source>Phased plan</source>
        <translation>Plan por fases</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="189"/>
        <source>ROI analysis</source>
        <translation>Análisis de ROI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="279"/>
        <source>Account Workbench closed while you were editing this proposal. It has been restored as it was last autosaved, at {time} on {date}.</source>
        <translation>Account Workbench se cerró mientras editabas esta propuesta. Se ha restaurado tal como se guardó automáticamente por última vez, a las {time} del {date}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="312"/>
        <source>v{number} · {status}</source>
        <translation>v{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="337"/>
        <source>(an older version)</source>
        <translation>(una versión anterior)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="339"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="391"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="400"/>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="404"/>
        <source>Edit line items</source>
        <translation>Editar líneas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="409"/>
        <source>Edit the plan</source>
        <translation>Editar el plan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="414"/>
        <source>Edit the ROI analysis</source>
        <translation>Editar el análisis de ROI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="426"/>
        <source>Edit the proposal&apos;s details</source>
        <translation>Editar los datos de la propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="430"/>
        <source>“{text}” is not a number or a date.</source>
        <translation>«{text}» no es un número ni una fecha.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="468"/>
        <source>Not saved yet: see the problems below</source>
        <translation>Aún sin guardar: revisa los problemas de abajo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="473"/>
        <source>Saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="504"/>
        <source>Line {number}: </source>
        <translation>Línea {number}: </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="508"/>
        <source>Phase {number}: </source>
        <translation>Fase {number}: </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/editor.py" line="512"/>
        <source>ROI: </source>
        <translation>ROI: </translation>
    </message>
</context>
<context>
    <name>ProposalExport</name>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="32"/>
        <source>Export proposal</source>
        <translation>Exportar propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="36"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="38"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="59"/>
        <source>{name} written ({pages} pages).</source>
        <translation>{name} escrito ({pages} páginas).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="63"/>
        <source>{name} written.</source>
        <translation>{name} escrito.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/export.py" line="75"/>
        <source>{name} could not be written: {error}</source>
        <translation>No se pudo escribir {name}: {error}</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="44"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="45"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="46"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="47"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="49"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="50"/>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
</context>
<context>
    <name>ProposalListPanel</name>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="111"/>
        <source>Search title or account</source>
        <translation>Buscar título o cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="115"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="116"/>
        <source>Open (draft or sent)</source>
        <translation>Abiertas (borrador o enviada)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="139"/>
        <source>New proposal…</source>
        <translation>Nueva propuesta…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/list_panel.py" line="141"/>
        <source>Catalog…</source>
        <translation>Catálogo…</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="163"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="164"/>
        <source>The proposals could not be loaded: {error}</source>
        <translation>No se pudieron cargar las propuestas: {error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="188"/>
        <location filename="../../workbench/ui/proposals/tab.py" line="217"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="188"/>
        <source>Add the client&apos;s account first.</source>
        <translation>Añade primero la cuenta del cliente.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="254"/>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="256"/>
        <source>Mark v{number} as sent to the client? It becomes read-only; any change after this starts v{next}.</source>
        <translation>¿Marcar la v{number} como enviada al cliente? Pasa a ser de solo lectura; cualquier cambio posterior inicia la v{next}.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../workbench/ui/common/form.py" line="118"/>
        <source>no date</source>
        <extracomment>What an empty optional date field holds (shown as &quot;no date&quot;).</extracomment>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="166"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="167"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="168"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="16"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="19"/>
        <source>Repeats: {rule}</source>
        <translation>Se repite: {rule}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="25"/>
        <source>Every week on {days}</source>
        <translation>Cada semana el {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="27"/>
        <source>Every {n} weeks on {days}</source>
        <translation>Cada {n} semanas el {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="31"/>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="32"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="33"/>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="34"/>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="35"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="38"/>
        <source>Every month on the {days}</source>
        <translation>Cada mes, el {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="40"/>
        <source>Every {n} months on the {days}</source>
        <translation>Cada {n} meses, el {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="43"/>
        <source>Every month on day {days}</source>
        <translation>Cada mes, el día {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="45"/>
        <source>Every {n} months on day {days}</source>
        <translation>Cada {n} meses, el día {days}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="49"/>
        <source>, until {date}</source>
        <translation>, hasta el {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_text.py" line="53"/>
        <source>, {count} times</source>
        <translation>, {count} veces</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="52"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="52"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="52"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="53"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="94"/>
        <source>No end</source>
        <translation>Sin fin</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="96"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="103"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="141"/>
        <source>On day {day}</source>
        <translation>El día {day}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="143"/>
        <source>first</source>
        <translation>primer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="144"/>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="145"/>
        <source>third</source>
        <translation>tercer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="146"/>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="147"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="151"/>
        <source>On the {ordinal} {weekday}</source>
        <translation>El {ordinal} {weekday}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="167"/>
        <source>Repeats by a rule from another calendar, kept as it is: {rule}</source>
        <translation>Se repite según una regla de otro calendario, que se conserva tal cual: {rule}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="172"/>
        <source>Other rule</source>
        <translation>Otra regla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="225"/>
        <source>week(s)</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="227"/>
        <source>month(s)</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../workbench/ui/reports/pdf.py" line="183"/>
        <source>Page {page} of {pages}</source>
        <extracomment>Left, top, right, bottom, in millimetres. The footer takes the last lines above the bottom one. Space between the body and the footer line, and the footer&apos;s own height, in points.</extracomment>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>RoiPage</name>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="48"/>
        <source>The proposal total</source>
        <translation>El total de la propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="57"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="61"/>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="138"/>
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="62"/>
        <source>Expected yearly benefit or saving</source>
        <translation>Beneficio o ahorro anual esperado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="63"/>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="64"/>
        <source>Discount rate %</source>
        <translation>Tasa de descuento %</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="129"/>
        <source>not within the horizon</source>
        <translation>no dentro del horizonte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="131"/>
        <source>{years} years</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="140"/>
        <source>Net benefit over the horizon</source>
        <translation>Beneficio neto en el horizonte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="143"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="144"/>
        <source>Payback</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="145"/>
        <source>NPV</source>
        <translation>VAN</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="146"/>
        <source>IRR</source>
        <translation>TIR</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/roi_page.py" line="170"/>
        <source>“{text}” is not a number.</source>
        <translation>«{text}» no es un número.</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="48"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="48"/>
        <source>Open or create a database first.</source>
        <translation>Primero abre o crea una base de datos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="52"/>
        <location filename="../../workbench/ui/sample_loading.py" line="60"/>
        <location filename="../../workbench/ui/sample_loading.py" line="78"/>
        <location filename="../../workbench/ui/sample_loading.py" line="86"/>
        <source>Sample portfolio</source>
        <translation>Cartera de ejemplo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="54"/>
        <source>The sample portfolio only goes into an empty database, so it never mixes with your accounts. Create one with File → New database, then load it there.</source>
        <translation>La cartera de ejemplo solo se carga en una base de datos vacía, para que nunca se mezcle con tus cuentas. Crea una con Archivo → Nueva base de datos y cárgala allí.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="61"/>
        <source>Creating the sample portfolio…</source>
        <translation>Creando la cartera de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="80"/>
        <source>The sample portfolio could not be created; nothing was written.

{error}</source>
        <translation>No se pudo crear la cartera de ejemplo; no se escribió nada.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="86"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>SectionsPage</name>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="66"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="67"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="68"/>
        <source>Underline (Ctrl+U)</source>
        <translation>Subrayado (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="69"/>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="70"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/sections_page.py" line="71"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="44"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="46"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión — %n cambio en espera</numerusform>
            <numerusform>Sin conexión — %n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="48"/>
        <source>Sign in to sync</source>
        <translation>Inicia sesión para sincronizar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="50"/>
        <source>Sync failed</source>
        <translation>La sincronización falló</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="52"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="54"/>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="56"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio en espera</numerusform>
            <numerusform>%n cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="62"/>
        <source>Team server: {server}, as {user}. Click to sync now.</source>
        <translation>Servidor del equipo: {server}, como {user}. Haz clic para sincronizar ahora.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="70"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="74"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="76"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="79"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/sync_indicator.py" line="80"/>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="43"/>
        <source>Change the response-time targets</source>
        <translation>Cambiar los objetivos de tiempo de respuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="53"/>
        <source>Response-time targets</source>
        <translation>Objetivos de tiempo de respuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="56"/>
        <source>Acknowledge within</source>
        <translation>Reconocer en</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="57"/>
        <source>Resolve within</source>
        <translation>Resolver en</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="59"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="60"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/targets.py" line="61"/>
        <source>business days</source>
        <translation>días laborables</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../workbench/ui/team/team_actions.py" line="19"/>
        <source>&amp;Join a team server…</source>
        <translation>&amp;Unirse a un servidor de equipo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_actions.py" line="22"/>
        <source>S&amp;ync now</source>
        <translation>Sin&amp;cronizar ahora</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_actions.py" line="26"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_actions.py" line="29"/>
        <source>&amp;Leave the team server…</source>
        <translation>&amp;Dejar el servidor del equipo…</translation>
    </message>
</context>
<context>
    <name>TeamLoginDialog</name>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="41"/>
        <source>Join a team server</source>
        <translation>Unirse a un servidor de equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="41"/>
        <location filename="../../workbench/ui/team_login_dialog.py" line="85"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="44"/>
        <source>Your accounts are uploaded once and then kept in step with your team&apos;s. Records the team already has (same name, e-mail domain or external id) are matched, not copied twice. You keep working when the server cannot be reached: your changes wait and go out with the next sync.</source>
        <translation>Tus cuentas se suben una vez y desde entonces se mantienen al día con las de tu equipo. Los registros que el equipo ya tiene (mismo nombre, dominio de correo o id externo) se emparejan, no se copian dos veces. Sigues trabajando cuando no se llega al servidor: tus cambios esperan y salen con la siguiente sincronización.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="50"/>
        <source>Sign in to the team server to sync your changes.</source>
        <translation>Inicia sesión en el servidor del equipo para sincronizar tus cambios.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="64"/>
        <source>Remember on this computer</source>
        <translation>Recordar en este ordenador</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="66"/>
        <source>Remember on this computer (no keyring here: asked each session)</source>
        <translation>Recordar en este ordenador (aquí no hay llavero: se pide en cada sesión)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="72"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="73"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="74"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="85"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="100"/>
        <source>Give the server&apos;s address, starting with https://</source>
        <translation>Escribe la dirección del servidor, empezando por https://</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="102"/>
        <source>Give your user name on the team server.</source>
        <translation>Escribe tu nombre de usuario en el servidor del equipo.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team_login_dialog.py" line="104"/>
        <source>Give your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="202"/>
        <source>Team sync</source>
        <extracomment>come in bursts) before it sends them. The server&apos;s own words shown for at most this many changes of each kind not taken.</extracomment>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="227"/>
        <source>The team server cannot be reached. Your changes wait on this computer and go out with the next sync.</source>
        <translation>No se puede llegar al servidor del equipo. Tus cambios esperan en este ordenador y salen con la siguiente sincronización.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="237"/>
        <source>The team server did not accept the user name or password: sign in again.</source>
        <translation>El servidor del equipo no aceptó el usuario o la contraseña: vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="242"/>
        <source>This program and the team server speak different versions of the sync protocol: update the older one, then sync again.</source>
        <translation>Este programa y el servidor del equipo hablan versiones distintas del protocolo de sincronización: actualiza el más antiguo y vuelve a sincronizar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="260"/>
        <source>Too many failed sign-ins for this user: the team server lets you try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario: el servidor del equipo te deja volver a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario: el servidor del equipo te deja volver a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="266"/>
        <source>Too many failed sign-ins for this user: the team server lets you try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario: el servidor del equipo te deja volver a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos para este usuario: el servidor del equipo te deja volver a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="272"/>
        <source>Your user is disabled on the team server: ask your director.</source>
        <translation>Tu usuario está desactivado en el servidor del equipo: pregunta a tu director.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="275"/>
        <source>The team server failed (error {status}). Your changes wait on this computer and go out with the next sync.</source>
        <translation>El servidor del equipo falló (error {status}). Tus cambios esperan en este ordenador y salen con la siguiente sincronización.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="278"/>
        <source>The team server refused the sync: {reason}</source>
        <translation>El servidor del equipo rechazó la sincronización: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="302"/>
        <source>A new value</source>
        <translation>Un valor nuevo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="303"/>
        <source>{field} of {record}, for the whole team:</source>
        <translation>{field} de {record}, para todo el equipo:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="337"/>
        <location filename="../../workbench/ui/team/team_sync.py" line="408"/>
        <location filename="../../workbench/ui/team/team_sync.py" line="415"/>
        <source>Join a team server</source>
        <translation>Unirse a un servidor de equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="338"/>
        <source>Joining the team at {server}…</source>
        <translation>Uniéndose al equipo en {server}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="354"/>
        <source>%n of your changes were not taken: what they change is no longer yours on the team (an account reassigned or unshared meanwhile).</source>
        <translation>
            <numerusform>%n de tus cambios no se ha aceptado: lo que cambia ya no es tuyo en el equipo (una cuenta reasignada o que dejó de compartirse entretanto).</numerusform>
            <numerusform>%n de tus cambios no se han aceptado: lo que cambian ya no es tuyo en el equipo (una cuenta reasignada o que dejó de compartirse entretanto).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="363"/>
        <source>%n of your changes broke a rule of the team&apos;s book and were not taken (a name or code the team already uses, say).</source>
        <translation>
            <numerusform>%n de tus cambios incumple una regla del libro del equipo y no se ha aceptado (un nombre o código que el equipo ya usa, por ejemplo).</numerusform>
            <numerusform>%n de tus cambios incumplen una regla del libro del equipo y no se han aceptado (un nombre o código que el equipo ya usa, por ejemplo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="372"/>
        <source>%n of the team&apos;s changes were not taken here: they clash with records of this computer.</source>
        <translation>
            <numerusform>%n cambio del equipo no se ha aplicado aquí: choca con registros de este ordenador.</numerusform>
            <numerusform>%n cambios del equipo no se han aplicado aquí: chocan con registros de este ordenador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="391"/>
        <source>This book is now in the team at {server}.</source>
        <translation>Esta cartera ya está en el equipo de {server}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="394"/>
        <source>Sent: {up} · received: {down}.</source>
        <translation>Enviados: {up} · recibidos: {down}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="401"/>
        <source>Matched: {label} was already the team&apos;s ({reason}).</source>
        <translation>Emparejado: {label} ya era del equipo ({reason}).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="406"/>
        <source>Kept on this computer only: {what}</source>
        <translation>Solo en este ordenador: {what}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="427"/>
        <source>Leave the team server</source>
        <translation>Dejar el servidor del equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/team/team_sync.py" line="429"/>
        <source>This computer stops syncing with {server}. Every record stays here as your own copy; the team keeps its own. Changes not sent yet ({waiting}) stay here only. Leave the team?</source>
        <translation>Este ordenador deja de sincronizar con {server}. Todos los registros se quedan aquí como tu propia copia; el equipo conserva la suya. Los cambios aún no enviados ({waiting}) se quedan solo aquí. ¿Dejar el equipo?</translation>
    </message>
</context>
<context>
    <name>UpcomingList</name>
    <message>
        <location filename="../../workbench/ui/calendar/upcoming.py" line="50"/>
        <source>No meetings in the next 7 days.</source>
        <extracomment>Default minutes before a meeting starts at which the reminder appears.</extracomment>
        <translation>No hay reuniones en los próximos 7 días.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="36"/>
        <source>Your book of accounts starts here</source>
        <translation>Tu cartera de clientes empieza aquí</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="40"/>
        <source>This database is empty. Explore Account Workbench with a realistic sample portfolio — 40 accounts across eight sectors and twelve countries, with contacts, meetings, revenue, NPS surveys, incidents and proposals — or bring in your own data.</source>
        <translation>Esta base de datos está vacía. Explora Account Workbench con una cartera de ejemplo realista — 40 cuentas de ocho sectores y doce países, con contactos, reuniones, ingresos, encuestas NPS, incidencias y propuestas — o trae tus propios datos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="53"/>
        <source>Load sample portfolio</source>
        <translation>Cargar cartera de ejemplo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="56"/>
        <source>Import a Workbench database…</source>
        <translation>Importar una base de datos de Workbench…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="65"/>
        <source>40 realistic accounts to explore every tab; delete the file when done.</source>
        <translation>40 cuentas realistas para explorar todas las pestañas; borra el archivo al terminar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="66"/>
        <source>Bring in the accounts of another Account Workbench database or backup file.</source>
        <translation>Trae las cuentas de otra base de datos o copia de seguridad de Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="67"/>
        <source>Work on another database file.</source>
        <translation>Trabaja con otro archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/welcome.py" line="58"/>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <location filename="../../workbench/services/accounts.py" line="381"/>
        <source>no account is called {name}</source>
        <extracomment>Accounts named when a name matches several: enough to see how to be more precise.</extracomment>
        <translation>ninguna cuenta se llama {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="385"/>
        <source>{name} matches {count} accounts ({names}); be more precise</source>
        <translation>{name} coincide con {count} cuentas ({names}); sé más preciso</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_shares.py" line="44"/>
        <source>no colleague is called {name}</source>
        <translation>ningún compañero se llama {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_shares.py" line="67"/>
        <source>{name} owns {account}: it is theirs already</source>
        <translation>{account} es de {name}: ya es suya</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../workbench/services/archive.py" line="153"/>
        <source>{file} is damaged: {details}</source>
        <extracomment>The archive layout this version writes; a larger one is refused as &quot;newer&quot;. Unpacked size an archive may hold in all: a guard against ZIP bombs. The stress portfolio (10,000 accounts, 2 million rows) takes 330 MB unpacked, 31 MB packed. What reading a hostile ZIP may raise besides our own checks.</extracomment>
        <translation>{file} está dañado: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="227"/>
        <location filename="../../workbench/services/archive.py" line="378"/>
        <source>{file} does not exist.</source>
        <extracomment>What writing an archive, or restoring one, can meet besides a refusal.</extracomment>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="232"/>
        <source>An archive cannot overwrite the database it copies.</source>
        <translation>Un archivo no puede sobrescribir la base de datos que copia.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="249"/>
        <source>The archive could not be written: {details}</source>
        <translation>No se pudo escribir el archivo: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="262"/>
        <source>{file} is not a database ({details}).</source>
        <translation>{file} no es una base de datos ({details}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="269"/>
        <source>{file} is not an Account Workbench database.</source>
        <translation>{file} no es una base de datos de Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="274"/>
        <source>{file} was written by a newer version of Account Workbench (schema {schema}).</source>
        <translation>{file} lo escribió una versión más reciente de Account Workbench (esquema {schema}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="595"/>
        <source>{file} has a schema revision this version does not know ({schema}).</source>
        <translation>{file} tiene una revisión de esquema que esta versión no conoce ({schema}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="322"/>
        <source>{file} is too large for an archive (more than {limit} GiB of text); write a backup instead.</source>
        <translation>{file} es demasiado grande para un archivo (más de {limit} GiB de texto); haga una copia de seguridad en su lugar.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="383"/>
        <source>{file} is not an archive (not a ZIP file).</source>
        <translation>{file} no es un archivo de exportación (no es un ZIP).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="395"/>
        <location filename="../../workbench/services/archive.py" line="413"/>
        <source>{file} is not an Account Workbench archive.</source>
        <translation>{file} no es un archivo de exportación de Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="425"/>
        <source>{file} is too large to restore (more than {limit} GiB unpacked).</source>
        <translation>{file} es demasiado grande para restaurarlo (más de {limit} GiB descomprimido).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="440"/>
        <source>{file} was written by a newer version of Account Workbench (archive format {version}); install that version to restore it.</source>
        <translation>{file} lo escribió una versión más reciente de Account Workbench (formato de archivo {version}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="453"/>
        <source>{file} was written by a newer version of Account Workbench (schema {schema}); install that version to restore it.</source>
        <translation>{file} lo escribió una versión más reciente de Account Workbench (esquema {schema}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="605"/>
        <source>{file} holds values this version cannot use (table {table}: {details}).</source>
        <translation>{file} contiene valores que esta versión no puede usar (tabla {table}: {details}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="616"/>
        <source>{file} holds rows this database refuses (table {table}: {details}).</source>
        <translation>{file} contiene filas que esta base de datos rechaza (tabla {table}: {details}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/archive.py" line="666"/>
        <location filename="../../workbench/services/archive.py" line="771"/>
        <source>The archive could not be restored: {details}</source>
        <translation>No se pudo restaurar el archivo: {details}</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../workbench/services/backup.py" line="175"/>
        <location filename="../../workbench/services/backup.py" line="209"/>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="177"/>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="182"/>
        <source>{file} is damaged: {details}</source>
        <translation>{file} está dañado: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="189"/>
        <source>{file} is not an Account Workbench database.</source>
        <translation>{file} no es una base de datos de Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="198"/>
        <source>{file} is not a database ({details}).</source>
        <translation>{file} no es una base de datos ({details}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="128"/>
        <source>{file} was written by a newer version of Account Workbench (schema {schema}); install that version to restore it.</source>
        <extracomment>Every schema revision this version ships, oldest first (a test keeps it equal to the migration scripts, so a new migration cannot forget to say which tables it adds). The search index: an FTS5 table and the shadow tables SQLite keeps for it. Tables a revision after the first creates (every other model table dates from &quot;0001&quot;).</extracomment>
        <translation>{file} lo escribió una versión más reciente de Account Workbench (esquema {schema}); instale esa versión para restaurarlo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="138"/>
        <source>{file} does not say which schema revision it has.</source>
        <translation>{file} no indica qué revisión de esquema tiene.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="144"/>
        <source>{file} has a schema revision this version does not know ({schema}).</source>
        <translation>{file} tiene una revisión de esquema que esta versión no conoce ({schema}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="153"/>
        <source>{file} is incomplete: table {table} of schema {schema} is missing.</source>
        <translation>{file} está incompleto: falta la tabla {table} del esquema {schema}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="213"/>
        <source>A backup cannot overwrite the database it copies.</source>
        <translation>Una copia de seguridad no puede sobrescribir la base de datos que copia.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="223"/>
        <source>The backup could not be written: {details}</source>
        <translation>No se pudo escribir la copia de seguridad: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/backup.py" line="300"/>
        <source>The backup could not be restored: {details}</source>
        <translation>No se pudo restaurar la copia de seguridad: {details}</translation>
    </message>
</context>
<context>
    <name>clientReport</name>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="207"/>
        <source>en</source>
        <comment>ISO 639-1 code of this language; sets how numbers and dates are written</comment>
        <extracomment>The KPIs of the deck&apos;s summary, in order. Cost, profit and margin are ours, not the client&apos;s, so they stay in the workbook; pipeline and open incidents are &quot;as of now&quot; and have no previous quarter to compare with. Drawn this size (inches) and shown a little larger on the slide, so the charts&apos; small print reads from the back of a room.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="212"/>
        <source>Client report</source>
        <translation>Informe para el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="213"/>
        <source>Q{quarter} {year}</source>
        <translation>T{quarter} {year}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="214"/>
        <source>{sector} · {tier} account · amounts in {currency}</source>
        <translation>{sector} · cuenta {tier} · importes en {currency}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="215"/>
        <source>Prepared by {name} on {date}</source>
        <translation>Preparado por {name} el {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="216"/>
        <source>Account manager: {name}</source>
        <translation>Gestor de la cuenta: {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="217"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="218"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="219"/>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="220"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="221"/>
        <source>Amounts in {currency}. A figure that cannot be computed shows — and the reason.</source>
        <translation>Importes en {currency}. Una cifra que no se puede calcular se muestra como — con el motivo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="226"/>
        <location filename="../../workbench/services/report_labels.py" line="316"/>
        <location filename="../../workbench/services/report_labels.py" line="371"/>
        <source>Revenue</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="227"/>
        <source>Growth on the same quarter last year</source>
        <translation>Crecimiento sobre el mismo trimestre del año anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="228"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="229"/>
        <source>Gross revenue retention</source>
        <translation>Retención bruta de ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="230"/>
        <source>Net revenue retention</source>
        <translation>Retención neta de ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="231"/>
        <source>Agreed KPIs on target</source>
        <translation>KPI acordados en objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="232"/>
        <location filename="../../workbench/services/report_labels.py" line="319"/>
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="233"/>
        <location filename="../../workbench/services/report_labels.py" line="320"/>
        <source>Margin</source>
        <translation>Margen</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="234"/>
        <source>Incidents acknowledged on time</source>
        <translation>Incidencias reconocidas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="235"/>
        <source>Incidents resolved on time</source>
        <translation>Incidencias resueltas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="237"/>
        <source>{count} responses</source>
        <translation>{count} respuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="238"/>
        <source>{met} of {measured} measurements on target</source>
        <translation>{met} de {measured} mediciones en objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="241"/>
        <source>{met} of {subject} incidents on time</source>
        <translation>{met} de {subject} incidencias a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="242"/>
        <source>Trends</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="243"/>
        <source>Revenue by quarter</source>
        <translation>Facturación por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="244"/>
        <source>NPS by quarter</source>
        <translation>NPS por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="245"/>
        <source>Agreed KPIs on target, {quarter}</source>
        <translation>KPI acordados en objetivo, {quarter}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="246"/>
        <source>No revenue recorded in these quarters.</source>
        <translation>Sin facturación registrada en estos trimestres.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="247"/>
        <source>No survey responses in these quarters.</source>
        <translation>Sin respuestas a encuestas en estos trimestres.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="248"/>
        <source>No agreed-KPI measurements in the quarter.</source>
        <translation>Sin mediciones de KPI acordados en el trimestre.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="249"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="250"/>
        <source>The eight quarters up to {quarter}; the percentages over the bars are the growth on the previous quarter.</source>
        <translation>Los ocho trimestres hasta {quarter}; los porcentajes sobre las barras son el crecimiento sobre el trimestre anterior.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="255"/>
        <source>Bar chart of the revenue of each quarter</source>
        <translation>Gráfico de barras de la facturación de cada trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="256"/>
        <source>Line chart of the NPS of each quarter</source>
        <translation>Gráfico de líneas del NPS de cada trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="257"/>
        <source>Bar chart of each agreed KPI&apos;s share on target</source>
        <translation>Gráfico de barras del porcentaje en objetivo de cada KPI acordado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="258"/>
        <source>No data yet</source>
        <translation>Aún sin datos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="259"/>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="260"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="261"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="262"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="263"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="265"/>
        <location filename="../../workbench/services/report_labels.py" line="322"/>
        <location filename="../../workbench/services/report_labels.py" line="372"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="266"/>
        <source>Revenue trend</source>
        <translation>Tendencia de facturación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="267"/>
        <location filename="../../workbench/services/report_labels.py" line="374"/>
        <source>Agreed KPIs</source>
        <translation>KPI acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="268"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="269"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="270"/>
        <location filename="../../workbench/services/report_labels.py" line="356"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="272"/>
        <source>Open incidents and actions</source>
        <translation>Incidencias y acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="273"/>
        <source>Open incidents ({count})</source>
        <translation>Incidencias abiertas ({count})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="274"/>
        <source>Open actions ({count})</source>
        <translation>Acciones abiertas ({count})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="275"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="276"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="277"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="278"/>
        <location filename="../../workbench/services/report_labels.py" line="337"/>
        <source>Reported</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="279"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="280"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="281"/>
        <source>No open incidents.</source>
        <translation>No hay incidencias abiertas.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="282"/>
        <source>No open actions.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="283"/>
        <source>As of {date}. Due dates in red have passed.</source>
        <translation>A {date}. Las fechas en rojo ya han vencido.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="284"/>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="285"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="286"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="287"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="288"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="290"/>
        <source>Overdue action</source>
        <translation>Acción vencida</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="291"/>
        <source>Renewal to settle</source>
        <translation>Renovación pendiente</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="292"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="293"/>
        <source>Critical incident</source>
        <translation>Incidencia crítica</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="296"/>
        <source>Was due {date}</source>
        <translation>Vencía el {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="297"/>
        <source>Notice by {date}</source>
        <translation>Preaviso antes del {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="298"/>
        <source>On {date}</source>
        <translation>El {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="299"/>
        <source>Reported {date}</source>
        <translation>Notificada el {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="301"/>
        <source>Nothing pressing: no overdue actions, renewals to settle, meetings or critical incidents.</source>
        <translation>Nada urgente: ni acciones vencidas, ni renovaciones pendientes, ni reuniones, ni incidencias críticas.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="306"/>
        <source>Next renewal: {title}, ends {date} ({status}).</source>
        <translation>Próxima renovación: {title}, vence el {date} ({status}).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="307"/>
        <source>No contract renewal ahead.</source>
        <translation>No hay renovaciones de contrato próximas.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="308"/>
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="309"/>
        <source>{page} / {pages}</source>
        <translation>{page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="310"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="311"/>
        <source>pp</source>
        <translation>p. p.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="312"/>
        <source>Client report: {account}, {quarter}</source>
        <translation>Informe para el cliente: {account}, {quarter}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="313"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="314"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="315"/>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="317"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="318"/>
        <source>Compensations</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="321"/>
        <source>Growth on the previous quarter</source>
        <translation>Crecimiento sobre el trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="323"/>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="324"/>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="325"/>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="326"/>
        <source>Revenue a year before</source>
        <translation>Facturación un año antes</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="327"/>
        <source>Expansion</source>
        <translation>Expansión</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="328"/>
        <source>Contraction</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="329"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="330"/>
        <source>Agreed KPIs in {quarter}</source>
        <translation>KPI acordados en {quarter}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="331"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="332"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="333"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="334"/>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="335"/>
        <source>On target</source>
        <translation>En objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="336"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="338"/>
        <source>Acknowledged on time</source>
        <translation>Reconocidas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="339"/>
        <source>Due for acknowledgement</source>
        <translation>Sujetas a reconocimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="340"/>
        <source>Resolved on time</source>
        <translation>Resueltas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="341"/>
        <source>Due for resolution</source>
        <translation>Sujetas a resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="342"/>
        <source>Open incidents as of {date}</source>
        <translation>Incidencias abiertas a {date}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="343"/>
        <source>Reported ({zone})</source>
        <translation>Notificada ({zone})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="344"/>
        <source>Age (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="345"/>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="346"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="347"/>
        <source>Meetings in the next 30 days</source>
        <translation>Reuniones en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="348"/>
        <source>Starts ({zone})</source>
        <translation>Empieza ({zone})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="349"/>
        <source>Ends ({zone})</source>
        <translation>Termina ({zone})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="350"/>
        <source>Contracts ending in the next 180 days</source>
        <translation>Contratos que vencen en los próximos 180 días</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="351"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="352"/>
        <source>Ends on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="353"/>
        <source>Notice by</source>
        <translation>Preaviso antes del</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="354"/>
        <source>Annual value</source>
        <translation>Valor anual</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="355"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="357"/>
        <source>No meetings planned.</source>
        <translation>No hay reuniones previstas.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="358"/>
        <source>No contract ends in the next 180 days.</source>
        <translation>Ningún contrato vence en los próximos 180 días.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="359"/>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="360"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="361"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="362"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="363"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="364"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="365"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="366"/>
        <source>Health score</source>
        <translation>Puntuación de salud</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="367"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="368"/>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="369"/>
        <source>Health score factors</source>
        <translation>Factores de la puntuación de salud</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="370"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="373"/>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="375"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/services/report_labels.py" line="376"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>dashboardCharts</name>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="17"/>
        <source>Revenue by quarter ({currency})</source>
        <translation>Ingresos por trimestre ({currency})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="20"/>
        <source>Revenue by sector and tier, {period} ({currency})</source>
        <translation>Ingresos por sector y nivel, {period} ({currency})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="23"/>
        <source>Survey answers by score, {period}</source>
        <translation>Respuestas por puntuación, {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="26"/>
        <source>Accounts by health band</source>
        <translation>Cuentas por banda de salud</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="27"/>
        <source>Renewals by month ({currency})</source>
        <translation>Renovaciones por mes ({currency})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="30"/>
        <source>No revenue recorded in these quarters.</source>
        <translation>No hay ingresos registrados en estos trimestres.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="33"/>
        <source>No revenue recorded in {period}.</source>
        <translation>No hay ingresos registrados en {period}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="36"/>
        <source>No survey answers in {period}.</source>
        <translation>No hay respuestas de encuesta en {period}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="37"/>
        <source>No health history yet: it is kept from this month on.</source>
        <translation>Aún no hay historial de salud: se guarda desde este mes.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="40"/>
        <source>No contract ends in the next 12 months.</source>
        <translation>Ningún contrato vence en los próximos 12 meses.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="43"/>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="44"/>
        <source>Passives</source>
        <translation>Pasivos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="45"/>
        <source>Promoters</source>
        <translation>Promotores</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="46"/>
        <source>Secured</source>
        <translation>Aseguradas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="47"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="48"/>
        <source>Not renewing</source>
        <translation>No se renuevan</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="49"/>
        <source>No exchange rate for {currencies}: their amounts are left out.</source>
        <translation>Sin tipo de cambio para {currencies}: sus importes no se suman.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="58"/>
        <source>{year} Q{quarter}</source>
        <translation>{quarter}T {year}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/chart_labels.py" line="59"/>
        <source>Q{quarter}
&apos;{yy}</source>
        <translation>{quarter}T
&apos;{yy}</translation>
    </message>
</context>
<context>
    <name>dashboardTiles</name>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="34"/>
        <source>Revenue</source>
        <extracomment>Tile order, and the title and definition (tooltip) of each.</extracomment>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="35"/>
        <source>Revenue billed in the quarter, converted to the reporting currency. Growth is (this quarter − previous) / previous, quarter on quarter and year on year.</source>
        <translation>Ingresos facturados en el trimestre, convertidos a la moneda de los informes. El crecimiento es (este trimestre − anterior) / anterior, sobre el trimestre anterior y sobre el mismo trimestre del año anterior.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="43"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="44"/>
        <source>% promoters (9–10) − % detractors (0–6) over the quarter&apos;s survey responses.</source>
        <translation>% de promotores (9–10) − % de detractores (0–6) sobre las respuestas de encuesta del trimestre.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="51"/>
        <source>Customer retention</source>
        <translation>Retención de clientes</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="52"/>
        <source>Customers at the start of the year to this quarter&apos;s end who are still customers at its end: (E − N) / S. Revenue retention compares this quarter with the same quarter a year ago, over the accounts that had revenue then: gross (churn and contraction only, never above 100 %) and net (with expansion).</source>
        <translation>Clientes al inicio del año que termina con este trimestre que siguen siéndolo al final: (E − N) / S. La retención de ingresos compara este trimestre con el mismo del año anterior, sobre las cuentas que tenían ingresos entonces: bruta (solo bajas y reducciones, nunca más del 100 %) y neta (con ampliaciones).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="62"/>
        <source>Agreed-KPI compliance</source>
        <translation>Cumplimiento de KPI acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="63"/>
        <source>Share of the quarter&apos;s measurements of client-agreed KPIs that meet their target (at least / at most).</source>
        <translation>Porcentaje de las mediciones del trimestre de los KPI acordados con el cliente que cumplen su objetivo (como mínimo / como máximo).</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="71"/>
        <source>Profitability</source>
        <translation>Rentabilidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="72"/>
        <source>Revenue − cost − compensations granted in the quarter, and the margin.</source>
        <translation>Ingresos − coste − compensaciones concedidas en el trimestre, y el margen.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="79"/>
        <source>Pipeline</source>
        <translation>Cartera de oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="80"/>
        <source>Open opportunities today, each weighted by its probability.</source>
        <translation>Oportunidades abiertas hoy, cada una ponderada por su probabilidad.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="86"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="87"/>
        <source>Incidents open today, and how many were reported in the quarter.</source>
        <translation>Incidencias abiertas hoy, y cuántas se notificaron en el trimestre.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="93"/>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="94"/>
        <source>Incidents reported in the quarter acknowledged and resolved within their severity&apos;s target; one still open past its target counts as missed.</source>
        <translation>Incidencias notificadas en el trimestre reconocidas y resueltas dentro del objetivo de su gravedad; una aún abierta pasado su objetivo cuenta como incumplida.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="156"/>
        <source>{growth} on {period}</source>
        <extracomment>The trend line (&quot;▲ +4.2 % on 2026 Q2&quot;), or why the KPI is undefined. Colour of the trend: better, worse or neither.</extracomment>
        <translation>{growth} sobre {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="163"/>
        <source>{growth} year on year</source>
        <translation>{growth} interanual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="177"/>
        <source>{delta} on {period}</source>
        <translation>{delta} sobre {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="181"/>
        <source>No responses in {period} to compare</source>
        <translation>Sin respuestas en {period} con que comparar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="185"/>
        <source>{n} responses</source>
        <translation>{n} respuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="194"/>
        <source>Revenue retention: gross {grr}, net {nrr}</source>
        <translation>Retención de ingresos: bruta {grr}, neta {nrr}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="204"/>
        <source>{kept} of {start} customers kept, {gained} gained</source>
        <translation>{kept} de {start} clientes conservados, {gained} ganados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="217"/>
        <source>{delta} points on {period}</source>
        <translation>{delta} puntos sobre {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="221"/>
        <source>No measurements in {period} to compare</source>
        <translation>Sin mediciones en {period} con que comparar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="225"/>
        <source>{met} of {measured} measurements on target</source>
        <translation>{met} de {measured} mediciones en objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="241"/>
        <source>Margin {margin} ({delta} points on {period})</source>
        <translation>Margen {margin} ({delta} puntos sobre {period})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="249"/>
        <source>Margin {margin}</source>
        <translation>Margen {margin}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="253"/>
        <source>Compensations {amount}</source>
        <translation>Compensaciones {amount}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="261"/>
        <source>{n} open opportunities</source>
        <translation>{n} oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="265"/>
        <source>Weighted by probability, as of today</source>
        <translation>Ponderadas por probabilidad, a día de hoy</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="273"/>
        <source>{reported} reported in the quarter ({delta} on {period})</source>
        <translation>{reported} notificadas en el trimestre ({delta} sobre {period})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="277"/>
        <source>{critical} critical</source>
        <translation>{critical} críticas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="286"/>
        <source>acknowledged on time</source>
        <translation>reconocidas a tiempo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="290"/>
        <source>Resolved on time: {share}</source>
        <translation>Resueltas a tiempo: {share}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tiles.py" line="353"/>
        <source>Click to see these accounts in the Portfolio.</source>
        <translation>Haga clic para ver estas cuentas en la Cartera.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../workbench/store/errors.py" line="17"/>
        <source>{field} must not be empty.</source>
        <translation>{field} no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="18"/>
        <source>{field} is out of its allowed range.</source>
        <translation>{field} está fuera del rango permitido.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="19"/>
        <source>{field} must not be negative.</source>
        <translation>{field} no puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="20"/>
        <source>{field} must be greater than zero.</source>
        <translation>{field} debe ser mayor que cero.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="21"/>
        <source>The end must come after the start.</source>
        <translation>El final debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="22"/>
        <source>{field} must be an ISO code.</source>
        <translation>{field} debe ser un código ISO.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="36"/>
        <source>A value breaks the rule {rule!r}.</source>
        <translation>Un valor incumple la regla {rule!r}.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="42"/>
        <source>Another record already has the same {columns}.</source>
        <translation>Ya existe otro registro con el mismo valor en {columns}.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="48"/>
        <source>The record refers to something that does not exist (or is still referred to).</source>
        <translation>El registro hace referencia a algo que no existe (o que todavía está referenciado).</translation>
    </message>
    <message>
        <location filename="../../workbench/store/errors.py" line="56"/>
        <source>{column} is required.</source>
        <translation>{column} es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="39"/>
        <source>The database is busy: another program kept it locked for too long ({details}). Try again when it has finished; nothing was changed.</source>
        <translation>La base de datos está ocupada: otro programa la ha tenido bloqueada demasiado tiempo ({details}). Inténtelo de nuevo cuando haya terminado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="44"/>
        <source>The disk is full: the change was not saved and the database is as it was before. Free some space and try again.</source>
        <translation>El disco está lleno: el cambio no se ha guardado y la base de datos está como estaba. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="49"/>
        <source>The database or its folder is read-only ({details}); nothing was changed. Check the file&apos;s permissions or choose another location.</source>
        <translation>La base de datos o su carpeta es de solo lectura ({details}); no se ha cambiado nada. Compruebe los permisos del archivo o elija otra ubicación.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="54"/>
        <source>The database file is damaged ({details}). Run `workbench check` for details and restore the latest backup (File → Restore from a backup…).</source>
        <translation>El archivo de la base de datos está dañado ({details}). Ejecute `workbench check` para ver los detalles y restaure la última copia de seguridad (Archivo → Restaurar una copia de seguridad…).</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="60"/>
        <source>The disk is full: nothing was written to {folder}, and a file that was there is as it was. Free some space and try again.</source>
        <translation>El disco está lleno: no se ha escrito nada en {folder} y el archivo que hubiera allí está como estaba. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="65"/>
        <source>Nothing could be written to {folder} ({details}): it is read-only or not yours. Choose another folder.</source>
        <translation>No se ha podido escribir nada en {folder} ({details}): es de solo lectura o no es suya. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/failures.py" line="167"/>
        <source>The database is busy: {holders} kept it locked for {seconds} s. Try again when it has finished; nothing was changed.</source>
        <translation>La base de datos está ocupada: {holders} la ha tenido bloqueada durante {seconds} s. Inténtelo de nuevo cuando haya terminado; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/file_lock.py" line="104"/>
        <source>{file} is being replaced by {holders} and could not be opened; try again when it has finished.</source>
        <translation>{file} está siendo sustituido por {holders} y no se ha podido abrir; inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/file_lock.py" line="130"/>
        <source>{file} is in use by {holders}; close it there first. Nothing was changed.</source>
        <translation>{file} está en uso por {holders}; ciérrelo allí primero. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <location filename="../../workbench/cli/store.py" line="71"/>
        <source>Cancelled at the passphrase prompt; nothing was changed.</source>
        <extracomment>Wrong passphrases typed at the prompt before the command gives up. Seconds a writing command waits for another program&apos;s write lock ($WORKBENCH_BUSY_WAIT).</extracomment>
        <translation>Cancelado al pedir la frase de contraseña; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/store.py" line="92"/>
        <source>{file} is encrypted: give its passphrase at the prompt or in $WORKBENCH_PASSPHRASE.</source>
        <translation>{file} está cifrado: indique su frase de contraseña cuando se le pida o en $WORKBENCH_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/encryption.py" line="54"/>
        <source>{file} is already encrypted.</source>
        <extracomment>Unencrypted copies of the database still in ``backups/`` (to offer removing).</extracomment>
        <translation>{file} ya está cifrado.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/encryption.py" line="115"/>
        <source>{file} is not encrypted.</source>
        <translation>{file} no está cifrado.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/encryption.py" line="128"/>
        <source>{file} does not exist or is empty.</source>
        <translation>{file} no existe o está vacío.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/encryption.py" line="165"/>
        <source>The rewritten copy of {file} did not match the original; the database was left as it was.</source>
        <translation>La copia reescrita de {file} no coincide con el original; la base de datos sigue como estaba.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="58"/>
        <source>Encryption needs the sqlcipher3 package, which is not installed.</source>
        <translation>Para cifrar hace falta el paquete sqlcipher3, que no está instalado.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="95"/>
        <source>The passphrase must not be empty.</source>
        <extracomment>The exception bases of both drivers (``sqlite3.Error`` is not ``sqlcipher3.Error``). The same, and ``OSError``: what reading or writing a database file can raise.</extracomment>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="115"/>
        <source>The two passphrases are not the same.</source>
        <extracomment>The shortest passphrase accepted for encrypting (an existing one is never refused).</extracomment>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="119"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>La frase de contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="205"/>
        <source>The passphrase does not open {file}; nothing was changed.</source>
        <translation>La frase de contraseña no abre {file}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/store/cipher.py" line="259"/>
        <source>{file} is encrypted: its passphrase is needed.</source>
        <translation>{file} está cifrado: hace falta su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../workbench/cli/encryption.py" line="73"/>
        <source>No terminal to ask the new passphrase on: set ${variable}.</source>
        <translation>No hay un terminal en el que pedir la nueva frase de contraseña: defina ${variable}.</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="16"/>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="17"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="18"/>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="19"/>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="20"/>
        <source>Manufacturing</source>
        <translation>Manufactura</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="21"/>
        <source>Telecom</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="22"/>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="23"/>
        <source>Pharma</source>
        <translation>Farmacéutica</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="24"/>
        <location filename="../../workbench/domain/enum_names.py" line="109"/>
        <location filename="../../workbench/domain/enum_names.py" line="120"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="25"/>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="26"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="27"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="28"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="29"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="30"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="31"/>
        <source>Churned</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="32"/>
        <source>Account management</source>
        <translation>Gestión de cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="33"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="34"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="35"/>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="36"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="37"/>
        <source>Finance team</source>
        <translation>Finanzas (equipo)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="38"/>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="39"/>
        <source>Economic buyer</source>
        <translation>Comprador económico</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="40"/>
        <source>Influencer</source>
        <translation>Influenciador</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="41"/>
        <source>Champion</source>
        <translation>Promotor interno</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="42"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="43"/>
        <source>Gatekeeper</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="44"/>
        <location filename="../../workbench/domain/enum_names.py" line="50"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="45"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="46"/>
        <location filename="../../workbench/domain/enum_names.py" line="52"/>
        <location filename="../../workbench/domain/enum_names.py" line="111"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="47"/>
        <location filename="../../workbench/domain/enum_names.py" line="110"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="48"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="49"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="51"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="53"/>
        <source>New business</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="54"/>
        <source>Cross-sell</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="55"/>
        <source>Upsell</source>
        <translation>Venta adicional</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="56"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="57"/>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="58"/>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="59"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="60"/>
        <location filename="../../workbench/domain/enum_names.py" line="107"/>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="61"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="62"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="63"/>
        <source>Not due</source>
        <translation>No vence aún</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="64"/>
        <source>In negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="65"/>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="66"/>
        <source>Renews automatically</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="67"/>
        <source>Not renewing</source>
        <translation>No se renueva</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="68"/>
        <source>At least</source>
        <translation>Como mínimo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="69"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="70"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="71"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="72"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="73"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="74"/>
        <source>Market trend</source>
        <translation>Tendencia de mercado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="75"/>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="76"/>
        <location filename="../../workbench/domain/enum_names.py" line="95"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="77"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="78"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="79"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="80"/>
        <location filename="../../workbench/services/history.py" line="257"/>
        <source>Created</source>
        <extracomment>How a created or deleted record&apos;s line starts (the enum names, context &quot;enums&quot;).</extracomment>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="81"/>
        <location filename="../../workbench/services/history.py" line="258"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="82"/>
        <location filename="../../workbench/services/history.py" line="259"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="83"/>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="84"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="85"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="86"/>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="87"/>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="88"/>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="89"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="90"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="91"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="92"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="93"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="94"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="96"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="97"/>
        <source>Mitigating</source>
        <translation>En mitigación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="98"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="99"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="100"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="101"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="102"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="103"/>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="104"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="105"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="106"/>
        <source>QBR</source>
        <translation>Revisión trimestral (QBR)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="108"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="112"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="113"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="114"/>
        <source>Delivery delay</source>
        <translation>Retraso en la entrega</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="115"/>
        <source>Contractual misunderstanding</source>
        <translation>Malentendido contractual</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="116"/>
        <source>Communication breakdown</source>
        <translation>Ruptura de la comunicación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="117"/>
        <source>Requirement change</source>
        <translation>Cambio de requisitos</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="118"/>
        <source>Budget misalignment</source>
        <translation>Presupuesto no alineado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="119"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="121"/>
        <source>Discount on next order</source>
        <translation>Descuento en el próximo pedido</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="122"/>
        <source>Free service</source>
        <translation>Servicio gratuito</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="123"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="124"/>
        <source>Partial delivery</source>
        <translation>Entrega parcial</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="125"/>
        <source>Account manager</source>
        <translation>Gestor de cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="126"/>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="127"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="128"/>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="129"/>
        <source>Understanding of your needs</source>
        <translation>Comprensión de sus necesidades</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="130"/>
        <source>Proposed solution</source>
        <translation>Solución propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="131"/>
        <source>Implementation plan</source>
        <translation>Plan de implementación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="132"/>
        <source>Commercial terms</source>
        <translation>Condiciones comerciales</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/enum_names.py" line="133"/>
        <source>Other section</source>
        <translation>Otra sección</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="10"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="11"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="12"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="13"/>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="14"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="15"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="16"/>
        <source>Action items</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="17"/>
        <source>Revenue by quarter</source>
        <translation>Ingresos por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/export_kinds.py" line="18"/>
        <source>Survey responses</source>
        <translation>Respuestas de encuesta</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="89"/>
        <location filename="../../workbench/services/account_records.py" line="182"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="105"/>
        <location filename="../../workbench/services/account_records.py" line="183"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="130"/>
        <source>Playbook response</source>
        <translation>Respuesta del protocolo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="131"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="133"/>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="134"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="135"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="136"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="137"/>
        <source>Renewal status</source>
        <translation>Estado de renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="138"/>
        <source>Reported at</source>
        <translation>Notificada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="139"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="140"/>
        <source>Resolved at</source>
        <translation>Resuelta el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="141"/>
        <source>Responded on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="142"/>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="143"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="144"/>
        <location filename="../../workbench/services/account_records.py" line="184"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="75"/>
        <location filename="../../workbench/services/account_records.py" line="187"/>
        <source>Decision role</source>
        <translation>Rol en la decisión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="132"/>
        <location filename="../../workbench/services/account_records.py" line="193"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="104"/>
        <location filename="../../workbench/services/account_records.py" line="197"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="44"/>
        <source>Account</source>
        <extracomment>Each field (a column of a record table), as the history shows it.</extracomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="45"/>
        <source>Acknowledged at</source>
        <translation>Confirmada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="46"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="47"/>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="48"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="49"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="51"/>
        <source>Annual benefit</source>
        <translation>Beneficio anual</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="53"/>
        <source>Archived at</source>
        <translation>Archivada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="54"/>
        <location filename="../../workbench/domain/record_labels.py" line="55"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="56"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="57"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="58"/>
        <source>Changed at</source>
        <translation>Cambiado el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="60"/>
        <source>Client communication</source>
        <translation>Comunicación al cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="61"/>
        <source>Client impact</source>
        <translation>Impacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="63"/>
        <source>Closed at</source>
        <translation>Cerrada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="64"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="65"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="66"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="69"/>
        <source>Completed at</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="71"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="72"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="73"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="74"/>
        <source>Decided at</source>
        <translation>Decidida el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="76"/>
        <source>Deliverables</source>
        <translation>Entregables</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="79"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="80"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="81"/>
        <source>Discount rate</source>
        <translation>Tasa de descuento</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="82"/>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="83"/>
        <location filename="../../workbench/services/account_records.py" line="198"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="85"/>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="86"/>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="88"/>
        <source>Id in the other system</source>
        <translation>Id en el otro sistema</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="90"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="91"/>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="92"/>
        <source>Granted on</source>
        <translation>Concedida el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="93"/>
        <source>Horizon (years)</source>
        <translation>Horizonte (años)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="94"/>
        <source>Calendar id</source>
        <translation>Id de calendario</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="95"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="96"/>
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="97"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="98"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="99"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="100"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="101"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="106"/>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="107"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="108"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="110"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="111"/>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="112"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="115"/>
        <source>Noted on</source>
        <translation>Anotada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="117"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="118"/>
        <source>Occurred at</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="119"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="120"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="121"/>
        <source>Original start</source>
        <translation>Inicio original</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="122"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="125"/>
        <source>Owner team</source>
        <translation>Equipo responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="127"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="128"/>
        <location filename="../../workbench/services/account_records.py" line="200"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="202"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="214"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="102"/>
        <location filename="../../workbench/services/account_records.py" line="220"/>
        <location filename="../../workbench/services/account_records.py" line="245"/>
        <location filename="../../workbench/services/account_records.py" line="399"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="70"/>
        <location filename="../../workbench/services/account_records.py" line="225"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="155"/>
        <location filename="../../workbench/services/account_records.py" line="228"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="113"/>
        <location filename="../../workbench/services/account_records.py" line="241"/>
        <location filename="../../workbench/services/accounts.py" line="35"/>
        <source>Name</source>
        <extracomment>The account form, in the same terms as the detail lists&apos; forms.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="151"/>
        <location filename="../../workbench/services/account_records.py" line="252"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="50"/>
        <location filename="../../workbench/services/account_records.py" line="259"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="266"/>
        <source>Probability %</source>
        <translation>Probabilidad %</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="87"/>
        <location filename="../../workbench/services/account_records.py" line="273"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="162"/>
        <location filename="../../workbench/services/account_records.py" line="285"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="288"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="292"/>
        <source>End (renewal)</source>
        <translation>Fin (renovación)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="52"/>
        <location filename="../../workbench/services/account_records.py" line="298"/>
        <source>Annual value</source>
        <translation>Valor anual</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="116"/>
        <location filename="../../workbench/services/account_records.py" line="305"/>
        <source>Notice (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="313"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="330"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="129"/>
        <location filename="../../workbench/services/account_records.py" line="336"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="67"/>
        <location filename="../../workbench/services/account_records.py" line="343"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="114"/>
        <location filename="../../workbench/services/account_records.py" line="348"/>
        <location filename="../../workbench/services/account_records.py" line="406"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="103"/>
        <location filename="../../workbench/services/account_records.py" line="358"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="362"/>
        <source>Target is</source>
        <translation>El objetivo es</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="156"/>
        <location filename="../../workbench/services/account_records.py" line="369"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="163"/>
        <location filename="../../workbench/services/account_records.py" line="373"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="376"/>
        <source>Reported</source>
        <translation>Se informa</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="384"/>
        <source>Latest actual</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="109"/>
        <location filename="../../workbench/services/account_records.py" line="385"/>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="395"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="68"/>
        <location filename="../../workbench/services/account_records.py" line="404"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="78"/>
        <location filename="../../workbench/services/account_records.py" line="410"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="423"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="123"/>
        <location filename="../../workbench/domain/record_labels.py" line="124"/>
        <location filename="../../workbench/services/account_records.py" line="426"/>
        <location filename="../../workbench/services/accounts.py" line="54"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="159"/>
        <location filename="../../workbench/services/account_records.py" line="430"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="434"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="154"/>
        <location filename="../../workbench/services/account_records.py" line="437"/>
        <location filename="../../workbench/services/accounts.py" line="49"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="126"/>
        <location filename="../../workbench/services/accounts.py" line="36"/>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="145"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="146"/>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="147"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="148"/>
        <location filename="../../workbench/services/accounts.py" line="39"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="149"/>
        <source>Sent at</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="150"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="152"/>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="153"/>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="157"/>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="158"/>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="160"/>
        <location filename="../../workbench/services/accounts.py" line="45"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="62"/>
        <location filename="../../workbench/services/accounts.py" line="55"/>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="59"/>
        <location filename="../../workbench/services/accounts.py" line="56"/>
        <source>Lost on</source>
        <translation>Perdido el</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="164"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="165"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="166"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="167"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="169"/>
        <location filename="../../workbench/services/accounts.py" line="57"/>
        <source>Won back on</source>
        <translation>Recuperado el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="59"/>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="161"/>
        <location filename="../../workbench/services/accounts.py" line="61"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="64"/>
        <source>Currency (ISO code)</source>
        <translation>Moneda (código ISO)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="168"/>
        <location filename="../../workbench/services/accounts.py" line="68"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="84"/>
        <location filename="../../workbench/services/accounts.py" line="69"/>
        <source>E-mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="77"/>
        <location filename="../../workbench/services/accounts.py" line="70"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>focusList</name>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="27"/>
        <source>Overdue action items</source>
        <translation>Acciones vencidas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="28"/>
        <source>My action items due this week</source>
        <translation>Mis acciones que vencen esta semana</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="29"/>
        <source>Open critical incidents</source>
        <translation>Incidencias críticas abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="30"/>
        <source>Meetings in the next 7 days</source>
        <translation>Reuniones en los próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="31"/>
        <source>Renewals within 90 days</source>
        <translation>Renovaciones en los próximos 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="32"/>
        <source>Health dropped a band</source>
        <translation>Salud que bajó de banda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="33"/>
        <source>Customers not contacted lately</source>
        <translation>Clientes sin contacto reciente</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="42"/>
        <source>{title} — {account}, {days} days overdue</source>
        <translation>{title} — {account}, vencida hace {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="47"/>
        <source>{title} — {account}, due {day}</source>
        <translation>{title} — {account}, vence el {day}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="51"/>
        <source>{title} — {account}, open for {days} days</source>
        <translation>{title} — {account}, abierta hace {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="61"/>
        <source>{when} {title} — {account}</source>
        <translation>{when} {title} — {account}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="66"/>
        <source>{title} — {account}, ends {day} ({status})</source>
        <translation>{title} — {account}, vence el {day} ({status})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="77"/>
        <source>{account}: health {before} → {now} ({from_band} → {to_band})</source>
        <translation>{account}: salud {before} → {now} ({from_band} → {to_band})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="88"/>
        <source>{account}: no contact recorded</source>
        <translation>{account}: ningún contacto registrado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="91"/>
        <source>{account}: no contact for {days} days</source>
        <translation>{account}: sin contacto desde hace {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="120"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="138"/>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/focus_view.py" line="146"/>
        <source>Nothing here today.</source>
        <translation>Nada pendiente hoy.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../workbench/ui/common/formatting.py" line="109"/>
        <source>{year} Q{quarter}</source>
        <translation>{quarter}T {year}</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../workbench/domain/health.py" line="40"/>
        <source>Healthy</source>
        <translation>Saludable</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="41"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="42"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="43"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="164"/>
        <source>NPS {nps} from {n} responses</source>
        <extracomment>Why, as a translatable template and its parameters.</extracomment>
        <translation>NPS {nps} con {n} respuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="175"/>
        <source>Revenue {growth:+}% on the previous quarter</source>
        <translation>Ingresos {growth:+} % respecto al trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="186"/>
        <source>{share}% of agreed-KPI measurements on target</source>
        <translation>{share} % de las mediciones de KPIs acordados en objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="199"/>
        <source>{open} open incidents, {critical} critical</source>
        <translation>{open} incidencias abiertas, {critical} críticas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="209"/>
        <source>Last contact {days} days ago</source>
        <translation>Último contacto hace {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="217"/>
        <source>Renewal secured; contract ends in {days} days</source>
        <translation>Renovación asegurada; el contrato vence en {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="219"/>
        <source>Contract ends in {days} days, not yet renewed</source>
        <translation>El contrato vence en {days} días y aún no está renovado</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../workbench/services/history.py" line="254"/>
        <source>Yes</source>
        <extracomment>Fields that name a record, in the order they are tried (a contact: first and last name). What the record is called (its latest name in the history), when it has one.</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../workbench/services/history.py" line="267"/>
        <source>No</source>
        <extracomment>Fields in the order of their table&apos;s columns.</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/history_page.py" line="57"/>
        <source>When</source>
        <extracomment>The newest changes shown; older ones are in ``workbench history``.</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/history_page.py" line="58"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/history_page.py" line="59"/>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/history_page.py" line="60"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="121"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="122"/>
        <source>Conflict settled</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="123"/>
        <source>{field}: {yours} clashed with {theirs_by}&apos;s {theirs}, which the team kept</source>
        <translation>{field}: {yours} chocó con {theirs} de {theirs_by}, que es el que conservó el equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="126"/>
        <source>deleted while {theirs_by} edited it; the team kept the record</source>
        <translation>borrado mientras {theirs_by} lo editaba; el equipo conservó el registro</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="130"/>
        <location filename="../../workbench/services/conflict_history.py" line="131"/>
        <source>{field}: settled for {who}&apos;s {value}</source>
        <translation>{field}: resuelto a favor de {value}, de {who}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="132"/>
        <source>{field}: settled with a new value: {value}</source>
        <translation>{field}: resuelto con un valor nuevo: {value}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="135"/>
        <source>settled: deleted</source>
        <translation>resuelto: borrado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/conflict_history.py" line="136"/>
        <source>settled: the record kept</source>
        <translation>resuelto: se conservó el registro</translation>
    </message>
</context>
<context>
    <name>ics</name>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="42"/>
        <source>Untitled meeting</source>
        <translation>Reunión sin título</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="188"/>
        <source>The file holds no events.</source>
        <extracomment>Length the file gives a meeting that states neither an end nor a duration. Properties whose unreadable value makes the event unreadable. A date list some producers write with a stray &quot;Z&quot; (Google: ``RDATE:20131210Z``). An UNTIL with a time, which an all-day series reads as the date it names. Hosts of online-meeting links that a DESCRIPTION may hold among other links. Extra dates (RDATE): start and, for a PERIOD, its end. Whole days (VALUE=DATE): the times are midnights in ``time_zone``. Series and one-off meetings, in file order. Changed or cancelled occurrences (RECURRENCE-ID), in file order. Skipped events and assumptions made, event by event. How time zones were read (&quot;&apos;W. Europe Standard Time&apos; read as Europe/Berlin&quot;).</extracomment>
        <translation>El archivo no contiene eventos.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="207"/>
        <source>Event at line {line} cannot be read: {reason}</source>
        <translation>El evento de la línea {line} no se puede leer: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="219"/>
        <source>Event “{title}” (line {line}) skipped: an earlier event has the same UID.</source>
        <translation>Evento «{title}» (línea {line}) omitido: un evento anterior tiene el mismo UID.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="254"/>
        <source>This is not an iCalendar file: it does not start with BEGIN:VCALENDAR.</source>
        <translation>No es un archivo iCalendar: no empieza por BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="263"/>
        <source>The file is cut short: END:VCALENDAR is missing at its end.</source>
        <translation>El archivo está cortado: falta END:VCALENDAR al final.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="277"/>
        <source>The file is not valid iCalendar: {reason}</source>
        <translation>El archivo no es iCalendar válido: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="334"/>
        <source>Event “{title}” (line {line}): its start (DTSTART) cannot be read.</source>
        <translation>Evento «{title}» (línea {line}): no se puede leer su inicio (DTSTART).</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="368"/>
        <source>Event “{title}” (line {line}) skipped: it is cancelled.</source>
        <translation>Evento «{title}» (línea {line}) omitido: está cancelado.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="236"/>
        <source>None of the file&apos;s {count} events can be imported: they are all cancelled, so nothing was imported.</source>
        <translation>No se puede importar ninguno de los {count} eventos del archivo: todos están cancelados, así que no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="434"/>
        <source>Event “{title}” (line {line}) gives a date and a time for its start and end; read as an all-day event until {end} (exclusive).</source>
        <translation>El evento «{title}» (línea {line}) da una fecha y una hora para su inicio y su fin; se lee como un evento de todo el día hasta el {end} (excluido).</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="448"/>
        <source>All-day event “{title}” (line {line}) ends on {end}, before it starts on {start}; nothing was imported.</source>
        <translation>El evento de todo el día «{title}» (línea {line}) termina el {end}, antes de empezar el {start}; no se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="463"/>
        <source>All-day event “{title}” (line {line}) ends the day it starts; one day assumed.</source>
        <translation>El evento de todo el día «{title}» (línea {line}) termina el mismo día en que empieza; se supone un día.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="926"/>
        <source>Event “{title}” (line {line}): {property} cannot be read.</source>
        <translation>Evento «{title}» (línea {line}): no se puede leer {property}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="514"/>
        <source>Event “{title}” (line {line}) skipped: it starts at a time but ends on a date, so it is read as an all-day event.</source>
        <translation>Evento «{title}» (línea {line}) omitido: empieza a una hora pero termina en una fecha, así que se lee como evento de día completo.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="536"/>
        <source>Event “{title}” (line {line}) has no end; one hour assumed.</source>
        <translation>El evento «{title}» (línea {line}) no tiene fin; se supone una hora.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="550"/>
        <source>Event “{title}” (line {line}) does not end after it starts; one hour assumed.</source>
        <translation>El evento «{title}» (línea {line}) no termina después de empezar; se supone una hora.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="570"/>
        <source>Event “{title}” (line {line}) skipped: it changes one occurrence of a series at a time of day but names that occurrence by a date only.</source>
        <translation>Evento «{title}» (línea {line}) omitido: cambia una repetición de una serie a una hora del día, pero nombra esa repetición solo por su fecha.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="598"/>
        <source>Event “{title}” (line {line}) has more than one repeat rule (RRULE).</source>
        <translation>El evento «{title}» (línea {line}) tiene más de una regla de repetición (RRULE).</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="620"/>
        <source>Event “{title}” (line {line}): the repeat rule is wrong: {reason}.</source>
        <translation>Evento «{title}» (línea {line}): la regla de repetición es incorrecta: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="651"/>
        <source>Event “{title}” (line {line}) lists {count} dates in {property}; at most {limit} can be imported.</source>
        <translation>El evento «{title}» (línea {line}) indica {count} fechas en {property}; se pueden importar como máximo {limit}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="682"/>
        <source>Event “{title}” (line {line}): {property} {value} is a date without a time; ignored.</source>
        <translation>Evento «{title}» (línea {line}): {property} {value} es una fecha sin hora; se ignora.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="716"/>
        <source>Event “{title}” (line {line}): an empty {property} was ignored.</source>
        <translation>Evento «{title}» (línea {line}): se ha ignorado un {property} vacío.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="763"/>
        <source>Event “{title}” (line {line}) uses the time zone “{tzid}”, which is neither an IANA nor a Windows zone and which the file does not describe well enough to recognise.</source>
        <translation>El evento «{title}» (línea {line}) usa la zona horaria «{tzid}», que no es una zona IANA ni de Windows y que el archivo no describe lo bastante para reconocerla.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="791"/>
        <source>Time zone “{tzid}” read as {zone}.</source>
        <translation>Zona horaria «{tzid}» leída como {zone}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="802"/>
        <source>Times with an empty time zone were read as times without one.</source>
        <translation>Las horas con una zona horaria vacía se leyeron como horas sin zona.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="811"/>
        <source>Times without a time zone were read in {zone}.</source>
        <translation>Las horas sin zona horaria se leyeron en {zone}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_events.py" line="827"/>
        <source>Event “{title}” (line {line}) has a time in the year {year}; only the years {low}–{high} can be imported.</source>
        <translation>El evento «{title}» (línea {line}) tiene una hora en el año {year}; solo se pueden importar los años {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/calendar_import.py" line="246"/>
        <source>No account matches the attendees of {count} event(s): {events}. Choose the account to import them into (command line: --account).</source>
        <extracomment>The rule a one-off event gets when the file adds dates to it (Google writes birthdays this way): a series of one, whose extra dates are RDATE exceptions. What an import of a calendar file changes (it may add or update any of them). Occurrence exceptions written (cancelled, moved, changed or extra dates). Attendee addresses that are neither a contact of the meeting&apos;s account nor a colleague.</extracomment>
        <translation>Ninguna cuenta coincide con los asistentes de {count} evento(s): {events}. Elige la cuenta en la que importarlos (en la línea de órdenes: --account).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/calendar_import.py" line="335"/>
        <source>Event “{title}” (line {line}) changes one occurrence of a series that is neither in the file nor in the database; imported as a meeting of its own.</source>
        <translation>El evento «{title}» (línea {line}) cambia una repetición de una serie que no está ni en el archivo ni en la base de datos; se importa como reunión independiente.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_text.py" line="181"/>
        <source>The time zone “{tzid}” changes by a rule repeating {frequency}; only yearly rules are read.</source>
        <extracomment>The most changes one rule of a VTIMEZONE may make: one a year from year 1 to 2038 fits. Where icalendar stops a time zone rule that has neither UNTIL nor COUNT. Lines of the file as it was, for messages that point at an event.</extracomment>
        <translation>La zona horaria «{tzid}» cambia según una regla que se repite con frecuencia {frequency}; solo se leen las reglas anuales.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_text.py" line="192"/>
        <source>The time zone “{tzid}” cannot be read: {reason}.</source>
        <translation>No se puede leer la zona horaria «{tzid}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_text.py" line="215"/>
        <source>The time zone “{tzid}” cannot be read: the start (DTSTART) or the end (UNTIL) of one of its rules is not a time.</source>
        <translation>No se puede leer la zona horaria «{tzid}»: el inicio (DTSTART) o el final (UNTIL) de una de sus reglas no es una hora.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/ics_text.py" line="224"/>
        <source>The time zone “{tzid}” has a rule making more than {limit} changes; at most {limit} are read.</source>
        <translation>La zona horaria «{tzid}» tiene una regla que hace más de {limit} cambios; se leen como máximo {limit}.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../workbench/io/delimited.py" line="100"/>
        <source>The file is not in {encoding}: {details}</source>
        <extracomment>Records looked at to guess the delimiter. A field longer than this (in characters) refuses the file: ten times the longest text an imported record keeps (``import_fields.TEXT_LIMIT``), far beyond any CRM export. A line, or a record spanning lines, longer than this refuses the file; it is read in pieces, so an endless line costs this much memory at most. Excel&apos;s limits, which no exported table goes beyond. Rows × columns (short rows are padded): ten million cells are ~1 GB in memory. Bytes decoded at a time when checking an encoding. Every record after the header, each as long as the header (short ones padded). 1-based numbers of the rows whose field count was not the header&apos;s, with that count.</extracomment>
        <translation>El archivo no está en {encoding}: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="111"/>
        <source>The file starts as {encoding} but is not: {details}</source>
        <translation>El archivo empieza como {encoding} pero no lo es: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="120"/>
        <source>This is not a text file (it holds binary data).</source>
        <translation>No es un archivo de texto (contiene datos binarios).</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="185"/>
        <source>Line {line} is longer than {limit} characters, the most a line of a table may hold: the file cannot be imported.</source>
        <translation>La línea {line} tiene más de {limit} caracteres, el máximo que admite una línea de una tabla: el archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="253"/>
        <source>The file has more than {limit} columns, the most an import takes.</source>
        <translation>El archivo tiene más de {limit} columnas, el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="260"/>
        <source>The file has more than {limit} rows, the most an import takes.</source>
        <translation>El archivo tiene más de {limit} filas, el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="267"/>
        <source>The file has more than {limit} cells (rows × columns), the most an import takes.</source>
        <translation>El archivo tiene más de {limit} celdas (filas × columnas), el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="277"/>
        <source>A field on line {line} is longer than {limit} characters, the most a field may hold: the file cannot be imported.</source>
        <translation>Un campo de la línea {line} tiene más de {limit} caracteres, el máximo que admite un campo: el archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="296"/>
        <location filename="../../workbench/io/xlsx_table.py" line="141"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="313"/>
        <source>The file cannot be read as a table: {details}</source>
        <translation>El archivo no se puede leer como una tabla: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/io/delimited.py" line="335"/>
        <location filename="../../workbench/io/xlsx_table.py" line="123"/>
        <location filename="../../workbench/io/xlsx_table.py" line="325"/>
        <source>The file holds no rows.</source>
        <translation>El archivo no contiene filas.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="107"/>
        <source>A cell on row {row} is longer than {limit} characters, the most a field may hold: the file cannot be imported.</source>
        <extracomment>What :attr:`DelimitedTable.encoding` says of a workbook. Parts (files) a workbook may hold; Excel&apos;s own have a few dozen. Bytes of the zip&apos;s central directory (a directory entry is ~50–100 bytes). All parts unpacked: a million rows of ten columns are ~400 MB of sheet XML. Unpacked size ÷ packed size of a part over 1 MiB. Sheets written by Excel or openpyxl pack 5–20 times (a sheet of zeros: 16); 2 GB of white space packs 1,000. A part read whole (styles, workbook, relationships…), not streamed like a sheet. Different texts of the workbook (each is kept in memory while the sheet is read). The same with a namespace prefix (``&lt;x:si&gt;``), rare: looked for only where ``:si`` is. ``[Content_Types].xml`` larger than this is no workbook&apos;s own (Excel&apos;s: a few kB). Start of an OLE compound file: an Excel 97–2003 workbook or an encrypted .xlsx. The stream an encrypted Office document keeps its content in (names are UTF-16).</extracomment>
        <translation>Una celda de la fila {row} tiene más de {limit} caracteres, el máximo que admite un campo: el archivo no se puede importar.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="145"/>
        <source>The workbook is protected with a password. Save a copy without the password in Excel and import that.</source>
        <translation>El libro está protegido con contraseña. Guarde una copia sin contraseña en Excel e importe esa.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="152"/>
        <source>This is an Excel 97–2003 workbook (.xls). Save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Es un libro de Excel 97–2003 (.xls). Guárdelo como .xlsx o CSV en Excel e importe ese.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="159"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>No es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="182"/>
        <source>The workbook unpacks to more than {limit} MB, the most an import takes.</source>
        <translation>El libro ocupa más de {limit} MB descomprimido, el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="216"/>
        <source>The workbook has more than {limit} parts, the most an import takes.</source>
        <translation>El libro tiene más de {limit} partes, el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="235"/>
        <source>The workbook&apos;s part “{part}” is packed {ratio} times, more than the {limit} times of a real workbook: it is not opened.</source>
        <translation>La parte «{part}» del libro está comprimida {ratio} veces, más que las {limit} veces de un libro real: no se abre.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="246"/>
        <source>The workbook&apos;s part “{part}” unpacks to more than {limit} MB, the most an import takes.</source>
        <translation>La parte «{part}» del libro ocupa más de {limit} MB descomprimida, el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="300"/>
        <source>The workbook holds more than {limit} different texts (shared strings), the most an import takes.</source>
        <translation>El libro contiene más de {limit} textos distintos (cadenas compartidas), el máximo que admite una importación.</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="321"/>
        <source>The workbook has no sheet called “{sheet}”.</source>
        <translation>El libro no tiene ninguna hoja llamada «{sheet}».</translation>
    </message>
    <message>
        <location filename="../../workbench/io/xlsx_table.py" line="373"/>
        <source>The workbook is damaged or not an .xlsx file: {details}</source>
        <translation>El libro está dañado o no es un archivo .xlsx: {details}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/data_import.py" line="59"/>
        <source>The file is larger than {size} GB: too large to import.</source>
        <extracomment>Larger files are refused before reading: far beyond any CRM export.</extracomment>
        <translation>El archivo ocupa más de {size} GB: demasiado para importarlo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/data_import.py" line="66"/>
        <source>This is a whole-database archive, not a table: restore it with File → Restore from a backup… (or workbench import on the command line).</source>
        <translation>Es un archivo de toda la base de datos, no una tabla: restáurelo con Archivo → Restaurar una copia de seguridad… (o workbench import en la línea de órdenes).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="105"/>
        <location filename="../../workbench/services/import_cells.py" line="139"/>
        <source>longer than {limit} characters</source>
        <extracomment>Fields whose numbers cannot be negative (the database refuses them too). Decimal places a decimal field stores (more are refused, never rounded); others: money&apos;s. SQLite&apos;s largest integer, which holds a decimal scaled to its places. Where a UID written with dashes has them: 8-4-4-4-12 digits.</extracomment>
        <translation>tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="148"/>
        <source>cut to its first {limit} characters (it had {length})</source>
        <translation>recortado a sus primeros {limit} caracteres (tenía {length})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="158"/>
        <source>“{value}” is not an e-mail address; left empty</source>
        <translation>«{value}» no es una dirección de correo; se deja vacío</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="167"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» no es un número</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="173"/>
        <source>cannot be negative ({value})</source>
        <translation>no puede ser negativo ({value})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="179"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» no es un número entero</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="184"/>
        <source>{value} is outside {low}–{high}</source>
        <translation>{value} está fuera de {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="194"/>
        <source>{value} is too large</source>
        <translation>{value} es demasiado grande</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="197"/>
        <source>“{value}” has more than {places} decimal places</source>
        <translation>«{value}» tiene más de {places} decimales</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="208"/>
        <location filename="../../workbench/services/import_cells.py" line="218"/>
        <source>“{value}” is not a date</source>
        <translation>«{value}» no es una fecha</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="227"/>
        <source>“{value}” is not yes or no</source>
        <translation>«{value}» no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="235"/>
        <source>“{value}” is not a known value; the default is used</source>
        <translation>«{value}» no es un valor conocido; se usa el predeterminado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="244"/>
        <source>“{value}” is not a country; the default is used</source>
        <translation>«{value}» no es un país; se usa el predeterminado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="253"/>
        <source>“{value}” is not a currency code; the default is used</source>
        <translation>«{value}» no es un código de moneda; se usa el predeterminado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="262"/>
        <source>“{value}” is not a time zone; the country&apos;s is used</source>
        <translation>«{value}» no es una zona horaria; se usa la del país</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="271"/>
        <source>“{value}” is not a UID (32 hexadecimal digits, with or without the dashes of 8-4-4-4-12)</source>
        <translation>«{value}» no es un UID (32 dígitos hexadecimales, con o sin los guiones de 8-4-4-4-12)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_cells.py" line="297"/>
        <source>“{value}” is not a quarter (2026-Q3)</source>
        <translation>«{value}» no es un trimestre (2026-Q3)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="62"/>
        <source>Account</source>
        <extracomment>How cells are read: text, email, decimal, int, date, datetime, bool, choice, country, currency, zone, account, quarter, uid. Characters the field holds; a longer cell is refused, or cut if *cut*. Free text (notes, descriptions): cut to *limit* with a note rather than refused. Characters a free-text field (a description, a note, a root cause) keeps from a cell; the rest is cut, with a note on the row. Anything else has its own, shorter limit. Any cell longer than this is refused, whatever it fills (an account&apos;s name or id, a number, a date): no value we read is longer.</extracomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="63"/>
        <source>Id in the other system</source>
        <translation>Id en el otro sistema</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="65"/>
        <source>Deleted in the other system</source>
        <extracomment>A row the other system marks as deleted is skipped.</extracomment>
        <translation>Eliminado en el otro sistema</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="68"/>
        <source>UID</source>
        <extracomment>The record&apos;s identity in this program, the same on every machine (our export&apos;s last column): a row with a stored uid updates that record, one with a new uid is created with it.</extracomment>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="72"/>
        <location filename="../../workbench/services/import_fields.py" line="114"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="74"/>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="75"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="76"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="77"/>
        <location filename="../../workbench/services/import_fields.py" line="131"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="78"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="79"/>
        <location filename="../../workbench/services/import_fields.py" line="118"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="80"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="81"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="82"/>
        <source>E-mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="83"/>
        <source>Client since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="84"/>
        <source>Lost on</source>
        <translation>Perdida el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="85"/>
        <source>Won back on</source>
        <translation>Recuperada el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="86"/>
        <location filename="../../workbench/services/import_fields.py" line="126"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="90"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="91"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="92"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="93"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="94"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="95"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="98"/>
        <source>Role in the decision</source>
        <translation>Papel en la decisión</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="104"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="108"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="109"/>
        <source>Primary contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="115"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="116"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="117"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="119"/>
        <source>Probability (%)</source>
        <translation>Probabilidad (%)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="120"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="125"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="128"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="130"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="132"/>
        <source>Reported</source>
        <translation>Notificada</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="133"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="134"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="135"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="136"/>
        <source>Impact on the client</source>
        <translation>Impacto en el cliente</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="137"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="138"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="143"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="144"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="145"/>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="149"/>
        <source>Contact&apos;s e-mail</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="150"/>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="151"/>
        <source>Score (0–10)</source>
        <translation>Puntuación (0–10)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="152"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="156"/>
        <source>Agreed KPI</source>
        <translation>KPI acordado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="157"/>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="158"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="159"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="166"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="167"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="168"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="169"/>
        <source>Incidents (cases, tickets)</source>
        <translation>Incidencias (casos, tickets)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="170"/>
        <source>Revenue by quarter</source>
        <translation>Ingresos por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="171"/>
        <source>Survey responses (NPS)</source>
        <translation>Respuestas de encuestas (NPS)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_fields.py" line="172"/>
        <source>Agreed-KPI measurements</source>
        <translation>Mediciones de KPI acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="97"/>
        <source>the same UID</source>
        <extracomment>What a duplicate (not the same id, but the same name, e-mail or domain) becomes. Characters of a cell a note quotes: a 100,000-character cell is not repeated whole. Why a row is (or may be) a stored record, by :attr:`Match.reason`; context &quot;import&quot;.</extracomment>
        <translation>el mismo UID</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="98"/>
        <source>the same id in the other system</source>
        <translation>el mismo id en el otro sistema</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="99"/>
        <source>the same name</source>
        <translation>el mismo nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="100"/>
        <source>the same e-mail address</source>
        <translation>la misma dirección de correo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="101"/>
        <source>the same e-mail domain</source>
        <translation>el mismo dominio de correo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="102"/>
        <source>the same details</source>
        <translation>los mismos datos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="110"/>
        <source>already stored ({reason})</source>
        <translation>ya guardado ({reason})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="113"/>
        <source>probably already stored ({reason})</source>
        <translation>probablemente ya guardado ({reason})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="178"/>
        <source>empty, and every row needs one</source>
        <extracomment>Row (number) earlier in this file that this one refers to as its parent. Name of an account to create for this row (``create_missing_accounts``). What a probable duplicate becomes unless the user chooses per row. For accounts whose file gives no country (the currency and zone follow it). The account of every row when the file has no account column (e.g. tickets). Rows naming an account that does not exist create it (else they are refused).</extracomment>
        <translation>vacío, y todas las filas lo necesitan</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="179"/>
        <source>no column holds {field}, and every row needs one</source>
        <translation>ninguna columna contiene {field}, y todas las filas lo necesitan</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="409"/>
        <source>has {count} fields where the header has {header}</source>
        <extracomment>Stored uid (its 32 hexadecimal digits, as stored) → its record, loaded only for a file with a UID column. Record id → its id in the other system, for records that have one. Account → its primary contact, and the primary contacts. Account → its stored parent. Incidents with an id in the other system (any, for a file with UIDs) → their stored moments (``_MOMENTS``). The table of each kind of record. An incident&apos;s moments, the report first.</extracomment>
        <translation>tiene {count} campos donde la cabecera tiene {header}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="451"/>
        <source>{count} control characters removed</source>
        <translation>se han quitado {count} caracteres de control</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="499"/>
        <source>deleted in the other system; skipped</source>
        <extracomment>The file&apos;s UIDs → the rows that have them (two or more: all refused). Stored records a row names by UID: no other row is probably one of them. Keys seen earlier in the file → the row that had them. Stored record → the row matched to it.</extracomment>
        <translation>eliminado en el otro sistema; se omite</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="520"/>
        <source>no record has this UID here; updating the record found keeps its own</source>
        <translation>ningún registro tiene aquí este UID; al actualizar el registro encontrado se conserva el suyo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="552"/>
        <source>row {row} has the same UID; both are refused</source>
        <translation>la fila {row} tiene el mismo UID; se rechazan las dos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="568"/>
        <source>its UID is one stored record&apos;s and this id another&apos;s</source>
        <translation>su UID es de un registro guardado y este id, de otro</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="590"/>
        <source>no column says which account; choose one for every row</source>
        <translation>ninguna columna indica la cuenta; elija una para todas las filas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="613"/>
        <source>the account chosen for every row no longer exists</source>
        <translation>la cuenta elegida para todas las filas ya no existe</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="626"/>
        <source>no account has the id “{value}”; an account cannot be created from an id: import the accounts first</source>
        <translation>ninguna cuenta tiene el id «{value}»; no se puede crear una cuenta a partir de un id: importe primero las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="638"/>
        <source>an account name is at most {limit} characters</source>
        <translation>el nombre de una cuenta tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="647"/>
        <source>no account “{value}” yet; it will be created</source>
        <translation>aún no hay ninguna cuenta «{value}»; se creará</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="656"/>
        <source>no account “{value}”: import the accounts first</source>
        <translation>no hay ninguna cuenta «{value}»: importe primero las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="722"/>
        <source>no parent account “{value}”; left without one</source>
        <translation>no hay ninguna cuenta matriz «{value}»; se deja sin ella</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="735"/>
        <source>the same record as row {row}; skipped</source>
        <translation>el mismo registro que la fila {row}; se omite</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="770"/>
        <source>another stored record has these details; the record of its UID cannot take them</source>
        <translation>otro registro guardado tiene estos datos; el registro de su UID no puede tomarlos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="807"/>
        <source>the contact has no name</source>
        <translation>el contacto no tiene nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="830"/>
        <source>the account already has a primary contact</source>
        <translation>la cuenta ya tiene un contacto principal</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="853"/>
        <source>no date reported; today is used</source>
        <translation>sin fecha de notificación; se usa la de hoy</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="863"/>
        <source>{when} is before the incident was reported ({reported})</source>
        <translation>{when} es anterior a la notificación de la incidencia ({reported})</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="891"/>
        <source>no contact “{value}” at this account; kept without one</source>
        <translation>no hay ningún contacto «{value}» en esta cuenta; se guarda sin él</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="919"/>
        <source>the account has no agreed KPI “{value}”</source>
        <translation>la cuenta no tiene ningún KPI acordado «{value}»</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_plan.py" line="983"/>
        <source>with “{value}” as its parent it would be its own parent; left without one</source>
        <extracomment>Nodes known to lead up to a top account.</extracomment>
        <translation>con «{value}» como matriz sería su propia matriz; se deja sin ella</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_write.py" line="481"/>
        <source>There is no import to undo.</source>
        <extracomment>Matched records the file had nothing new for.</extracomment>
        <translation>No hay ninguna importación que deshacer.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_write.py" line="547"/>
        <source>{count} records the import wrote were edited since ({table}); undoing it would lose those edits.</source>
        <extracomment>Where every import and its undo write besides the records: its run and its changes.</extracomment>
        <translation>{count} registros que escribió la importación se han editado después ({table}); deshacerla perdería esos cambios.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/import_write.py" line="569"/>
        <source>{count} records were added since to what the import created ({table}); undoing it would delete them too.</source>
        <translation>Después se añadieron {count} registros a lo que creó la importación ({table}); deshacerla también los eliminaría.</translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <location filename="../../workbench/services/kpi.py" line="65"/>
        <location filename="../../workbench/services/kpi.py" line="73"/>
        <source>No revenue recorded for the quarter</source>
        <extracomment>Why a KPI can be undefined, by KPI key: shown as &quot;—&quot; with this reason, never as 0.</extracomment>
        <translation>No hay ingresos registrados en el trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="66"/>
        <source>No revenue in the previous quarter</source>
        <translation>Sin ingresos en el trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="67"/>
        <location filename="../../workbench/services/kpi.py" line="70"/>
        <location filename="../../workbench/services/kpi.py" line="71"/>
        <source>No revenue in the same quarter last year</source>
        <translation>Sin ingresos en el mismo trimestre del año anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="68"/>
        <source>No survey responses in the quarter</source>
        <translation>Sin respuestas de encuesta en el trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="69"/>
        <source>No customers at the start of the year</source>
        <translation>Sin clientes al inicio del año</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="72"/>
        <source>No agreed-KPI measurements in the quarter</source>
        <translation>Sin mediciones de KPI acordados en el trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="74"/>
        <source>No revenue in the quarter</source>
        <translation>Sin ingresos en el trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="75"/>
        <source>No incident in the quarter has reached its acknowledge target yet</source>
        <translation>Ninguna incidencia del trimestre ha llegado aún a su objetivo de reconocimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="78"/>
        <source>No incident in the quarter has reached its resolve target yet</source>
        <translation>Ninguna incidencia del trimestre ha llegado aún a su objetivo de resolución</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="607"/>
        <source>Accounts with revenue in {period}</source>
        <extracomment>Currencies without an exchange rate; their amounts are left out of the totals. One colleague&apos;s accounts, as a subquery of their ids (None: not so restricted). How each KPI is shown: &quot;money&quot;, &quot;percent&quot; (a fraction), &quot;score&quot; or &quot;count&quot;. What a click on each KPI tile shows in the Portfolio (the accounts that move it).</extracomment>
        <translation>Cuentas con ingresos en {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="608"/>
        <source>Accounts whose revenue fell in {period}</source>
        <translation>Cuentas cuyos ingresos bajaron en {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="609"/>
        <source>Accounts with a detractor in {period}</source>
        <translation>Cuentas con algún detractor en {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="610"/>
        <source>Customers lost in the year to {period}</source>
        <translation>Clientes perdidos en el año hasta {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="611"/>
        <source>Accounts that missed an agreed KPI in {period}</source>
        <translation>Cuentas que incumplieron un KPI acordado en {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="612"/>
        <source>Accounts that lost money in {period}</source>
        <translation>Cuentas con pérdidas en {period}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="613"/>
        <source>Accounts with open opportunities</source>
        <translation>Cuentas con oportunidades abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/kpi.py" line="614"/>
        <source>Accounts with open incidents</source>
        <translation>Cuentas con incidencias abiertas</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../workbench/ui/operations.py" line="273"/>
        <source>Account Workbench</source>
        <translation>Account Workbench</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="43"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="44"/>
        <source>Revenue trend</source>
        <translation>Tendencia de ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="45"/>
        <source>Agreed-KPI compliance</source>
        <translation>Cumplimiento de KPI acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="46"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="47"/>
        <source>Days since last contact</source>
        <translation>Días desde el último contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="48"/>
        <source>Renewal proximity</source>
        <translation>Proximidad de la renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/preferences.py" line="65"/>
        <source>Change the Dashboard settings</source>
        <extracomment>The Dashboard&apos;s settings are the database&apos;s (weights, quiet days, rates, and more).</extracomment>
        <translation>Cambiar los ajustes del Panel</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../workbench/services/account_records.py" line="179"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="209"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="237"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="281"/>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="10"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="11"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="12"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="13"/>
        <source>Shared with</source>
        <translation>Compartida con</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="14"/>
        <location filename="../../workbench/services/account_records.py" line="325"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="15"/>
        <source>Agreed KPI</source>
        <translation>KPI acordado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="16"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="17"/>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="18"/>
        <source>Incident</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="19"/>
        <source>Market note</source>
        <translation>Nota de mercado</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="20"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="21"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="22"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="23"/>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="24"/>
        <source>Compensation</source>
        <translation>Compensación</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="25"/>
        <source>Incident event</source>
        <translation>Evento de incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="26"/>
        <source>Incident status</source>
        <translation>Estado de incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="27"/>
        <source>Incident team</source>
        <translation>Equipo de incidencia</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="28"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="29"/>
        <source>KPI measurement</source>
        <translation>Medición de KPI</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="30"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="31"/>
        <source>Meeting change</source>
        <translation>Cambio de reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="32"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="33"/>
        <source>Survey response</source>
        <translation>Respuesta de encuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="34"/>
        <source>Proposal version</source>
        <translation>Versión de propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="35"/>
        <source>Proposal line</source>
        <translation>Línea de propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="36"/>
        <source>Proposal phase</source>
        <translation>Fase de propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="37"/>
        <source>Proposal ROI</source>
        <translation>ROI de propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="38"/>
        <source>Proposal section</source>
        <translation>Sección de propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/record_labels.py" line="39"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="354"/>
        <source>Agreed KPIs</source>
        <translation>KPIs acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="391"/>
        <source>Market notes</source>
        <translation>Notas de mercado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="419"/>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="447"/>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
</context>
<context>
    <name>recurrence</name>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="138"/>
        <source>recurrence rule part {part} has no value</source>
        <extracomment>RRULE parts dateutil and we understand (RFC 5545 §3.3.10). What a meeting may repeat by: nothing more often than daily. Meetings, their repeat ends and their exceptions lie within these years. The most occurrences a rule may count (Outlook stops at 999). The longest step between two periods of a rule (999 days, weeks, months or years). The most occurrences one expansion gives, however wide the window. 19 Gregorian cycles of 400 years (146,097 days each): dates moved by it keep their weekday and leap years, and year 9999 becomes :data:`HORIZON_YEAR`. No occurrence is generated after this year, whatever the rule. The longest an occurrence lasts: a longer stored length is cut to it. Windows within these moments and no longer than the span expand through shared days. A group&apos;s starts in a window: the day of the first, the starts, all the days and moments. The groups&apos; starts per window, forgotten all at once when this many are kept.</extracomment>
        <translation>la parte {part} de la regla de repetición no tiene valor</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="143"/>
        <source>unknown recurrence rule part {part}</source>
        <translation>parte {part} desconocida en la regla de repetición</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="148"/>
        <source>recurrence rule without a valid FREQ</source>
        <translation>regla de repetición sin un FREQ válido</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="151"/>
        <source>recurrence rule with both UNTIL and COUNT</source>
        <translation>regla de repetición con UNTIL y COUNT a la vez</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="167"/>
        <location filename="../../workbench/domain/recurrence.py" line="338"/>
        <source>INTERVAL={value} is outside the allowed range {low}–{high}</source>
        <translation>INTERVAL={value} está fuera del rango permitido {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="178"/>
        <source>COUNT={value} is outside the allowed range {low}–{high}</source>
        <translation>COUNT={value} está fuera del rango permitido {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="192"/>
        <source>{part} may hold one value: a meeting repeats at most daily</source>
        <translation>{part} solo admite un valor: una reunión se repite como mucho a diario</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="202"/>
        <source>a meeting repeats at most daily, not {frequency} (the shortest step is one day)</source>
        <translation>una reunión se repite como mucho a diario, no con frecuencia {frequency} (el intervalo más corto es un día)</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="212"/>
        <source>recurrence rule {rule} cannot be read: {reason}</source>
        <translation>no se puede leer la regla de repetición {rule}: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="222"/>
        <source>recurrence rule {part}={value} is not a whole number</source>
        <translation>en la regla de repetición, {part}={value} no es un número entero</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="233"/>
        <source>{what} is in the year {year}, outside the allowed years {low}–{high}</source>
        <translation>{what}: el año {year} está fuera de los años permitidos {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="268"/>
        <source>recurrence rule UNTIL {value} is not a date</source>
        <translation>en la regla de repetición, UNTIL {value} no es una fecha</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="329"/>
        <source>a series starting in the year {year} cannot be expanded</source>
        <translation>no se pueden calcular las repeticiones de una serie que empieza en el año {year}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="674"/>
        <source>the repeat rule produces no date between its start and {year}</source>
        <extracomment>No occurrence starts after this moment (learnt when an expansion ran out). The rule&apos;s days at 00:00 (see :func:`_pattern_days`) and its time of day, when the days do not depend on the time (no COUNT, no BYSETPOS over a partial week).</extracomment>
        <translation>la regla de repetición no da ninguna fecha entre su inicio y {year}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="735"/>
        <source>the interval must be between {low} and {high}</source>
        <translation>el intervalo debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="741"/>
        <source>a series ends on a date or after a count, not both</source>
        <translation>una serie termina en una fecha o tras un número de repeticiones, no de las dos formas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/recurrence.py" line="747"/>
        <source>the count must be between {low} and {high}</source>
        <translation>el número de repeticiones debe estar entre {low} y {high}</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../workbench/services/settings.py" line="206"/>
        <source>A customer counts as quiet after 1 to {most} days, not {days}.</source>
        <extracomment>Longest a customer may go without contact before the focus list calls them quiet. Where automatic backups are copied off the laptop (``None``: nowhere). Who writes, stamped on records and history (``None``: the computer&apos;s user name).</extracomment>
        <translation>Un cliente cuenta como sin contacto tras 1 a {most} días, no {days}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="217"/>
        <source>The backup folder must be a full path, such as /media/usb: {folder}</source>
        <translation>La carpeta de copias debe ser una ruta completa, como /media/usb: {folder}</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="225"/>
        <source>The author&apos;s name must be 1 to {most} characters.</source>
        <translation>El nombre del autor debe tener de 1 a {most} caracteres.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="234"/>
        <source>There is no health factor called {factor}.</source>
        <translation>No hay ningún factor de salud llamado {factor}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="239"/>
        <source>The weight of {factor} must be a whole number.</source>
        <translation>El peso de {factor} debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="244"/>
        <source>The weight of {factor} must be from 0 to {most}, not {weight}.</source>
        <translation>El peso de {factor} debe ir de 0 a {most}, no {weight}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="253"/>
        <source>At least one health factor needs a weight above 0.</source>
        <translation>Al menos un factor de salud necesita un peso mayor que 0.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="263"/>
        <source>{currency} is not a currency code (three letters, such as EUR).</source>
        <translation>{currency} no es un código de moneda (tres letras, como EUR).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="270"/>
        <source>The rate for {currency} must be a number above 0.</source>
        <translation>El tipo de cambio de {currency} debe ser un número mayor que 0.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="275"/>
        <source>There is no exchange rate for the reporting currency {currency}.</source>
        <translation>No hay tipo de cambio para la moneda de informe {currency}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/settings.py" line="288"/>
        <source>Each response-time target must be from 1 to {most} (severity {severity}: {amount}).</source>
        <translation>Cada objetivo de tiempo de respuesta debe ir de 1 a {most} (gravedad {severity}: {amount}).</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../workbench/domain/validation.py" line="121"/>
        <source>This field is required.</source>
        <extracomment>Translation context of ``message``.</extracomment>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="131"/>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="139"/>
        <location filename="../../workbench/services/account_records.py" line="471"/>
        <location filename="../../workbench/services/proposals.py" line="410"/>
        <source>Must not be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="150"/>
        <source>Use at most {places} decimal places.</source>
        <translation>Usa como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="167"/>
        <source>Must be after the start.</source>
        <translation>Debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="175"/>
        <source>Use a three-letter ISO currency code, e.g. EUR.</source>
        <translation>Usa un código de moneda ISO de tres letras, p. ej. EUR.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="184"/>
        <source>Use a two-letter ISO country code, e.g. ES.</source>
        <translation>Usa un código de país ISO de dos letras, p. ej. ES.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="194"/>
        <source>Unknown time zone {zone!r}; use e.g. Europe/Madrid.</source>
        <translation>Zona horaria desconocida {zone!r}; usa p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="204"/>
        <source>Not an e-mail address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="138"/>
        <source>Give a first or last name.</source>
        <extracomment>English label, marked for translation in context &quot;fields&quot;. Rules across fields, beyond each field&apos;s own limits. Values set from the account rather than typed (e.g. the currency). Restricts the listed records (e.g. only open action items). Extra, computed columns: (key, label) filled by ``extra_values``. A record that needs attention on *today* (e.g. an overdue action item), and why.</extracomment>
        <translation>Indica un nombre o un apellido.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="149"/>
        <source>Name a colleague or a team as owner.</source>
        <translation>Indica un compañero o un equipo como responsable.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="475"/>
        <location filename="../../workbench/services/accounts.py" line="164"/>
        <source>Choose a value from the list.</source>
        <extracomment>When the account first became a customer. When the customer was lost (the last time). When a lost customer came back.</extracomment>
        <translation>Elige un valor de la lista.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="482"/>
        <source>Not a quarter.</source>
        <translation>No es un trimestre.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="173"/>
        <source>An account cannot be its own parent or a parent of its parent.</source>
        <translation>Una cuenta no puede ser su propia matriz ni la matriz de su matriz.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="182"/>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="189"/>
        <source>Only a customer that was lost can be won back.</source>
        <translation>Solo se puede recuperar un cliente que se perdió.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="196"/>
        <source>A customer is lost after it became one.</source>
        <translation>Un cliente se pierde después de haberlo sido.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="203"/>
        <source>A lost customer needs the date it became one.</source>
        <translation>Un cliente perdido necesita la fecha en que pasó a ser cliente.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="210"/>
        <source>A prospect is not a client yet: clear “Client since”.</source>
        <translation>Un prospecto aún no es cliente: borre «Cliente desde».</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="217"/>
        <location filename="../../workbench/services/colleagues.py" line="66"/>
        <location filename="../../workbench/services/colleagues.py" line="69"/>
        <location filename="../../workbench/services/incidents.py" line="444"/>
        <location filename="../../workbench/services/incidents.py" line="603"/>
        <location filename="../../workbench/services/playbooks.py" line="172"/>
        <location filename="../../workbench/services/reassign.py" line="34"/>
        <source>That colleague no longer exists.</source>
        <extracomment>The accounts they own.
----------
The open action items that went with the account.</extracomment>
        <translation>Ese compañero ya no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="312"/>
        <source>Changed meanwhile by someone else (now: {value}). Save again to keep yours.</source>
        <translation>Otra persona lo cambió mientras tanto (ahora: {value}). Guarda de nuevo para conservar el tuyo.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="176"/>
        <source>Required.</source>
        <extracomment>RRULE value, or ``None`` for a one-off meeting. Whole days: the times are midnight of the first day and after the last one. For a series: the occurrence the user opened (RECURRENCE-ID), else ``None``. That occurrence&apos;s own times, title, location and minutes when it was changed.</extracomment>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/incidents.py" line="434"/>
        <location filename="../../workbench/services/incidents.py" line="540"/>
        <location filename="../../workbench/services/incidents.py" line="598"/>
        <source>Give the time with its zone.</source>
        <extracomment>The tables a change to an incident writes to (a playbook response adds action items). The column holding the latest time each stage was reached (mitigating has none). Only incidents that still need work (open, acknowledged, mitigating). Matched case-insensitively against the title and the account name. ``now − reported_at``: how long ago the client reported it. Acknowledged late, or still not acknowledged past the target. Resolved late, or still not resolved past the target. Aware; when the client reported the problem. The colleague&apos;s or the contact&apos;s name, when one is named. Every status change, oldest first. The timeline, newest first.</extracomment>
        <translation>Indica la hora con su zona horaria.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/incidents.py" line="440"/>
        <location filename="../../workbench/services/meetings.py" line="179"/>
        <location filename="../../workbench/ui/proposals/tab.py" line="221"/>
        <source>Choose the client account.</source>
        <translation>Elige la cuenta del cliente.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/incidents.py" line="553"/>
        <source>A status change cannot be earlier than the report or the last change ({earliest:%Y-%m-%d %H:%M} UTC).</source>
        <translation>Un cambio de estado no puede ser anterior a la notificación ni al último cambio ({earliest:%Y-%m-%d %H:%M} UTC).</translation>
    </message>
    <message>
        <location filename="../../workbench/services/incidents.py" line="612"/>
        <source>Choose a contact of the incident&apos;s account.</source>
        <translation>Elige un contacto de la cuenta de la incidencia.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/incidents.py" line="644"/>
        <source>Give an exact amount.</source>
        <translation>Indica un importe exacto.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="194"/>
        <source>{count} attendee(s) are not contacts of this account; remove them or choose their account.</source>
        <translation>{count} asistente(s) no son contactos de esta cuenta; quítalos o elige su cuenta.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="210"/>
        <source>Some colleagues no longer exist.</source>
        <translation>Algunos compañeros ya no existen.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="217"/>
        <source>A meeting link starts with https:// or http://.</source>
        <translation>Un enlace de reunión empieza por https:// o http://.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="225"/>
        <source>A meeting must fall within the years {low}–{high}.</source>
        <translation>Una reunión debe estar dentro de los años {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/meetings.py" line="242"/>
        <location filename="../../workbench/ui/calendar/meeting_dialog.py" line="352"/>
        <source>The repetition cannot be used: {reason}</source>
        <translation>La repetición no se puede usar: {reason}</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/pricing.py" line="125"/>
        <location filename="../../workbench/domain/roi.py" line="232"/>
        <source>Must be greater than {low}.</source>
        <extracomment>Optional lines are offered, not committed: they stay out of the total. What the optional lines would add, taxes included.
----------
IRR is searched above −100 % and below this rate (as a fraction: 10⁶ = 100,000,000 %). Bisection stops when the bracket is narrower than this, as a fraction (1e-10 = 1e-8 %). Benefit over the horizon minus the investment, undiscounted. 0 when nothing is invested (even with no benefit); ``None`` when never repaid. The payback falls within the horizon.</extracomment>
        <translation>Debe ser mayor que {low}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/catalog.py" line="100"/>
        <source>Another product already has this code.</source>
        <extracomment>What a change to the catalogue writes to (the proposal editor offers its products).</extracomment>
        <translation>Otro producto ya tiene este código.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/proposals.py" line="388"/>
        <source>The opportunity belongs to another account.</source>
        <extracomment>The languages proposals are written in; a client&apos;s language outside them gets English. What a change to a proposal writes to, and what the proposal list is read from. One phase of the plan: the same record the editor changes and the exports print. ``None``: the proposal&apos;s total is the investment. Countries whose clients get their proposals in Spanish; everyone else in English.</extracomment>
        <translation>La oportunidad pertenece a otra cuenta.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/proposals.py" line="403"/>
        <source>A phase cannot end before it starts.</source>
        <translation>Una fase no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/catalog_dialog.py" line="84"/>
        <source>Not a number.</source>
        <extracomment>Called with the typed draft; raises ValidationError to keep the form open.</extracomment>
        <translation>No es un número.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/incidents.py" line="69"/>
        <source>The incident is already {status}.</source>
        <extracomment>The statuses in the order an incident normally goes through them. Statuses from which an incident can be reopened, and the statuses it reopens to. Statuses in which the incident still needs work (the &quot;open&quot; filter).</extracomment>
        <translation>La incidencia ya está en estado {status}.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/incidents.py" line="79"/>
        <source>A {current} incident can only be reopened as open or acknowledged, not {target}.</source>
        <translation>Una incidencia en estado {current} solo puede reabrirse como abierta o reconocida, no como {target}.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/incidents.py" line="90"/>
        <source>An incident cannot go back from {current} to {target}; only a resolved or closed incident can be reopened.</source>
        <translation>Una incidencia no puede volver de {current} a {target}; solo se puede reabrir una incidencia resuelta o cerrada.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/playbooks.py" line="149"/>
        <source>There is no playbook response {key!r}.</source>
        <extracomment>Languages with a playbook file; any other falls back to the first. The team that owns the action item when no colleague is named. Due this many days after the response is chosen.</extracomment>
        <translation>No existe la respuesta de guía {key!r}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/playbooks.py" line="157"/>
        <source>This response is for {category} incidents, not {incident}.</source>
        <translation>Esta respuesta es para incidencias de tipo {category}, no {incident}.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/playbooks.py" line="167"/>
        <source>This response has already been chosen.</source>
        <translation>Esta respuesta ya se eligió.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/colleagues.py" line="72"/>
        <source>{name} cannot be mentored by one of their own juniors.</source>
        <translation>{name} no puede tener como mentor a uno de sus propios júniors.</translation>
    </message>
</context>
<context>
    <name>waitingOn</name>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="26"/>
        <source>{who} · {title} — {account}</source>
        <translation>{who} · {title} — {account}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="29"/>
        <source>{who} · {title} — {account}, due {day}</source>
        <translation>{who} · {title} — {account}, vence el {day}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="52"/>
        <source>Mark yourself among the colleagues to see who owes you what.</source>
        <translation>Márcate entre los compañeros para ver quién te debe qué.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="62"/>
        <source>Others owe me ({count})</source>
        <translation>Me deben ({count})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="63"/>
        <source>I owe ({count})</source>
        <translation>Debo yo ({count})</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/waiting_view.py" line="76"/>
        <source>Nothing waiting.</source>
        <translation>Nada pendiente.</translation>
    </message>
</context>
</TS>
