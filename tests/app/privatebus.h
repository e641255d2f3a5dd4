// SPDX-License-Identifier: GPL-3.0-or-later
// A dbus-daemon started by a test as a stand-in system bus, so no test talks to the host's bus.
#pragma once

#include <QProcess>
#include <QTest>

class PrivateBus
{
public:
    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    /// Starts the daemon with configFile and points DBUS_SYSTEM_BUS_ADDRESS at it. Call it
    /// before the first D-Bus connection, because libdbus reads that variable only once.
    /// Returns the bus address, or an empty string when the daemon did not start.
    QString start(const QString &configFile)
    {
        m_daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + configFile, QStringLiteral("--nofork"),
                QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1") });
        if (!m_daemon.waitForStarted())
            return {};
        if (!QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 5000))
            return {};

        const QByteArray address = m_daemon.readLine().trimmed();
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
        return QString::fromUtf8(address);
    }

private:
    QProcess m_daemon;
};
