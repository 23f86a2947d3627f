<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountServiceText</name>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>No existe la cuenta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The importer number %1 already belongs to the account &apos;%2&apos;.</source>
        <translation>El número de importador %1 ya pertenece a la cuenta &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no account with the importer number %1.</source>
        <translation>No hay ninguna cuenta con el número de importador %1.</translation>
    </message>
    <message>
        <source>The account has no program &apos;%1&apos;.</source>
        <translation>La cuenta no tiene el programa &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The exam port &apos;%1&apos; is not in the reference data.</source>
        <translation>El puerto de examen &apos;%1&apos; no figura en los datos de referencia.</translation>
    </message>
    <message>
        <source>Moving an account to another Center needs a reason.</source>
        <translation>Para trasladar una cuenta a otro Centro hay que indicar un motivo.</translation>
    </message>
    <message>
        <source>The account is already in Center %1.</source>
        <translation>La cuenta ya está en el Centro %1.</translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;.</source>
        <translation>No existe el Centro &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Select at least one account to reassign.</source>
        <translation>Seleccione al menos una cuenta para reasignar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user with the NAM role.</source>
        <translation>&apos;%1&apos; no es un usuario con el rol de NAM.</translation>
    </message>
    <message>
        <source>(account %1; nothing was reassigned)</source>
        <translation>(cuenta %1; no se reasignó nada)</translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>El contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (7 to 25 digits, spaces, +, -, parentheses).</source>
        <translation>&apos;%1&apos; no es un número de teléfono (de 7 a 25 dígitos, espacios, +, -, paréntesis).</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>La cuenta necesita un nombre.</translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;; use one of the ten codes (AGR, AFT, AUT, ...).</source>
        <translation>No existe el Centro &apos;%1&apos;; use uno de los diez códigos (AGR, AFT, AUT, ...).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user with the NAM role.</source>
        <translation>&apos;%1&apos; no es un usuario con el rol de NAM.</translation>
    </message>
    <message>
        <source>The size class is &apos;%1&apos;; use small, medium or large.</source>
        <translation>La clase de tamaño es &apos;%1&apos;; use small, medium o large.</translation>
    </message>
    <message>
        <source>The exam port &apos;%1&apos; is not in the reference data.</source>
        <translation>El puerto de examen &apos;%1&apos; no figura en los datos de referencia.</translation>
    </message>
    <message>
        <source>A certification needs a kind and a valid-from date.</source>
        <translation>La certificación necesita un tipo y una fecha de inicio de validez.</translation>
    </message>
    <message>
        <source>There is no PGA &apos;%1&apos;.</source>
        <translation>No existe la PGA &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The certification ends before it starts.</source>
        <translation>La certificación termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>The backup could not be written: the disk holding the folder %1 is full (%2). The store was not changed; free some space and try again.</source>
        <translation>No se pudo escribir la copia de seguridad: el disco de la carpeta %1 está lleno (%2). El almacén no se modificó; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backup could not be written: the folder %1 is not writable (%2). The store was not changed; choose another folder or fix its permissions.</source>
        <translation>No se pudo escribir la copia de seguridad: no se puede escribir en la carpeta %1 (%2). El almacén no se modificó; elija otra carpeta o corrija sus permisos.</translation>
    </message>
    <message>
        <source>The backup could not be written into the folder %1 (%2). The store was not changed; check the free space and the folder&apos;s permissions.</source>
        <translation>No se pudo escribir la copia de seguridad en la carpeta %1 (%2). El almacén no se modificó; compruebe el espacio libre y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. The store was not changed; check the permissions of its parent folder.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1. El almacén no se modificó; compruebe los permisos de la carpeta que la contiene.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation>Antes de actualizar</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>The file %1 cannot be used as a CenterDesk store: %2. Nothing was changed.</source>
        <translation>El archivo %1 no se puede usar como almacén de CenterDesk: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>it is a SQLite database of another program</source>
        <translation>es una base de datos SQLite de otro programa</translation>
    </message>
    <message>
        <source>it was written by a newer CenterDesk (schema version %1; this version knows up to %2)</source>
        <translation>lo escribió un CenterDesk más reciente (versión de esquema %1; esta versión conoce hasta la %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>está dañado (%1)</translation>
    </message>
    <message>
        <source>The file %1 exists already; a backup never writes over a file. Choose another name.</source>
        <translation>El archivo %1 ya existe; una copia de seguridad nunca sobrescribe un archivo. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read for a backup: %2.</source>
        <translation>No se puede leer el almacén %1 para la copia de seguridad: %2.</translation>
    </message>
    <message>
        <source>schema version %1 instead of %2</source>
        <translation>versión de esquema %1 en lugar de %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its check after it was written and was deleted: %2</source>
        <translation>La copia de seguridad %1 no superó la comprobación tras escribirse y se eliminó: %2</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>no se puede renombrar %1</translation>
    </message>
    <message>
        <source>%1 may not change how many backups are kept: only an administrator can.</source>
        <translation>%1 no puede cambiar cuántas copias de seguridad se conservan: solo un administrador puede hacerlo.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 365, not %2.</source>
        <translation>%1 debe estar entre 0 y 365, no %2.</translation>
    </message>
    <message>
        <source>The old backup %1 cannot be deleted. Check the permissions of the folder %2.</source>
        <translation>No se puede eliminar la copia de seguridad antigua %1. Compruebe los permisos de la carpeta %2.</translation>
    </message>
    <message>
        <source>%1 may not restore a backup: only an administrator can replace the store.</source>
        <translation>%1 no puede restaurar una copia de seguridad: solo un administrador puede reemplazar el almacén.</translation>
    </message>
    <message>
        <source>The file %1 is the store itself.</source>
        <translation>El archivo %1 es el propio almacén.</translation>
    </message>
    <message>
        <source>The store %1 is still open in another CenterDesk window or command. Close it, then restore again.</source>
        <translation>El almacén %1 sigue abierto en otra ventana o comando de CenterDesk. Ciérrelo y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>The store %1 cannot be kept aside as %2, so it was not replaced. Check the folder&apos;s free space and permissions.</source>
        <translation>El almacén %1 no se puede conservar aparte como %2, así que no se reemplazó. Compruebe el espacio libre y los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>The store %1 could not be replaced (%2); it was left as it was.</source>
        <translation>No se pudo reemplazar el almacén %1 (%2); quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Select at least one case.</source>
        <translation>Seleccione al menos un caso.</translation>
    </message>
    <message>
        <source>Choose the step to take.</source>
        <translation>Elija el paso que desea dar.</translation>
    </message>
    <message>
        <source>Give the reason for the escalation.</source>
        <translation>Indique el motivo de la escalada.</translation>
    </message>
    <message>
        <source>Cancelled: no case was changed.</source>
        <translation>Cancelado: no se modificó ningún caso.</translation>
    </message>
    <message>
        <source>Only an assignment can be undone. A workflow step or an escalation has started clocks and sent notices, and sending a case back is the receiving level&apos;s decision.</source>
        <translation>Solo se puede deshacer una asignación. Un paso del flujo de trabajo o una escalada ya ha iniciado plazos y enviado avisos, y devolver un caso es decisión del nivel que lo recibe.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendarMessages</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Año Nuevo</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Natalicio de Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Natalicio de Washington</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Día de los Caídos</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Día Nacional de la Independencia de Juneteenth</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Día de la Independencia</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Día del Trabajo</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Día de Colón</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Día de los Veteranos</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Día de Acción de Gracias</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Día de Navidad</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>fecha no válida</translation>
    </message>
    <message>
        <source>weekend (%1)</source>
        <translation>fin de semana (%1)</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (feriado observado)</translation>
    </message>
    <message>
        <source>Center closed</source>
        <translation>Centro cerrado</translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos; in the store %2.</source>
        <translation>No existe el Centro &apos;%1&apos; en la base de datos %2.</translation>
    </message>
    <message>
        <source>Center %1 has time zone &apos;%2&apos;, which is not an IANA time zone known to this system.</source>
        <translation>El Centro %1 tiene la zona horaria &apos;%2&apos;, que no es una zona horaria IANA conocida en este sistema.</translation>
    </message>
    <message>
        <source>Center %1 has business hours %2-%3; the opening must come before the closing.</source>
        <translation>El Centro %1 tiene el horario de atención %2-%3; la apertura debe ser anterior al cierre.</translation>
    </message>
    <message>
        <source>Center %1 has a closure on &apos;%2&apos;, which is not a YYYY-MM-DD date.</source>
        <translation>El Centro %1 tiene un cierre el &apos;%2&apos;, que no es una fecha AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <source>%1 may not change a Center&apos;s calendar: only administrators do.</source>
        <translation>%1 no puede cambiar el calendario de un Centro: solo lo hacen los administradores.</translation>
    </message>
    <message>
        <source>There is no Center %1.</source>
        <translation>No existe el Centro %1.</translation>
    </message>
    <message>
        <source>Business hours need an opening time before the closing time, both as HH:mm.</source>
        <translation>El horario de atención necesita una hora de apertura anterior a la de cierre, ambas como HH:mm.</translation>
    </message>
    <message>
        <source>The closure needs a day, as YYYY-MM-DD.</source>
        <translation>El cierre necesita un día, como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Say why the Center is closed; the reason explains the clocks&apos; due dates.</source>
        <translation>Indique por qué está cerrado el Centro; el motivo explica los vencimientos de los plazos.</translation>
    </message>
    <message>
        <source>%1 is already a closure of %2 (%3).</source>
        <translation>%1 ya es un cierre de %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a closure of %2.</source>
        <translation>%1 no es un cierre de %2.</translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation>No existe el caso &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The case %1 has the unknown type &apos;%2&apos;.</source>
        <translation>El caso %1 tiene el tipo desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no PGA &apos;%1&apos;.</source>
        <translation>No existe la PGA &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A reference is an entry, hts, ruling, protest, ftz or pga, not &apos;%1&apos;.</source>
        <translation>Una referencia es de tipo entry, hts, ruling, protest, ftz o pga, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case type; use one of: %2.</source>
        <translation>&apos;%1&apos; no es un tipo de caso; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;; give its importer number.</source>
        <translation>No existe la cuenta &apos;%1&apos;; indique su número de importador.</translation>
    </message>
    <message>
        <source>open a %1 case</source>
        <translation>abrir un caso de tipo %1</translation>
    </message>
    <message>
        <source>A case needs a subject.</source>
        <translation>El caso necesita un asunto.</translation>
    </message>
    <message>
        <source>The priority is one of low, normal, high, urgent.</source>
        <translation>La prioridad debe ser low, normal, high o urgent.</translation>
    </message>
    <message>
        <source>A %1 is raised at a port: give the port code.</source>
        <translation>Un caso de tipo %1 se presenta en un puerto: indique el código del puerto.</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; is not in the reference data.</source>
        <translation>El puerto &apos;%1&apos; no figura en los datos de referencia.</translation>
    </message>
    <message>
        <source>%1 is required for a %2.</source>
        <translation>%1 es obligatorio en un caso de tipo %2.</translation>
    </message>
    <message>
        <source>%1 is one of %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; write YYYY-MM-DD.</source>
        <translation>%1: &apos;%2&apos; no es una fecha; escriba AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A %1 has no field &apos;%2&apos;.</source>
        <translation>Un caso de tipo %1 no tiene el campo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is no active user &apos;%1&apos;.</source>
        <translation>No hay ningún usuario activo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 holds no role for this case (Center %2) and cannot work it.</source>
        <translation>%1 no tiene ningún rol para este caso (Centro %2) y no puede tramitarlo.</translation>
    </message>
    <message>
        <source>The case %1 was merged into another case; work on that one.</source>
        <translation>El caso %1 se fusionó con otro caso; trabaje en ese.</translation>
    </message>
    <message>
        <source>The case %1 is &apos;%2&apos;; from there it can go: %3; not &apos;%4&apos;.</source>
        <translation>El caso %1 está en &apos;%2&apos;; desde ahí puede pasar a: %3; no a &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>ningún estado</translation>
    </message>
    <message>
        <source>take the step &apos;%1&apos;</source>
        <translation>dar el paso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; needs a comment.</source>
        <translation>El paso &apos;%1&apos; requiere un comentario.</translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; needs the field &apos;%2&apos;.</source>
        <translation>El paso &apos;%1&apos; requiere el campo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Formal Center input is for trusted partners (ISA or C-TPAT); %1 is %2.</source>
        <translation>La opinión formal del Centro es para socios comerciales de confianza (ISA o C-TPAT); la categoría de %1 es %2.</translation>
    </message>
    <message>
        <source>Formal Center input is requested when the trusted partner asks for it; record that it asked (center-input-asked = yes).</source>
        <translation>La opinión formal del Centro se solicita cuando el socio comercial de confianza la pide; registre que la pidió (center-input-asked = yes).</translation>
    </message>
    <message>
        <source>The case %1 has open child cases (%2); close them first.</source>
        <translation>El caso %1 tiene casos dependientes abiertos (%2); ciérrelos primero.</translation>
    </message>
    <message>
        <source>%1 policy</source>
        <translation>política %1</translation>
    </message>
    <message>
        <source>acknowledgement at %1</source>
        <translation>acuse de recibo en %1</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>El comentario necesita algo de texto.</translation>
    </message>
    <message>
        <source>comment on the case</source>
        <translation>comentar el caso</translation>
    </message>
    <message>
        <source>assign the case</source>
        <translation>asignar el caso</translation>
    </message>
    <message>
        <source>An escalation needs a reason.</source>
        <translation>El escalamiento necesita un motivo.</translation>
    </message>
    <message>
        <source>The case %1 is already at %2; there is no level above.</source>
        <translation>El caso %1 ya está en %2; no hay un nivel superior.</translation>
    </message>
    <message>
        <source>escalate the case to %1</source>
        <translation>escalar el caso a %1</translation>
    </message>
    <message>
        <source>Sending a case back down needs a reason.</source>
        <translation>Para devolver un caso al nivel inferior hay que indicar un motivo.</translation>
    </message>
    <message>
        <source>The case %1 is at %2; there is no level below.</source>
        <translation>El caso %1 está en %2; no hay un nivel inferior.</translation>
    </message>
    <message>
        <source>send the case back to %1</source>
        <translation>devolver el caso a %1</translation>
    </message>
    <message>
        <source>acknowledge the escalation</source>
        <translation>acusar recibo del escalamiento</translation>
    </message>
    <message>
        <source>The case %1 has no escalation waiting for acknowledgement.</source>
        <translation>El caso %1 no tiene ningún escalamiento pendiente de acuse de recibo.</translation>
    </message>
    <message>
        <source>add a reference</source>
        <translation>agregar una referencia</translation>
    </message>
    <message>
        <source>The case already has the reference %1.</source>
        <translation>El caso ya tiene la referencia %1.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un caso no puede vincularse consigo mismo.</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>vincular %1</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation>%1 y %2 ya están vinculados.</translation>
    </message>
    <message>
        <source>A case merges into another case that was not merged itself.</source>
        <translation>Un caso solo puede fusionarse con otro caso que no haya sido fusionado.</translation>
    </message>
    <message>
        <source>Only cases of the same account are merged (%1 and %2 are not).</source>
        <translation>Solo se fusionan casos de la misma cuenta (%1 y %2 no lo son).</translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation>fusionar %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado con %1</translation>
    </message>
    <message>
        <source>There is no alert &apos;%1&apos; for %2.</source>
        <translation>No hay ninguna alerta &apos;%1&apos; para %2.</translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; takes no field &apos;%2&apos;.</source>
        <translation>El paso «%1» no admite el campo «%2».</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>OFO HQ</source>
        <translation>HQ de OFO</translation>
    </message>
    <message>
        <source>Regulations &amp; Rulings (HQ)</source>
        <translation>Oficina de Regulations &amp; Rulings (HQ)</translation>
    </message>
    <message>
        <source>FP&amp;F HQ</source>
        <translation>HQ de FP&amp;F</translation>
    </message>
    <message>
        <source>BIEC (HQ)</source>
        <translation>BIEC (HQ)</translation>
    </message>
    <message>
        <source>attach a file to the case</source>
        <translation>adjuntar un archivo al caso</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments are at most %3 MiB.</source>
        <translation>%1 ocupa %2 MiB; los adjuntos tienen como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was read; try again.</source>
        <translation>%1 cambió mientras se leía; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>No existe el adjunto %1.</translation>
    </message>
    <message>
        <source>The attachment %1 no longer matches its SHA-256; the store is damaged. Restore it from a backup.</source>
        <translation>El adjunto %1 ya no coincide con su SHA-256; el almacén está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Acknowledgement of the escalation</source>
        <translation>Acuse de recibo del escalamiento</translation>
    </message>
    <message>
        <source>Formal Center input</source>
        <translation>Opinión formal del Centro</translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation>Plazo legal</translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n hora hábil</numerusform>
            <numerusform>%n horas hábiles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation>%1 horas hábiles</translation>
    </message>
    <message>
        <source>%1 (%2): due %3.</source>
        <translation>%1 (%2): vence el %3.</translation>
    </message>
    <message>
        <source>Statutory clocks are never paused by the case&apos;s state.</source>
        <translation>El estado del caso nunca pausa los relojes legales.</translation>
    </message>
    <message>
        <source>%1: target %2 (service level %3), started %4.</source>
        <translation>%1: plazo de %2 (nivel de servicio %3); comenzó el %4.</translation>
    </message>
    <message>
        <source>The target changed from %1 to %2 on %3 (%4); the time already used was kept.</source>
        <translation>El plazo cambió de %1 a %2 el %3 (%4); se conservó el tiempo ya consumido.</translation>
    </message>
    <message>
        <source>Paused since %1 (%2).</source>
        <translation>En pausa desde el %1 (%2).</translation>
    </message>
    <message>
        <source>Paused %1 to %2 (%3): %4 not counted.</source>
        <translation>En pausa del %1 al %2 (%3): %4 sin contar.</translation>
    </message>
    <message>
        <source>Counts business hours %1-%2 (%3), skipping weekends, federal holidays and the Center&apos;s closures.</source>
        <translation>Cuenta las horas hábiles de %1 a %2 (%3), sin contar fines de semana, días feriados federales ni cierres del Centro.</translation>
    </message>
    <message>
        <source>Days not counted: %1.</source>
        <translation>Días no contados: %1.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2: %3.</source>
        <translation>Se detuvo el %1 tras %2: %3.</translation>
    </message>
    <message>
        <source>Used %1 of %2; due %3.</source>
        <translation>Tiempo consumido: %1 de %2; vence el %3.</translation>
    </message>
    <message>
        <source>Used %1 of %2; no due date while paused.</source>
        <translation>Tiempo consumido: %1 de %2; sin vencimiento mientras esté en pausa.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>vencido</translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file has %1 bytes; at most %2 are accepted.</source>
        <translation>El archivo tiene %1 bytes; se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation>El archivo no es texto UTF-8; guárdelo como CSV UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text file.</source>
        <translation>El archivo contiene un carácter NUL; no es un archivo de texto.</translation>
    </message>
    <message>
        <source>Line %1: a field has %2 characters; at most %3 are accepted.</source>
        <translation>Línea %1: un campo tiene %2 caracteres; se aceptan como máximo %3.</translation>
    </message>
    <message>
        <source>The file has more than %1 lines.</source>
        <translation>El archivo tiene más de %1 líneas.</translation>
    </message>
    <message>
        <source>Line %1: a quote stands inside a field; quote the whole field and double the quotes in it.</source>
        <translation>Línea %1: hay comillas dentro de un campo; encierre todo el campo entre comillas y duplique las comillas internas.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote.</source>
        <translation>Línea %1: hay texto después de unas comillas de cierre.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Línea %1: un campo entre comillas nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>DemoMessages</name>
    <message>
        <source>The store %1 holds real work and is not a demo store; demo data is only written to a new store or a demo store.</source>
        <translation>La base de datos %1 contiene trabajo real y no es de demostración; los datos de demostración solo se escriben en una base de datos nueva o de demostración.</translation>
    </message>
</context>
<context>
    <name>GeneratorText</name>
    <message>
        <source>Generating data in %1 failed: %2</source>
        <translation>La generación de datos en %1 falló: %2</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The password hash could not be computed.</source>
        <translation>No se pudo calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>the store has no reference data</source>
        <translation>el almacén no tiene datos de referencia</translation>
    </message>
    <message>
        <source>At least 5 accounts are needed.</source>
        <translation>Se necesitan al menos 5 cuentas.</translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation>El número de casos no puede ser negativo.</translation>
    </message>
    <message>
        <source>Every case has at least one history entry: --events must be at least --cases.</source>
        <translation>Cada caso tiene al menos una entrada en el historial: --events debe ser al menos --cases.</translation>
    </message>
    <message>
        <source>At most 1,000 history entries per case.</source>
        <translation>Como máximo 1.000 entradas de historial por caso.</translation>
    </message>
    <message>
        <source>The end of the history is not a valid time.</source>
        <translation>El final del historial no es una hora válida.</translation>
    </message>
    <message>
        <source>The store %1 already holds work; generated data is only written to a new store.</source>
        <translation>El almacén %1 ya contiene trabajo; los datos generados solo se escriben en un almacén nuevo.</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>entry %1 is missing (the next one is %2)</source>
        <translation>falta el registro %1 (el siguiente es el %2)</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation>el registro %1 no sigue al registro anterior</translation>
    </message>
    <message>
        <source>entry %1 (%2 of %3 %4, %5) was changed after it was written</source>
        <translation>el registro %1 (%2 de %3 %4, %5) se modificó después de escribirse</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>%1 is required when the program&apos;s other columns are filled.</source>
        <translation>%1 es obligatorio cuando las demás columnas del programa están llenas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation>&apos;%1&apos; no es una fecha; escriba AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The C-TPAT tier is &apos;%1&apos;; write 1, 2 or 3.</source>
        <translation>El nivel de C-TPAT es &apos;%1&apos;; escriba 1, 2 o 3.</translation>
    </message>
    <message>
        <source>The import file %1 does not exist or is not a file.</source>
        <translation>El archivo de importación %1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>The import file %1 has %2 bytes; at most %3 are accepted.</source>
        <translation>El archivo de importación %1 tiene %2 bytes; se aceptan como máximo %3.</translation>
    </message>
    <message>
        <source>The import file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de importación %1: %2.</translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation>El archivo está vacío; la primera línea debe nombrar las columnas.</translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;. The columns are: %2.</source>
        <translation>Columna desconocida &apos;%1&apos;. Las columnas son: %2.</translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation>La columna &apos;%1&apos; aparece dos veces.</translation>
    </message>
    <message>
        <source>The required column &apos;%1&apos; is missing.</source>
        <translation>Falta la columna obligatoria &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation>La línea tiene %1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>The importer number %1 already belongs to an account in the store.</source>
        <translation>El número de importador %1 ya pertenece a una cuenta de la base de datos.</translation>
    </message>
    <message>
        <source>The importer number %1 is also on line %2.</source>
        <translation>El número de importador %1 también figura en la línea %2.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordText</name>
    <message>
        <source>libsodium could not start.</source>
        <translation>No se pudo iniciar libsodium.</translation>
    </message>
    <message>
        <source>There was not enough memory to hash the password.</source>
        <translation>No había memoria suficiente para calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; this one has %2.</source>
        <translation>La contraseña debe tener al menos %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords; choose another.</source>
        <translation>Esta contraseña figura en la lista de contraseñas comunes; elija otra.</translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation>La contraseña no puede contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>The password may not be one character repeated.</source>
        <translation>La contraseña no puede ser un solo carácter repetido.</translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>view the account</source>
        <translation>ver la cuenta</translation>
    </message>
    <message>
        <source>change the account</source>
        <translation>modificar la cuenta</translation>
    </message>
    <message>
        <source>import accounts</source>
        <translation>importar cuentas</translation>
    </message>
    <message>
        <source>reassign the account to another NAM</source>
        <translation>reasignar la cuenta a otro NAM</translation>
    </message>
    <message>
        <source>view the users</source>
        <translation>ver los usuarios</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation>modificar los datos de referencia</translation>
    </message>
    <message>
        <source> (Center %1)</source>
        <translation> (Centro %1)</translation>
    </message>
    <message>
        <source>%1 may not %2%3: none of their roles covers it.</source>
        <translation>%1 no puede %2%3: ninguno de sus roles lo permite.</translation>
    </message>
    <message>
        <source>%1 may not see this case: it is outside the scope of their roles.</source>
        <translation>%1 no puede ver este caso: está fuera del alcance de sus roles.</translation>
    </message>
    <message>
        <source>%1 may not %2: it is open to %3 of this case, and %1 holds none of these roles for it.</source>
        <translation>%1 no puede %2: solo pueden hacerlo quienes tengan en este caso uno de estos roles: %3; y %1 no tiene ninguno de ellos.</translation>
    </message>
</context>
<context>
    <name>ProgramText</name>
    <message>
        <source>C-TPAT</source>
        <translation>C-TPAT</translation>
    </message>
    <message>
        <source>ISA</source>
        <translation>ISA</translation>
    </message>
    <message>
        <source>Center participating account</source>
        <translation>Cuenta participante del Centro</translation>
    </message>
    <message>
        <source>Trusted Trader</source>
        <translation>Trusted Trader</translation>
    </message>
    <message>
        <source>%1 tier %2</source>
        <translation>%1 nivel %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, vigencia: %2 – %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CenterDesk cannot open the store</source>
        <translation>CenterDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Choose another store...</source>
        <translation>Elegir otra base de datos...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>Abrir o crear una base de datos</translation>
    </message>
    <message>
        <source>CenterDesk stores (*.db);;All files (*)</source>
        <translation>Bases de datos de CenterDesk (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ReferenceDataMessages</name>
    <message>
        <source>Reference data: %1 has no &apos;%2&apos; (a non-empty text is required).</source>
        <translation>Datos de referencia: %1 no tiene &apos;%2&apos; (se requiere un texto no vacío).</translation>
    </message>
    <message>
        <source>port #%1</source>
        <translation>el puerto n.º %1</translation>
    </message>
    <message>
        <source>Reference data: %1 has code &apos;%2&apos;; a port code is 4 digits.</source>
        <translation>Datos de referencia: %1 tiene el código &apos;%2&apos;; un código de puerto tiene 4 dígitos.</translation>
    </message>
    <message>
        <source>Reference data: port %1 is listed twice.</source>
        <translation>Datos de referencia: el puerto %1 figura dos veces.</translation>
    </message>
    <message>
        <source>Center #%1</source>
        <translation>el Centro n.º %1</translation>
    </message>
    <message>
        <source>Reference data: %1 has code &apos;%2&apos;; a Center code is 3 characters and unique.</source>
        <translation>Datos de referencia: %1 tiene el código &apos;%2&apos;; el código de un Centro tiene 3 caracteres y es único.</translation>
    </message>
    <message>
        <source>Reference data: Center %1 names port %2, which is not in the port list.</source>
        <translation>Datos de referencia: el Centro %1 menciona el puerto %2, que no está en la lista de puertos.</translation>
    </message>
    <message>
        <source>Reference data: Center %1 has time zone &apos;%2&apos;, which is not an IANA time zone known to this system.</source>
        <translation>Datos de referencia: el Centro %1 tiene la zona horaria &apos;%2&apos;, que no es una zona horaria IANA conocida en este sistema.</translation>
    </message>
    <message>
        <source>Reference data: Center %1 has business hours %2-%3; give HH:MM times with the opening before the closing.</source>
        <translation>Datos de referencia: el Centro %1 tiene el horario de atención %2-%3; indique horas HH:MM con la apertura antes del cierre.</translation>
    </message>
    <message>
        <source>PGA #%1</source>
        <translation>la PGA n.º %1</translation>
    </message>
    <message>
        <source>Reference data: PGA %1 is listed twice.</source>
        <translation>Datos de referencia: la PGA %1 figura dos veces.</translation>
    </message>
    <message>
        <source>Reference data is not a JSON object (%1 at offset %2).</source>
        <translation>Los datos de referencia no son un objeto JSON (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>Reference data has no dataVersion (a whole number of 1 or more is required).</source>
        <translation>Los datos de referencia no tienen dataVersion (se requiere un número entero igual o mayor que 1).</translation>
    </message>
    <message>
        <source>Reference data must list at least one Center and one port.</source>
        <translation>Los datos de referencia deben incluir al menos un Centro y un puerto.</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Center staff</source>
        <translation>Personal del Centro</translation>
    </message>
    <message>
        <source>National Account Manager</source>
        <translation>Gerente Nacional de Cuentas</translation>
    </message>
    <message>
        <source>Port official</source>
        <translation>Funcionario de puerto</translation>
    </message>
    <message>
        <source>FP&amp;F officer</source>
        <translation>Oficial de FP&amp;F</translation>
    </message>
    <message>
        <source>HQ analyst</source>
        <translation>Analista de HQ</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>ServiceLevelText</name>
    <message>
        <source>There is no service level for %1 cases of tier %2.</source>
        <translation>No hay nivel de servicio para los casos de tipo %1 de la categoría %2.</translation>
    </message>
    <message>
        <source>%1 may not change service levels: only administrators do.</source>
        <translation>%1 no puede modificar los niveles de servicio: solo los administradores pueden hacerlo.</translation>
    </message>
    <message>
        <source>Targets must be positive, and the resolution target at least the first-response target.</source>
        <translation>Los plazos deben ser positivos, y el plazo de resolución, al menos igual al de primera respuesta.</translation>
    </message>
    <message>
        <source>There is no service level for %1 / %2.</source>
        <translation>No hay nivel de servicio para %1 / %2.</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>The signature file is not a minisign signature: %1.</source>
        <translation>El archivo de firma no es una firma de minisign: %1.</translation>
    </message>
    <message>
        <source>The public key is not a minisign Ed25519 public key (base64 of 42 bytes starting with &quot;Ed&quot;).</source>
        <translation>La clave pública no es una clave pública Ed25519 de minisign (base64 de 42 bytes que empieza por &quot;Ed&quot;).</translation>
    </message>
    <message>
        <source>The secret key file is not a CenterDesk secret key.</source>
        <translation>El archivo de clave secreta no es una clave secreta de CenterDesk.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 exists already; a key is never overwritten. Move it away first.</source>
        <translation>%1 ya existe; una clave nunca se sobrescribe. Muévala antes a otro lugar.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2.</source>
        <translation>No se puede escribir el archivo de clave %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de clave %1.</translation>
    </message>
    <message>
        <source>The workstation key %1 cannot be read: %2. Create one with &apos;centerdesk-cli keygen&apos;.</source>
        <translation>No se puede leer la clave de la estación de trabajo %1: %2. Cree una con &apos;centerdesk-cli keygen&apos;.</translation>
    </message>
    <message>
        <source>it must have four lines</source>
        <translation>debe tener cuatro líneas</translation>
    </message>
    <message>
        <source>its second line is not a signature</source>
        <translation>su segunda línea no es una firma</translation>
    </message>
    <message>
        <source>only prehashed (&quot;ED&quot;) signatures are accepted</source>
        <translation>solo se aceptan firmas con prehash (&quot;ED&quot;)</translation>
    </message>
    <message>
        <source>The package is signed with another key than the one registered.</source>
        <translation>El paquete está firmado con una clave distinta de la registrada.</translation>
    </message>
    <message>
        <source>The signature does not match the package: the file was changed or damaged after it was signed.</source>
        <translation>La firma no corresponde al paquete: el archivo se modificó o se dañó después de firmarlo.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was changed.</source>
        <translation>Se modificó el comentario de confianza de la firma.</translation>
    </message>
</context>
<context>
    <name>SizeText</name>
    <message>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
</context>
<context>
    <name>StatutoryRulesMessages</name>
    <message>
        <source>Statutory rules: %1 has no &apos;%2&apos; (a non-empty text is required).</source>
        <translation>Reglas legales: %1 no tiene &apos;%2&apos; (se requiere un texto no vacío).</translation>
    </message>
    <message>
        <source>Statutory rules: %1 has a &apos;%2&apos; that is not a text.</source>
        <translation>Reglas legales: %1 tiene un &apos;%2&apos; que no es un texto.</translation>
    </message>
    <message>
        <source>Statutory rules: %1 has id &apos;%2&apos;; an id is lower-case letters and digits joined by hyphens, such as &apos;protest-filing&apos;.</source>
        <translation>Reglas legales: %1 tiene el id &apos;%2&apos;; un id se compone de letras minúsculas y dígitos unidos por guiones, como &apos;protest-filing&apos;.</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has confidence &apos;%2&apos;; use V (read in the cited text), V2 (secondary source) or U (not verified).</source>
        <translation>Reglas legales: la regla %1 tiene la confianza &apos;%2&apos;; use V (leída en el texto citado), V2 (fuente secundaria) o U (no verificada).</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has no whole-number &apos;amount&apos;.</source>
        <translation>Reglas legales: la regla %1 no tiene un &apos;amount&apos; que sea un número entero.</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has amount %2; the amount must be more than 0 (and at most 100000).</source>
        <translation>Reglas legales: la regla %1 tiene la cantidad %2; la cantidad debe ser mayor que 0 (y como máximo 100000).</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has unit &apos;%2&apos;; use calendar-days, business-days, months or years.</source>
        <translation>Reglas legales: la regla %1 tiene la unidad &apos;%2&apos;; use calendar-days, business-days, months o years.</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has a &apos;rollForward&apos; that is not true or false.</source>
        <translation>Reglas legales: la regla %1 tiene un &apos;rollForward&apos; que no es true ni false.</translation>
    </message>
    <message>
        <source>%1 weekend day</source>
        <translation>%1 día de fin de semana</translation>
    </message>
    <message>
        <source>%1 weekend days</source>
        <translation>%1 días de fin de semana</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 calendar day</source>
        <translation>%1 día calendario</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 días calendario</translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation>%1 día hábil</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 días hábiles</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation>%1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Statutory rules are not a JSON object (%1 at offset %2).</source>
        <translation>Las reglas legales no son un objeto JSON (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>Statutory rules have no dataVersion (a whole number of 1 or more is required).</source>
        <translation>Las reglas legales no tienen dataVersion (se requiere un número entero igual o mayor que 1).</translation>
    </message>
    <message>
        <source>Statutory rules must list at least one rule in &apos;rules&apos;.</source>
        <translation>Las reglas legales deben incluir al menos una regla en &apos;rules&apos;.</translation>
    </message>
    <message>
        <source>Statutory rules: rule #%1 is not a JSON object.</source>
        <translation>Reglas legales: la regla n.º %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>rule #%1</source>
        <translation>la regla n.º %1</translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 is listed twice.</source>
        <translation>Reglas legales: la regla %1 figura dos veces.</translation>
    </message>
    <message>
        <source>%1: no valid %2 is known, so there is no due date yet.</source>
        <translation>%1: no se conoce un valor válido de &apos;%2&apos;, así que todavía no hay fecha de vencimiento.</translation>
    </message>
    <message>
        <source>%1 is due on %2: %3 after the %4 of %5 (%6).</source>
        <translation>%1 vence el %2: %3 después de &apos;%4&apos;, que fue el %5 (%6).</translation>
    </message>
    <message>
        <source>%1 has no day %2, so the clock ends on the last day of that month.</source>
        <translation>%1 no tiene día %2, así que el plazo termina el último día de ese mes.</translation>
    </message>
    <message>
        <source>Calendar days count weekends and holidays.</source>
        <translation>Los días calendario incluyen fines de semana y días feriados.</translation>
    </message>
    <message>
        <source>Only business days count; no weekend or holiday fell in the period.</source>
        <translation>Solo cuentan los días hábiles; en el período no hubo fines de semana ni días feriados.</translation>
    </message>
    <message>
        <source>Only business days count; not counted: %1.</source>
        <translation>Solo cuentan los días hábiles; no se contaron: %1.</translation>
    </message>
    <message>
        <source>%1 is not a business day, and this rule rolls forward: the deadline moves to the next business day, passing over %2.</source>
        <translation>%1 no es un día hábil y esta regla traslada el plazo: el vencimiento pasa al siguiente día hábil, saltando %2.</translation>
    </message>
    <message>
        <source>%1 is not a business day: %2. This rule does not roll forward (whether it should is not verified), so the deadline stays on it.</source>
        <translation>%1 no es un día hábil: %2. Esta regla no traslada el plazo (no está verificado si debería), así que el vencimiento se mantiene en ese día.</translation>
    </message>
    <message>
        <source>At lapse: %1</source>
        <translation>Al vencer el plazo: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>This rule is not verified (confidence U): a configurable default, not law.</source>
        <translation>Esta regla no está verificada (confianza U): es un valor predeterminado configurable, no una disposición legal.</translation>
    </message>
    <message>
        <source>This rule was read in a secondary source only (confidence V2).</source>
        <translation>Esta regla solo se leyó en una fuente secundaria (confianza V2).</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The store %1 is locked by another program. Close the other CenterDesk window or command that uses it, then try again.</source>
        <translation>Otro programa tiene bloqueada la base de datos %1. Cierre la otra ventana o el otro comando de CenterDesk que la usa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Nothing was written to it. Restore it from a backup, or ask an administrator to check it with &apos;centerdesk-cli verify&apos;.</source>
        <translation>La base de datos %1 está dañada (%2). No se escribió nada en ella. Restáurela desde una copia de seguridad o pida a un administrador que la revise con &apos;centerdesk-cli verify&apos;.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened for writing (%2). Check that the file and its folder are writable.</source>
        <translation>No se puede abrir la base de datos %1 para escritura (%2). Compruebe que el archivo y su carpeta tienen permiso de escritura.</translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full. Nothing was written; free some space and try again.</source>
        <translation>El disco que contiene la base de datos %1 está lleno. No se escribió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The store %1 could not be read or written: %2.</source>
        <translation>No se pudo leer ni escribir la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2. Check its permissions.</source>
        <translation>No se puede leer la base de datos %1: %2. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file %1 is not a CenterDesk store: it is not a SQLite database. Check the path, or give the name of a file that does not exist yet to create a new store there.</source>
        <translation>El archivo %1 no es una base de datos de CenterDesk: no es una base de datos SQLite. Compruebe la ruta o indique el nombre de un archivo que aún no exista para crear allí una base de datos nueva.</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database of another program, not a CenterDesk store. Nothing was written to it. Choose another file.</source>
        <translation>El archivo %1 es una base de datos SQLite de otro programa, no una base de datos de CenterDesk. No se escribió nada en él. Elija otro archivo.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer CenterDesk (schema version %2; this version knows up to %3). Nothing was written to it. Open it with CenterDesk of that version or later.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de CenterDesk (versión de esquema %2; esta versión conoce hasta la %3). No se escribió nada en ella. Ábrala con esa versión de CenterDesk o una posterior.</translation>
    </message>
    <message>
        <source>The store path %1 is not a file. Give the path of a store file.</source>
        <translation>La ruta de la base de datos %1 no es un archivo. Indique la ruta de un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &apos;centerdesk-cli --store %1 init&apos;.</source>
        <translation>No hay ninguna base de datos en %1. Cree una con &apos;centerdesk-cli --store %1 init&apos;.</translation>
    </message>
    <message>
        <source>The folder %1 for the store cannot be created. Check its permissions.</source>
        <translation>No se puede crear la carpeta %1 de la base de datos. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete de Debian libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded to schema version %2 (%3): %4. The file was left as it was.</source>
        <translation>No se pudo actualizar la base de datos %1 a la versión de esquema %2 (%3): %4. El archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>The store %1 was not upgraded, because the backup before the upgrade failed: %2</source>
        <translation>El almacén %1 no se actualizó porque falló la copia de seguridad previa a la actualización: %2</translation>
    </message>
    <message>
        <source>A query of the store %1 was interrupted.</source>
        <translation>Se interrumpió una consulta del almacén %1.</translation>
    </message>
</context>
<context>
    <name>SyncImportText</name>
    <message>
        <source>unknown table</source>
        <translation>tabla desconocida</translation>
    </message>
    <message>
        <source>the history chain of workstation %1 ends in %2 at HQ after this package, but the package says %3</source>
        <translation>la cadena del historial de la estación %1 termina en %2 en la sede central después de este paquete, pero el paquete indica %3</translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to %3 rows that neither the package nor HQ holds</source>
        <translation>%1 fila(s) de %2 hacen referencia a filas de %3 que no están ni en el paquete ni en la sede central</translation>
    </message>
    <message>
        <source>line %1 (%2 %3): %4</source>
        <translation>línea %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>bad key</source>
        <translation>clave incorrecta</translation>
    </message>
    <message>
        <source>op must be upsert or delete</source>
        <translation>op debe ser upsert o delete</translation>
    </message>
    <message>
        <source>conflict: the row exists at HQ and was not sent by this workstation</source>
        <translation>conflicto: la fila existe en la sede central y no la envió esta estación de trabajo</translation>
    </message>
    <message>
        <source>conflict: the row was sent by workstation %1</source>
        <translation>conflicto: la fila la envió la estación de trabajo %1</translation>
    </message>
    <message>
        <source>conflict: the row was changed at HQ (now %1, imported as %2)</source>
        <translation>conflicto: la fila se modificó en la sede central (ahora %1, importada como %2)</translation>
    </message>
    <message>
        <source>data must be an object</source>
        <translation>data debe ser un objeto</translation>
    </message>
    <message>
        <source>the data&apos;s key %1 is not the line&apos;s</source>
        <translation>la clave %1 de los datos no es la de la línea</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation>columna desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds an object or array</source>
        <translation>la columna &apos;%1&apos; contiene un objeto o una lista</translation>
    </message>
    <message>
        <source>conflict: %1 (another row at HQ has that value)</source>
        <translation>conflicto: %1 (otra fila de la sede central tiene ese valor)</translation>
    </message>
    <message>
        <source>history entries are only ever added</source>
        <translation>las entradas del historial solo se añaden</translation>
    </message>
    <message>
        <source>history entry %1 differs from the one HQ received before</source>
        <translation>la entrada %1 del historial difiere de la que la sede central recibió antes</translation>
    </message>
    <message>
        <source>history entry %1 does not continue the workstation&apos;s chain (HQ has it up to entry %2)</source>
        <translation>la entrada %1 del historial no continúa la cadena de la estación de trabajo (la sede central la tiene hasta la entrada %2)</translation>
    </message>
    <message>
        <source>The package is signed with key %1, which is not registered at HQ. Register the workstation&apos;s key with &apos;centerdesk-cli hq register-key&apos; first.</source>
        <translation>El paquete está firmado con la clave %1, que no está registrada en la sede central. Registre antes la clave de la estación de trabajo con &apos;centerdesk-cli hq register-key&apos;.</translation>
    </message>
    <message>
        <source>The package&apos;s sequence range %1-%2 is not valid.</source>
        <translation>El rango de secuencia %1-%2 del paquete no es válido.</translation>
    </message>
    <message>
        <source>The package holds changes %1-%2 of workstation %3, but HQ has applied its changes up to %4 already: an older package was replayed. Nothing was changed.</source>
        <translation>El paquete contiene los cambios %1-%2 de la estación de trabajo %3, pero la sede central ya aplicó sus cambios hasta el %4: se reenvió un paquete antiguo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Changes %1-%2 of workstation %3 are missing: import the package that holds them first (or ask the workstation for a full export).</source>
        <translation>Faltan los cambios %1-%2 de la estación de trabajo %3: importe primero el paquete que los contiene (o pida a la estación una exportación completa).</translation>
    </message>
    <message>
        <source>The package %1 was refused and HQ&apos;s store left unchanged:
%2</source>
        <translation>Se rechazó el paquete %1 y el almacén de la sede central quedó sin cambios:
%2</translation>
    </message>
    <message>
        <source>the package holds this row more than once</source>
        <translation>el paquete contiene esta fila más de una vez</translation>
    </message>
    <message>
        <source>data holds no columns</source>
        <translation>data no contiene ninguna columna</translation>
    </message>
</context>
<context>
    <name>SyncPackageText</name>
    <message>
        <source>The package %1 cannot be read: %2.</source>
        <translation>No se puede leer el paquete %1: %2.</translation>
    </message>
    <message>
        <source>The package %1 is larger than the limit of %2 bytes; it was not read.</source>
        <translation>El paquete %1 supera el límite de %2 bytes; no se leyó.</translation>
    </message>
    <message>
        <source>The signature %1.minisig cannot be read: %2. A package is only accepted with its signature.</source>
        <translation>No se puede leer la firma %1.minisig: %2. Un paquete solo se acepta con su firma.</translation>
    </message>
    <message>
        <source>The signature %1.minisig is too large.</source>
        <translation>La firma %1.minisig es demasiado grande.</translation>
    </message>
    <message>
        <source>The package has no manifest line.</source>
        <translation>El paquete no tiene línea de manifiesto.</translation>
    </message>
    <message>
        <source>The first line of the package is not a CenterDesk sync manifest.</source>
        <translation>La primera línea del paquete no es un manifiesto de sincronización de CenterDesk.</translation>
    </message>
    <message>
        <source>The package has format version %1; this CenterDesk reads version %2.</source>
        <translation>El paquete tiene la versión de formato %1; este CenterDesk lee la versión %2.</translation>
    </message>
    <message>
        <source>The package is a &apos;%1&apos; package; a &apos;%2&apos; package is expected here.</source>
        <translation>El paquete es de tipo &apos;%1&apos;; aquí se espera un paquete de tipo &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The package says it comes from %1/%2 but is signed with the key registered for %3/%4.</source>
        <translation>El paquete dice venir de %1/%2, pero está firmado con la clave registrada para %3/%4.</translation>
    </message>
    <message>
        <source>The payload&apos;s SHA-256 does not match the manifest.</source>
        <translation>El SHA-256 de la carga útil no coincide con el manifiesto.</translation>
    </message>
    <message>
        <source>The package comes from a store of schema version %1; this store has version %2. Update CenterDesk here first.</source>
        <translation>El paquete procede de un almacén con la versión de esquema %1; este almacén tiene la versión %2. Actualice antes CenterDesk aquí.</translation>
    </message>
    <message>
        <source>Line %1 of the package is longer than the limit of %2 bytes.</source>
        <translation>La línea %1 del paquete supera el límite de %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1 of the package is not a JSON object: %2.</source>
        <translation>La línea %1 del paquete no es un objeto JSON: %2.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>Line %1 of the package lacks one of table, uuid, version, op.</source>
        <translation>A la línea %1 del paquete le falta uno de estos campos: table, uuid, version, op.</translation>
    </message>
    <message>
        <source>The package holds %1 lines; its manifest announces %2.</source>
        <translation>El paquete contiene %1 líneas; su manifiesto anuncia %2.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation>No se puede escribir el archivo %1: %2.</translation>
    </message>
</context>
<context>
    <name>SyncReferenceText</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.</source>
        <translation>%1 no es un objeto JSON: %2.</translation>
    </message>
    <message>
        <source>Reference packages are signed with the HQ store&apos;s key: create it with &apos;centerdesk-cli keygen --center HQ --workstation HQ&apos; on the HQ store.</source>
        <translation>Los paquetes de referencia se firman con la clave del almacén de la sede central: créela con &apos;centerdesk-cli keygen --center HQ --workstation HQ&apos; en ese almacén.</translation>
    </message>
    <message>
        <source>A document is given as KIND:FILE with KIND one of %1.</source>
        <translation>Un documento se indica como TIPO:ARCHIVO, con TIPO uno de %1.</translation>
    </message>
    <message>
        <source>No HQ key is registered in this store. Register it with &apos;centerdesk-cli hq-key set --public KEY&apos;.</source>
        <translation>Este almacén no tiene registrada ninguna clave de la sede central. Regístrela con &apos;centerdesk-cli hq-key set --public KEY&apos;.</translation>
    </message>
    <message>
        <source>The package is signed with key %1, not with the registered HQ key %2.</source>
        <translation>El paquete está firmado con la clave %1, no con la clave registrada de la sede central %2.</translation>
    </message>
    <message>
        <source>Reference package %1 is older than the one applied here (%2): an old package was replayed. Nothing was changed.</source>
        <translation>El paquete de referencia %1 es anterior al aplicado aquí (%2): se reenvió un paquete antiguo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Line %1 (%2) of the reference package was refused: %3. Nothing was changed.</source>
        <translation>Se rechazó la línea %1 (%2) del paquete de referencia: %3. No se cambió nada.</translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation>tabla desconocida</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The workstation id &apos;%1&apos; must be 1 to 16 capital letters or digits.</source>
        <translation>El identificador de estación de trabajo &apos;%1&apos; debe tener de 1 a 16 letras mayúsculas o cifras.</translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos; (or use HQ for the HQ store).</source>
        <translation>No existe el Centro &apos;%1&apos; (o use HQ para el almacén de la sede central).</translation>
    </message>
    <message>
        <source>This store has a sync key already (workstation %1, key %2); a store keeps its key.</source>
        <translation>Este almacén ya tiene una clave de sincronización (estación de trabajo %1, clave %2); un almacén conserva su clave.</translation>
    </message>
    <message>
        <source>Name the workstation&apos;s Center with --center (the store holds %1 Centers).</source>
        <translation>Indique el Centro de la estación de trabajo con --center (el almacén contiene %1 Centros).</translation>
    </message>
    <message>
        <source>%1 may not send packages to HQ: administrators and the staff of Center %2 may.</source>
        <translation>%1 no puede enviar paquetes a la sede central: pueden hacerlo los administradores y el personal del Centro %2.</translation>
    </message>
    <message>
        <source>This store has no sync key yet. An administrator creates one with &apos;centerdesk-cli keygen&apos;.</source>
        <translation>Este almacén aún no tiene clave de sincronización. Un administrador la crea con &apos;centerdesk-cli keygen&apos;.</translation>
    </message>
    <message>
        <source>The key file %1 is not this store&apos;s key %2.</source>
        <translation>El archivo de clave %1 no es la clave %2 de este almacén.</translation>
    </message>
    <message>
        <source>Workstation %1 or key %2 is registered already (as %3/%4 with key %5).</source>
        <translation>La estación de trabajo %1 o la clave %2 ya está registrada (como %3/%4 con la clave %5).</translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Participating</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>C-TPAT</source>
        <translation>C-TPAT</translation>
    </message>
    <message>
        <source>ISA</source>
        <translation>ISA</translation>
    </message>
    <message>
        <source>Trusted Trader</source>
        <translation>Trusted Trader</translation>
    </message>
    <message>
        <source>%1: the start date is missing or not a date.</source>
        <translation>%1: falta la fecha de inicio o no es una fecha.</translation>
    </message>
    <message>
        <source>%1: the end date %2 is before the start date %3.</source>
        <translation>%1: la fecha de fin %2 es anterior a la fecha de inicio %3.</translation>
    </message>
    <message>
        <source>C-TPAT needs a tier of 1, 2 or 3.</source>
        <translation>C-TPAT requiere un nivel 1, 2 o 3.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap; one program may not have two periods on the same day.</source>
        <translation>%1 y %2 se superponen; un programa no puede tener dos períodos en el mismo día.</translation>
    </message>
    <message>
        <source>ISA (%1) is refused: the account must hold an active C-TPAT membership on every day of it.</source>
        <translation>Se rechaza ISA (%1): la cuenta debe tener una membresía activa en C-TPAT todos los días de ese período.</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Nombre de usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (&apos;%1&apos; does not).</source>
        <translation>Un nombre de usuario tiene de 2 a 64 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (&apos;%1&apos; no cumple esta regla).</translation>
    </message>
    <message>
        <source>Failed attempts before a lockout must be 1 to 100.</source>
        <translation>El número de intentos fallidos antes de un bloqueo debe estar entre 1 y 100.</translation>
    </message>
    <message>
        <source>The lockout must last 1 minute to 24 hours.</source>
        <translation>El bloqueo debe durar entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation>No hay ningún usuario llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 needs a Center (--center CODE).</source>
        <translation>%1 requiere un Centro (--center CODE).</translation>
    </message>
    <message>
        <source>%1 takes no Center.</source>
        <translation>%1 no admite un Centro.</translation>
    </message>
    <message>
        <source>%1 needs a port (--port CODE).</source>
        <translation>%1 requiere un puerto (--port CODE).</translation>
    </message>
    <message>
        <source>%1 takes no port.</source>
        <translation>%1 no admite un puerto.</translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;.</source>
        <translation>No existe el Centro &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no port &apos;%1&apos; in the reference data.</source>
        <translation>No existe el puerto &apos;%1&apos; en los datos de referencia.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>El usuario necesita al menos un rol.</translation>
    </message>
    <message>
        <source>There is already a user named &apos;%1&apos;.</source>
        <translation>Ya hay un usuario llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The store already has users; an administrator adds new ones with &apos;user add&apos;.</source>
        <translation>La base de datos ya tiene usuarios; un administrador agrega los nuevos con &apos;user add&apos;.</translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is disabled; ask an administrator.</source>
        <translation>El usuario &apos;%1&apos; está desactivado; consulte a un administrador.</translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is locked after too many failed sign-ins; try again in %2 minute(s) or ask an administrator.</source>
        <translation>El usuario &apos;%1&apos; está bloqueado por demasiados intentos fallidos de inicio de sesión; inténtelo de nuevo dentro de %2 minuto(s) o consulte a un administrador.</translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation>%1 ya tiene el rol %2.</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2.</source>
        <translation>%1 no tiene el rol %2.</translation>
    </message>
    <message>
        <source>%1 would have no role left; disable the user instead.</source>
        <translation>%1 se quedaría sin ningún rol; desactive el usuario en su lugar.</translation>
    </message>
    <message>
        <source>You cannot disable your own user.</source>
        <translation>No puede desactivar su propio usuario.</translation>
    </message>
</context>
<context>
    <name>ViewText</name>
    <message>
        <source>%1 (rule: %2)</source>
        <translation>%1 (regla: %2)</translation>
    </message>
    <message>
        <source>%1 (field: %2, rule: %3)</source>
        <translation>%1 (campo: %2, regla: %3)</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>The workflow &apos;%1&apos; is refused: %2</source>
        <translation>Se rechaza el flujo de trabajo &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 names the unknown role &apos;%2&apos;.</source>
        <translation>%1 menciona el rol desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>it is not a JSON object (%1).</source>
        <translation>no es un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>it has no type.</source>
        <translation>no tiene tipo.</translation>
    </message>
    <message>
        <source>its level or HQ office is not one of %1.</source>
        <translation>su nivel u oficina de HQ no es uno de estos: %1.</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; needs an id and a category (open, waiting-on-trade, waiting-on-agency, escalated, resolved, closed).</source>
        <translation>el estado &apos;%1&apos; necesita un id y una categoría (open, waiting-on-trade, waiting-on-agency, escalated, resolved, closed).</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is listed twice.</source>
        <translation>el estado &apos;%1&apos; figura dos veces.</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is seen by the trade but has no notice text in English and Spanish.</source>
        <translation>el estado &apos;%1&apos; es visible para el comercio pero no tiene texto de aviso en inglés y en español.</translation>
    </message>
    <message>
        <source>the initial state &apos;%1&apos; is not one of its states.</source>
        <translation>el estado inicial &apos;%1&apos; no es uno de sus estados.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos;</source>
        <translation>la transición &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a transition has no id, or the id &apos;%1&apos; is used twice.</source>
        <translation>una transición no tiene id, o el id &apos;%1&apos; se usa dos veces.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; goes to the unknown state &apos;%2&apos;.</source>
        <translation>la transición &apos;%1&apos; lleva al estado desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; starts from the unknown state &apos;%2&apos;.</source>
        <translation>la transición &apos;%1&apos; parte del estado desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; names no role that may take it.</source>
        <translation>la transición &apos;%1&apos; no menciona ningún rol que pueda realizarla.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; names the unknown clock &apos;%2&apos;.</source>
        <translation>la transición &apos;%1&apos; menciona el reloj desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; escalates to the unknown level &apos;%2&apos;.</source>
        <translation>la transición &apos;%1&apos; escala al nivel desconocido &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be reached from &apos;%2&apos;.</source>
        <translation>no se puede llegar al estado &apos;%1&apos; desde &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; can never reach a closed state.</source>
        <translation>el estado &apos;%1&apos; nunca puede llegar a un estado cerrado.</translation>
    </message>
    <message>
        <source>two definitions share this type.</source>
        <translation>dos definiciones comparten este tipo.</translation>
    </message>
</context>
<context>
    <name>centerdesk::core::Identifiers</name>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a letter or a digit; the filer code has 3 letters or digits.</source>
        <translation>Número de entrada: el carácter %1 (&apos;%2&apos;) debe ser una letra o un dígito; el código del declarante tiene 3 letras o dígitos.</translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a digit; the transaction number has 7 digits.</source>
        <translation>Número de entrada: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el número de transacción tiene 7 dígitos.</translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a digit; the last character is the check digit.</source>
        <translation>Número de entrada: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el último carácter es el dígito de control.</translation>
    </message>
    <message>
        <source>Entry number: enter the entry number, for example B76-0324527-8.</source>
        <translation>Número de entrada: escriba el número de entrada, por ejemplo B76-0324527-8.</translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) is a hyphen in the wrong place; hyphens go only after the filer code and after the transaction number (XXX-NNNNNNN-C).</source>
        <translation>Número de entrada: el carácter %1 (&apos;%2&apos;) es un guion fuera de lugar; los guiones solo van después del código del declarante y después del número de transacción (XXX-NNNNNNN-C).</translation>
    </message>
    <message>
        <source>Entry number: %1 characters were entered; written with hyphens an entry number has 13 (XXX-NNNNNNN-C).</source>
        <translation>Número de entrada: se escribieron %1 caracteres; con guiones, un número de entrada tiene 13 (XXX-NNNNNNN-C).</translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a hyphen; write both hyphens (XXX-NNNNNNN-C) or none.</source>
        <translation>Número de entrada: el carácter %1 (&apos;%2&apos;) debe ser un guion; escriba los dos guiones (XXX-NNNNNNN-C) o ninguno.</translation>
    </message>
    <message>
        <source>Entry number: %1 characters were entered; an entry number has 11 (3-character filer code, 7-digit transaction number, check digit), or 13 with hyphens.</source>
        <translation>Número de entrada: se escribieron %1 caracteres; un número de entrada tiene 11 (código del declarante de 3 caracteres, número de transacción de 7 dígitos y dígito de control), o 13 con guiones.</translation>
    </message>
    <message>
        <source>Entry number: the filer code 000 is not valid.</source>
        <translation>Número de entrada: el código del declarante 000 no es válido.</translation>
    </message>
    <message>
        <source>Entry number: the check digit is %1, but the first 10 characters give %2.</source>
        <translation>Número de entrada: el dígito de control es %1, pero los primeros 10 caracteres dan %2.</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; an EIN has 9 digits (NN-NNNNNNNXX).</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) debe ser un dígito; un EIN tiene 9 dígitos (NN-NNNNNNNXX).</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; an SSN is written NNN-NN-NNNN.</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) debe ser un dígito; un SSN se escribe NNN-NN-NNNN.</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; a CBP-assigned number is written YYDDPP-NNNNN.</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) debe ser un dígito; un número asignado por CBP se escribe YYDDPP-NNNNN.</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a letter or a digit; the EIN suffix has 2 letters or digits.</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) debe ser una letra o un dígito; el sufijo del EIN tiene 2 letras o dígitos.</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) may not be used; the EIN suffix never contains the letters O, I or Z.</source>
        <translation>Número de importador (IOR): no se puede usar el carácter %1 (&apos;%2&apos;); el sufijo del EIN nunca contiene las letras O, I ni Z.</translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; an SSN has 11 with its hyphens (NNN-NN-NNNN).</source>
        <translation>Número de importador (IOR): se escribieron %1 caracteres; un SSN tiene 11 con sus guiones (NNN-NN-NNNN).</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a hyphen; an SSN is written NNN-NN-NNNN.</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) debe ser un guion; un SSN se escribe NNN-NN-NNNN.</translation>
    </message>
    <message>
        <source>Importer of record number: the SSN area number %1 (characters 1 to 3) is never issued; 000, 666 and 900 to 999 are not valid.</source>
        <translation>Número de importador (IOR): el número de área del SSN %1 (caracteres 1 a 3) nunca se emite; 000, 666 y del 900 al 999 no son válidos.</translation>
    </message>
    <message>
        <source>Importer of record number: the SSN group number 00 (characters 5 and 6) is never issued.</source>
        <translation>Número de importador (IOR): el número de grupo del SSN 00 (caracteres 5 y 6) nunca se emite.</translation>
    </message>
    <message>
        <source>Importer of record number: the SSN serial number 0000 (characters 8 to 11) is never issued.</source>
        <translation>Número de importador (IOR): el número de serie del SSN 0000 (caracteres 8 a 11) nunca se emite.</translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; a CBP-assigned number has 12 with its hyphen (YYDDPP-NNNNN).</source>
        <translation>Número de importador (IOR): se escribieron %1 caracteres; un número asignado por CBP tiene 12 con su guion (YYDDPP-NNNNN).</translation>
    </message>
    <message>
        <source>Importer of record number: enter an EIN (NN-NNNNNNNXX), an SSN (NNN-NN-NNNN) or a CBP-assigned number (YYDDPP-NNNNN).</source>
        <translation>Número de importador (IOR): escriba un EIN (NN-NNNNNNNXX), un SSN (NNN-NN-NNNN) o un número asignado por CBP (YYDDPP-NNNNN).</translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered without hyphens; that is read as an EIN, which has 9 digits, or 11 characters with its suffix. Write an SSN as NNN-NN-NNNN and a CBP-assigned number as YYDDPP-NNNNN.</source>
        <translation>Número de importador (IOR): se escribieron %1 caracteres sin guiones; eso se interpreta como un EIN, que tiene 9 dígitos, u 11 caracteres con su sufijo. Escriba un SSN como NNN-NN-NNNN y un número asignado por CBP como YYDDPP-NNNNN.</translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; an EIN is written NN-NNNNNNN (10 characters) or, with its suffix, NN-NNNNNNNXX (12).</source>
        <translation>Número de importador (IOR): se escribieron %1 caracteres; un EIN se escribe NN-NNNNNNN (10 caracteres) o, con su sufijo, NN-NNNNNNNXX (12).</translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) is a hyphen in the wrong place; write NN-NNNNNNNXX (EIN), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned).</source>
        <translation>Número de importador (IOR): el carácter %1 (&apos;%2&apos;) es un guion fuera de lugar; escriba NN-NNNNNNNXX (EIN), NNN-NN-NNNN (SSN) o YYDDPP-NNNNN (asignado por CBP).</translation>
    </message>
    <message>
        <source>HTS number: enter the HTS number, for example 8517.13.00.00.</source>
        <translation>Número HTS: escriba el número HTS, por ejemplo 8517.13.00.00.</translation>
    </message>
    <message>
        <source>HTS number: character %1 (&apos;%2&apos;) must be a digit; only digits, dots and spaces are allowed.</source>
        <translation>Número HTS: el carácter %1 (&apos;%2&apos;) debe ser un dígito; solo se admiten dígitos, puntos y espacios.</translation>
    </message>
    <message>
        <source>HTS number: %1 digits were entered; an HTS number has 4 (heading), 6 (subheading), 8 (tariff line) or 10 (statistical reporting number).</source>
        <translation>Número HTS: se escribieron %1 dígitos; un número HTS tiene 4 (partida), 6 (subpartida), 8 (línea arancelaria) o 10 (número de reporte estadístico).</translation>
    </message>
    <message>
        <source>HTS number: chapter 00 does not exist; chapters run from 01 to 99.</source>
        <translation>Número HTS: el capítulo 00 no existe; los capítulos van del 01 al 99.</translation>
    </message>
    <message>
        <source>HTS number: chapter 77 is reserved for possible future use and has no headings.</source>
        <translation>Número HTS: el capítulo 77 está reservado para un posible uso futuro y no tiene partidas.</translation>
    </message>
    <message>
        <source>Port code: enter the 4-digit port code, for example 0101.</source>
        <translation>Código de puerto: escriba el código de puerto de 4 dígitos, por ejemplo 0101.</translation>
    </message>
    <message>
        <source>Port code: %1 characters were entered; a port code has 4 digits, district and port, leading zeros included (0101).</source>
        <translation>Código de puerto: se escribieron %1 caracteres; un código de puerto tiene 4 dígitos, distrito y puerto, incluidos los ceros iniciales (0101).</translation>
    </message>
    <message>
        <source>Port code: character %1 (&apos;%2&apos;) must be a digit.</source>
        <translation>Código de puerto: el carácter %1 (&apos;%2&apos;) debe ser un dígito.</translation>
    </message>
    <message>
        <source>Port code: %1 is not in the port reference table.</source>
        <translation>Código de puerto: %1 no figura en la tabla de referencia de puertos.</translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the filing port has 4 digits.</source>
        <translation>Número de protesta: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el puerto de presentación tiene 4 dígitos.</translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the year has 2 digits.</source>
        <translation>Número de protesta: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el año tiene 2 dígitos.</translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the serial number has 6 digits.</source>
        <translation>Número de protesta: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el número de serie tiene 6 dígitos.</translation>
    </message>
    <message>
        <source>Protest number: enter the protest number, for example 3004-01-100052.</source>
        <translation>Número de protesta: escriba el número de protesta, por ejemplo 3004-01-100052.</translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;-&apos;) is a hyphen in the wrong place; write PPPP-YY-NNNNNN or the 12 digits without hyphens.</source>
        <translation>Número de protesta: el carácter %1 (&apos;-&apos;) es un guion fuera de lugar; escriba PPPP-YY-NNNNNN o los 12 dígitos sin guiones.</translation>
    </message>
    <message>
        <source>Protest number: %1 characters were entered; written with hyphens a protest number has 14 (PPPP-YY-NNNNNN).</source>
        <translation>Número de protesta: se escribieron %1 caracteres; con guiones, un número de protesta tiene 14 (PPPP-YY-NNNNNN).</translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a hyphen; write both hyphens (PPPP-YY-NNNNNN) or none.</source>
        <translation>Número de protesta: el carácter %1 (&apos;%2&apos;) debe ser un guion; escriba los dos guiones (PPPP-YY-NNNNNN) o ninguno.</translation>
    </message>
    <message>
        <source>Protest number: %1 characters were entered; a protest number has 12 digits (filing port, year, serial), or 14 with hyphens.</source>
        <translation>Número de protesta: se escribieron %1 caracteres; un número de protesta tiene 12 dígitos (puerto de presentación, año, número de serie), o 14 con guiones.</translation>
    </message>
    <message>
        <source>Protest number: the filing port %1 is not valid; district 00 does not exist.</source>
        <translation>Número de protesta: el puerto de presentación %1 no es válido; el distrito 00 no existe.</translation>
    </message>
    <message>
        <source>Ruling number: enter the ruling number, for example NY N363447.</source>
        <translation>Número de resolución: escriba el número de resolución, por ejemplo NY N363447.</translation>
    </message>
    <message>
        <source>Ruling number: it must begin with the issuing office, NY or HQ, not &apos;%1&apos;.</source>
        <translation>Número de resolución: debe empezar por la oficina emisora, NY o HQ, no por &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Ruling number: the number after %1 is missing, for example NY N363447 or HQ 965262.</source>
        <translation>Número de resolución: falta el número después de %1, por ejemplo NY N363447 o HQ 965262.</translation>
    </message>
    <message>
        <source>Ruling number: character %1 (&apos;%2&apos;) must be a digit; the office is followed by 6 digits, or by a letter and 5 or 6 digits.</source>
        <translation>Número de resolución: el carácter %1 (&apos;%2&apos;) debe ser un dígito; a la oficina le siguen 6 dígitos, o una letra y 5 o 6 dígitos.</translation>
    </message>
    <message>
        <source>Ruling number: %1 digits follow the letter; a ruling number has a letter and 6 digits (NY N363447) or, in older rulings, 5 (NY A80123).</source>
        <translation>Número de resolución: a la letra le siguen %1 dígitos; un número de resolución tiene una letra y 6 dígitos (NY N363447) o, en las resoluciones más antiguas, 5 (NY A80123).</translation>
    </message>
    <message>
        <source>Ruling number: %1 digits follow the office; a ruling number without a letter has 6 digits (HQ 965262).</source>
        <translation>Número de resolución: a la oficina le siguen %1 dígitos; un número de resolución sin letra tiene 6 dígitos (HQ 965262).</translation>
    </message>
    <message>
        <source>FTZ zone ID: enter the 9-character zone ID, for example 010000000.</source>
        <translation>ID de zona FTZ: escriba el ID de zona de 9 caracteres, por ejemplo 010000000.</translation>
    </message>
    <message>
        <source>FTZ zone ID: %1 characters were entered; a zone ID has 9: zone number (3 digits), subzone or site (3 letters or digits) and CBP number (3 digits), for example 010000000.</source>
        <translation>ID de zona FTZ: se escribieron %1 caracteres; un ID de zona tiene 9: número de zona (3 dígitos), subzona o sitio (3 letras o dígitos) y número de CBP (3 dígitos), por ejemplo 010000000.</translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a digit; the zone number has 3 digits, zero-padded.</source>
        <translation>ID de zona FTZ: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el número de zona tiene 3 dígitos, completados con ceros a la izquierda.</translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a letter or a digit; the subzone or site has 3.</source>
        <translation>ID de zona FTZ: el carácter %1 (&apos;%2&apos;) debe ser una letra o un dígito; la subzona o el sitio tiene 3.</translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a digit; the CBP number has 3 digits.</source>
        <translation>ID de zona FTZ: el carácter %1 (&apos;%2&apos;) debe ser un dígito; el número de CBP tiene 3 dígitos.</translation>
    </message>
    <message>
        <source>FTZ zone ID: zone number 000 does not exist; zone numbers start at 001.</source>
        <translation>ID de zona FTZ: el número de zona 000 no existe; los números de zona empiezan en 001.</translation>
    </message>
    <message>
        <source>Unknown identifier kind.</source>
        <translation>Tipo de identificador desconocido.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AboutDialog</name>
    <message>
        <source>About CenterDesk</source>
        <translation>Acerca de CenterDesk</translation>
    </message>
    <message>
        <source>CenterDesk %1
