#include "HallScreen.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>

#include <cmath>

namespace daihoi {

namespace {

// Heights of the screen's lines in units of a candidate's row: the title stands out, the
// explanations are a little smaller, and a small gap parts the table from what surrounds it.
constexpr double titleScale = 1.15;
constexpr double lineScale = 0.85;
constexpr double headScale = 0.75;
constexpr double gap = 0.45;
// The elected mark's type, in its box inside the row.
constexpr double markScale = 0.78;
// A row's height per pixel of its type.
constexpr double leading = 1.22;

QFont sized(QFont font, double pixels, bool bold)
{
    font.setPixelSize(qMax(6, int(std::floor(pixels))));
    font.setBold(bold);
    return font;
}

double advance(const QFont &font, const QString &text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

} // namespace

HallScreen::HallScreen(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Count in the hall"));
    // Dark on white: what a projector in a lit hall shows best.
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, Qt::black);
    setPalette(colours);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(640, 360);
    m_footer = tr("Waiting for the first agreed batch…");
}

void HallScreen::showCount(const QString &title, const CountedRound &count, int round)
{
    m_title = title.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const bool delegates = count.input.congressKind == CongressKind::Delegates;
    const QString base = count.result.hasBase() ? QString::number(count.result.base) : QStringLiteral("—");
    if (round > 0)
        m_roundLine = delegates ? tr("Round %1 — official delegates as the base: %2").arg(round).arg(base)
                                : tr("Round %1 — official members as the base: %2").arg(round).arg(base);
    else
        m_roundLine = delegates ? tr("Official delegates as the base: %1").arg(base)
                                : tr("Official members as the base: %1").arg(base);

    m_rows.clear();
    const QList<CandidateVotes> &candidates = count.input.candidates;
    for (int i = 0; i < candidates.size(); ++i) {
        Row row;
        row.name = candidates.at(i).name;
        row.votes = QString::number(count.count.votes.value(i));
        // The result lists the candidates in the same (ballot) order.
        const bool known = i < count.result.candidates.size() && count.result.hasBase();
        row.percent = known ? count.result.candidates.at(i).percentText(QLatin1Char(',')) + QStringLiteral("\u00A0%")
                            : QStringLiteral("—");
        // Only a complete count elects: until then the figures are of the agreed batches alone.
        if (count.complete && known && count.result.candidates.at(i).status == CandidateResult::Status::Elected)
            row.mark = tr("Elected");
        m_rows.append(row);
    }

    const BallotComparison &comparison = count.comparison;
    if (count.complete)
        m_footer = tr("Count complete · valid ballots: %1 · invalid: %2").arg(count.count.valid).arg(count.count.invalid);
    else
        m_footer = tr("%1/%2 batches agreed · %3/%4 ballots entered")
                       .arg(comparison.agreed.size())
                       .arg(comparison.batchCount())
                       .arg(comparison.entered)
                       .arg(count.input.ballots.collected);
    update();
}

QStringList HallScreen::texts() const
{
    QStringList list;
    for (const Piece &piece : pieces()) {
        if (!piece.text.isEmpty())
            list.append(piece.text);
    }
    return list;
}

QList<HallScreen::Piece> HallScreen::layOut(const QSize &size) const
{
    const double width = size.width();
    const double height = size.height();
    const double marginX = width * 0.04;
    const double marginY = height * 0.03;
    const double room = width - 2 * marginX;
    bool marks = false;
    for (const Row &row : m_rows)
        marks = marks || !row.mark.isEmpty();

    // The row's type from the height: every line must fit, up to a size that stays readable as a table.
    const double units = titleScale * m_title.size() + lineScale + gap + headScale + m_rows.size() + gap + lineScale;
    double pixels = qMin((height - 2 * marginY) / units / leading, height / 14.0);

    const QString number = tr("No.");
    const QString name = tr("Candidate");
    const QString votes = tr("Votes");
    const QString percent = tr("% of base");
    // The columns' widths at a size; the type shrinks until the table fits across the screen.
    QList<double> columns;
    double spacing = 0;
    auto measure = [&](double size) {
        const QFont cell = sized(font(), size, true);
        const QFont head = sized(font(), size * headScale, true);
        QList<double> widths{advance(head, number), advance(head, name), advance(head, votes), advance(head, percent),
                             0};
        for (int i = 0; i < m_rows.size(); ++i) {
            const Row &row = m_rows.at(i);
            widths[0] = qMax(widths[0], advance(cell, QString::number(i + 1)));
            widths[1] = qMax(widths[1], advance(cell, row.name));
            widths[2] = qMax(widths[2], advance(cell, row.votes));
            widths[3] = qMax(widths[3], advance(cell, row.percent));
            if (marks)
                widths[4] = qMax(widths[4], advance(sized(font(), size * markScale, true), row.mark) + size); // and padding
        }
        columns = widths;
        spacing = size;
        double total = 0;
        for (double w : std::as_const(columns))
            total += w;
        return total + spacing * (marks ? 4 : 3);
    };
    for (int i = 0; i < 8 && measure(pixels) > room; ++i)
        pixels *= room / measure(pixels) * 0.98;

    QList<Piece> pieces;
    const double rowHeight = pixels * leading;
    double y = marginY;
    // A line across the screen, its type shrunk when it is wider than the screen.
    auto line = [&](const QString &text, double scale, bool bold) {
        QFont font = sized(this->font(), pixels * scale, bold);
        const double wide = advance(font, text);
        if (wide > room)
            font = sized(font, font.pixelSize() * room / wide * 0.98, bold);
        pieces.append({text, QRectF(marginX, y, room, rowHeight * scale), font, Qt::AlignHCenter | Qt::AlignVCenter});
        y += rowHeight * scale;
    };
    for (const QString &title : m_title)
        line(title, titleScale, true);
    line(m_roundLine, lineScale, false);
    y += rowHeight * gap;

    const double tableWidth = measure(pixels);
    const double left = marginX + (room - tableWidth) / 2;
    QList<double> xs{left};
    for (int c = 1; c < 5; ++c)
        xs.append(xs.last() + columns.at(c - 1) + spacing);
    const QFont head = sized(font(), pixels * headScale, true);
    const QStringList heads{number, name, votes, percent};
    const Qt::Alignment aligns[] = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    for (int c = 0; c < 4; ++c)
        pieces.append({heads.at(c), QRectF(xs.at(c), y, columns.at(c), rowHeight * headScale), head,
                       aligns[c] | Qt::AlignBottom});
    y += rowHeight * headScale;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        // Every other row on a light band, so a name is read across to its figures.
        if (i % 2 == 1)
            pieces.append({QString(), QRectF(left - spacing / 2, y, tableWidth + spacing, rowHeight), QFont()});
        const QFont cell = sized(font(), pixels, !row.mark.isEmpty());
        const QStringList texts{QString::number(i + 1), row.name, row.votes, row.percent};
        for (int c = 0; c < 4; ++c)
            pieces.append({texts.at(c), QRectF(xs.at(c), y, columns.at(c), rowHeight), cell, aligns[c] | Qt::AlignVCenter});
        if (!row.mark.isEmpty())
            pieces.append({row.mark, QRectF(xs.at(4), y + rowHeight * 0.05, columns.at(4), rowHeight * 0.9),
                           sized(font(), pixels * markScale, true), Qt::AlignCenter, true});
        y += rowHeight;
    }
    y += rowHeight * gap;
    line(m_footer, lineScale, false);
    return pieces;
}

void HallScreen::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<Piece> laidOut = pieces();
    for (const Piece &piece : laidOut) {
        if (piece.text.isEmpty()) {
            painter.fillRect(piece.box, QColor(0xe6, 0xe6, 0xe6));
            continue;
        }
        painter.setFont(piece.font);
        if (piece.mark) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawRoundedRect(piece.box, piece.box.height() * 0.2, piece.box.height() * 0.2);
            painter.setPen(Qt::white);
        } else {
            painter.setPen(Qt::black);
        }
        painter.drawText(piece.box, int(piece.alignment), piece.text);
    }
}

void HallScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace daihoi
