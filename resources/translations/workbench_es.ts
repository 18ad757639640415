<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountDetail</name>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="60"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="62"/>
        <location filename="../../workbench/ui/portfolio/detail.py" line="151"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="64"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="69"/>
        <source>Select an account to see its detail.</source>
        <translation>Selecciona una cuenta para ver su detalle.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="124"/>
        <source>Owner: {owner}</source>
        <translation>Responsable: {owner}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="126"/>
        <source>Part of {parent}</source>
        <translation>Parte de {parent}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="128"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="131"/>
        <source>Health: —</source>
        <translation>Salud: —</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="136"/>
        <source>Health: {score} · {band}</source>
        <translation>Salud: {score} · {band}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="151"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="189"/>
        <source>Revenue by quarter</source>
        <translation>Ingresos por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="190"/>
        <source>NPS by quarter</source>
        <translation>NPS por trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="191"/>
        <source>KPIs on target, 90 days</source>
        <translation>KPIs en objetivo, 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="192"/>
        <source>No revenue recorded yet</source>
        <translation>Aún no hay ingresos registrados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="193"/>
        <source>No survey responses yet</source>
        <translation>Aún no hay respuestas de encuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="194"/>
        <source>No agreed KPI measured in the last 90 days</source>
        <translation>Ningún KPI acordado medido en los últimos 90 días</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="195"/>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="236"/>
        <source>New entry — {list}</source>
        <translation>Nueva entrada — {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="251"/>
        <source>Edit — {list}</source>
        <translation>Editar — {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="260"/>
        <source>Remove entry</source>
        <translation>Quitar entrada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/detail.py" line="260"/>
        <source>Remove this entry? You can undo it with Ctrl+Z.</source>
        <translation>¿Quitar esta entrada? Puedes deshacerlo con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="22"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="24"/>
        <source>Month, week and agenda views of every client meeting, in your time and the client&apos;s; recurring reviews, minutes that become action items, a one-click prep brief, and iCalendar in and out.</source>
        <translation>Vistas de mes, semana y agenda de todas las reuniones con clientes, en tu hora y en la del cliente; revisiones periódicas, actas que se convierten en tareas, un informe de preparación con un clic, e iCalendar de entrada y salida.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/calendar/tab.py" line="42"/>
        <source>{total} meetings stored, {series} of them recurring series; {week} one-off meetings start in the next 7 days.</source>
        <translation>{total} reuniones guardadas, {series} de ellas series periódicas; {week} reuniones puntuales empiezan en los próximos 7 días.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="23"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="25"/>
        <source>Portfolio KPIs — revenue growth, NPS, retention, agreed-KPI compliance, profitability, pipeline — with charts by period, sector and tier, and the focus list of what needs you today.</source>
        <translation>KPIs de la cartera — crecimiento de ingresos, NPS, retención, cumplimiento de los KPIs acordados, rentabilidad, pipeline — con gráficos por periodo, sector y nivel, y la lista de lo que requiere tu atención hoy.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/dashboard/tab.py" line="52"/>
        <source>{overdue} action items are overdue; {renewals} contracts end within 90 days.</source>
        <translation>{overdue} tareas están vencidas; {renewals} contratos vencen en los próximos 90 días.</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="36"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="39"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="42"/>
        <source>&amp;Import a Workbench database…</source>
        <translation>&amp;Importar una base de datos de Workbench…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="44"/>
        <source>Load &amp;sample portfolio</source>
        <translation>Cargar cartera de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="56"/>
        <source>Cannot open database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="61"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="68"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="81"/>
        <source>Import a Workbench database</source>
        <translation>Importar una base de datos de Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="94"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="95"/>
        <source>Imported {accounts} accounts and {rows} rows in all.</source>
        <translation>Se importaron {accounts} cuentas y {rows} filas en total.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="102"/>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/database_actions.py" line="103"/>
        <source>Nothing was imported.

{error}</source>
        <translation>No se importó nada.

{error}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="33"/>
        <source>Filter by name, sector, country, owner or contact…</source>
        <translation>Filtrar por nombre, sector, país, responsable o contacto…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="35"/>
        <source>All sectors</source>
        <translation>Todos los sectores</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="38"/>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="41"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="43"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="50"/>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="114"/>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="116"/>
        <source>My strategic accounts</source>
        <translation>Mis cuentas estratégicas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="121"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="123"/>
        <source>Health at risk or critical</source>
        <translation>Salud en riesgo o crítica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="126"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="23"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="25"/>
        <source>Every crisis with its severity, timeline and response-time targets, the seed&apos;s playbooks turned into action items, compensations and lessons learned.</source>
        <translation>Cada crisis con su gravedad, su cronología y sus objetivos de tiempo de respuesta; los protocolos de actuación convertidos en tareas, las compensaciones y las lecciones aprendidas.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/incidents/tab.py" line="41"/>
        <source>{open} incidents are open, {critical} of them critical.</source>
        <translation>{open} incidencias abiertas, {critical} de ellas críticas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/app.py" line="45"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="46"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="47"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="48"/>
        <source>Incidents</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <location filename="../../workbench/app.py" line="49"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="76"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="87"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="90"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="92"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="96"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="98"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="110"/>
        <source>&amp;About Account Workbench</source>
        <translation>&amp;Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="122"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="125"/>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="134"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="136"/>
        <source>The interface will be in {language} the next time Account Workbench starts.</source>
        <translation>La interfaz estará en {language} la próxima vez que se inicie Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="144"/>
        <source>About Account Workbench</source>
        <translation>Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="146"/>
        <source>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;The key-account manager&apos;s book of accounts: offline-first, instant, private.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;La cartera del administrador de cuentas clave: sin conexión, instantánea, privada.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="150"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="180"/>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="182"/>
        <source>A background task is still running. Quit anyway? It will be cancelled and nothing it was writing will be kept.</source>
        <translation>Todavía hay una tarea en segundo plano. ¿Salir de todos modos? Se cancelará y no se guardará nada de lo que estaba escribiendo.</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="173"/>
        <source>Undefined: no revenue in the previous quarter.</source>
        <translation>Sin definir: no hubo ingresos en el trimestre anterior.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="177"/>
        <source>Undefined: no survey responses in the last 12 months.</source>
        <translation>Sin definir: no hay respuestas de encuestas en los últimos 12 meses.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="181"/>
        <source>Part of {parent}</source>
        <translation>Parte de {parent}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="203"/>
        <source>No health score: no NPS, revenue, KPI, incident, contact or renewal data yet.</source>
        <translation>Sin índice de salud: aún no hay datos de NPS, ingresos, KPIs, incidencias, contactos ni renovaciones.</translation>
    </message>
</context>
<context>
    <name>PortfolioColumns</name>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="45"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="46"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="47"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="49"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="50"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="51"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="52"/>
        <source>Annual revenue</source>
        <translation>Ingresos anuales</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="53"/>
        <source>Growth QoQ</source>
        <translation>Crecimiento trimestral</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="54"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="55"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="56"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="57"/>
        <source>Next renewal</source>
        <translation>Próxima renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/table_model.py" line="58"/>
        <source>Open incidents</source>
        <translation>Incidencias abiertas</translation>
    </message>
</context>
<context>
    <name>PortfolioEdits</name>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="86"/>
        <source>Create account {name}</source>
        <translation>Crear la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="99"/>
        <source>Edit account {name}</source>
        <translation>Editar la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="110"/>
        <source>Archive {name}</source>
        <translation>Archivar {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="112"/>
        <source>Restore {name}</source>
        <translation>Restaurar {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="131"/>
        <source>Delete account {name}</source>
        <translation>Eliminar la cuenta {name}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="153"/>
        <source>Add to {list}</source>
        <translation>Añadir a {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="166"/>
        <source>Edit in {list}</source>
        <translation>Editar en {list}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/edits.py" line="183"/>
        <source>Remove from {list}</source>
        <translation>Quitar de {list}</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="119"/>
        <source>New account…</source>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="121"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="124"/>
        <source>Visible rows to CSV…</source>
        <translation>Filas visibles a CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="125"/>
        <source>Visible rows to Excel…</source>
        <translation>Filas visibles a Excel…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="200"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="215"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="216"/>
        <source>The accounts could not be loaded.

{error}</source>
        <translation>No se pudieron cargar las cuentas.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="252"/>
        <source>{shown} of {total} accounts</source>
        <translation>{shown} de {total} cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="329"/>
        <source>Export accounts</source>
        <translation>Exportar cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="344"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="347"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="348"/>
        <source>{count} accounts written to {path}.</source>
        <translation>{count} cuentas escritas en {path}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="354"/>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="354"/>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="386"/>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="395"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="418"/>
        <source>Delete {name}?</source>
        <translation>¿Eliminar {name}?</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="420"/>
        <source>This also deletes: {records}.</source>
        <translation>También se eliminan: {records}.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="421"/>
        <source>You can undo it with Ctrl+Z until you close the window.</source>
        <translation>Puedes deshacerlo con Ctrl+Z hasta que cierres la ventana.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/view.py" line="422"/>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="21"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="23"/>
        <source>Personalised proposals from templates: priced line items with exact totals, a phased implementation plan, ROI analysis, a budget-fit check, versions and autosave, exported to PDF.</source>
        <translation>Propuestas personalizadas a partir de plantillas: partidas con totales exactos, plan de implementación por fases, análisis de ROI, comprobación del presupuesto, versiones y guardado automático, exportadas a PDF.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/proposals/tab.py" line="38"/>
        <source>{proposals} proposals stored; {drafts} versions are drafts.</source>
        <translation>{proposals} propuestas guardadas; {drafts} versiones son borradores.</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="144"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="145"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/records.py" line="146"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>SampleLoader</name>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="41"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="41"/>
        <source>Open or create a database first.</source>
        <translation>Primero abre o crea una base de datos.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="47"/>
        <location filename="../../workbench/ui/sample_loading.py" line="61"/>
        <location filename="../../workbench/ui/sample_loading.py" line="93"/>
        <location filename="../../workbench/ui/sample_loading.py" line="102"/>
        <source>Sample portfolio</source>
        <translation>Cartera de ejemplo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="49"/>
        <source>The sample portfolio only goes into an empty database, so it never mixes with your accounts. Create one with File → New database, then load it there.</source>
        <translation>La cartera de ejemplo solo se carga en una base de datos vacía, para que nunca se mezcle con tus cuentas. Crea una con Archivo → Nueva base de datos y cárgala allí.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="55"/>
        <source>Creating the sample portfolio…</source>
        <translation>Creando la cartera de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="95"/>
        <source>The sample portfolio could not be created; nothing was written.

{error}</source>
        <translation>No se pudo crear la cartera de ejemplo; no se escribió nada.

{error}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/sample_loading.py" line="102"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
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
</context>
<context>
    <name>enums</name>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="14"/>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="15"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="16"/>
        <source>Logistics</source>
        <translation>Logística</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="17"/>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="18"/>
        <source>Manufacturing</source>
        <translation>Manufactura</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="19"/>
        <source>Telecom</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="20"/>
        <source>Advertising</source>
        <translation>Publicidad</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="21"/>
        <source>Pharma</source>
        <translation>Farmacéutica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="22"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="23"/>
        <source>Strategic</source>
        <translation>Estratégica</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="24"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="25"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="26"/>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="27"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="28"/>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="29"/>
        <source>Churned</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="30"/>
        <source>Account management</source>
        <translation>Gestión de cuentas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="31"/>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="32"/>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="33"/>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="34"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="35"/>
        <source>Finance team</source>
        <translation>Finanzas (equipo)</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="36"/>
        <source>Decision maker</source>
        <translation>Decisor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="37"/>
        <source>Economic buyer</source>
        <translation>Comprador económico</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="38"/>
        <source>Influencer</source>
        <translation>Influenciador</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="39"/>
        <source>Champion</source>
        <translation>Promotor interno</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="40"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="41"/>
        <source>Gatekeeper</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="42"/>
        <location filename="../../workbench/ui/common/enum_labels.py" line="48"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="43"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="44"/>
        <location filename="../../workbench/ui/common/enum_labels.py" line="50"/>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="45"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="46"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="47"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="49"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="51"/>
        <source>New business</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="52"/>
        <source>Cross-sell</source>
        <translation>Venta cruzada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="53"/>
        <source>Upsell</source>
        <translation>Venta adicional</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="54"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="55"/>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="56"/>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="57"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="58"/>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="59"/>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="60"/>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="61"/>
        <source>Not due</source>
        <translation>No vence aún</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="62"/>
        <source>In negotiation</source>
        <translation>En negociación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="63"/>
        <source>Renewed</source>
        <translation>Renovado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="64"/>
        <source>Renews automatically</source>
        <translation>Renovación automática</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="65"/>
        <source>Not renewing</source>
        <translation>No se renueva</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="66"/>
        <source>At least</source>
        <translation>Como mínimo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="67"/>
        <source>At most</source>
        <translation>Como máximo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="68"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="69"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="70"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="71"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="72"/>
        <source>Market trend</source>
        <translation>Tendencia de mercado</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="73"/>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="74"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="75"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="76"/>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/common/enum_labels.py" line="77"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../workbench/services/account_records.py" line="178"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="179"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="180"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="183"/>
        <source>Decision role</source>
        <translation>Rol en la decisión</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="189"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="193"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="194"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="196"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="198"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="210"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="216"/>
        <location filename="../../workbench/services/account_records.py" line="241"/>
        <location filename="../../workbench/services/account_records.py" line="395"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="221"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="224"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="237"/>
        <location filename="../../workbench/services/accounts.py" line="34"/>
        <source>Name</source>
        <extracomment>The account form, in the same terms as the detail lists&apos; forms.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="248"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="255"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="262"/>
        <source>Probability %</source>
        <translation>Probabilidad %</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="269"/>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="281"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="284"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="288"/>
        <source>End (renewal)</source>
        <translation>Fin (renovación)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="294"/>
        <source>Annual value</source>
        <translation>Valor anual</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="301"/>
        <source>Notice (days)</source>
        <translation>Preaviso (días)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="309"/>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="326"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="332"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="339"/>
        <source>Committed</source>
        <translation>Comprometido</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="344"/>
        <location filename="../../workbench/services/account_records.py" line="402"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="354"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="358"/>
        <source>Target is</source>
        <translation>El objetivo es</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="365"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="369"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="372"/>
        <source>Reported</source>
        <translation>Se informa</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="380"/>
        <source>Latest actual</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="381"/>
        <source>Measured on</source>
        <translation>Medido el</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="391"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="400"/>
        <source>Competitor</source>
        <translation>Competidor</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="406"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="419"/>
        <source>Action</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="422"/>
        <location filename="../../workbench/services/accounts.py" line="53"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="426"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="430"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="433"/>
        <location filename="../../workbench/services/accounts.py" line="48"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="35"/>
        <source>Parent account</source>
        <translation>Cuenta matriz</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="38"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="44"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="55"/>
        <source>Country (ISO code)</source>
        <translation>País (código ISO)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="57"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="60"/>
        <source>Currency (ISO code)</source>
        <translation>Moneda (código ISO)</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="64"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="65"/>
        <source>E-mail domain</source>
        <translation>Dominio de correo</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="66"/>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <location filename="../../workbench/domain/health.py" line="128"/>
        <source>NPS {nps} from {n} responses</source>
        <extracomment>Why, as a translatable template and its parameters.</extracomment>
        <translation>NPS {nps} con {n} respuestas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="142"/>
        <source>Revenue {growth:+}% on the previous quarter</source>
        <translation>Ingresos {growth:+}% respecto al trimestre anterior</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="153"/>
        <source>{share}% of agreed-KPI measurements on target</source>
        <translation>{share}% de las mediciones de KPIs acordados en objetivo</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="166"/>
        <source>{open} open incidents, {critical} critical</source>
        <translation>{open} incidencias abiertas, {critical} críticas</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="177"/>
        <source>Last contact {days} days ago</source>
        <translation>Último contacto hace {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="189"/>
        <source>Renewal secured; contract ends in {days} days</source>
        <translation>Renovación asegurada; el contrato vence en {days} días</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/health.py" line="191"/>
        <source>Contract ends in {days} days, not yet renewed</source>
        <translation>El contrato vence en {days} días y aún no está renovado</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../workbench/services/account_records.py" line="175"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="205"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="233"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="277"/>
        <source>Contracts</source>
        <translation>Contratos</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="321"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="350"/>
        <source>Agreed KPIs</source>
        <translation>KPIs acordados</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="387"/>
        <source>Market notes</source>
        <translation>Notas de mercado</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="415"/>
        <source>Open action items</source>
        <translation>Tareas abiertas</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../workbench/domain/validation.py" line="86"/>
        <source>This field is required.</source>
        <extracomment>Translation context of ``message``.</extracomment>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="96"/>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="104"/>
        <location filename="../../workbench/services/account_records.py" line="465"/>
        <source>Must not be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="115"/>
        <source>Use at most {places} decimal places.</source>
        <translation>Usa como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="132"/>
        <source>Must be after the start.</source>
        <translation>Debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="140"/>
        <source>Use a three-letter ISO currency code, e.g. EUR.</source>
        <translation>Usa un código de moneda ISO de tres letras, p. ej. EUR.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="149"/>
        <source>Use a two-letter ISO country code, e.g. ES.</source>
        <translation>Usa un código de país ISO de dos letras, p. ej. ES.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="159"/>
        <source>Unknown time zone {zone!r}; use e.g. Europe/Madrid.</source>
        <translation>Zona horaria desconocida {zone!r}; usa p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="169"/>
        <source>Not an e-mail address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="134"/>
        <source>Give a first or last name.</source>
        <extracomment>English label, marked for translation in context &quot;fields&quot;. Rules across fields, beyond each field&apos;s own limits. Values set from the account rather than typed (e.g. the currency). Restricts the listed records (e.g. only open action items). Extra, computed columns: (key, label) filled by ``extra_values``.</extracomment>
        <translation>Indica un nombre o un apellido.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="145"/>
        <source>Name a colleague or a team as owner.</source>
        <translation>Indica un compañero o un equipo como responsable.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="469"/>
        <location filename="../../workbench/services/accounts.py" line="133"/>
        <source>Choose a value from the list.</source>
        <translation>Elige un valor de la lista.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/account_records.py" line="476"/>
        <source>Not a quarter.</source>
        <translation>No es un trimestre.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="142"/>
        <source>An account cannot be its own parent or a parent of its parent.</source>
        <translation>Una cuenta no puede ser su propia matriz ni la matriz de su matriz.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="151"/>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <location filename="../../workbench/services/accounts.py" line="156"/>
        <source>That colleague no longer exists.</source>
        <translation>Ese compañero ya no existe.</translation>
    </message>
</context>
</TS>
