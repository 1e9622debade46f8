<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>daihoi::AddTermEdit</name>
    <message>
        <location filename="../ui/commands/AddTermEdit.cpp" line="+8"/>
        <source>Add term %1</source>
        <translation>Add term %1</translation>
    </message>
</context>
<context>
    <name>daihoi::AddUnitEdit</name>
    <message>
        <location filename="../ui/commands/AddUnitEdit.cpp" line="+8"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>daihoi::BaseExclusions</name>
    <message>
        <location filename="../app/domain/elections/BaseExclusions.cpp" line="+22"/>
        <source>members absent with a reason the convening committee accepted</source>
        <translation>members absent with a reason the convening committee accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members excused from activity who did not attend</source>
        <translation>members excused from activity who did not attend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members suspended, prosecuted or detained</source>
        <translation>members suspended, prosecuted or detained</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members temporarily attached to another branch</source>
        <translation>members temporarily attached to another branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absent convening-committee members and absent delegates without an alternate</source>
        <translation>absent convening-committee members and absent delegates without an alternate</translation>
    </message>
</context>
<context>
    <name>daihoi::CandidateSurplus</name>
    <message>
        <location filename="../app/domain/elections/CandidateSurplus.cpp" line="+32"/>
        <source>Candidates (%1) exceed seats (%2) by %3; no rule limits the surplus for 1 or 2 seats. Confirm that the list is right.</source>
        <translation>Candidates (%1) exceed seats (%2) by %3; no rule limits the surplus for 1 or 2 seats. Confirm that the list is right.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates (%1) exceed seats (%2) by %3; where seats are 3 to 5 the surplus may be at most 1.</source>
        <translation>Candidates (%1) exceed seats (%2) by %3; where seats are 3 to 5 the surplus may be at most 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidates (%1) exceed seats (%2) by %3, more than 30 percent of the seats (at most %4).</source>
        <translation>Candidates (%1) exceed seats (%2) by %3, more than 30 percent of the seats (at most %4).</translation>
    </message>
