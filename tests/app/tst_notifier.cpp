// SPDX-License-Identifier: GPL-3.0-or-later
// Notifier: the exit sentence for codes, signals and durations, the app's name from each source,
// and exactly one notification per exited namespace.
#include "notifier.h"

#include <csignal>
#include <QSignalSpy>
#include <QTest>

using nestbox::NamespaceInfo;
using nestbox::Notifier;

class TestNotifier : public QObject
{
    Q_OBJECT

private slots:
    void exitText_data();
    void exitText();
    void durationText_data();
    void durationText();
    void oneNotificationPerExit();
    void keptNamespaceNotifiesTwice();
    void nameFromEachSource_data();
    void nameFromEachSource();
};

void TestNotifier::exitText_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("termSignal");
    QTest::addColumn<qint64>("runtime"); // -1: unknown
    QTest::addColumn<QString>("expected");

    QTest::newRow("code 0") << 0 << 0 << qint64(5) << "Editor exited with code 0 after 5 s.";
    QTest::newRow("code 3, no runtime") << 3 << 0 << qint64(-1) << "Editor exited with code 3.";
    QTest::newRow("TERM") << 0 << SIGTERM << qint64(61)
                          << "Editor was killed by signal TERM after 1 min 1 s.";
    QTest::newRow("KILL, no runtime")
        << 0 << SIGKILL << qint64(-1) << "Editor was killed by signal KILL.";
    QTest::newRow("unknown signal") << 0 << 200 << qint64(-1) << "Editor was killed by signal 200.";
}

void TestNotifier::exitText()
{
    QFETCH(int, exitCode);
    QFETCH(int, termSignal);
    QFETCH(qint64, runtime);
    QFETCH(QString, expected);

    const std::optional<qint64> known = runtime < 0 ? std::nullopt : std::optional(runtime);
    QCOMPARE(Notifier::exitText(QStringLiteral("Editor"), exitCode, termSignal, known), expected);
}

void TestNotifier::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("negative clock step") << qint64(-3) << "0 s";
    QTest::newRow("zero") << qint64(0) << "0 s";
    QTest::newRow("just under a minute") << qint64(59) << "59 s";
    QTest::newRow("one minute") << qint64(60) << "1 min 0 s";
    QTest::newRow("just under an hour") << qint64(3599) << "59 min 59 s";
    QTest::newRow("hours drop seconds") << qint64(2 * 3600 + 10 * 60 + 42) << "2 h 10 min";
    QTest::newRow("a day") << qint64(24 * 3600) << "24 h 0 min";
}

void TestNotifier::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);

    QCOMPARE(Notifier::durationText(seconds), expected);
}

void TestNotifier::oneNotificationPerExit()
{
    Notifier notifier;
    QSignalSpy notified(&notifier, &Notifier::notified);

    notifier.noteStarted(7, { QStringLiteral("/usr/bin/xterm"), QStringLiteral("-e") });
    notifier.onNamespaceExited(7, 0, SIGTERM);
    notifier.onNamespaceExited(7, 0, SIGTERM);
    notifier.onNamespaceExited(8, 1, 0);

    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("xterm has ended"));
    QCOMPARE(notified.at(0).at(1).toString(),
        QStringLiteral("xterm was killed by signal TERM after 0 s."));
    QCOMPARE(notified.at(0).at(2).toBool(), false);
    QCOMPARE(notified.at(1).at(1).toString(),
        QStringLiteral("The app in namespace 8 exited with code 1."));

    // A namespace id the kernel hands out again is a new app, notified again.
    notifier.noteStarted(7, { QStringLiteral("xterm") });
    notifier.onNamespaceExited(7, 2, 0);
    QCOMPARE(notified.count(), 3);
}

// A kept namespace is reported twice: first its app's end, then the namespace's.
void TestNotifier::keptNamespaceNotifiesTwice()
{
    Notifier notifier;
    QSignalSpy notified(&notifier, &Notifier::notified);

    notifier.noteStarted(9, { QStringLiteral("launcher") });
    notifier.onAppExited(9, 3, 0);
    notifier.onAppExited(9, 3, 0);
    notifier.onNamespaceExited(9, 3, 0);

    QCOMPARE(notified.count(), 2);
    QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("launcher has ended"));
    QCOMPARE(notified.at(0).at(1).toString(),
        QStringLiteral("launcher exited with code 3 after 0 s. Its namespace stays until its "
                       "other processes have exited."));
    QCOMPARE(
        notified.at(1).at(0).toString(), QStringLiteral("The namespace of launcher has ended"));
    QCOMPARE(notified.at(1).at(1).toString(),
        QStringLiteral("Its last process exited 0 s after the app started."));
}

void TestNotifier::nameFromEachSource_data()
{
    QTest::addColumn<bool>("started");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("profileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("NamespaceStarted") << true << false << QString() << "sleep exited with code 0";
    QTest::newRow("namespace list") << false << true << QString() << "top exited with code 0.";
    QTest::newRow("profile beats program")
        << true << true << QStringLiteral("Nap") << "Nap exited with code 0";
    QTest::newRow("nothing known")
        << false << false << QString() << "The app in namespace 9 exited with code 0.";
}

void TestNotifier::nameFromEachSource()
{
    QFETCH(bool, started);
    QFETCH(bool, listed);
    QFETCH(QString, profileName);
    QFETCH(QString, expected);

    Notifier notifier;
    QSignalSpy notified(&notifier, &Notifier::notified);
    if (!profileName.isEmpty())
        notifier.setAppName(9, profileName);
    if (started)
        notifier.noteStarted(9, { QStringLiteral("/bin/sleep"), QStringLiteral("30") });
    if (listed) {
        NamespaceInfo ns;
        ns.id = 9;
        ns.createdByNestbox = true;
        ns.command = { QStringLiteral("top") };
        notifier.noteNamespaces({ ns });
    }

    notifier.onNamespaceExited(9, 0, 0);

    QCOMPARE(notified.count(), 1);
    const QString text = notified.at(0).at(1).toString();
    QVERIFY2(text.startsWith(expected), qPrintable(text));
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
