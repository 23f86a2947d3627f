<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountServiceText</name>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer number %1 already belongs to the account &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account with the importer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no program &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam port &apos;%1&apos; is not in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving an account to another Center needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is already in Center %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one account to reassign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user with the NAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(account %1; nothing was reassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a phone number (7 to 25 digits, spaces, +, -, parentheses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;; use one of the ten codes (AGR, AFT, AUT, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a user with the NAM role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size class is &apos;%1&apos;; use small, medium or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exam port &apos;%1&apos; is not in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certification needs a kind and a valid-from date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PGA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certification ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>The backup could not be written: the disk holding the folder %1 is full (%2). The store was not changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: the folder %1 is not writable (%2). The store was not changed; choose another folder or fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written into the folder %1 (%2). The store was not changed; check the free space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. The store was not changed; check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be used as a CenterDesk store: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SQLite database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer CenterDesk (schema version %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already; a backup never writes over a file. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read for a backup: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its check after it was written and was deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change how many backups are kept: only an administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0 and 365, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 cannot be deleted. Check the permissions of the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not restore a backup: only an administrator can replace the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is the store itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is still open in another CenterDesk window or command. Close it, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be kept aside as %2, so it was not replaced. Check the folder&apos;s free space and permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be replaced (%2); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the step to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no case was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an assignment can be undone. A workflow step or an escalation has started clocks and sent notices, and sending a case back is the receiving level&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessCalendarMessages</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos; in the store %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center %1 has time zone &apos;%2&apos;, which is not an IANA time zone known to this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center %1 has business hours %2-%3; the opening must come before the closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center %1 has a closure on &apos;%2&apos;, which is not a YYYY-MM-DD date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarText</name>
    <message>
        <source>%1 may not change a Center&apos;s calendar: only administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours need an opening time before the closing time, both as HH:mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closure needs a day, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the Center is closed; the reason explains the clocks&apos; due dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a closure of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a closure of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseText</name>
    <message>
        <source>There is no case &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has the unknown type &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PGA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference is an entry, hts, ruling, protest, ftz or pga, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case type; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;; give its importer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a %1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority is one of low, normal, high, urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is raised at a port: give the port code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; is not in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required for a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has no field &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active user &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no role for this case (Center %2) and cannot work it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 was merged into another case; work on that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is &apos;%2&apos;; from there it can go: %3; not &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; needs the field &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal Center input is for trusted partners (ISA or C-TPAT); %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal Center input is requested when the trusted partner asks for it; record that it asked (center-input-asked = yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has open child cases (%2); close them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledgement at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is already at %2; there is no level above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate the case to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a case back down needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is at %2; there is no level below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the case back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 has no escalation waiting for acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case merges into another case that was not merged itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases of the same account are merged (%1 and %2 are not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert &apos;%1&apos; for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &apos;%1&apos; takes no field &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFO HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulations &amp; Rulings (HQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP&amp;F HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIEC (HQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach a file to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments are at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was read; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 no longer matches its SHA-256; the store is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement of the escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formal Center input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory clocks are never paused by the case&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: target %2 (service level %3), started %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target changed from %1 to %2 on %3 (%4); the time already used was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused since %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1 to %2 (%3): %4 not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts business hours %1-%2 (%3), skipping weekends, federal holidays and the Center&apos;s closures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days not counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1 after %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1 of %2; due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used %1 of %2; no due date while paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvText</name>
    <message>
        <source>The file has %1 bytes; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as CSV UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL character; it is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a field has %2 characters; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote stands inside a field; quote the whole field and double the quotes in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoMessages</name>
    <message>
        <source>The store %1 holds real work and is not a demo store; demo data is only written to a new store or a demo store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratorText</name>
    <message>
        <source>Generating data in %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password hash could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 5 accounts are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of cases cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case has at least one history entry: --events must be at least --cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 1,000 history entries per case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the history is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 already holds work; generated data is only written to a new store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>entry %1 is missing (the next one is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (%2 of %3 %4, %5) was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>%1 is required when the program&apos;s other columns are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The C-TPAT tier is &apos;%1&apos;; write 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file %1 has %2 bytes; at most %3 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; the first line must name the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &apos;%1&apos;. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;%1&apos; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer number %1 already belongs to an account in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importer number %1 is also on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordText</name>
    <message>
        <source>libsodium could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is on the list of common passwords; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password may not be one character repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionText</name>
    <message>
        <source>view the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassign the account to another NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Center %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2%3: none of their roles covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see this case: it is outside the scope of their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2: it is open to %3 of this case, and %1 holds none of these roles for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramText</name>
    <message>
        <source>C-TPAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center participating account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CenterDesk cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another store...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenterDesk stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceDataMessages</name>
    <message>
        <source>Reference data: %1 has no &apos;%2&apos; (a non-empty text is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: %1 has code &apos;%2&apos;; a port code is 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: port %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: %1 has code &apos;%2&apos;; a Center code is 3 characters and unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: Center %1 names port %2, which is not in the port list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: Center %1 has time zone &apos;%2&apos;, which is not an IANA time zone known to this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: Center %1 has business hours %2-%3; give HH:MM times with the opening before the closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGA #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data: PGA %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data is not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data has no dataVersion (a whole number of 1 or more is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data must list at least one Center and one port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Center staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Account Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP&amp;F officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceLevelText</name>
    <message>
        <source>There is no service level for %1 cases of tier %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change service levels: only administrators do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets must be positive, and the resolution target at least the first-response target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no service level for %1 / %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <source>The signature file is not a minisign signature: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not a minisign Ed25519 public key (base64 of 42 bytes starting with &quot;Ed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file is not a CenterDesk secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; a key is never overwritten. Move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation key %1 cannot be read: %2. Create one with &apos;centerdesk-cli keygen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must have four lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its second line is not a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only prehashed (&quot;ED&quot;) signatures are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed with another key than the one registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the package: the file was changed or damaged after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SizeText</name>
    <message>
        <source>Small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatutoryRulesMessages</name>
    <message>
        <source>Statutory rules: %1 has no &apos;%2&apos; (a non-empty text is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: %1 has a &apos;%2&apos; that is not a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: %1 has id &apos;%2&apos;; an id is lower-case letters and digits joined by hyphens, such as &apos;protest-filing&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has confidence &apos;%2&apos;; use V (read in the cited text), V2 (secondary source) or U (not verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has no whole-number &apos;amount&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has amount %2; the amount must be more than 0 (and at most 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has unit &apos;%2&apos;; use calendar-days, business-days, months or years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 has a &apos;rollForward&apos; that is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekend day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weekend days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules are not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules have no dataVersion (a whole number of 1 or more is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules must list at least one rule in &apos;rules&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule #%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory rules: rule %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid %2 is known, so there is no due date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due on %2: %3 after the %4 of %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day %2, so the clock ends on the last day of that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days count weekends and holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only business days count; no weekend or holiday fell in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only business days count; not counted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a business day, and this rule rolls forward: the deadline moves to the next business day, passing over %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a business day: %2. This rule does not roll forward (whether it should is not verified), so the deadline stays on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At lapse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule is not verified (confidence U): a configurable default, not law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule was read in a secondary source only (confidence V2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>The store %1 is locked by another program. Close the other CenterDesk window or command that uses it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged (%2). Nothing was written to it. Restore it from a backup, or ask an administrator to check it with &apos;centerdesk-cli verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened for writing (%2). Check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the store %1 is full. Nothing was written; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be read or written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a CenterDesk store: it is not a SQLite database. Check the path, or give the name of a file that does not exist yet to create a new store there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database of another program, not a CenterDesk store. Nothing was written to it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer CenterDesk (schema version %2; this version knows up to %3). Nothing was written to it. Open it with CenterDesk of that version or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store path %1 is not a file. Give the path of a store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1. Create one with &apos;centerdesk-cli --store %1 init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the store cannot be created. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded to schema version %2 (%3): %4. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was not upgraded, because the backup before the upgrade failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query of the store %1 was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncImportText</name>
    <message>
        <source>unknown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history chain of workstation %1 ends in %2 at HQ after this package, but the package says %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) of %2 refer to %3 rows that neither the package nor HQ holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2 %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op must be upsert or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the row exists at HQ and was not sent by this workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the row was sent by workstation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the row was changed at HQ (now %1, imported as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data&apos;s key %1 is not the line&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds an object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1 (another row at HQ has that value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entries are only ever added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entry %1 differs from the one HQ received before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entry %1 does not continue the workstation&apos;s chain (HQ has it up to entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed with key %1, which is not registered at HQ. Register the workstation&apos;s key with &apos;centerdesk-cli hq register-key&apos; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s sequence range %1-%2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds changes %1-%2 of workstation %3, but HQ has applied its changes up to %4 already: an older package was replayed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1-%2 of workstation %3 are missing: import the package that holds them first (or ask the workstation for a full export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was refused and HQ&apos;s store left unchanged:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package holds this row more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data holds no columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPackageText</name>
    <message>
        <source>The package %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 is larger than the limit of %2 bytes; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature %1.minisig cannot be read: %2. A package is only accepted with its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature %1.minisig is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no manifest line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the package is not a CenterDesk sync manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has format version %1; this CenterDesk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is a &apos;%1&apos; package; a &apos;%2&apos; package is expected here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package says it comes from %1/%2 but is signed with the key registered for %3/%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payload&apos;s SHA-256 does not match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from a store of schema version %1; this store has version %2. Update CenterDesk here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the package is longer than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the package is not a JSON object: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the package lacks one of table, uuid, version, op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds %1 lines; its manifest announces %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReferenceText</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference packages are signed with the HQ store&apos;s key: create it with &apos;centerdesk-cli keygen --center HQ --workstation HQ&apos; on the HQ store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document is given as KIND:FILE with KIND one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HQ key is registered in this store. Register it with &apos;centerdesk-cli hq-key set --public KEY&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed with key %1, not with the registered HQ key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference package %1 is older than the one applied here (%2): an old package was replayed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) of the reference package was refused: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>The workstation id &apos;%1&apos; must be 1 to 16 capital letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos; (or use HQ for the HQ store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has a sync key already (workstation %1, key %2); a store keeps its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workstation&apos;s Center with --center (the store holds %1 Centers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not send packages to HQ: administrators and the staff of Center %2 may.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no sync key yet. An administrator creates one with &apos;centerdesk-cli keygen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is not this store&apos;s key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation %1 or key %2 is registered already (as %3/%4 with key %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierText</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-TPAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Trader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the start date is missing or not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the end date %2 is before the start date %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-TPAT needs a tier of 1, 2 or 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 overlap; one program may not have two periods on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISA (%1) is refused: the account must hold an active C-TPAT membership on every day of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (&apos;%1&apos; does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts before a lockout must be 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lockout must last 1 minute to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a Center (--center CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a port (--port CODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Center &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no port &apos;%1&apos; in the reference data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store already has users; an administrator adds new ones with &apos;user add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is disabled; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user &apos;%1&apos; is locked after too many failed sign-ins; try again in %2 minute(s) or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would have no role left; disable the user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewText</name>
    <message>
        <source>%1 (rule: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (field: %2, rule: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>The workflow &apos;%1&apos; is refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the unknown role &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its level or HQ office is not one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; needs an id and a category (open, waiting-on-trade, waiting-on-agency, escalated, resolved, closed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; is seen by the trade but has no notice text in English and Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial state &apos;%1&apos; is not one of its states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transition has no id, or the id &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; goes to the unknown state &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; starts from the unknown state &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; names no role that may take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; names the unknown clock &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transition &apos;%1&apos; escalates to the unknown level &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; cannot be reached from &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state &apos;%1&apos; can never reach a closed state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two definitions share this type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::core::Identifiers</name>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a letter or a digit; the filer code has 3 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a digit; the transaction number has 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a digit; the last character is the check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: enter the entry number, for example B76-0324527-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) is a hyphen in the wrong place; hyphens go only after the filer code and after the transaction number (XXX-NNNNNNN-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: %1 characters were entered; written with hyphens an entry number has 13 (XXX-NNNNNNN-C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: character %1 (&apos;%2&apos;) must be a hyphen; write both hyphens (XXX-NNNNNNN-C) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: %1 characters were entered; an entry number has 11 (3-character filer code, 7-digit transaction number, check digit), or 13 with hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: the filer code 000 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number: the check digit is %1, but the first 10 characters give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; an EIN has 9 digits (NN-NNNNNNNXX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; an SSN is written NNN-NN-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a digit; a CBP-assigned number is written YYDDPP-NNNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a letter or a digit; the EIN suffix has 2 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) may not be used; the EIN suffix never contains the letters O, I or Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; an SSN has 11 with its hyphens (NNN-NN-NNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) must be a hyphen; an SSN is written NNN-NN-NNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: the SSN area number %1 (characters 1 to 3) is never issued; 000, 666 and 900 to 999 are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: the SSN group number 00 (characters 5 and 6) is never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: the SSN serial number 0000 (characters 8 to 11) is never issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; a CBP-assigned number has 12 with its hyphen (YYDDPP-NNNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: enter an EIN (NN-NNNNNNNXX), an SSN (NNN-NN-NNNN) or a CBP-assigned number (YYDDPP-NNNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered without hyphens; that is read as an EIN, which has 9 digits, or 11 characters with its suffix. Write an SSN as NNN-NN-NNNN and a CBP-assigned number as YYDDPP-NNNNN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: %1 characters were entered; an EIN is written NN-NNNNNNN (10 characters) or, with its suffix, NN-NNNNNNNXX (12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer of record number: character %1 (&apos;%2&apos;) is a hyphen in the wrong place; write NN-NNNNNNNXX (EIN), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number: enter the HTS number, for example 8517.13.00.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number: character %1 (&apos;%2&apos;) must be a digit; only digits, dots and spaces are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number: %1 digits were entered; an HTS number has 4 (heading), 6 (subheading), 8 (tariff line) or 10 (statistical reporting number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number: chapter 00 does not exist; chapters run from 01 to 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number: chapter 77 is reserved for possible future use and has no headings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port code: enter the 4-digit port code, for example 0101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port code: %1 characters were entered; a port code has 4 digits, district and port, leading zeros included (0101).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port code: character %1 (&apos;%2&apos;) must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port code: %1 is not in the port reference table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the filing port has 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the year has 2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a digit; the serial number has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: enter the protest number, for example 3004-01-100052.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;-&apos;) is a hyphen in the wrong place; write PPPP-YY-NNNNNN or the 12 digits without hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: %1 characters were entered; written with hyphens a protest number has 14 (PPPP-YY-NNNNNN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: character %1 (&apos;%2&apos;) must be a hyphen; write both hyphens (PPPP-YY-NNNNNN) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: %1 characters were entered; a protest number has 12 digits (filing port, year, serial), or 14 with hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest number: the filing port %1 is not valid; district 00 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: enter the ruling number, for example NY N363447.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: it must begin with the issuing office, NY or HQ, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: the number after %1 is missing, for example NY N363447 or HQ 965262.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: character %1 (&apos;%2&apos;) must be a digit; the office is followed by 6 digits, or by a letter and 5 or 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: %1 digits follow the letter; a ruling number has a letter and 6 digits (NY N363447) or, in older rulings, 5 (NY A80123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling number: %1 digits follow the office; a ruling number without a letter has 6 digits (HQ 965262).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: enter the 9-character zone ID, for example 010000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: %1 characters were entered; a zone ID has 9: zone number (3 digits), subzone or site (3 letters or digits) and CBP number (3 digits), for example 010000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a digit; the zone number has 3 digits, zero-padded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a letter or a digit; the subzone or site has 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: character %1 (&apos;%2&apos;) must be a digit; the CBP number has 3 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone ID: zone number 000 does not exist; zone numbers start at 001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identifier kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AboutDialog</name>
    <message>
        <source>About CenterDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenterDesk %1
Qt %2 (built with %3)
SQLite %4
libsodium %5
Boost %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store schema %1, reference data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;CenterDesk&lt;/h2&gt;&lt;p&gt;Account-based case management for the Centers of Excellence and Expertise.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountDetailView</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in Center %1 (%2 programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program added: %1; tier %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem-resolution contact added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exam location changed to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from Center %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAM changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to see its programs, tier, contacts and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred exam location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End program...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program ends on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a program to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the contact %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a partner program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-TPAT tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End a partner program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem-resolution contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountTableModel</name>
    <message>
        <source>The service tier is derived from the account&apos;s partner programs on the day shown (Trusted Trader &gt; ISA &gt; C-TPAT &gt; participating &gt; standard); it is never set by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AccountsView</name>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or importer no. (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign NAM...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Center...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All NAMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now without a NAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reassigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the account to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account moved to Center %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 selected to this NAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (now in Center %2) to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the account moves (kept in its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 accounts by name; search or filter to see the others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::AlertsView</name>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread alert(s).</source>
        <translation>
            <numerusform>%n unread alert.</numerusform>
            <numerusform>%n unread alerts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenterDesk backs the store up at the first start of each day and before every upgrade, keeping %1 daily and %2 weekly backups. Folder: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1 and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the store with the backup of %1? Everything done since then will no longer be in the store; the current store is kept beside it as a &quot;.replaced&quot; file. CenterDesk will reopen the store and ask you to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::BulkActionDialog</name>
    <message numerus="yes">
        <source>Assign %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take a step on %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalate %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first. An assignment can be undone (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first. This cannot be undone: steps and escalations start clocks and send notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will change</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n refused and left as they are</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Applying to the selected cases...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CaseDetailView</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFO HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulations &amp; Rulings HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP&amp;F HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in state %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; level %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation acknowledged at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference added: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a case to see its clocks, the steps you can take, its timeline, references, links and notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow step is open to you here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used / target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a clock to see why it is due when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, merged into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves the case to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Needs a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in a merged duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment for &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of the assignee (empty to unassign):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the escalation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send case back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for sending it back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 MiB; kept in the store with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the attachment to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1; no viewer could open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CaseListModel</name>
    <message>
        <source>The case list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst of the case&apos;s running clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statutory deadline has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service-level target has been missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock is close to its due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every running clock is within its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks are paused while the case waits on the trade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earliest due time of the running service-level clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CasesView</name>
    <message>
        <source>Search cases and comments (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases with a breached service-level clock or a lapsed statutory deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign every selected case to one user, with a preview (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved views of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee (user name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ cases, counting…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::CreateCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name or importer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTZ zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::FirstRunDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no user yet. Create the administrator who will add the other users. The password needs at least %1 characters and may not be a common one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::ImportAccountsDialog</name>
    <message>
        <source>Import accounts from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs a header line naming its columns: %1. Every line is checked first; if any line is refused, nothing is imported and each problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the accounts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem was found in the %1 lines read. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 problems were found in the %2 lines read. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::MainWindow</name>
    <message>
        <source>CenterDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocks swept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CenterDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time CenterDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>assign %n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (e.g. PHC-2026-000123):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases first (Shift or Ctrl with a click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed. Ctrl+Z undoes it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;HQ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::MyWorkView</name>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::PoliciesView</name>
    <message>
        <source>Targets in business hours of each Center. A change applies to clocks started from now on and to running clocks at their next step or sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate on breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (weather, building, executive order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no target was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service level(s) saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Business hours of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure on %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the closure to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closure on %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::PortfolioView</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem-resolution contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt;: no NAM to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Portfolio&lt;/b&gt; of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::ReferenceDataView</name>
    <message>
        <source>&lt;b&gt;Reference data&lt;/b&gt;: the Centers, the ports of Schedule D and the Partner Government Agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Centers, ports and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACE filing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PGAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SendToHqDialog</name>
    <message>
        <source>Send to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything that changed since the last package into one signed package file. Take the file and its .minisig signature to HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write the package to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything, not only the changes (full package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package has been sent to HQ yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package sent to HQ: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the last package; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n row(s) (changes %2 to %3): %4. Its signature is %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default store of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CenterDesk stores (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My role&apos;s home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store and the language change the next time CenterDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to CenterDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>centerdesk::ui::UsersView</name>
    <message>
        <source>&lt;b&gt;Users&lt;/b&gt;: who may sign in to this store, and in which roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was restored from %1. The store it replaced is kept as %2. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
