<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/exchange/ProgressDialogReporter.cpp" line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
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
    <name>daihoi::ApprovalService</name>
    <message>
        <location filename="../app/services/ApprovalService.cpp" line="+44"/>
        <source>The decision approving %1 has no number: an approval is recorded with the number of its decision.</source>
        <translation>The decision approving %1 has no number: an approval is recorded with the number of its decision.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decision %1 approving %2 has no date: an approval is recorded with the date of its decision.</source>
        <translation>The decision %1 approving %2 has no date: an approval is recorded with the date of its decision.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotComparisonView</name>
    <message>
        <location filename="../ui/ballots/BallotComparisonView.cpp" line="+22"/>
        <source>entry %1 by %2</source>
        <translation>entry %1 by %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries differ</source>
        <translation>entries differ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a second entry</source>
        <translation>waiting for a second entry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1: %2</source>
        <translation>Batch %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyed as %1.</source>
        <translation>Keyed as %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No batch entered yet.</source>
        <translation>No batch entered yet.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotCountingBox</name>
    <message>
        <location filename="../ui/ballots/BallotCountingBox.cpp" line="+27"/>
        <source>Count ballot b&amp;y ballot</source>
        <translation>Count ballot b&amp;y ballot</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ballots a batch:</source>
        <translation>ballots a batch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;ballot entry…</source>
        <translation>Open &amp;ballot entry…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the counte&amp;d figures</source>
        <translation>Save the counte&amp;d figures</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, round %2 (%3)</source>
        <translation>%1, round %2 (%3)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Ballots of this round are entered with these %1 names in this order, as printed: the candidate list can no longer change.</source>
        <translation>Ballots of this round are entered with these %1 names in this order, as printed: the candidate list can no longer change.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting ballot by ballot: the round is saved once every batch agrees and every ballot collected is entered.</source>
        <translation>Counting ballot by ballot: the round is saved once every batch agrees and every ballot collected is entered.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ballots are entered: the round stays counted ballot by ballot.</source>
        <translation>Ballots are entered: the round stays counted ballot by ballot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counting board enters every ballot twice; valid, invalid and votes come from the batches whose entries agree.</source>
        <translation>The counting board enters every ballot twice; valid, invalid and votes come from the batches whose entries agree.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotEntryWindow</name>
    <message>
        <location filename="../ui/ballots/BallotEntryWindow.cpp" line="+47"/>
        <source>Ballot entry</source>
        <translation>Ballot entry</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ntry:</source>
        <translation>E&amp;ntry:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No: as marked</source>
        <translation>No: as marked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Declared invalid by the board:</source>
        <translation>&amp;Declared invalid by the board:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save ballot (Enter)</source>
        <translation>&amp;Save ballot (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys: Up/Down move · Space or 1–9 mark the name of that row · Enter saves the ballot and shows the next · pick a ballot on the right to correct it</source>
        <translation>Keys: Up/Down move · Space or 1–9 mark the name of that row · Enter saves the ballot and shows the next · pick a ballot on the right to correct it</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ballots of this entry</source>
        <translation>Ballots of this entry</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparison of the entries</source>
        <translation>Comparison of the entries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry &amp;log…</source>
        <translation>Entry &amp;log…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hall screen</source>
        <translation>&amp;Hall screen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ballot entry: %1</source>
        <translation>Ballot entry: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Entry %1 of batch %2 is keyed by %3.</source>
        <translation>Entry %1 of batch %2 is keyed by %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 of batch %2 is not started yet.</source>
        <translation>Entry %1 of batch %2 is not started yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ballot %1: %2</source>
        <translation>Ballot %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>every name kept</source>
        <translation>every name kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>struck %1</source>
        <translation>struck %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (invalid: %2)</source>
        <translation>%1 (invalid: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 · ballot %2 · entered %3/%4</source>
        <translation>Batch %1 · ballot %2 · entered %3/%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · batch complete</source>
        <translation>%1 · batch complete</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the operator&apos;s name first: each entry is recorded under who keyed it.</source>
        <translation>Type the operator&apos;s name first: each entry is recorded under who keyed it.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotMarks</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotMarks.cpp" line="+26"/>
        <source>the marks have %1 letters, but the list has %2 candidates</source>
        <translation>the marks have %1 letters, but the list has %2 candidates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>letter %1 is &quot;%2&quot;: a list with a surplus takes K (kept) or S (struck)</source>
        <translation>letter %1 is &quot;%2&quot;: a list with a surplus takes K (kept) or S (struck)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letter %1 is &quot;%2&quot;: a list without a surplus takes A (agree), D (disagree), B (both boxes) or N (neither box)</source>
        <translation>letter %1 is &quot;%2&quot;: a list without a surplus takes A (agree), D (disagree), B (both boxes) or N (neither box)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>struck</source>
        <translation>struck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <translation>agree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disagree</source>
        <translation>disagree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both boxes marked</source>
        <translation>both boxes marked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither box marked</source>
        <translation>neither box marked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid (%1)</source>
        <translation>invalid (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name %1</source>
        <translation>name %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every name struck</source>
        <translation>every name struck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keeps %1</source>
        <translation>keeps %1</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotMismatch</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotMismatch.cpp" line="+14"/>
        <location line="+21"/>
        <source>does not have this ballot</source>
        <translation>does not have this ballot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 %2 %3</source>
        <translation>entry %1 %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 %2</source>
        <translation>entry %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1, ballot %2: %3.</source>
        <translation>Batch %1, ballot %2: %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotReasons</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotReasons.cpp" line="+39"/>
        <source>more names kept than seats</source>
        <translation>more names kept than seats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name kept</source>
        <translation>no name kept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not issued by the counting board</source>
        <translation>not issued by the counting board</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked or signed</source>
        <translation>marked or signed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other reason seen by the board (a name added, several inks)</source>
        <translation>other reason seen by the board (a name added, several inks)</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotRepository</name>
    <message>
        <location filename="../app/storage/BallotRepository.cpp" line="+149"/>
        <source>Batch size %1: a batch holds from 1 to %2 ballots.</source>
        <translation>Batch size %1: a batch holds from 1 to %2 ballots.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1: rounds are numbered from 1.</source>
        <translation>Round %1: rounds are numbered from 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The election record %1 no longer exists.</source>
        <translation>The election record %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Round %1: %2 ballots are entered in batches of %3; the batch size cannot change to %4.</source>
        <translation>Round %1: %2 ballots are entered in batches of %3; the batch size cannot change to %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Round %1: %2 ballots are entered one by one; remove their entries before typing the totals instead.</source>
        <translation>Round %1: %2 ballots are entered one by one; remove their entries before typing the totals instead.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1: batches are numbered from 1.</source>
        <translation>Batch %1: batches are numbered from 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 of batch %2: a batch is entered at most %3 times (entries 1 to %3).</source>
        <translation>Entry %1 of batch %2: a batch is entered at most %3 times (entries 1 to %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 of batch %2: the operator&apos;s name is missing.</source>
        <translation>Entry %1 of batch %2: the operator&apos;s name is missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballot %1 of batch %2: the program judges &quot;%3&quot; from the marks; the board declares only what it sees on paper.</source>
        <translation>Ballot %1 of batch %2: the program judges &quot;%3&quot; from the marks; the board declares only what it sees on paper.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot %1 of batch %2: the marks &quot;%3&quot; hold &quot;%4&quot;, which is no mark.</source>
        <translation>Ballot %1 of batch %2: the marks &quot;%3&quot; hold &quot;%4&quot;, which is no mark.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round %1 is not counted ballot by ballot; choose that first.</source>
        <translation>Round %1 is not counted ballot by ballot; choose that first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballot %1 of batch %2: ballots of a batch are numbered from 1 to %3.</source>
        <translation>Ballot %1 of batch %2: ballots of a batch are numbered from 1 to %3.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch %1 of round %2 has no entry %3.</source>
        <translation>Batch %1 of round %2 has no entry %3.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Entry %1 of batch %2 is entered by %3; %4 cannot enter ballots in it.</source>
        <translation>Entry %1 of batch %2 is entered by %3; %4 cannot enter ballots in it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already entered batch %2 as entry %3; entries of a batch must be by different operators.</source>
        <translation>%1 already entered batch %2 as entry %3; entries of a batch must be by different operators.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The office server refused to save ballots of this congress: your login may only read it.</source>
        <translation>The office server refused to save ballots of this congress: your login may only read it.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotSheetModel</name>
    <message>
        <location filename="../ui/ballots/BallotSheetModel.cpp" line="+150"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagree</source>
        <translation>Disagree</translation>
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
    <name>daihoi::CandidateNameDelegate</name>
    <message>
        <location filename="../ui/widgets/CandidateNameDelegate.cpp" line="+30"/>
        <source>A member of the executive committee</source>
        <translation>A member of the executive committee</translation>
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
    <name>daihoi::ChangeListener</name>
    <message>
        <location filename="../app/storage/ChangeListener.cpp" line="+88"/>
        <source>Cannot listen for other clerks&apos; changes: %1</source>
        <translation>Cannot listen for other clerks&apos; changes: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartBox</name>
    <message>
        <location filename="../ui/charts/ChartBox.cpp" line="+40"/>
        <source>Save PNG image…</source>
        <translation>Save PNG image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG…</source>
        <translation>Save SVG…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A picture of %1×%2 pixels, to paste into a report or a slide.</source>
        <translation>A picture of %1×%2 pixels, to paste into a report or a slide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A drawing that stays sharp at any size, for print and for editing.</source>
        <translation>A drawing that stays sharp at any size, for print and for editing.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save the chart as SVG</source>
        <translation>Save the chart as SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart as a PNG image</source>
        <translation>Save the chart as a PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the chart to %1.</source>
        <translation>Saved the chart to %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartRenderer</name>
    <message>
        <location filename="../app/reports/charts/ChartRenderer.cpp" line="+53"/>
        <location line="+11"/>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartsPanel</name>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="+78"/>
        <source>Charts of %1 for the term %2, as they stand today. The same charts are printed in the summary report.</source>
        <translation>Charts of %1 for the term %2, as they stand today. The same charts are printed in the summary report.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+24"/>
        <source>The database %1 does not exist.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The term &quot;%1&quot; is not written as START-END, e.g. 2022-2025.</source>
        <translation>The term &quot;%1&quot; is not written as START-END, e.g. 2022-2025.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unit has the code %1.</source>
        <translation>No unit has the code %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database has no term %1–%2.</source>
        <translation>The database has no term %1–%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+27"/>
        <source>Usage: daihoi-cli [--lang vi|en] COMMAND ...
  init FILE                                create an empty database
  demo FILE [--force]                      write the demo database
  summary FILE --unit CODE --term START-END  a committee&apos;s progress for a term
  plan FILE --unit CODE --term START-END [--on YYYY-MM-DD]
                                           progress against the committee&apos;s plan
  tally FILE.json                          check one election round
  generate FILE --units N [--seed S]       synthetic data for measuring speed
  report FILE --unit CODE --term START-END --kind KIND --out OUT.pdf|OUT.odt|OUT.xlsx
         [--number N] [--date YYYY-MM-DD] [--place PLACE] [--signer NAME]
                                           a party document; KIND: summary, congress,
                                           approval, tally, decision, resolution, minutes,
                                           statistics, ballot-log, plan-schedule,
                                           agenda [--on YYYY-MM-DD]
  export FILE --unit CODE --term START-END --out DIR [--dialect excel|data]
         [--separator &apos;;&apos;|&apos;,&apos;]             CSV files for the committee above
  import FILE PATH... [--attach-under CODE] exports of units below
  history FILE --unit CODE [--term START-END] [--limit N]
                                           who changed what and when, newest first
  office init URL | office upgrade URL | office copy FILE.db URL | office copy URL FILE.db
  office user URL NAME [--admin] | office users URL
  office grant URL NAME --unit CODE [--read-only] | office revoke URL NAME --unit CODE
                                           a shared office database on PostgreSQL
FILE may also be an office database&apos;s URL, postgresql://user@host/database</source>
        <translation>Usage: daihoi-cli [--lang vi|en] COMMAND ...
  init FILE                                create an empty database
  demo FILE [--force]                      write the demo database
  summary FILE --unit CODE --term START-END  a committee&apos;s progress for a term
  plan FILE --unit CODE --term START-END [--on YYYY-MM-DD]
                                           progress against the committee&apos;s plan
  tally FILE.json                          check one election round
  generate FILE --units N [--seed S]       synthetic data for measuring speed
  report FILE --unit CODE --term START-END --kind KIND --out OUT.pdf|OUT.odt|OUT.xlsx
         [--number N] [--date YYYY-MM-DD] [--place PLACE] [--signer NAME]
                                           a party document; KIND: summary, congress,
                                           approval, tally, decision, resolution, minutes,
                                           statistics, ballot-log, plan-schedule,
                                           agenda [--on YYYY-MM-DD]
  export FILE --unit CODE --term START-END --out DIR [--dialect excel|data]
         [--separator &apos;;&apos;|&apos;,&apos;]             CSV files for the committee above
  import FILE PATH... [--attach-under CODE] exports of units below
  history FILE --unit CODE [--term START-END] [--limit N]
                                           who changed what and when, newest first
  office init URL | office upgrade URL | office copy FILE.db URL | office copy URL FILE.db
  office user URL NAME [--admin] | office users URL
  office grant URL NAME --unit CODE [--read-only] | office revoke URL NAME --unit CODE
                                           a shared office database on PostgreSQL
FILE may also be an office database&apos;s URL, postgresql://user@host/database</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeMember</name>
    <message>
        <location filename="../app/domain/committee/CommitteeMember.cpp" line="+33"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy secretary</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteePanel</name>
    <message>
        <location filename="../ui/CommitteePanel.cpp" line="+37"/>
        <source>Record the secretary &amp;appointed by the higher committee…</source>
        <translation>Record the secretary &amp;appointed by the higher committee…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No congress recorded for this term.</source>
        <translation>No congress recorded for this term.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The committee follows the election results. Complete each person&apos;s details here; tick Approval when the higher committee&apos;s decision arrives and type its number and date (e.g. 125-QĐ/ĐU 15/10/2022).</source>
        <translation>The committee follows the election results. Complete each person&apos;s details here; tick Approval when the higher committee&apos;s decision arrives and type its number and date (e.g. 125-QĐ/ĐU 15/10/2022).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secretary appointed by the higher committee</source>
        <translation>Secretary appointed by the higher committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the appointed secretary:</source>
        <translation>Full name of the appointed secretary:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secretary: type the appointed secretary&apos;s full name.</source>
        <translation>Secretary: type the appointed secretary&apos;s full name.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record %1 as the appointed secretary</source>
        <translation>Record %1 as the appointed secretary</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeRepository</name>
    <message>
        <location filename="../app/storage/CommitteeRepository.cpp" line="+82"/>
        <source>Committee, line %1: a member needs a full name.</source>
        <translation>Committee, line %1: a member needs a full name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee, line %1 (%2): birth year %3 is not a plausible year.</source>
        <translation>Committee, line %1 (%2): birth year %3 is not a plausible year.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committee: %1 members have the role of secretary; a committee has one.</source>
        <translation>Committee: %1 members have the role of secretary; a committee has one.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeService</name>
    <message>
        <location filename="../app/services/CommitteeService.cpp" line="+53"/>
        <source>This change conflicts with the recorded election (%1): %2</source>
        <translation>This change conflicts with the recorded election (%1): %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>The congress record %1 no longer exists.</translation>
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
    <name>daihoi::CommitteeTableModel</name>
    <message>
        <location filename="../ui/models/CommitteeTableModel.cpp" line="+56"/>
        <source>Gender not recorded: it is counted as unknown.</source>
        <translation>Gender not recorded: it is counted as unknown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed from the middle name, not counted until confirmed: press Enter twice.</source>
        <translation>Proposed from the middle name, not counted until confirmed: press Enter twice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (appointed)</source>
        <translation>%1 (appointed)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1? (proposed)</source>
        <translation>%1? (proposed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>re-elected</source>
        <translation>re-elected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elected</source>
        <translation>elected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of base</source>
        <translation>% of base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political theory</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position at work</source>
        <translation>Position at work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-elected / new</source>
        <translation>Re-elected / new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving document</source>
        <translation>Approving document</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeTargetModel</name>
    <message>
        <location filename="../ui/targets/CommitteeTargetModel.cpp" line="+86"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeTargetsPanel</name>
    <message>
        <location filename="../ui/targets/CommitteeTargetsPanel.cpp" line="+55"/>
        <source>All results</source>
        <translation>All results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved or exceeded</source>
        <translation>Achieved or exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeded</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;sult:</source>
        <translation>Re&amp;sult:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Export to E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a party committee and a term.</source>
        <translation>Choose a party committee and a term.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Targets of the units of %1, term %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Targets of the units of %1, term %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No targets recorded for the units of this committee in this term.</source>
        <translation>No targets recorded for the units of this committee in this term.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units: %1</source>
        <translation>All units: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeUnitTallyModel</name>
    <message>
        <location filename="../ui/targets/CommitteeUnitTallyModel.cpp" line="+83"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved or exceeded</source>
        <translation>Achieved or exceeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exceeded</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
</context>
<context>
    <name>daihoi::CompositionView</name>
    <message>
        <location filename="../ui/widgets/CompositionView.cpp" line="+27"/>
        <source>No committee recorded yet.</source>
        <translation>No committee recorded yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members elected</source>
        <translation>Members elected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 seats</source>
        <translation>%1 of %2 seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats left unfilled</source>
        <translation>Seats left unfilled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-elected</source>
        <translation>Re-elected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under %1</source>
        <translation>Under %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnic minority</source>
        <translation>Ethnic minority</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Political theory: %1</source>
        <translation>Political theory: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secretaries re-elected / new</source>
        <translation>Secretaries re-elected / new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretaries elected at the congress</source>
        <translation>Secretaries elected at the congress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretaries appointed by the higher committee</source>
        <translation>Secretaries appointed by the higher committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries also heading the residential group</source>
        <translation>Secretaries also heading the residential group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries with 100 % approval</source>
        <translation>Secretaries with 100 % approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest secretary approval</source>
        <translation>Lowest secretary approval</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 members are recorded for %2 seats: check the committee against the election results.</source>
        <translation>%1 members are recorded for %2 seats: check the committee against the election results.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 committees have more members than seats (%2 too many): check them against their election results.</source>
        <translation>%1 committees have more members than seats (%2 too many): check them against their election results.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender or ethnicity not recorded for %1 of %2 members: the figures count only what is recorded.</source>
        <translation>Gender or ethnicity not recorded for %1 of %2 members: the figures count only what is recorded.</translation>
    </message>
</context>
<context>
    <name>daihoi::ConflictBar</name>
    <message>
        <location filename="../ui/widgets/ConflictBar.cpp" line="+12"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the values saved by the other clerk; what you typed here is dropped.</source>
        <translation>Take the values saved by the other clerk; what you typed here is dropped.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your entries and the saved record differ in:</source>
        <translation>Your entries and the saved record differ in:</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressConductBox</name>
    <message>
        <location filename="../ui/CongressConductBox.cpp" line="+48"/>
        <source>Conduct of the congress</source>
        <translation>Conduct of the congress</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing time:</source>
        <translation>Closing time:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening time:</source>
        <translation>Opening time:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full names separated by “;”, e.g. Nguyễn Văn An; Trần Thị Bình</source>
        <translation>Full names separated by “;”, e.g. Nguyễn Văn An; Trần Thị Bình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name of the head</source>
        <translation>Full name of the head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full names of the other members, separated by “;”</source>
        <translation>Full names of the other members, separated by “;”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium:</source>
        <translation>Presidium:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries:</source>
        <translation>Secretaries:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board:</source>
        <translation>Head of the counting board:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting board members:</source>
        <translation>Counting board members:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voters approving the congress resolution; 0 while not recorded.</source>
        <translation>Voters approving the congress resolution; 0 while not recorded.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution votes for:</source>
        <translation>Resolution votes for:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 “%2” is not a time: %3.</source>
        <translation>%1 “%2” is not a time: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the %2 present</source>
        <translation>%1 % of the %2 present</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressDifferences</name>
    <message>
        <location filename="../ui/CongressDifferences.cpp" line="+14"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Congress of delegates</source>
        <translation>Congress of delegates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress of all members</source>
        <translation>Congress of all members</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: yours “%2” — saved “%3”</source>
        <translation>%1: yours “%2” — saved “%3”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political report summary</source>
        <translation>Political report summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-review summary</source>
        <translation>Self-review summary</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressPanel</name>
    <message>
        <location filename="../ui/CongressPanel.cpp" line="+56"/>
        <source>&amp;Create the congress record</source>
        <translation>&amp;Create the congress record</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+25"/>
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
        <location line="+4"/>
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
        <location line="+3"/>
        <source>&amp;Official members:</source>
        <translation>&amp;Official members:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;bationary members:</source>
        <translation>Pro&amp;bationary members:</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+7"/>
        <source>Base for the vote:</source>
        <translation>Base for the vote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum:</source>
        <translation>Quorum:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guests from the higher committee</source>
        <translation>Guests from the higher committee</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a guest</source>
        <translation>Edit a guest</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, e.g. Deputy Secretary of the Party Committee</source>
        <translation>Title, e.g. Deputy Secretary of the Party Committee</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Pl&amp;anned date:</source>
        <translation>Pl&amp;anned date:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Change history…</source>
        <translation>Change history…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed this congress, when and what (%1)</source>
        <translation>Who changed this congress, when and what (%1)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hel&amp;d from:</source>
        <translation>Hel&amp;d from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held to:</source>
        <translation>Held to:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Su&amp;mmoned (official):</source>
        <translation>Su&amp;mmoned (official):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present (official):</source>
        <translation>&amp;Present (official):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add &amp;guest</source>
        <translation>Add &amp;guest</translation>
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
        <location line="+27"/>
        <source>Choose a term and a unit.</source>
        <translation>Choose a term and a unit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no congress recorded for the term %2.</source>
        <translation>%1 has no congress recorded for the term %2.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 “%2” is not a date: %3.</source>
        <translation>%1 “%2” is not a date: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the congress record of %1</source>
        <translation>Create the congress record of %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+23"/>
        <source>— (not judged while an entry is refused)</source>
        <translation>— (not judged while an entry is refused)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (summoned %2 − excluded %3)</source>
        <translation>%1 (summoned %2 − excluded %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— (judged once the congress is held)</source>
        <translation>— (judged once the congress is held)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no base yet</source>
        <translation>no base yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>reached: %1/%2 present (%3 %), at least %4 needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>NOT reached: %1/%2 present (%3 %), at least %4 needed</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Congress of %1 (%2), term %3</source>
        <translation>Congress of %1 (%2), term %3</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressRepository</name>
    <message>
        <location filename="../app/storage/CongressRepository.cpp" line="+234"/>
        <source>This change conflicts with the recorded election (%1): %2</source>
        <translation>This change conflicts with the recorded election (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests: every guest needs a name.</source>
        <translation>Guests: every guest needs a name.</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressValidator</name>
    <message>
        <location filename="../app/domain/CongressValidator.cpp" line="+16"/>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 cannot be negative (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) lies outside the term %3.</source>
        <translation>%1 (%2) lies outside the term %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: name %2 of %3 is empty.</source>
        <translation>%1: name %2 of %3 is empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” contains a line break, tab or other control character; a name is written on one line.</source>
        <translation>%1: “%2” contains a line break, tab or other control character; a name is written on one line.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolution votes for (%1) exceeds present (%2): only those present vote on the resolution.</source>
        <translation>Resolution votes for (%1) exceeds present (%2): only those present vote on the resolution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing time (%1) is before opening time (%2) on a one-day congress.</source>
        <translation>Closing time (%1) is before opening time (%2) on a one-day congress.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the head of the counting board and cannot also be listed among its members.</source>
        <translation>%1 is the head of the counting board and cannot also be listed among its members.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+13"/>
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
    <message>
        <location line="+1"/>
        <source>Opening time</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium</source>
        <translation>Presidium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries</source>
        <translation>Secretaries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board</source>
        <translation>Head of the counting board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting board members</source>
        <translation>Counting board members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution votes for</source>
        <translation>Resolution votes for</translation>
    </message>
</context>
<context>
    <name>daihoi::ConnectDialog</name>
    <message>
        <location filename="../ui/office/ConnectDialog.cpp" line="+49"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Remember the password in the system keychain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to office database</source>
        <translation>Connect to office database</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. office.example.vn, or a socket folder such as /run/postgresql</source>
        <translation>e.g. office.example.vn, or a socket folder such as /run/postgresql</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: to check the server&apos;s identity</source>
        <translation>optional: to check the server&apos;s identity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a new connection)</source>
        <translation>(a new connection)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;ecent:</source>
        <translation>R&amp;ecent:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is encrypted (TLS); with a CA certificate the server&apos;s identity is checked too. Only a server on this computer is reached without encryption.</source>
        <translation>The connection is encrypted (TLS); with a CA certificate the server&apos;s identity is checked too. Only a server on this computer is reached without encryption.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This computer has no system keychain, so the password cannot be remembered; it will be asked at each connection.</source>
        <translation>This computer has no system keychain, so the password cannot be remembered; it will be asked at each connection.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The office&apos;s CA certificate</source>
        <translation>The office&apos;s CA certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty; fill it in to connect.</source>
        <translation>%1 is empty; fill it in to connect.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the database %1 on %2…</source>
        <translation>Connecting to the database %1 on %2…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected; the password could not be kept in the system keychain: %1</source>
        <translation>Connected; the password could not be kept in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ConnectionBanner</name>
    <message>
        <location filename="../ui/widgets/ConnectionBanner.cpp" line="+24"/>
        <source>&lt;b&gt;Lost the connection to the server&lt;/b&gt; — trying to reconnect… What you type stays on screen; it cannot be saved until the connection is back.</source>
        <translation>&lt;b&gt;Lost the connection to the server&lt;/b&gt; — trying to reconnect… What you type stays on screen; it cannot be saved until the connection is back.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Connected to the server again.</source>
        <translation>Connected to the server again.</translation>
    </message>
</context>
<context>
    <name>daihoi::CountedRound</name>
    <message>
        <location filename="../app/domain/elections/ballots/CountedRound.cpp" line="+23"/>
        <source>Entry %1 (%2)</source>
        <translation>Entry %1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Entry %1 has no operator&apos;s name.</source>
        <translation>Entry %1 has no operator&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, batch %2, ballot %3</source>
        <translation>%1, batch %2, ballot %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: batches and ballots are numbered from 1.</source>
        <translation>%1: batches and ballots are numbered from 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ballot is entered twice in this entry.</source>
        <translation>%1: the ballot is entered twice in this entry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is judged from the marks, not declared by the board.</source>
        <translation>%1: &quot;%2&quot; is judged from the marks, not declared by the board.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a ballot the board declares invalid carries no marks.</source>
        <translation>%1: a ballot the board declares invalid carries no marks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 entered entries %2 and %3 of the same ballots; each entry is by another operator.</source>
        <translation>%1 entered entries %2 and %3 of the same ballots; each entry is by another operator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 entries are given; the ballots are entered at most %2 times.</source>
        <translation>%1 entries are given; the ballots are entered at most %2 times.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 holds %2 ballots, more than the %3 collected.</source>
        <translation>Entry %1 holds %2 ballots, more than the %3 collected.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 different ballots are entered, more than the %2 collected.</source>
        <translation>%1 different ballots are entered, more than the %2 collected.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No ballot entered yet.</source>
        <translation>No ballot entered yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 batches agreed.</source>
        <translation>%1 of %2 batches agreed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batches whose entries differ: %1.</source>
        <translation>Batches whose entries differ: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches waiting for another entry: %1.</source>
        <translation>Batches waiting for another entry: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ballots entered, %2 fewer than the %3 collected.</source>
        <translation>%1 ballots entered, %2 fewer than the %3 collected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ballots entered, %2 more than the %3 collected.</source>
        <translation>%1 ballots entered, %2 more than the %3 collected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every batch agrees and every ballot collected is entered: the round is counted.</source>
        <translation>Every batch agrees and every ballot collected is entered: the round is counted.</translation>
    </message>
</context>
<context>
    <name>daihoi::CsvReader</name>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quoted cell is not closed before the end of the file</source>
        <translation>a quoted cell is not closed before the end of the file</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a carriage return outside quotes that does not end the line</source>
        <translation>a carriage return outside quotes that does not end the line</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text after the closing quote of a cell</source>
        <translation>text after the closing quote of a cell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quote inside a cell that does not start with a quote</source>
        <translation>a quote inside a cell that does not start with a quote</translation>
    </message>
</context>
<context>
    <name>daihoi::CsvWriter</name>
    <message>
        <location filename="../app/exchange/CsvWriter.cpp" line="+30"/>
        <location line="+41"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+291"/>
        <location line="+33"/>
        <location line="+30"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+34"/>
        <source>%1 is not a daihoi database or is damaged: %2</source>
        <translation>%1 is not a daihoi database or is damaged: %2</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>This database was made by a newer version of daihoi (version %1); this program can only show it, not change it.</source>
        <translation>This database was made by a newer version of daihoi (version %1); this program can only show it, not change it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database address must not contain a password. Put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>The database address must not contain a password. Put it in ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a database address of the form postgresql://user@host/database.</source>
        <translation>%1 is not a database address of the form postgresql://user@host/database.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database address has an unknown option %1.</source>
        <translation>The database address has an unknown option %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sslmode=%1 would send the office&apos;s data unencrypted to %2; use sslmode=require or verify-full.</source>
        <translation>sslmode=%1 would send the office&apos;s data unencrypted to %2; use sslmode=require or verify-full.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer lacks PostgreSQL support for Qt (Debian package libqt6sql6-psql).</source>
        <translation>This computer lacks PostgreSQL support for Qt (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 has database version %2 and this program knows version %3; the administrator brings it up to date with: daihoi-cli office upgrade</source>
        <translation>%1 has database version %2 and this program knows version %3; the administrator brings it up to date with: daihoi-cli office upgrade</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The server %1 refused the user name or password for the database %2.</source>
        <translation>The server %1 refused the user name or password for the database %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has no database %2.</source>
        <translation>The server %1 has no database %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused a secure (TLS) connection to the database %2, or its certificate could not be verified: %3</source>
        <translation>The server %1 refused a secure (TLS) connection to the database %2, or its certificate could not be verified: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server %1 for the database %2: it does not answer or is not running. Check the host and port. (%3)</source>
        <translation>Cannot reach the server %1 for the database %2: it does not answer or is not running. Check the host and port. (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the database %2 on %1: %3</source>
        <translation>Cannot connect to the database %2 on %1: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no daihoi office yet; the administrator creates it with: daihoi-cli office init</source>
        <translation>%1 holds no daihoi office yet; the administrator creates it with: daihoi-cli office init</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Cannot prepare %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::DateText</name>
    <message>
        <location filename="../app/domain/DateText.cpp" line="+18"/>
        <source>%1 is not a plausible year</source>
        <translation>%1 is not a plausible year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no month %1</source>
        <translation>there is no month %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>month %1 of %2 has only %3 days</source>
        <translation>month %1 of %2 has only %3 days</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>write it as day/month/year, e.g. 06/07/2017 or 06072017</source>
        <translation>write it as day/month/year, e.g. 06/07/2017 or 06072017</translation>
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
        <location filename="../app/services/DemoDatabaseBuilder.cpp" line="+287"/>
        <source>The database already holds units; the demo is only written into an empty database.</source>
        <translation>The database already holds units; the demo is only written into an empty database.</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoTargetsBuilder</name>
    <message>
        <location filename="../app/services/targets/DemoTargetsBuilder.cpp" line="+281"/>
        <source>The database has no tables for targets yet; it needs the schema of this program version.</source>
        <translation>The database has no tables for targets yet; it needs the schema of this program version.</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionItem</name>
    <message>
        <location filename="../app/domain/targets/DirectionItem.cpp" line="+33"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionRepository</name>
    <message>
        <location filename="../app/storage/targets/DirectionRepository.cpp" line="+93"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>The congress record %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <source>The direction item %1 no longer exists.</source>
        <translation>The direction item %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The direction item to move no longer exists.</source>
        <translation>The direction item to move no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction items %1 and %2 belong to different congresses.</source>
        <translation>Direction items %1 and %2 belong to different congresses.</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionTableModel</name>
    <message>
        <location filename="../ui/targets/DirectionTableModel.cpp" line="+59"/>
        <source>A direction item needs its text; remove the item instead of emptying it.</source>
        <translation>A direction item needs its text; remove the item instead of emptying it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>daihoi::DocumentWriter</name>
    <message>
        <location filename="../app/reports/DocumentWriter.cpp" line="+96"/>
        <location line="+22"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::Election</name>
    <message>
        <location filename="../app/domain/elections/Election.cpp" line="+82"/>
        <source>Alternates (%1): only a delegates election has alternates, fewer than its %2 seats.</source>
        <translation>Alternates (%1): only a delegates election has alternates, fewer than its %2 seats.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seats to elect: at least 1 (%1 entered).</source>
        <translation>Seats to elect: at least 1 (%1 entered).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats to elect: a congress elects one secretary (%1 entered).</source>
        <translation>Seats to elect: a congress elects one secretary (%1 entered).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rounds must be numbered 1, 2, 3 … (round %1 is at place %2).</source>
        <translation>Rounds must be numbered 1, 2, 3 … (round %1 is at place %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round 1 elects all %1 seats (%2 entered).</source>
        <translation>Round 1 elects all %1 seats (%2 entered).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: %2 seats, but only %3 are left after the earlier rounds.</source>
        <translation>Round %1: %2 seats, but only %3 are left after the earlier rounds.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round %1: every seat was filled in the earlier rounds.</source>
        <translation>Round %1: every seat was filled in the earlier rounds.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+30"/>
        <source>Round %1: %2</source>
        <translation>Round %1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 cannot stand: the secretary is elected from the members of the executive committee, and none is elected yet.</source>
        <translation>%1 cannot stand: the secretary is elected from the members of the executive committee, and none is elected yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot stand: the deputy secretary is elected from the members of the executive committee, and none is elected yet.</source>
        <translation>%1 cannot stand: the deputy secretary is elected from the members of the executive committee, and none is elected yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an elected member of the executive committee; the secretary is elected from its members (%2).</source>
        <translation>%1 is not an elected member of the executive committee; the secretary is elected from its members (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an elected member of the executive committee; the deputy secretary is elected from its members (%2).</source>
        <translation>%1 is not an elected member of the executive committee; the deputy secretary is elected from its members (%2).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Executive committee</source>
        <translation>Executive committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy secretary</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegates to the higher congress</source>
        <translation>Delegates to the higher congress</translation>
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
    <name>daihoi::ElectionChange</name>
    <message>
        <location filename="../app/domain/elections/ElectionChange.cpp" line="+22"/>
        <source>Seats to elect: %1 → %2</source>
        <translation>Seats to elect: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternates: %1 → %2</source>
        <translation>Alternates: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add round %1</source>
        <translation>Add round %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <location line="+11"/>
        <source>Add candidate %1</source>
        <translation>Add candidate %1</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Remove round %1</source>
        <translation>Remove round %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats in the round: %1 → %2</source>
        <translation>Seats in the round: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issued %1 → %2</source>
        <translation>issued %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collected %1 → %2</source>
        <translation>collected %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid %1 → %2</source>
        <translation>valid %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid %1 → %2</source>
        <translation>invalid %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballots: %1</source>
        <translation>Ballots: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2</source>
        <translation>Round %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secretary appointed by the higher committee</source>
        <translation>Secretary appointed by the higher committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary no longer appointed</source>
        <translation>Secretary no longer appointed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the election</source>
        <translation>Edit the election</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 more changes</source>
        <translation>%1 and %2 more changes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rename candidate %1 to %2</source>
        <translation>Rename candidate %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Votes of %1: %2 → %3</source>
        <translation>Votes of %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove candidate %1</source>
        <translation>Remove candidate %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionDifferences</name>
    <message>
        <location filename="../ui/ElectionDifferences.cpp" line="+27"/>
        <source>%1 (saved → yours)</source>
        <translation>%1 (saved → yours)</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionPanel</name>
    <message>
        <location filename="../ui/ElectionPanel.cpp" line="+99"/>
        <source>&amp;New election</source>
        <translation>&amp;New election</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove election</source>
        <translation>Remove election</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Election:</source>
        <translation>Election:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>of which alternates:</source>
        <translation>of which alternates:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats to elect (decided by the congress):</source>
        <translation>Seats to elect (decided by the congress):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another r&amp;ound</source>
        <translation>Another r&amp;ound</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballots (from the vote counting board&apos;s minutes)</source>
        <translation>Ballots (from the vote counting board&apos;s minutes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seats in this round:</source>
        <translation>Seats in this round:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued:</source>
        <translation>Issued:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected:</source>
        <translation>Collected:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid:</source>
        <translation>Invalid:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add &amp;candidate</source>
        <translation>Add &amp;candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove candidate</source>
        <translation>Remove candidate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm and save</source>
        <translation>Confirm and save</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Record the congress first: its attendance is the base of every vote.</source>
        <translation>Record the congress first: its attendance is the base of every vote.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (needs 9 or more official members)</source>
        <translation>%1 (needs 9 or more official members)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 seats, %3 rounds)</source>
        <translation>%1 (%2 seats, %3 rounds)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+203"/>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>No election recorded yet: choose New election.</source>
        <translation>No election recorded yet: choose New election.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No round recorded yet: choose Another round.</source>
        <translation>No round recorded yet: choose Another round.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base: %1 (official members summoned less those excluded) · fewest votes that elect: %2 (more than half)</source>
        <translation>Base: %1 (official members summoned less those excluded) · fewest votes that elect: %2 (more than half)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base cannot be computed from the congress&apos;s attendance.</source>
        <translation>The base cannot be computed from the congress&apos;s attendance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
    <message>
        <location filename="../ui/ballots/RoundOutcomeText.cpp" line="+12"/>
        <source>Elected in this round: %1.</source>
        <translation>Elected in this round: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is elected in this round.</source>
        <translation>Nobody is elected in this round.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official delegates so far: %1.</source>
        <translation>Official delegates so far: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternates so far: %1.</source>
        <translation>Alternates so far: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please confirm:</source>
        <translation>Please confirm:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1 round(s): %2 of %3 seats still open.</source>
        <translation>After %1 round(s): %2 of %3 seats still open.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After %1 round(s): all %2 seats are filled.</source>
        <translation>After %1 round(s): all %2 seats are filled.</translation>
    </message>
    <message>
        <location filename="../ui/ElectionPanel.cpp" line="+28"/>
        <source>Please confirm: %1</source>
        <translation>Please confirm: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New election (%1) of %2</source>
        <translation>New election (%1) of %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the election (%1) of %2</source>
        <translation>Remove the election (%1) of %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionRepository</name>
    <message>
        <location filename="../app/storage/ElectionRepository.cpp" line="+91"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>The congress record %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This congress already has this election: %1.</source>
        <translation>This congress already has this election: %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExactDecimal</name>
    <message>
        <location filename="../app/domain/targets/ExactDecimal.cpp" line="+28"/>
        <source>A number is needed.</source>
        <translation>A number is needed.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” has more than one separator; write the number without grouping, e.g. 1500000 or 62,5.</source>
        <translation>“%1” has more than one separator; write the number without grouping, e.g. 1500000 or 62,5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” has more than %2 decimals.</source>
        <translation>“%1” has more than %2 decimals.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is too large (at most %2).</source>
        <translation>“%1” is too large (at most %2).</translation>
    </message>
</context>
<context>
    <name>daihoi::ExchangeDialogs</name>
    <message>
        <location filename="../ui/exchange/ExchangeDialogs.cpp" line="+71"/>
        <source>Export %1, term %2 to a folder</source>
        <translation>Export %1, term %2 to a folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, term %2, was exported to %3.</source>
        <translation>%1, term %2, was exported to %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import exports (choose their manifest.json files)</source>
        <translation>Import exports (choose their manifest.json files)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export manifests (manifest.json)</source>
        <translation>Export manifests (manifest.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in this database. Enter the code of the unit to attach it under:</source>
        <translation>%1 is not in this database. Enter the code of the unit to attach it under:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExchangeManifest</name>
    <message>
        <location filename="../app/exchange/ExchangeManifest.cpp" line="+39"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a manifest (%2).</source>
        <translation>%1: not a manifest (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a daihoi exchange manifest.</source>
        <translation>%1: not a daihoi exchange manifest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: format version %2 is not supported; this program reads versions %3 to %4.</source>
        <translation>%1: format version %2 is not supported; this program reads versions %3 to %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the unit code, term, creation time, dialect or separator is missing or malformed.</source>
        <translation>%1: the unit code, term, creation time, dialect or separator is missing or malformed.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file %2 is not listed.</source>
        <translation>%1: the file %2 is not listed.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+19"/>
        <source>Usage: daihoi-cli export FILE --unit CODE --term 2022-2025 --out DIR [--dialect excel|data] [--separator &apos;;&apos;|&apos;,&apos;]</source>
        <translation>Usage: daihoi-cli export FILE --unit CODE --term 2022-2025 --out DIR [--dialect excel|data] [--separator &apos;;&apos;|&apos;,&apos;]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dialect is excel (separator &apos;;&apos; or &apos;,&apos;) or data (separator &apos;,&apos;).</source>
        <translation>The dialect is excel (separator &apos;;&apos; or &apos;,&apos;) or data (separator &apos;,&apos;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported %1, term %2–%3: %4 units, %5 congresses, to %6.</source>
        <translation>Exported %1, term %2–%3: %4 units, %5 congresses, to %6.</translation>
    </message>
</context>
<context>
    <name>daihoi::Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="+88"/>
        <source>No unit has the code %1.</source>
        <translation>No unit has the code %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has no term %1–%2.</source>
        <translation>The database has no term %1–%2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already holds an export (%2); choose an empty folder.</source>
        <translation>%1 already holds an export (%2); choose an empty folder.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>daihoi::FirstStartPage</name>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="+48"/>
        <source>&amp;Create the committee</source>
        <translation>&amp;Create the committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a subordinate unit…</source>
        <translation>&amp;Add a subordinate unit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Đảng bộ phường Việt Hưng</source>
        <translation>e.g. Đảng bộ phường Việt Hưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VH</source>
        <translation>e.g. VH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2025-2030</source>
        <translation>e.g. 2025-2030</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is empty</source>
        <translation>This database is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with your party committee: the unit whose congresses you follow. Give its name, its code (short, the same over the years and on every machine), its level and the term you are working on. Then add its subordinate units, or import the data they sent you.</source>
        <translation>Start with your party committee: the unit whose congresses you follow. Give its name, its code (short, the same over the years and on every machine), its level and the term you are working on. Then add its subordinate units, or import the data they sent you.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Your committee</source>
        <translation>1. Your committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fir&amp;st term:</source>
        <translation>Fir&amp;st term:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or start from the data your units sent</source>
        <translation>Or start from the data your units sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An import brings in the exported units with their committee.</source>
        <translation>An import brings in the exported units with their committee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import data from units below…</source>
        <translation>&amp;Import data from units below…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2. The committee&apos;s units</source>
        <translation>2. The committee&apos;s units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;data from units below…</source>
        <translation>Import &amp;data from units below…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to the committee&apos;s pages</source>
        <translation>&amp;Go to the committee&apos;s pages</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2) is ready. Add its subordinate units one by one, or import the exports they sent you; each unit then records its congress for the term.</source>
        <translation>%1 (%2) is ready. Add its subordinate units one by one, or import the exports they sent you; each unit then records its congress for the term.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name: the committee needs a name.</source>
        <translation>Name: the committee needs a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code: the committee needs a code that stays the same over time.</source>
        <translation>Code: the committee needs a code that stays the same over time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</source>
        <translation>First term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</translation>
    </message>
</context>
<context>
    <name>daihoi::GenerateCommand</name>
    <message>
        <location filename="../app/cli/GenerateCommand.cpp" line="+21"/>
        <source>Usage: daihoi-cli generate FILE.db --units N [--seed S]  (N chi bộ, at least 5)</source>
        <translation>Usage: daihoi-cli generate FILE.db --units N [--seed S]  (N chi bộ, at least 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; synthetic data is written into a new file.</source>
        <translation>%1 already exists; synthetic data is written into a new file.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 units, %3 congresses, %4 candidate rows, %5 committee members, %6 targets in %7 s.</source>
        <translation>%1: %2 units, %3 congresses, %4 candidate rows, %5 committee members, %6 targets in %7 s.</translation>
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
    <name>daihoi::HallScreen</name>
    <message>
        <location filename="../ui/ballots/HallScreen.cpp" line="+41"/>
        <source>Count in the hall</source>
        <translation>Count in the hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the first agreed batch…</source>
        <translation>Waiting for the first agreed batch…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Round %1 — official delegates as the base: %2</source>
        <translation>Round %1 — official delegates as the base: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %1 — official members as the base: %2</source>
        <translation>Round %1 — official members as the base: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official delegates as the base: %1</source>
        <translation>Official delegates as the base: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official members as the base: %1</source>
        <translation>Official members as the base: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Elected</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count complete · valid ballots: %1 · invalid: %2</source>
        <translation>Count complete · valid ballots: %1 · invalid: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 batches agreed · %3/%4 ballots entered</source>
        <translation>%1/%2 batches agreed · %3/%4 ballots entered</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of base</source>
        <translation>% of base</translation>
    </message>
</context>
<context>
    <name>daihoi::HeldCongressModel</name>
    <message>
        <location filename="../ui/models/HeldCongressModel.cpp" line="+95"/>
        <source>appointed</source>
        <translation>appointed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Members present / members summoned</source>
        <translation>Members present / members summoned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes for the secretary, as a share of the base of the secretary election</source>
        <translation>Votes for the secretary, as a share of the base of the secretary election</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+22"/>
        <source>Usage: daihoi-cli history FILE --unit CODE [--term 2022-2025] [--limit N]</source>
        <translation>Usage: daihoi-cli history FILE --unit CODE [--term 2022-2025] [--limit N]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changes to %1 (%2), newest first</source>
        <translation>Changes to %1 (%2), newest first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to %1 (%2), term %3, newest first</source>
        <translation>Changes to %1 (%2), term %3, newest first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No change is recorded.</source>
        <translation>No change is recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the newest %1 changes are shown; --limit shows more.</source>
        <translation>Only the newest %1 changes are shown; --limit shows more.</translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryDialog</name>
    <message>
        <location filename="../ui/history/HistoryDialog.cpp" line="+28"/>
        <source>Show &amp;older changes</source>
        <translation>Show &amp;older changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No change to this congress is recorded.</source>
        <translation>No change to this congress is recorded.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) shown; older ones follow.</source>
        <translation>
            <numerusform>%n change(s) shown; older ones follow.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), all shown.</source>
        <translation>
            <numerusform>%n change(s), all shown.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryFormatter</name>
    <message>
        <location filename="../app/services/HistoryFormatter.cpp" line="+94"/>
        <source>batch %1, entry %2</source>
        <translation>batch %1, entry %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <translation>postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>congress of all members</source>
        <translation>congress of all members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegates</source>
        <translation>delegates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deputy secretary</source>
        <translation>deputy secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee member</source>
        <translation>committee member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elected</source>
        <translation>elected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the members&apos; ratings</source>
        <translation>from the members&apos; ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the unit&apos;s ratings</source>
        <translation>from the unit&apos;s ratings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks excellently</source>
        <translation>completed tasks excellently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks well</source>
        <translation>completed tasks well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks</source>
        <translation>completed tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not complete tasks</source>
        <translation>did not complete tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean and strong</source>
        <translation>clean and strong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../app/services/HistoryFormatterLabels.cpp" line="+20"/>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress number</source>
        <translation>Congress number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Summoned (official)</source>
        <translation>Summoned (official)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present (official)</source>
        <translation>Present (official)</translation>
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
        <source>Delegates absent without an alternate</source>
        <translation>Delegates absent without an alternate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political report</source>
        <translation>Political report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee&apos;s self-review</source>
        <translation>Committee&apos;s self-review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening time</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board</source>
        <translation>Head of the counting board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for the resolution</source>
        <translation>Votes for the resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate seats</source>
        <translation>Alternate seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by the committee above</source>
        <translation>Appointed by the committee above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots issued</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots collected</source>
        <translation>Ballots collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ballots</source>
        <translation>Valid ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ballots</source>
        <translation>Invalid ballots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political theory</source>
        <translation>Political theory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position at work</source>
        <translation>Position at work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for the role</source>
        <translation>Votes for the role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-elected</source>
        <translation>Re-elected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the residential group</source>
        <translation>Head of the residential group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval document</source>
        <translation>Approval document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval date</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating level</source>
        <translation>Rating level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s rating</source>
        <translation>The unit&apos;s rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: excellent</source>
        <translation>Members: excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: good</source>
        <translation>Members: good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: completed</source>
        <translation>Members: completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: not completed</source>
        <translation>Members: not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots a batch</source>
        <translation>Ballots a batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot number</source>
        <translation>Ballot number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Marks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid</source>
        <translation>Declared invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks before</source>
        <translation>Marks before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid before</source>
        <translation>Declared invalid before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks after</source>
        <translation>Marks after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid after</source>
        <translation>Declared invalid after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Started at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected at</source>
        <translation>Corrected at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot congresses&apos; deadline</source>
        <translation>Pilot congresses&apos; deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled date</source>
        <translation>Scheduled date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled time</source>
        <translation>Scheduled time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member attending</source>
        <translation>Member attending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot congress</source>
        <translation>Pilot congress</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Work item</source>
        <translation>Work item</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium, secretary or counting board member</source>
        <translation>Presidium, secretary or counting board member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election of the</source>
        <translation>Election of the</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election round</source>
        <translation>Election round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee member,</source>
        <translation>Committee member,</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly rating</source>
        <translation>Yearly rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported export of</source>
        <translation>Imported export of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot-by-ballot count of round</source>
        <translation>Ballot-by-ballot count of round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot entry</source>
        <translation>Ballot entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Ballot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot correction</source>
        <translation>Ballot correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable line of</source>
        <translation>Timetable line of</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan number</source>
        <translation>Plan number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item number</source>
        <translation>Work item number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
</context>
<context>
    <name>daihoi::ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+15"/>
        <source>--attach-under needs the code of a unit.</source>
        <translation>--attach-under needs the code of a unit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: daihoi-cli import FILE PATH... [--attach-under CODE]</source>
        <translation>Usage: daihoi-cli import FILE PATH... [--attach-under CODE]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>daihoi::Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="+81"/>
        <source>%1: no readable export here (%2).</source>
        <translation>%1: no readable export here (%2).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1, term %2 (%3): already imported, nothing changed.</source>
        <translation>%1, term %2 (%3): already imported, nothing changed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, term %2 (%3): %4 units, %5 congresses imported.</source>
        <translation>%1, term %2 (%3): %4 units, %5 congresses imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, term %2: %3 plan(s) imported.</source>
        <translation>%1, term %2: %3 plan(s) imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+304"/>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1: an export of %2, term %3, made %4, is already imported; this one was made %5, not later, so it cannot replace it.</source>
        <translation>%1: an export of %2, term %3, made %4, is already imported; this one was made %5, not later, so it cannot replace it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the unit %2 to attach %3 under is not in this database.</source>
        <translation>%1: the unit %2 to attach %3 under is not in this database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is a branch: a branch has no subordinate units.</source>
        <translation>%1: %2 is a branch: a branch has no subordinate units.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the unit %2 (%3) is not in this database; choose the unit to attach it under.</source>
        <translation>%1: the unit %2 (%3) is not in this database; choose the unit to attach it under.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>units.csv, line %1: </source>
        <translation>units.csv, line %1: </translation>
    </message>
    <message>
        <location line="+151"/>
        <source>ratings.csv, line %1: </source>
        <translation>ratings.csv, line %1: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>plans.csv, line %1 (%2): </source>
        <translation>plans.csv, line %1 (%2): </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>congresses.csv, line %1 (%2): </source>
        <translation>congresses.csv, line %1 (%2): </translation>
    </message>
</context>
<context>
    <name>daihoi::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+14"/>
        <source>Usage: daihoi-cli init FILE</source>
        <translation>Usage: daihoi-cli init FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; init only creates a new database and left it unchanged.</source>
        <translation>%1 already exists; init only creates a new database and left it unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be created: %2</source>
        <translation>%1 cannot be created: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty database created: %1.</source>
        <translation>Empty database created: %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::LiveUpdates</name>
    <message>
        <location filename="../ui/LiveUpdates.cpp" line="+80"/>
        <source>Not saved: the server cannot be reached. What you typed stays on screen; save it again once the connection is back.</source>
        <translation>Not saved: the server cannot be reached. What you typed stays on screen; save it again once the connection is back.</translation>
    </message>
</context>
<context>
    <name>daihoi::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+85"/>
        <source>daihoi — Party congresses</source>
        <translation>daihoi — Party congresses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Te&amp;rm:</source>
        <translation>Te&amp;rm:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search units and people (Ctrl+F), accents optional</source>
        <translation>Search units and people (Ctrl+F), accents optional</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of subordinate units</source>
        <translation>Progress of subordinate units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+383"/>
        <source>Congress</source>
        <translation>Congress</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Elections</source>
        <translation>Elections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution and targets</source>
        <translation>Resolution and targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units&apos; targets</source>
        <translation>Units&apos; targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets of subordinate units</source>
        <translation>Targets of subordinate units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location line="+2"/>
        <source>&amp;Connect to office database…</source>
        <translation>&amp;Connect to office database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print documents…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport data for the committee above…</source>
        <translation>E&amp;xport data for the committee above…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data from units below…</source>
        <translation>&amp;Import data from units below…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
        <location line="+11"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+38"/>
        <source>%1 — daihoi</source>
        <translation>%1 — daihoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Choose a unit in the tree.</source>
        <translation>Choose a unit in the tree.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Congress %1</source>
        <translation>Congress %1</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+21"/>
        <source>The new language applies the next time daihoi starts.</source>
        <translation>The new language applies the next time daihoi starts.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>daihoi::MembersTable</name>
    <message>
        <location filename="../app/reports/MembersTable.cpp" line="+34"/>
        <source>%1 (%2) has no congress recorded in the term %3.</source>
        <translation>%1 (%2) has no congress recorded in the term %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="+21"/>
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
        <location filename="../ui/commands/MoveUnitEdit.cpp" line="+10"/>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OdtWriter</name>
    <message>
        <location filename="../app/reports/OdtWriter.cpp" line="+304"/>
        <source>Cannot write %1: the document could not be converted to OpenDocument.</source>
        <translation>Cannot write %1: the document could not be converted to OpenDocument.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeCommand</name>
    <message>
        <location filename="../app/cli/OfficeCommand.cpp" line="+30"/>
        <source>Usage: daihoi-cli office init URL
       daihoi-cli office copy FILE.db URL
       daihoi-cli office copy URL FILE.db
       daihoi-cli office upgrade URL
URL: postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)</source>
        <translation>Usage: daihoi-cli office init URL
       daihoi-cli office copy FILE.db URL
       daihoi-cli office copy URL FILE.db
       daihoi-cli office upgrade URL
URL: postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Office database created: %1. Its tables belong to %2; clerks join %3.</source>
        <translation>Office database created: %1. Its tables belong to %2; clerks join %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Copied %1 into %2.</source>
        <translation>Copied %1 into %2.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 already exists; the copy goes only into a new file, and it was left unchanged.</source>
        <translation>%1 already exists; the copy goes only into a new file, and it was left unchanged.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficeUserCommands.cpp" line="+50"/>
        <source>       daihoi-cli office user URL NAME [--admin]      (the password on standard input)
       daihoi-cli office grant URL NAME --unit CODE [--read-only]
       daihoi-cli office revoke URL NAME --unit CODE
       daihoi-cli office users URL</source>
        <translation>       daihoi-cli office user URL NAME [--admin]      (the password on standard input)
       daihoi-cli office grant URL NAME --unit CODE [--read-only]
       daihoi-cli office revoke URL NAME --unit CODE
       daihoi-cli office users URL</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: the two passwords differ; no user was created.</source>
        <translation>Password: the two passwords differ; no user was created.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created the administrator %1: they manage the clerks and read and write every unit.</source>
        <translation>Created the administrator %1: they manage the clerks and read and write every unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the clerk %1; they see nothing until a unit is granted (office grant).</source>
        <translation>Created the clerk %1; they see nothing until a unit is granted (office grant).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may now read %2 and every unit below it.</source>
        <translation>%1 may now read %2 and every unit below it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may now read and write %2 and every unit below it.</source>
        <translation>%1 may now read and write %2 and every unit below it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 no longer has %2.</source>
        <translation>%1 no longer has %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(administrator: every unit)</source>
        <translation>(administrator: every unit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read and write</source>
        <translation>read and write</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeCopier</name>
    <message>
        <location filename="../app/storage/OfficeCopier.cpp" line="+67"/>
        <source>The tables reference each other in a circle; they cannot be copied in order.</source>
        <translation>The tables reference each other in a circle; they cannot be copied in order.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+14"/>
        <location line="+29"/>
        <source>Cannot copy the table %1: %2</source>
        <translation>Cannot copy the table %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot copy rows %1 to %2 of the table %3: %4</source>
        <translation>Cannot copy rows %1 to %2 of the table %3: %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The table %1 has rows whose parent is missing; nothing was copied.</source>
        <translation>The table %1 has rows whose parent is missing; nothing was copied.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two databases have different versions (%1 and %2).</source>
        <translation>The two databases have different versions (%1 and %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no table %2: %3</source>
        <translation>%1 has no table %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty: the table %2 has %3 rows. Nothing was copied.</source>
        <translation>%1 is not empty: the table %2 has %3 rows. Nothing was copied.</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeNotifications</name>
    <message>
        <location filename="../app/storage/OfficeNotifications.cpp" line="+149"/>
        <source>Cannot install the change notifications: %1</source>
        <translation>Cannot install the change notifications: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeRights</name>
    <message>
        <location filename="../app/storage/OfficeRights.cpp" line="+393"/>
        <source>Cannot install the clerks&apos; rights: %1</source>
        <translation>Cannot install the clerks&apos; rights: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeSetup</name>
    <message>
        <location filename="../app/storage/OfficeSetup.cpp" line="+36"/>
        <source>%1 already holds a daihoi office (database version %2); nothing was changed.</source>
        <translation>%1 already holds a daihoi office (database version %2); nothing was changed.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot prepare the office roles in %1: %2</source>
        <translation>Cannot prepare the office roles in %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot install the office&apos;s server objects in %1: %2</source>
        <translation>Cannot install the office&apos;s server objects in %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeUpgrade</name>
    <message>
        <location filename="../app/storage/OfficeUpgrade.cpp" line="+28"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a daihoi database or is damaged: %2</source>
        <translation>%1 is not a daihoi database or is damaged: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no daihoi office yet; create it with: daihoi-cli office init</source>
        <translation>%1 holds no daihoi office yet; create it with: daihoi-cli office init</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has database version %2, newer than this program&apos;s %3; upgrade it with the newer daihoi.</source>
        <translation>%1 has database version %2, newer than this program&apos;s %3; upgrade it with the newer daihoi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already at database version %2; nothing to do.</source>
        <translation>%1 is already at database version %2; nothing to do.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot see who is connected to %1: %2</source>
        <translation>Cannot see who is connected to %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not upgraded: other daihoi programs are connected to it. Ask these clerks to close daihoi, then run the upgrade again:
  %2</source>
        <translation>%1 was not upgraded: other daihoi programs are connected to it. Ask these clerks to close daihoi, then run the upgrade again:
  %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot act as %1 in %2 (the administrator who ran office init may): %3</source>
        <translation>Cannot act as %1 in %2 (the administrator who ran office init may): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not upgraded; nothing was changed: %2</source>
        <translation>%1 was not upgraded; nothing was changed: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 upgraded from database version %2 to %3.</source>
        <translation>%1 upgraded from database version %2 to %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeUsers</name>
    <message>
        <location filename="../app/storage/OfficeUsers.cpp" line="+38"/>
        <source>User: %1 is not a valid user name; use lower-case letters without accents, digits and _, starting with a letter (at most 63), and none of the office&apos;s own roles.</source>
        <translation>User: %1 is not a valid user name; use lower-case letters without accents, digits and _, starting with a letter (at most 63), and none of the office&apos;s own roles.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only an administrator of the office manages its users and their units.</source>
        <translation>Only an administrator of the office manages its users and their units.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User: there is no user %1 on this server.</source>
        <translation>User: there is no user %1 on this server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1 is not a clerk of the office (a login in %2).</source>
        <translation>User: %1 is not a clerk of the office (a login in %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit: no unit has the code %1.</source>
        <translation>Unit: no unit has the code %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password: a user needs a password.</source>
        <translation>Password: a user needs a password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User: %1 already exists on this server.</source>
        <translation>User: %1 already exists on this server.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the user %1: %2</source>
        <translation>Cannot create the user %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unit: %1 has no grant on %2; nothing was revoked.</source>
        <translation>Unit: %1 has no grant on %2; nothing was revoked.</translation>
    </message>
</context>
<context>
    <name>daihoi::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalDateEdit.cpp" line="+41"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as day/month/year, e.g. 06/07/2017 or 06072017. Alt+Down opens the calendar; Ctrl+Delete empties the field.</source>
        <translation>Type the date as day/month/year, e.g. 06/07/2017 or 06072017. Alt+Down opens the calendar; Ctrl+Delete empties the field.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Choose the date on a calendar (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>daihoi::OptionalTimeEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalTimeEdit.cpp" line="+11"/>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the time as hours:minutes, e.g. 7:30, 0730 or 14h; empty it when not known.</source>
        <translation>Type the time as hours:minutes, e.g. 7:30, 0730 or 14h; empty it when not known.</translation>
    </message>
</context>
<context>
    <name>daihoi::PackageReader</name>
    <message>
        <location filename="../app/exchange/PackageRows.cpp" line="+36"/>
        <source>%1, line 1: the columns are %2; expected %3.</source>
        <translation>%1, line 1: the columns are %2; expected %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, line %2: %3 cells where the header has %4 columns.</source>
        <translation>%1, line %2: %3 cells where the header has %4 columns.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a whole number</source>
        <translation>not a whole number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>outside the allowed range %1 to %2</source>
        <translation>outside the allowed range %1 to %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not 0 or 1</source>
        <translation>not 0 or 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a date written as YYYY-MM-DD</source>
        <translation>not a date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a time written as HH:MM (24 hours)</source>
        <translation>not a time written as HH:MM (24 hours)</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageRows.h" line="+55"/>
        <source>not one of %1</source>
        <translation>not one of %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReader.cpp" line="+263"/>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="+66"/>
        <location filename="../app/exchange/PackageRows.cpp" line="+8"/>
        <source>repeats the key of line %1</source>
        <translation>repeats the key of line %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageRows.cpp" line="+22"/>
        <source>%1, line %2, cell %3: %4.</source>
        <translation>%1, line %2, cell %3: %4.</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReader.cpp" line="-154"/>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, line %2, column %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: cannot read the file (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its SHA-256 does not match the manifest; the file was edited or damaged after the export.</source>
        <translation>%1: its SHA-256 does not match the manifest; the file was edited or damaged after the export.</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>%1: %2 rows where the manifest says %3.</source>
        <translation>%1: %2 rows where the manifest says %3.</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the first unit must be the exported unit %1, without a parent</source>
        <translation>the first unit must be the exported unit %1, without a parent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a unit listed above this line</source>
        <translation>not a unit listed above this line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a branch has no subordinate units</source>
        <translation>a branch has no subordinate units</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the export lists no unit.</source>
        <translation>%1: the export lists no unit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="+27"/>
        <source>not a unit of units.csv</source>
        <translation>not a unit of units.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of order: the rows of each unit come together, in the order of units.csv</source>
        <translation>out of order: the rows of each unit come together, in the order of units.csv</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the unit has no row in congresses.csv</source>
        <translation>the unit has no row in congresses.csv</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no such election of the unit in elections.csv</source>
        <translation>no such election of the unit in elections.csv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such round of the election in rounds.csv</source>
        <translation>no such round of the election in rounds.csv</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an empty cell when not recorded</source>
        <translation>an empty cell when not recorded</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a plausible year of birth</source>
        <translation>not a plausible year of birth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the committee already has a secretary on line %1</source>
        <translation>the committee already has a secretary on line %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a number written with a decimal point</source>
        <translation>not a number written with a decimal point</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="-40"/>
        <source>the unit has no row in plans.csv</source>
        <translation>the unit has no row in plans.csv</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not a unit directly under %1, whose plan this is</source>
        <translation>not a unit directly under %1, whose plan this is</translation>
    </message>
</context>
<context>
    <name>daihoi::PagePreviewDialog</name>
    <message>
        <location filename="../ui/reports/PagePreviewDialog.cpp" line="+43"/>
        <source>P&amp;revious page</source>
        <translation>P&amp;revious page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page&apos;s width to the window (Ctrl+0)</source>
        <translation>Fit the page&apos;s width to the window (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>daihoi::PasswordKeychain</name>
    <message>
        <location filename="../ui/office/PasswordKeychain.cpp" line="+58"/>
        <location line="+22"/>
        <source>The system keychain did not answer.</source>
        <translation>The system keychain did not answer.</translation>
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
    <name>daihoi::Person</name>
    <message>
        <location filename="../app/domain/committee/Person.cpp" line="+83"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elementary</source>
        <translation>Elementary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bachelor</source>
        <translation>Bachelor</translation>
    </message>
</context>
<context>
    <name>daihoi::Plan</name>
    <message>
        <location filename="../app/domain/plans/Plan.cpp" line="+30"/>
        <source>Plan no. %1</source>
        <translation>Plan no. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan no. %1 of %2</source>
        <translation>Plan no. %1 of %2</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanAgendaBox</name>
    <message>
        <location filename="../ui/plans/PlanAgendaBox.cpp" line="+28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party cell</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member attending</source>
        <translation>Member attending</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date: %2.</source>
        <translation>“%1” is not a date: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Congresses from %1 to %2: %3</source>
        <translation>Congresses from %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda comes from the saved plan&apos;s timetable.</source>
        <translation>The agenda comes from the saved plan&apos;s timetable.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilot congress</source>
        <translation>Pilot congress</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+22"/>
        <source>Usage: daihoi-cli plan FILE --unit CODE --term 2022-2025 [--on YYYY-MM-DD]</source>
        <translation>Usage: daihoi-cli plan FILE --unit CODE --term 2022-2025 [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day &quot;%1&quot; is not a date written as YYYY-MM-DD, e.g. 2017-07-10.</source>
        <translation>The day &quot;%1&quot; is not a date written as YYYY-MM-DD, e.g. 2017-07-10.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2) has no plan for the term %3.</source>
        <translation>%1 (%2) has no plan for the term %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: scheduled %2, not held (%3)</source>
        <translation>%1: scheduled %2, not held (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: due by %2, not held (%3)</source>
        <translation>%1: due by %2, not held (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (%3): due %4, %5</source>
        <translation>%1. %2 (%3): due %4, %5</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanPanel</name>
    <message>
        <location filename="../ui/plans/PlanPanel.cpp" line="+56"/>
        <source>The plan&apos;s date</source>
        <translation>The plan&apos;s date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period&apos;s first day</source>
        <translation>The period&apos;s first day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline</source>
        <translation>The deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pilot congresses&apos; deadline</source>
        <translation>The pilot congresses&apos; deadline</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;ave the plan</source>
        <translation>S&amp;ave the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+449"/>
        <source>Work items</source>
        <translation>Work items</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>Next 14 days</source>
        <translation>Next 14 days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the plan, its timetable and work items as one change (%1); Undo takes it back</source>
        <translation>Save the plan, its timetable and work items as one change (%1); Undo takes it back</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>e.g. 74-KH/ĐU</source>
        <translation>e.g. 74-KH/ĐU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. on organising the congresses of the party cells, term 2022–2025</source>
        <translation>e.g. on organising the congresses of the party cells, term 2022–2025</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Plan no.:</source>
        <translation>&amp;Plan no.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date&amp;d:</source>
        <translation>Date&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bject:</source>
        <translation>Su&amp;bject:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period fr&amp;om:</source>
        <translation>Period fr&amp;om:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead&amp;line:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilot congresses b&amp;y:</source>
        <translation>Pilot congresses b&amp;y:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Spread over &amp;working days</source>
        <translation>Spread over &amp;working days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives every unit a date on the weekdays of the period: the pilot congresses first, by their deadline, then the others by the plan&apos;s deadline</source>
        <translation>Gives every unit a date on the weekdays of the period: the pilot congresses first, by their deadline, then the others by the plan&apos;s deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy from the last term&apos;s plan</source>
        <translation>&amp;Copy from the last term&apos;s plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the timetable of this committee&apos;s plan of the term before: the same days moved on by the terms&apos; years, with their times, places and members attending</source>
        <translation>Takes the timetable of this committee&apos;s plan of the term before: the same days moved on by the terms&apos; years, with their times, places and members attending</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a wor&amp;k item</source>
        <translation>Add a wor&amp;k item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the work item</source>
        <translation>&amp;Remove the work item</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Another change to this plan was saved meanwhile: Discard changes shows it.</source>
        <translation>Another change to this plan was saved meanwhile: Discard changes shows it.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no plan recorded for the term %2. Type its number and date, fill in the timetable, then save.</source>
        <translation>%1 has no plan recorded for the term %2. Type its number and date, fill in the timetable, then save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a committee and a term.</source>
        <translation>Choose a committee and a term.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 “%2” is not a date: %3.</source>
        <translation>%1 “%2” is not a date: %3.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit plan %1 of %2</source>
        <translation>Edit plan %1 of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record plan %1 of %2</source>
        <translation>Record plan %1 of %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan not saved: %1</source>
        <translation>Plan not saved: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To spread the dates, type the period&apos;s first day and the deadline first, the deadline on or after the first day.</source>
        <translation>To spread the dates, type the period&apos;s first day and the deadline first, the deadline on or after the first day.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates spread over the working days from %1 to %2, the pilot congresses first. Save the plan to keep them.</source>
        <translation>Dates spread over the working days from %1 to %2, the pilot congresses first. Save the plan to keep them.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no plan of an earlier term to copy.</source>
        <translation>%1 has no plan of an earlier term to copy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timetable lines copied from plan %1 (term %2): %3, the dates moved on %4 years. Save the plan to keep them.</source>
        <translation>Timetable lines copied from plan %1 (term %2): %3, the dates moved on %4 years. Save the plan to keep them.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No work items: add them if the plan lists them.</source>
        <translation>No work items: add them if the plan lists them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work items (%1/%2)</source>
        <translation>Work items (%1/%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes not saved yet (Ctrl+S saves them).</source>
        <translation>Changes not saved yet (Ctrl+S saves them).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanProgress</name>
    <message>
        <location filename="../app/domain/plans/PlanProgress.cpp" line="+50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanRepository</name>
    <message>
        <location filename="../app/storage/PlanRepository.cpp" line="+339"/>
        <source>The office server refused to save this committee&apos;s plan: your login may not change it.</source>
        <translation>The office server refused to save this committee&apos;s plan: your login may not change it.</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanScheduleModel</name>
    <message>
        <location filename="../ui/plans/PlanScheduleModel.cpp" line="+86"/>
        <source>The date of %1 “%2” is not a date: %3.</source>
        <translation>The date of %1 “%2” is not a date: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time of %1 “%2” is not a time: %3.</source>
        <translation>The time of %1 “%2” is not a time: %3.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Held on %1</source>
        <translation>Held on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilot congress: held first, by the pilot deadline</source>
        <translation>Pilot congress: held first, by the pilot deadline</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pilot congress (held first)</source>
        <translation>Pilot congress (held first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party cell</source>
        <translation>Party cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member attending</source>
        <translation>Member attending</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanStanding</name>
    <message>
        <location filename="../app/domain/plans/PlanStanding.cpp" line="+21"/>
        <source>held on time</source>
        <translation>held on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held late</source>
        <translation>held late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanValidator</name>
    <message>
        <location filename="../app/domain/plans/PlanValidator.cpp" line="+29"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 is %2 characters long; at most %3 are allowed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a control character.</source>
        <translation>%1 contains a control character.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan&apos;s number is empty, e.g. 74-KH/ĐU.</source>
        <translation>The plan&apos;s number is empty, e.g. 74-KH/ĐU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s number</source>
        <translation>The plan&apos;s number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s date is empty.</source>
        <translation>The plan&apos;s date is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject</source>
        <translation>The subject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline %1 is before the period&apos;s first day %2.</source>
        <translation>The deadline %1 is before the period&apos;s first day %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pilot congresses&apos; deadline %1 is before the period&apos;s first day %2.</source>
        <translation>The pilot congresses&apos; deadline %1 is before the period&apos;s first day %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pilot congresses&apos; deadline %1 is after the plan&apos;s deadline %2.</source>
        <translation>The pilot congresses&apos; deadline %1 is after the plan&apos;s deadline %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timetable names a unit that is not one of this committee&apos;s.</source>
        <translation>The timetable names a unit that is not one of this committee&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on the timetable twice.</source>
        <translation>%1 is on the timetable twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place of %1</source>
        <translation>The place of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member attending %1</source>
        <translation>The member attending %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A work item&apos;s number must be 1 or more, not %1.</source>
        <translation>A work item&apos;s number must be 1 or more, not %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work item %1 is numbered twice.</source>
        <translation>Work item %1 is numbered twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work item %1 has no title.</source>
        <translation>Work item %1 has no title.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title of work item %1</source>
        <translation>The title of work item %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers for work item %1</source>
        <translation>Who answers for work item %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item %1 is done but the day it was done is empty.</source>
        <translation>Work item %1 is done but the day it was done is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item %1 has a day done but is not marked done.</source>
        <translation>Work item %1 has a day done but is not marked done.</translation>
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
        <location filename="../ui/ProgressPanel.cpp" line="+121"/>
        <source>Committees elected: composition over all units</source>
        <translation>Committees elected: composition over all units</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Against %1, on %2</source>
        <translation>Against %1, on %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 — congresses of the term %2</source>
        <translation>%1 — congresses of the term %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subordinate units.</source>
        <translation>No subordinate units.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held %1.</source>
        <translation>Held %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None held yet.</source>
        <translation>None held yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every subordinate unit has held its congress (%1):</source>
        <translation>Every subordinate unit has held its congress (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held (%1):</source>
        <translation>Held (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet held (%1):</source>
        <translation>Not yet held (%1):</translation>
    </message>
</context>
<context>
    <name>daihoi::QualityRatings</name>
    <message>
        <location filename="../app/domain/targets/QualityRating.cpp" line="+48"/>
        <source>fulfilled tasks excellently</source>
        <translation>fulfilled tasks excellently</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fulfilled tasks well</source>
        <translation>fulfilled tasks well</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fulfilled tasks</source>
        <translation>fulfilled tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not fulfil tasks</source>
        <translation>did not fulfil tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean and strong (former level)</source>
        <translation>clean and strong (former level)</translation>
    </message>
</context>
<context>
    <name>daihoi::RatingEvaluation</name>
    <message>
        <location filename="../app/domain/targets/RatingEvaluation.cpp" line="+89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at the level</source>
        <translation>at the level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below the level</source>
        <translation>below the level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2/%3 (%4 %)</source>
        <translation>%1: %2/%3 (%4 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ratings missing for %1</source>
        <translation>ratings missing for %1</translation>
    </message>
</context>
<context>
    <name>daihoi::RatingTableModel</name>
    <message>
        <location filename="../ui/targets/RatingTableModel.cpp" line="+100"/>
        <source>%1, %2: a number of members, 0 or more, is needed (“%3” entered).</source>
        <translation>%1, %2: a number of members, 0 or more, is needed (“%3” entered).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit rated</source>
        <translation>Unit rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: excellent</source>
        <translation>Members: excellent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well</source>
        <translation>Well</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fulfilled</source>
        <translation>Not fulfilled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rated</source>
        <translation>Rated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well or above</source>
        <translation>Well or above</translation>
    </message>
</context>
<context>
    <name>daihoi::ReachedValue</name>
    <message>
        <location filename="../app/domain/targets/ReachedValue.cpp" line="+20"/>
        <source>“%1” does not start with a number.</source>
        <translation>“%1” does not start with a number.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The value reached for “%1” is given in “%2”, but the target has no unit: enter the number alone.</source>
        <translation>The value reached for “%1” is given in “%2”, but the target has no unit: enter the number alone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value reached for “%1” is given in “%2”, but the target is set in “%3”: enter it in %3.</source>
        <translation>The value reached for “%1” is given in “%2”, but the target is set in “%3”: enter it in %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::RecentDatabasesMenu</name>
    <message>
        <location filename="../ui/office/RecentDatabasesMenu.cpp" line="+35"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>daihoi::RecordApprovalsEdit</name>
    <message numerus="yes">
        <location filename="../ui/commands/RecordApprovalsEdit.cpp" line="+22"/>
        <source>Record the approval of %n committee(s) (%1)</source>
        <translation>
            <numerusform>Record the approval of %n committee(s) (%1)</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daihoi::RecordChangedBar</name>
    <message>
        <location filename="../ui/widgets/RecordChangedBar.cpp" line="+19"/>
        <source>This record was just changed on another computer. What you typed is kept; Reload shows the other change.</source>
        <translation>This record was just changed on another computer. What you typed is kept; Reload shows the other change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>daihoi::RenameUnitEdit</name>
    <message>
        <location filename="../ui/commands/RenameUnitEdit.cpp" line="+10"/>
        <source>Rename %1 to %2</source>
        <translation>Rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportBuilder</name>
    <message>
        <location filename="../app/reports/ReportBuilder.cpp" line="+53"/>
        <source>%1 (%2) has no subordinate units: a summary report is made by a party committee about its units.</source>
        <translation>%1 (%2) has no subordinate units: a summary report is made by a party committee about its units.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) is not a branch: the congress report and minutes, the resolution, the approval request and the vote counting minutes are made by a branch (chi bộ) about its own congress.</source>
        <translation>%1 (%2) is not a branch: the congress report and minutes, the resolution, the approval request and the vote counting minutes are made by a branch (chi bộ) about its own congress.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) has no congress recorded in the term %3.</source>
        <translation>%1 (%2) has no congress recorded in the term %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The congress of %1 (%2) in the term %3 has not been held yet.</source>
        <translation>The congress of %1 (%2) in the term %3 has not been held yet.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The congress of %1 (%2) has no election recorded.</source>
        <translation>The congress of %1 (%2) has no election recorded.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No round of the congress of %1 (%2) is counted ballot by ballot.</source>
        <translation>No round of the congress of %1 (%2) is counted ballot by ballot.</translation>
    </message>
    <message>
        <location filename="../app/reports/ReportBuilderDecision.cpp" line="+23"/>
        <source>%1 (%2) has no committee above it: a decision approving its elected committee is issued by the committee above the branch.</source>
        <translation>%1 (%2) has no committee above it: a decision approving its elected committee is issued by the committee above the branch.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) has no elected committee recorded in the term %3: its congress must be held and its elections entered before the committee above approves them.</source>
        <translation>%1 (%2) has no elected committee recorded in the term %3: its congress must be held and its elections entered before the committee above approves them.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No branch directly under %1 (%2) has election results waiting for approval in the term %3: every held congress with an elected committee is already approved.</source>
        <translation>No branch directly under %1 (%2) has election results waiting for approval in the term %3: every held congress with an elected committee is already approved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number: &quot;%1&quot; does not start with a number, so the %2 decisions cannot be numbered on from it (e.g. 125-QĐ/ĐU, 126-QĐ/ĐU, …). Leave it empty to write the numbers by hand.</source>
        <translation>Number: &quot;%1&quot; does not start with a number, so the %2 decisions cannot be numbered on from it (e.g. 125-QĐ/ĐU, 126-QĐ/ĐU, …). Leave it empty to write the numbers by hand.</translation>
    </message>
    <message>
        <location filename="../app/reports/ReportBuilderPlan.cpp" line="+16"/>
        <source>%1 (%2) has no plan for the term %3: record the committee&apos;s plan and its timetable first.</source>
        <translation>%1 (%2) has no plan for the term %3: record the committee&apos;s plan and its timetable first.</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ReportCommand.cpp" line="+42"/>
        <source>Recorded the approval of %n committee(s) (%1).</source>
        <translation>
            <numerusform>Recorded the approval of %n committee(s) (%1).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--record-approvals records decisions: use it with --kind decision and --number.</source>
        <translation>--record-approvals records decisions: use it with --kind decision and --number.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--out %1: the file must end in .pdf, .odt or .xlsx, which chooses its format.</source>
        <translation>--out %1: the file must end in .pdf, .odt or .xlsx, which chooses its format.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Usage: daihoi-cli report FILE --unit CODE --term 2022-2025 --kind summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log|plan-schedule|agenda --out OUT.pdf|OUT.odt|OUT.xlsx [--html OUT.html] [--number 12-BC/ĐU] [--place PLACE] [--date YYYY-MM-DD] [--signer NAME] [--signer-title TITLE] [--record-approvals] [--on YYYY-MM-DD]</source>
        <translation>Usage: daihoi-cli report FILE --unit CODE --term 2022-2025 --kind summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log|plan-schedule|agenda --out OUT.pdf|OUT.odt|OUT.xlsx [--html OUT.html] [--number 12-BC/ĐU] [--place PLACE] [--date YYYY-MM-DD] [--signer NAME] [--signer-title TITLE] [--record-approvals] [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The extension of --out chooses the format: .pdf to print, .odt to edit in Word or LibreOffice, .xlsx (summary, statistics, plan-schedule and agenda only) to rework the table in Excel.</source>
        <translation>The extension of --out chooses the format: .pdf to print, .odt to edit in Word or LibreOffice, .xlsx (summary, statistics, plan-schedule and agenda only) to rework the table in Excel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind agenda prints the plan&apos;s congresses of 14 days from the day --on gives (default today).</source>
        <translation>--kind agenda prints the plan&apos;s congresses of 14 days from the day --on gives (default today).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown report kind &quot;%1&quot;: use summary, congress, approval, tally, decision, resolution, minutes, statistics, ballot-log, plan-schedule or agenda.</source>
        <translation>Unknown report kind &quot;%1&quot;: use summary, congress, approval, tally, decision, resolution, minutes, statistics, ballot-log, plan-schedule or agenda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--on gives the first day of an agenda: use it with --kind agenda.</source>
        <translation>--on gives the first day of an agenda: use it with --kind agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on &quot;%1&quot;: the agenda&apos;s first day is not written as YYYY-MM-DD.</source>
        <translation>--on &quot;%1&quot;: the agenda&apos;s first day is not written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out %1: --kind %2 is a document, not a table; write it as .pdf or .odt (.xlsx is for --kind summary, --kind statistics, --kind plan-schedule and --kind agenda).</source>
        <translation>--out %1: --kind %2 is a document, not a table; write it as .pdf or .odt (.xlsx is for --kind summary, --kind statistics, --kind plan-schedule and --kind agenda).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date &quot;%1&quot; is not written as YYYY-MM-DD.</source>
        <translation>The date &quot;%1&quot; is not written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing needs the program&apos;s graphics support, which this build of daihoi-cli did not start.</source>
        <translation>Printing needs the program&apos;s graphics support, which this build of daihoi-cli did not start.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n row(s)).</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page(s)).</numerusform>
            <numerusform>Wrote %1 (%n page(s)).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportDialog</name>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="+112"/>
        <source>Print documents — %1, term %2</source>
        <translation>Print documents — %1, term %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: &quot;ngày … tháng … năm …&quot; to fill in by hand</source>
        <translation>empty: &quot;ngày … tháng … năm …&quot; to fill in by hand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One recipient a line</source>
        <translation>One recipient a line</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda lists the congresses of this day and the 13 days after it.</source>
        <translation>The agenda lists the congresses of this day and the 13 days after it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda &amp;from:</source>
        <translation>Agenda &amp;from:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Parent body:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Addressed to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs &amp;on behalf of:</source>
        <translation>Signs &amp;on behalf of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Signer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Recipients:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;Word (.odt)…</source>
        <translation>Save as &amp;Word (.odt)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as E&amp;xcel (.xlsx)…</source>
        <translation>Save as E&amp;xcel (.xlsx)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no document to print: it has no subordinate units and is not a branch.</source>
        <translation>%1 has no document to print: it has no subordinate units and is not a branch.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not printed: the agenda&apos;s first day “%1” is not a date: %2.</source>
        <translation>Not printed: the agenda&apos;s first day “%1” is not a date: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. 12%1; empty leaves a space to write it by hand</source>
        <translation>e.g. 12%1; empty leaves a space to write it by hand</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not printed: the date “%1” is not a date: %2.</source>
        <translation>Not printed: the date “%1” is not a date: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The document could not be sent to the printer.</source>
        <translation>The document could not be sent to the printer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record the approvals</source>
        <translation>Record the approvals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decisions&apos; number and date on the committees they approve?</source>
        <translation>Record the decisions&apos; number and date on the committees they approve?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n committee(s), %1, dated %2.</source>
        <translation>
            <numerusform>%n committee(s), %1, dated %2.</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save as Word</source>
        <translation>Save as Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save as Excel</source>
        <translation>Save as Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportKinds</name>
    <message>
        <location filename="../app/reports/ReportKind.cpp" line="+56"/>
        <source>Summary report of the subordinate units&apos; congresses</source>
        <translation>Summary report of the subordinate units&apos; congresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on the results of the congress</source>
        <translation>Report on the results of the congress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request to approve the elected committee</source>
        <translation>Request to approve the elected committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote counting minutes (every round)</source>
        <translation>Vote counting minutes (every round)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision approving the election results</source>
        <translation>Decision approving the election results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution of the congress</source>
        <translation>Resolution of the congress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes of the congress</source>
        <translation>Minutes of the congress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics table of the elected committees</source>
        <translation>Statistics table of the elected committees</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballot entry log (rounds counted ballot by ballot)</source>
        <translation>Ballot entry log (rounds counted ballot by ballot)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timetable of the units&apos; congresses (the plan&apos;s appendix)</source>
        <translation>Timetable of the units&apos; congresses (the plan&apos;s appendix)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda: congresses of the 14 days from a day</source>
        <translation>Agenda: congresses of the 14 days from a day</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportTables</name>
    <message>
        <location filename="../app/reports/ReportTables.cpp" line="+22"/>
        <source>%1 is a document, not a table: save it as PDF or Word (.odt).</source>
        <translation>%1 is a document, not a table: save it as PDF or Word (.odt).</translation>
    </message>
</context>
<context>
    <name>daihoi::RetireUnitEdit</name>
    <message>
        <location filename="../ui/commands/RetireUnitEdit.cpp" line="+10"/>
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
    <name>daihoi::RoundCandidatesModel</name>
    <message>
        <location filename="../ui/models/RoundCandidatesModel.cpp" line="+91"/>
        <source>Elected</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not elected</source>
        <translation>Not elected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie: another round needed</source>
        <translation>Tie: another round needed</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of base</source>
        <translation>% of base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
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
    <name>daihoi::RowVersions</name>
    <message>
        <location filename="../app/storage/RowVersions.cpp" line="+110"/>
        <source>This congress was deleted meanwhile. Your data has not been saved.</source>
        <translation>This congress was deleted meanwhile. Your data has not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This election was deleted meanwhile. Your data has not been saved.</source>
        <translation>This election was deleted meanwhile. Your data has not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit was deleted meanwhile. Your data has not been saved.</source>
        <translation>This unit was deleted meanwhile. Your data has not been saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another clerk</source>
        <translation>another clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This congress was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>This congress was just changed by %1 at %2. Your data has not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This election was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>This election was just changed by %1 at %2. Your data has not been saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>This unit was just changed by %1 at %2. Your data has not been saved.</translation>
    </message>
</context>
<context>
    <name>daihoi::SavePlanEdit</name>
    <message>
        <location filename="../ui/plans/SavePlanEdit.cpp" line="+26"/>
        <source>Not saved: another clerk changed this plan meanwhile. Look at their change, then make yours again.</source>
        <translation>Not saved: another clerk changed this plan meanwhile. Look at their change, then make yours again.</translation>
    </message>
</context>
<context>
    <name>daihoi::SchemaMigrator</name>
    <message>
        <location filename="../app/storage/SchemaMigrator.cpp" line="+168"/>
        <source>The database version %1 is newer than this program&apos;s %2.</source>
        <translation>The database version %1 is newer than this program&apos;s %2.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migration to version %1 failed: %2</source>
        <translation>Migration to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::SearchResultsModel</name>
    <message>
        <location filename="../ui/models/SearchResultsModel.cpp" line="+54"/>
        <source>%1 — committee of %2, %3</source>
        <translation>%1 — committee of %2, %3</translation>
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
    <name>daihoi::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of women the elected committees should reach; the composition chart marks it.</source>
        <translation>The share of women the elected committees should reach; the composition chart marks it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of young members the elected committees should reach; the composition chart marks it.</source>
        <translation>The share of young members the elected committees should reach; the composition chart marks it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded with every change you make in a database file; an office database records your login instead.</source>
        <translation>Recorded with every change you make in a database file; an office database records your login instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>of the base present</source>
        <translation>of the base present</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Young members are under:</source>
        <translation>&amp;Young members are under:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: &amp;women on committees at least:</source>
        <translation>Target: &amp;women on committees at least:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: y&amp;oung members at least:</source>
        <translation>Target: y&amp;oung members at least:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name in the change history:</source>
        <translation>Your &amp;name in the change history:</translation>
    </message>
</context>
<context>
    <name>daihoi::SheetExport</name>
    <message>
        <location filename="../ui/reports/SheetExport.cpp" line="+33"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>daihoi::SummaryChartPictures</name>
    <message>
        <location filename="../app/reports/charts/SummaryChartPictures.cpp" line="+27"/>
        <source>The charts of the summary report can only be drawn by a program with widgets.</source>
        <translation>The charts of the summary report can only be drawn by a program with widgets.</translation>
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
        <location line="+24"/>
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
    <name>daihoi::SyntheticDataGenerator</name>
    <message>
        <location filename="../app/services/SyntheticDataGenerator.cpp" line="+196"/>
        <source>The database already holds units; synthetic data is only written into an empty database.</source>
        <translation>The database already holds units; synthetic data is only written into an empty database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units: at least 5 chi bộ (%1 asked).</source>
        <translation>Units: at least 5 chi bộ (%1 asked).</translation>
    </message>
</context>
<context>
    <name>daihoi::TallyCommand</name>
    <message>
        <location filename="../app/cli/JsonFields.cpp" line="+19"/>
        <source>Missing key &quot;%1&quot; in %2.</source>
        <translation>Missing key &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/TallyCommand.cpp" line="+61"/>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Unknown key &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; in %2 must be a whole number.</source>
        <translation>&quot;%1&quot; in %2 must be a whole number.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; in %2 must be an object.</source>
        <translation>&quot;%1&quot; in %2 must be an object.</translation>
    </message>
    <message>
        <location filename="../app/cli/TallyCommand.cpp" line="-16"/>
        <source>the file</source>
        <translation>the file</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;congress&quot; must be &quot;party-members&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;congress&quot; must be &quot;party-members&quot; or &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;office&quot; must be &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;office&quot; must be &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; or &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+10"/>
        <source>&quot;name&quot; in %1 must be a string.</source>
        <translation>&quot;name&quot; in %1 must be a string.</translation>
    </message>
    <message>
        <location line="+48"/>
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
        <location line="+7"/>
        <source>daihoi-cli tally: %1: %2</source>
        <translation>daihoi-cli tally: %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::TallyEntries</name>
    <message>
        <location filename="../app/cli/TallyEntries.cpp" line="+16"/>
        <source>%1 must be an object with &quot;batch&quot;, &quot;number&quot; and &quot;marks&quot; or &quot;invalid&quot;.</source>
        <translation>%1 must be an object with &quot;batch&quot;, &quot;number&quot; and &quot;marks&quot; or &quot;invalid&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs either &quot;marks&quot; or &quot;invalid&quot;, not both or neither.</source>
        <translation>%1 needs either &quot;marks&quot; or &quot;invalid&quot;, not both or neither.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;marks&quot; in %1 must be a string.</source>
        <translation>&quot;marks&quot; in %1 must be a string.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;invalid&quot; in %1 must be &quot;not-issued&quot;, &quot;marked&quot; or &quot;other&quot;.</source>
        <translation>&quot;invalid&quot; in %1 must be &quot;not-issued&quot;, &quot;marked&quot; or &quot;other&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;entries&quot; must be an array.</source>
        <translation>&quot;entries&quot; must be an array.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry number %1</source>
        <translation>entry number %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with &quot;operator&quot; and &quot;ballots&quot;.</source>
        <translation>%1 must be an object with &quot;operator&quot; and &quot;ballots&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1, &quot;operator&quot; must be a string and &quot;ballots&quot; an array.</source>
        <translation>In %1, &quot;operator&quot; must be a string and &quot;ballots&quot; an array.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ballot number %1 of %2</source>
        <translation>ballot number %1 of %2</translation>
    </message>
</context>
<context>
    <name>daihoi::Target</name>
    <message>
        <location filename="../app/domain/targets/Target.cpp" line="+88"/>
        <source>entered by hand</source>
        <translation>entered by hand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members rated at a level or above</source>
        <translation>members rated at a level or above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years the unit was rated at a level or above</source>
        <translation>years the unit was rated at a level or above</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetRepository</name>
    <message>
        <location filename="../app/storage/targets/TargetRepository.cpp" line="+116"/>
        <location line="+34"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>The congress record %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+16"/>
        <source>The target %1 no longer exists.</source>
        <translation>The target %1 no longer exists.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target to move no longer exists.</source>
        <translation>The target to move no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets %1 and %2 belong to different congresses.</source>
        <translation>Targets %1 and %2 belong to different congresses.</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetResults</name>
    <message>
        <location filename="../app/domain/targets/TargetResult.cpp" line="+41"/>
        <source>not reviewed</source>
        <translation>not reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not achieved</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>achieved</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exceeded</source>
        <translation>exceeded</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetTableModel</name>
    <message>
        <location filename="../ui/targets/TargetTableModel.cpp" line="+55"/>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members “%1” or above</source>
        <translation>members “%1” or above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit “%1” or above</source>
        <translation>unit “%1” or above</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is not a comparison; use ≥, ≤ or =.</source>
        <translation>“%1” is not a comparison; use ≥, ≤ or =.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value of “%1”: %2</source>
        <translation>Value of “%1”: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached from</source>
        <translation>Reached from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetTally</name>
    <message>
        <location filename="../app/domain/targets/TargetTally.cpp" line="+35"/>
        <source>%1/%2 targets achieved or exceeded</source>
        <translation>%1/%2 targets achieved or exceeded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exceeded, %2 achieved, %3 not achieved</source>
        <translation>%1 exceeded, %2 achieved, %3 not achieved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not reviewed yet</source>
        <translation>%1 not reviewed yet</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetValidator</name>
    <message>
        <location filename="../app/domain/targets/TargetValidator.cpp" line="+13"/>
        <source>Every target needs a name.</source>
        <translation>Every target needs a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target “%1” needs a group, e.g. Party building.</source>
        <translation>Target “%1” needs a group, e.g. Party building.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target “%1” is computed from the ratings as a share in %, not in “%2”.</source>
        <translation>Target “%1” is computed from the ratings as a share in %, not in “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target “%1”: a share must lie between 0 and 100 % (%2 entered).</source>
        <translation>Target “%1”: a share must lie between 0 and 100 % (%2 entered).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target “%1”: members are not rated “%2”; choose one of the four member levels.</source>
        <translation>Target “%1”: members are not rated “%2”; choose one of the four member levels.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A direction item needs its text.</source>
        <translation>A direction item needs its text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year %1 is not a plausible rating year.</source>
        <translation>Year %1 is not a plausible rating year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: members rated “%2” cannot be negative (%3).</source>
        <translation>%1: members rated “%2” cannot be negative (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: members are not rated “%2” (%3 entered); that level was for organisations.</source>
        <translation>%1: members are not rated “%2” (%3 entered); that level was for organisations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating level</source>
        <translation>Rating level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members rated</source>
        <translation>Members rated</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetsPanel</name>
    <message>
        <location filename="../ui/targets/TargetsPanel.cpp" line="+95"/>
        <source>&amp;Targets and review</source>
        <translation>&amp;Targets and review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction, tasks, solutions</source>
        <translation>&amp;Direction, tasks, solutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yearly ratings</source>
        <translation>&amp;Yearly ratings</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Target, e.g. Admit 2 new members</source>
        <translation>Target, e.g. Admit 2 new members</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add target</source>
        <translation>&amp;Add target</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move u&amp;p</source>
        <translation>Move u&amp;p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve target</source>
        <translation>Remo&amp;ve target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the previous term&apos;s targets</source>
        <translation>&amp;Copy the previous term&apos;s targets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Text of the item, as the resolution words it</source>
        <translation>Text of the item, as the resolution words it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not rated)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each year of the term: the unit&apos;s own rating and how many members were rated at each level. Rating-based targets (such as 100 % of members fulfilling tasks well or above every year) are computed from these counts.</source>
        <translation>Each year of the term: the unit&apos;s own rating and how many members were rated at each level. Rating-based targets (such as 100 % of members fulfilling tasks well or above every year) are computed from these counts.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a term and a unit.</source>
        <translation>Choose a term and a unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Resolution of the congress of %1, term %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resolution of the congress of %1, term %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no congress recorded for the term %2. Create the congress record first; its resolution and targets are entered here.</source>
        <translation>%1 has no congress recorded for the term %2. Create the congress record first; its resolution and targets are entered here.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No targets entered yet.</source>
        <translation>No targets entered yet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Value of the target: %1</source>
        <translation>Value of the target: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add target “%1”</source>
        <translation>Add target “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the value reached of “%1”</source>
        <translation>Enter the value reached of “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit target “%1”</source>
        <translation>Edit target “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove target “%1”</source>
        <translation>Remove target “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move target “%1”</source>
        <translation>Move target “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no congress in an earlier term to copy targets from.</source>
        <translation>%1 has no congress in an earlier term to copy targets from.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The congress of the term %1 has no targets to copy.</source>
        <translation>The congress of the term %1 has no targets to copy.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copy %n target(s) of the term %1</source>
        <translation>
            <numerusform>Copy %n target(s) of the term %1</numerusform>
            <numerusform>Copy %n target(s) of the term %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n target(s) of the term %1; adjust their values for the new term.</source>
        <translation>
            <numerusform>Copied %n target(s) of the term %1; adjust their values for the new term.</numerusform>
            <numerusform>Copied %n target(s) of the term %1; adjust their values for the new term.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a direction item (%1)</source>
        <translation>Add a direction item (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit a direction item (%1)</source>
        <translation>Edit a direction item (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a direction item (%1)</source>
        <translation>Remove a direction item (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move a direction item (%1)</source>
        <translation>Move a direction item (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the %1 ratings of %2</source>
        <translation>Edit the %1 ratings of %2</translation>
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
        <location line="+102"/>
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
    <name>daihoi::TimeText</name>
    <message>
        <location filename="../app/domain/TimeText.cpp" line="+12"/>
        <source>there is no hour %1</source>
        <translation>there is no hour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no minute %1</source>
        <translation>there is no minute %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>write the minutes with two digits, e.g. 7:05</source>
        <translation>write the minutes with two digits, e.g. 7:05</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write it as hours:minutes, e.g. 7:30, 0730 or 14h</source>
        <translation>write it as hours:minutes, e.g. 7:30, 0730 or 14h</translation>
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
    <name>daihoi::UnitEditActions</name>
    <message>
        <location filename="../ui/UnitEditActions.cpp" line="+21"/>
        <source>&amp;Add subordinate unit…</source>
        <translation>&amp;Add subordinate unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move under another unit…</source>
        <translation>&amp;Move under another unit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>R&amp;etire</source>
        <translation>R&amp;etire</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Add term…</source>
        <translation>&amp;Add term…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>R&amp;estore</source>
        <translation>R&amp;estore</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../app/storage/UnitRepository.cpp" line="+131"/>
        <location line="+37"/>
        <location line="+168"/>
        <source>No unit has the id %1.</source>
        <translation>No unit has the id %1.</translation>
    </message>
    <message>
        <location line="-163"/>
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
        <location line="+49"/>
        <source>Name: a unit needs a name.</source>
        <translation>Name: a unit needs a name.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+92"/>
        <source>%1 is a branch: a branch has no subordinate units.</source>
        <translation>%1 is a branch: a branch has no subordinate units.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 cannot be moved under %2: that unit is part of it.</source>
        <translation>%1 cannot be moved under %2: that unit is part of it.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The unit still has subordinate units or congress records; retire it instead.</source>
        <translation>The unit still has subordinate units or congress records; retire it instead.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitStatusIcons</name>
    <message>
        <location filename="../ui/widgets/UnitStatusIcons.cpp" line="+89"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date set</source>
        <translation>Date set</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Postponed</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held from %1 to %2</source>
        <translation>Held from %1 to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on %1</source>
        <translation>Held on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned for %1</source>
        <translation>Planned for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponed (had been planned for %1)</source>
        <translation>Postponed (had been planned for %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Congress not scheduled yet</source>
        <translation>Congress not scheduled yet</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitStatusLegend</name>
    <message>
        <location filename="../ui/widgets/UnitStatusLegend.cpp" line="+14"/>
        <source>The congress of each unit in the selected term. Point at a unit for the date.</source>
        <translation>The congress of each unit in the selected term. Point at a unit for the date.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue against the plan</source>
        <translation>Overdue against the plan</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitTreeModel</name>
    <message>
        <location filename="../ui/models/UnitTreeModel.cpp" line="+308"/>
        <source>%1 (retired)</source>
        <translation>%1 (retired)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Congress overdue against the plan (due %1)</source>
        <translation>Congress overdue against the plan (due %1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
</context>
<context>
    <name>daihoi::UsersDialog</name>
    <message>
        <location filename="../ui/office/UsersDialog.cpp" line="+29"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read &amp;only / read and write</source>
        <translation>Read &amp;only / read and write</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dministrator: manages users, reads and writes every unit</source>
        <translation>A&amp;dministrator: manages users, reads and writes every unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read onl&amp;y</source>
        <translation>Read onl&amp;y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grant</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office users</source>
        <translation>Office users</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word again:</source>
        <translation>Pass&amp;word again:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units of the user</source>
        <translation>Units of the user</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grant a unit and everything below it (type its code or pick it):</source>
        <translation>Grant a unit and everything below it (type its code or pick it):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;users…</source>
        <translation>Office &amp;users…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (administrator)</source>
        <translation>%1 (administrator)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read and write</source>
        <translation>read and write</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation>Password: the two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was added; grant them a unit.</source>
        <translation>%1 was added; grant them a unit.</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItem</name>
    <message>
        <location filename="../app/domain/plans/WorkItem.cpp" line="+39"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItemTableModel</name>
    <message>
        <location filename="../ui/plans/WorkItemTableModel.cpp" line="+45"/>
        <source>A work item&apos;s number “%1” is not a number.</source>
        <translation>A work item&apos;s number “%1” is not a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline of work item %1 “%2” is not a date: %3.</source>
        <translation>The deadline of work item %1 “%2” is not a date: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day work item %1 was done “%2” is not a date: %3.</source>
        <translation>The day work item %1 was done “%2” is not a date: %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Overdue: due %1, not done</source>
        <translation>Overdue: due %1, not done</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work item</source>
        <translation>Work item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or person responsible</source>
        <translation>Unit or person responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItemTally</name>
    <message>
        <location filename="../app/domain/plans/WorkItemTally.cpp" line="+29"/>
        <source>%1/%2 work items done</source>
        <translation>%1/%2 work items done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 overdue</translation>
    </message>
</context>
<context>
    <name>daihoi::XlsxWriter</name>
    <message>
        <location filename="../app/reports/XlsxWriter.cpp" line="+53"/>
        <location line="+99"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
</TS>
