// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: layout, actions, and the wiring between HelperClient and the two tree models.
#include "mainwindow.h"

#include "branchexpander.h"
#include "callerrormessage.h"
#include "detailspane.h"
#include "favouritestoolbar.h"
#include "helperclient.h"
#include "launchdialog.h"
#include "namespacefilterproxy.h"
#include "namespacemodel.h"
#include "notifier.h"
#include "processactions.h"
#include "processfilterproxy.h"
#include "processmodel.h"
#include "profilelauncher.h"
#include "profilemanagerdialog.h"
#include "profilemenu.h"
#include "profilestore.h"
#include "settingsdialog.h"
#include "statusbanner.h"
#include "treeview.h"
#include "usagemonitor.h"
#include "viewstatekeeper.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace nestbox {

namespace {

// Returns the theme's icon name, or the SVG :/icons/FALLBACK.svg when the theme lacks it.
QIcon themeIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(fallback)));
}

} // namespace

MainWindow::MainWindow(HelperClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_namespaceModel(new NamespaceModel(this))
    , m_processModel(new ProcessModel(this))
    , m_profileStore(new ProfileStore(ProfileStore::defaultFilePath(), this))
    , m_profileLauncher(new ProfileLauncher(client, m_profileStore, this))
    , m_notifier(new Notifier(this))
{
    setWindowTitle(tr("Nestbox"));
    createActions();
    createViews();
    createProfileMenus();
    connectClient();
    loadProfiles();

    resize(1200, 640);
    showConnectionState();
    updateActions();
    m_client->startWatching();
    reloadAll();
}

void MainWindow::createActions()
{
    m_launchAction = new QAction(
        themeIcon(QStringLiteral("system-run"), QStringLiteral("launch")), tr("&Launch..."), this);
    m_launchAction->setToolTip(tr("Start an app in a new PID namespace"));
    m_launchAction->setShortcut(QKeySequence::New);
    m_terminateAction
        = new QAction(themeIcon(QStringLiteral("process-stop"), QStringLiteral("terminate")),
            tr("&Terminate"), this);
    m_terminateAction->setToolTip(tr("End every process in the selected namespace"));
    // Delete terminates the namespace only while the namespace tree has focus. In the process tree
    // it sends TERM to the selected process.
    m_terminateAction->setShortcut(QKeySequence::Delete);
    m_terminateAction->setShortcutContext(Qt::WidgetShortcut);
    m_refreshAction = new QAction(
        themeIcon(QStringLiteral("view-refresh"), QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_launchAction);
    toolBar->addAction(m_terminateAction);
    toolBar->addAction(m_refreshAction);

    connect(m_launchAction, &QAction::triggered, this, &MainWindow::showLaunchDialog);
    connect(m_terminateAction, &QAction::triggered, this, &MainWindow::terminateSelectedNamespace);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadAll);
}

void MainWindow::createProfileMenus()
{
    auto *profileMenu
        = new ProfileMenu(m_profileStore, tr("&Profiles"), ProfileMenu::Extras::ManageEntry, this);
    auto *namespaceLaunchMenu = new ProfileMenu(
        m_profileStore, tr("Launch &profile into new namespace"), ProfileMenu::Extras::None, this);
    auto *favourites = new FavouritesToolBar(m_profileStore, this);
    addToolBar(favourites);
    for (auto *menu : { profileMenu, namespaceLaunchMenu })
        connect(menu, &ProfileMenu::launchRequested, m_profileLauncher, &ProfileLauncher::launch);
    connect(favourites, &FavouritesToolBar::launchRequested, m_profileLauncher,
        &ProfileLauncher::launch);
    connect(profileMenu, &ProfileMenu::manageRequested, this, &MainWindow::showProfileManager);
    connect(m_profileLauncher, &ProfileLauncher::launched, this, &MainWindow::onProfileLaunched);
    connect(m_profileLauncher, &ProfileLauncher::failed, this,
        [this](const QString &message) { statusBar()->showMessage(message); });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_launchAction);
    fileMenu->addAction(themeIcon(QStringLiteral("preferences-system"), QStringLiteral("settings")),
        tr("&Settings..."), this, &MainWindow::showSettings);
    fileMenu->addAction(themeIcon(QStringLiteral("application-exit"), QStringLiteral("quit")),
        tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    menuBar()->addMenu(profileMenu);
    QMenu *processMenu = menuBar()->addMenu(tr("P&rocess"));
    processMenu->addMenu(m_processActions->signalMenu());
    processMenu->addAction(m_processActions->copyPidAction());
    processMenu->addAction(m_processActions->copyCommandLineAction());

    m_namespaceView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_namespaceView->addAction(m_terminateAction);
    m_namespaceView->addAction(namespaceLaunchMenu->menuAction());

    // Keyboard users reach the two trees directly, the way Alt reaches the menus.
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), this), &QShortcut::activated,
        m_namespaceView, [this] { m_namespaceView->setFocus(Qt::ShortcutFocusReason); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), this), &QShortcut::activated,
        m_processView, [this] { m_processView->setFocus(Qt::ShortcutFocusReason); });
}

