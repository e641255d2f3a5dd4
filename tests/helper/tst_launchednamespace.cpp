// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the launcher and nestbox-init together by starting real namespaces as the user nobody:
// exit codes and signals propagate, orphans are reaped, a kept namespace outlives its app, and
// nothing is left as a zombie.
// Needs root; skips otherwise.
#include "launchednamespace.h"

#include <algorithm>
#include <csignal>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using nestbox::LaunchedNamespace;
using nestbox::NamespaceExitPolicy;

namespace {

constexpr uid_t nobodyUid = 65534;
constexpr int startTimeoutMs = 5000;

QList<qint32> childrenOf(pid_t pid)
{
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    QList<qint32> children;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &field : file.readAll().split(' ')) {
            if (!field.trimmed().isEmpty()) {
                children.append(field.trimmed().toInt());
            }
        }
    }
    return children;
}

} // namespace

class TestLaunchedNamespace : public QObject
{
    Q_OBJECT

private:
    // groups, when set, replaces the --groups value that prepareLaunchPlan derived for nobody.
    std::unique_ptr<LaunchedNamespace> launch(const QStringList &command,
        const std::string &groups = {},
        NamespaceExitPolicy exitPolicy = NamespaceExitPolicy::EndWithApp)
    {
        nestbox::LaunchPlan plan;
        QString error;
        const nestbox::LaunchRequest request { command, QStringLiteral("/tmp"), {}, exitPolicy };
        if (!nestbox::prepareLaunchPlan(request, nobodyUid, NESTBOX_TEST_INIT_PATH, plan, error)) {
            qWarning("prepareLaunchPlan: %s", qPrintable(error));
            return nullptr;
        }
        if (!groups.empty()) {
            const auto option = std::find(
                plan.initArguments.begin(), plan.initArguments.end(), std::string("--groups"));
            *(option + 1) = groups;
        }
        std::unique_ptr<LaunchedNamespace> launched(
            LaunchedNamespace::launch(std::move(plan), error));
        if (!launched) {
            qWarning("launch: %s", qPrintable(error));
        }
        return launched;
    }

