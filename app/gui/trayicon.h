// SPDX-License-Identifier: GPL-3.0-or-later
// Nestbox in the system tray: the icon gains a badge while apps launched by Nestbox run, and the
// menu offers favourite profiles, each running namespace with Open and Terminate, Open Nestbox
// and Quit. The menu is rebuilt whenever profiles or namespaces change.
#pragma once

#include <memory>
#include <QMenu>
#include <QSystemTrayIcon>

class QAbstractItemModel;

namespace nestbox {

class NamespaceModel;
class ProfileStore;

class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT

public:
    /// store and namespaces must outlive the icon.
    TrayIcon(
        const ProfileStore *store, const NamespaceModel *namespaces, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// The context menu, for tests; contextMenu() returns the same one.
    QMenu *menu() const { return m_menu.get(); }
    /// How many namespaces created by Nestbox the icon counts as running.
    int runningCount() const { return m_runningCount; }

    /// The tray icon with a badge counting running apps, or without one for count 0.
    static QIcon badgedIcon(int count);

signals:
    void launchRequested(const QString &profileId);
    void terminateRequested(quint64 namespaceId);
    /// Show the main window, with namespaceId selected unless it is 0.
    void openRequested(quint64 namespaceId);
    void quitRequested();

private:
    void rebuild();
    /// What the menu shows, so that updates which change nothing visible keep an open menu.
    QStringList contentKey() const;
    void addFavourites();
    void addNamespaces();
    void collectNamespaces(const QModelIndex &parent, QList<QModelIndex> &found) const;
    void onActivated(QSystemTrayIcon::ActivationReason reason);

    const ProfileStore *m_store;
    const NamespaceModel *m_namespaces;
    std::unique_ptr<QMenu> m_menu;
    QStringList m_contentKey { QStringLiteral("not built yet") };
    int m_runningCount = -1;
};

} // namespace nestbox
