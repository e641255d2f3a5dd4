// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one nestboxctl command against the helper and reports its outcome as an exit code, with
// errors on stderr in words that name what failed.
#pragma once

#include "helperclient.h"
#include "outputformatter.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace nestbox {

/// nestboxctl's exit codes; `nestboxctl --help` lists them.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, ///< any failure without a code of its own
    ExitUsage = 2, ///< bad command line
    ExitUnavailable = 3, ///< no system bus, or the helper is not running and cannot be started
    ExitAccessDenied = 4, ///< polkit denied the action
    ExitInvalidArgument = 5, ///< the helper rejected an argument
    ExitNotFound = 6, ///< no such process or namespace
    ExitLaunchFailed = 7, ///< the helper could not start the app
};

class CommandRunner : public QObject
{
    Q_OBJECT

public:
    CommandRunner(HelperClient *client, OutputFormatter formatter, QObject *parent = nullptr);

    /// With wait, finishes once the namespace has ended, with the app's exit code or
    /// 128 + signal. With options.keepWhileProcessesLive, that may be long after the app's exit.
    void launch(const QStringList &arguments, const QString &workingDirectory, bool wait,
        const LaunchOptions &options);
    void listNamespaces(bool json);
    /// namespaceId 0 shows every namespace.
    void showProcessTree(quint64 namespaceId, bool json);
    void signalProcess(qint32 hostPid, int signal);
    void terminateNamespace(quint64 namespaceId);

    /// Ends the waited-for app through TerminateNamespace, and keeps waiting for its exit code.
    /// A second interrupt gives up waiting at once.
    void interrupt(int signal);

    /// Parses "TERM", "SIGTERM", "term" or a number from 1 to SIGRTMAX.
    static std::optional<int> parseSignal(const QString &text);
    /// Returns whether the helper's SignalProcess accepts signal, from the helper's own list.
    static bool isSignalAllowed(int signal);
    /// The names of the allowed signals in ascending number order, such as "HUP, INT, ... or STOP".
    static QString allowedSignalNames();

    /// The exit code and the stderr message for a failed call.
    struct ErrorReport
    {
        int exitCode;
        QString message;
    };
    static ErrorReport describeError(const QString &method, const CallError &error);
    /// Maps a failed call to its exit code, printing what failed to stderr.
    static int reportError(const QString &method, const CallError &error);

signals:
    void finished(int exitCode);

private:
    bool isWaitedExit(quint64 namespaceId, int exitCode, QHash<quint64, int> &early);
    void onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal);
    void onAppExited(quint64 namespaceId, int exitCode, int termSignal);
    static void reportAppExit(quint64 namespaceId, int exitCode);
    void terminateWaitedNamespace();
    void onHelperLeft();
    void onStateChanged(HelperClient::State state);
    void stopWaiting(const QString &reason);

    HelperClient *m_client;
    OutputFormatter m_formatter;
    quint64 m_waitedNamespace = 0;
    bool m_waiting = false;
    int m_interrupts = 0;
    QHash<quint64, int> m_exitCodes; ///< NamespaceExited that arrived before the Launch reply
    QHash<quint64, int> m_appExitCodes; ///< AppExited that arrived before the Launch reply
};

} // namespace nestbox
