#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QPushButton;
class QScrollArea;
class QTextDocument;

namespace daihoi {

// Shows the pages of a party document exactly as DocumentWriter prints them: each page is painted
// into an image at the zoom's own resolution, by the same code that writes the PDF, so what the
// clerk sees is what prints (Qt's print preview replays the pages through the screen's fonts and
// garbled Vietnamese under X11). Ctrl++ / Ctrl+- zoom, Ctrl+0 fits the width, Page Up / Page Down
// turn the pages.
class PagePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // The document must outlive the dialog.
    explicit PagePreviewDialog(QTextDocument *document, QWidget *parent = nullptr);

    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; } // from 0
    double zoom() const { return m_zoom; }      // screen pixels per layout unit (1: 96 dpi)
    // The page image on screen now, in device pixels.
    QImage shownImage() const { return m_image; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void nextPage();
    void previousPage();

signals:
    // The clerk asks to print the document previewed.
    void printRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setZoom(double zoom);
    void showPage(int page);
    void render();

    QTextDocument *m_document;
    int m_pageCount = 0;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitted = false;
    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_pageView;
    QLabel *m_pageLabel;
    QLabel *m_zoomLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
};

} // namespace daihoi
