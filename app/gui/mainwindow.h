// SPDX-License-Identifier: GPL-3.0-or-later
// Nestbox's main window: the namespace tree on the left, the selected namespace's process tree on
// the right, kept current from the helper's signals, with a banner whenever the helper cannot be
// used.
#pragma once

#include "dbustypes.h"

#include <QMainWindow>

class QAction;
class QKeySequence;
class QLineEdit;
class QTreeView;

namespace nestbox {

class BranchExpander;
class CallErrorMessage;
class DetailsPane;
class HelperClient;
class NamespaceFilterProxy;
class NamespaceModel;
class Notifier;
class ProcessActions;
class ProcessFilterProxy;
class ProcessModel;
class ProfileLauncher;
class ProfileStore;
class StatusBanner;
class UsageMonitor;
class ViewStateKeeper;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// client must outlive the window.
    explicit MainWindow(HelperClient *client, QWidget *parent = nullptr);

    NamespaceModel *namespaceModel() const { return m_namespaceModel; }
    ProcessModel *processModel() const { return m_processModel; }
    QTreeView *namespaceView() const { return m_namespaceView; }
    QTreeView *processView() const { return m_processView; }
    StatusBanner *banner() const { return m_banner; }
    DetailsPane *detailsPane() const { return m_details; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLineEdit *namespaceFilterEdit() const { return m_namespaceFilterEdit; }
    UsageMonitor *usageMonitor() const { return m_usage; }
    ProfileStore *profileStore() const { return m_profileStore; }
    ProfileLauncher *profileLauncher() const { return m_profileLauncher; }
    ProcessActions *processActions() const { return m_processActions; }
    Notifier *notifier() const { return m_notifier; }

    /// Selects the row of namespaceId, or does so as soon as the row appears.
    void selectNamespace(quint64 namespaceId);
    /// The id of the selected namespace, or 0.
    quint64 selectedNamespace() const;

private:
    void createActions();
    void createProfileMenus();
    void loadProfiles();
    void createViews();
    void connectClient();
    QWidget *createNamespaceSide();
    QWidget *createProcessSide();
    QLineEdit *createFilterEdit(const QString &placeholder, const QString &accessibleName,
        const QString &actionText, const QKeySequence &shortcut);
    void updateDetails();

    void showConnectionState();
    void clearTrees();
    void reloadAll();
    void reloadProcesses();
    void applySelectedNamespace();
    void onNamespaceCurrentChanged();
    void expandInsertedNamespaces(const QModelIndex &parent, int first, int last);
    void selectPendingNamespace();
    void selectFallbackNamespace();
    void updateActions();

    void onNamespacesChanged(const NamespaceList &namespaces);
    void onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal);
    void showLaunchDialog();
    void showProfileManager();
    void showSettings();
    void onProfileLaunched(quint64 namespaceId, const QString &profileName, const QString &message);
    void terminateSelectedNamespace();
    void showCallError(const CallErrorMessage &error);
    void showStatusMessage(const QString &text, const QString &details, int timeoutMs = 0);

    HelperClient *m_client;
    NamespaceModel *m_namespaceModel;
    ProcessModel *m_processModel;
    QTreeView *m_namespaceView = nullptr;
    QTreeView *m_processView = nullptr;
    BranchExpander *m_processExpander = nullptr;
    NamespaceFilterProxy *m_namespaceProxy = nullptr;
    ProcessFilterProxy *m_processProxy = nullptr;
    ViewStateKeeper *m_namespaceViewState = nullptr;
    ViewStateKeeper *m_processViewState = nullptr;
    QLineEdit *m_namespaceFilterEdit = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    DetailsPane *m_details = nullptr;
    UsageMonitor *m_usage = nullptr;
    StatusBanner *m_banner = nullptr;
    QAction *m_launchAction = nullptr;
    QAction *m_terminateAction = nullptr;
    QAction *m_refreshAction = nullptr;
    ProfileStore *m_profileStore;
    ProfileLauncher *m_profileLauncher;
    Notifier *m_notifier;
    ProcessActions *m_processActions = nullptr;
    quint64 m_pendingSelection = 0;
};

} // namespace nestbox