void MainWindow::loadProfiles()
{
    if (m_profileStore->load())
        return;

    // open() returns at once, unlike exec(), so a broken profile file never stalls the start-up
    // or a test driving the window.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Launch profiles"),
        m_profileStore->lastError(), QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::createViews()
{
    m_banner = new StatusBanner(this);
    m_namespaceProxy = new NamespaceFilterProxy(this);
    m_namespaceProxy->setSourceModel(m_namespaceModel);
    m_processProxy = new ProcessFilterProxy(this);
    m_processProxy->setSourceModel(m_processModel);
    m_namespaceView = createTreeView(
        m_namespaceProxy, NamespaceModel::CommandColumn, ColumnSizing::FollowContents, this);
    m_processView = createTreeView(
        m_processProxy, ProcessModel::CommandColumn, ColumnSizing::FitOnRequest, this);
    m_processExpander = new BranchExpander(m_processView);
    m_namespaceView->setObjectName(QStringLiteral("namespaceView"));
    m_processView->setObjectName(QStringLiteral("processView"));
    m_processActions = new ProcessActions(m_client, m_processView);
    connect(m_processActions, &ProcessActions::message, this,
        [this](const QString &text, const QString &details) {
            showStatusMessage(text, details, 10000);
        });
    // Any later message replaces the one the tool tip belongs to.
    connect(statusBar(), &QStatusBar::messageChanged, this,
        [this] { statusBar()->setToolTip(QString()); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createNamespaceSide());
    splitter->addWidget(createProcessSide());
    splitter->setSizes({ 500, 600 });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_namespaceProxy, &QAbstractItemModel::rowsInserted, this,
        &MainWindow::expandInsertedNamespaces);
    connect(m_namespaceModel, &QAbstractItemModel::rowsInserted, this,
        &MainWindow::selectPendingNamespace);
    connect(m_namespaceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::onNamespaceCurrentChanged);
    connect(m_processView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updateActions);
    connect(m_banner, &StatusBanner::retryRequested, m_client, &HelperClient::checkConnection);

    m_usage = new UsageMonitor(m_client, m_namespaceModel, m_processModel, this);
    connect(m_usage, &UsageMonitor::sampled, this, &MainWindow::updateDetails);
    connect(m_namespaceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updateDetails);
    connect(m_processView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updateDetails);
    // Clicking the namespace again leaves the selected process for the namespace's own details.
    connect(m_namespaceView, &QTreeView::clicked, this, [this] {
        m_processView->selectionModel()->clear();
        updateDetails();
    });
}

// A filter box in which Escape clears the text, focused from anywhere in the window by shortcut.
QLineEdit *MainWindow::createFilterEdit(const QString &placeholder, const QString &accessibleName,
    const QString &actionText, const QKeySequence &shortcut)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(accessibleName);
    new QShortcut(QKeySequence(Qt::Key_Escape), edit, edit, &QLineEdit::clear, Qt::WidgetShortcut);

    auto *findAction = new QAction(
        themeIcon(QStringLiteral("edit-find"), QStringLiteral("filter")), actionText, this);
    findAction->setShortcut(shortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, edit, [edit] {
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });
    return edit;
}

