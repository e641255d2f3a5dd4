// SPDX-License-Identifier: GPL-3.0-or-later
// UsageTracker: per-namespace totals from full lists, per-namespace refreshes and deltas, on a
// scripted clock.
#include "usagetracker.h"

#include <QTest>

using nestbox::ProcessInfo;
using nestbox::ProcessList;
using nestbox::UsageTotals;
using nestbox::UsageTracker;

namespace {

constexpr quint64 hostNamespace = 4026531836;
constexpr quint64 appNamespace = 4026532001;

ProcessInfo process(qint32 hostPid, quint64 pidNamespace, quint64 cpuTicks, quint64 bytes)
{
    ProcessInfo info;
    info.hostPid = hostPid;
    info.startTime = 100;
    info.pidNamespace = pidNamespace;
    info.cpuTicks = cpuTicks;
    info.residentBytes = bytes;
    return info;
}

} // namespace

class TestUsageTracker : public QObject
{
    Q_OBJECT

private slots:
    void totalsPerNamespace();
    void refreshReplacesEveryNamespace();
    void deltaRemovesAndReusesPid();

private:
    qint64 m_now = 0;
};

void TestUsageTracker::totalsPerNamespace()
{
    m_now = 0;
    UsageTracker tracker([this] { return m_now; });
    const long tick = nestbox::CpuUsage().ticksPerSecond();
    tracker.setProcesses({ process(1, hostNamespace, 0, 1000), process(50, appNamespace, 0, 300),
        process(51, appNamespace, 0, 200) });

    // One second later process 50 used a whole core and 51 a quarter.
    m_now = 1000;
    tracker.setProcesses(
        { process(1, hostNamespace, 0, 1000), process(50, appNamespace, quint64(tick), 300),
            process(51, appNamespace, quint64(tick / 4), 200) });

    const QHash<quint64, UsageTotals> totals = tracker.totals();
    QCOMPARE(totals.size(), 2);
    QCOMPARE(totals.value(appNamespace).processCount, 2);
    QCOMPARE(totals.value(appNamespace).residentBytes, 500u);
    QCOMPARE(totals.value(appNamespace).cpuPercent, 100.0 + 100.0 * double(tick / 4) / tick);
    QCOMPARE(totals.value(hostNamespace).cpuPercent, 0.0);
    QCOMPARE(tracker.process(50)->residentBytes, 300u);
}

void TestUsageTracker::refreshReplacesEveryNamespace()
{
    m_now = 0;
    UsageTracker tracker([this] { return m_now; });
    tracker.setProcesses({ process(1, hostNamespace, 0, 1000), process(50, appNamespace, 0, 300),
        process(51, appNamespace, 0, 200) });
    m_now = 2000;

    tracker.setProcesses({ process(50, appNamespace, 0, 400), process(1, hostNamespace, 0, 900) });

    const QHash<quint64, UsageTotals> totals = tracker.totals();
    QCOMPARE(totals.value(appNamespace).processCount, 1);
    QCOMPARE(totals.value(appNamespace).residentBytes, 400u);
    QCOMPARE(totals.value(hostNamespace).residentBytes, 900u);
    QVERIFY(!tracker.process(51));
    QCOMPARE(tracker.cpuPercent(50), std::optional<double>(0.0));
}

void TestUsageTracker::deltaRemovesAndReusesPid()
{
    m_now = 0;
    UsageTracker tracker([this] { return m_now; });
    tracker.setProcesses({ process(50, appNamespace, 10, 300) });
    m_now = 1000;
    ProcessInfo reused = process(50, appNamespace, 0, 700);
    reused.startTime = 900;

    tracker.applyDelta({ reused }, {}, { 50 });

    QCOMPARE(tracker.process(50)->startTime, 900u);
    QVERIFY(!tracker.cpuPercent(50).has_value());
    QCOMPARE(tracker.totals().value(appNamespace).residentBytes, 700u);

    tracker.applyDelta({}, {}, { 50 });
    QVERIFY(tracker.totals().isEmpty());
}

QTEST_GUILESS_MAIN(TestUsageTracker)
#include "tst_usagetracker.moc"
