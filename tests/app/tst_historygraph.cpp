// SPDX-License-Identifier: GPL-3.0-or-later
// UsageHistory and HistoryGraph: ring bounds, dropping vanished namespaces, and painting to an
// image with no, one and a full ring of samples.
#include "historygraph.h"
#include "usagehistory.h"

#include <QImage>
#include <QTest>

using nestbox::HistoryGraph;
using nestbox::UsageHistory;
using nestbox::UsageTotals;

class TestHistoryGraph : public QObject
{
    Q_OBJECT

private slots:
    void ringKeepsNewest_data();
    void ringKeepsNewest();
    void vanishedNamespaceDropped();
    void renders_data();
    void renders();
    void accessibleNameAndToolTip();
};

void TestHistoryGraph::ringKeepsNewest_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("recorded");
    QTest::addColumn<int>("kept");

    QTest::newRow("below capacity") << 5 << 3 << 3;
    QTest::newRow("at capacity") << 5 << 5 << 5;
    QTest::newRow("over capacity") << 5 << 12 << 5;
    QTest::newRow("capacity clamped to one") << 0 << 3 << 1;
    QTest::newRow("five minutes") << UsageHistory::defaultCapacity << 400 << 150;
}

void TestHistoryGraph::ringKeepsNewest()
{
    QFETCH(int, capacity);
    QFETCH(int, recorded);
    QFETCH(int, kept);
    UsageHistory history(capacity);

    for (int i = 0; i < recorded; ++i)
        history.record({ { 7, UsageTotals { double(i), quint64(i), 1 } } });

    const QList<UsageTotals> samples = history.samples(7);
    QCOMPARE(samples.size(), kept);
    QCOMPARE(samples.last().cpuPercent, double(recorded - 1));
    QCOMPARE(samples.first().cpuPercent, double(recorded - kept));
}

void TestHistoryGraph::vanishedNamespaceDropped()
{
    UsageHistory history;
    history.record({ { 7, {} }, { 8, {} } });

    history.record({ { 8, {} } });

    QVERIFY(!history.contains(7));
    QVERIFY(history.samples(7).isEmpty());
    QCOMPARE(history.samples(8).size(), 2);

    // A namespace id that comes back starts an empty ring.
    history.record({ { 7, {} }, { 8, {} } });
    QCOMPARE(history.samples(7).size(), 1);
}

void TestHistoryGraph::renders_data()
{
    QTest::addColumn<int>("sampleCount");
    QTest::addColumn<double>("cpuPercent");

    QTest::newRow("no samples") << 0 << 0.0;
    QTest::newRow("one sample") << 1 << 30.0;
    QTest::newRow("full ring") << UsageHistory::defaultCapacity << 30.0;
    QTest::newRow("three cores busy") << 10 << 300.0;
}

void TestHistoryGraph::renders()
{
    QFETCH(int, sampleCount);
    QFETCH(double, cpuPercent);
    QList<UsageTotals> samples;
    for (int i = 0; i < sampleCount; ++i)
        samples.append({ cpuPercent, quint64(i) * 1024 * 1024, 3 });
    HistoryGraph graph;
    graph.resize(320, 160);
    graph.setSamples(samples, UsageHistory::defaultCapacity, UsageHistory::sampleIntervalMs);

    QImage image(graph.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    graph.render(&image);

    // The background is painted everywhere, so no pixel stays transparent.
    QCOMPARE(image.pixelColor(0, 0).alpha(), 255);
    QCOMPARE(image.pixelColor(319, 159).alpha(), 255);
}

void TestHistoryGraph::accessibleNameAndToolTip()
{
    HistoryGraph graph;
    QVERIFY(!graph.accessibleName().isEmpty());
    QCOMPARE(graph.toolTip(), QStringLiteral("No samples yet"));

    graph.setSamples({ { 12.5, 2048, 1 } }, 150, 2000);

    QVERIFY(graph.toolTip().contains(QLocale().toString(12.5, 'f', 1)));
    QVERIFY(graph.toolTip().contains(QLocale().formattedDataSize(2048)));
}

QTEST_MAIN(TestHistoryGraph)
#include "tst_historygraph.moc"