Qt %2 (built with %3)
SQLite %4
libsodium %5
Boost %6</source>
        <translation>CenterDesk %1
Qt %2 (compilado con %3)
SQLite %4
libsodium %5
Boost %6</translation>
    </message>
    <message>
        <source>Store schema %1, reference data %2</source>
        <translation>Esquema de la base de datos %1, datos de referencia %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CenterDesk&lt;/h2&gt;&lt;p&gt;Account-based case management for the Centers of Excellence and Expertise.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;CenterDesk&lt;/h2&gt;&lt;p&gt;Gestión de casos por cuenta para los Centros de Excelencia y Experiencia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountDetailView</name>
    <message>
        <source>open</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>%1 tier %2</source>
        <translation>%1 nivel %2</translation>
    </message>
    <message>
        <source>Created in Center %1 (%2 programs)</source>
        <translation>Creada en el Centro %1 (programas: %2)</translation>
    </message>
    <message>
        <source>Program added: %1; tier %2 to %3</source>
        <translation>Programa agregado: %1; categoría de %2 a %3</translation>
    </message>
    <message>
        <source>Program ended: %1</source>
        <translation>Programa terminado: %1</translation>
    </message>
    <message>
        <source>Problem-resolution contact added: %1</source>
        <translation>Contacto para resolución de problemas agregado: %1</translation>
    </message>
    <message>
        <source>Contact added: %1</source>
        <translation>Contacto agregado: %1</translation>
    </message>
    <message>
        <source>Certification added: %1</source>
        <translation>Certificación agregada: %1</translation>
    </message>
    <message>
        <source>Exam location changed to %1 %2</source>
        <translation>Lugar de examen cambiado a %1 %2</translation>
    </message>
    <message>
        <source>Moved from Center %1 to %2: %3</source>
        <translation>Trasladada del Centro %1 al %2: %3</translation>
    </message>
    <message>
        <source>no NAM</source>
        <translation>sin NAM</translation>
    </message>
    <message>
        <source>NAM changed from %1 to %2</source>
        <translation>NAM cambiado de %1 a %2</translation>
    </message>
    <message>
        <source>Select an account to see its programs, tier, contacts and history.</source>
        <translation>Seleccione una cuenta para ver sus programas, su categoría, sus contactos y su historial.</translation>
    </message>
    <message>
        <source>Importer no.:</source>
        <translation>N.º de importador:</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>NAM:</source>
        <translation>NAM:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Preferred exam location:</source>
        <translation>Lugar de examen preferido:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add program...</source>
        <translation>Agregar programa...</translation>
    </message>
    <message>
        <source>End program...</source>
        <translation>Terminar programa...</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>Historial de categorías</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation>Resolución de problemas</translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation>Agregar contacto...</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>PGA</source>
        <translation>PGA</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>future</source>
        <translation>futuro</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No account is shown.</source>
        <translation>No se muestra ninguna cuenta.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó %1.</translation>
    </message>
    <message>
        <source>The program ends on %1.</source>
        <translation>El programa termina el %1.</translation>
    </message>
    <message>
        <source>Select a program to end.</source>
        <translation>Seleccione un programa para terminar.</translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation>Se agregó el contacto %1.</translation>
    </message>
    <message>
        <source>Add a partner program</source>
        <translation>Agregar un programa de socios</translation>
    </message>
    <message>
        <source>Tier I</source>
        <translation>Nivel I</translation>
    </message>
    <message>
        <source>Tier II</source>
        <translation>Nivel II</translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation>Nivel III</translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <source>C-TPAT tier:</source>
        <translation>Nivel de C-TPAT:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>End a partner program</source>
        <translation>Terminar un programa de socios</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Último día:</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Problem-resolution contact</source>
        <translation>Contacto para resolución de problemas</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountTableModel</name>
    <message>
        <source>The service tier is derived from the account&apos;s partner programs on the day shown (Trusted Trader &gt; ISA &gt; C-TPAT &gt; participating &gt; standard); it is never set by hand.</source>
        <translation>La categoría de servicio se deriva de los programas de socios de la cuenta en el día mostrado (Trusted Trader &gt; ISA &gt; C-TPAT &gt; participante &gt; estándar); nunca se fija a mano.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Importer no.</source>
        <translation>N.º de importador</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>NAM</source>
        <translation>NAM</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountsView</name>
    <message>
        <source>1 account</source>
        <translation>1 cuenta</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 cuentas</translation>
    </message>
    <message>
        <source>Search name or importer no. (Ctrl+F)</source>
        <translation>Buscar nombre o n.º de importador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Import from CSV...</source>
        <translation>Importar desde CSV...</translation>
    </message>
    <message>
        <source>Reassign NAM...</source>
        <translation>Reasignar NAM...</translation>
    </message>
    <message>
        <source>Move to Center...</source>
        <translation>Trasladar a otro Centro...</translation>
    </message>
    <message>
        <source>All Centers</source>
        <translation>Todos los Centros</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation>Todos los tamaños</translation>
    </message>
    <message>
        <source>All NAMs</source>
        <translation>Todos los NAM</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 now without a NAM.</source>
        <translation>%1 ahora sin NAM.</translation>
    </message>
    <message>
        <source>%1 reassigned to %2.</source>
        <translation>%1 ahora con el NAM %2.</translation>
    </message>
    <message>
        <source>Select the account to move.</source>
        <translation>Seleccione la cuenta que desea trasladar.</translation>
    </message>
    <message>
        <source>The account moved to Center %1.</source>
        <translation>La cuenta se trasladó al Centro %1.</translation>
    </message>
    <message>
        <source>Reassign NAM</source>
        <translation>Reasignar NAM</translation>
    </message>
    <message>
        <source>Give the %1 selected to this NAM:</source>
        <translation>Asignar a este NAM la selección (%1):</translation>
    </message>
    <message>
        <source>No NAM</source>
        <translation>Sin NAM</translation>
    </message>
    <message>
        <source>Move to another Center</source>
        <translation>Trasladar a otro Centro</translation>
    </message>
    <message>
        <source>Move %1 (now in Center %2) to:</source>
        <translation>Trasladar %1 (ahora en el Centro %2) a:</translation>
    </message>
    <message>
        <source>Why the account moves (kept in its history)</source>
        <translation>Motivo del traslado de la cuenta (se guarda en su historial)</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>The first %1 accounts by name; search or filter to see the others</source>
        <translation>Las primeras %1 cuentas por nombre; busque o filtre para ver las demás</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AlertsView</name>
    <message>
        <source>Assigned to you</source>
        <translation>Asignado a usted</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Aviso de reloj</translation>
    </message>
    <message>
        <source>Target breached</source>
        <translation>Plazo incumplido</translation>
    </message>
    <message>
        <source>Escalation received</source>
        <translation>Escalamiento recibido</translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation>Consulta respondida</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Marcar como leída</translation>
    </message>
    <message>
        <source>No unread alerts.</source>
        <translation>No hay alertas sin leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s).</source>
        <translation>
            <numerusform>%n alerta sin leer.</numerusform>
            <numerusform>%n alertas sin leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>CenterDesk backs the store up at the first start of each day and before every upgrade, keeping %1 daily and %2 weekly backups. Folder: %3</source>
        <translation>CenterDesk hace una copia de seguridad del almacén al primer inicio de cada día y antes de cada actualización, y conserva %1 copias diarias y %2 semanales. Carpeta: %3</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Haciendo la copia de seguridad...</translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation>Copia de seguridad hecha en %1 y comprobada.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the store with the backup of %1? Everything done since then will no longer be in the store; the current store is kept beside it as a &quot;.replaced&quot; file. CenterDesk will reopen the store and ask you to sign in again.</source>
        <translation>¿Reemplazar el almacén por la copia de seguridad del %1? Todo lo hecho desde entonces dejará de estar en el almacén; el almacén actual se conserva a su lado como archivo &quot;.replaced&quot;. CenterDesk volverá a abrir el almacén y le pedirá que inicie sesión de nuevo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>Assign %n case(s)</source>
        <translation>
            <numerusform>Asignar %n caso</numerusform>
            <numerusform>Asignar %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a step on %n case(s)</source>
        <translation>
            <numerusform>Dar un paso en %n caso</numerusform>
            <numerusform>Dar un paso en %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalate %n case(s)</source>
        <translation>
            <numerusform>Escalar %n caso</numerusform>
            <numerusform>Escalar %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Asignar a:</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Preview first. An assignment can be undone (Ctrl+Z).</source>
        <translation>Primero la vista previa. Una asignación se puede deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Preview first. This cannot be undone: steps and escalations start clocks and send notices.</source>
        <translation>Primero la vista previa. Esto no se puede deshacer: los pasos y las escaladas inician plazos y envían avisos.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Cambiará</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will change</source>
        <translation>
            <numerusform>Cambiará %n caso</numerusform>
            <numerusform>Cambiarán %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused and left as they are</source>
        <translation>
            <numerusform>; %n rechazado y sin cambios</numerusform>
            <numerusform>; %n rechazados y sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to the selected cases...</source>
        <translation>Aplicando a los casos seleccionados...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CaseDetailView</name>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>OFO HQ</source>
        <translation>HQ de OFO</translation>
    </message>
    <message>
        <source>Regulations &amp; Rulings HQ</source>
        <translation>Oficina de Regulations &amp; Rulings de HQ</translation>
    </message>
    <message>
        <source>FP&amp;F HQ</source>
        <translation>HQ de FP&amp;F</translation>
    </message>
    <message>
        <source>BIEC</source>
        <translation>BIEC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>waiting on trade</source>
        <translation>en espera del comercio</translation>
    </message>
    <message>
        <source>waiting on agency</source>
        <translation>en espera de la agencia</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statutory: %1</source>
        <translation>Legal: %1</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Center input</source>
        <translation>Opinión del Centro</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en plazo</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h y %2 min</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Port decision</source>
        <translation>Decisión del puerto</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Opened %1 in state %2: %3</source>
        <translation>Abierto el %1 en el estado %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1; level %2 → %3</source>
        <translation>%1; nivel %2 → %3</translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation>Comentario: “%1”</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>Escalated from %1 to %2</source>
        <translation>Escalado de %1 a %2</translation>
    </message>
    <message>
        <source>Sent back from %1 to %2</source>
        <translation>Devuelto de %1 a %2</translation>
    </message>
    <message>
        <source>Escalation acknowledged at %1</source>
        <translation>Acuse de recibo del escalamiento en %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado con %1</translation>
    </message>
    <message>
        <source>Duplicate %1 merged in</source>
        <translation>Se fusionó el duplicado %1</translation>
    </message>
    <message>
        <source>Reference added: %1 %2</source>
        <translation>Referencia agregada: %1 %2</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculado a %1</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>child</source>
        <translation>dependiente</translation>
    </message>
    <message>
        <source>related</source>
        <translation>relacionado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>Select a case to see its clocks, the steps you can take, its timeline, references, links and notices.</source>
        <translation>Seleccione un caso para ver sus relojes, los pasos que puede dar, su cronología, sus referencias, sus vínculos y sus avisos.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Escalation level:</source>
        <translation>Nivel de escalamiento:</translation>
    </message>
    <message>
        <source>No workflow step is open to you here.</source>
        <translation>Aquí no tiene disponible ningún paso del flujo de trabajo.</translation>
    </message>
    <message>
        <source>Assign...</source>
        <translation>Asignar...</translation>
    </message>
    <message>
        <source>Escalate...</source>
        <translation>Escalar...</translation>
    </message>
    <message>
        <source>Send back...</source>
        <translation>Devolver...</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acusar recibo</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Used / target</source>
        <translation>Consumido / plazo</translation>
    </message>
    <message>
        <source>Select a clock to see why it is due when it is.</source>
        <translation>Seleccione un reloj para ver por qué vence cuando vence.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Escriba un comentario</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>%1, merged into %2</source>
        <translation>%1, fusionado con %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No explanation was recorded.</source>
        <translation>No se registró ninguna explicación.</translation>
    </message>
    <message>
        <source>Moves the case to &apos;%1&apos;.</source>
        <translation>Lleva el caso a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 Needs a comment.</source>
        <translation>%1 Requiere un comentario.</translation>
    </message>
    <message>
        <source>%1 Needs: %2.</source>
        <translation>%1 Requiere: %2.</translation>
    </message>
    <message>
        <source>%1 (in a merged duplicate)</source>
        <translation>%1 (en un duplicado fusionado)</translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation>No se muestra ningún caso.</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; taken.</source>
        <translation>Se dio el paso &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>Se agregó el comentario.</translation>
    </message>
    <message>
        <source>Case escalated.</source>
        <translation>Se escaló el caso.</translation>
    </message>
    <message>
        <source>Case sent back.</source>
        <translation>Se devolvió el caso.</translation>
    </message>
    <message>
        <source>Escalation acknowledged.</source>
        <translation>Se acusó recibo del escalamiento.</translation>
    </message>
    <message>
        <source>Case unassigned.</source>
        <translation>El caso quedó sin asignar.</translation>
    </message>
    <message>
        <source>Case assigned to %1.</source>
        <translation>Se asignó el caso a %1.</translation>
    </message>
    <message>
        <source>Comment for &apos;%1&apos;:</source>
        <translation>Comentario para &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation>Asignar caso</translation>
    </message>
    <message>
        <source>User name of the assignee (empty to unassign):</source>
        <translation>Nombre de usuario del asignado (vacío para quitar la asignación):</translation>
    </message>
    <message>
        <source>Escalate case</source>
        <translation>Escalar caso</translation>
    </message>
    <message>
        <source>Reason for the escalation:</source>
        <translation>Motivo del escalamiento:</translation>
    </message>
    <message>
        <source>Send case back</source>
        <translation>Devolver caso</translation>
    </message>
    <message>
        <source>Reason for sending it back:</source>
        <translation>Motivo de la devolución:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Attach file...</source>
        <translation>Adjuntar archivo...</translation>
    </message>
    <message>
        <source>At most %1 MiB; kept in the store with its SHA-256</source>
        <translation>Como máximo %1 MiB; se guarda en el almacén con su SHA-256</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 adjuntado.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Select the attachment to open.</source>
        <translation>Seleccione el adjunto que desea abrir.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1; no viewer could open it.</source>
        <translation>Guardado como %1; ningún visor pudo abrirlo.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CaseListModel</name>
    <message>
        <source>The case list could not be read.</source>
        <translation>No se pudo leer la lista de casos.</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>The worst of the case&apos;s running clocks.</source>
        <translation>El peor de los relojes en curso del caso.</translation>
    </message>
    <message>
        <source>A statutory deadline has passed.</source>
        <translation>Ha vencido un plazo legal.</translation>
    </message>
    <message>
        <source>A service-level target has been missed.</source>
        <translation>No se ha cumplido un plazo del nivel de servicio.</translation>
    </message>
    <message>
        <source>A clock is close to its due time.</source>
        <translation>Un reloj está cerca de su vencimiento.</translation>
    </message>
    <message>
        <source>Every running clock is within its target.</source>
        <translation>Todos los relojes en curso están dentro de su plazo.</translation>
    </message>
    <message>
        <source>The clocks are paused while the case waits on the trade.</source>
        <translation>Los relojes están en pausa mientras el caso espera al comercio.</translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation>No hay ningún reloj en curso.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The earliest due time of the running service-level clocks.</source>
        <translation>El vencimiento más próximo de los relojes de nivel de servicio en curso.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CasesView</name>
    <message>
        <source>Search cases and comments (Ctrl+F)</source>
        <translation>Buscar casos y comentarios (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Cases with a breached service-level clock or a lapsed statutory deadline.</source>
        <translation>Casos con un reloj de nivel de servicio incumplido o un plazo legal vencido.</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Assign selected...</source>
        <translation>Asignar seleccionados...</translation>
    </message>
    <message>
        <source>Step selected...</source>
        <translation>Paso en seleccionados...</translation>
    </message>
    <message>
        <source>Escalate selected...</source>
        <translation>Escalar seleccionados...</translation>
    </message>
    <message>
        <source>Assign every selected case to one user, with a preview (Ctrl+Shift+A)</source>
        <translation>Asignar todos los casos seleccionados a un usuario, con vista previa (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Your saved views of this list</source>
        <translation>Sus vistas guardadas de esta lista</translation>
    </message>
    <message>
        <source>All Centers</source>
        <translation>Todos los Centros</translation>
    </message>
    <message>
        <source>All ports</source>
        <translation>Todos los puertos</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation>Asignado a (nombre de usuario)</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Cualquier vencimiento</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation>Vence en </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo abiertos</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Nombre de esta vista:</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aún no hay vistas guardadas</translation>
    </message>
    <message>
        <source>Save the current view...</source>
        <translation>Guardar la vista actual...</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases, counting…</source>
        <translation>
            <numerusform>%n+ caso, contando…</numerusform>
            <numerusform>%n+ casos, contando…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CreateCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Account name or importer number</source>
        <translation>Nombre de la cuenta o número de importador</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation>(sin puerto)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation>Número de entrada</translation>
    </message>
    <message>
        <source>HTS number</source>
        <translation>Número HTS</translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Protest</source>
        <translation>Protesta</translation>
    </message>
    <message>
        <source>FTZ zone</source>
        <translation>Zona franca (FTZ)</translation>
    </message>
    <message>
        <source>PGA</source>
        <translation>PGA</translation>
    </message>
    <message>
        <source>Optional, checked as you type</source>
        <translation>Opcional, se comprueba mientras escribe</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>R&amp;eferencia:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Válida: %1</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::FirstRunDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>This store has no user yet. Create the administrator who will add the other users. The password needs at least %1 characters and may not be a common one.</source>
        <translation>Esta base de datos todavía no tiene usuarios. Cree el administrador que agregará a los demás usuarios. La contraseña debe tener al menos %1 caracteres y no puede ser una contraseña común.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation>Repetir contraseña: las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::ImportAccountsDialog</name>
    <message>
        <source>Import accounts from CSV</source>
        <translation>Importar cuentas desde CSV</translation>
    </message>
    <message>
        <source>The file needs a header line naming its columns: %1. Every line is checked first; if any line is refused, nothing is imported and each problem is listed.</source>
        <translation>El archivo necesita una línea de encabezado con los nombres de sus columnas: %1. Primero se revisan todas las líneas; si se rechaza alguna, no se importa nada y se enumera cada problema.</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Archivo CSV que se va a importar</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Elegir archivo...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Choose the accounts file</source>
        <translation>Elija el archivo de cuentas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Revisando %1...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation>La importación no se ejecutó.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>Imported 1 account</source>
        <translation>Se importó 1 cuenta</translation>
    </message>
    <message>
        <source>Imported %1 accounts</source>
        <translation>Se importaron %1 cuentas</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem was found in the %1 lines read. Correct the file and import it again.</source>
        <translation>No se importó nada: se encontró 1 problema en las %1 líneas leídas. Corrija el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems were found in the %2 lines read. Correct the file and import it again.</source>
        <translation>No se importó nada: se encontraron %1 problemas en las %2 líneas leídas. Corrija el archivo y vuelva a importarlo.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::MainWindow</name>
    <message>
        <source>CenterDesk</source>
        <translation>CenterDesk</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Datos de referencia</translation>
    </message>
    <message>
        <source>Store: %1 (schema %2)</source>
        <translation>Base de datos: %1 (esquema %2)</translation>
    </message>
    <message>
        <source>Signed in as %1 - %2</source>
        <translation>Sesión iniciada como %1 - %2</translation>
    </message>
    <message>
        <source>Clocks swept at %1</source>
        <translation>Relojes revisados a las %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>Cambiar mi &amp;contraseña...</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About CenterDesk</source>
        <translation>&amp;Acerca de CenterDesk</translation>
    </message>
    <message>
        <source>The language changes the next time CenterDesk starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie CenterDesk.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nueva contraseña:</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message numerus="yes">
        <source>assign %n case(s)</source>
        <translation>
            <numerusform>asignar %n caso</numerusform>
            <numerusform>asignar %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Mi trabajo</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Remisiones</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>HQ escalations</source>
        <translation>Escaladas a la sede central</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Caso %1 abierto.</translation>
    </message>
    <message>
        <source>Go to case</source>
        <translation>Ir al caso</translation>
    </message>
    <message>
        <source>Case number (e.g. PHC-2026-000123):</source>
        <translation>Número de caso (p. ej. PHC-2026-000123):</translation>
    </message>
    <message>
        <source>Select the cases first (Shift or Ctrl with a click).</source>
        <translation>Seleccione primero los casos (Mayús o Ctrl con un clic).</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n caso modificado. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n casos modificados. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed.</source>
        <translation>
            <numerusform>%n caso modificado.</numerusform>
            <numerusform>%n casos modificados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation>Caso &amp;nuevo...</translation>
    </message>
    <message>
        <source>&amp;Go to case...</source>
        <translation>&amp;Ir al caso...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
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
        <source>Send to &amp;HQ...</source>
        <translation>Enviar a la &amp;sede central...</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La copia de seguridad diaria falló: %1</translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation>Copia de seguridad diaria escrita: %1</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Copias de seguridad...</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::MyWorkView</name>
    <message>
        <source>Assigned to me</source>
        <translation>Asignados a mí</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Vencen en %n día</numerusform>
            <numerusform>Vencen en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>Escalations received</source>
        <translation>Escaladas recibidas</translation>
    </message>
    <message>
        <source>Referrals answered</source>
        <translation>Remisiones respondidas</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::PoliciesView</name>
    <message>
        <source>Targets in business hours of each Center. A change applies to clocks started from now on and to running clocks at their next step or sweep.</source>
        <translation>Objetivos en horas hábiles de cada Centro. Un cambio se aplica a los plazos que empiecen a partir de ahora y a los plazos en curso en su próximo paso o revisión.</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>First response (h)</source>
        <translation>Primera respuesta (h)</translation>
    </message>
    <message>
        <source>Resolution (h)</source>
        <translation>Resolución (h)</translation>
    </message>
    <message>
        <source>Escalate on breach</source>
        <translation>Escalar al incumplir</translation>
    </message>
    <message>
        <source>&amp;Save service levels</source>
        <translation>&amp;Guardar niveles de servicio</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation>&amp;Centro:</translation>
    </message>
    <message>
        <source>Save &amp;hours</source>
        <translation>Guardar &amp;horario</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Business hours:</source>
        <translation>Horario de atención:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason (weather, building, executive order)</source>
        <translation>Motivo (clima, edificio, orden ejecutiva)</translation>
    </message>
    <message>
        <source>&amp;Add closure</source>
        <translation>&amp;Añadir cierre</translation>
    </message>
    <message>
        <source>&amp;Remove closure</source>
        <translation>&amp;Quitar cierre</translation>
    </message>
    <message>
        <source>Center calendar</source>
        <translation>Calendario del Centro</translation>
    </message>
    <message>
        <source>Nothing to save: no target was changed.</source>
        <translation>Nada que guardar: no se cambió ningún objetivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n service level(s) saved.</source>
        <translation>
            <numerusform>%n nivel de servicio guardado.</numerusform>
            <numerusform>%n niveles de servicio guardados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Business hours of %1 saved.</source>
        <translation>Horario de atención de %1 guardado.</translation>
    </message>
    <message>
        <source>Closure on %1 added.</source>
        <translation>Cierre del %1 añadido.</translation>
    </message>
    <message>
        <source>Select the closure to remove.</source>
        <translation>Seleccione el cierre que desea quitar.</translation>
    </message>
    <message>
        <source>Closure on %1 removed.</source>
        <translation>Cierre del %1 quitado.</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::PortfolioView</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Importer no.</source>
        <translation>N.º de importador</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Problem-resolution contact</source>
        <translation>Contacto para resolución de problemas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt;: no NAM to show.</source>
        <translation>&lt;b&gt;Cartera&lt;/b&gt;: no hay ningún NAM que mostrar.</translation>
    </message>
    <message>
        <source>0 accounts</source>
        <translation>0 cuentas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt; of %1</source>
        <translation>&lt;b&gt;Cartera&lt;/b&gt; de %1</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 cuenta</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 cuentas</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::ReferenceDataView</name>
    <message>
        <source>&lt;b&gt;Reference data&lt;/b&gt;: the Centers, the ports of Schedule D and the Partner Government Agencies.</source>
        <translation>&lt;b&gt;Datos de referencia&lt;/b&gt;: los Centros, los puertos del Anexo D (Schedule D) y las agencias gubernamentales asociadas (PGA).</translation>
    </message>
    <message>
        <source>Search Centers, ports and agencies</source>
        <translation>Buscar Centros, puertos y agencias</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Management office</source>
        <translation>Oficina de gestión</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>ACE filing code</source>
        <translation>Código de presentación en ACE</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Centros</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>PGAs</source>
        <translation>PGA</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SendToHqDialog</name>
    <message>
        <source>Send to HQ</source>
        <translation>Enviar a la sede central</translation>
    </message>
    <message>
        <source>Writes everything that changed since the last package into one signed package file. Take the file and its .minisig signature to HQ.</source>
        <translation>Escribe todo lo que cambió desde el último paquete en un único archivo de paquete firmado. Lleve el archivo y su firma .minisig a la sede central.</translation>
    </message>
    <message>
        <source>Folder to write the package to</source>
        <translation>Carpeta donde escribir el paquete</translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation>Elegir carpeta...</translation>
    </message>
    <message>
        <source>Send everything, not only the changes (full package)</source>
        <translation>Enviar todo, no solo los cambios (paquete completo)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>No package has been sent to HQ yet.</source>
        <translation>Aún no se ha enviado ningún paquete a la sede central.</translation>
    </message>
    <message>
        <source>Last package sent to HQ: %1 (%2)</source>
        <translation>Último paquete enviado a la sede central: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation>Elija la carpeta del paquete</translation>
    </message>
    <message>
        <source>Writing the package...</source>
        <translation>Escribiendo el paquete...</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>La exportación no se ejecutó.</translation>
    </message>
    <message>
        <source>Nothing changed since the last package; no file was written.</source>
        <translation>Nada cambió desde el último paquete; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n row(s) (changes %2 to %3): %4. Its signature is %5.</source>
        <translation>
            <numerusform>Se escribió %1 con %n fila (cambios %2 a %3): %4. Su firma es %5.</numerusform>
            <numerusform>Se escribió %1 con %n filas (cambios %2 a %3): %4. Su firma es %5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The default store of this computer</source>
        <translation>El almacén predeterminado de este equipo</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>&amp;Almacén:</translation>
    </message>
    <message>
        <source>Choose the store</source>
        <translation>Elija el almacén</translation>
    </message>
    <message>
        <source>CenterDesk stores (*.db);;All files (*)</source>
        <translation>Almacenes de CenterDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>My role&apos;s home</source>
        <translation>El inicio de mi rol</translation>
    </message>
    <message>
        <source>S&amp;tart with:</source>
        <translation>&amp;Empezar en:</translation>
    </message>
    <message>
        <source>The store and the language change the next time CenterDesk starts.</source>
        <translation>El almacén y el idioma cambian la próxima vez que se inicie CenterDesk.</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Copias de seguridad...</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to CenterDesk</source>
        <translation>Iniciar sesión en CenterDesk</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::UsersView</name>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;: who may sign in to this store, and in which roles.</source>
        <translation>&lt;b&gt;Usuarios&lt;/b&gt;: quién puede iniciar sesión en esta base de datos y con qué roles.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation>Establecer &amp;contraseña...</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Establecer contraseña</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nueva contraseña para %1:</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation>Nombre visible:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Center:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>A&amp;gregar usuario</translation>
    </message>
    <message>
        <source>Sign-in log</source>
        <translation>Registro de inicios de sesión</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Bloqueado hasta %1</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Seleccione primero un usuario.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se agregó a %1.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Se desactivó a %1.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Se activó a %1.</translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation>Se estableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation>Rechazado: bloqueado</translation>
    </message>
    <message>
        <source>Refused: disabled</source>
        <translation>Rechazado: desactivado</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The store was restored from %1. The store it replaced is kept as %2. Sign in again.</source>
        <translation>El almacén se restauró desde %1. El almacén reemplazado se conserva como %2. Inicie sesión de nuevo.</translation>
    </message>
</context>
</TS>
