// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProcessMonitor against an in-memory /proc and a connector whose events the test emits:
// the coalescing window, resync after lost events, the polling fallback, the namespace parent
// cache, and that nothing runs without a watcher. One test uses the real connector (root only).
#include "processmonitor.h"

#include <csignal>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <unistd.h>

using nestbox::NamespaceList;
using nestbox::ProcConnector;
using nestbox::ProcessInfo;
using nestbox::ProcessList;
using nestbox::ProcessMonitor;
using nestbox::ProcEvent;
using nestbox::ProcEventList;
using nestbox::SnapshotDelta;
using Kind = nestbox::ProcEvent::Kind;

Q_DECLARE_METATYPE(nestbox::SnapshotDelta)

namespace {

constexpr quint64 hostNamespace = 4026531836;
constexpr quint64 childNamespace = 4026532000;
constexpr int signalTimeoutMs = 5000;

ProcessInfo process(qint32 pid, quint64 pidNamespace = hostNamespace, const char *name = "p")
{
    ProcessInfo info;
    info.hostPid = pid;
    info.parentPid = 1;
    info.startTime = 100 + static_cast<quint64>(pid);
    info.name = QString::fromLatin1(name);
    info.pidNamespace = pidNamespace;
    info.namespacePids = { pid };
    if (pidNamespace != hostNamespace) {
        info.namespacePids.append(pid == 500 ? 1 : pid - 498);
    }
    return info;
}

// The /proc, the namespace parents and the connector given to the monitor. The test edits the table
// and emits the connector's signals itself.
struct FakeSystem
{
    QHash<qint32, ProcessInfo> processes;
    int parentLookups = 0;
    int fullScans = 0;
    bool connectorWorks = true;
    ProcConnector *connector = nullptr;

    void put(const ProcessInfo &p) { processes.insert(p.hostPid, p); }

    ProcessMonitor::Sources sources()
    {
        return {
            [this] {
                ++fullScans;
                return ProcessList(processes.cbegin(), processes.cend());
            },
            [this](qint32 pid) -> std::optional<ProcessInfo> {
                const auto it = processes.constFind(pid);
                return it == processes.cend() ? std::nullopt : std::optional(*it);
            },
            [this] { return processes.keys(); },
            [this](qint32) {
                ++parentLookups;
                return hostNamespace;
            },
            [this](ProcConnector &started, QString *error) {
                if (!connectorWorks) {
                    *error = QStringLiteral("refused by the test");
                    return false;
                }
                connector = &started;
                return true;
            },
        };
    }

    void emitEvents(const ProcEventList &events) { emit connector->eventsReceived(events); }
};

ProcessMonitor::Intervals intervals(
    int coalesceMs, int resyncMs = 60000, int pollMs = 60000, int pidCheckMs = 60000)
{
    return { coalesceMs, pidCheckMs, resyncMs, pollMs };
}

SnapshotDelta deltaAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<SnapshotDelta>();
}

QList<qint32> pidsOf(const ProcessList &processes)
{
    QList<qint32> pids;
    for (const ProcessInfo &p : processes) {
        pids.append(p.hostPid);
    }
    return pids;
}

} // namespace

class TestProcessMonitor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SnapshotDelta>(); }

    void eventsInOneWindowMakeOneDelta_data();
    void eventsInOneWindowMakeOneDelta();
    void lostEventsResyncAtOnce_data();
    void lostEventsResyncAtOnce();
    void periodicResyncRepairsStaleRow();
    void pidCheckRescansOnMismatch();
    void pollingTakesOverWhenConnectorFails();
    void nothingRunsWithoutWatcher();
    void namespaceParentAskedOnce();
    void liveConnectorReportsForkAndExit();
};

void TestProcessMonitor::eventsInOneWindowMakeOneDelta_data()
{
    QTest::addColumn<int>("batches");

    QTest::newRow("one event") << 1;
    QTest::newRow("five batches") << 5;
    QTest::newRow("fifty batches") << 50;
}

