// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for nestbox-helper on a PrivateBus: it serves scripted lists, rejects the calls a
// test selects, and lets the test emit the helper's signals.
#pragma once

#include "dbustypes.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QObject>
#include <tuple>

class FakeHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.nestbox.Helper1")

public:
    int startWatchingCalls = 0;
    bool rejectListing = false; ///< ListNamespaces fails with AccessDenied, as polkit would
    bool rejectLaunch = false; ///< Launch fails with AccessDenied
    bool rejectSignals = false; ///< SignalProcess and TerminateNamespace fail with AccessDenied
    bool rejectProcesses = false; ///< GetProcesses fails with AccessDenied
    int getProcessesCalls = 0;
    nestbox::NamespaceList namespaces;
    nestbox::ProcessList processes;
    /// Every SignalProcess call as { hostPid, startTime, signal }, in order.
    QList<std::tuple<qint32, quint64, int>> signalCalls;
    QList<quint64> terminateCalls;
    /// The last Launch or LaunchWithOptions request; every launch gets namespace 4026532100 and
    /// host PID 700.
    QStringList launchArguments;
    QString launchWorkingDirectory;
    nestbox::EnvironmentMap launchEnvironment;
    QVariantMap launchOptions; ///< of the last LaunchWithOptions; empty after Launch

    /// Emits the helper signal name with arguments from connection.
    static bool emitSignal(
        QDBusConnection &connection, const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/nestbox/Helper"), QStringLiteral("org.nestbox.Helper1"), name);
        signal.setArguments(arguments);
        return connection.send(signal);
    }

public slots:
    void StartWatching() { ++startWatchingCalls; }

    nestbox::NamespaceList ListNamespaces()
    {
        if (rejectListing)
            sendErrorReply(
                QDBusError::AccessDenied, QStringLiteral("not authorized for org.nestbox.inspect"));
        return rejectListing ? nestbox::NamespaceList {} : namespaces;
    }

    nestbox::ProcessList GetProcesses(qulonglong namespaceId)
    {
        ++getProcessesCalls;
        if (rejectProcesses) {
            rejectAs(QStringLiteral("org.nestbox.inspect"));
            return {};
        }
        nestbox::ProcessList matching;
        for (const nestbox::ProcessInfo &process : std::as_const(processes)) {
            if (namespaceId == 0 || process.pidNamespace == namespaceId)
                matching.append(process);
        }
        return matching;
    }

    qulonglong Launch(const QStringList &arguments, const QString &workingDirectory,
        const nestbox::EnvironmentMap &environment, qint32 &hostPid)
    {
        launchArguments = arguments;
        launchWorkingDirectory = workingDirectory;
        launchEnvironment = environment;
        launchOptions.clear();
        hostPid = 700;
        if (rejectLaunch)
            rejectAs(QStringLiteral("org.nestbox.launch"));
        return 4026532100;
    }

    qulonglong LaunchWithOptions(const QStringList &arguments, const QString &workingDirectory,
        const nestbox::EnvironmentMap &environment, const QVariantMap &options, qint32 &hostPid)
    {
        const qulonglong namespaceId = Launch(arguments, workingDirectory, environment, hostPid);
        launchOptions = options;
        return namespaceId;
    }

    void SignalProcess(qint32 hostPid, qulonglong startTime, qint32 signal)
    {
        signalCalls.append({ hostPid, startTime, signal });
        if (rejectSignals)
            rejectAs(QStringLiteral("org.nestbox.signal"));
    }

    void TerminateNamespace(qulonglong namespaceId)
    {
        terminateCalls.append(namespaceId);
        if (rejectSignals) {
            rejectAs(QStringLiteral("org.nestbox.signal"));
            return;
        }
        sendErrorReply(QStringLiteral("org.nestbox.Error.NotFound"),
            QStringLiteral("no namespace %1").arg(namespaceId));
    }

private:
    // The error and message the real helper returns when polkit rejects actionId.
    void rejectAs(const QString &actionId)
    {
        sendErrorReply(QDBusError::AccessDenied,
            QStringLiteral("not authorized for %1: not authorized by polkit").arg(actionId));
    }
};
