// SPDX-License-Identifier: GPL-3.0-or-later
// ScreenshotRunner: polls the window's models, opens the requested view, then grabs it.
#include "screenshotrunner.h"

#include "launchdialog.h"
#include "mainwindow.h"
#include "namespacemodel.h"
#include "processmodel.h"
#include "profileeditor.h"
#include "profilestore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QTreeView>
#include <utility>

namespace nestbox {

namespace {

constexpr int pollIntervalMs = 200;
constexpr int timeoutMs = 30 * 1000;
// Polls that the launched namespace must stay shown before a view opens. Five seconds cover two
// usage samples (UsageHistory::sampleIntervalMs is 2 s), so the CPU % column and the history graph
// show values instead of "measuring...".
constexpr int settlePolls = 25;
// Polls between opening a dialog and grabbing it, so that it has been laid out.
constexpr int viewSettlePolls = 3;
// Larger than the window's default size, so that the details pane fits without a scroll bar.
constexpr int windowWidth = 1400;
constexpr int windowHeight = 820;

constexpr std::pair<ScreenshotRunner::View, const char *> viewNameTable[] = {
    { ScreenshotRunner::View::Main, "main" },
    { ScreenshotRunner::View::LaunchDialog, "launch-dialog" },
    { ScreenshotRunner::View::ProfileEditor, "profile-editor" },
};

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

std::optional<ScreenshotRunner::View> ScreenshotRunner::viewFromName(const QString &name)
{
    for (const auto &[view, viewName] : viewNameTable) {
        if (name == QLatin1String(viewName))
            return view;
    }
    return std::nullopt;
}

QString ScreenshotRunner::viewNames()
{
    QStringList names;
    for (const auto &entry : viewNameTable)
        names.append(QLatin1String(entry.second));
    return names.join(QStringLiteral(", "));
}

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString fileName, View view, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_fileName(std::move(fileName))
    , m_view(view)
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start()
{
    m_window->resize(windowWidth, windowHeight);
    m_elapsed.start();
    m_pollTimer.start();
}

void ScreenshotRunner::poll()
{
    m_readyPolls = isLaunchedNamespaceShown() ? m_readyPolls + 1 : 0;

    if (m_readyPolls == settlePolls && m_view != View::Main)
        m_opened = openView();

    if (m_readyPolls > settlePolls + viewSettlePolls) {
        finish(saveScreenshot(m_opened ? m_opened.get() : m_window) ? 0 : 1);
        return;
    }

    if (m_elapsed.elapsed() > timeoutMs) {
        // The grab is still saved, because it shows what the window was waiting on.
        saveScreenshot(m_window);
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

    m_window->namespaceView()->expandAll();
    m_window->processView()->expandAll();
    return true;
}

QWidget *ScreenshotRunner::openView()
{
    switch (m_view) {
    case View::Main:
        return nullptr;
    case View::LaunchDialog:
        return openLaunchDialog();
    case View::ProfileEditor:
        return openProfileEditor();
    }
    return nullptr;
}

QWidget *ScreenshotRunner::openLaunchDialog()
{
    auto *dialog = new LaunchDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCommandLine(QStringLiteral("firefox --private-window"));
    dialog->show();
    return dialog;
}

// Edits the first favourite profile, or the first profile, so that the fields show a real
// profile. With no profiles at all the editor opens empty and lists what is missing.
QWidget *ScreenshotRunner::openProfileEditor()
{
    const ProfileStore *store = m_window->profileStore();
    auto *editor = new ProfileEditor(store, m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);

    const QList<LaunchProfile> favourites = store->favourites();
    if (!favourites.isEmpty())
        editor->setProfile(favourites.first());
    else if (!store->profiles().isEmpty())
        editor->setProfile(store->profiles().first());
    editor->show();
    return editor;
}

// QSaveFile writes a temporary file next to the target and renames it into place, so an
// interrupted run never leaves a truncated PNG behind.
bool ScreenshotRunner::saveScreenshot(QWidget *widget)
{
    QSaveFile file(m_fileName);
    if (file.open(QIODevice::WriteOnly) && widget->grab().save(&file, "PNG") && file.commit())
        return true;

    std::fprintf(stderr, "nestbox: could not write the screenshot to %s: %s\n",
        qPrintable(m_fileName), qPrintable(file.errorString()));
    return false;
}

void ScreenshotRunner::finish(int exitCode)
{
    m_pollTimer.stop();
    QCoreApplication::exit(exitCode);
}

} // namespace nestbox