void TestProcessMonitor::eventsInOneWindowMakeOneDelta()
{
    QFETCH(int, batches);
    FakeSystem system;
    system.put(process(1));
    ProcessMonitor monitor(system.sources(), intervals(50));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();
    QCOMPARE(monitor.mode(), ProcessMonitor::Mode::Events);

    QList<qint32> forked;
    for (int i = 0; i < batches; ++i) {
        const qint32 pid = 1000 + i;
        system.put(process(pid));
        system.emitEvents({ ProcEvent { Kind::Fork, pid, 1 } });
        forked.append(pid);
    }
    QCoreApplication::processEvents();
    QCOMPARE(changes.size(), 0); // still inside the window

    QVERIFY(changes.wait(signalTimeoutMs));
    QTest::qWait(100); // two windows: a second emission would show here
    QCOMPARE(changes.size(), 1);
    QCOMPARE(pidsOf(deltaAt(changes, 0).added), forked);
}

void TestProcessMonitor::lostEventsResyncAtOnce_data()
{
    QTest::addColumn<bool>("removeRow");
    QTest::addColumn<bool>("renameRow");
    QTest::addColumn<bool>("addRow");

    QTest::newRow("exit lost") << true << false << false;
    QTest::newRow("exec lost") << false << true << false;
    QTest::newRow("fork lost") << false << false << true;
    QTest::newRow("all lost") << true << true << true;
}

void TestProcessMonitor::lostEventsResyncAtOnce()
{
    QFETCH(bool, removeRow);
    QFETCH(bool, renameRow);
    QFETCH(bool, addRow);
    FakeSystem system;
    system.put(process(1));
    system.put(process(20));
    system.put(process(30));
    ProcessMonitor monitor(system.sources(), intervals(20));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();

    if (removeRow) {
        system.processes.remove(20);
    }
    if (renameRow) {
        system.put(process(30, hostNamespace, "renamed"));
    }
    if (addRow) {
        system.put(process(40));
    }
    emit system.connector->eventsLost();

    QCOMPARE(changes.size(), 1); // synchronous: no waiting for a window
    const SnapshotDelta delta = deltaAt(changes, 0);
    QCOMPARE(delta.removed, removeRow ? QList<qint32> { 20 } : QList<qint32> {});
    QCOMPARE(pidsOf(delta.changed), renameRow ? QList<qint32> { 30 } : QList<qint32> {});
    QCOMPARE(pidsOf(delta.added), addRow ? QList<qint32> { 40 } : QList<qint32> {});
}

void TestProcessMonitor::periodicResyncRepairsStaleRow()
{
    FakeSystem system;
    system.put(process(1));
    system.put(process(20));
    ProcessMonitor monitor(system.sources(), intervals(20, 50));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();

    system.processes.remove(20); // its exit event never arrives
    QVERIFY(changes.wait(signalTimeoutMs));
    QCOMPARE(deltaAt(changes, 0).removed, QList<qint32> { 20 });
}

void TestProcessMonitor::pidCheckRescansOnMismatch()
{
    FakeSystem system;
    system.put(process(1));
    system.put(process(20));
    ProcessMonitor monitor(system.sources(), intervals(5, 60000, 60000, 10));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();

    system.put(process(20, hostNamespace, "renamed")); // not visible in a PID listing
    QTest::qWait(100);
    QCOMPARE(system.fullScans, 1);
    QCOMPARE(changes.size(), 0);

    system.processes.remove(20); // its exit event never arrives
    QVERIFY(changes.wait(signalTimeoutMs));
    QCOMPARE(system.fullScans, 2);
    QCOMPARE(deltaAt(changes, 0).removed, QList<qint32> { 20 });
}

