// SPDX-License-Identifier: GPL-3.0-or-later
// Tests which signals SignalProcess accepts.
#include "signalallowlist.h"

#include <csignal>
#include <QTest>

class TestSignalAllowList : public QObject
{
    Q_OBJECT

private slots:
    void allowList_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("allowed");

        QTest::newRow("TERM") << SIGTERM << true;
        QTest::newRow("INT") << SIGINT << true;
        QTest::newRow("HUP") << SIGHUP << true;
        QTest::newRow("KILL") << SIGKILL << true;
        QTest::newRow("STOP") << SIGSTOP << true;
        QTest::newRow("CONT") << SIGCONT << true;
        QTest::newRow("USR1") << SIGUSR1 << true;
        QTest::newRow("USR2") << SIGUSR2 << true;
        QTest::newRow("QUIT") << SIGQUIT << true;
        QTest::newRow("0 (existence probe)") << 0 << false;
        QTest::newRow("negative") << -SIGTERM << false;
        QTest::newRow("SEGV") << SIGSEGV << false;
        QTest::newRow("ABRT") << SIGABRT << false;
        QTest::newRow("CHLD") << SIGCHLD << false;
        QTest::newRow("SYS") << SIGSYS << false;
        QTest::newRow("first real-time") << SIGRTMIN << false;
        QTest::newRow("out of range") << 1000 << false;
    }

    void allowList()
    {
        QFETCH(int, signal);
        QFETCH(bool, allowed);
        QCOMPARE(nestbox::isAllowedSignal(signal), allowed);
    }
};

QTEST_APPLESS_MAIN(TestSignalAllowList)
#include "tst_signalallowlist.moc"
