#include "FieldMark.h"

#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace daihoi {

namespace {
const char *const invalidProperty = "daihoiInvalid";
}

void FieldMark::setInvalid(QWidget *field, bool invalid)
{
    if (isInvalid(field) == invalid)
        return;
    field->setProperty(invalidProperty, invalid);
    // A default palette resolves no role, so the field goes back to what it inherits.
    QPalette palette;
    if (invalid) {
        // Text colour set too, so the tint stays readable under a dark desktop theme.
        palette.setColor(QPalette::Base, QColor(0xfd, 0xdc, 0xd8));
        palette.setColor(QPalette::Text, QColor(0x5a, 0x10, 0x08));
        palette.setColor(QPalette::Highlight, QColor(0xd0, 0x40, 0x30));
        palette.setColor(QPalette::HighlightedText, Qt::white);
    }
    field->setPalette(palette);
}

bool FieldMark::isInvalid(const QWidget *field)
{
    return field->property(invalidProperty).toBool();
}

} // namespace daihoi
