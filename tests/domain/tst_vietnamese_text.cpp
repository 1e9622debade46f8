#include "domain/SearchKey.h"
#include "domain/VietnameseNameOrder.h"

#include <QtTest>

using namespace daihoi;

class TestVietnameseText : public QObject
{
    Q_OBJECT
private slots:
    void searchKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("ward") << "Đảng bộ phường Việt Hưng" << "dang bo phuong viet hung";
        QTest::newRow("person") << "Nguyễn Văn An" << "nguyen van an";
        QTest::newRow("capital Đ") << "ĐẢNG ỦY" << "dang uy";
        QTest::newRow("typed without accents") << "  viet   HUNG " << "viet hung";
        QTest::newRow("precomposed and combining forms agree") << QString::fromUtf8("Vie\u0302\u0323t") << "viet";
        QTest::newRow("ư ơ ă") << "Thương Lợi Trăng" << "thuong loi trang";
    }
    void searchKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(SearchKey::of(text), key);
    }

    void likeWildcardsAreEscaped()
    {
        QCOMPARE(SearchKey::containsPattern(QStringLiteral("100%_a")), QStringLiteral("%100\\%\\_a%"));
    }

    void namesSortByGivenNameThenMiddleThenFamily()
    {
        QStringList names = {QStringLiteral("Trần Văn Bình"), QStringLiteral("Nguyễn Thị Ánh"),
                             QStringLiteral("Lê Văn An"),     QStringLiteral("Phạm Đức An"),
                             QStringLiteral("Đỗ Thị Dung"),   QStringLiteral("Vũ Văn Dũng"),
                             QStringLiteral("Bùi Văn Đạt"),   QStringLiteral("Hoàng Văn An")};
        std::sort(names.begin(), names.end(), VietnameseNameOrder());
        // An (Đức before Văn; among Văn An: Hoàng before Lê), Ánh, Bình, Dung, Dũng, Đạt.
        QCOMPARE(names, (QStringList{QStringLiteral("Phạm Đức An"), QStringLiteral("Hoàng Văn An"),
                                     QStringLiteral("Lê Văn An"), QStringLiteral("Nguyễn Thị Ánh"),
                                     QStringLiteral("Trần Văn Bình"), QStringLiteral("Đỗ Thị Dung"),
                                     QStringLiteral("Vũ Văn Dũng"), QStringLiteral("Bùi Văn Đạt")}));
    }
};

QTEST_GUILESS_MAIN(TestVietnameseText)
#include "tst_vietnamese_text.moc"
