#pragma once

class QWidget;

namespace daihoi {

// Marks a form field whose value was refused. A tint of the field's own palette, not a style
// sheet: a style-sheet border makes a spin box drop its native arrows.
class FieldMark
{
public:
    static void setInvalid(QWidget *field, bool invalid);
    static bool isInvalid(const QWidget *field);
};

} // namespace daihoi
