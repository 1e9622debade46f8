#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace daihoi {

// What the clerk enters when printing: who issues the document, its number, place, date and
// signer (Hướng dẫn 36-HD/VPTW). Names are kept as typed; the document writes them in capitals.
struct DocumentHeader
{
    QString parentBody;   // "Đảng bộ phường Việt Hưng" above a chi bộ; "Quận ủy Long Biên" above a đảng ủy
    QString issuingBody;  // "Chi bộ Tổ dân phố số 5", "Đảng ủy phường Việt Hưng"
    QString number;       // "12-BC/ĐU"; empty leaves a space to write the number by hand
    QString numberSuffix; // "-BC/ĐU", printed after the blank when number is empty
    QString place;        // "Long Biên"
    QDate date;           // invalid: "ngày … tháng … năm …" left to fill in
    QString addressee;    // "Đảng ủy phường Việt Hưng" after "Kính gửi:"; empty: none
    QString signerCapacity; // "T/M ĐẢNG ỦY", "T/M CHI BỘ"
    QString signerTitle;    // "BÍ THƯ", "PHÓ BÍ THƯ"
    QString signerName;
    QStringList recipients; // "Nơi nhận", one line each

    // "Long Biên, ngày 23 tháng 9 năm 2022"
    QString placeAndDateLine() const;
    // "Số 12-BC/ĐU", or "Số       -BC/ĐU" to be filled in.
    QString numberLine() const;

    friend bool operator==(const DocumentHeader &a, const DocumentHeader &b)
    {
        return a.parentBody == b.parentBody && a.issuingBody == b.issuingBody && a.number == b.number
               && a.numberSuffix == b.numberSuffix && a.place == b.place && a.date == b.date
               && a.addressee == b.addressee && a.signerCapacity == b.signerCapacity
               && a.signerTitle == b.signerTitle && a.signerName == b.signerName && a.recipients == b.recipients;
    }
    friend bool operator!=(const DocumentHeader &a, const DocumentHeader &b) { return !(a == b); }
};

} // namespace daihoi
