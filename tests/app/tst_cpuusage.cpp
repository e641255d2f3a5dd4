// SPDX-License-Identifier: GPL-3.0-or-later
// CpuUsage: the percentages computed from scripted tick samples on a scripted clock.
#include "cpuusage.h"

#include <QTest>

using nestbox::CpuUsage;
using nestbox::ProcessKey;

namespace {

// One sample: milliseconds on the clock and the process's cpuTicks then.
struct Sample
{
    qint64 atMs;
    quint64 ticks;
};

} // namespace

Q_DECLARE_METATYPE(QList<Sample>)

class TestCpuUsage : public QObject
{
    Q_OBJECT

private slots:
    void percent_data();
    void percent();
    void pidReuseStartsOver();
    void forgetDropsSample();
};

void TestCpuUsage::percent_data()
{
    QTest::addColumn<QList<Sample>>("samples");
    QTest::addColumn<double>("expected"); ///< -1 for no figure

    QTest::newRow("first sample") << QList<Sample> { { 0, 500 } } << -1.0;
    QTest::newRow("idle") << QList<Sample> { { 0, 500 }, { 2000, 500 } } << 0.0;
    QTest::newRow("half a core") << QList<Sample> { { 0, 500 }, { 2000, 600 } } << 50.0;
    QTest::newRow("two cores") << QList<Sample> { { 0, 0 }, { 1000, 200 } } << 200.0;
    QTest::newRow("too soon keeps the last figure")
        << QList<Sample> { { 0, 0 }, { 1000, 25 }, { 1100, 90 } } << 25.0;
    QTest::newRow("too soon after the first sample")
        << QList<Sample> { { 0, 0 }, { 100, 10 } } << -1.0;
    QTest::newRow("counter went backwards") << QList<Sample> { { 0, 900 }, { 1000, 100 } } << 0.0;
    QTest::newRow("last interval only")
        << QList<Sample> { { 0, 0 }, { 1000, 100 }, { 3000, 110 } } << 5.0;
}

void TestCpuUsage::percent()
{
    QFETCH(QList<Sample>, samples);
    QFETCH(double, expected);

    qint64 now = 0;
    CpuUsage usage([&now] { return now; }, 100);
    const ProcessKey key { 42, 7 };
    std::optional<double> result;
    for (const Sample &sample : samples) {
        now = sample.atMs;
        result = usage.sample(key, sample.ticks);
    }

    QCOMPARE(usage.percent(key), result);
    if (expected < 0) {
        QVERIFY(!result.has_value());
        return;
    }
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void TestCpuUsage::pidReuseStartsOver()
{
    qint64 now = 0;
    CpuUsage usage([&now] { return now; }, 100);
    usage.sample({ 42, 7 }, 100);
    now = 1000;

    QVERIFY(!usage.sample({ 42, 8 }, 150).has_value());
    QVERIFY(usage.sample({ 42, 7 }, 150).has_value());
}

void TestCpuUsage::forgetDropsSample()
{
    qint64 now = 0;
    CpuUsage usage([&now] { return now; }, 100);
    usage.sample({ 42, 7 }, 100);
    now = 1000;
    usage.sample({ 42, 7 }, 150);

    usage.forget({ 42, 7 });

    QVERIFY(!usage.percent({ 42, 7 }).has_value());
    QVERIFY(!usage.sample({ 42, 7 }, 200).has_value());
}

QTEST_GUILESS_MAIN(TestCpuUsage)
#include "tst_cpuusage.moc"
