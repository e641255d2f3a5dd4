// SPDX-License-Identifier: GPL-3.0-or-later
// CommandRunner: the calls behind each nestboxctl command and their error reporting.
#include "commandrunner.h"

#include "signalallowlist.h"

#include <csignal>
#include <cstdio>
#include <cstring>
#include <QRegularExpression>
#include <unistd.h>

namespace nestbox {

namespace {

void printOut(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fprintf(stderr, "nestboxctl: %s\n", qPrintable(text));
}

// The helper's refusal reads "not authorized for ACTION: REASON". For a signal, ACTION depends
// on whose process it is, so the message names the action the helper checked.
QString accessDeniedMessage(const QString &method, const QString &message)
{
    static const QRegularExpression checkedAction(
        QStringLiteral("^not authorized for (org\\.nestbox\\.[a-z-]+): (.*)$"));
    const QRegularExpressionMatch match = checkedAction.match(message);
    if (!match.hasMatch())
        return QStringLiteral("access denied for %1: %2").arg(method, message);
    return QStringLiteral("access denied by polkit for action %1: %2")
        .arg(match.captured(1), match.captured(2));
}

} // namespace

CommandRunner::CommandRunner(HelperClient *client, OutputFormatter formatter, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_formatter(std::move(formatter))
{
    connect(m_client, &HelperClient::namespaceExited, this, &CommandRunner::onNamespaceExited);
    connect(m_client, &HelperClient::appExited, this, &CommandRunner::onAppExited);
    connect(m_client, &HelperClient::helperLeft, this, &CommandRunner::onHelperLeft);
    connect(m_client, &HelperClient::stateChanged, this, &CommandRunner::onStateChanged);
}

std::optional<int> CommandRunner::parseSignal(const QString &text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number >= 1 && number <= SIGRTMAX ? std::optional(number) : std::nullopt;

    QString name = text.toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name.remove(0, 3);
    for (int signal = 1; signal < SIGRTMIN; ++signal) {
        const char *abbreviation = sigabbrev_np(signal);
        if (abbreviation && name == QLatin1String(abbreviation))
            return signal;
    }
    return std::nullopt;
}

bool CommandRunner::isSignalAllowed(int signal)
{
    return isAllowedSignal(signal);
}

QString CommandRunner::allowedSignalNames()
{
    QStringList names;
    for (int signal = 1; signal <= SIGRTMAX; ++signal) {
        const char *abbreviation = sigabbrev_np(signal);
        if (isAllowedSignal(signal) && abbreviation)
            names.append(QLatin1String(abbreviation));
    }
    const QString last = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? last : names.join(QLatin1String(", ")) + QLatin1String(" or ") + last;
}

CommandRunner::ErrorReport CommandRunner::describeError(
    const QString &method, const CallError &error)
{
    const QString &name = error.name;
    if (name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied"))
        return { ExitAccessDenied, accessDeniedMessage(method, error.message) };
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")) {
        return { ExitUnavailable,
            QStringLiteral("the Nestbox helper (org.nestbox.Helper) is not running and the "
                           "system bus cannot start it: %1")
                .arg(error.message) };
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.NoServer")
        || name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")) {
        return { ExitUnavailable,
            QStringLiteral("cannot reach the D-Bus system bus: %1").arg(error.message) };
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.InvalidArgs"))
        return { ExitInvalidArgument, QStringLiteral("invalid argument: %1").arg(error.message) };
    if (name == QLatin1String("org.nestbox.Error.NotFound"))
        return { ExitNotFound, QStringLiteral("not found: %1").arg(error.message) };
    if (name == QLatin1String("org.nestbox.Error.LaunchFailed"))
        return { ExitLaunchFailed, QStringLiteral("launch failed: %1").arg(error.message) };
    return { ExitFailure, QStringLiteral("%1 failed: %2: %3").arg(method, name, error.message) };
}

int CommandRunner::reportError(const QString &method, const CallError &error)
{
    const ErrorReport report = describeError(method, error);
    printError(report.message);
    return report.exitCode;
}

void CommandRunner::launch(const QStringList &arguments, const QString &workingDirectory, bool wait,
    const LaunchOptions &options)
{
    // The app may exit before the Launch reply is handled, so NamespaceExited is recorded from
    // now on. The client subscribed to that signal when it connected.
    m_waiting = wait;

    auto done = [this](const CallError &error, quint64 namespaceId, qint32 hostPid) {
        if (error.isError()) {
            emit finished(reportError(QStringLiteral("LaunchWithOptions"), error));
            return;
        }

        printOut(QStringLiteral("namespace %1 pid %2\n").arg(namespaceId).arg(hostPid).toUtf8());
        if (!m_waiting) {
            emit finished(ExitSuccess);
            return;
        }

        m_waitedNamespace = namespaceId;
        if (m_appExitCodes.contains(namespaceId))
            reportAppExit(namespaceId, m_appExitCodes.value(namespaceId));
        if (m_exitCodes.contains(namespaceId)) {
            emit finished(m_exitCodes.value(namespaceId));
            return;
        }
        if (m_interrupts > 0)
            terminateWaitedNamespace();
    };

    m_client->launchWithOptions(arguments, workingDirectory, options, std::move(done));
}

// Returns whether an exit of namespaceId concerns the namespace that launch --wait waits for.
// One that arrives before the Launch reply names that namespace is kept in early, for the reply.
bool CommandRunner::isWaitedExit(quint64 namespaceId, int exitCode, QHash<quint64, int> &early)
{
    if (!m_waiting)
        return false;
    if (m_waitedNamespace == 0) {
        early.insert(namespaceId, exitCode);
        return false;
    }
    return namespaceId == m_waitedNamespace;
}

void CommandRunner::onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal)
{
    Q_UNUSED(termSignal); // exitCode already is 128 + termSignal for a killed app
    if (isWaitedExit(namespaceId, exitCode, m_exitCodes))
        emit finished(exitCode);
}

// Only a namespace kept while processes live sends AppExited. Waiting on may then take long, so
// the user learns why.
void CommandRunner::onAppExited(quint64 namespaceId, int exitCode, int termSignal)
{
    Q_UNUSED(termSignal);
    if (isWaitedExit(namespaceId, exitCode, m_appExitCodes))
        reportAppExit(namespaceId, exitCode);
}

// Without the helper no NamespaceExited can come, and its death killed the namespace's init.
// Before the Launch reply there is nothing to wait for yet, and the pending call fails instead.
void CommandRunner::onHelperLeft()
{
    if (!m_waiting || m_waitedNamespace == 0)
        return;
    stopWaiting(QStringLiteral("the Nestbox helper stopped while waiting for namespace %1; the "
                               "namespace has ended with it")
                    .arg(m_waitedNamespace));
}

void CommandRunner::onStateChanged(HelperClient::State state)
{
    if (state != HelperClient::State::NoSystemBus || !m_waiting || m_waitedNamespace == 0)
        return;
    stopWaiting(QStringLiteral("lost the D-Bus system bus while waiting for namespace %1, so "
                               "its exit cannot be reported: %2")
                    .arg(m_waitedNamespace)
                    .arg(m_client->errorText()));
}

void CommandRunner::stopWaiting(const QString &reason)
{
    printError(reason);
    m_waiting = false;
    emit finished(ExitUnavailable);
}

void CommandRunner::reportAppExit(quint64 namespaceId, int exitCode)
{
    printError(QStringLiteral("the app exited with code %1; namespace %2 stays until its other "
                              "processes have exited")
                   .arg(exitCode)
                   .arg(namespaceId));
}

void CommandRunner::interrupt(int signal)
{
    ++m_interrupts;
    if (!m_waiting || m_interrupts > 1) {
        emit finished(128 + signal);
        return;
    }

    // Before the Launch reply there is no namespace to end yet, so the reply handler ends it.
    if (m_waitedNamespace != 0)
        terminateWaitedNamespace();
}

void CommandRunner::terminateWaitedNamespace()
{
    printError(QStringLiteral("interrupted: terminating namespace %1; interrupt again to stop "
                              "waiting")
                   .arg(m_waitedNamespace));
    m_client->terminateNamespace(m_waitedNamespace, [this](const CallError &error) {
        if (error.isError())
            emit finished(reportError(QStringLiteral("TerminateNamespace"), error));
    });
}

void CommandRunner::listNamespaces(bool json)
{
    m_client->listNamespaces([this, json](const CallError &error, const NamespaceList &list) {
        if (error.isError()) {
            emit finished(reportError(QStringLiteral("ListNamespaces"), error));
            return;
        }
        printOut(
            json ? m_formatter.namespacesJson(list) : m_formatter.namespacesText(list).toUtf8());
        emit finished(ExitSuccess);
    });
}

void CommandRunner::showProcessTree(quint64 namespaceId, bool json)
{
    m_client->getProcesses(namespaceId,
        [this, namespaceId, json](const CallError &error, const ProcessList &processes) {
            if (error.isError()) {
                emit finished(reportError(QStringLiteral("GetProcesses"), error));
                return;
            }
            // The helper reads every process, so only a namespace that does not exist is empty.
            if (namespaceId != 0 && processes.isEmpty()) {
                printError(QStringLiteral("not found: no namespace %1; `nestboxctl namespaces` "
                                          "lists the namespace ids")
                               .arg(namespaceId));
                emit finished(ExitNotFound);
                return;
            }
            printOut(json ? m_formatter.processTreeJson(processes)
                          : m_formatter.processTreeText(processes).toUtf8());
            emit finished(ExitSuccess);
        });
}

void CommandRunner::signalProcess(qint32 hostPid, int signal)
{
    // SignalProcess needs the start time, so that a recycled PID is never signalled.
    m_client->getProcesses(
        0, [this, hostPid, signal](const CallError &error, const ProcessList &processes) {
            if (error.isError()) {
                emit finished(reportError(QStringLiteral("GetProcesses"), error));
                return;
            }

            const auto process = std::find_if(processes.cbegin(), processes.cend(),
                [hostPid](const ProcessInfo &p) { return p.hostPid == hostPid; });
            if (process == processes.cend()) {
                printError(QStringLiteral("not found: no process with host PID %1").arg(hostPid));
                emit finished(ExitNotFound);
                return;
            }

            m_client->signalProcess(
                hostPid, process->startTime, signal, [this](const CallError &signalError) {
                    emit finished(signalError.isError()
                            ? reportError(QStringLiteral("SignalProcess"), signalError)
                            : ExitSuccess);
                });
        });
}

void CommandRunner::terminateNamespace(quint64 namespaceId)
{
    m_client->terminateNamespace(namespaceId, [this](const CallError &error) {
        emit finished(error.isError() ? reportError(QStringLiteral("TerminateNamespace"), error)
                                      : ExitSuccess);
    });
}

} // namespace nestbox
