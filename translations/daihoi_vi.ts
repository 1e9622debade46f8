<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../ui/exchange/ProgressDialogReporter.cpp" line="+13"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>daihoi::AddTermEdit</name>
    <message>
        <location filename="../ui/commands/AddTermEdit.cpp" line="+8"/>
        <source>Add term %1</source>
        <translation>Thêm nhiệm kỳ %1</translation>
    </message>
</context>
<context>
    <name>daihoi::AddUnitEdit</name>
    <message>
        <location filename="../ui/commands/AddUnitEdit.cpp" line="+8"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ApprovalService</name>
    <message>
        <location filename="../app/services/ApprovalService.cpp" line="+44"/>
        <source>The decision approving %1 has no number: an approval is recorded with the number of its decision.</source>
        <translation>Quyết định chuẩn y %1 chưa có số: việc chuẩn y được ghi kèm số quyết định.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The decision %1 approving %2 has no date: an approval is recorded with the date of its decision.</source>
        <translation>Quyết định số %1 chuẩn y %2 chưa có ngày: việc chuẩn y được ghi kèm ngày ký quyết định.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotComparisonView</name>
    <message>
        <location filename="../ui/ballots/BallotComparisonView.cpp" line="+22"/>
        <source>entry %1 by %2</source>
        <translation>lần nhập %1 do %2 nhập</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agreed</source>
        <translation>đã khớp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entries differ</source>
        <translation>có chênh lệch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for a second entry</source>
        <translation>chờ nhập lần 2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1: %2</source>
        <translation>Tập %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyed as %1.</source>
        <translation>Đã nhập: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No batch entered yet.</source>
        <translation>Chưa nhập tập phiếu nào.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotCountingBox</name>
    <message>
        <location filename="../ui/ballots/BallotCountingBox.cpp" line="+27"/>
        <source>Count ballot b&amp;y ballot</source>
        <translation>Kiểm từng &amp;phiếu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ballots a batch:</source>
        <translation>phiếu mỗi tập:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;ballot entry…</source>
        <translation>&amp;Mở bàn nhập phiếu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the counte&amp;d figures</source>
        <translation>Lư&amp;u số liệu đã kiểm</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, round %2 (%3)</source>
        <translation>%1, lần bầu %2 (%3)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Ballots of this round are entered with these %1 names in this order, as printed: the candidate list can no longer change.</source>
        <translation>Phiếu của lần bầu này đã được nhập theo %1 tên đúng thứ tự in trên phiếu: không thể thay đổi danh sách ứng cử viên nữa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counting ballot by ballot: the round is saved once every batch agrees and every ballot collected is entered.</source>
        <translation>Đang kiểm từng phiếu: kết quả lần bầu được lưu khi mọi tập phiếu đã khớp và đã nhập đủ số phiếu thu vào.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ballots are entered: the round stays counted ballot by ballot.</source>
        <translation>Đã nhập phiếu: lần bầu này tiếp tục kiểm từng phiếu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The counting board enters every ballot twice; valid, invalid and votes come from the batches whose entries agree.</source>
        <translation>Ban kiểm phiếu nhập mỗi phiếu hai lần; số phiếu hợp lệ, không hợp lệ và số phiếu bầu lấy từ các tập phiếu có các lần nhập khớp nhau.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotEntryWindow</name>
    <message>
        <location filename="../ui/ballots/BallotEntryWindow.cpp" line="+47"/>
        <source>Ballot entry</source>
        <translation>Nhập phiếu bầu</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Operator:</source>
        <translation>&amp;Người nhập:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Batch:</source>
        <translation>&amp;Tập:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;ntry:</source>
        <translation>&amp;Lần nhập:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No: as marked</source>
        <translation>Không: theo phiếu đã đánh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Declared invalid by the board:</source>
        <translation>Ban kiểm phiếu &amp;xác định không hợp lệ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save ballot (Enter)</source>
        <translation>Lưu &amp;phiếu (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keys: Up/Down move · Space or 1–9 mark the name of that row · Enter saves the ballot and shows the next · pick a ballot on the right to correct it</source>
        <translation>Phím: Lên/Xuống để di chuyển · Cách hoặc 1–9 để đánh dấu tên ở dòng đó · Enter lưu phiếu và chuyển sang phiếu tiếp theo · chọn một phiếu ở bên phải để sửa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ballots of this entry</source>
        <translation>Các phiếu của lần nhập này</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comparison of the entries</source>
        <translation>Đối chiếu các lần nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry &amp;log…</source>
        <translation>Nhật &amp;ký nhập phiếu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hall screen</source>
        <translation>Màn hình &amp;hội trường</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ballot entry: %1</source>
        <translation>Nhập phiếu bầu: %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Entry %1 of batch %2 is keyed by %3.</source>
        <translation>Lần nhập %1 của tập %2 do %3 nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 of batch %2 is not started yet.</source>
        <translation>Lần nhập %1 của tập %2 chưa bắt đầu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ballot %1: %2</source>
        <translation>Phiếu %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>every name kept</source>
        <translation>giữ tất cả các tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>struck %1</source>
        <translation>gạch %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (invalid: %2)</source>
        <translation>%1 (không hợp lệ: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 · ballot %2 · entered %3/%4</source>
        <translation>Tập %1 · phiếu %2 · đã nhập %3/%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · batch complete</source>
        <translation>%1 · đã nhập đủ tập</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Type the operator&apos;s name first: each entry is recorded under who keyed it.</source>
        <translation>Hãy gõ tên người nhập trước: mỗi lần nhập được ghi theo tên người nhập.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotMarks</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotMarks.cpp" line="+26"/>
        <source>the marks have %1 letters, but the list has %2 candidates</source>
        <translation>phiếu có %1 ký hiệu nhưng danh sách có %2 người</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>letter %1 is &quot;%2&quot;: a list with a surplus takes K (kept) or S (struck)</source>
        <translation>ký hiệu thứ %1 là &quot;%2&quot;: danh sách có số dư chỉ nhận K (giữ) hoặc S (gạch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>letter %1 is &quot;%2&quot;: a list without a surplus takes A (agree), D (disagree), B (both boxes) or N (neither box)</source>
        <translation>ký hiệu thứ %1 là &quot;%2&quot;: danh sách không có số dư chỉ nhận A (đồng ý), D (không đồng ý), B (đánh cả hai ô) hoặc N (không đánh ô nào)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>kept</source>
        <translation>giữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>struck</source>
        <translation>gạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agree</source>
        <translation>đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disagree</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both boxes marked</source>
        <translation>đánh cả hai ô</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neither box marked</source>
        <translation>không đánh ô nào</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid (%1)</source>
        <translation>không hợp lệ (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name %1</source>
        <translation>tên thứ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every name struck</source>
        <translation>gạch hết tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keeps %1</source>
        <translation>giữ %1</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotMismatch</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotMismatch.cpp" line="+14"/>
        <location line="+21"/>
        <source>does not have this ballot</source>
        <translation>không có phiếu này</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 %2 %3</source>
        <translation>lần %1 %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 %2</source>
        <translation>lần %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1, ballot %2: %3.</source>
        <translation>Tập %1, phiếu %2: %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotReasons</name>
    <message>
        <location filename="../app/domain/elections/ballots/BallotReasons.cpp" line="+39"/>
        <source>more names kept than seats</source>
        <translation>giữ lại nhiều tên hơn số lượng cần bầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name kept</source>
        <translation>gạch hết tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not issued by the counting board</source>
        <translation>không phải phiếu do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marked or signed</source>
        <translation>đánh dấu hoặc ký tên vào phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other reason seen by the board (a name added, several inks)</source>
        <translation>lý do khác Ban kiểm phiếu thấy trên phiếu (ghi thêm tên, nhiều màu mực)</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotRepository</name>
    <message>
        <location filename="../app/storage/BallotRepository.cpp" line="+149"/>
        <source>Batch size %1: a batch holds from 1 to %2 ballots.</source>
        <translation>Số phiếu mỗi tập %1: mỗi tập có từ 1 đến %2 phiếu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Round %1: rounds are numbered from 1.</source>
        <translation>Lần bầu thứ %1: các lần bầu được đánh số từ 1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The election record %1 no longer exists.</source>
        <translation>Hồ sơ cuộc bầu cử %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Round %1: %2 ballots are entered in batches of %3; the batch size cannot change to %4.</source>
        <translation>Lần bầu thứ %1: đã nhập %2 phiếu theo tập %3 phiếu; không thể đổi số phiếu mỗi tập thành %4.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Round %1: %2 ballots are entered one by one; remove their entries before typing the totals instead.</source>
        <translation>Lần bầu thứ %1: đã nhập từng phiếu được %2 phiếu; hãy xóa các lần nhập đó trước khi chuyển sang nhập số tổng.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1: batches are numbered from 1.</source>
        <translation>Tập %1: các tập phiếu được đánh số từ 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entry %1 of batch %2: a batch is entered at most %3 times (entries 1 to %3).</source>
        <translation>Lần nhập %1 của tập %2: mỗi tập được nhập nhiều nhất %3 lần (lần 1 đến lần %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 of batch %2: the operator&apos;s name is missing.</source>
        <translation>Lần nhập %1 của tập %2: chưa có tên người nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballot %1 of batch %2: the program judges &quot;%3&quot; from the marks; the board declares only what it sees on paper.</source>
        <translation>Phiếu %1 của tập %2: lý do &quot;%3&quot; do chương trình tự xét theo các ô đánh dấu; Ban kiểm phiếu chỉ ghi lý do thấy được trên phiếu giấy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ballot %1 of batch %2: the marks &quot;%3&quot; hold &quot;%4&quot;, which is no mark.</source>
        <translation>Phiếu %1 của tập %2: chuỗi đánh dấu &quot;%3&quot; có ký tự &quot;%4&quot; không phải là ký hiệu đánh dấu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round %1 is not counted ballot by ballot; choose that first.</source>
        <translation>Lần bầu thứ %1 chưa chọn kiểm từng phiếu; hãy chọn &quot;Kiểm từng phiếu&quot; trước.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ballot %1 of batch %2: ballots of a batch are numbered from 1 to %3.</source>
        <translation>Phiếu %1 của tập %2: phiếu trong một tập được đánh số từ 1 đến %3.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch %1 of round %2 has no entry %3.</source>
        <translation>Tập %1 của lần bầu thứ %2 không có lần nhập %3.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Entry %1 of batch %2 is entered by %3; %4 cannot enter ballots in it.</source>
        <translation>Lần nhập %1 của tập %2 do %3 nhập; %4 không thể nhập phiếu vào lần nhập này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already entered batch %2 as entry %3; entries of a batch must be by different operators.</source>
        <translation>%1 đã nhập tập %2 ở lần nhập %3; các lần nhập của một tập phải do những người khác nhau thực hiện.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The office server refused to save ballots of this congress: your login may only read it.</source>
        <translation>Máy chủ văn phòng từ chối lưu phiếu của đại hội này: tài khoản của bạn chỉ được xem.</translation>
    </message>
</context>
<context>
    <name>daihoi::BallotSheetModel</name>
    <message>
        <location filename="../ui/ballots/BallotSheetModel.cpp" line="+150"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
</context>
<context>
    <name>daihoi::BaseExclusions</name>
    <message>
        <location filename="../app/domain/elections/BaseExclusions.cpp" line="+22"/>
        <source>members absent with a reason the convening committee accepted</source>
        <translation>đảng viên vắng mặt có lý do được cấp ủy triệu tập đại hội chấp thuận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members excused from activity who did not attend</source>
        <translation>đảng viên được miễn sinh hoạt không tham dự đại hội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members suspended, prosecuted or detained</source>
        <translation>đảng viên bị đình chỉ sinh hoạt, bị truy tố hoặc bị tạm giam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members temporarily attached to another branch</source>
        <translation>đảng viên sinh hoạt tạm thời ở chi bộ khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absent convening-committee members and absent delegates without an alternate</source>
        <translation>cấp ủy viên cấp triệu tập đại hội vắng mặt và đại biểu vắng mặt không có đại biểu dự khuyết thay thế</translation>
    </message>
</context>
<context>
    <name>daihoi::CandidateNameDelegate</name>
    <message>
        <location filename="../ui/widgets/CandidateNameDelegate.cpp" line="+30"/>
        <source>A member of the executive committee</source>
        <translation>Chọn một đồng chí chi ủy viên</translation>
    </message>
</context>
<context>
    <name>daihoi::CandidateSurplus</name>
    <message>
        <location filename="../app/domain/elections/CandidateSurplus.cpp" line="+32"/>
        <source>Candidates (%1) exceed seats (%2) by %3; no rule limits the surplus for 1 or 2 seats. Confirm that the list is right.</source>
        <translation>Số người trong danh sách bầu cử (%1) nhiều hơn số lượng cần bầu (%2) là %3 người; chưa có quy định giới hạn số dư khi chỉ bầu 1 hoặc 2 người. Đề nghị xác nhận danh sách là đúng.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates (%1) exceed seats (%2) by %3; where seats are 3 to 5 the surplus may be at most 1.</source>
        <translation>Số người trong danh sách bầu cử (%1) nhiều hơn số lượng cần bầu (%2) là %3 người; khi số lượng cần bầu từ 3 đến 5 thì số dư tối đa là 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Candidates (%1) exceed seats (%2) by %3, more than 30 percent of the seats (at most %4).</source>
        <translation>Số người trong danh sách bầu cử (%1) nhiều hơn số lượng cần bầu (%2) là %3 người, vượt quá 30 % số lượng cần bầu (tối đa %4 người).</translation>
    </message>
</context>
<context>
    <name>daihoi::ChangeListener</name>
    <message>
        <location filename="../app/storage/ChangeListener.cpp" line="+88"/>
        <source>Cannot listen for other clerks&apos; changes: %1</source>
        <translation>Không nhận được thông báo thay đổi từ các cán bộ khác: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartBox</name>
    <message>
        <location filename="../ui/charts/ChartBox.cpp" line="+40"/>
        <source>Save PNG image…</source>
        <translation>Lưu ảnh PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG…</source>
        <translation>Lưu SVG…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A picture of %1×%2 pixels, to paste into a report or a slide.</source>
        <translation>Ảnh %1×%2 điểm ảnh, để dán vào báo cáo hoặc bài trình chiếu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A drawing that stays sharp at any size, for print and for editing.</source>
        <translation>Hình vẽ giữ nét ở mọi cỡ, để in và để chỉnh sửa.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Save the chart as SVG</source>
        <translation>Lưu biểu đồ dạng SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the chart as a PNG image</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved the chart to %1.</source>
        <translation>Đã lưu biểu đồ vào %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartRenderer</name>
    <message>
        <location filename="../app/reports/charts/ChartRenderer.cpp" line="+53"/>
        <location line="+11"/>
        <location line="+17"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ChartsPanel</name>
    <message>
        <location filename="../ui/charts/ChartsPanel.cpp" line="+78"/>
        <source>Charts of %1 for the term %2, as they stand today. The same charts are printed in the summary report.</source>
        <translation>Biểu đồ của %1, nhiệm kỳ %2, theo số liệu đến hôm nay. Báo cáo tổng hợp in đúng các biểu đồ này.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommandLine</name>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+24"/>
        <source>The database %1 does not exist.</source>
        <translation>Cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The term &quot;%1&quot; is not written as START-END, e.g. 2022-2025.</source>
        <translation>Nhiệm kỳ &quot;%1&quot; không đúng dạng NĂMĐẦU-NĂMCUỐI, ví dụ: 2022-2025.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unit has the code %1.</source>
        <translation>Không có đơn vị nào có mã %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database has no term %1–%2.</source>
        <translation>Cơ sở dữ liệu không có nhiệm kỳ %1–%2.</translation>
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
        <translation>Cách dùng: daihoi-cli [--lang vi|en] LỆNH ...
  init TỆP                                    tạo cơ sở dữ liệu trống
  demo TỆP [--force]                          tạo cơ sở dữ liệu mẫu
  summary TỆP --unit MÃ --term NĂMĐẦU-NĂMCUỐI  tiến độ đại hội của một đảng bộ trong nhiệm kỳ
  plan TỆP --unit MÃ --term NĂMĐẦU-NĂMCUỐI [--on YYYY-MM-DD]
                                              tiến độ so với kế hoạch đại hội của cấp ủy
  tally TỆP.json                              kiểm tra kết quả một lần bầu
  generate TỆP --units N [--seed S]           dữ liệu mô phỏng để đo tốc độ
  report TỆP --unit MÃ --term NĂMĐẦU-NĂMCUỐI --kind LOẠI --out TỆP.pdf|TỆP.odt|TỆP.xlsx
         [--number SỐ] [--date YYYY-MM-DD] [--place ĐỊADANH] [--signer HỌTÊN]
                                              một văn bản của Đảng; LOẠI: summary, congress,
                                              approval, tally, decision, resolution, minutes,
                                              statistics, ballot-log, plan-schedule,
                                              agenda [--on YYYY-MM-DD]
  export TỆP --unit MÃ --term NĂMĐẦU-NĂMCUỐI --out THƯMỤC [--dialect excel|data]
         [--separator &apos;;&apos;|&apos;,&apos;]                 tệp CSV gửi cấp trên
  import TỆP ĐƯỜNGDẪN... [--attach-under MÃ]  nhập dữ liệu của đơn vị cấp dưới
  history TỆP --unit MÃ [--term NĂMĐẦU-NĂMCUỐI] [--limit N]
                                              ai đã sửa gì, lúc nào, mới nhất trước
  office init URL | office upgrade URL | office copy TỆP.db URL | office copy URL TỆP.db
  office user URL TÊN [--admin] | office users URL
  office grant URL TÊN --unit MÃ [--read-only] | office revoke URL TÊN --unit MÃ
                                              cơ sở dữ liệu dùng chung của văn phòng trên PostgreSQL
TỆP cũng có thể là địa chỉ cơ sở dữ liệu văn phòng, postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeMember</name>
    <message>
        <location filename="../app/domain/committee/CommitteeMember.cpp" line="+33"/>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee member</source>
        <translation>Chi ủy viên</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteePanel</name>
    <message>
        <location filename="../ui/CommitteePanel.cpp" line="+37"/>
        <source>Record the secretary &amp;appointed by the higher committee…</source>
        <translation>Ghi nhận Bí thư do cấp trên &amp;chỉ định…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Xuất ra E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Composition</source>
        <translation>Cơ cấu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No congress recorded for this term.</source>
        <translation>Nhiệm kỳ này chưa có hồ sơ đại hội.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The committee follows the election results. Complete each person&apos;s details here; tick Approval when the higher committee&apos;s decision arrives and type its number and date (e.g. 125-QĐ/ĐU 15/10/2022).</source>
        <translation>Danh sách cấp ủy được lấy theo kết quả bầu cử. Hãy bổ sung thông tin của từng người tại đây; khi nhận được quyết định của cấp ủy cấp trên, đánh dấu cột Chuẩn y và nhập số, ngày của quyết định (ví dụ: 125-QĐ/ĐU 15/10/2022).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Secretary appointed by the higher committee</source>
        <translation>Bí thư do cấp trên chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name of the appointed secretary:</source>
        <translation>Họ và tên Bí thư được chỉ định:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secretary: type the appointed secretary&apos;s full name.</source>
        <translation>Bí thư: hãy nhập họ và tên Bí thư được chỉ định.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Record %1 as the appointed secretary</source>
        <translation>Ghi nhận %1 là Bí thư do cấp trên chỉ định</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeRepository</name>
    <message>
        <location filename="../app/storage/CommitteeRepository.cpp" line="+82"/>
        <source>Committee, line %1: a member needs a full name.</source>
        <translation>Cấp ủy, dòng %1: mỗi cấp ủy viên phải có họ và tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Committee, line %1 (%2): birth year %3 is not a plausible year.</source>
        <translation>Cấp ủy, dòng %1 (%2): năm sinh %3 không hợp lý.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committee: %1 members have the role of secretary; a committee has one.</source>
        <translation>Cấp ủy: có %1 người giữ chức danh Bí thư; mỗi cấp ủy chỉ có một Bí thư.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeService</name>
    <message>
        <location filename="../app/services/CommitteeService.cpp" line="+53"/>
        <source>This change conflicts with the recorded election (%1): %2</source>
        <translation>Thay đổi này mâu thuẫn với cuộc bầu đã ghi nhận (%1): %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>Hồ sơ đại hội %1 không còn tồn tại.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeSize</name>
    <message>
        <location filename="../app/domain/elections/CommitteeSize.cpp" line="+11"/>
        <source>A branch needs at least %1 official members; it has %2.</source>
        <translation>Chi bộ phải có ít nhất %1 đảng viên chính thức; chi bộ này có %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A branch with fewer than %1 official members (it has %2) elects no executive committee, only a secretary and, if needed, a deputy secretary.</source>
        <translation>Chi bộ có dưới %1 đảng viên chính thức (chi bộ này có %2) không bầu chi ủy, chỉ bầu Bí thư và, nếu cần, Phó Bí thư.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A branch executive committee has at most %1 members; seats (%2) exceed it.</source>
        <translation>Chi ủy có tối đa %1 ủy viên; số lượng cần bầu (%2) vượt quá mức này.</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeTableModel</name>
    <message>
        <location filename="../ui/models/CommitteeTableModel.cpp" line="+56"/>
        <source>Gender not recorded: it is counted as unknown.</source>
        <translation>Chưa ghi giới tính: được tính là chưa rõ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed from the middle name, not counted until confirmed: press Enter twice.</source>
        <translation>Đề xuất theo tên đệm, chưa được tính cho đến khi xác nhận: nhấn Enter hai lần.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (appointed)</source>
        <translation>%1 (cấp trên chỉ định)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1? (proposed)</source>
        <translation>%1? (đề xuất)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>re-elected</source>
        <translation>tái cử</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new</source>
        <translation>lần đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>đã chuẩn y</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>elected</source>
        <translation>trúng cử, chưa chuẩn y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Edit %1 of %2</source>
        <translation>Sửa %1 của %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of base</source>
        <translation>Tỷ lệ so với căn cứ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>Trình độ học vấn, chuyên môn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position at work</source>
        <translation>Chức vụ công tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-elected / new</source>
        <translation>Tái cử / lần đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval</source>
        <translation>Chuẩn y</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving document</source>
        <translation>Quyết định chuẩn y</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeTargetModel</name>
    <message>
        <location filename="../ui/targets/CommitteeTargetModel.cpp" line="+86"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Mức đề ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeTargetsPanel</name>
    <message>
        <location filename="../ui/targets/CommitteeTargetsPanel.cpp" line="+55"/>
        <source>All results</source>
        <translation>Tất cả kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved or exceeded</source>
        <translation>Đạt hoặc vượt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Group:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;sult:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export to E&amp;xcel…</source>
        <translation>Xuất ra E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All groups</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a party committee and a term.</source>
        <translation>Hãy chọn đảng bộ và nhiệm kỳ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Targets of the units of %1, term %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chỉ tiêu của các đơn vị trực thuộc %1, nhiệm kỳ %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No targets recorded for the units of this committee in this term.</source>
        <translation>Các đơn vị trực thuộc đảng bộ này chưa có chỉ tiêu nào trong nhiệm kỳ này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All units: %1</source>
        <translation>Tất cả các đơn vị: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::CommitteeUnitTallyModel</name>
    <message>
        <location filename="../ui/targets/CommitteeUnitTallyModel.cpp" line="+83"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved or exceeded</source>
        <translation>Đạt và vượt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not achieved</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reviewed</source>
        <translation>Chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>daihoi::CompositionView</name>
    <message>
        <location filename="../ui/widgets/CompositionView.cpp" line="+27"/>
        <source>No committee recorded yet.</source>
        <translation>Chưa có dữ liệu cấp ủy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown: %1</source>
        <translation>chưa rõ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members elected</source>
        <translation>Số cấp ủy viên trúng cử</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 seats</source>
        <translation>%1 trong số %2 người cần bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats left unfilled</source>
        <translation>Số bầu thiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-elected</source>
        <translation>Tái cử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Lần đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under %1</source>
        <translation>Dưới %1 tuổi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Political theory: %1</source>
        <translation>Lý luận chính trị: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secretaries re-elected / new</source>
        <translation>Bí thư tái cử / lần đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretaries elected at the congress</source>
        <translation>Bí thư do đại hội bầu trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretaries appointed by the higher committee</source>
        <translation>Bí thư do cấp trên chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries also heading the residential group</source>
        <translation>Bí thư kiêm tổ trưởng tổ dân phố / trưởng thôn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries with 100 % approval</source>
        <translation>Bí thư đạt 100 % phiếu tán thành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lowest secretary approval</source>
        <translation>Tỷ lệ phiếu tán thành thấp nhất của Bí thư</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 members are recorded for %2 seats: check the committee against the election results.</source>
        <translation>Đã ghi %1 cấp ủy viên trong khi số cần bầu là %2: đề nghị đối chiếu với kết quả bầu cử.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 committees have more members than seats (%2 too many): check them against their election results.</source>
        <translation>%1 cấp ủy có số ủy viên nhiều hơn số cần bầu (thừa %2): đề nghị đối chiếu với kết quả bầu cử.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gender or ethnicity not recorded for %1 of %2 members: the figures count only what is recorded.</source>
        <translation>Còn %1/%2 cấp ủy viên chưa rõ giới tính hoặc dân tộc: số liệu chỉ tính những thông tin đã ghi.</translation>
    </message>
</context>
<context>
    <name>daihoi::ConflictBar</name>
    <message>
        <location filename="../ui/widgets/ConflictBar.cpp" line="+12"/>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Take the values saved by the other clerk; what you typed here is dropped.</source>
        <translation>Lấy dữ liệu người kia đã lưu; những gì bạn vừa nhập ở đây sẽ bị bỏ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your entries and the saved record differ in:</source>
        <translation>Dữ liệu bạn nhập khác với dữ liệu đã lưu ở:</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressConductBox</name>
    <message>
        <location filename="../ui/CongressConductBox.cpp" line="+48"/>
        <source>Conduct of the congress</source>
        <translation>Điều hành đại hội</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closing time:</source>
        <translation>Giờ bế mạc:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening time:</source>
        <translation>Giờ khai mạc:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full names separated by “;”, e.g. Nguyễn Văn An; Trần Thị Bình</source>
        <translation>Họ tên, cách nhau bằng dấu “;”, ví dụ Nguyễn Văn An; Trần Thị Bình</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name of the head</source>
        <translation>Họ tên đồng chí Trưởng ban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full names of the other members, separated by “;”</source>
        <translation>Họ tên các đồng chí ủy viên, cách nhau bằng dấu “;”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium:</source>
        <translation>Đoàn chủ tịch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries:</source>
        <translation>Thư ký đại hội:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board:</source>
        <translation>Trưởng ban kiểm phiếu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting board members:</source>
        <translation>Ủy viên ban kiểm phiếu:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Voters approving the congress resolution; 0 while not recorded.</source>
        <translation>Số người biểu quyết tán thành nghị quyết đại hội; để 0 khi chưa ghi nhận.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolution votes for:</source>
        <translation>Tán thành nghị quyết:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 “%2” is not a time: %3.</source>
        <translation>%1 “%2” không phải là giờ: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % of the %2 present</source>
        <translation>%1 % so với %2 đồng chí có mặt</translation>
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
        <translation>Dự kiến tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Congress of delegates</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress of all members</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: yours “%2” — saved “%3”</source>
        <translation>%1: của bạn “%2” — đã lưu “%3”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Hình thức đại hội</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Guests</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political report summary</source>
        <translation>Tóm tắt báo cáo chính trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-review summary</source>
        <translation>Tóm tắt báo cáo kiểm điểm</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressPanel</name>
    <message>
        <location filename="../ui/CongressPanel.cpp" line="+56"/>
        <source>&amp;Create the congress record</source>
        <translation>Tạ&amp;o hồ sơ đại hội</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned</source>
        <translation>Dự kiến tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>Tạm hoãn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Congress of all members</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress of delegates</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;lace:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress &amp;number:</source>
        <translation>Đại hội &amp;lần thứ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức đại hội:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members and attendance</source>
        <translation>Đảng viên và tình hình dự đại hội</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Official members:</source>
        <translation>Đảng viên &amp;chính thức:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pro&amp;bationary members:</source>
        <translation>Đảng viên dự &amp;bị:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Absent:</source>
        <translation>Vắng mặt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Absences excluded from the base&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vắng mặt không tính vào căn cứ tính tỷ lệ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absent with an accepted reason:</source>
        <translation>Vắng mặt có lý do được chấp thuận:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused from activity, absent:</source>
        <translation>Miễn sinh hoạt, vắng mặt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended, prosecuted or detained:</source>
        <translation>Bị đình chỉ sinh hoạt, truy tố, tạm giam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily attached elsewhere:</source>
        <translation>Sinh hoạt tạm thời nơi khác:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates absent without an alternate:</source>
        <translation>Đại biểu vắng mặt không có dự khuyết:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Base for the vote:</source>
        <translation>Căn cứ tính tỷ lệ bầu cử:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum:</source>
        <translation>Số lượng tham dự:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guests from the higher committee</source>
        <translation>Khách mời của cấp ủy cấp trên</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit a guest</source>
        <translation>Sửa khách mời</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, e.g. Deputy Secretary of the Party Committee</source>
        <translation>Chức vụ, ví dụ: Phó Bí thư Đảng ủy</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Pl&amp;anned date:</source>
        <translation>Ngày &amp;dự kiến:</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Change history…</source>
        <translation>Lịch sử thay đổi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed this congress, when and what (%1)</source>
        <translation>Ai đã sửa đại hội này, lúc nào, sửa gì (%1)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hel&amp;d from:</source>
        <translation>Tổ chức từ ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held to:</source>
        <translation>Tổ chức đến ngày:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Su&amp;mmoned (official):</source>
        <translation>Được triệu tậ&amp;p (chính thức):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present (official):</source>
        <translation>Có &amp;mặt (chính thức):</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Add &amp;guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove guest</source>
        <translation>Xóa khách mời</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Congress documents</source>
        <translation>Văn kiện đại hội</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Political report (review of the last term), summary:</source>
        <translation>Báo cáo chính trị (đánh giá nhiệm kỳ qua), tóm tắt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee&apos;s self-review, summary:</source>
        <translation>Báo cáo kiểm điểm của cấp ủy, tóm tắt:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a term and a unit.</source>
        <translation>Hãy chọn nhiệm kỳ và đơn vị.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no congress recorded for the term %2.</source>
        <translation>%1 chưa có hồ sơ đại hội nhiệm kỳ %2.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Hình thức đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document summary</source>
        <translation>Tóm tắt văn kiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1 of %2</source>
        <translation>Sửa %1 của %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 “%2” is not a date: %3.</source>
        <translation>%1 “%2” không phải là ngày hợp lệ: %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the congress record of %1</source>
        <translation>Tạo hồ sơ đại hội của %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Guests: type the guest&apos;s full name first.</source>
        <translation>Khách mời: hãy nhập họ và tên khách mời trước.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add guest %1</source>
        <translation>Thêm khách mời %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove guest %1</source>
        <translation>Xóa khách mời %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>— (not judged while an entry is refused)</source>
        <translation>— (chưa đánh giá khi còn mục nhập chưa hợp lệ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (summoned %2 − excluded %3)</source>
        <translation>%1 (triệu tập %2 − không tính %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— (judged once the congress is held)</source>
        <translation>— (chỉ đánh giá khi đại hội đã tổ chức)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no base yet</source>
        <translation>chưa có căn cứ tính</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>đủ số lượng: có mặt %1/%2 (%3 %), cần ít nhất %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOT reached: %1/%2 present (%3 %), at least %4 needed</source>
        <translation>KHÔNG đủ số lượng: có mặt %1/%2 (%3 %), cần ít nhất %4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Congress of %1 (%2), term %3</source>
        <translation>Đại hội %1 (%2), nhiệm kỳ %3</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressRepository</name>
    <message>
        <location filename="../app/storage/CongressRepository.cpp" line="+234"/>
        <source>This change conflicts with the recorded election (%1): %2</source>
        <translation>Thay đổi này mâu thuẫn với cuộc bầu đã ghi nhận (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests: every guest needs a name.</source>
        <translation>Khách mời: mỗi khách mời phải có họ và tên.</translation>
    </message>
</context>
<context>
    <name>daihoi::CongressValidator</name>
    <message>
        <location filename="../app/domain/CongressValidator.cpp" line="+16"/>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 không được là số âm (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) lies outside the term %3.</source>
        <translation>%1 (%2) nằm ngoài nhiệm kỳ %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: name %2 of %3 is empty.</source>
        <translation>%1: tên thứ %2 trong %3 tên đang để trống.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: “%2” contains a line break, tab or other control character; a name is written on one line.</source>
        <translation>%1: “%2” có dấu xuống dòng, dấu tab hoặc ký tự điều khiển khác; họ tên phải viết trên một dòng.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolution votes for (%1) exceeds present (%2): only those present vote on the resolution.</source>
        <translation>Số phiếu tán thành nghị quyết (%1) vượt quá số có mặt (%2): chỉ người có mặt mới biểu quyết thông qua nghị quyết.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing time (%1) is before opening time (%2) on a one-day congress.</source>
        <translation>Giờ bế mạc (%1) sớm hơn giờ khai mạc (%2) của đại hội họp trong một ngày.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is the head of the counting board and cannot also be listed among its members.</source>
        <translation>Đồng chí %1 là Trưởng ban kiểm phiếu, không thể đồng thời là ủy viên ban kiểm phiếu.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Congress number cannot be negative (%1).</source>
        <translation>Số thứ tự đại hội (lần thứ) không được là số âm (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A congress of delegates does not exclude %1 from the base (%2 entered).</source>
        <translation>Đại hội đại biểu không trừ %1 khỏi căn cứ tính tỷ lệ (đã nhập %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A congress of all members does not exclude %1 from the base (%2 entered).</source>
        <translation>Đại hội đảng viên không trừ %1 khỏi căn cứ tính tỷ lệ (đã nhập %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summoned (%1) exceeds the official members (%2): only official members are summoned to vote.</source>
        <translation>Số triệu tập (%1) lớn hơn số đảng viên chính thức (%2): chỉ đảng viên chính thức được triệu tập để biểu quyết, bầu cử.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Present (%1) exceeds summoned (%2).</source>
        <translation>Số có mặt (%1) lớn hơn số triệu tập (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The absences excluded from the base (%1) exceed the members absent (%2 summoned − %3 present = %4).</source>
        <translation>Số vắng mặt không tính vào căn cứ tính tỷ lệ (%1) lớn hơn số đảng viên vắng mặt (%2 triệu tập − %3 có mặt = %4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A held congress needs the date it opened (held from).</source>
        <translation>Đại hội đã tổ chức phải có ngày khai mạc (tổ chức từ ngày).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held to (%1) is before held from (%2).</source>
        <translation>Ngày kết thúc (%1) sớm hơn ngày khai mạc (%2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Official members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summoned</source>
        <translation>Số triệu tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Số có mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent with an accepted reason</source>
        <translation>Vắng mặt có lý do được chấp thuận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused from activity, absent</source>
        <translation>Miễn sinh hoạt, vắng mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended, prosecuted or detained</source>
        <translation>Bị đình chỉ sinh hoạt, truy tố, tạm giam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily attached elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent delegates without an alternate</source>
        <translation>Đại biểu vắng mặt không có dự khuyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences excluded from the base</source>
        <translation>Vắng mặt không tính vào căn cứ tính tỷ lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress number</source>
        <translation>Số thứ tự đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held from</source>
        <translation>Tổ chức từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held to</source>
        <translation>Tổ chức đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening time</source>
        <translation>Giờ khai mạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time</source>
        <translation>Giờ bế mạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium</source>
        <translation>Đoàn chủ tịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretaries</source>
        <translation>Thư ký đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board</source>
        <translation>Trưởng ban kiểm phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting board members</source>
        <translation>Ủy viên ban kiểm phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution votes for</source>
        <translation>Số phiếu tán thành nghị quyết</translation>
    </message>
</context>
<context>
    <name>daihoi::ConnectDialog</name>
    <message>
        <location filename="../ui/office/ConnectDialog.cpp" line="+49"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ghi nhớ mật khẩu trong kho khóa của hệ thống</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to office database</source>
        <translation>Kết nối cơ sở dữ liệu văn phòng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. office.example.vn, or a socket folder such as /run/postgresql</source>
        <translation>ví dụ office.example.vn, hoặc thư mục socket như /run/postgresql</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: to check the server&apos;s identity</source>
        <translation>không bắt buộc: để kiểm tra danh tính máy chủ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(a new connection)</source>
        <translation>(kết nối mới)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;ecent:</source>
        <translation>Gần &amp;đây:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server:</source>
        <translation>Máy c&amp;hủ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Cơ &amp;sở dữ liệu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>Chứng chỉ C&amp;A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection is encrypted (TLS); with a CA certificate the server&apos;s identity is checked too. Only a server on this computer is reached without encryption.</source>
        <translation>Kết nối được mã hóa (TLS); nếu có chứng chỉ CA thì danh tính máy chủ cũng được kiểm tra. Chỉ máy chủ trên chính máy tính này mới được kết nối không mã hóa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;nnect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This computer has no system keychain, so the password cannot be remembered; it will be asked at each connection.</source>
        <translation>Máy tính này không có kho khóa của hệ thống nên không ghi nhớ được mật khẩu; mỗi lần kết nối sẽ hỏi lại mật khẩu.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The office&apos;s CA certificate</source>
        <translation>Chứng chỉ CA của văn phòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Chứng chỉ (*.crt *.pem);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is empty; fill it in to connect.</source>
        <translation>Chưa điền %1; hãy điền để kết nối.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to the database %1 on %2…</source>
        <translation>Đang kết nối cơ sở dữ liệu %1 trên máy chủ %2…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Connected; the password could not be kept in the system keychain: %1</source>
        <translation>Đã kết nối; nhưng không lưu được mật khẩu vào kho khóa của hệ thống: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::ConnectionBanner</name>
    <message>
        <location filename="../ui/widgets/ConnectionBanner.cpp" line="+24"/>
        <source>&lt;b&gt;Lost the connection to the server&lt;/b&gt; — trying to reconnect… What you type stays on screen; it cannot be saved until the connection is back.</source>
        <translation>&lt;b&gt;Mất kết nối với máy chủ&lt;/b&gt; — đang thử kết nối lại… Những gì bạn nhập vẫn được giữ trên màn hình; chỉ lưu được khi kết nối trở lại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Connected to the server again.</source>
        <translation>Đã kết nối lại với máy chủ.</translation>
    </message>
</context>
<context>
    <name>daihoi::CountedRound</name>
    <message>
        <location filename="../app/domain/elections/ballots/CountedRound.cpp" line="+23"/>
        <source>Entry %1 (%2)</source>
        <translation>Lần nhập %1 (%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Entry %1 has no operator&apos;s name.</source>
        <translation>Lần nhập %1 chưa có tên người nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, batch %2, ballot %3</source>
        <translation>%1, tập %2, phiếu %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: batches and ballots are numbered from 1.</source>
        <translation>%1: tập và phiếu được đánh số từ 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the ballot is entered twice in this entry.</source>
        <translation>%1: phiếu này được nhập hai lần trong cùng một lần nhập.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is judged from the marks, not declared by the board.</source>
        <translation>%1: lý do &quot;%2&quot; do chương trình xét theo dấu trên phiếu, Ban kiểm phiếu không tự ghi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a ballot the board declares invalid carries no marks.</source>
        <translation>%1: phiếu Ban kiểm phiếu đã xác định không hợp lệ thì không ghi dấu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 entered entries %2 and %3 of the same ballots; each entry is by another operator.</source>
        <translation>%1 đã nhập cả lần %2 và lần %3 của cùng các phiếu; mỗi lần nhập phải do một người khác thực hiện.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 entries are given; the ballots are entered at most %2 times.</source>
        <translation>Có %1 lần nhập; mỗi phiếu chỉ được nhập tối đa %2 lần.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 holds %2 ballots, more than the %3 collected.</source>
        <translation>Lần nhập %1 có %2 phiếu, nhiều hơn %3 phiếu thu vào.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 different ballots are entered, more than the %2 collected.</source>
        <translation>Các lần nhập có tất cả %1 phiếu khác nhau, nhiều hơn %2 phiếu thu vào.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No ballot entered yet.</source>
        <translation>Chưa nhập phiếu nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 batches agreed.</source>
        <translation>Đã khớp %1/%2 tập phiếu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Batches whose entries differ: %1.</source>
        <translation>Các tập có chênh lệch giữa các lần nhập: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches waiting for another entry: %1.</source>
        <translation>Các tập chờ nhập lần nữa: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ballots entered, %2 fewer than the %3 collected.</source>
        <translation>Đã nhập %1/%3 phiếu thu vào, còn thiếu %2 phiếu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ballots entered, %2 more than the %3 collected.</source>
        <translation>Đã nhập %1 phiếu, vượt %2 phiếu so với %3 phiếu thu vào.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every batch agrees and every ballot collected is entered: the round is counted.</source>
        <translation>Mọi tập phiếu đều khớp và đã nhập đủ số phiếu thu vào: lần bầu đã kiểm xong.</translation>
    </message>
</context>
<context>
    <name>daihoi::CsvReader</name>
    <message>
        <location filename="../app/exchange/CsvReader.cpp" line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+13"/>
        <location line="+3"/>
        <source>the file is not UTF-8 text</source>
        <translation>tệp không phải là văn bản UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quoted cell is not closed before the end of the file</source>
        <translation>có một ô mở dấu ngoặc kép nhưng chưa đóng trước khi hết tệp</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>a carriage return outside quotes that does not end the line</source>
        <translation>có ký tự về đầu dòng (CR) nằm ngoài dấu ngoặc kép mà không kết thúc dòng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>text after the closing quote of a cell</source>
        <translation>có văn bản sau dấu ngoặc kép đóng của ô</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a quote inside a cell that does not start with a quote</source>
        <translation>có dấu ngoặc kép bên trong một ô không bắt đầu bằng dấu ngoặc kép</translation>
    </message>
</context>
<context>
    <name>daihoi::CsvWriter</name>
    <message>
        <location filename="../app/exchange/CsvWriter.cpp" line="+30"/>
        <location line="+41"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::Database</name>
    <message>
        <location filename="../app/storage/Database.cpp" line="+291"/>
        <location line="+33"/>
        <location line="+30"/>
        <source>Cannot open %1: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+34"/>
        <source>%1 is not a daihoi database or is damaged: %2</source>
        <translation>%1 không phải cơ sở dữ liệu daihoi hoặc đã bị hỏng: %2</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>This database was made by a newer version of daihoi (version %1); this program can only show it, not change it.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn tạo (phiên bản %1); chương trình chỉ cho xem, không cho sửa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database address must not contain a password. Put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>Địa chỉ cơ sở dữ liệu không được chứa mật khẩu. Hãy ghi mật khẩu vào ~/.pgpass hoặc biến PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a database address of the form postgresql://user@host/database.</source>
        <translation>%1 không phải địa chỉ cơ sở dữ liệu dạng postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database address has an unknown option %1.</source>
        <translation>Địa chỉ cơ sở dữ liệu có tùy chọn không hợp lệ: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sslmode=%1 would send the office&apos;s data unencrypted to %2; use sslmode=require or verify-full.</source>
        <translation>sslmode=%1 sẽ gửi dữ liệu của văn phòng tới %2 mà không mã hóa; hãy dùng sslmode=require hoặc verify-full.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This computer lacks PostgreSQL support for Qt (Debian package libqt6sql6-psql).</source>
        <translation>Máy này chưa cài thư viện kết nối PostgreSQL cho Qt (gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 has database version %2 and this program knows version %3; the administrator brings it up to date with: daihoi-cli office upgrade</source>
        <translation>%1 có phiên bản cơ sở dữ liệu %2, còn chương trình này dùng phiên bản %3; quản trị viên nâng cấp bằng lệnh: daihoi-cli office upgrade</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Không kết nối được tới %1: %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>The server %1 refused the user name or password for the database %2.</source>
        <translation>Máy chủ %1 không chấp nhận tên người dùng hoặc mật khẩu cho cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 has no database %2.</source>
        <translation>Máy chủ %1 không có cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused a secure (TLS) connection to the database %2, or its certificate could not be verified: %3</source>
        <translation>Máy chủ %1 từ chối kết nối bảo mật (TLS) tới cơ sở dữ liệu %2, hoặc không kiểm tra được chứng chỉ của máy chủ: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach the server %1 for the database %2: it does not answer or is not running. Check the host and port. (%3)</source>
        <translation>Không liên lạc được với máy chủ %1 (cơ sở dữ liệu %2): máy chủ không trả lời hoặc không chạy. Hãy kiểm tra tên máy chủ và cổng. (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the database %2 on %1: %3</source>
        <translation>Không kết nối được cơ sở dữ liệu %2 trên máy chủ %1: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds no daihoi office yet; the administrator creates it with: daihoi-cli office init</source>
        <translation>%1 chưa có cơ sở dữ liệu văn phòng daihoi; quản trị viên tạo bằng lệnh: daihoi-cli office init</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot prepare %1: %2</source>
        <translation>Không khởi tạo được %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::DateText</name>
    <message>
        <location filename="../app/domain/DateText.cpp" line="+18"/>
        <source>%1 is not a plausible year</source>
        <translation>năm %1 không hợp lý</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no month %1</source>
        <translation>không có tháng %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>month %1 of %2 has only %3 days</source>
        <translation>tháng %1 năm %2 chỉ có %3 ngày</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>write it as day/month/year, e.g. 06/07/2017 or 06072017</source>
        <translation>hãy ghi theo ngày/tháng/năm, ví dụ 06/07/2017 hoặc 06072017</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoCommand</name>
    <message>
        <location filename="../app/cli/DemoCommand.cpp" line="+18"/>
        <source>Usage: daihoi-cli demo FILE [--force]</source>
        <translation>Cách dùng: daihoi-cli demo TỆP [--force]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already exists; add --force to replace it with the demo database.</source>
        <translation>%1 đã tồn tại; thêm --force để thay bằng cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo database written to %1.</source>
        <translation>Đã ghi cơ sở dữ liệu mẫu vào %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoDatabaseBuilder</name>
    <message>
        <location filename="../app/services/DemoDatabaseBuilder.cpp" line="+287"/>
        <source>The database already holds units; the demo is only written into an empty database.</source>
        <translation>Cơ sở dữ liệu đã có đơn vị; dữ liệu mẫu chỉ được ghi vào cơ sở dữ liệu trống.</translation>
    </message>
</context>
<context>
    <name>daihoi::DemoTargetsBuilder</name>
    <message>
        <location filename="../app/services/targets/DemoTargetsBuilder.cpp" line="+281"/>
        <source>The database has no tables for targets yet; it needs the schema of this program version.</source>
        <translation>Cơ sở dữ liệu chưa có các bảng chỉ tiêu; cần cấu trúc cơ sở dữ liệu của phiên bản chương trình này.</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionItem</name>
    <message>
        <location filename="../app/domain/targets/DirectionItem.cpp" line="+33"/>
        <source>Direction</source>
        <translation>Phương hướng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solution</source>
        <translation>Giải pháp</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionRepository</name>
    <message>
        <location filename="../app/storage/targets/DirectionRepository.cpp" line="+93"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>Hồ sơ đại hội %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+16"/>
        <source>The direction item %1 no longer exists.</source>
        <translation>Mục phương hướng, nhiệm vụ, giải pháp %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The direction item to move no longer exists.</source>
        <translation>Mục phương hướng, nhiệm vụ, giải pháp cần chuyển vị trí không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction items %1 and %2 belong to different congresses.</source>
        <translation>Các mục %1 và %2 thuộc các đại hội khác nhau.</translation>
    </message>
</context>
<context>
    <name>daihoi::DirectionTableModel</name>
    <message>
        <location filename="../ui/targets/DirectionTableModel.cpp" line="+59"/>
        <source>A direction item needs its text; remove the item instead of emptying it.</source>
        <translation>Mỗi mục phải có nội dung; nếu không cần mục này, hãy xóa mục thay vì để trống nội dung.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>daihoi::DocumentWriter</name>
    <message>
        <location filename="../app/reports/DocumentWriter.cpp" line="+96"/>
        <location line="+22"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::Election</name>
    <message>
        <location filename="../app/domain/elections/Election.cpp" line="+82"/>
        <source>Alternates (%1): only a delegates election has alternates, fewer than its %2 seats.</source>
        <translation>Số đại biểu dự khuyết (%1): chỉ cuộc bầu đại biểu mới có đại biểu dự khuyết, và số dự khuyết phải ít hơn số lượng cần bầu (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seats to elect: at least 1 (%1 entered).</source>
        <translation>Số lượng cần bầu: ít nhất là 1 (đã nhập %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats to elect: a congress elects one secretary (%1 entered).</source>
        <translation>Số lượng cần bầu: đại hội chỉ bầu một Bí thư (đã nhập %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rounds must be numbered 1, 2, 3 … (round %1 is at place %2).</source>
        <translation>Các lần bầu phải được đánh số 1, 2, 3 … (lần bầu %1 đang ở vị trí thứ %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round 1 elects all %1 seats (%2 entered).</source>
        <translation>Lần bầu thứ nhất phải bầu toàn bộ %1 người cần bầu (đã nhập %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round %1: %2 seats, but only %3 are left after the earlier rounds.</source>
        <translation>Lần bầu thứ %1: cần bầu %2 người, nhưng sau các lần bầu trước chỉ còn thiếu %3 người.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round %1: every seat was filled in the earlier rounds.</source>
        <translation>Lần bầu thứ %1: các lần bầu trước đã bầu đủ số lượng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+30"/>
        <source>Round %1: %2</source>
        <translation>Lần bầu thứ %1: %2</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>%1 cannot stand: the secretary is elected from the members of the executive committee, and none is elected yet.</source>
        <translation>Không thể bầu đồng chí %1: Bí thư được bầu trong số các đồng chí chi ủy viên trúng cử, nhưng chi ủy chưa có ai trúng cử.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot stand: the deputy secretary is elected from the members of the executive committee, and none is elected yet.</source>
        <translation>Không thể bầu đồng chí %1: Phó Bí thư được bầu trong số các đồng chí chi ủy viên trúng cử, nhưng chi ủy chưa có ai trúng cử.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an elected member of the executive committee; the secretary is elected from its members (%2).</source>
        <translation>%1 không phải là chi ủy viên trúng cử; Bí thư được bầu trong số các đồng chí chi ủy viên (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an elected member of the executive committee; the deputy secretary is elected from its members (%2).</source>
        <translation>%1 không phải là chi ủy viên trúng cử; Phó Bí thư được bầu trong số các đồng chí chi ủy viên (%2).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Executive committee</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegates to the higher congress</source>
        <translation>Đại biểu dự đại hội cấp trên</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionBase</name>
    <message>
        <location filename="../app/domain/elections/ElectionBase.cpp" line="+17"/>
        <source>Official delegates summoned (%1) cannot be negative.</source>
        <translation>Số đại biểu chính thức được triệu tập (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official members summoned (%1) cannot be negative.</source>
        <translation>Số đảng viên chính thức được triệu tập (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The count of %1 (%2) cannot be negative.</source>
        <translation>Số %1 (%2) không được là số âm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base of a delegates&apos; congress excludes only absent convening-committee members and absent delegates without an alternate, not %1 (%2).</source>
        <translation>Đại hội đại biểu chỉ trừ khỏi căn cứ tính tỷ lệ số cấp ủy viên cấp triệu tập đại hội vắng mặt và số đại biểu vắng mặt không có dự khuyết, không trừ %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base of a party members&apos; congress does not exclude %1 (%2).</source>
        <translation>Đại hội đảng viên không trừ %1 (%2) khỏi căn cứ tính tỷ lệ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exclusions from the base (%1) exceed the official delegates summoned (%2).</source>
        <translation>Số không tính vào căn cứ tính tỷ lệ (%1) lớn hơn số đại biểu chính thức được triệu tập (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions from the base (%1) exceed the official members summoned (%2).</source>
        <translation>Số không tính vào căn cứ tính tỷ lệ (%1) lớn hơn số đảng viên chính thức được triệu tập (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base is %1: official delegates summoned (%2) minus exclusions (%3). It must be at least 1.</source>
        <translation>Căn cứ tính tỷ lệ là %1: số đại biểu chính thức được triệu tập (%2) trừ số không tính (%3). Căn cứ tính tỷ lệ phải ít nhất là 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base is %1: official members summoned (%2) minus exclusions (%3). It must be at least 1.</source>
        <translation>Căn cứ tính tỷ lệ là %1: số đảng viên chính thức được triệu tập (%2) trừ số không tính (%3). Căn cứ tính tỷ lệ phải ít nhất là 1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionChange</name>
    <message>
        <location filename="../app/domain/elections/ElectionChange.cpp" line="+22"/>
        <source>Seats to elect: %1 → %2</source>
        <translation>Số lượng cần bầu: %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternates: %1 → %2</source>
        <translation>Số dự khuyết: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add round %1</source>
        <translation>Thêm lần bầu thứ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <location line="+11"/>
        <source>Add candidate %1</source>
        <translation>Thêm %1 vào danh sách bầu cử</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Remove round %1</source>
        <translation>Xóa lần bầu thứ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seats in the round: %1 → %2</source>
        <translation>Số cần bầu trong lần này: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>issued %1 → %2</source>
        <translation>phát ra %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>collected %1 → %2</source>
        <translation>thu vào %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid %1 → %2</source>
        <translation>hợp lệ %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid %1 → %2</source>
        <translation>không hợp lệ %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballots: %1</source>
        <translation>Phiếu bầu: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1: %2</source>
        <translation>Lần bầu thứ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secretary appointed by the higher committee</source>
        <translation>Bí thư do cấp trên chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary no longer appointed</source>
        <translation>Bỏ ghi nhận Bí thư do cấp trên chỉ định</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit the election</source>
        <translation>Sửa cuộc bầu cử</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2 more changes</source>
        <translation>%1 và %2 thay đổi khác</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Rename candidate %1 to %2</source>
        <translation>Sửa tên %1 thành %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Votes of %1: %2 → %3</source>
        <translation>Số phiếu của %1: %2 → %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove candidate %1</source>
        <translation>Xóa %1 khỏi danh sách bầu cử</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionDifferences</name>
    <message>
        <location filename="../ui/ElectionDifferences.cpp" line="+27"/>
        <source>%1 (saved → yours)</source>
        <translation>%1 (đã lưu → của bạn)</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionPanel</name>
    <message>
        <location filename="../ui/ElectionPanel.cpp" line="+99"/>
        <source>&amp;New election</source>
        <translation>Thêm cuộc &amp;bầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove election</source>
        <translation>Xóa cuộc bầu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Election:</source>
        <translation>Cuộc bầu:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>of which alternates:</source>
        <translation>trong đó dự khuyết:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seats to elect (decided by the congress):</source>
        <translation>Số lượng cần bầu (do đại hội quyết định):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another r&amp;ound</source>
        <translation>Bầu &amp;lần tiếp theo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballots (from the vote counting board&apos;s minutes)</source>
        <translation>Phiếu bầu (theo biên bản kiểm phiếu của Ban kiểm phiếu)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seats in this round:</source>
        <translation>Số lượng cần bầu lần này:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued:</source>
        <translation>Phát ra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected:</source>
        <translation>Thu vào:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid:</source>
        <translation>Hợp lệ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid:</source>
        <translation>Không hợp lệ:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add &amp;candidate</source>
        <translation>Thêm người vào &amp;danh sách</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove candidate</source>
        <translation>Xóa người khỏi danh sách</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Confirm and save</source>
        <translation>Xác nhận và lưu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Record the congress first: its attendance is the base of every vote.</source>
        <translation>Hãy tạo hồ sơ đại hội trước: số liệu dự đại hội là căn cứ tính tỷ lệ của mọi lần bầu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (needs 9 or more official members)</source>
        <translation>%1 (cần có từ 9 đảng viên chính thức trở lên)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2 seats, %3 rounds)</source>
        <translation>%1 (bầu %2 người, %3 lần bầu)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+203"/>
        <source>Round %1</source>
        <translation>Lần bầu %1</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>No election recorded yet: choose New election.</source>
        <translation>Chưa có cuộc bầu nào: hãy chọn Thêm cuộc bầu.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No round recorded yet: choose Another round.</source>
        <translation>Chưa có lần bầu nào: chọn «Bầu lần tiếp theo».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base: %1 (official members summoned less those excluded) · fewest votes that elect: %2 (more than half)</source>
        <translation>Căn cứ tính tỷ lệ: %1 (số đảng viên chính thức được triệu tập trừ số không tính) · số phiếu tối thiểu để trúng cử: %2 (quá một nửa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The base cannot be computed from the congress&apos;s attendance.</source>
        <translation>Không tính được căn cứ tính tỷ lệ từ số liệu dự đại hội.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved:</source>
        <translation>Chưa lưu:</translation>
    </message>
    <message>
        <location filename="../ui/ballots/RoundOutcomeText.cpp" line="+12"/>
        <source>Elected in this round: %1.</source>
        <translation>Trúng cử ở lần bầu này: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is elected in this round.</source>
        <translation>Lần bầu này không có ai trúng cử.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official delegates so far: %1.</source>
        <translation>Đại biểu chính thức đã bầu được: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alternates so far: %1.</source>
        <translation>Đại biểu dự khuyết đã bầu được: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please confirm:</source>
        <translation>Đề nghị xác nhận:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After %1 round(s): %2 of %3 seats still open.</source>
        <translation>Sau %1 lần bầu: còn thiếu %2 trong số %3 người cần bầu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After %1 round(s): all %2 seats are filled.</source>
        <translation>Sau %1 lần bầu: đã bầu đủ %2 người.</translation>
    </message>
    <message>
        <location filename="../ui/ElectionPanel.cpp" line="+28"/>
        <source>Please confirm: %1</source>
        <translation>Đề nghị xác nhận: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New election (%1) of %2</source>
        <translation>Thêm cuộc bầu (%1) của %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Remove the election (%1) of %2</source>
        <translation>Xóa cuộc bầu (%1) của %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ElectionRepository</name>
    <message>
        <location filename="../app/storage/ElectionRepository.cpp" line="+91"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>Hồ sơ đại hội %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This congress already has this election: %1.</source>
        <translation>Đại hội này đã có cuộc bầu này: %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExactDecimal</name>
    <message>
        <location filename="../app/domain/targets/ExactDecimal.cpp" line="+28"/>
        <source>A number is needed.</source>
        <translation>Cần nhập một số.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” has more than one separator; write the number without grouping, e.g. 1500000 or 62,5.</source>
        <translation>“%1” có nhiều hơn một dấu phân cách; hãy viết số không có dấu phân cách hàng nghìn, ví dụ: 1500000 hoặc 62,5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là số.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” has more than %2 decimals.</source>
        <translation>“%1” có quá %2 chữ số thập phân.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is too large (at most %2).</source>
        <translation>“%1” quá lớn (tối đa %2).</translation>
    </message>
</context>
<context>
    <name>daihoi::ExchangeDialogs</name>
    <message>
        <location filename="../ui/exchange/ExchangeDialogs.cpp" line="+71"/>
        <source>Export %1, term %2 to a folder</source>
        <translation>Xuất dữ liệu %1, nhiệm kỳ %2 vào thư mục</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting %1…</source>
        <translation>Đang xuất dữ liệu %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, term %2, was exported to %3.</source>
        <translation>Đã xuất dữ liệu %1, nhiệm kỳ %2, vào %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import exports (choose their manifest.json files)</source>
        <translation>Nhập dữ liệu đã xuất (chọn các tệp manifest.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export manifests (manifest.json)</source>
        <translation>Tệp kê khai dữ liệu xuất (manifest.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Đang nhập dữ liệu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not in this database. Enter the code of the unit to attach it under:</source>
        <translation>%1 chưa có trong cơ sở dữ liệu này. Hãy nhập mã của đơn vị cấp trên để đưa đơn vị này vào trực thuộc:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExchangeManifest</name>
    <message>
        <location filename="../app/exchange/ExchangeManifest.cpp" line="+39"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a manifest (%2).</source>
        <translation>%1: không phải là tệp kê khai (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not a daihoi exchange manifest.</source>
        <translation>%1: không phải là tệp kê khai trao đổi dữ liệu của daihoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: format version %2 is not supported; this program reads versions %3 to %4.</source>
        <translation>%1: không hỗ trợ phiên bản định dạng %2; chương trình này đọc các phiên bản từ %3 đến %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the unit code, term, creation time, dialect or separator is missing or malformed.</source>
        <translation>%1: thiếu hoặc sai dạng mã đơn vị, nhiệm kỳ, thời điểm tạo, kiểu tệp hoặc dấu phân cách.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file %2 is not listed.</source>
        <translation>%1: tệp %2 không có trong danh sách.</translation>
    </message>
</context>
<context>
    <name>daihoi::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+19"/>
        <source>Usage: daihoi-cli export FILE --unit CODE --term 2022-2025 --out DIR [--dialect excel|data] [--separator &apos;;&apos;|&apos;,&apos;]</source>
        <translation>Cách dùng: daihoi-cli export TỆP --unit MÃ --term 2022-2025 --out THƯMỤC [--dialect excel|data] [--separator &apos;;&apos;|&apos;,&apos;]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The dialect is excel (separator &apos;;&apos; or &apos;,&apos;) or data (separator &apos;,&apos;).</source>
        <translation>Kiểu tệp là excel (dấu phân cách &apos;;&apos; hoặc &apos;,&apos;) hoặc data (dấu phân cách &apos;,&apos;).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported %1, term %2–%3: %4 units, %5 congresses, to %6.</source>
        <translation>Đã xuất dữ liệu %1, nhiệm kỳ %2–%3: %4 đơn vị, %5 đại hội, vào %6.</translation>
    </message>
</context>
<context>
    <name>daihoi::Exporter</name>
    <message>
        <location filename="../app/exchange/Exporter.cpp" line="+88"/>
        <source>No unit has the code %1.</source>
        <translation>Không có đơn vị nào có mã %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database has no term %1–%2.</source>
        <translation>Cơ sở dữ liệu không có nhiệm kỳ %1–%2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already holds an export (%2); choose an empty folder.</source>
        <translation>%1 đã chứa dữ liệu xuất (%2); hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The export was cancelled.</source>
        <translation>Đã hủy xuất dữ liệu.</translation>
    </message>
</context>
<context>
    <name>daihoi::FirstStartPage</name>
    <message>
        <location filename="../ui/FirstStartPage.cpp" line="+48"/>
        <source>&amp;Create the committee</source>
        <translation>Tạ&amp;o đảng bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a subordinate unit…</source>
        <translation>Thêm đơn vị t&amp;rực thuộc…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. Đảng bộ phường Việt Hưng</source>
        <translation>ví dụ: Đảng bộ phường Việt Hưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. VH</source>
        <translation>ví dụ: VH</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 2025-2030</source>
        <translation>ví dụ: 2025-2030</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is empty</source>
        <translation>Cơ sở dữ liệu này chưa có dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with your party committee: the unit whose congresses you follow. Give its name, its code (short, the same over the years and on every machine), its level and the term you are working on. Then add its subordinate units, or import the data they sent you.</source>
        <translation>Bắt đầu từ đảng bộ của đồng chí: đơn vị có các đại hội cần theo dõi. Nhập tên, mã (ngắn gọn, giữ nguyên qua các nhiệm kỳ và trên mọi máy), cấp và nhiệm kỳ đang làm việc. Sau đó thêm các đơn vị trực thuộc, hoặc nhập dữ liệu các đơn vị đã gửi lên.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1. Your committee</source>
        <translation>1. Đảng bộ của đồng chí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>Tên đảng &amp;bộ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fir&amp;st term:</source>
        <translation>Nhiệm kỳ đầu t&amp;iên:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Or start from the data your units sent</source>
        <translation>Hoặc bắt đầu từ dữ liệu các đơn vị đã gửi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An import brings in the exported units with their committee.</source>
        <translation>Khi nhập, các đơn vị trong tệp xuất được đưa vào cùng với đảng bộ của chúng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import data from units below…</source>
        <translation>Nhập dữ &amp;liệu từ đơn vị cấp dưới…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>2. The committee&apos;s units</source>
        <translation>2. Các đơn vị trực thuộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;data from units below…</source>
        <translation>Nhập &amp;dữ liệu từ đơn vị cấp dưới…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to the committee&apos;s pages</source>
        <translation>Vào các trang của đảng &amp;bộ</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (%2) is ready. Add its subordinate units one by one, or import the exports they sent you; each unit then records its congress for the term.</source>
        <translation>Đã tạo %1 (%2). Hãy thêm từng đơn vị trực thuộc, hoặc nhập tệp xuất các đơn vị đã gửi lên; sau đó mỗi đơn vị ghi đại hội của mình trong nhiệm kỳ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name: the committee needs a name.</source>
        <translation>Tên: đảng bộ phải có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code: the committee needs a code that stays the same over time.</source>
        <translation>Mã: đảng bộ phải có mã, giữ nguyên qua các nhiệm kỳ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</source>
        <translation>Nhiệm kỳ đầu tiên: &quot;%1&quot; không viết theo dạng NĂMĐẦU-NĂMCUỐI, ví dụ 2025-2030.</translation>
    </message>
</context>
<context>
    <name>daihoi::GenerateCommand</name>
    <message>
        <location filename="../app/cli/GenerateCommand.cpp" line="+21"/>
        <source>Usage: daihoi-cli generate FILE.db --units N [--seed S]  (N chi bộ, at least 5)</source>
        <translation>Cách dùng: daihoi-cli generate TỆP.db --units N [--seed S]  (N chi bộ, ít nhất là 5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists; synthetic data is written into a new file.</source>
        <translation>%1 đã tồn tại; dữ liệu giả lập chỉ được ghi vào tệp mới.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 units, %3 congresses, %4 candidate rows, %5 committee members, %6 targets in %7 s.</source>
        <translation>%1: %2 đơn vị, %3 đại hội, %4 dòng người trong danh sách bầu cử, %5 cấp ủy viên, %6 chỉ tiêu; thời gian %7 giây.</translation>
    </message>
</context>
<context>
    <name>daihoi::GuestTableModel</name>
    <message>
        <location filename="../ui/models/GuestTableModel.cpp" line="+61"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
</context>
<context>
    <name>daihoi::HallScreen</name>
    <message>
        <location filename="../ui/ballots/HallScreen.cpp" line="+41"/>
        <source>Count in the hall</source>
        <translation>Kết quả kiểm phiếu tại hội trường</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting for the first agreed batch…</source>
        <translation>Đang chờ tập phiếu đầu tiên được khớp…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Round %1 — official delegates as the base: %2</source>
        <translation>Lần bầu thứ %1 — số đại biểu chính thức làm căn cứ: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round %1 — official members as the base: %2</source>
        <translation>Lần bầu thứ %1 — số đảng viên chính thức làm căn cứ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official delegates as the base: %1</source>
        <translation>Số đại biểu chính thức làm căn cứ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official members as the base: %1</source>
        <translation>Số đảng viên chính thức làm căn cứ: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Elected</source>
        <translation>Trúng cử</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Count complete · valid ballots: %1 · invalid: %2</source>
        <translation>Đã kiểm xong · phiếu hợp lệ: %1 · không hợp lệ: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 batches agreed · %3/%4 ballots entered</source>
        <translation>Đã khớp %1/%2 tập · đã nhập %3/%4 phiếu</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of base</source>
        <translation>Tỷ lệ %</translation>
    </message>
</context>
<context>
    <name>daihoi::HeldCongressModel</name>
    <message>
        <location filename="../ui/models/HeldCongressModel.cpp" line="+95"/>
        <source>appointed</source>
        <translation>chỉ định</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Members present / members summoned</source>
        <translation>Số đảng viên có mặt / số đảng viên được triệu tập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes for the secretary, as a share of the base of the secretary election</source>
        <translation>Tỷ lệ phiếu bầu Bí thư so với căn cứ tính tỷ lệ của cuộc bầu Bí thư</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on</source>
        <translation>Ngày tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Tỷ lệ phiếu</translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryCommand</name>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="+22"/>
        <source>Usage: daihoi-cli history FILE --unit CODE [--term 2022-2025] [--limit N]</source>
        <translation>Cách dùng: daihoi-cli history TỆP --unit MÃ [--term 2022-2025] [--limit N]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changes to %1 (%2), newest first</source>
        <translation>Lịch sử thay đổi của %1 (%2), mới nhất trước</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changes to %1 (%2), term %3, newest first</source>
        <translation>Lịch sử thay đổi của %1 (%2), nhiệm kỳ %3, mới nhất trước</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No change is recorded.</source>
        <translation>Chưa ghi nhận thay đổi nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the newest %1 changes are shown; --limit shows more.</source>
        <translation>Chỉ hiện %1 thay đổi mới nhất; dùng --limit để xem thêm.</translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryDialog</name>
    <message>
        <location filename="../ui/history/HistoryDialog.cpp" line="+28"/>
        <source>Show &amp;older changes</source>
        <translation>Xem các thay đổi &amp;cũ hơn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change history</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Nội dung thay đổi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The history cannot be read: %1</source>
        <translation>Không đọc được lịch sử thay đổi: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No change to this congress is recorded.</source>
        <translation>Chưa ghi nhận thay đổi nào của đại hội này.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) shown; older ones follow.</source>
        <translation>
            <numerusform>Đang hiện %n thay đổi; còn các thay đổi cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s), all shown.</source>
        <translation>
            <numerusform>%n thay đổi, đã hiện hết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daihoi::HistoryFormatter</name>
    <message>
        <location filename="../app/services/HistoryFormatter.cpp" line="+94"/>
        <source>batch %1, entry %2</source>
        <translation>tập %1, lần nhập %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 added</source>
        <translation>%1: đã thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 removed</source>
        <translation>%1: đã xoá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed</source>
        <translation>%1: đã sửa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>planned</source>
        <translation>dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <translation>đã tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <translation>hoãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>congress of all members</source>
        <translation>đại hội đảng viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delegates</source>
        <translation>đại hội đại biểu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee</source>
        <translation>chi ủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secretary</source>
        <translation>bí thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deputy secretary</source>
        <translation>phó bí thư</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>committee member</source>
        <translation>chi ủy viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elected</source>
        <translation>đã bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>đã chuẩn y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entered by hand</source>
        <translation>nhập tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the members&apos; ratings</source>
        <translation>theo xếp loại đảng viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the unit&apos;s ratings</source>
        <translation>theo xếp loại chi bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks excellently</source>
        <translation>hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks well</source>
        <translation>hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed tasks</source>
        <translation>hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not complete tasks</source>
        <translation>không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clean and strong</source>
        <translation>trong sạch vững mạnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>nữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>nam</translation>
    </message>
    <message>
        <location filename="../app/services/HistoryFormatterLabels.cpp" line="+20"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>Ngày dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held from</source>
        <translation>Tổ chức từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress number</source>
        <translation>Đại hội lần thứ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Official members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summoned (official)</source>
        <translation>Triệu tập (chính thức)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present (official)</source>
        <translation>Có mặt (chính thức)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent with an accepted reason</source>
        <translation>Vắng mặt có lý do được chấp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused from activity, absent</source>
        <translation>Miễn sinh hoạt, vắng mặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended, prosecuted or detained</source>
        <translation>Bị đình chỉ, truy tố hoặc tạm giam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporarily attached elsewhere</source>
        <translation>Sinh hoạt tạm thời nơi khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegates absent without an alternate</source>
        <translation>Đại biểu vắng mặt không có người dự khuyết thay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political report</source>
        <translation>Báo cáo chính trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee&apos;s self-review</source>
        <translation>Báo cáo kiểm điểm của cấp ủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening time</source>
        <translation>Giờ khai mạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing time</source>
        <translation>Giờ bế mạc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the counting board</source>
        <translation>Trưởng ban kiểm phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for the resolution</source>
        <translation>Số tán thành nghị quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Chức danh bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate seats</source>
        <translation>Số đại biểu dự khuyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointed by the committee above</source>
        <translation>Cấp trên chỉ định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Lần bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots issued</source>
        <translation>Số phiếu phát ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots collected</source>
        <translation>Số phiếu thu vào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ballots</source>
        <translation>Số phiếu hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ballots</source>
        <translation>Số phiếu không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position at work</source>
        <translation>Chức vụ công tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes for the role</source>
        <translation>Số phiếu bầu chức vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-elected</source>
        <translation>Tái cử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of the residential group</source>
        <translation>Kiêm trưởng thôn, tổ dân phố</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval</source>
        <translation>Chuẩn y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval document</source>
        <translation>Văn bản chuẩn y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval date</source>
        <translation>Ngày chuẩn y</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Cách đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating level</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit&apos;s rating</source>
        <translation>Xếp loại chi bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: excellent</source>
        <translation>Đảng viên hoàn thành xuất sắc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: good</source>
        <translation>Đảng viên hoàn thành tốt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: completed</source>
        <translation>Đảng viên hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members: not completed</source>
        <translation>Đảng viên không hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Đã giải thể</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First year</source>
        <translation>Năm đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Năm cuối</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported at</source>
        <translation>Thời điểm xuất</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported at</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Mã kiểm tra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots a batch</source>
        <translation>Số phiếu mỗi tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Tập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Lần nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot number</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Dấu trên phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid</source>
        <translation>Ban kiểm phiếu xác định không hợp lệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks before</source>
        <translation>Dấu trước khi sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid before</source>
        <translation>Lý do không hợp lệ trước khi sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks after</source>
        <translation>Dấu sau khi sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared invalid after</source>
        <translation>Lý do không hợp lệ sau khi sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered at</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected at</source>
        <translation>Sửa lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period from</source>
        <translation>Bắt đầu từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot congresses&apos; deadline</source>
        <translation>Hạn đại hội điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled date</source>
        <translation>Ngày theo lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled time</source>
        <translation>Giờ theo lịch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member attending</source>
        <translation>Đồng chí phụ trách dự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot congress</source>
        <translation>Đại hội điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Work item</source>
        <translation>Đầu việc</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Responsible</source>
        <translation>Đơn vị, người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Nhiệm kỳ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presidium, secretary or counting board member</source>
        <translation>Thành viên đoàn chủ tịch, thư ký hoặc ban kiểm phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election of the</source>
        <translation>Cuộc bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election round</source>
        <translation>Lần bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Candidate</source>
        <translation>Người trong danh sách bầu cử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee member,</source>
        <translation>Cấp ủy viên,</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Direction</source>
        <translation>Phương hướng, nhiệm vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly rating</source>
        <translation>Xếp loại năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported export of</source>
        <translation>Dữ liệu nhập của</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot-by-ballot count of round</source>
        <translation>Kiểm từng phiếu của lần bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot entry</source>
        <translation>Lần nhập phiếu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballot correction</source>
        <translation>Sửa phiếu bầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable line of</source>
        <translation>Dòng lịch đại hội ngày</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item number</source>
        <translation>Số thứ tự đầu việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>Số lượng bầu</translation>
    </message>
</context>
<context>
    <name>daihoi::ImportCommand</name>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+15"/>
        <source>--attach-under needs the code of a unit.</source>
        <translation>--attach-under cần có mã của một đơn vị.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: daihoi-cli import FILE PATH... [--attach-under CODE]</source>
        <translation>Cách dùng: daihoi-cli import TỆP ĐƯỜNGDẪN... [--attach-under MÃ]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported.</source>
        <translation>Không có dữ liệu nào được nhập.</translation>
    </message>
</context>
<context>
    <name>daihoi::Importer</name>
    <message>
        <location filename="../app/exchange/Importer.cpp" line="+81"/>
        <source>%1: no readable export here (%2).</source>
        <translation>%1: không có dữ liệu xuất đọc được ở đây (%2).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1, term %2 (%3): already imported, nothing changed.</source>
        <translation>%1, nhiệm kỳ %2 (%3): đã được nhập trước đây, không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, term %2 (%3): %4 units, %5 congresses imported.</source>
        <translation>%1, nhiệm kỳ %2 (%3): đã nhập %4 đơn vị, %5 đại hội.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, term %2: %3 plan(s) imported.</source>
        <translation>%1, nhiệm kỳ %2: đã nhập %3 kế hoạch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+304"/>
        <source>The import was cancelled.</source>
        <translation>Đã hủy nhập dữ liệu.</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>%1: an export of %2, term %3, made %4, is already imported; this one was made %5, not later, so it cannot replace it.</source>
        <translation>%1: dữ liệu xuất của %2, nhiệm kỳ %3, tạo lúc %4, đã được nhập; dữ liệu này tạo lúc %5, không muộn hơn, nên không thể thay thế dữ liệu đã nhập.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the unit %2 to attach %3 under is not in this database.</source>
        <translation>%1: đơn vị %2 (đơn vị cấp trên để đưa %3 vào trực thuộc) chưa có trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is a branch: a branch has no subordinate units.</source>
        <translation>%1: %2 là chi bộ: chi bộ không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the unit %2 (%3) is not in this database; choose the unit to attach it under.</source>
        <translation>%1: đơn vị %2 (%3) chưa có trong cơ sở dữ liệu này; hãy chọn đơn vị cấp trên để đưa đơn vị này vào trực thuộc.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>units.csv, line %1: </source>
        <translation>units.csv, dòng %1: </translation>
    </message>
    <message>
        <location line="+151"/>
        <source>ratings.csv, line %1: </source>
        <translation>ratings.csv, dòng %1: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>plans.csv, line %1 (%2): </source>
        <translation>plans.csv, dòng %1 (%2): </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>congresses.csv, line %1 (%2): </source>
        <translation>congresses.csv, dòng %1 (%2): </translation>
    </message>
</context>
<context>
    <name>daihoi::InitCommand</name>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+14"/>
        <source>Usage: daihoi-cli init FILE</source>
        <translation>Cách dùng: daihoi-cli init TỆP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already exists; init only creates a new database and left it unchanged.</source>
        <translation>%1 đã tồn tại; lệnh init chỉ tạo cơ sở dữ liệu mới nên không thay đổi tệp này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be created: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Empty database created: %1.</source>
        <translation>Đã tạo cơ sở dữ liệu trống: %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::LiveUpdates</name>
    <message>
        <location filename="../ui/LiveUpdates.cpp" line="+80"/>
        <source>Not saved: the server cannot be reached. What you typed stays on screen; save it again once the connection is back.</source>
        <translation>Chưa lưu: không kết nối được với máy chủ. Những gì bạn đã nhập vẫn được giữ trên màn hình; hãy lưu lại khi kết nối trở lại.</translation>
    </message>
</context>
<context>
    <name>daihoi::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+85"/>
        <source>daihoi — Party congresses</source>
        <translation>daihoi — Đại hội các tổ chức đảng</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Te&amp;rm:</source>
        <translation>Nhiệm &amp;kỳ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search units and people (Ctrl+F), accents optional</source>
        <translation>Tìm đơn vị, người (Ctrl+F), gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of subordinate units</source>
        <translation>Tiến độ đại hội các đơn vị trực thuộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+383"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>Elections</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Cấp ủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution and targets</source>
        <translation>Nghị quyết, chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units&apos; targets</source>
        <translation>Chỉ tiêu các đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets of subordinate units</source>
        <translation>Chỉ tiêu của các đơn vị trực thuộc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to office database…</source>
        <translation>&amp;Kết nối cơ sở dữ liệu văn phòng…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent databases</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print documents…</source>
        <translation>&amp;In văn bản…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport data for the committee above…</source>
        <translation>&amp;Xuất dữ liệu gửi cấp trên…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import data from units below…</source>
        <translation>Nhậ&amp;p dữ liệu của các đơn vị cấp dưới…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unit</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Term</source>
        <translation>&amp;Nhiệm kỳ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About daihoi</source>
        <translation>&amp;Giới thiệu daihoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 — daihoi</source>
        <translation>%1 — daihoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Choose a unit in the tree.</source>
        <translation>Hãy chọn một đơn vị trong cây tổ chức.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Congress %1</source>
        <translation>Đại hội %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>daihoi databases (*.db *.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu daihoi (*.db *.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The new language applies the next time daihoi starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động daihoi tiếp theo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About daihoi</source>
        <translation>Giới thiệu daihoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;daihoi&lt;/b&gt; %1&lt;br&gt;Records the congresses of party units, their elections and targets, and the progress of a committee&apos;s units.</source>
        <translation>&lt;b&gt;daihoi&lt;/b&gt; %1&lt;br&gt;Ghi nhận đại hội của các tổ chức đảng, kết quả bầu cử, chỉ tiêu và tiến độ đại hội của các đơn vị trực thuộc một đảng bộ.</translation>
    </message>
</context>
<context>
    <name>daihoi::MembersTable</name>
    <message>
        <location filename="../app/reports/MembersTable.cpp" line="+34"/>
        <source>%1 (%2) has no congress recorded in the term %3.</source>
        <translation>%1 (%2) chưa có đại hội nào được ghi nhận trong nhiệm kỳ %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::MessageBar</name>
    <message>
        <location filename="../ui/widgets/MessageBar.cpp" line="+21"/>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>daihoi::MoveUnitDialog</name>
    <message>
        <location filename="../ui/MoveUnitDialog.cpp" line="+19"/>
        <source>Move to the &amp;top level</source>
        <translation>Chuyển lên &amp;cấp cao nhất</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move %1</source>
        <translation>Chuyển %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move %1 under:</source>
        <translation>Chuyển %1 sang trực thuộc:</translation>
    </message>
</context>
<context>
    <name>daihoi::MoveUnitEdit</name>
    <message>
        <location filename="../ui/commands/MoveUnitEdit.cpp" line="+10"/>
        <source>Move %1</source>
        <translation>Chuyển %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OdtWriter</name>
    <message>
        <location filename="../app/reports/OdtWriter.cpp" line="+304"/>
        <source>Cannot write %1: the document could not be converted to OpenDocument.</source>
        <translation>Không ghi được %1: không chuyển được văn bản sang định dạng OpenDocument.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
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
        <translation>Cách dùng: daihoi-cli office init URL
       daihoi-cli office copy TỆP.db URL
       daihoi-cli office copy URL TỆP.db
       daihoi-cli office upgrade URL
URL: postgresql://người_dùng@máy_chủ:cổng/cơ_sở_dữ_liệu (mật khẩu lấy từ PGPASSWORD hoặc ~/.pgpass)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Office database created: %1. Its tables belong to %2; clerks join %3.</source>
        <translation>Đã tạo cơ sở dữ liệu văn phòng: %1. Các bảng thuộc vai trò %2; cán bộ nhập liệu là thành viên của %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+28"/>
        <source>Copied %1 into %2.</source>
        <translation>Đã sao chép %1 vào %2.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 already exists; the copy goes only into a new file, and it was left unchanged.</source>
        <translation>%1 đã tồn tại; bản sao chỉ ghi vào tệp mới, tệp này được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficeUserCommands.cpp" line="+50"/>
        <source>       daihoi-cli office user URL NAME [--admin]      (the password on standard input)
       daihoi-cli office grant URL NAME --unit CODE [--read-only]
       daihoi-cli office revoke URL NAME --unit CODE
       daihoi-cli office users URL</source>
        <translation>       daihoi-cli office user URL TÊN [--admin]      (mật khẩu đọc từ đầu vào chuẩn)
       daihoi-cli office grant URL TÊN --unit MÃ [--read-only]
       daihoi-cli office revoke URL TÊN --unit MÃ
       daihoi-cli office users URL</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Password for %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same password again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password: the two passwords differ; no user was created.</source>
        <translation>Mật khẩu: hai lần nhập không khớp nhau; chưa tạo người dùng nào.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created the administrator %1: they manage the clerks and read and write every unit.</source>
        <translation>Đã tạo quản trị viên %1: quản lý cán bộ nhập liệu, được xem và sửa mọi đơn vị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the clerk %1; they see nothing until a unit is granted (office grant).</source>
        <translation>Đã tạo cán bộ nhập liệu %1; người này chưa xem được gì cho đến khi được cấp quyền một đơn vị (office grant).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may now read %2 and every unit below it.</source>
        <translation>%1 nay được xem %2 và mọi đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may now read and write %2 and every unit below it.</source>
        <translation>%1 nay được xem và sửa %2 và mọi đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 no longer has %2.</source>
        <translation>%1 không còn quyền đối với %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(administrator: every unit)</source>
        <translation>(quản trị viên: mọi đơn vị)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read and write</source>
        <translation>xem và sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read only</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no unit)</source>
        <translation>(chưa có đơn vị nào)</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeCopier</name>
    <message>
        <location filename="../app/storage/OfficeCopier.cpp" line="+67"/>
        <source>The tables reference each other in a circle; they cannot be copied in order.</source>
        <translation>Các bảng tham chiếu vòng tròn lẫn nhau nên không sao chép theo thứ tự được.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+14"/>
        <location line="+29"/>
        <source>Cannot copy the table %1: %2</source>
        <translation>Không sao chép được bảng %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot copy rows %1 to %2 of the table %3: %4</source>
        <translation>Không sao chép được các dòng %1 đến %2 của bảng %3: %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The table %1 has rows whose parent is missing; nothing was copied.</source>
        <translation>Bảng %1 có dòng thiếu đơn vị cấp trên; không có gì được sao chép.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two databases have different versions (%1 and %2).</source>
        <translation>Hai cơ sở dữ liệu khác phiên bản (%1 và %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no table %2: %3</source>
        <translation>%1 không có bảng %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not empty: the table %2 has %3 rows. Nothing was copied.</source>
        <translation>%1 không trống: bảng %2 đã có %3 dòng. Không có gì được sao chép.</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeNotifications</name>
    <message>
        <location filename="../app/storage/OfficeNotifications.cpp" line="+149"/>
        <source>Cannot install the change notifications: %1</source>
        <translation>Không cài đặt được cơ chế thông báo thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeRights</name>
    <message>
        <location filename="../app/storage/OfficeRights.cpp" line="+393"/>
        <source>Cannot install the clerks&apos; rights: %1</source>
        <translation>Không cài đặt được quyền của cán bộ nhập liệu: %1</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeSetup</name>
    <message>
        <location filename="../app/storage/OfficeSetup.cpp" line="+36"/>
        <source>%1 already holds a daihoi office (database version %2); nothing was changed.</source>
        <translation>%1 đã có cơ sở dữ liệu văn phòng daihoi (phiên bản %2); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot prepare the office roles in %1: %2</source>
        <translation>Không tạo được các vai trò của văn phòng trong %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot install the office&apos;s server objects in %1: %2</source>
        <translation>Không cài đặt được các đối tượng máy chủ của văn phòng trong %1: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeUpgrade</name>
    <message>
        <location filename="../app/storage/OfficeUpgrade.cpp" line="+28"/>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>từ lúc %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a daihoi database or is damaged: %2</source>
        <translation>%1 không phải cơ sở dữ liệu daihoi hoặc đã bị hỏng: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no daihoi office yet; create it with: daihoi-cli office init</source>
        <translation>%1 chưa có cơ sở dữ liệu văn phòng daihoi; hãy tạo bằng lệnh: daihoi-cli office init</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has database version %2, newer than this program&apos;s %3; upgrade it with the newer daihoi.</source>
        <translation>%1 có phiên bản cơ sở dữ liệu %2, mới hơn phiên bản %3 của chương trình này; hãy nâng cấp bằng daihoi mới hơn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already at database version %2; nothing to do.</source>
        <translation>%1 đã ở phiên bản cơ sở dữ liệu %2; không cần nâng cấp.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot see who is connected to %1: %2</source>
        <translation>Không xem được ai đang kết nối tới %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was not upgraded: other daihoi programs are connected to it. Ask these clerks to close daihoi, then run the upgrade again:
  %2</source>
        <translation>Chưa nâng cấp %1: đang có chương trình daihoi khác kết nối. Hãy đề nghị các cán bộ sau đóng daihoi rồi chạy lại lệnh nâng cấp:
  %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot act as %1 in %2 (the administrator who ran office init may): %3</source>
        <translation>Không thể làm việc với vai trò %1 trong %2 (quản trị viên đã chạy office init mới có quyền này): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not upgraded; nothing was changed: %2</source>
        <translation>Chưa nâng cấp %1; không có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 upgraded from database version %2 to %3.</source>
        <translation>Đã nâng cấp %1 từ phiên bản cơ sở dữ liệu %2 lên %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::OfficeUsers</name>
    <message>
        <location filename="../app/storage/OfficeUsers.cpp" line="+38"/>
        <source>User: %1 is not a valid user name; use lower-case letters without accents, digits and _, starting with a letter (at most 63), and none of the office&apos;s own roles.</source>
        <translation>Người dùng: %1 không phải là tên người dùng hợp lệ; hãy dùng chữ thường không dấu, chữ số và dấu _, bắt đầu bằng một chữ cái (tối đa 63 ký tự), và không trùng các vai trò riêng của văn phòng.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Only an administrator of the office manages its users and their units.</source>
        <translation>Chỉ quản trị viên của văn phòng mới được quản lý người dùng và đơn vị của họ.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User: there is no user %1 on this server.</source>
        <translation>Người dùng: máy chủ này không có người dùng %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: %1 is not a clerk of the office (a login in %2).</source>
        <translation>Người dùng: %1 không phải là cán bộ nhập liệu của văn phòng (tài khoản đăng nhập thuộc %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit: no unit has the code %1.</source>
        <translation>Đơn vị: không có đơn vị nào mang mã %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password: a user needs a password.</source>
        <translation>Mật khẩu: người dùng phải có mật khẩu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User: %1 already exists on this server.</source>
        <translation>Người dùng: %1 đã có trên máy chủ này.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot create the user %1: %2</source>
        <translation>Không tạo được người dùng %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unit: %1 has no grant on %2; nothing was revoked.</source>
        <translation>Đơn vị: %1 chưa được cấp quyền đối với %2; không có gì bị thu hồi.</translation>
    </message>
</context>
<context>
    <name>daihoi::OptionalDateEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalDateEdit.cpp" line="+41"/>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as day/month/year, e.g. 06/07/2017 or 06072017. Alt+Down opens the calendar; Ctrl+Delete empties the field.</source>
        <translation>Gõ ngày theo thứ tự ngày/tháng/năm, ví dụ 06/07/2017 hoặc 06072017. Alt+Mũi tên xuống để mở lịch; Ctrl+Delete để xóa trống ô.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the date on a calendar (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
</context>
<context>
    <name>daihoi::OptionalTimeEdit</name>
    <message>
        <location filename="../ui/widgets/OptionalTimeEdit.cpp" line="+11"/>
        <source>hh:mm</source>
        <translation>gg:pp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the time as hours:minutes, e.g. 7:30, 0730 or 14h; empty it when not known.</source>
        <translation>Gõ giờ theo dạng giờ:phút, ví dụ 7:30, 0730 hoặc 14h; để trống khi chưa biết.</translation>
    </message>
</context>
<context>
    <name>daihoi::PackageReader</name>
    <message>
        <location filename="../app/exchange/PackageRows.cpp" line="+36"/>
        <source>%1, line 1: the columns are %2; expected %3.</source>
        <translation>%1, dòng 1: các cột hiện có là %2; các cột cần có là %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, line %2: %3 cells where the header has %4 columns.</source>
        <translation>%1, dòng %2: có %3 ô trong khi dòng tiêu đề có %4 cột.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a value is required</source>
        <translation>phải có giá trị</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a whole number</source>
        <translation>không phải là số nguyên</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>outside the allowed range %1 to %2</source>
        <translation>nằm ngoài khoảng cho phép từ %1 đến %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not 0 or 1</source>
        <translation>không phải là 0 hoặc 1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a date written as YYYY-MM-DD</source>
        <translation>không phải là ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not a time written as HH:MM (24 hours)</source>
        <translation>không phải giờ viết theo dạng HH:MM (24 giờ)</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageRows.h" line="+55"/>
        <source>not one of %1</source>
        <translation>không thuộc các giá trị %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReader.cpp" line="+263"/>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="+66"/>
        <location filename="../app/exchange/PackageRows.cpp" line="+8"/>
        <source>repeats the key of line %1</source>
        <translation>trùng khóa với dòng %1</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageRows.cpp" line="+22"/>
        <source>%1, line %2, cell %3: %4.</source>
        <translation>%1, dòng %2, ô %3: %4.</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReader.cpp" line="-154"/>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation>%1, dòng %2, cột %3 (%4): %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cannot read the file (%2).</source>
        <translation>%1: không đọc được tệp (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its SHA-256 does not match the manifest; the file was edited or damaged after the export.</source>
        <translation>%1: mã kiểm tra SHA-256 không khớp với tệp kê khai; tệp đã bị sửa hoặc bị hỏng sau khi xuất dữ liệu.</translation>
    </message>
    <message>
        <location line="+381"/>
        <source>%1: %2 rows where the manifest says %3.</source>
        <translation>%1: có %2 dòng trong khi tệp kê khai ghi %3 dòng.</translation>
    </message>
    <message>
        <location line="-367"/>
        <source>The import was cancelled.</source>
        <translation>Đã hủy nhập dữ liệu.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the first unit must be the exported unit %1, without a parent</source>
        <translation>đơn vị đầu tiên phải là đơn vị xuất dữ liệu %1, không có đơn vị cấp trên</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a unit listed above this line</source>
        <translation>không phải là đơn vị đã có ở các dòng phía trên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a branch has no subordinate units</source>
        <translation>chi bộ không có đơn vị trực thuộc</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the export lists no unit.</source>
        <translation>%1: dữ liệu xuất không có đơn vị nào.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="+27"/>
        <source>not a unit of units.csv</source>
        <translation>không phải là đơn vị có trong units.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of order: the rows of each unit come together, in the order of units.csv</source>
        <translation>sai thứ tự: các dòng của mỗi đơn vị phải đứng liền nhau, theo thứ tự trong units.csv</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the unit has no row in congresses.csv</source>
        <translation>đơn vị không có dòng nào trong congresses.csv</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no such election of the unit in elections.csv</source>
        <translation>đơn vị không có cuộc bầu này trong elections.csv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such round of the election in rounds.csv</source>
        <translation>cuộc bầu không có lần bầu này trong rounds.csv</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an empty cell when not recorded</source>
        <translation>ô trống khi chưa rõ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not a plausible year of birth</source>
        <translation>năm sinh không hợp lý</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the committee already has a secretary on line %1</source>
        <translation>cấp ủy đã có Bí thư ở dòng %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a number written with a decimal point</source>
        <translation>không phải là số viết với dấu chấm thập phân</translation>
    </message>
    <message>
        <location filename="../app/exchange/PackageReaderPlans.cpp" line="-40"/>
        <source>the unit has no row in plans.csv</source>
        <translation>đơn vị không có dòng nào trong plans.csv</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not a unit directly under %1, whose plan this is</source>
        <translation>không phải là đơn vị trực thuộc %1, đơn vị ban hành kế hoạch này</translation>
    </message>
</context>
<context>
    <name>daihoi::PagePreviewDialog</name>
    <message>
        <location filename="../ui/reports/PagePreviewDialog.cpp" line="+43"/>
        <source>P&amp;revious page</source>
        <translation>Trang t&amp;rước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next page</source>
        <translation>Trang &amp;sau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Vừa khổ ngang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page&apos;s width to the window (Ctrl+0)</source>
        <translation>Cho trang vừa khổ ngang cửa sổ (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
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
        <translation>Kho khóa của hệ thống không phản hồi.</translation>
    </message>
</context>
<context>
    <name>daihoi::PendingCongressModel</name>
    <message>
        <location filename="../ui/models/PendingCongressModel.cpp" line="+59"/>
        <source>no congress recorded</source>
        <translation>chưa có hồ sơ đại hội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned for %1</source>
        <translation>dự kiến tổ chức ngày %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>planned</source>
        <translation>dự kiến tổ chức</translation>
    </message>
</context>
<context>
    <name>daihoi::Person</name>
    <message>
        <location filename="../app/domain/committee/Person.cpp" line="+83"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>None</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bachelor</source>
        <translation>Cử nhân</translation>
    </message>
</context>
<context>
    <name>daihoi::Plan</name>
    <message>
        <location filename="../app/domain/plans/Plan.cpp" line="+30"/>
        <source>Plan no. %1</source>
        <translation>Kế hoạch số %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan no. %1 of %2</source>
        <translation>Kế hoạch số %1 ngày %2</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanAgendaBox</name>
    <message>
        <location filename="../ui/plans/PlanAgendaBox.cpp" line="+28"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member attending</source>
        <translation>Đồng chí phụ trách dự</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date: %2.</source>
        <translation>“%1” không phải là ngày: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Kể từ ngày:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Congresses from %1 to %2: %3</source>
        <translation>Các đại hội từ ngày %1 đến ngày %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agenda comes from the saved plan&apos;s timetable.</source>
        <translation>Lịch 14 ngày tới lấy từ lịch tổ chức đại hội của kế hoạch đã lưu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilot congress</source>
        <translation>Đại hội điểm</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanCommand</name>
    <message>
        <location filename="../app/cli/PlanCommand.cpp" line="+22"/>
        <source>Usage: daihoi-cli plan FILE --unit CODE --term 2022-2025 [--on YYYY-MM-DD]</source>
        <translation>Cách dùng: daihoi-cli plan TỆP --unit MÃ --term 2022-2025 [--on NĂM-THÁNG-NGÀY]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day &quot;%1&quot; is not a date written as YYYY-MM-DD, e.g. 2017-07-10.</source>
        <translation>Ngày &quot;%1&quot; không viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-07-10.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2) has no plan for the term %3.</source>
        <translation>%1 (%2) chưa có kế hoạch đại hội nhiệm kỳ %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: scheduled %2, not held (%3)</source>
        <translation>%1: lịch ngày %2, chưa tổ chức (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: due by %2, not held (%3)</source>
        <translation>%1: hạn ngày %2, chưa tổ chức (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1. %2 (%3): due %4, %5</source>
        <translation>%1. %2 (%3): hạn %4, %5</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanPanel</name>
    <message>
        <location filename="../ui/plans/PlanPanel.cpp" line="+56"/>
        <source>The plan&apos;s date</source>
        <translation>Ngày ban hành kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period&apos;s first day</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pilot congresses&apos; deadline</source>
        <translation>Hạn tổ chức đại hội điểm</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>S&amp;ave the plan</source>
        <translation>&amp;Lưu kế hoạch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Bỏ các thay đổi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timetable</source>
        <translation>Lịch tổ chức đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+449"/>
        <source>Work items</source>
        <translation>Đầu việc</translation>
    </message>
    <message>
        <location line="-448"/>
        <source>Next 14 days</source>
        <translation>14 ngày tới</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the plan, its timetable and work items as one change (%1); Undo takes it back</source>
        <translation>Lưu kế hoạch, lịch tổ chức và các đầu việc trong một lần (%1); Hoàn tác sẽ trả lại như trước</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>e.g. 74-KH/ĐU</source>
        <translation>VD: 74-KH/ĐU</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. on organising the congresses of the party cells, term 2022–2025</source>
        <translation>VD: về việc tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2022 – 2025</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Plan no.:</source>
        <translation>Số kế &amp;hoạch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date&amp;d:</source>
        <translation>Ngà&amp;y ban hành:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Su&amp;bject:</source>
        <translation>T&amp;rích yếu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period fr&amp;om:</source>
        <translation>Bắt đầ&amp;u từ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead&amp;line:</source>
        <translation>Hạn h&amp;oàn thành:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilot congresses b&amp;y:</source>
        <translation>Đại hội điể&amp;m trước:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Spread over &amp;working days</source>
        <translation>Rải đều theo ngày làm việ&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gives every unit a date on the weekdays of the period: the pilot congresses first, by their deadline, then the others by the plan&apos;s deadline</source>
        <translation>Xếp ngày đại hội cho mọi chi bộ vào các ngày làm việc trong thời gian của kế hoạch: đại hội điểm trước, trong hạn của đại hội điểm, các chi bộ còn lại trong hạn hoàn thành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy from the last term&apos;s plan</source>
        <translation>Ché&amp;p từ kế hoạch nhiệm kỳ trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takes the timetable of this committee&apos;s plan of the term before: the same days moved on by the terms&apos; years, with their times, places and members attending</source>
        <translation>Lấy lịch tổ chức trong kế hoạch nhiệm kỳ trước của cấp ủy này: cùng ngày, dời sau theo số năm giữa hai nhiệm kỳ, giữ nguyên giờ, địa điểm và đồng chí phụ trách dự</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add a wor&amp;k item</source>
        <translation>&amp;Bổ sung đầu việc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove the work item</source>
        <translation>&amp;Xóa đầu việc</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Another change to this plan was saved meanwhile: Discard changes shows it.</source>
        <translation>Kế hoạch này vừa được người khác lưu thay đổi: bấm Bỏ các thay đổi để xem.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no plan recorded for the term %2. Type its number and date, fill in the timetable, then save.</source>
        <translation>%1 chưa có kế hoạch cho nhiệm kỳ %2. Nhập số và ngày ban hành kế hoạch, điền lịch tổ chức đại hội rồi lưu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a committee and a term.</source>
        <translation>Chọn một cấp ủy và một nhiệm kỳ.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 “%2” is not a date: %3.</source>
        <translation>%1 “%2” không phải là ngày: %3.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit plan %1 of %2</source>
        <translation>Sửa kế hoạch %1 của %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record plan %1 of %2</source>
        <translation>Ghi kế hoạch %1 của %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan not saved: %1</source>
        <translation>Chưa lưu kế hoạch: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>To spread the dates, type the period&apos;s first day and the deadline first, the deadline on or after the first day.</source>
        <translation>Để rải đều ngày đại hội, hãy nhập ngày bắt đầu và hạn hoàn thành trước; hạn hoàn thành không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates spread over the working days from %1 to %2, the pilot congresses first. Save the plan to keep them.</source>
        <translation>Đã rải đều ngày đại hội theo ngày làm việc từ %1 đến %2, đại hội điểm trước. Bấm Lưu kế hoạch để giữ lại.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no plan of an earlier term to copy.</source>
        <translation>%1 không có kế hoạch của nhiệm kỳ trước để chép.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Timetable lines copied from plan %1 (term %2): %3, the dates moved on %4 years. Save the plan to keep them.</source>
        <translation>Đã chép %3 dòng lịch tổ chức từ kế hoạch %1 (nhiệm kỳ %2), ngày dời sau %4 năm. Bấm Lưu kế hoạch để giữ lại.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No work items: add them if the plan lists them.</source>
        <translation>Chưa có đầu việc: bổ sung nếu kế hoạch có xác định đầu việc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work items (%1/%2)</source>
        <translation>Đầu việc (%1/%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes not saved yet (Ctrl+S saves them).</source>
        <translation>Có thay đổi chưa lưu (Ctrl+S để lưu).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
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
        <translation>Máy chủ văn phòng từ chối lưu kế hoạch của cấp ủy này: tài khoản của anh/chị không được sửa kế hoạch.</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanScheduleModel</name>
    <message>
        <location filename="../ui/plans/PlanScheduleModel.cpp" line="+86"/>
        <source>The date of %1 “%2” is not a date: %3.</source>
        <translation>Ngày đại hội của %1 “%2” không phải là ngày: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time of %1 “%2” is not a time: %3.</source>
        <translation>Giờ đại hội của %1 “%2” không phải là giờ: %3.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Held on %1</source>
        <translation>Đã tổ chức ngày %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilot congress: held first, by the pilot deadline</source>
        <translation>Đại hội điểm: tổ chức trước, trong hạn của đại hội điểm</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Pilot congress (held first)</source>
        <translation>Đại hội điểm (tổ chức trước)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Party cell</source>
        <translation>Chi bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member attending</source>
        <translation>Đồng chí phụ trách dự</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanStanding</name>
    <message>
        <location filename="../app/domain/plans/PlanStanding.cpp" line="+21"/>
        <source>held on time</source>
        <translation>đã tổ chức đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held late</source>
        <translation>đã tổ chức chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>quá hạn, chưa tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upcoming</source>
        <translation>sắp tổ chức (14 ngày tới)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scheduled</source>
        <translation>chưa xếp lịch hoặc chưa đến lịch</translation>
    </message>
</context>
<context>
    <name>daihoi::PlanValidator</name>
    <message>
        <location filename="../app/domain/plans/PlanValidator.cpp" line="+29"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 dài %2 ký tự; chỉ được tối đa %3 ký tự.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a control character.</source>
        <translation>%1 có ký tự điều khiển (không in được).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan&apos;s number is empty, e.g. 74-KH/ĐU.</source>
        <translation>Chưa nhập số kế hoạch, ví dụ 74-KH/ĐU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan&apos;s number</source>
        <translation>Số kế hoạch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s date is empty.</source>
        <translation>Chưa nhập ngày ban hành kế hoạch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline %1 is before the period&apos;s first day %2.</source>
        <translation>Hạn hoàn thành %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pilot congresses&apos; deadline %1 is before the period&apos;s first day %2.</source>
        <translation>Hạn đại hội điểm %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The pilot congresses&apos; deadline %1 is after the plan&apos;s deadline %2.</source>
        <translation>Hạn đại hội điểm %1 sau hạn hoàn thành của kế hoạch %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timetable names a unit that is not one of this committee&apos;s.</source>
        <translation>Lịch đại hội có một đơn vị không trực thuộc cấp ủy này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is on the timetable twice.</source>
        <translation>%1 có hai dòng trong lịch đại hội.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The place of %1</source>
        <translation>Địa điểm của %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member attending %1</source>
        <translation>Đồng chí phụ trách dự đại hội %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A work item&apos;s number must be 1 or more, not %1.</source>
        <translation>Số thứ tự đầu việc phải từ 1 trở lên, không phải %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Work item %1 is numbered twice.</source>
        <translation>Đầu việc số %1 bị đánh số hai lần.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work item %1 has no title.</source>
        <translation>Đầu việc số %1 chưa có nội dung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The title of work item %1</source>
        <translation>Nội dung đầu việc số %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who answers for work item %1</source>
        <translation>Đơn vị, người thực hiện đầu việc số %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item %1 is done but the day it was done is empty.</source>
        <translation>Đầu việc số %1 đã xong nhưng chưa nhập ngày hoàn thành.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work item %1 has a day done but is not marked done.</source>
        <translation>Đầu việc số %1 có ngày hoàn thành nhưng chưa đánh dấu là xong.</translation>
    </message>
</context>
<context>
    <name>daihoi::Progress</name>
    <message>
        <location filename="../app/domain/Progress.cpp" line="+12"/>
        <source>%1 branches have held their congress (%2 %)</source>
        <translation>%1 chi bộ đã tổ chức đại hội (%2 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 subordinate party organisations have held their congress (%2 %)</source>
        <translation>%1 tổ chức đảng trực thuộc đã tổ chức đại hội (%2 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from %1 to the end of %2</source>
        <translation>từ ngày %1 đến hết ngày %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ProgressPanel</name>
    <message>
        <location filename="../ui/ProgressPanel.cpp" line="+121"/>
        <source>Committees elected: composition over all units</source>
        <translation>Cấp ủy được bầu: cơ cấu chung của các đơn vị</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>Số ngày chậm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Sắp tổ chức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Against %1, on %2</source>
        <translation>Theo %1, tính đến ngày %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 — congresses of the term %2</source>
        <translation>%1 — đại hội nhiệm kỳ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subordinate units.</source>
        <translation>Không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Held %1.</source>
        <translation>Đã tổ chức %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None held yet.</source>
        <translation>Chưa có đơn vị nào tổ chức đại hội.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every subordinate unit has held its congress (%1):</source>
        <translation>Tất cả các đơn vị trực thuộc đã tổ chức đại hội (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held (%1):</source>
        <translation>Đã tổ chức đại hội (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet held (%1):</source>
        <translation>Chưa tổ chức đại hội (%1):</translation>
    </message>
</context>
<context>
    <name>daihoi::QualityRatings</name>
    <message>
        <location filename="../app/domain/targets/QualityRating.cpp" line="+48"/>
        <source>fulfilled tasks excellently</source>
        <translation>hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fulfilled tasks well</source>
        <translation>hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fulfilled tasks</source>
        <translation>hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not fulfil tasks</source>
        <translation>không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clean and strong (former level)</source>
        <translation>trong sạch vững mạnh (mức xếp loại trước đây)</translation>
    </message>
</context>
<context>
    <name>daihoi::RatingEvaluation</name>
    <message>
        <location filename="../app/domain/targets/RatingEvaluation.cpp" line="+89"/>
        <source>%1: %2</source>
        <translation>Năm %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at the level</source>
        <translation>đạt mức</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below the level</source>
        <translation>dưới mức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2/%3 (%4 %)</source>
        <translation>Năm %1: %2/%3 (%4 %)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ratings missing for %1</source>
        <translation>chưa có kết quả xếp loại năm %1</translation>
    </message>
</context>
<context>
    <name>daihoi::RatingTableModel</name>
    <message>
        <location filename="../ui/targets/RatingTableModel.cpp" line="+100"/>
        <source>%1, %2: a number of members, 0 or more, is needed (“%3” entered).</source>
        <translation>Năm %1, %2: cần nhập số đảng viên, từ 0 trở lên (đã nhập “%3”).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit rated</source>
        <translation>Xếp loại đơn vị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members: excellent</source>
        <translation>Đảng viên: hoàn thành xuất sắc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well</source>
        <translation>Hoàn thành tốt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not fulfilled</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rated</source>
        <translation>Tổng số được xếp loại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Well or above</source>
        <translation>Tốt trở lên</translation>
    </message>
</context>
<context>
    <name>daihoi::ReachedValue</name>
    <message>
        <location filename="../app/domain/targets/ReachedValue.cpp" line="+20"/>
        <source>“%1” does not start with a number.</source>
        <translation>“%1” không bắt đầu bằng một số.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The value reached for “%1” is given in “%2”, but the target has no unit: enter the number alone.</source>
        <translation>Kết quả thực hiện của “%1” được nhập theo đơn vị “%2”, nhưng chỉ tiêu không có đơn vị tính: hãy chỉ nhập số.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value reached for “%1” is given in “%2”, but the target is set in “%3”: enter it in %3.</source>
        <translation>Kết quả thực hiện của “%1” được nhập theo đơn vị “%2”, nhưng chỉ tiêu được đặt theo đơn vị “%3”: hãy nhập theo đơn vị %3.</translation>
    </message>
</context>
<context>
    <name>daihoi::RecentDatabasesMenu</name>
    <message>
        <location filename="../ui/office/RecentDatabasesMenu.cpp" line="+35"/>
        <source>(none yet)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>daihoi::RecordApprovalsEdit</name>
    <message numerus="yes">
        <location filename="../ui/commands/RecordApprovalsEdit.cpp" line="+22"/>
        <source>Record the approval of %n committee(s) (%1)</source>
        <translation>
            <numerusform>Ghi chuẩn y %n chi ủy (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>daihoi::RecordChangedBar</name>
    <message>
        <location filename="../ui/widgets/RecordChangedBar.cpp" line="+19"/>
        <source>This record was just changed on another computer. What you typed is kept; Reload shows the other change.</source>
        <translation>Bản ghi này vừa được thay đổi ở máy khác. Những gì bạn đã nhập vẫn được giữ; bấm Tải lại để xem thay đổi đó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>daihoi::RenameUnitEdit</name>
    <message>
        <location filename="../ui/commands/RenameUnitEdit.cpp" line="+10"/>
        <source>Rename %1 to %2</source>
        <translation>Đổi tên %1 thành %2</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportBuilder</name>
    <message>
        <location filename="../app/reports/ReportBuilder.cpp" line="+53"/>
        <source>%1 (%2) has no subordinate units: a summary report is made by a party committee about its units.</source>
        <translation>%1 (%2) không có đơn vị trực thuộc: báo cáo tổng hợp do cấp ủy lập về các đơn vị trực thuộc của mình.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) is not a branch: the congress report and minutes, the resolution, the approval request and the vote counting minutes are made by a branch (chi bộ) about its own congress.</source>
        <translation>%1 (%2) không phải là chi bộ: báo cáo kết quả đại hội, biên bản đại hội, nghị quyết đại hội, tờ trình đề nghị chuẩn y và biên bản kiểm phiếu do chi bộ lập về đại hội của chính chi bộ đó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2) has no congress recorded in the term %3.</source>
        <translation>%1 (%2) chưa có hồ sơ đại hội nhiệm kỳ %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The congress of %1 (%2) in the term %3 has not been held yet.</source>
        <translation>Đại hội nhiệm kỳ %3 của %1 (%2) chưa được tổ chức.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The congress of %1 (%2) has no election recorded.</source>
        <translation>Đại hội của %1 (%2) chưa có kết quả bầu cử nào được ghi nhận.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No round of the congress of %1 (%2) is counted ballot by ballot.</source>
        <translation>Đại hội của %1 (%2) chưa có lần bầu nào được kiểm từng phiếu.</translation>
    </message>
    <message>
        <location filename="../app/reports/ReportBuilderDecision.cpp" line="+23"/>
        <source>%1 (%2) has no committee above it: a decision approving its elected committee is issued by the committee above the branch.</source>
        <translation>%1 (%2) không có cấp ủy cấp trên: quyết định chuẩn y kết quả bầu cử của chi bộ do cấp ủy cấp trên ban hành.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2) has no elected committee recorded in the term %3: its congress must be held and its elections entered before the committee above approves them.</source>
        <translation>%1 (%2) chưa có kết quả bầu cử cấp ủy trong nhiệm kỳ %3: chi bộ phải tổ chức đại hội và nhập kết quả bầu cử trước khi cấp ủy cấp trên chuẩn y.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No branch directly under %1 (%2) has election results waiting for approval in the term %3: every held congress with an elected committee is already approved.</source>
        <translation>Không có chi bộ trực thuộc %1 (%2) nào có kết quả bầu cử đang chờ chuẩn y trong nhiệm kỳ %3: các chi bộ đã đại hội và bầu cấp ủy đều đã được chuẩn y.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number: &quot;%1&quot; does not start with a number, so the %2 decisions cannot be numbered on from it (e.g. 125-QĐ/ĐU, 126-QĐ/ĐU, …). Leave it empty to write the numbers by hand.</source>
        <translation>Số: &quot;%1&quot; không bắt đầu bằng chữ số nên không thể đánh số tiếp cho %2 quyết định (ví dụ 125-QĐ/ĐU, 126-QĐ/ĐU, …). Để trống nếu muốn ghi số bằng tay.</translation>
    </message>
    <message>
        <location filename="../app/reports/ReportBuilderPlan.cpp" line="+16"/>
        <source>%1 (%2) has no plan for the term %3: record the committee&apos;s plan and its timetable first.</source>
        <translation>%1 (%2) chưa có kế hoạch cho nhiệm kỳ %3: hãy nhập kế hoạch của cấp ủy và lịch đại hội trước.</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/ReportCommand.cpp" line="+42"/>
        <source>Recorded the approval of %n committee(s) (%1).</source>
        <translation>
            <numerusform>Đã ghi chuẩn y %n chi ủy (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--record-approvals records decisions: use it with --kind decision and --number.</source>
        <translation>--record-approvals dùng để ghi chuẩn y theo quyết định: hãy dùng kèm --kind decision và --number.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--out %1: the file must end in .pdf, .odt or .xlsx, which chooses its format.</source>
        <translation>--out %1: tên tệp phải có đuôi .pdf, .odt hoặc .xlsx; phần đuôi quyết định định dạng.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Usage: daihoi-cli report FILE --unit CODE --term 2022-2025 --kind summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log|plan-schedule|agenda --out OUT.pdf|OUT.odt|OUT.xlsx [--html OUT.html] [--number 12-BC/ĐU] [--place PLACE] [--date YYYY-MM-DD] [--signer NAME] [--signer-title TITLE] [--record-approvals] [--on YYYY-MM-DD]</source>
        <translation>Cách dùng: daihoi-cli report TỆP --unit MÃ --term 2022-2025 --kind summary|congress|approval|tally|decision|resolution|minutes|statistics|ballot-log|plan-schedule|agenda --out TỆPRA.pdf|TỆPRA.odt|TỆPRA.xlsx [--html TỆPRA.html] [--number 12-BC/ĐU] [--place ĐỊADANH] [--date YYYY-MM-DD] [--signer HỌTÊN] [--signer-title CHỨCVỤ] [--record-approvals] [--on YYYY-MM-DD]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The extension of --out chooses the format: .pdf to print, .odt to edit in Word or LibreOffice, .xlsx (summary, statistics, plan-schedule and agenda only) to rework the table in Excel.</source>
        <translation>Phần đuôi của --out quyết định định dạng: .pdf để in, .odt để sửa bằng Word hoặc LibreOffice, .xlsx (chỉ cho summary, statistics, plan-schedule và agenda) để xử lý bảng bằng Excel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind agenda prints the plan&apos;s congresses of 14 days from the day --on gives (default today).</source>
        <translation>--kind agenda in lịch đại hội theo kế hoạch trong 14 ngày tính từ ngày ghi ở --on (mặc định là hôm nay).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown report kind &quot;%1&quot;: use summary, congress, approval, tally, decision, resolution, minutes, statistics, ballot-log, plan-schedule or agenda.</source>
        <translation>Không có loại văn bản &quot;%1&quot;: hãy dùng summary, congress, approval, tally, decision, resolution, minutes, statistics, ballot-log, plan-schedule hoặc agenda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--on gives the first day of an agenda: use it with --kind agenda.</source>
        <translation>--on là ngày bắt đầu của lịch đại hội 14 ngày: chỉ dùng cùng --kind agenda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on &quot;%1&quot;: the agenda&apos;s first day is not written as YYYY-MM-DD.</source>
        <translation>--on &quot;%1&quot;: ngày bắt đầu của lịch không viết theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out %1: --kind %2 is a document, not a table; write it as .pdf or .odt (.xlsx is for --kind summary, --kind statistics, --kind plan-schedule and --kind agenda).</source>
        <translation>--out %1: --kind %2 là văn bản, không phải bảng biểu; hãy ghi thành .pdf hoặc .odt (.xlsx chỉ dùng cho --kind summary, --kind statistics, --kind plan-schedule và --kind agenda).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The date &quot;%1&quot; is not written as YYYY-MM-DD.</source>
        <translation>Ngày &quot;%1&quot; không đúng dạng YYYY-MM-DD (năm-tháng-ngày).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing needs the program&apos;s graphics support, which this build of daihoi-cli did not start.</source>
        <translation>Chức năng in cần phần hỗ trợ đồ họa của chương trình, nhưng bản daihoi-cli này chưa khởi động phần đó.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Wrote %1 (%n row(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n dòng).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+13"/>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportDialog</name>
    <message>
        <location filename="../ui/reports/ReportDialog.cpp" line="+112"/>
        <source>Print documents — %1, term %2</source>
        <translation>In văn bản — %1, nhiệm kỳ %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: &quot;ngày … tháng … năm …&quot; to fill in by hand</source>
        <translation>để trống: in &quot;ngày … tháng … năm …&quot; để viết tay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One recipient a line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Document:</source>
        <translation>&amp;Loại văn bản:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda lists the congresses of this day and the 13 days after it.</source>
        <translation>Lịch liệt kê các đại hội của ngày này và 13 ngày tiếp theo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda &amp;from:</source>
        <translation>Lịch từ n&amp;gày:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan &amp;cấp trên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ate:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Kính gửi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signs &amp;on behalf of:</source>
        <translation>&amp;Thay mặt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signer&apos;s &amp;title:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signer:</source>
        <translation>&amp;Họ tên người ký:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients:</source>
        <translation>&amp;Nơi nhận:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;Word (.odt)…</source>
        <translation>Lưu thành &amp;Word (.odt)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as E&amp;xcel (.xlsx)…</source>
        <translation>Lưu thành E&amp;xcel (.xlsx)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has no document to print: it has no subordinate units and is not a branch.</source>
        <translation>%1 không có văn bản để in: đơn vị này không có đơn vị trực thuộc và không phải là chi bộ.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Not printed: the agenda&apos;s first day “%1” is not a date: %2.</source>
        <translation>Chưa in: ngày bắt đầu của lịch “%1” không phải là ngày hợp lệ: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. 12%1; empty leaves a space to write it by hand</source>
        <translation>ví dụ: 12%1; để trống thì chừa chỗ để viết tay</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not printed: the date “%1” is not a date: %2.</source>
        <translation>Chưa in: ngày “%1” không phải là ngày hợp lệ: %2.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The document could not be sent to the printer.</source>
        <translation>Không gửi được văn bản đến máy in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record the approvals</source>
        <translation>Ghi chuẩn y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decisions&apos; number and date on the committees they approve?</source>
        <translation>Ghi số và ngày quyết định vào các chi ủy được chuẩn y?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n committee(s), %1, dated %2.</source>
        <translation>
            <numerusform>%n chi ủy, quyết định %1, ngày %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save as Word</source>
        <translation>Lưu thành tệp Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save as Excel</source>
        <translation>Lưu thành tệp Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportKinds</name>
    <message>
        <location filename="../app/reports/ReportKind.cpp" line="+56"/>
        <source>Summary report of the subordinate units&apos; congresses</source>
        <translation>Báo cáo tổng hợp kết quả đại hội các đơn vị trực thuộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report on the results of the congress</source>
        <translation>Báo cáo kết quả đại hội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request to approve the elected committee</source>
        <translation>Tờ trình đề nghị chuẩn y kết quả bầu cử cấp ủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote counting minutes (every round)</source>
        <translation>Biên bản kiểm phiếu (tất cả các lần bầu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision approving the election results</source>
        <translation>Quyết định chuẩn y kết quả bầu cử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution of the congress</source>
        <translation>Nghị quyết đại hội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes of the congress</source>
        <translation>Biên bản đại hội</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics table of the elected committees</source>
        <translation>Biểu thống kê cấp ủy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballot entry log (rounds counted ballot by ballot)</source>
        <translation>Nhật ký nhập phiếu bầu (các lần bầu kiểm từng phiếu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timetable of the units&apos; congresses (the plan&apos;s appendix)</source>
        <translation>Lịch tổ chức đại hội các chi bộ (phụ lục kế hoạch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda: congresses of the 14 days from a day</source>
        <translation>Lịch đại hội 14 ngày tới (tính từ một ngày)</translation>
    </message>
</context>
<context>
    <name>daihoi::ReportTables</name>
    <message>
        <location filename="../app/reports/ReportTables.cpp" line="+22"/>
        <source>%1 is a document, not a table: save it as PDF or Word (.odt).</source>
        <translation>%1 là văn bản, không phải bảng biểu: hãy lưu thành PDF hoặc Word (.odt).</translation>
    </message>
</context>
<context>
    <name>daihoi::RetireUnitEdit</name>
    <message>
        <location filename="../ui/commands/RetireUnitEdit.cpp" line="+10"/>
        <source>Retire %1</source>
        <translation>Giải thể %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore %1</source>
        <translation>Khôi phục %1</translation>
    </message>
</context>
<context>
    <name>daihoi::RoundCandidatesModel</name>
    <message>
        <location filename="../ui/models/RoundCandidatesModel.cpp" line="+91"/>
        <source>Elected</source>
        <translation>Trúng cử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not elected</source>
        <translation>Không trúng cử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tie: another round needed</source>
        <translation>Số phiếu bằng nhau – phải bầu lần tiếp theo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Candidate</source>
        <translation>Người trong danh sách bầu cử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% of base</source>
        <translation>Tỷ lệ so với căn cứ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>daihoi::RoundResult</name>
    <message>
        <location filename="../app/domain/elections/RoundResult.cpp" line="+16"/>
        <source>Tie at %1 votes between %2: none of them is elected in this round; another round is needed among them.</source>
        <translation>Số phiếu bằng nhau (%1 phiếu) giữa %2: không ai trong số này trúng cử ở lần bầu này; cần bầu lần tiếp theo giữa những người này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seats left unfilled: %1 of %2. Another round may be held for them, or the congress may stop and leave them unfilled.</source>
        <translation>Bầu thiếu: còn %1 trong số %2 người cần bầu. Đại hội có thể bầu lần tiếp theo cho số còn thiếu, hoặc dừng bầu và để thiếu.</translation>
    </message>
</context>
<context>
    <name>daihoi::RoundTally</name>
    <message>
        <location filename="../app/domain/elections/RoundTally.cpp" line="+49"/>
        <source>Candidates (%1) are fewer than the seats (%2): at most %1 of the seats can be filled in this round.</source>
        <translation>Số người trong danh sách bầu cử (%1) ít hơn số lượng cần bầu (%2): lần bầu này chỉ có thể bầu được tối đa %1 người.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Seats (%1) must be at least 1.</source>
        <translation>Số lượng cần bầu (%1) phải ít nhất là 1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>A secretary election fills one seat, not %1.</source>
        <translation>Bầu Bí thư chỉ bầu 1 người, không phải %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Voters present (%1) cannot be negative.</source>
        <translation>Số người có mặt bỏ phiếu (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots issued (%1) cannot be negative.</source>
        <translation>Số phiếu phát ra (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ballots collected (%1) cannot be negative.</source>
        <translation>Số phiếu thu vào (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid ballots (%1) cannot be negative.</source>
        <translation>Số phiếu hợp lệ (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid ballots (%1) cannot be negative.</source>
        <translation>Số phiếu không hợp lệ (%1) không được là số âm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes for %1 (%2) cannot be negative.</source>
        <translation>Số phiếu bầu cho %1 (%2) không được là số âm.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The candidate list is empty; a round needs at least one candidate.</source>
        <translation>Danh sách bầu cử trống; mỗi lần bầu phải có ít nhất một người trong danh sách.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Candidate number %1 has no name.</source>
        <translation>Người thứ %1 trong danh sách bầu cử chưa có họ tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed more than once; give each candidate a distinct name.</source>
        <translation>%1 có tên nhiều lần trong danh sách; mỗi người trong danh sách bầu cử phải có tên phân biệt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Voters present (%1) exceed the official delegates summoned (%2).</source>
        <translation>Số người có mặt bỏ phiếu (%1) lớn hơn số đại biểu chính thức được triệu tập (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voters present (%1) exceed the official members summoned (%2).</source>
        <translation>Số người có mặt bỏ phiếu (%1) lớn hơn số đảng viên chính thức được triệu tập (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voters present (%1) exceed the base (%2); those excluded from the base are absent and do not vote.</source>
        <translation>Số người có mặt bỏ phiếu (%1) lớn hơn căn cứ tính tỷ lệ (%2); những người không tính vào căn cứ là người vắng mặt, không bỏ phiếu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ballots issued (%1) exceed voters present (%2).</source>
        <translation>Số phiếu phát ra (%1) lớn hơn số người có mặt bỏ phiếu (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ballots collected (%1) exceed ballots issued (%2).</source>
        <translation>Số phiếu thu vào (%1) lớn hơn số phiếu phát ra (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid (%1) plus invalid (%2) ballots make %3, not the %4 ballots collected.</source>
        <translation>Số phiếu hợp lệ (%1) cộng số phiếu không hợp lệ (%2) bằng %3, không khớp với %4 phiếu thu vào.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has %2 votes, more than the %3 valid ballots.</source>
        <translation>%1 được %2 phiếu, nhiều hơn số phiếu hợp lệ (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The candidates&apos; votes add up to %1, more than valid ballots (%2) × seats (%3) = %4; a valid ballot keeps at most %3 names.</source>
        <translation>Tổng số phiếu bầu của những người trong danh sách là %1, nhiều hơn số phiếu hợp lệ (%2) × số lượng cần bầu (%3) = %4; mỗi phiếu hợp lệ chỉ giữ lại tối đa %3 tên.</translation>
    </message>
</context>
<context>
    <name>daihoi::RowVersions</name>
    <message>
        <location filename="../app/storage/RowVersions.cpp" line="+110"/>
        <source>This congress was deleted meanwhile. Your data has not been saved.</source>
        <translation>Đại hội này vừa bị xóa. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This election was deleted meanwhile. Your data has not been saved.</source>
        <translation>Cuộc bầu cử này vừa bị xóa. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit was deleted meanwhile. Your data has not been saved.</source>
        <translation>Đơn vị này vừa bị xóa. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another clerk</source>
        <translation>một cán bộ khác</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>thời điểm không rõ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This congress was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>Đại hội này vừa được %1 sửa lúc %2. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This election was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>Cuộc bầu cử này vừa được %1 sửa lúc %2. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This unit was just changed by %1 at %2. Your data has not been saved.</source>
        <translation>Đơn vị này vừa được %1 sửa lúc %2. Dữ liệu của bạn chưa được lưu.</translation>
    </message>
</context>
<context>
    <name>daihoi::SavePlanEdit</name>
    <message>
        <location filename="../ui/plans/SavePlanEdit.cpp" line="+26"/>
        <source>Not saved: another clerk changed this plan meanwhile. Look at their change, then make yours again.</source>
        <translation>Chưa lưu: người khác vừa thay đổi kế hoạch này. Xem thay đổi của họ rồi làm lại thay đổi của mình.</translation>
    </message>
</context>
<context>
    <name>daihoi::SchemaMigrator</name>
    <message>
        <location filename="../app/storage/SchemaMigrator.cpp" line="+168"/>
        <source>The database version %1 is newer than this program&apos;s %2.</source>
        <translation>Phiên bản cơ sở dữ liệu %1 mới hơn phiên bản %2 mà chương trình này hỗ trợ.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Migration to version %1 failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>daihoi::SearchResultsModel</name>
    <message>
        <location filename="../ui/models/SearchResultsModel.cpp" line="+54"/>
        <source>%1 — committee of %2, %3</source>
        <translation>%1 — cấp ủy %2, nhiệm kỳ %3</translation>
    </message>
</context>
<context>
    <name>daihoi::SecretaryElection</name>
    <message>
        <location filename="../app/domain/elections/SecretaryElection.cpp" line="+31"/>
        <source>No secretary was elected in %1 rounds: the higher committee appoints the secretary.</source>
        <translation>Sau %1 lần bầu không bầu được Bí thư: cấp trên chỉ định Bí thư.</translation>
    </message>
</context>
<context>
    <name>daihoi::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+26"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> years</source>
        <translation> tuổi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The share of women the elected committees should reach; the composition chart marks it.</source>
        <translation>Tỷ lệ nữ mà cấp ủy được bầu cần đạt; biểu đồ cơ cấu đánh dấu mức này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of young members the elected committees should reach; the composition chart marks it.</source>
        <translation>Tỷ lệ cấp ủy viên trẻ mà cấp ủy được bầu cần đạt; biểu đồ cơ cấu đánh dấu mức này.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded with every change you make in a database file; an office database records your login instead.</source>
        <translation>Được ghi kèm mỗi thay đổi bạn thực hiện trên tệp cơ sở dữ liệu; cơ sở dữ liệu văn phòng ghi tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>of the base present</source>
        <translation>số người trong căn cứ tính tỷ lệ có mặt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Số lượng tham dự:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Young members are under:</source>
        <translation>Cấp ủy viên &amp;trẻ là người dưới:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: &amp;women on committees at least:</source>
        <translation>Chỉ tiêu: nữ trong cấp ủy &amp;ít nhất:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: y&amp;oung members at least:</source>
        <translation>&amp;Chỉ tiêu: cấp ủy viên trẻ ít nhất:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name in the change history:</source>
        <translation>&amp;Tên của bạn trong lịch sử thay đổi:</translation>
    </message>
</context>
<context>
    <name>daihoi::SheetExport</name>
    <message>
        <location filename="../ui/reports/SheetExport.cpp" line="+33"/>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>daihoi::SummaryChartPictures</name>
    <message>
        <location filename="../app/reports/charts/SummaryChartPictures.cpp" line="+27"/>
        <source>The charts of the summary report can only be drawn by a program with widgets.</source>
        <translation>Chỉ chương trình có giao diện đồ họa mới vẽ được biểu đồ của báo cáo tổng hợp.</translation>
    </message>
</context>
<context>
    <name>daihoi::SummaryCommand</name>
    <message>
        <location filename="../app/cli/SummaryCommand.cpp" line="+19"/>
        <source>Usage: daihoi-cli summary FILE --unit CODE --term 2022-2025</source>
        <translation>Cách dùng: daihoi-cli summary TỆP --unit MÃ --term 2022-2025</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (%2), term %3</source>
        <translation>%1 (%2), nhiệm kỳ %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no subordinate units.</source>
        <translation>%1 không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no congress recorded</source>
        <translation>chưa có hồ sơ đại hội</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <translation>tạm hoãn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>dự kiến tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet held: %1 (%2), %3</source>
        <translation>Chưa tổ chức đại hội: %1 (%2), %3</translation>
    </message>
</context>
<context>
    <name>daihoi::SyntheticDataGenerator</name>
    <message>
        <location filename="../app/services/SyntheticDataGenerator.cpp" line="+196"/>
        <source>The database already holds units; synthetic data is only written into an empty database.</source>
        <translation>Cơ sở dữ liệu đã có đơn vị; dữ liệu giả lập chỉ được ghi vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units: at least 5 chi bộ (%1 asked).</source>
        <translation>Số đơn vị: ít nhất 5 chi bộ (yêu cầu %1).</translation>
    </message>
</context>
<context>
    <name>daihoi::TallyCommand</name>
    <message>
        <location filename="../app/cli/JsonFields.cpp" line="+19"/>
        <source>Missing key &quot;%1&quot; in %2.</source>
        <translation>Thiếu khóa &quot;%1&quot; trong %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/TallyCommand.cpp" line="+61"/>
        <source>Unknown key &quot;%1&quot; in %2.</source>
        <translation>Khóa &quot;%1&quot; trong %2 không được hỗ trợ.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; in %2 must be a whole number.</source>
        <translation>&quot;%1&quot; trong %2 phải là số nguyên.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; in %2 must be an object.</source>
        <translation>&quot;%1&quot; trong %2 phải là một đối tượng (object).</translation>
    </message>
    <message>
        <location filename="../app/cli/TallyCommand.cpp" line="-16"/>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;congress&quot; must be &quot;party-members&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;congress&quot; phải là &quot;party-members&quot; hoặc &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;office&quot; must be &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; or &quot;delegates&quot;.</source>
        <translation>&quot;office&quot; phải là &quot;committee&quot;, &quot;secretary&quot;, &quot;deputy-secretary&quot; hoặc &quot;delegates&quot;.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&quot;candidates&quot; must be an array.</source>
        <translation>&quot;candidates&quot; phải là một mảng (array).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>candidate number %1</source>
        <translation>người thứ %1 trong danh sách</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with &quot;name&quot; and &quot;votes&quot;.</source>
        <translation>%1 phải là một đối tượng có &quot;name&quot; và &quot;votes&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;name&quot; in %1 must be a string.</source>
        <translation>&quot;name&quot; trong %1 phải là một chuỗi ký tự.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>daihoi-cli tally: cannot read %1: %2</source>
        <translation>daihoi-cli tally: không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi-cli tally: %1 is not valid JSON: %2 at offset %3</source>
        <translation>daihoi-cli tally: %1 không phải JSON hợp lệ: %2 tại vị trí %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daihoi-cli tally: %1 must hold one JSON object.</source>
        <translation>daihoi-cli tally: %1 phải chứa một đối tượng JSON.</translation>
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
        <translation>%1 phải là một đối tượng có &quot;batch&quot;, &quot;number&quot; và &quot;marks&quot; hoặc &quot;invalid&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 needs either &quot;marks&quot; or &quot;invalid&quot;, not both or neither.</source>
        <translation>%1 phải có hoặc &quot;marks&quot; hoặc &quot;invalid&quot;, không được có cả hai hay thiếu cả hai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;marks&quot; in %1 must be a string.</source>
        <translation>&quot;marks&quot; trong %1 phải là một chuỗi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;invalid&quot; in %1 must be &quot;not-issued&quot;, &quot;marked&quot; or &quot;other&quot;.</source>
        <translation>&quot;invalid&quot; trong %1 phải là &quot;not-issued&quot;, &quot;marked&quot; hoặc &quot;other&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&quot;entries&quot; must be an array.</source>
        <translation>&quot;entries&quot; phải là một mảng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry number %1</source>
        <translation>lần nhập thứ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object with &quot;operator&quot; and &quot;ballots&quot;.</source>
        <translation>%1 phải là một đối tượng có &quot;operator&quot; và &quot;ballots&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In %1, &quot;operator&quot; must be a string and &quot;ballots&quot; an array.</source>
        <translation>Trong %1, &quot;operator&quot; phải là một chuỗi và &quot;ballots&quot; phải là một mảng.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ballot number %1 of %2</source>
        <translation>phiếu thứ %1 của %2</translation>
    </message>
</context>
<context>
    <name>daihoi::Target</name>
    <message>
        <location filename="../app/domain/targets/Target.cpp" line="+88"/>
        <source>entered by hand</source>
        <translation>nhập trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members rated at a level or above</source>
        <translation>tỷ lệ đảng viên được xếp loại từ mức đã chọn trở lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>years the unit was rated at a level or above</source>
        <translation>tỷ lệ số năm đơn vị được xếp loại từ mức đã chọn trở lên</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetRepository</name>
    <message>
        <location filename="../app/storage/targets/TargetRepository.cpp" line="+116"/>
        <location line="+34"/>
        <source>The congress record %1 no longer exists.</source>
        <translation>Hồ sơ đại hội %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+16"/>
        <source>The target %1 no longer exists.</source>
        <translation>Chỉ tiêu %1 không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The target to move no longer exists.</source>
        <translation>Chỉ tiêu cần chuyển vị trí không còn tồn tại.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets %1 and %2 belong to different congresses.</source>
        <translation>Các chỉ tiêu %1 và %2 thuộc các đại hội khác nhau.</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetResults</name>
    <message>
        <location filename="../app/domain/targets/TargetResult.cpp" line="+41"/>
        <source>not reviewed</source>
        <translation>chưa đánh giá</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not achieved</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>achieved</source>
        <translation>đạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetTableModel</name>
    <message>
        <location filename="../ui/targets/TargetTableModel.cpp" line="+55"/>
        <source>entered</source>
        <translation>nhập trực tiếp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members “%1” or above</source>
        <translation>đảng viên “%1” trở lên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit “%1” or above</source>
        <translation>đơn vị “%1” trở lên</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>“%1” is not a comparison; use ≥, ≤ or =.</source>
        <translation>“%1” không phải là phép so sánh; hãy dùng ≥, ≤ hoặc =.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value of “%1”: %2</source>
        <translation>Giá trị của “%1”: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Group</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached from</source>
        <translation>Cách tính kết quả</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reached</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetTally</name>
    <message>
        <location filename="../app/domain/targets/TargetTally.cpp" line="+35"/>
        <source>%1/%2 targets achieved or exceeded</source>
        <translation>đạt và vượt %1/%2 chỉ tiêu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 exceeded, %2 achieved, %3 not achieved</source>
        <translation>vượt %1, đạt %2, không đạt %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not reviewed yet</source>
        <translation>%1 chỉ tiêu chưa đánh giá</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetValidator</name>
    <message>
        <location filename="../app/domain/targets/TargetValidator.cpp" line="+13"/>
        <source>Every target needs a name.</source>
        <translation>Mỗi chỉ tiêu phải có tên.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target “%1” needs a group, e.g. Party building.</source>
        <translation>Chỉ tiêu “%1” phải có lĩnh vực, ví dụ: Xây dựng Đảng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target “%1” is computed from the ratings as a share in %, not in “%2”.</source>
        <translation>Chỉ tiêu “%1” được tính từ kết quả xếp loại theo tỷ lệ %, không tính theo “%2”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target “%1”: a share must lie between 0 and 100 % (%2 entered).</source>
        <translation>Chỉ tiêu “%1”: tỷ lệ phải nằm trong khoảng từ 0 đến 100 % (đã nhập %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target “%1”: members are not rated “%2”; choose one of the four member levels.</source>
        <translation>Chỉ tiêu “%1”: đảng viên không được xếp loại “%2”; hãy chọn một trong bốn mức xếp loại đảng viên.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A direction item needs its text.</source>
        <translation>Mỗi mục phương hướng, nhiệm vụ, giải pháp phải có nội dung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Year %1 is not a plausible rating year.</source>
        <translation>Năm %1 không phải là năm xếp loại hợp lý.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: members rated “%2” cannot be negative (%3).</source>
        <translation>Năm %1: số đảng viên xếp loại “%2” không được là số âm (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: members are not rated “%2” (%3 entered); that level was for organisations.</source>
        <translation>Năm %1: đảng viên không được xếp loại “%2” (đã nhập %3); mức này trước đây dùng để xếp loại tổ chức đảng.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating level</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members rated</source>
        <translation>Số đảng viên được xếp loại</translation>
    </message>
</context>
<context>
    <name>daihoi::TargetsPanel</name>
    <message>
        <location filename="../ui/targets/TargetsPanel.cpp" line="+95"/>
        <source>&amp;Targets and review</source>
        <translation>C&amp;hỉ tiêu và đánh giá kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction, tasks, solutions</source>
        <translation>&amp;Phương hướng, nhiệm vụ, giải pháp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yearly ratings</source>
        <translation>&amp;Xếp loại hằng năm</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Target, e.g. Admit 2 new members</source>
        <translation>Chỉ tiêu, ví dụ: Kết nạp 2 đảng viên mới</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add target</source>
        <translation>Thêm &amp;chỉ tiêu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move u&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve target</source>
        <translation>Xó&amp;a chỉ tiêu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the previous term&apos;s targets</source>
        <translation>Sa&amp;o chép chỉ tiêu của nhiệm kỳ trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Mũi tên lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Mũi tên xuống</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Group:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Text of the item, as the resolution words it</source>
        <translation>Nội dung của mục, đúng như nghị quyết ghi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;item</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not rated)</source>
        <translation>(chưa xếp loại)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each year of the term: the unit&apos;s own rating and how many members were rated at each level. Rating-based targets (such as 100 % of members fulfilling tasks well or above every year) are computed from these counts.</source>
        <translation>Từng năm trong nhiệm kỳ: kết quả xếp loại của đơn vị và số đảng viên được xếp loại ở từng mức. Các chỉ tiêu tính theo kết quả xếp loại (như hằng năm 100 % đảng viên hoàn thành tốt nhiệm vụ trở lên) được tính từ các số liệu này.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a term and a unit.</source>
        <translation>Hãy chọn nhiệm kỳ và đơn vị.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Resolution of the congress of %1, term %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nghị quyết đại hội %1, nhiệm kỳ %2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no congress recorded for the term %2. Create the congress record first; its resolution and targets are entered here.</source>
        <translation>%1 chưa có hồ sơ đại hội nhiệm kỳ %2. Hãy tạo hồ sơ đại hội trước; nghị quyết và chỉ tiêu của đại hội được nhập tại đây.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No targets entered yet.</source>
        <translation>Chưa nhập chỉ tiêu nào.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Value of the target: %1</source>
        <translation>Giá trị của chỉ tiêu: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add target “%1”</source>
        <translation>Thêm chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the value reached of “%1”</source>
        <translation>Nhập kết quả thực hiện của “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit target “%1”</source>
        <translation>Sửa chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove target “%1”</source>
        <translation>Xóa chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move target “%1”</source>
        <translation>Chuyển vị trí chỉ tiêu “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no congress in an earlier term to copy targets from.</source>
        <translation>%1 không có đại hội ở nhiệm kỳ trước để sao chép chỉ tiêu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The congress of the term %1 has no targets to copy.</source>
        <translation>Đại hội nhiệm kỳ %1 không có chỉ tiêu để sao chép.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copy %n target(s) of the term %1</source>
        <translation>
            <numerusform>Sao chép %n chỉ tiêu của nhiệm kỳ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Copied %n target(s) of the term %1; adjust their values for the new term.</source>
        <translation>
            <numerusform>Đã sao chép %n chỉ tiêu của nhiệm kỳ %1; hãy điều chỉnh giá trị cho phù hợp với nhiệm kỳ mới.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add a direction item (%1)</source>
        <translation>Thêm một mục (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit a direction item (%1)</source>
        <translation>Sửa một mục (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a direction item (%1)</source>
        <translation>Xóa một mục (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move a direction item (%1)</source>
        <translation>Chuyển vị trí một mục (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the %1 ratings of %2</source>
        <translation>Sửa kết quả xếp loại năm %1 của %2</translation>
    </message>
</context>
<context>
    <name>daihoi::TermRepository</name>
    <message>
        <location filename="../app/storage/TermRepository.cpp" line="+60"/>
        <source>No term has the id %1.</source>
        <translation>Không tìm thấy nhiệm kỳ có id %1.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Term: %1–%2 is not a term (the end year must follow the start year by at most 10 years).</source>
        <translation>Nhiệm kỳ: %1–%2 không phải là nhiệm kỳ hợp lệ (năm kết thúc phải sau năm bắt đầu, cách không quá 10 năm).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Term: %1 already exists.</source>
        <translation>Nhiệm kỳ: %1 đã tồn tại.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The term has congress records and cannot be removed.</source>
        <translation>Nhiệm kỳ đã có hồ sơ đại hội nên không thể xóa.</translation>
    </message>
</context>
<context>
    <name>daihoi::TimeText</name>
    <message>
        <location filename="../app/domain/TimeText.cpp" line="+12"/>
        <source>there is no hour %1</source>
        <translation>không có giờ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no minute %1</source>
        <translation>không có phút %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>write the minutes with two digits, e.g. 7:05</source>
        <translation>hãy viết phút bằng hai chữ số, ví dụ 7:05</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>write it as hours:minutes, e.g. 7:30, 0730 or 14h</source>
        <translation>hãy viết theo dạng giờ:phút, ví dụ 7:30, 0730 hoặc 14h</translation>
    </message>
</context>
<context>
    <name>daihoi::Transaction</name>
    <message>
        <location filename="../app/storage/Transaction.cpp" line="+50"/>
        <source>A part of this change failed; nothing was saved.</source>
        <translation>Một phần của thay đổi này không thực hiện được; chưa có dữ liệu nào được lưu.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitDialog</name>
    <message>
        <location filename="../ui/UnitDialog.cpp" line="+21"/>
        <source>Add a party unit</source>
        <translation>Thêm tổ chức đảng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. VH-24</source>
        <translation>ví dụ: VH-24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Chi bộ Tổ dân phố số 15</source>
        <translation>ví dụ: Chi bộ Tổ dân phố số 15</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Under:</source>
        <translation>Trực thuộc:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Code: a unit needs a code that stays the same over time.</source>
        <translation>Mã: mỗi đơn vị phải có một mã không thay đổi theo thời gian.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: a unit needs a name.</source>
        <translation>Tên: đơn vị phải có tên.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitEditActions</name>
    <message>
        <location filename="../ui/UnitEditActions.cpp" line="+21"/>
        <source>&amp;Add subordinate unit…</source>
        <translation>&amp;Thêm đơn vị trực thuộc…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move under another unit…</source>
        <translation>&amp;Chuyển sang trực thuộc đơn vị khác…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>R&amp;etire</source>
        <translation>&amp;Giải thể</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Add term…</source>
        <translation>&amp;Thêm nhiệm kỳ…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>R&amp;estore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rename %1</source>
        <translation>Đổi tên %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add term</source>
        <translation>Thêm nhiệm kỳ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term (e.g. 2025-2030):</source>
        <translation>Nhiệm kỳ (ví dụ: 2025-2030):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Term: &quot;%1&quot; is not written as START-END, e.g. 2025-2030.</source>
        <translation>Nhiệm kỳ: &quot;%1&quot; không đúng dạng NĂMĐẦU-NĂMCUỐI, ví dụ: 2025-2030.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitLevels</name>
    <message>
        <location filename="../app/domain/UnitLevel.cpp" line="+43"/>
        <source>Party committee above grassroots</source>
        <translation>Đảng bộ cấp trên cơ sở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grassroots party committee</source>
        <translation>Đảng bộ cơ sở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-committee</source>
        <translation>Đảng bộ bộ phận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grassroots branch</source>
        <translation>Chi bộ cơ sở</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Chi bộ trực thuộc</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitRepository</name>
    <message>
        <location filename="../app/storage/UnitRepository.cpp" line="+131"/>
        <location line="+37"/>
        <location line="+168"/>
        <source>No unit has the id %1.</source>
        <translation>Không tìm thấy đơn vị có id %1.</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>The unit tree has a cycle at id %1.</source>
        <translation>Cây đơn vị bị lặp vòng tại id %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code: a unit needs a code.</source>
        <translation>Mã: đơn vị phải có mã.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code: %1 is already used by %2.</source>
        <translation>Mã: %1 đã được dùng cho %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+49"/>
        <source>Name: a unit needs a name.</source>
        <translation>Tên: đơn vị phải có tên.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+92"/>
        <source>%1 is a branch: a branch has no subordinate units.</source>
        <translation>%1 là chi bộ: chi bộ không có đơn vị trực thuộc.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 cannot be moved under %2: that unit is part of it.</source>
        <translation>Không thể chuyển %1 sang trực thuộc %2: đơn vị này nằm trong chính đơn vị được chuyển.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The unit still has subordinate units or congress records; retire it instead.</source>
        <translation>Đơn vị vẫn còn đơn vị trực thuộc hoặc hồ sơ đại hội nên không thể xóa; hãy giải thể đơn vị.</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitStatusIcons</name>
    <message>
        <location filename="../ui/widgets/UnitStatusIcons.cpp" line="+89"/>
        <source>Held</source>
        <translation>Đã tổ chức</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date set</source>
        <translation>Đã có lịch</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Postponed</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Not scheduled</source>
        <translation>Chưa có lịch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held from %1 to %2</source>
        <translation>Đã tổ chức từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on %1</source>
        <translation>Đã tổ chức ngày %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned for %1</source>
        <translation>Dự kiến tổ chức ngày %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponed (had been planned for %1)</source>
        <translation>Đã hoãn (trước đó dự kiến ngày %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Congress not scheduled yet</source>
        <translation>Chưa có lịch đại hội</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitStatusLegend</name>
    <message>
        <location filename="../ui/widgets/UnitStatusLegend.cpp" line="+14"/>
        <source>The congress of each unit in the selected term. Point at a unit for the date.</source>
        <translation>Tình hình đại hội của từng đơn vị trong nhiệm kỳ đang chọn. Trỏ chuột vào đơn vị để xem ngày.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue against the plan</source>
        <translation>Quá hạn theo kế hoạch</translation>
    </message>
</context>
<context>
    <name>daihoi::UnitTreeModel</name>
    <message>
        <location filename="../ui/models/UnitTreeModel.cpp" line="+308"/>
        <source>%1 (retired)</source>
        <translation>%1 (đã giải thể)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Congress overdue against the plan (due %1)</source>
        <translation>Quá hạn đại hội theo kế hoạch (hạn %1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party organisation</source>
        <translation>Tổ chức đảng</translation>
    </message>
</context>
<context>
    <name>daihoi::UsersDialog</name>
    <message>
        <location filename="../ui/office/UsersDialog.cpp" line="+29"/>
        <source>&amp;Revoke</source>
        <translation>Thu &amp;hồi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read &amp;only / read and write</source>
        <translation>Chỉ &amp;xem / xem và sửa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dministrator: manages users, reads and writes every unit</source>
        <translation>&amp;Quản trị viên: quản lý người dùng, xem và sửa mọi đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add user</source>
        <translation>Thêm người &amp;dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read onl&amp;y</source>
        <translation>Chỉ x&amp;em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Grant</source>
        <translation>&amp;Cấp quyền</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office users</source>
        <translation>Người dùng văn phòng</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Quyền</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units of the user</source>
        <translation>Đơn vị của người dùng</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grant a unit and everything below it (type its code or pick it):</source>
        <translation>Cấp quyền một đơn vị và mọi đơn vị trực thuộc (gõ mã hoặc chọn trên cây):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code:</source>
        <translation>Mã đơn &amp;vị:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office &amp;users…</source>
        <translation>&amp;Người dùng văn phòng…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (administrator)</source>
        <translation>%1 (quản trị viên)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>read and write</source>
        <translation>xem và sửa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read only</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password: the two passwords differ; type the same password twice.</source>
        <translation>Mật khẩu: hai lần nhập không khớp nhau; hãy gõ cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was added; grant them a unit.</source>
        <translation>Đã thêm %1; hãy cấp quyền cho người này một đơn vị.</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItem</name>
    <message>
        <location filename="../app/domain/plans/WorkItem.cpp" line="+39"/>
        <source>not started</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>đang làm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItemTableModel</name>
    <message>
        <location filename="../ui/plans/WorkItemTableModel.cpp" line="+45"/>
        <source>A work item&apos;s number “%1” is not a number.</source>
        <translation>Số thứ tự đầu việc “%1” không phải là số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline of work item %1 “%2” is not a date: %3.</source>
        <translation>Hạn của đầu việc %1 “%2” không phải là ngày: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day work item %1 was done “%2” is not a date: %3.</source>
        <translation>Ngày xong của đầu việc %1 “%2” không phải là ngày: %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Overdue: due %1, not done</source>
        <translation>Quá hạn: hạn %1, chưa xong</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work item</source>
        <translation>Đầu việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or person responsible</source>
        <translation>Đơn vị/người thực hiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done on</source>
        <translation>Ngày xong</translation>
    </message>
</context>
<context>
    <name>daihoi::WorkItemTally</name>
    <message>
        <location filename="../app/domain/plans/WorkItemTally.cpp" line="+29"/>
        <source>%1/%2 work items done</source>
        <translation>%1/%2 đầu việc đã hoàn thành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 đầu việc quá hạn</translation>
    </message>
</context>
<context>
    <name>daihoi::XlsxWriter</name>
    <message>
        <location filename="../app/reports/XlsxWriter.cpp" line="+53"/>
        <location line="+99"/>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
</TS>