// The namespace tree with its filter box above it. Ctrl+F stays with the busier process filter.
QWidget *MainWindow::createNamespaceSide()
{
    m_namespaceFilterEdit = createFilterEdit(
        tr("Filter by namespace, owner or command (Ctrl+Shift+F)"), tr("Namespace filter"),
        tr("Find &Namespace"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_namespaceFilterEdit->setObjectName(QStringLiteral("namespaceFilter"));

    // New rows show up expanded (see expandInsertedNamespaces), so a row with no record, one added
    // while the filter hid it, is restored expanded too.
    m_namespaceViewState = new ViewStateKeeper(m_namespaceView, m_namespaceProxy,
        NamespaceModel::NamespaceIdRole, ViewStateKeeper::UnrecordedRows::Expanded);
    connect(m_namespaceFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_namespaceViewState->refilter([this, &text] { m_namespaceProxy->setFilterText(text); });
    });

    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_namespaceFilterEdit);
    layout->addWidget(m_namespaceView, 1);
    return side;
}

// The process tree with the filter box above it and the details pane below it.
QWidget *MainWindow::createProcessSide()
{
    m_filterEdit = createFilterEdit(tr("Filter by command, user or PID (Ctrl+F)"),
        tr("Process filter"), tr("&Find Process"), QKeySequence::Find);
    m_filterEdit->setObjectName(QStringLiteral("processFilter"));

    m_processViewState = new ViewStateKeeper(m_processView, m_processProxy, ProcessModel::KeyRole);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_processViewState->refilter([this, &text] { m_processProxy->setFilterText(text); });
    });

    m_details = new DetailsPane(this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_processView);
    splitter->addWidget(m_details);
    splitter->setSizes({ 380, 260 });

    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addWidget(splitter, 1);
    return side;
}

// A selected process has priority. Otherwise the pane shows the process pane's namespace, which
// stays the selected one while the namespace filter hides its row.
void MainWindow::updateDetails()
{
    const QModelIndex process = m_processProxy->mapToSource(m_processView->currentIndex());
    if (const ProcessRow *row = m_processModel->itemAt(process)) {
        m_details->showProcess(row->process, row->cpuPercent);
        return;
    }

    const QModelIndex ns = m_namespaceModel->indexForKey(m_processModel->namespaceId());
    const NamespaceRow *row = m_namespaceModel->itemAt(ns);
    if (!row) {
        m_details->showNothing();
        return;
    }
    m_details->showNamespace(row->ns, row->usage, m_usage->tracker().process(row->ns.initHostPid),
        m_usage->history().samples(row->ns.id));
}

void MainWindow::connectClient()
{
    connect(m_client, &HelperClient::stateChanged, this, [this](HelperClient::State state) {
        showConnectionState();
        if (state == HelperClient::State::HelperStopped)
            clearTrees();
        if (state == HelperClient::State::Connected && m_namespaceModel->rowCount() == 0)
            reloadAll();
    });
    connect(m_client, &HelperClient::helperAvailable, this, &MainWindow::reloadAll);
    connect(m_client, &HelperClient::namespacesChanged, this, &MainWindow::onNamespacesChanged);
    connect(m_client, &HelperClient::processesChanged, m_processModel, &ProcessModel::applyDelta);
    connect(m_client, &HelperClient::namespaceExited, this, &MainWindow::onNamespaceExited);
    connect(m_client, &HelperClient::appExited, m_notifier, &Notifier::onAppExited);
    connect(m_client, &HelperClient::namespaceStarted, m_notifier,
        [this](quint64 namespaceId, qint32, quint32, const QStringList &arguments) {
            m_notifier->noteStarted(namespaceId, arguments);
        });
    connect(m_notifier, &Notifier::notified, this,
        [this](const QString &, const QString &text) { statusBar()->showMessage(text); });
}

