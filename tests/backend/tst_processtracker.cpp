// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProcessTracker on scripted event sequences against a scripted /proc: lost events, PID
// reuse, reparenting without an event, and resynchronisation.
#include "processtracker.h"

#include <QTest>

using nestbox::PidList;
using nestbox::ProcessInfo;
using nestbox::ProcessList;
using nestbox::ProcessTracker;
using nestbox::ProcEvent;
using nestbox::ProcEventList;
using nestbox::SnapshotDelta;
using Kind = nestbox::ProcEvent::Kind;

namespace {

ProcessInfo process(qint32 pid, qint32 parentPid, quint64 startTime, const char *name = "p")
{
    ProcessInfo info;
    info.hostPid = pid;
    info.parentPid = parentPid;
    info.startTime = startTime;
    info.name = QString::fromLatin1(name);
    return info;
}

QList<qint32> pidsOf(const ProcessList &processes)
{
    QList<qint32> pids;
    for (const ProcessInfo &p : processes) {
        pids.append(p.hostPid);
    }
    return pids;
}

// A /proc the test edits between flushes.
struct FakeProc
{
    QHash<qint32, ProcessInfo> processes;

    ProcessTracker::ProcessReader reader()
    {
        return [this](qint32 pid) -> std::optional<ProcessInfo> {
            const auto it = processes.constFind(pid);
            if (it == processes.cend()) {
                return std::nullopt;
            }
            return *it;
        };
    }

    void put(const ProcessInfo &p) { processes.insert(p.hostPid, p); }
    ProcessList list() const
    {
        ProcessList all(processes.cbegin(), processes.cend());
        std::sort(all.begin(), all.end(),
            [](const ProcessInfo &a, const ProcessInfo &b) { return a.hostPid < b.hostPid; });
        return all;
    }
};

} // namespace

class TestProcessTracker : public QObject
{
    Q_OBJECT

private slots:
    void flush_data();
    void flush();
    void lostEventsRepairedByResync();
    void eventsBeforeResyncAreDropped();
    void flushWithoutEventsIsEmpty();
};

void TestProcessTracker::flush_data()
{
    QTest::addColumn<ProcessList>("before"); // /proc and the table at the start
    QTest::addColumn<ProcessList>("after"); // /proc when flush() runs
    QTest::addColumn<ProcEventList>("events");
    QTest::addColumn<QList<qint32>>("added");
    QTest::addColumn<QList<qint32>>("changed");
    QTest::addColumn<PidList>("removed");

    const ProcessList base { process(1, 0, 1), process(10, 1, 5) };

    QTest::newRow("fork adds the child") << base << (ProcessList(base) << process(11, 10, 9))
                                         << ProcEventList { { Kind::Fork, 11, 10 } }
                                         << QList<qint32> { 11 } << QList<qint32> {} << PidList {};
    QTest::newRow("exec changes the name")
        << base << ProcessList { process(1, 0, 1), process(10, 1, 5, "exec'd") }
        << ProcEventList { { Kind::Exec, 10, 0 } } << QList<qint32> {} << QList<qint32> { 10 }
        << PidList {};
    QTest::newRow("exit removes even a zombie")
        << base << ProcessList { process(1, 0, 1), process(10, 1, 5, "zombie") }
        << ProcEventList { { Kind::Exit, 10, 0 } } << QList<qint32> {} << QList<qint32> {}
        << PidList { 10 };
    QTest::newRow("fork then exit in one window is invisible")
        << base << base << ProcEventList { { Kind::Fork, 12, 10 }, { Kind::Exit, 12, 0 } }
        << QList<qint32> {} << QList<qint32> {} << PidList {};
    QTest::newRow("pid reused within one window")
        << base << ProcessList { process(1, 0, 1), process(10, 1, 77, "new") }
        << ProcEventList { { Kind::Exit, 10, 0 }, { Kind::Fork, 10, 1 } } << QList<qint32> { 10 }
        << QList<qint32> {} << PidList { 10 };
    QTest::newRow("orphans are re-read after their parent exits")
        << (ProcessList(base) << process(20, 10, 8) << process(21, 10, 8))
        << ProcessList { process(1, 0, 1), process(20, 1, 8), process(21, 1, 8) }
        << ProcEventList { { Kind::Exit, 10, 0 } } << QList<qint32> {} << QList<qint32> { 20, 21 }
        << PidList { 10 };
    QTest::newRow("event for a process already gone")
        << base << ProcessList { process(1, 0, 1) } << ProcEventList { { Kind::Name, 10, 0 } }
        << QList<qint32> {} << QList<qint32> {} << PidList { 10 };
    QTest::newRow("unchanged process after an event")
        << base << base << ProcEventList { { Kind::Uid, 10, 0 } } << QList<qint32> {}
        << QList<qint32> {} << PidList {};
}

void TestProcessTracker::flush()
{
    QFETCH(ProcessList, before);
    QFETCH(ProcessList, after);
    QFETCH(ProcEventList, events);
    QFETCH(QList<qint32>, added);
    QFETCH(QList<qint32>, changed);
    QFETCH(PidList, removed);

    FakeProc proc;
    for (const ProcessInfo &p : before) {
        proc.put(p);
    }
    ProcessTracker tracker(proc.reader());
    QVERIFY(!tracker.resync(proc.list()).added.isEmpty());

    proc.processes.clear();
    for (const ProcessInfo &p : after) {
        proc.put(p);
    }
    tracker.note(events);
    QVERIFY(tracker.hasPending());
    const SnapshotDelta delta = tracker.flush();

    QCOMPARE(pidsOf(delta.added), added);
    QCOMPARE(pidsOf(delta.changed), changed);
    QCOMPARE(delta.removed, removed);
    QVERIFY(!tracker.hasPending());
}

void TestProcessTracker::lostEventsRepairedByResync()
{
    FakeProc proc;
    proc.put(process(1, 0, 1));
    proc.put(process(10, 1, 5));
    ProcessTracker tracker(proc.reader());
    tracker.resync(proc.list());

    // Events for these changes never arrive, as after ENOBUFS.
    proc.processes.remove(10);
    proc.put(process(30, 1, 40));
    const SnapshotDelta delta = tracker.resync(proc.list());

    QCOMPARE(pidsOf(delta.added), QList<qint32> { 30 });
    QCOMPARE(delta.removed, PidList { 10 });
    QCOMPARE(pidsOf(tracker.snapshot()), (QList<qint32> { 1, 30 }));
}

void TestProcessTracker::eventsBeforeResyncAreDropped()
{
    FakeProc proc;
    proc.put(process(1, 0, 1));
    ProcessTracker tracker(proc.reader());
    tracker.resync(proc.list());

    tracker.note({ { Kind::Fork, 50, 1 } });
    tracker.resync(proc.list());

    QVERIFY(!tracker.hasPending());
    QVERIFY(tracker.flush().isEmpty());
}

void TestProcessTracker::flushWithoutEventsIsEmpty()
{
    FakeProc proc;
    proc.put(process(1, 0, 1));
    ProcessTracker tracker(proc.reader());
    tracker.resync(proc.list());

    QVERIFY(tracker.flush().isEmpty());
    QCOMPARE(tracker.size(), 1);
}

QTEST_GUILESS_MAIN(TestProcessTracker)
#include "tst_processtracker.moc"
