#pragma once

// What the print dialog's tests share: the demo database opened in a workspace, its 2022–2025 term,
// a folder for the files written, and the clerk's way of choosing a document.

#include "TestDatabase.h"
#include "Workspace.h"
#include "reports/ReportDialog.h"
#include "storage/TermRepository.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QtTest>

namespace daihoi::test {

class DemoPrintDialogTest : public QObject
{
protected:
    TestDatabase m_database;
    QTemporaryDir m_dir;
    Workspace m_workspace;
    Term m_term;

    // Opens the demo; false (with the test failed) when it cannot.
    bool openDemo()
    {
        QString error;
        if (!m_database.openDemo() || !m_workspace.open(m_database.path(), &error)
            || !TermRepository(m_workspace.database().connection()).byYears(2022, 2025, &m_term, &error)) {
            qWarning("the demo database did not open: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    Unit unit(const QString &code)
    {
        Unit found;
        QString error;
        UnitRepository(m_workspace.database().connection()).byCode(code, &found, &error);
        return found;
    }

    // Picks the document the way a clerk does: into the list, then Home and Down arrows.
    static void chooseKind(ReportDialog &dialog, ReportKind kind)
    {
        auto *kinds = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        QVERIFY(kinds);
        const int index = kinds->findData(int(kind));
        QVERIFY(index >= 0);
        kinds->setFocus();
        QTest::keyClick(kinds, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(kinds, Qt::Key_Down);
        QApplication::processEvents();
        QCOMPARE(dialog.kind(), kind);
    }
};

} // namespace daihoi::test