</context>
<context>
    <name>daihoi::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+13"/>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+18"/>
        <source>Usage: daihoi-cli [--lang vi|en] COMMAND ...
  demo FILE [--force]                      write the demo database
  summary FILE --unit CODE --term START-END  a committee&apos;s progress for a term
  tally FILE.json                          check one election round</source>
        <translation>Usage: daihoi-cli [--lang vi|en] COMMAND ...
  demo FILE [--force]                      write the demo database
  summary FILE --unit CODE --term START-END  a committee&apos;s progress for a term
  tally FILE.json                          check one election round</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeSize</name>
    <message>
        <location filename="../app/domain/elections/CommitteeSize.cpp" line="+11"/>
        <source>A branch needs at least %1 official members; it has %2.</source>
        <translation>A branch needs at least %1 official members; it has %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A branch with fewer than %1 official members (it has %2) elects no executive committee, only a secretary and, if needed, a deputy secretary.</source>
        <translation>A branch with fewer than %1 official members (it has %2) elects no executive committee, only a secretary and, if needed, a deputy secretary.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A branch executive committee has at most %1 members; seats (%2) exceed it.</source>
        <translation>A branch executive committee has at most %1 members; seats (%2) exceed it.</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressPanel</name>
    <message>
        <location filename="../ui/CongressPanel.cpp" line="+43"/>
        <source>&amp;Create the congress record</source>
        <translation>&amp;Create the congress record</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Congress of all members</source>
        <translation>Congress of all members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress of delegates</source>
        <translation>Congress of delegates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planned date:</source>
        <translation>&amp;Planned date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held &amp;from:</source>
        <translation>Held &amp;from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held &amp;to:</source>
        <translation>Held &amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress &amp;number:</source>
        <translation>Congress &amp;number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members and attendance</source>
        <translation>Members and attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Official members:</source>
        <translation>&amp;Official members:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;bationary members:</source>
        <translation>Pro&amp;bationary members:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummoned (official):</source>
        <translation>S&amp;ummoned (official):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;resent (official):</source>
        <translation>P&amp;resent (official):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent:</source>
        <translation>Absent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Absences excluded from the base&lt;/b&gt;</source>
        <translation>&lt;b&gt;Absences excluded from the base&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent with an accepted reason:</source>
        <translation>Absent with an accepted reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused from activity, absent:</source>
        <translation>Excused from activity, absent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended, prosecuted or detained:</source>
        <translation>Suspended, prosecuted or detained:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily attached elsewhere:</source>
        <translation>Temporarily attached elsewhere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates absent without an alternate:</source>
        <translation>Delegates absent without an alternate:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base for the vote:</source>
        <translation>Base for the vote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guests from the higher committee</source>
        <translation>Guests from the higher committee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a guest</source>
        <translation>Edit a guest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, e.g. Deputy Secretary of the Party Committee</source>
        <translation>Title, e.g. Deputy Secretary of the Party Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add guest</source>
        <translation>&amp;Add guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove guest</source>
        <translation>Remove guest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Congress documents</source>
        <translation>Congress documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Political report (review of the last term), summary:</source>
        <translation>Political report (review of the last term), summary:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee&apos;s self-review, summary:</source>
        <translation>The committee&apos;s self-review, summary:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a term and a unit.</source>
        <translation>Choose a term and a unit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no congress recorded for the term %2.</source>
        <translation>%1 has no congress recorded for the term %2.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document summary</source>
        <translation>Document summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create the congress record of %1</source>
        <translation>Create the congress record of %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guests: type the guest&apos;s full name first.</source>
        <translation>Guests: type the guest&apos;s full name first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add guest %1</source>
        <translation>Add guest %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove guest %1</source>
        <translation>Remove guest %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (summoned %2 − excluded %3)</source>
        <translation>%1 (summoned %2 − excluded %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no base yet</source>
        <translation>no base yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>reached: %1/%2 present (%3 %), at least %4 needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>NOT reached: %1/%2 present (%3 %), at least %4 needed</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressRepository</name>
    <message>
        <location filename="../app/storage/CongressRepository.cpp" line="+164"/>
        <source>Guests: every guest needs a name.</source>
        <translation>Guests: every guest needs a name.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>The congress record %1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressValidator</name>
    <message>
        <location filename="../app/domain/CongressValidator.cpp" line="+12"/>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 cannot be negative (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) lies outside the term %3.</source>
        <translation>%1 (%2) lies outside the term %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Congress number cannot be negative (%1).</source>
        <translation>Congress number cannot be negative (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A congress of delegates does not exclude %1 from the base (%2 entered).</source>
        <translation>A congress of delegates does not exclude %1 from the base (%2 entered).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A congress of all members does not exclude %1 from the base (%2 entered).</source>
        <translation>A congress of all members does not exclude %1 from the base (%2 entered).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summoned (%1) exceeds the official members (%2): only official members are summoned to vote.</source>
        <translation>Summoned (%1) exceeds the official members (%2): only official members are summoned to vote.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Present (%1) exceeds summoned (%2).</source>
        <translation>Present (%1) exceeds summoned (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The absences excluded from the base (%1) exceed the members absent (%2 summoned − %3 present = %4).</source>
        <translation>The absences excluded from the base (%1) exceed the members absent (%2 summoned − %3 present = %4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A held congress needs the date it opened (held from).</source>
        <translation>A held congress needs the date it opened (held from).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held to (%1) is before held from (%2).</source>
        <translation>Held to (%1) is before held from (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Official members</source>
        <translation>Official members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probationary members</source>
        <translation>Probationary members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summoned</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent with an accepted reason</source>
        <translation>Absent with an accepted reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused from activity, absent</source>
        <translation>Excused from activity, absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended, prosecuted or detained</source>
        <translation>Suspended, prosecuted or detained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily attached elsewhere</source>
        <translation>Temporarily attached elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent delegates without an alternate</source>
        <translation>Absent delegates without an alternate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences excluded from the base</source>
        <translation>Absences excluded from the base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress number</source>
        <translation>Congress number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held from</source>
        <translation>Held from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held to</source>
        <translation>Held to</translation>
    </message>
</context>
<context>
    <name>daihoi::Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+83"/>
        <location line="+39"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 is not a daihoi database or is damaged: %2</source>
        <translation>%1 is not a daihoi database or is damaged: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was written by a newer version of daihoi (database version %2; this program knows up to %3). It was left unchanged; open it with a newer daihoi.</source>
        <translation>%1 was written by a newer version of daihoi (database version %2; this program knows up to %3). It was left unchanged; open it with a newer daihoi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+18"/>
        <source>Usage: daihoi-cli demo FILE [--force]</source>
        <translation>Usage: daihoi-cli demo FILE [--force]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; add --force to replace it with the demo database.</source>
        <translation>%1 already exists; add --force to replace it with the demo database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo database written to %1.</source>
        <translation>Demo database written to %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoDatabaseBuilder</name>
    <message>
        <location filename="../app/services/DemoDatabaseBuilder.cpp" line="+239"/>
        <source>The database already holds units; the demo is only written into an empty database.</source>
        <translation>The database already holds units; the demo is only written into an empty database.</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionBase</name>
    <message>
        <location filename="../app/domain/elections/ElectionBase.cpp" line="+17"/>
        <source>Official delegates summoned (%1) cannot be negative.</source>
        <translation>Official delegates summoned (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official members summoned (%1) cannot be negative.</source>
        <translation>Official members summoned (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The count of %1 (%2) cannot be negative.</source>
        <translation>The count of %1 (%2) cannot be negative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base of a delegates&apos; congress excludes only absent convening-committee members and absent delegates without an alternate, not %1 (%2).</source>
        <translation>The base of a delegates&apos; congress excludes only absent convening-committee members and absent delegates without an alternate, not %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base of a party members&apos; congress does not exclude %1 (%2).</source>
        <translation>The base of a party members&apos; congress does not exclude %1 (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusions from the base (%1) exceed the official delegates summoned (%2).</source>
        <translation>Exclusions from the base (%1) exceed the official delegates summoned (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions from the base (%1) exceed the official members summoned (%2).</source>
        <translation>Exclusions from the base (%1) exceed the official members summoned (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base is %1: official delegates summoned (%2) minus exclusions (%3). It must be at least 1.</source>
        <translation>The base is %1: official delegates summoned (%2) minus exclusions (%3). It must be at least 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base is %1: official members summoned (%2) minus exclusions (%3). It must be at least 1.</source>
        <translation>The base is %1: official members summoned (%2) minus exclusions (%3). It must be at least 1.</translation>
    </message>
</context>
<context>
    <name>daihoi::GuestTableModel</name>
    <message>
        <location filename="../ui/models/GuestTableModel.cpp" line="+61"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>daihoi::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>daihoi — Party congresses</source>
        <translation>daihoi — Party congresses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Progress of subordinate units</source>
        <translation>Progress of subordinate units</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add subordinate unit…</source>
        <translation>&amp;Add subordinate unit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move under another unit…</source>
        <translation>&amp;Move under another unit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>R&amp;etire</source>
        <translation>R&amp;etire</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>&amp;Term</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add term…</source>
        <translation>&amp;Add term…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About daihoi</source>
        <translation>&amp;About daihoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a unit in the tree.</source>
        <translation>Choose a unit in the tree.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Congress %1</source>
        <translation>Congress %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>R&amp;estore</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi databases (*.db *.sqlite);;All files (*)</source>
        <translation>daihoi databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add term</source>
        <translation>Add term</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term (e.g. 2025-2030):</source>
        <translation>Term (e.g. 2025-2030):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</source>
        <translation>Term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About daihoi</source>
        <translation>About daihoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;daihoi&lt;/b&gt; %1&lt;br&gt;Records the congresses of party units, their elections and targets, and the progress of a committee&apos;s units.</source>
        <translation>&lt;b&gt;daihoi&lt;/b&gt; %1&lt;br&gt;Records the congresses of party units, their elections and targets, and the progress of a committee&apos;s units.</translation>
    </message>
</context>
<context>
    <name>daihoi::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="+19"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>daihoi::MoveUnitDialog</name>
    <message>
        <location filename="../ui/MoveUnitDialog.cpp" line="+19"/>
        <source>Move to the &amp;top level</source>
        <translation>Move to the &amp;top level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move %1 under:</source>
        <translation>Move %1 under:</translation>
    </message>
</context>
<context>
    <name>daihoi::MoveUnitEdit</name>
    <message>
        <location filename="../ui/commands/MoveUnitEdit.cpp" line="+9"/>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalDateEdit.cpp" line="+14"/>
        <source>Ctrl+Delete clears the date.</source>
        <translation>Ctrl+Delete clears the date.</translation>
    </message>
</context>
<context>
    <name>daihoi::PendingCongressModel</name>
    <message>
        <location filename="../ui/models/PendingCongressModel.cpp" line="+59"/>
        <source>no congress recorded</source>
        <translation>no congress recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned for %1</source>
        <translation>planned for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
</context>
<context>
    <name>daihoi::Progress</name>
    <message>
        <location filename="../app/domain/Progress.cpp" line="+12"/>
        <source>%1 branches have held their congress (%2 %)</source>
        <translation>%1 branches have held their congress (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 subordinate party organisations have held their congress (%2 %)</source>
        <translation>%1 subordinate party organisations have held their congress (%2 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to the end of %2</source>
        <translation>from %1 to the end of %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ProgressPanel</name>
    <message>
        <location filename="../ui/ProgressPanel.cpp" line="+80"/>
        <source>%1 — congresses of the term %2</source>
        <translation>%1 — congresses of the term %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subordinate units.</source>
        <translation>No subordinate units.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held %1.</source>
        <translation>Held %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None held yet.</source>
        <translation>None held yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every subordinate unit has held its congress.</source>
        <translation>Every subordinate unit has held its congress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet held (%1):</source>
        <translation>Not yet held (%1):</translation>
    </message>
</context>
<context>
    <name>daihoi::RenameUnitEdit</name>
    <message>
        <location filename="../ui/commands/RenameUnitEdit.cpp" line="+8"/>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>daihoi::RetireUnitEdit</name>
    <message>
        <location filename="../ui/commands/RetireUnitEdit.cpp" line="+8"/>
        <source>Retire %1</source>
        <translation>Retire %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
</context>
<context>
    <name>daihoi::RoundResult</name>
    <message>
        <location filename="../app/domain/elections/RoundResult.cpp" line="+16"/>
        <source>Tie at %1 votes between %2: none of them is elected in this round; another round is needed among them.</source>
        <translation>Tie at %1 votes between %2: none of them is elected in this round; another round is needed among them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seats left unfilled: %1 of %2. Another round may be held for them, or the congress may stop and leave them unfilled.</source>
        <translation>Seats left unfilled: %1 of %2. Another round may be held for them, or the congress may stop and leave them unfilled.</translation>
    </message>
</context>
<context>
    <name>daihoi::RoundTally</name>
    <message>
        <location filename="../app/domain/elections/RoundTally.cpp" line="+49"/>
        <source>Candidates (%1) are fewer than the seats (%2): at most %1 of the seats can be filled in this round.</source>
        <translation>Candidates (%1) are fewer than the seats (%2): at most %1 of the seats can be filled in this round.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Seats (%1) must be at least 1.</source>
        <translation>Seats (%1) must be at least 1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A secretary election fills one seat, not %1.</source>
        <translation>A secretary election fills one seat, not %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Voters present (%1) cannot be negative.</source>
        <translation>Voters present (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots issued (%1) cannot be negative.</source>
        <translation>Ballots issued (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots collected (%1) cannot be negative.</source>
        <translation>Ballots collected (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ballots (%1) cannot be negative.</source>
        <translation>Valid ballots (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ballots (%1) cannot be negative.</source>
        <translation>Invalid ballots (%1) cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes for %1 (%2) cannot be negative.</source>
        <translation>Votes for %1 (%2) cannot be negative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The candidate list is empty; a round needs at least one candidate.</source>
        <translation>The candidate list is empty; a round needs at least one candidate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidate number %1 has no name.</source>
        <translation>Candidate number %1 has no name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed more than once; give each candidate a distinct name.</source>
        <translation>%1 is listed more than once; give each candidate a distinct name.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voters present (%1) exceed the official delegates summoned (%2).</source>
        <translation>Voters present (%1) exceed the official delegates summoned (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters present (%1) exceed the official members summoned (%2).</source>
        <translation>Voters present (%1) exceed the official members summoned (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters present (%1) exceed the base (%2); those excluded from the base are absent and do not vote.</source>
        <translation>Voters present (%1) exceed the base (%2); those excluded from the base are absent and do not vote.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballots issued (%1) exceed voters present (%2).</source>
        <translation>Ballots issued (%1) exceed voters present (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballots collected (%1) exceed ballots issued (%2).</source>
        <translation>Ballots collected (%1) exceed ballots issued (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid (%1) plus invalid (%2) ballots make %3, not the %4 ballots collected.</source>
        <translation>Valid (%1) plus invalid (%2) ballots make %3, not the %4 ballots collected.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 votes, more than the %3 valid ballots.</source>
        <translation>%1 has %2 votes, more than the %3 valid ballots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The candidates&apos; votes add up to %1, more than valid ballots (%2) × seats (%3) = %4; a valid ballot keeps at most %3 names.</source>
        <translation>The candidates&apos; votes add up to %1, more than valid ballots (%2) × seats (%3) = %4; a valid ballot keeps at most %3 names.</translation>
    </message>
</context>
<context>
    <name>daihoi::SchemaMigrator</name>
    <message>
        <location filename="../app/storage/SchemaMigrator.cpp" line="+124"/>
        <source>The database version %1 is newer than this program&apos;s %2.</source>
        <translation>The database version %1 is newer than this program&apos;s %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Migration to version %1 failed: %2</source>
        <translation>Migration to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::SecretaryElection</name>
    <message>
        <location filename="../app/domain/elections/SecretaryElection.cpp" line="+31"/>
        <source>No secretary was elected in %1 rounds: the higher committee appoints the secretary.</source>
        <translation>No secretary was elected in %1 rounds: the higher committee appoints the secretary.</translation>
    </message>
</context>
<context>
    <name>daihoi::SummaryCommand</name>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="+19"/>
        <source>Usage: daihoi-cli summary FILE --unit CODE --term 2022-2025</source>
        <translation>Usage: daihoi-cli summary FILE --unit CODE --term 2022-2025</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The term &quot;%1&quot; is not written as START-END, e.g. 2022-2025.</source>
        <translation>The term &quot;%1&quot; is not written as START-END, e.g. 2022-2025.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No unit has the code %1.</source>
        <translation>No unit has the code %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database has no term %1–%2.</source>
        <translation>The database has no term %1–%2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2), term %3</source>
        <translation>%1 (%2), term %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no subordinate units.</source>
        <translation>%1 has no subordinate units.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no congress recorded</source>
        <translation>no congress recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet held: %1 (%2), %3</source>
        <translation>Not yet held: %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>daihoi::TallyCommand</name>
    <message>
        <location filename="../app/cli/TallyCommand.cpp" line="+35"/>
        <source>Missing key &quot;%1&quot; in %2.</source>
        <translation>Missing key &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Unknown key &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; in %2 must be a whole number.</source>
        <translation>&quot;%1&quot; in %2 must be a whole number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; in %2 must be an object.</source>
        <translation>&quot;%1&quot; in %2 must be an object.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;congress&quot; must be &quot;party-members&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;congress&quot; must be &quot;party-members&quot; or &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;office&quot; must be &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;office&quot; must be &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; or &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;candidates&quot; must be an array.</source>
        <translation>&quot;candidates&quot; must be an array.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>candidate number %1</source>
        <translation>candidate number %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with &quot;name&quot; and &quot;votes&quot;.</source>
        <translation>%1 must be an object with &quot;name&quot; and &quot;votes&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;name&quot; in %1 must be a string.</source>
        <translation>&quot;name&quot; in %1 must be a string.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>daihoi-cli tally: cannot read %1: %2</source>
        <translation>daihoi-cli tally: cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi-cli tally: %1 is not valid JSON: %2 at offset %3</source>
        <translation>daihoi-cli tally: %1 is not valid JSON: %2 at offset %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi-cli tally: %1 must hold one JSON object.</source>
        <translation>daihoi-cli tally: %1 must hold one JSON object.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi-cli tally: %1: %2</source>
        <translation>daihoi-cli tally: %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::TermRepository</name>
    <message>
        <location filename="../app/storage/TermRepository.cpp" line="+60"/>
        <source>No term has the id %1.</source>
        <translation>No term has the id %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Term: %1–%2 is not a term (the end year must follow the start year by at most 10 years).</source>
        <translation>Term: %1–%2 is not a term (the end year must follow the start year by at most 10 years).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term: %1 already exists.</source>
        <translation>Term: %1 already exists.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The term has congress records and cannot be removed.</source>
        <translation>The term has congress records and cannot be removed.</translation>
    </message>
</context>
<context>
    <name>daihoi::Transaction</name>
    <message>
        <location filename="../app/storage/Transaction.cpp" line="+50"/>
        <source>A part of this change failed; nothing was saved.</source>
        <translation>A part of this change failed; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitDialog</name>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="+21"/>
        <source>Add a party unit</source>
        <translation>Add a party unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. VH-24</source>
        <translation>e.g. VH-24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Chi bộ Tổ dân phố số 15</source>
        <translation>e.g. Chi bộ Tổ dân phố số 15</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Under:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code: a unit needs a code that stays the same over time.</source>
        <translation>Code: a unit needs a code that stays the same over time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: a unit needs a name.</source>
        <translation>Name: a unit needs a name.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitLevels</name>
    <message>
        <location filename="../app/domain/UnitLevel.cpp" line="+43"/>
        <source>Party committee above grassroots</source>
        <translation>Party committee above grassroots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grassroots party committee</source>
        <translation>Grassroots party committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-committee</source>
        <translation>Sub-committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grassroots branch</source>
        <translation>Grassroots branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitRepository</name>
    <message>
        <location filename="../app/storage/UnitRepository.cpp" line="+82"/>
        <location line="+33"/>
        <location line="+83"/>
        <location line="+59"/>
        <source>No unit has the id %1.</source>
        <translation>No unit has the id %1.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The unit tree has a cycle at id %1.</source>
        <translation>The unit tree has a cycle at id %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code: a unit needs a code.</source>
        <translation>Code: a unit needs a code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code: %1 is already used by %2.</source>
        <translation>Code: %1 is already used by %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+46"/>
        <source>Name: a unit needs a name.</source>
        <translation>Name: a unit needs a name.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+75"/>
        <source>%1 is a branch: a branch has no subordinate units.</source>
        <translation>%1 is a branch: a branch has no subordinate units.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 cannot be moved under %2: that unit is part of it.</source>
        <translation>%1 cannot be moved under %2: that unit is part of it.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The unit still has subordinate units or congress records; retire it instead.</source>
        <translation>The unit still has subordinate units or congress records; retire it instead.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitTreeModel</name>
    <message>
        <location filename="../ui/models/UnitTreeModel.cpp" line="+149"/>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
</context>
</TS>
