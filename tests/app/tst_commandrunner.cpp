// SPDX-License-Identifier: GPL-3.0-or-later
// CommandRunner: which exit code each D-Bus error name maps to, and which signal names and
// numbers `nestboxctl signal` accepts.
#include "commandrunner.h"

#include <csignal>
#include <QTest>

using nestbox::CallError;
using nestbox::CommandRunner;

class TestCommandRunner : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void signalNames_data();
    void signalNames();
};

void TestCommandRunner::exitCodes_data()
{
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("polkit") << "org.freedesktop.DBus.Error.AccessDenied"
                            << int(nestbox::ExitAccessDenied);
    QTest::newRow("not running") << "org.freedesktop.DBus.Error.ServiceUnknown"
                                 << int(nestbox::ExitUnavailable);
    QTest::newRow("no owner") << "org.freedesktop.DBus.Error.NameHasNoOwner"
                              << int(nestbox::ExitUnavailable);
    QTest::newRow("no bus") << "org.freedesktop.DBus.Error.NoServer"
                            << int(nestbox::ExitUnavailable);
    QTest::newRow("bus lost") << "org.freedesktop.DBus.Error.Disconnected"
                              << int(nestbox::ExitUnavailable);
    QTest::newRow("invalid") << "org.freedesktop.DBus.Error.InvalidArgs"
                             << int(nestbox::ExitInvalidArgument);
    QTest::newRow("not found") << "org.nestbox.Error.NotFound" << int(nestbox::ExitNotFound);
    QTest::newRow("launch") << "org.nestbox.Error.LaunchFailed" << int(nestbox::ExitLaunchFailed);
    QTest::newRow("timeout") << "org.freedesktop.DBus.Error.NoReply" << int(nestbox::ExitFailure);
}

void TestCommandRunner::exitCodes()
{
    QFETCH(QString, errorName);
    QFETCH(int, exitCode);

    const CallError error { errorName, QStringLiteral("message from the test") };

    QCOMPARE(CommandRunner::reportError(QStringLiteral("Launch"), error), exitCode);
}

void TestCommandRunner::signalNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("signal");

    QTest::newRow("name") << "TERM" << SIGTERM;
    QTest::newRow("SIG prefix") << "SIGKILL" << SIGKILL;
    QTest::newRow("lower case") << "hup" << SIGHUP;
    QTest::newRow("number") << "10" << 10;
    QTest::newRow("last real-time") << QString::number(SIGRTMAX) << SIGRTMAX;
    QTest::newRow("zero") << "0" << 0;
    QTest::newRow("too large") << QString::number(SIGRTMAX + 1) << 0;
    QTest::newRow("negative") << "-9" << 0;
    QTest::newRow("unknown name") << "FOO" << 0;
    QTest::newRow("SIG alone") << "SIG" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestCommandRunner::signalNames()
{
    QFETCH(QString, text);
    QFETCH(int, signal);

    const std::optional<int> parsed = CommandRunner::parseSignal(text);

    QCOMPARE(parsed.value_or(0), signal);
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
