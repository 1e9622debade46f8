#include "PagePreviewDialog.h"

#include "reports/DocumentWriter.h"
#include "reports/PartyDocument.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

#include <cmath>

namespace daihoi {

namespace {

const double minimumZoom = 0.25;
const double maximumZoom = 5.0;
const double zoomStep = 1.25;

QSizeF pageSize()
{
    return {PartyDocument::toLayout(PartyDocument::pageWidthMm), PartyDocument::toLayout(PartyDocument::pageHeightMm)};
}

} // namespace

PagePreviewDialog::PagePreviewDialog(QTextDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_pageCount(DocumentWriter::pageCount(document))
    , m_scroll(new QScrollArea(this))
    , m_pageView(new QLabel(this))
    , m_pageLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_previous(new QPushButton(tr("P&revious page"), this))
    , m_next(new QPushButton(tr("&Next page"), this))
{
    setWindowTitle(tr("Print preview"));
    m_pageView->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_pageView);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setFocusPolicy(Qt::StrongFocus);

    auto *zoomOutButton = new QPushButton(tr("Zoom &out"), this);
    auto *zoomInButton = new QPushButton(tr("Zoom &in"), this);
    auto *fitButton = new QPushButton(tr("&Fit width"), this);
    zoomOutButton->setToolTip(tr("Zoom out (Ctrl+-)"));
    zoomInButton->setToolTip(tr("Zoom in (Ctrl++)"));
    fitButton->setToolTip(tr("Fit the page's width to the window (Ctrl+0)"));
    m_previous->setToolTip(tr("Previous page (Page Up)"));
    m_next->setToolTip(tr("Next page (Page Down)"));
    connect(zoomOutButton, &QPushButton::clicked, this, &PagePreviewDialog::zoomOut);
    connect(zoomInButton, &QPushButton::clicked, this, &PagePreviewDialog::zoomIn);
    connect(fitButton, &QPushButton::clicked, this, &PagePreviewDialog::fitWidth);
    connect(m_previous, &QPushButton::clicked, this, &PagePreviewDialog::previousPage);
    connect(m_next, &QPushButton::clicked, this, &PagePreviewDialog::nextPage);

    // Shortcuts of the whole dialog, whichever of its widgets has the focus.
    auto addShortcuts = [this](const QList<QKeySequence> &keys, void (PagePreviewDialog::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &PagePreviewDialog::zoomIn);
    addShortcuts({QKeySequence::ZoomOut}, &PagePreviewDialog::zoomOut);
    addShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0)}, &PagePreviewDialog::fitWidth);
    addShortcuts({QKeySequence(Qt::Key_PageDown)}, &PagePreviewDialog::nextPage);
    addShortcuts({QKeySequence(Qt::Key_PageUp)}, &PagePreviewDialog::previousPage);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_previous);
    tools->addWidget(m_next);
    tools->addWidget(m_pageLabel);
    tools->addStretch();
    tools->addWidget(zoomOutButton);
    tools->addWidget(zoomInButton);
    tools->addWidget(fitButton);
    tools->addWidget(m_zoomLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &PagePreviewDialog::printRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    // A page's height where the screen allows; on a 1366×768 laptop the buttons must stay on screen.
    const QRect available = screen()->availableGeometry();
    resize(qMin(860, available.width() * 9 / 10), qMin(980, available.height() * 9 / 10));
    showPage(0);
}

void PagePreviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The first time, the page fills the window's width, which is known only now.
    if (!m_fitted) {
        m_fitted = true;
        fitWidth();
    }
    m_scroll->setFocus();
}

void PagePreviewDialog::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void PagePreviewDialog::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void PagePreviewDialog::fitWidth()
{
    const int frame = 2 * m_scroll->frameWidth() + m_scroll->verticalScrollBar()->sizeHint().width() + 16;
    setZoom((m_scroll->width() - frame) / pageSize().width());
}

void PagePreviewDialog::nextPage()
{
    showPage(m_page + 1);
}

void PagePreviewDialog::previousPage()
{
    showPage(m_page - 1);
}

void PagePreviewDialog::setZoom(double zoom)
{
    m_zoom = qBound(minimumZoom, zoom, maximumZoom);
    render();
}

void PagePreviewDialog::showPage(int page)
{
    m_page = qBound(0, page, qMax(0, m_pageCount - 1));
    render();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PagePreviewDialog::render()
{
    // Painted afresh at the zoom's resolution, never a small picture scaled up.
    const double ratio = devicePixelRatioF();
    const double scale = m_zoom * ratio;
    const QSize pixels(qRound(pageSize().width() * scale), qRound(pageSize().height() * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (m_pageCount > 0) {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        DocumentWriter::paintPage(m_document, m_page, &painter, scale);
    }
    m_image = image;
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_pageView->setPixmap(pixmap);

    m_pageLabel->setText(tr("Page %1/%2").arg(m_pageCount > 0 ? m_page + 1 : 0).arg(m_pageCount));
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_pageCount);
}

} // namespace daihoi