void TestProcessMonitor::pollingTakesOverWhenConnectorFails()
{
    FakeSystem system;
    system.connectorWorks = false;
    system.put(process(1));
    ProcessMonitor monitor(system.sources(), intervals(20, 60000, 30));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();
    QCOMPARE(monitor.mode(), ProcessMonitor::Mode::Polling);
    QVERIFY(!monitor.hasSocket());

    system.put(process(50));
    QVERIFY(changes.wait(signalTimeoutMs));
    QCOMPARE(pidsOf(deltaAt(changes, 0).added), QList<qint32> { 50 });

    system.processes.remove(50);
    QVERIFY(changes.wait(signalTimeoutMs));
    QCOMPARE(deltaAt(changes, 1).removed, QList<qint32> { 50 });
}

void TestProcessMonitor::nothingRunsWithoutWatcher()
{
    FakeSystem system;
    system.put(process(1));
    ProcessMonitor monitor(system.sources(), intervals(5, 10, 10));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    QVERIFY(!monitor.isRunning());
    QVERIFY(!monitor.hasActiveTimer());
    QVERIFY(!monitor.hasSocket());

    monitor.start();
    QVERIFY(monitor.hasSocket());
    QVERIFY(monitor.hasActiveTimer());
    system.put(process(60));
    system.emitEvents({ ProcEvent { Kind::Fork, 60, 1 } });
    monitor.stop();

    QVERIFY(!monitor.isRunning());
    QVERIFY(!monitor.hasActiveTimer());
    QVERIFY(!monitor.hasSocket());
    system.put(process(61));
    QTest::qWait(50);
    QCOMPARE(changes.size(), 0);
}

void TestProcessMonitor::namespaceParentAskedOnce()
{
    FakeSystem system;
    system.put(process(1));
    ProcessMonitor monitor(system.sources(), intervals(5));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    QSignalSpy namespaces(&monitor, &ProcessMonitor::namespacesChanged);
    monitor.start();

    system.put(process(500, childNamespace));
    system.emitEvents({ ProcEvent { Kind::Fork, 500, 1 } });
    QVERIFY(namespaces.wait(signalTimeoutMs));
    const auto list = namespaces.at(0).at(0).value<NamespaceList>();
    QCOMPARE(list.size(), 2);

    system.put(process(501, childNamespace));
    system.emitEvents({ ProcEvent { Kind::Fork, 501, 500 } });
    QVERIFY(namespaces.wait(signalTimeoutMs)); // the process count changed
    QCOMPARE(system.parentLookups, 1);

    system.put(process(501, childNamespace, "renamed"));
    system.emitEvents({ ProcEvent { Kind::Name, 501, 0 } });
    QVERIFY(changes.wait(signalTimeoutMs));
    QCOMPARE(namespaces.size(), 2); // a rename changes no namespace
}

void TestProcessMonitor::liveConnectorReportsForkAndExit()
{
    if (geteuid() != 0) {
        QSKIP("the process connector needs root");
    }
    ProcessMonitor monitor(ProcessMonitor::procSources(), intervals(20));
    QSignalSpy changes(&monitor, &ProcessMonitor::processesChanged);
    monitor.start();
    QCOMPARE(monitor.mode(), ProcessMonitor::Mode::Events);

    QProcess child;
    child.start(QStringLiteral("sleep"), { QStringLiteral("30") });
    QVERIFY(child.waitForStarted());
    const auto pid = static_cast<qint32>(child.processId());
    const auto seen = [&](auto member) {
        for (const QList<QVariant> &emission : std::as_const(changes)) {
            const SnapshotDelta delta = emission.at(0).value<SnapshotDelta>();
            if (member(delta)) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        seen([pid](const SnapshotDelta &d) { return pidsOf(d.added).contains(pid); }),
        signalTimeoutMs);

    child.kill();
    child.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(
        seen([pid](const SnapshotDelta &d) { return d.removed.contains(pid); }), signalTimeoutMs);
}

QTEST_GUILESS_MAIN(TestProcessMonitor)
#include "tst_processmonitor.moc"
