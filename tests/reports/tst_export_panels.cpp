#include "ClerkInput.h"
#include "OfficeFiles.h"
#include "reports/SheetExport.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace daihoi;
using namespace daihoi::test;

// "Export to Excel…" where a clerk looks for it: under a chi bộ's committee, beside the filters of
// a committee's targets. Clicked in the main window; the workbook is opened by LibreOffice.
class TestExportPanels : public QObject
{
    Q_OBJECT
private:
    TestDatabase m_test;
    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    MainWindow *m_window = nullptr;

    QString exportFrom(const char *page, const char *buttonName, const QString &file)
    {
        QWidget *panel = m_window->findChild<QWidget *>(QLatin1String(page));
        if (!panel || !clickTab(m_window, panel))
            return {};
        settle();
        auto *button = panel->findChild<QPushButton *>(QLatin1String(buttonName));
        if (!button || !button->isVisible() || !button->isEnabled()) {
            qWarning("no enabled %s on the %s page", buttonName, page);
            return {};
        }
        const QString path = m_dir.filePath(file);
        SheetExport::setNextFileName(path);
        QTest::mouseClick(button, Qt::LeftButton);
        QString raw;
        OfficeFiles::csv(path, &raw);
        return raw;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(OfficeFiles::available());
        QVERIFY(openDemoWindow(m_test, this, m_workspace, m_window));
        QVERIFY(showWindow(m_window, QSize(1400, 900)));
    }
    void cleanupTestCase() { delete m_window; }

    void committeeMembers()
    {
        QVERIFY(m_window->selectTerm(QStringLiteral("2022-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("VH-05")));
        const QString raw = exportFrom("committee", "exportMembersButton", QStringLiteral("members.xlsx"));
        QVERIFY2(raw.contains(QStringLiteral("\nSTT,Họ và tên,Chức vụ,Giới tính,Năm sinh,Tuổi,Dân tộc,")), qPrintable(raw));
        QVERIFY2(raw.contains(QStringLiteral("\n2,Dương Quang Hùng,Phó Bí thư,")) && raw.contains(QStringLiteral(",17,80.95\n")),
                 qPrintable(raw));
    }

    void committeeTargets()
    {
        QVERIFY(m_window->selectTerm(QStringLiteral("2020-2025")));
        QVERIFY(m_window->selectUnit(QStringLiteral("BT-DDT")));
        const QString raw = exportFrom("unitTargets", "exportTargetsButton", QStringLiteral("targets.xlsx"));
        QVERIFY2(raw.contains(QStringLiteral("\n1,BT-DDT-01,Chi bộ Văn phòng Quận ủy,Xây dựng Đảng,Hằng năm 100 % đảng viên "
                                             "hoàn thành tốt nhiệm vụ trở lên,≥,100,%,97.9166,Không đạt\n")),
                 qPrintable(raw.left(2000)));
    }
};

QTEST_MAIN(TestExportPanels)
#include "tst_export_panels.moc"
