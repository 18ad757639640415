<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
        <location filename="../../workbench/ui/main_window.py" line="75"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="86"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="88"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="100"/>
        <source>&amp;About Account Workbench</source>
        <translation>&amp;Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="112"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="115"/>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="124"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="126"/>
        <source>The interface will be in {language} the next time Account Workbench starts.</source>
        <translation>La interfaz estará en {language} la próxima vez que se inicie Account Workbench.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="134"/>
        <source>About Account Workbench</source>
        <translation>Acerca de Account Workbench</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="136"/>
        <source>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;The key-account manager&apos;s book of accounts: offline-first, instant, private.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Account Workbench {version}&lt;/h3&gt;&lt;p&gt;La cartera del administrador de cuentas clave: sin conexión, instantánea, privada.&lt;/p&gt;&lt;p&gt;Base de datos: {path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="140"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="170"/>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/main_window.py" line="172"/>
        <source>A background task is still running. Quit anyway? It will be cancelled and nothing it was writing will be kept.</source>
        <translation>Todavía hay una tarea en segundo plano. ¿Salir de todos modos? Se cancelará y no se guardará nada de lo que estaba escribiendo.</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../../workbench/ui/portfolio/tab.py" line="20"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/tab.py" line="22"/>
        <source>Every account at a glance: revenue and growth, NPS, health score, next meeting, next renewal and open incidents, filterable as you type, with the account&apos;s detail and KPI charts beside it.</source>
        <translation>Todas las cuentas de un vistazo: ingresos y crecimiento, NPS, índice de salud, próxima reunión, próxima renovación e incidencias abiertas, con filtro al escribir, y el detalle de la cuenta y sus gráficos de KPIs al lado.</translation>
    </message>
    <message>
        <location filename="../../workbench/ui/portfolio/tab.py" line="47"/>
        <source>This database holds {accounts} active accounts ({archived} archived), {contacts} contacts and {incidents} open incidents.</source>
        <translation>Esta base de datos contiene {accounts} cuentas activas ({archived} archivadas), {contacts} contactos y {incidents} incidencias abiertas.</translation>
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
    <name>validation</name>
    <message>
        <location filename="../../workbench/domain/validation.py" line="81"/>
        <location filename="../../workbench/domain/validation.py" line="185"/>
        <location filename="../../workbench/domain/validation.py" line="203"/>
        <source>This field is required.</source>
        <extracomment>Translation context of ``message``.</extracomment>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="91"/>
        <source>Must be between {low} and {high}.</source>
        <translation>Debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="99"/>
        <source>Must not be negative.</source>
        <translation>No puede ser negativo.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="110"/>
        <source>Use at most {places} decimal places.</source>
        <translation>Usa como máximo {places} decimales.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="127"/>
        <source>Must be after the start.</source>
        <translation>Debe ser posterior al inicio.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="135"/>
        <source>Use a three-letter ISO currency code, e.g. EUR.</source>
        <translation>Usa un código de moneda ISO de tres letras, p. ej. EUR.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="144"/>
        <source>Use a two-letter ISO country code, e.g. ES.</source>
        <translation>Usa un código de país ISO de dos letras, p. ej. ES.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="154"/>
        <source>Unknown time zone {zone!r}; use e.g. Europe/Madrid.</source>
        <translation>Zona horaria desconocida {zone!r}; usa p. ej. Europe/Madrid.</translation>
    </message>
    <message>
        <location filename="../../workbench/domain/validation.py" line="164"/>
        <source>Not an e-mail address.</source>
        <translation>No es una dirección de correo electrónico.</translation>
    </message>
</context>
</TS>