// A helper that stopped took the namespaces it launched with it, and nothing keeps the rest
// current, so the trees show nothing until it returns rather than rows that may be gone.
void MainWindow::clearTrees()
{
    m_processModel->setNamespace(0);
    m_namespaceModel->setNamespaces({});
    updateDetails();
}

void MainWindow::showConnectionState()
{
    const bool connected = m_client->state() == HelperClient::State::Connected;
    m_banner->setMessage(connected ? QString() : m_client->stateExplanation());
    updateActions();
}

void MainWindow::reloadAll()
{
    m_client->listNamespaces([this](const CallError &error, const NamespaceList &namespaces) {
        if (!error.isError())
            onNamespacesChanged(namespaces);
    });
    reloadProcesses();
    m_usage->reload();
}

void MainWindow::reloadProcesses()
{
    const quint64 namespaceId = m_processModel->namespaceId();
    if (namespaceId == 0)
        return;

    m_client->getProcesses(
        namespaceId, [this, namespaceId](const CallError &error, const ProcessList &processes) {
            // A reply for a namespace that is no longer selected would empty the view.
            if (error.isError() || m_processModel->namespaceId() != namespaceId)
                return;
            const bool firstLoad = m_processModel->rowCount() == 0;
            m_processModel->setProcesses(processes);
            if (firstLoad) {
                m_processExpander->expandAll();
                fitColumnsToContents(m_processView);
            }
        });
}

void MainWindow::onNamespacesChanged(const NamespaceList &namespaces)
{
    m_namespaceModel->setNamespaces(namespaces);
    m_notifier->noteNamespaces(namespaces);
    selectFallbackNamespace();
    updateActions();
}

// Selects the first row shown, normally the host namespace, when the process pane shows no
// namespace: at start-up, and after the selected namespace ended while the filter hid its row.
// The view's current row is no guide, because it is also empty while the filter hides the
// selected namespace.
void MainWindow::selectFallbackNamespace()
{
    if (m_pendingSelection != 0)
        return;
    if (m_namespaceModel->indexForKey(m_processModel->namespaceId()).isValid())
        return;

    m_namespaceView->setCurrentIndex(m_namespaceProxy->index(0, 0));
}

void MainWindow::selectNamespace(quint64 namespaceId)
{
    m_pendingSelection = namespaceId;
    selectPendingNamespace();
}

quint64 MainWindow::selectedNamespace() const
{
    const QModelIndex current = m_namespaceView->currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(NamespaceModel::NamespaceIdRole).toULongLong();
}

void MainWindow::selectPendingNamespace()
{
    if (m_pendingSelection == 0)
        return;

    const QModelIndex row = m_namespaceModel->indexForKey(m_pendingSelection);
    if (!row.isValid())
        return;

    m_pendingSelection = 0;
    QModelIndex shown = m_namespaceProxy->mapFromSource(row);
    // The namespace was just launched, so the user expects to see it even if the filter would
    // hide it.
    if (!shown.isValid()) {
        m_namespaceFilterEdit->clear();
        shown = m_namespaceProxy->mapFromSource(row);
    }
    m_namespaceView->setCurrentIndex(shown);
    m_namespaceView->scrollTo(shown);
}

void MainWindow::applySelectedNamespace()
{
    const quint64 namespaceId = selectedNamespace();
    if (namespaceId != m_processModel->namespaceId()) {
        m_processModel->setNamespace(namespaceId);
        reloadProcesses();
    }
    updateActions();
}

