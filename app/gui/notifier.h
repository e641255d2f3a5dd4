// SPDX-License-Identifier: GPL-3.0-or-later
// Tells the user when an app that Nestbox launched has exited: its name, how it ended and how
// long it ran, as a tray balloon when a tray icon is shown, else in the main window's status bar.
#pragma once

#include "namespaceinfo.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSystemTrayIcon>

namespace nestbox {

class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QObject *parent = nullptr);

    /// Shows later notifications on tray while it is visible. With nullptr they go to the status
    /// bar only.
    void setTray(QSystemTrayIcon *tray) { m_tray = tray; }

    /// "NAME exited with code N after DURATION." or "NAME was killed by signal TERM after ...";
    /// without runtime the duration is left out.
    static QString exitText(
        const QString &appName, int exitCode, int termSignal, std::optional<qint64> runtimeSeconds);
    /// "45 s", "3 min 5 s", "2 h 10 min": precise for short runs, rounded for long ones.
    static QString durationText(qint64 seconds);

    /// Records that namespaceId started now, named after its program unless it has a name.
    void noteStarted(quint64 namespaceId, const QStringList &arguments);
    /// Names the app in namespaceId, for example after the launch profile that started it.
    void setAppName(quint64 namespaceId, const QString &name);
    /// Records the namespaces that started before the window saw them, and drops gone ones.
    void noteNamespaces(const NamespaceList &namespaces);
    /// Notifies once per namespace, however often the exit is reported.
    void onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal);
    /// Notifies that the app of a namespace kept while processes live has exited; the later
    /// onNamespaceExited() then reports that the namespace has ended.
    void onAppExited(quint64 namespaceId, int exitCode, int termSignal);

signals:
    /// Emitted for every notification. The main window shows text in its status bar.
    void notified(const QString &title, const QString &text, bool shownInTray);

private:
    struct App
    {
        QString name;
        std::optional<QDateTime> startedAt;
    };

    QString appName(quint64 namespaceId) const;
    std::optional<qint64> runtimeSeconds(quint64 namespaceId) const;
    void notify(const QString &title, const QString &text);

    QHash<quint64, App> m_apps;
    QSet<quint64> m_notified;
    QSet<quint64> m_appExited; ///< kept namespaces whose app's exit was notified
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace nestbox
