#include "WindowStage.h"

#include "MainWindow.h"
#include "ProgressPanel.h"
#include "Workspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTreeView>
#include <algorithm>

namespace daihoi::bench {

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Scrolls VIEW to its end the way a clerk does, one page fetched per step; the slowest step and the
// number of steps. Stops after BUDGET milliseconds in all, reporting how far it got.
void scrollToEnd(QAbstractItemView *view, double budgetMs, BenchFigures *figures, const QString &name)
{
    QAbstractItemModel *model = view->model();
    QList<double> steps;
    double total = 0;
    while (model->canFetchMore({}) && total < budgetMs) {
        const int before = model->rowCount();
        QElapsedTimer timer;
        timer.start();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->rowCount() == before && model->canFetchMore({})) // the view did not ask: ask for it
            model->fetchMore({});
        QCoreApplication::processEvents();
        steps.append(elapsedMs(timer));
        total += steps.last();
    }
    figures->set(name + QStringLiteral("_rows"), model->rowCount());
    figures->set(name + QStringLiteral("_steps"), steps.size());
    figures->set(name + QStringLiteral("_reached_end"), model->canFetchMore({}) ? 0 : 1);
    std::sort(steps.begin(), steps.end());
    figures->set(name + QStringLiteral("_max_step_ms"), steps.isEmpty() ? 0 : steps.last());
    figures->set(name + QStringLiteral("_median_step_ms"), steps.isEmpty() ? 0 : steps.at(steps.size() / 2));
}

} // namespace

bool WindowStage::run(const QString &database, BenchFigures *figures, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1280, 800);
    if (!window.openDatabase(database)) {
        *error = QStringLiteral("the window could not open %1").arg(database);
        return false;
    }
    window.show();
    QCoreApplication::processEvents();
    auto *progress = window.findChild<ProgressPanel *>();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("unitTree"));
    if (!progress || progress->headline().isEmpty() || !tree) {
        *error = QStringLiteral("the window shows no progress figures for the top unit");
        return false;
    }
    figures->set(QStringLiteral("open_ms"), elapsedMs(timer));
    figures->set(QStringLiteral("open_first_level_rows"), tree->model()->rowCount());

    timer.restart();
    window.showPage(QStringLiteral("unitTargets"));
    QCoreApplication::processEvents();
    figures->set(QStringLiteral("unit_list_open_ms"), elapsedMs(timer));
    auto *units = window.findChild<QTableView *>(QStringLiteral("committeeUnitsView"));
    if (!units) {
        *error = QStringLiteral("no committee-wide unit list");
        return false;
    }
    scrollToEnd(units, 120000, figures, QStringLiteral("unit_list"));

    // A word many names share, a word and a number, two words of a person's name, and nothing at all:
    // the last makes every index look at everything it has.
    const QStringList words = {QStringLiteral("hùng"), QStringLiteral("xã 17"), QStringLiteral("nguyen van"),
                               QStringLiteral("khongcoai")};
    double slowest = 0;
    for (const QString &word : words) {
        timer.restart();
        window.search(word);
        QCoreApplication::processEvents();
        slowest = std::max(slowest, elapsedMs(timer));
    }
    figures->set(QStringLiteral("search_max_step_ms"), slowest);
    figures->addPeakMemory();
    return true;
}

} // namespace daihoi::bench
