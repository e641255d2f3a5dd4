// SPDX-License-Identifier: GPL-3.0-or-later
// Notifier: exit texts, the start times they measure from, and where a notification goes.
#include "notifier.h"

#include <cstring>
#include <QFile>
#include <QFileInfo>
#include <QSystemTrayIcon>
#include <unistd.h>

namespace nestbox {

namespace {

// The wall-clock time at which host process pid started, from its start tick in /proc/PID/stat
// and the system uptime, or nothing when either cannot be read.
std::optional<QDateTime> processStartTime(qint32 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return std::nullopt;

    // The command name may contain spaces and parentheses, so fields are counted after the last
    // ')'.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int startTimeField = 19; // field 22 of proc_pid_stat(5), counted from state
    bool ok = false;
    const double startTicks = fields.value(startTimeField).toDouble(&ok);
    const double uptimeSeconds = uptime.readAll().split(' ').value(0).toDouble();
    if (!ok || uptimeSeconds <= 0)
        return std::nullopt;

    const double secondsAgo = uptimeSeconds - startTicks / double(sysconf(_SC_CLK_TCK));
    return QDateTime::currentDateTimeUtc().addMSecs(-qint64(secondsAgo * 1000));
}

QString signalName(int signal)
{
    const char *name = sigabbrev_np(signal);
    return name ? QString::fromLatin1(name) : QString::number(signal);
}

} // namespace

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

QString Notifier::exitText(
    const QString &appName, int exitCode, int termSignal, std::optional<qint64> runtimeSeconds)
{
    if (!runtimeSeconds) {
        if (termSignal != 0)
            return tr("%1 was killed by signal %2.").arg(appName, signalName(termSignal));
        return tr("%1 exited with code %2.").arg(appName).arg(exitCode);
    }

    const QString duration = durationText(*runtimeSeconds);
    if (termSignal != 0)
        return tr("%1 was killed by signal %2 after %3.")
            .arg(appName, signalName(termSignal), duration);
    return tr("%1 exited with code %2 after %3.").arg(appName).arg(exitCode).arg(duration);
}

QString Notifier::durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

void Notifier::noteStarted(quint64 namespaceId, const QStringList &arguments)
{
    App &app = m_apps[namespaceId];
    if (app.name.isEmpty())
        app.name = QFileInfo(arguments.value(0)).fileName();
    app.startedAt = QDateTime::currentDateTimeUtc();
    m_notified.remove(namespaceId);
}

void Notifier::setAppName(quint64 namespaceId, const QString &name)
{
    m_apps[namespaceId].name = name;
}

void Notifier::noteNamespaces(const NamespaceList &namespaces)
{
    QSet<quint64> present;
    for (const NamespaceInfo &ns : namespaces) {
        present.insert(ns.id);
        if (!ns.createdByNestbox)
            continue;

        App &app = m_apps[ns.id];
        if (app.name.isEmpty())
            app.name = QFileInfo(ns.command.value(0)).fileName();
        if (!app.startedAt)
            app.startedAt = processStartTime(ns.initHostPid);
    }

    // A notification may come after the namespace left the list, so only names of namespaces
    // that were already notified are dropped here.
    for (auto it = m_notified.begin(); it != m_notified.end();) {
        if (present.contains(*it)) {
            ++it;
            continue;
        }
        m_apps.remove(*it);
        it = m_notified.erase(it);
    }
}

void Notifier::onAppExited(quint64 namespaceId, int exitCode, int termSignal)
{
    if (m_notified.contains(namespaceId) || m_appExited.contains(namespaceId))
        return;
    m_appExited.insert(namespaceId);

    const QString name = appName(namespaceId);
    notify(tr("%1 has ended").arg(name),
        exitText(name, exitCode, termSignal, runtimeSeconds(namespaceId)) + QLatin1Char(' ')
            + tr("Its namespace stays until its other processes have exited."));
}

void Notifier::onNamespaceExited(quint64 namespaceId, int exitCode, int termSignal)
{
    if (m_notified.contains(namespaceId))
        return;
    m_notified.insert(namespaceId);

    const QString name = appName(namespaceId);
    // The app's own exit was notified already; this is the end of what it left running.
    if (m_appExited.remove(namespaceId)) {
        const std::optional<qint64> runtime = runtimeSeconds(namespaceId);
        notify(tr("The namespace of %1 has ended").arg(name),
            runtime ? tr("Its last process exited %1 after the app started.")
                          .arg(durationText(*runtime))
                    : tr("Its last process has exited."));
        return;
    }
    notify(tr("%1 has ended").arg(name),
        exitText(name, exitCode, termSignal, runtimeSeconds(namespaceId)));
}

QString Notifier::appName(quint64 namespaceId) const
{
    const QString name = m_apps.value(namespaceId).name;
    return name.isEmpty() ? tr("The app in namespace %1").arg(namespaceId) : name;
}

std::optional<qint64> Notifier::runtimeSeconds(quint64 namespaceId) const
{
    const std::optional<QDateTime> startedAt = m_apps.value(namespaceId).startedAt;
    if (!startedAt)
        return std::nullopt;
    return startedAt->secsTo(QDateTime::currentDateTimeUtc());
}

void Notifier::notify(const QString &title, const QString &text)
{
    const bool inTray = m_tray && m_tray->isVisible();
    if (inTray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    emit notified(title, text, inTray);
}

} // namespace nestbox
