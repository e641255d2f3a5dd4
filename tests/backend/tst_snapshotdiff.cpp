// SPDX-License-Identifier: GPL-3.0-or-later
// Tests diffSnapshots: additions, removals, changes and reused PIDs, in host PID order.
#include "snapshotdiff.h"

#include <QTest>

using nestbox::PidList;
using nestbox::ProcessInfo;
using nestbox::ProcessList;

namespace {

ProcessInfo process(qint32 hostPid, quint64 startTime, quint64 cpuTicks = 0)
{
    return { .hostPid = hostPid,
        .name = QStringLiteral("p%1").arg(hostPid),
        .startTime = startTime,
        .cpuTicks = cpuTicks };
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

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data();
    void diff();
    void changedCarriesNewValues();
    void largeSnapshot();
};

void TestSnapshotDiff::diff_data()
{
    QTest::addColumn<ProcessList>("before");
    QTest::addColumn<ProcessList>("after");
    QTest::addColumn<QList<qint32>>("added");
    QTest::addColumn<QList<qint32>>("changed");
    QTest::addColumn<PidList>("removed");

    const ProcessList three { process(1, 10), process(5, 50), process(9, 90) };

    QTest::newRow("both empty") << ProcessList {} << ProcessList {} << QList<qint32> {}
                                << QList<qint32> {} << PidList {};
    QTest::newRow("identical") << three << three << QList<qint32> {} << QList<qint32> {}
                               << PidList {};
    QTest::newRow("from nothing") << ProcessList {} << three << QList<qint32> { 1, 5, 9 }
                                  << QList<qint32> {} << PidList {};
    QTest::newRow("to nothing") << three << ProcessList {} << QList<qint32> {} << QList<qint32> {}
                                << PidList { 1, 5, 9 };
    QTest::newRow("one added, one removed")
        << three << ProcessList { process(1, 10), process(7, 70), process(9, 90) }
        << QList<qint32> { 7 } << QList<qint32> {} << PidList { 5 };
    QTest::newRow("cpu time changed")
        << three << ProcessList { process(1, 10), process(5, 50, 3), process(9, 90) }
        << QList<qint32> {} << QList<qint32> { 5 } << PidList {};
    QTest::newRow("PID reused") << three
                                << ProcessList { process(1, 10), process(5, 55), process(9, 90) }
                                << QList<qint32> { 5 } << QList<qint32> {} << PidList { 5 };
    QTest::newRow("unsorted input, sorted output")
        << ProcessList { process(9, 90), process(1, 10), process(5, 50) }
        << ProcessList { process(8, 80), process(5, 50, 1), process(2, 20), process(9, 91) }
        << QList<qint32> { 2, 8, 9 } << QList<qint32> { 5 } << PidList { 1, 9 };
}

void TestSnapshotDiff::diff()
{
    QFETCH(ProcessList, before);
    QFETCH(ProcessList, after);
    QFETCH(QList<qint32>, added);
    QFETCH(QList<qint32>, changed);
    QFETCH(PidList, removed);

    const nestbox::SnapshotDelta delta = nestbox::diffSnapshots(before, after);

    QCOMPARE(pidsOf(delta.added), added);
    QCOMPARE(pidsOf(delta.changed), changed);
    QCOMPARE(delta.removed, removed);
    QCOMPARE(delta.isEmpty(), added.isEmpty() && changed.isEmpty() && removed.isEmpty());
}

void TestSnapshotDiff::changedCarriesNewValues()
{
    ProcessInfo renamed = process(5, 50);
    renamed.name = QStringLiteral("renamed");
    renamed.arguments = { QStringLiteral("renamed"), QStringLiteral("--now") };

    const nestbox::SnapshotDelta delta = nestbox::diffSnapshots({ process(5, 50) }, { renamed });

    QCOMPARE(delta.changed.size(), 1);
    QCOMPARE(delta.changed.first(), renamed);
}

void TestSnapshotDiff::largeSnapshot()
{
    // A quadratic comparison would need about 4 * 10^10 steps here and run for minutes.
    constexpr qint32 count = 200000;
    ProcessList before;
    ProcessList after;
    for (qint32 pid = 1; pid <= count; ++pid) {
        before.append(process(pid, 1));
        after.append(process(pid, pid % 1000 == 0 ? 2 : 1));
    }

    const nestbox::SnapshotDelta delta = nestbox::diffSnapshots(before, after);

    QCOMPARE(delta.added.size(), count / 1000);
    QCOMPARE(delta.removed.size(), count / 1000);
    QVERIFY(delta.changed.isEmpty());
}

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
