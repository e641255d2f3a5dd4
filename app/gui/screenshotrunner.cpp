// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenshotRunner: polls the window's models, then grabs the window.
#include "screenshotrunner.h"

#include "mainwindow.h"
#include "namespacemodel.h"
#include "processmodel.h"

#include <cstdio>
#include <QCoreApplication>
#include <QPixmap>
#include <QTreeView>

namespace nestbox {

namespace {

constexpr int pollIntervalMs = 200;
constexpr int timeoutMs = 20 * 1000;
// Polls that the condition must hold before the grab, so the views have laid out the new rows.
constexpr int settlePolls = 2;

QModelIndex findLaunchedNamespace(const QAbstractItemModel *model, const QModelIndex &parent)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(NamespaceModel::CreatedByNestboxRole).toBool())
            return index;
        const QModelIndex nested = findLaunchedNamespace(model, index);
        if (nested.isValid())
            return nested;
    }
    return {};
}

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString fileName, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(std::move(fileName))
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start()
{
    m_elapsed.start();
    m_pollTimer.start();
}

void ScreenshotRunner::poll()
{
    m_readyPolls = isLaunchedNamespaceShown() ? m_readyPolls + 1 : 0;

    if (m_readyPolls > settlePolls) {
        finish(saveScreenshot() ? 0 : 1);
        return;
    }

    if (m_elapsed.elapsed() > timeoutMs) {
        // The grab is still saved, because it shows what the window was waiting on.
        saveScreenshot();
        std::fprintf(stderr,
            "nestbox: timed out after %d s waiting for a namespace launched by Nestbox "
            "and its processes\n",
            timeoutMs / 1000);
        finish(1);
    }
}

bool ScreenshotRunner::isLaunchedNamespaceShown()
{
    const QModelIndex launched = findLaunchedNamespace(m_window->namespaceModel(), {});
    if (!launched.isValid())
        return false;

    const quint64 namespaceId = launched.data(NamespaceModel::NamespaceIdRole).toULongLong();
    if (m_window->selectedNamespace() != namespaceId)
        m_window->selectNamespace(namespaceId);

    ProcessModel *processes = m_window->processModel();
    if (processes->namespaceId() != namespaceId || processes->rowCount() == 0)
        return false;

    m_window->processView()->expandAll();
    return true;
}

bool ScreenshotRunner::saveScreenshot()
{
    if (m_window->grab().save(m_fileName, "PNG"))
        return true;

    std::fprintf(stderr, "nestbox: could not write the screenshot to %s\n", qPrintable(m_fileName));
    return false;
}

void ScreenshotRunner::finish(int exitCode)
{
    m_pollTimer.stop();
    QCoreApplication::exit(exitCode);
}

} // namespace nestbox