    static void verifyReaped(pid_t initPid)
    {
        errno = 0;
        QCOMPARE(waitpid(initPid, nullptr, WNOHANG), -1);
        QCOMPARE(errno, ECHILD);
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0) {
            QSKIP("creating PID namespaces needs root");
        }
    }

    void exitCodePropagates_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("termSignal");

        QTest::newRow("exit 0") << QStringLiteral("exit 0") << 0 << 0;
        QTest::newRow("exit 7") << QStringLiteral("exit 7") << 7 << 0;
        QTest::newRow("killed by KILL")
            << QStringLiteral("kill -KILL $$") << 128 + SIGKILL << SIGKILL;
    }

    void exitCodePropagates()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        QFETCH(int, termSignal);

        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"), script });
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy appExited(launched.get(), &LaunchedNamespace::appExited);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(exited.wait(startTimeoutMs));

        QCOMPARE(started.size(), 1);
        QCOMPARE(appExited.size(), 0); // only a kept namespace announces the app's exit apart
        QVERIFY(launched->namespaceId() != 0);
        QCOMPARE(exited.first().at(0).toInt(), exitCode);
        QCOMPARE(exited.first().at(1).toInt(), termSignal);
        verifyReaped(launched->initPid());
    }

    void sigtermIsForwarded()
    {
        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("trap 'exit 42' TERM; while :; do sleep 0.1; done") });
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(started.wait(startTimeoutMs));
        QVERIFY(launched->appHostPid() > 0);
        QTest::qWait(200); // lets sh install its trap

        QCOMPARE(kill(launched->initPid(), SIGTERM), 0);
        QVERIFY(exited.wait(startTimeoutMs));
        QCOMPARE(exited.first().at(0).toInt(), 42);
        verifyReaped(launched->initPid());
    }

    // The background sleep keeps the namespace after sh has exited, and its end still reports
    // sh's exit code.
    void keptNamespaceOutlivesApp()
    {
        QElapsedTimer elapsed;
        elapsed.start();
        auto launched = launch(
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1 & exit 3") }, {},
            NamespaceExitPolicy::KeepWhileProcessesLive);
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy appExited(launched.get(), &LaunchedNamespace::appExited);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(started.wait(startTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(appExited.size(), 1, startTimeoutMs);
        QCOMPARE(appExited.first().at(0).toInt(), 3);
        QCOMPARE(appExited.first().at(1).toInt(), 0);
        QCOMPARE(exited.size(), 0);

        QVERIFY(exited.wait(startTimeoutMs));
        QVERIFY2(elapsed.elapsed() >= 900, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(exited.first().at(0).toInt(), 3);
        QCOMPARE(exited.first().at(1).toInt(), 0);
        verifyReaped(launched->initPid());
    }

    // The app reports its own host PID before execve, so even an app that is gone before the
    // helper reads the Started record has one.
    void shortLivedAppHasHostPid_data()
    {
        QTest::addColumn<QStringList>("command");

        QTest::newRow("true") << QStringList { QStringLiteral("/bin/true") };
        QTest::newRow("false") << QStringList { QStringLiteral("false") };
    }

    void shortLivedAppHasHostPid()
    {
        QFETCH(QStringList, command);

        for (int attempt = 0; attempt < 20; ++attempt) {
            auto launched = launch(command);
            QVERIFY(launched);
            QSignalSpy started(launched.get(), &LaunchedNamespace::started);
            QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
            QVERIFY(exited.wait(startTimeoutMs));

            QCOMPARE(started.size(), 1);
            QVERIFY2(launched->appHostPid() > 0, qPrintable(QString::number(attempt)));
            QVERIFY(launched->appHostPid() != launched->initPid());
        }
    }

    void terminateKillsStubbornApp()
    {
        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("trap '' TERM; while :; do sleep 0.1; done") });
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(started.wait(startTimeoutMs));
        QTest::qWait(200);

        launched->terminate();
        QVERIFY(exited.wait(LaunchedNamespace::killDelayMs + startTimeoutMs));
        QCOMPARE(exited.first().at(1).toInt(), SIGKILL);
        verifyReaped(launched->initPid());
    }

    // Terminating again before the SIGKILL keeps the first deadline: with a restarted timer the
    // namespace would live until killDelayMs after the last request.
    void repeatedTerminateKeepsDeadline()
    {
        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("trap '' TERM; while :; do sleep 0.1; done") });
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(started.wait(startTimeoutMs));
        QTest::qWait(200);

        QElapsedTimer sinceFirst;
        sinceFirst.start();
        constexpr int repeatMs = LaunchedNamespace::killDelayMs / 3;
        for (int request = 0; request < 3 && exited.isEmpty(); ++request) {
            launched->terminate();
            QTest::qWait(repeatMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!exited.isEmpty(), startTimeoutMs);

        // A restarted timer would fire killDelayMs after the third request, 2 * repeatMs later.
        QVERIFY2(sinceFirst.elapsed() < LaunchedNamespace::killDelayMs + repeatMs * 3 / 2,
            qPrintable(QString::number(sinceFirst.elapsed())));
        QCOMPARE(exited.first().at(1).toInt(), SIGKILL);
        verifyReaped(launched->initPid());
    }

    void orphanIsReaped()
    {
        // The subshell exits at once, so its sleep is reparented to init and ends as its child.
        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("(sleep 0.2 &); sleep 2") });
        QVERIFY(launched);
        QSignalSpy started(launched.get(), &LaunchedNamespace::started);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(started.wait(startTimeoutMs));

        QTest::qWait(1000);
        QCOMPARE(childrenOf(launched->initPid()), QList<qint32> { launched->appHostPid() });
        QVERIFY(exited.wait(startTimeoutMs));
        verifyReaped(launched->initPid());
    }

    void unsortedGroupsAreSet()
    {
        // The kernel sorts supplementary groups, so init must not expect them in the given order.
        auto launched = launch({ QStringLiteral("sh"), QStringLiteral("-c"),
                                   QStringLiteral("test \"$(id -G)\" = '65534 4 100'") },
            "100,4,65534");
        QVERIFY(launched);
        QSignalSpy failed(launched.get(), &LaunchedNamespace::launchFailed);
        QSignalSpy exited(launched.get(), &LaunchedNamespace::exited);
        QVERIFY(exited.wait(startTimeoutMs));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(exited.first().at(0).toInt(), 0);
    }

    void missingCommandFails()
    {
        auto launched = launch({ QStringLiteral("nestbox-no-such-command") });
        QVERIFY(launched);
        QSignalSpy failed(launched.get(), &LaunchedNamespace::launchFailed);
        QVERIFY(failed.wait(startTimeoutMs));
        QCOMPARE(failed.first().at(0).toString(),
            QStringLiteral("cannot execute 'nestbox-no-such-command': No such file or directory"));
    }
};

QTEST_GUILESS_MAIN(TestLaunchedNamespace)
#include "tst_launchednamespace.moc"
