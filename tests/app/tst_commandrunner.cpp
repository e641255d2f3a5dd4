// SPDX-License-Identifier: GPL-3.0-or-later
// CommandRunner: which exit code each D-Bus error name maps to, the message of a polkit
// refusal, and which signal names and numbers `nestboxctl signal` accepts.
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
    void accessDeniedMessage_data();
    void accessDeniedMessage();
    void allowedSignals_data();
    void allowedSignals();
    void allowedSignalNames();
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

void TestCommandRunner::accessDeniedMessage_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("helperMessage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("signal-other")
        << "SignalProcess"
        << "not authorized for org.nestbox.signal-other: not authorized by polkit"
        << "access denied by polkit for action org.nestbox.signal-other: not authorized by polkit";
    QTest::newRow("own signal")
        << "TerminateNamespace"
        << "not authorized for org.nestbox.signal: no agent"
        << "access denied by polkit for action org.nestbox.signal: no agent";
    QTest::newRow("no action named") << "Launch"
                                     << "cannot identify the caller"
                                     << "access denied for Launch: cannot identify the caller";
}

void TestCommandRunner::accessDeniedMessage()
{
    QFETCH(QString, method);
    QFETCH(QString, helperMessage);
    QFETCH(QString, expected);

    const CallError error { QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"),
        helperMessage };
    const CommandRunner::ErrorReport report = CommandRunner::describeError(method, error);

    QCOMPARE(report.message, expected);
    QCOMPARE(report.exitCode, int(nestbox::ExitAccessDenied));
}

void TestCommandRunner::allowedSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("TERM") << SIGTERM << true;
    QTest::newRow("HUP") << SIGHUP << true;
    QTest::newRow("KILL") << SIGKILL << true;
    QTest::newRow("STOP") << SIGSTOP << true;
    QTest::newRow("WINCH") << SIGWINCH << false;
    QTest::newRow("SEGV") << SIGSEGV << false;
    QTest::newRow("real-time") << SIGRTMIN << false;
    QTest::newRow("zero") << 0 << false;
}

void TestCommandRunner::allowedSignals()
{
    QFETCH(int, signal);
    QFETCH(bool, allowed);

    QCOMPARE(CommandRunner::isSignalAllowed(signal), allowed);
}

void TestCommandRunner::allowedSignalNames()
{
    QCOMPARE(CommandRunner::allowedSignalNames(),
        QStringLiteral("HUP, INT, QUIT, KILL, USR1, USR2, TERM, CONT or STOP"));
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