// A filter change moves the current row to a neighbour of a row it hides, or clears it. Only
// changes outside one are the user's choice of namespace for the process pane.
void MainWindow::onNamespaceCurrentChanged()
{
    if (m_namespaceViewState->isRefiltering())
        updateActions();
    else
        applySelectedNamespace();
}

// Namespaces are few, so every level stays open: rows the proxy adds show up expanded, whether
// new namespaces or rows that a filter change or a live update brings into view. After a filter
// change, ViewStateKeeper collapses again the rows the user had collapsed.
void MainWindow::expandInsertedNamespaces(const QModelIndex &parent, int first, int last)
{
    m_namespaceView->expand(parent);
    for (int row = first; row <= last; ++row)
        m_namespaceView->expandRecursively(m_namespaceProxy->index(row, 0, parent));
}

void MainWindow::updateActions()
{
    const HelperClient::State state = m_client->state();
    const QModelIndex current = m_namespaceView->currentIndex();
    const bool ownNamespace = current.data(NamespaceModel::CreatedByNestboxRole).toBool();

    m_launchAction->setEnabled(state != HelperClient::State::NoSystemBus
        && state != HelperClient::State::HelperNotRunning
        && state != HelperClient::State::HelperStopped);
    m_terminateAction->setEnabled(state == HelperClient::State::Connected && ownNamespace);

    m_processActions->updateEnabled();
}

void MainWindow::onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal)
{
    m_namespaceModel->setExitStatus(namespaceId, exitCode, termSignal);
    m_notifier->onNamespaceExited(namespaceId, exitCode, termSignal);
}

void MainWindow::showLaunchDialog()
{
    LaunchDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QStringList arguments = dialog.arguments();
    m_client->launch(arguments, dialog.workingDirectory(),
        [this, arguments](const CallError &error, quint64 namespaceId, qint32 pid) {
            if (error.isError()) {
                showCallError(CallErrorMessage(error, QStringLiteral("Launch"),
                    tr("Launching %1 failed: %2").arg(arguments.first(), error.message)));
                return;
            }
            statusBar()->showMessage(tr("Started %1 in namespace %2 as host PID %3.")
                                         .arg(arguments.join(u' '))
                                         .arg(namespaceId)
                                         .arg(pid));
            selectNamespace(namespaceId);
        });
}

void MainWindow::showProfileManager()
{
    ProfileManagerDialog dialog(m_profileStore, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(QSystemTrayIcon::isSystemTrayAvailable(), this);
    dialog.exec();
}

void MainWindow::onProfileLaunched(
    quint64 namespaceId, const QString &profileName, const QString &message)
{
    m_notifier->setAppName(namespaceId, profileName);
    statusBar()->showMessage(message);
    selectNamespace(namespaceId);
}

void MainWindow::terminateSelectedNamespace()
{
    const quint64 namespaceId = selectedNamespace();
    if (namespaceId == 0)
        return;

    m_client->terminateNamespace(namespaceId, [this, namespaceId](const CallError &error) {
        if (!error.isError())
            return;
        QString failure;
        if (error.name == QLatin1String("org.nestbox.Error.NotFound"))
            failure = tr("Namespace %1 has already ended.").arg(namespaceId);
        else
            failure = tr("Terminating namespace %1 failed: %2").arg(namespaceId).arg(error.message);
        const CallErrorMessage text(error, QStringLiteral("TerminateNamespace"), failure);
        showStatusMessage(text.text(), text.details());
    });
}

// open() returns at once, unlike exec(), so tests can read the box while it is shown.
void MainWindow::showCallError(const CallErrorMessage &error)
{
    auto *box
        = new QMessageBox(QMessageBox::Warning, tr("Nestbox"), error.text(), QMessageBox::Ok, this);
    box->setDetailedText(error.details());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The status bar has no room for details, so the helper's raw error becomes its tool tip.
void MainWindow::showStatusMessage(const QString &text, const QString &details, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
    statusBar()->setToolTip(details);
}

} // namespace nestbox
