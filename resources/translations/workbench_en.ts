<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AllDayBand</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/all_day_band.py" line="90"/>
        <source>%n all-day event(s) this week</source>
        <extracomment>Lanes drawn at most; the others are counted in the band&apos;s label.</extracomment>
        <translation>
            <numerusform>%n all-day event this week</numerusform>
            <numerusform>%n all-day events this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/backup_actions.py" line="273"/>
        <source>The last backup copy in {folder} is %n day(s) old.</source>
        <translation>
            <numerusform>The last backup copy in {folder} is %n day old.</numerusform>
            <numerusform>The last backup copy in {folder} is %n days old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="249"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="255"/>
        <source>These %n copies in {folder} are not encrypted: anyone can read them.

{names}

Remove them now? The encrypted database and the backups made from now on are not affected.</source>
        <translation>
            <numerusform>This copy in {folder} is not encrypted: anyone can read it.

{names}

Remove it now? The encrypted database and the backups made from now on are not affected.</numerusform>
            <numerusform>These %n copies in {folder} are not encrypted: anyone can read them.

{names}

Remove them now? The encrypted database and the backups made from now on are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/encryption_actions.py" line="275"/>
        <source>%n plain copies removed.</source>
        <translation>
            <numerusform>%n plain copy removed.</numerusform>
            <numerusform>%n plain copies removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/portfolio/filter_bar.py" line="124"/>
        <source>{name} + %n junior(s)</source>
        <translation>
            <numerusform>{name} + %n junior</numerusform>
            <numerusform>{name} + %n juniors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="83"/>
        <source>%n meeting(s) in {name} could not be matched to an account by the attendees&apos; e-mail addresses. Which account are they with?</source>
        <translation>
            <numerusform>%n meeting in {name} could not be matched to an account by the attendees&apos; e-mail addresses. Which account is it with?</numerusform>
            <numerusform>%n meetings in {name} could not be matched to an account by the attendees&apos; e-mail addresses. Which account are they with?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/ics_actions.py" line="184"/>
        <source>%n meeting(s) written to {name}.</source>
        <translation>
            <numerusform>%n meeting written to {name}.</numerusform>
            <numerusform>%n meetings written to {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/models.py" line="137"/>
        <source>%n meeting(s) on {day}</source>
        <extracomment>The occurrences in a cell (month, week) or the one of a row (agenda). The cell&apos;s ``datetime.date``. True for a month cell outside the month shown. True for today&apos;s cells. The hour (0–23) of a week cell.</extracomment>
        <translation>
            <numerusform>%n meeting on {day}</numerusform>
            <numerusform>%n meetings on {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="225"/>
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/calendar/recurrence_editor.py" line="227"/>
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="46"/>
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline — %n change waiting</numerusform>
            <numerusform>Offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="52"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="56"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="76"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/sync_indicator.py" line="79"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="260"/>
        <source>Too many failed sign-ins for this user: the team server lets you try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this user: the team server lets you try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins for this user: the team server lets you try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="266"/>
        <source>Too many failed sign-ins for this user: the team server lets you try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins for this user: the team server lets you try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins for this user: the team server lets you try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="354"/>
        <source>%n of your changes were not taken: what they change is no longer yours on the team (an account reassigned or unshared meanwhile).</source>
        <translation>
            <numerusform>%n of your changes was not taken: what it changes is no longer yours on the team (an account reassigned or unshared meanwhile).</numerusform>
            <numerusform>%n of your changes were not taken: what they change is no longer yours on the team (an account reassigned or unshared meanwhile).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="363"/>
        <source>%n of your changes broke a rule of the team&apos;s book and were not taken (a name or code the team already uses, say).</source>
        <translation>
            <numerusform>%n of your changes broke a rule of the team&apos;s book and was not taken (a name or code the team already uses, say).</numerusform>
            <numerusform>%n of your changes broke a rule of the team&apos;s book and were not taken (a name or code the team already uses, say).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workbench/ui/team/team_sync.py" line="372"/>
        <source>%n of the team&apos;s changes were not taken here: they clash with records of this computer.</source>
        <translation>
            <numerusform>%n of the team&apos;s changes was not taken here: it clashes with records of this computer.</numerusform>
            <numerusform>%n of the team&apos;s changes were not taken here: they clash with records of this computer.</numerusform>
        </translation>
    </message>
</context>
</TS>
