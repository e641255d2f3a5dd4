// SPDX-License-Identifier: GPL-3.0-or-later
// DetailsPane: the text it shows for a scripted process and a scripted namespace.
#include "detailspane.h"
#include "historygraph.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using nestbox::DetailsPane;
using nestbox::NamespaceInfo;
using nestbox::ProcessInfo;
using nestbox::UsageTotals;

namespace {

ProcessInfo sampleProcess()
{
    ProcessInfo process;
    process.hostPid = 4242;
    process.parentPid = 4000;
    process.uid = 0;
    process.state = 'D';
    process.name = QStringLiteral("tar");
    process.arguments = QStringList { "tar", "-czf", "backup file.tgz", "/home" };
    process.startTime = 360100; // 3601 s after boot at 100 ticks per second
    process.pidNamespace = 4026532001;
    process.namespacePids = { 4242, 17, 1 };
    process.residentBytes = 3 * 1024 * 1024;
    process.threadCount = 4;
    return process;
}

} // namespace

class TestDetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void processText_data();
    void processText();
    void processWithoutCpuFigure();
    void bootTimeReadFromProc();
    void namespaceText_data();
    void namespaceText();
    void foreignNamespace();
    void longInitCommandCut();

private:
    QString text(const QString &objectName) const;

    std::unique_ptr<DetailsPane> m_pane;
};

void TestDetailsPane::init()
{
    m_pane = std::make_unique<DetailsPane>();
    m_pane->setBootTime(QDateTime(QDate(2026, 3, 1), QTime(8, 0, 0)));
    m_pane->setTicksPerSecond(100);
}

void TestDetailsPane::cleanup()
{
    m_pane.reset();
}

QString TestDetailsPane::text(const QString &objectName) const
{
    const auto *label = m_pane->findChild<QLabel *>(objectName);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(objectName);
}

void TestDetailsPane::processText_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::newRow("command line") << "commandValue"
                                  << "tar -czf backup file.tgz /home";
    QTest::newRow("user") << "userValue"
                          << "root (0)";
    QTest::newRow("state in words") << "stateValue"
                                    << "waiting for I/O";
    QTest::newRow("start time") << "startedValue"
                                << "2026-03-01 09:00:01";
    QTest::newRow("cpu") << "cpuValue"
                         << QStringLiteral("%1 %").arg(QLocale().toString(12.5, 'f', 1));
    QTest::newRow("memory") << "memoryValue" << QLocale().formattedDataSize(3 * 1024 * 1024);
    QTest::newRow("threads") << "threadsValue"
                             << "4";
    QTest::newRow("host PID") << "hostPidValue"
                              << "4242";
    QTest::newRow("PID per level") << "pidsValue"
                                   << "host 4242, level 1: 17, level 2: 1";
}

void TestDetailsPane::processText()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);

    m_pane->showProcess(sampleProcess(), 12.5);

    QCOMPARE(text(label), expected);
    QVERIFY(m_pane->currentWidget()->isAncestorOf(m_pane->findChild<QLabel *>(label)));
}

void TestDetailsPane::processWithoutCpuFigure()
{
    m_pane->showProcess(sampleProcess(), std::nullopt);

    QCOMPARE(text(QStringLiteral("cpuValue")), QStringLiteral("measuring..."));
}

void TestDetailsPane::bootTimeReadFromProc()
{
    DetailsPane pane;

    pane.showProcess(sampleProcess(), std::nullopt);

    const QString started = pane.findChild<QLabel *>(QStringLiteral("startedValue"))->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                 .match(started)
                 .hasMatch(),
        qPrintable(started));
}

void TestDetailsPane::namespaceText_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    QTest::newRow("id") << "namespaceIdValue"
                        << "4026532001";
    QTest::newRow("level") << "levelValue"
                           << "2";
    QTest::newRow("parent") << "parentValue"
                            << "4026531999";
    QTest::newRow("init") << "initValue"
                          << "host PID 4242: tar -czf backup file.tgz /home";
    QTest::newRow("owner") << "ownerValue"
                           << "root (0)";
    QTest::newRow("created by") << "createdByValue"
                                << "tar -czf backup file.tgz /home";
    QTest::newRow("process count") << "processCountValue"
                                   << "5";
    QTest::newRow("total cpu") << "totalCpuValue"
                               << QStringLiteral("%1 %").arg(QLocale().toString(150.0, 'f', 1));
    QTest::newRow("total memory") << "totalMemoryValue"
                                  << QLocale().formattedDataSize(64 * 1024 * 1024);
}

void TestDetailsPane::namespaceText()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    NamespaceInfo ns;
    ns.id = 4026532001;
    ns.parentId = 4026531999;
    ns.level = 2;
    ns.initHostPid = 4242;
    ns.processCount = 5;
    ns.createdByNestbox = true;
    ns.command = sampleProcess().arguments;
    const ProcessInfo init = sampleProcess();
    const UsageTotals totals { 150.0, 64 * 1024 * 1024, 5 };

    m_pane->showNamespace(ns, totals, &init, { totals, totals });

    QCOMPARE(text(label), expected);
    QVERIFY(m_pane->historyGraph()->isVisibleTo(m_pane.get()));
    QVERIFY(m_pane->historyGraph()->toolTip().contains(QLocale().toString(150.0, 'f', 1)));
}

void TestDetailsPane::foreignNamespace()
{
    NamespaceInfo ns;
    ns.id = 4026532050;
    ns.level = 1;
    ns.parentId = 4026531836;
    ns.initHostPid = 777;

    m_pane->showNamespace(ns, {}, nullptr, {});

    QCOMPARE(text(QStringLiteral("createdByValue")), QStringLiteral("not created by Nestbox"));
    QCOMPARE(text(QStringLiteral("initValue")), QStringLiteral("host PID 777"));
}

void TestDetailsPane::longInitCommandCut()
{
    NamespaceInfo ns;
    ns.id = 4026532050;
    ProcessInfo init = sampleProcess();
    init.arguments = QStringList { "bash", "-c", QStringLiteral("sleep 1\n").repeated(100) };

    m_pane->showNamespace(ns, {}, &init, {});

    const QString text = this->text(QStringLiteral("initValue"));
    QVERIFY2(text.startsWith(QStringLiteral("host PID 4242: bash -c sleep 1 sleep 1")),
        qPrintable(text));
    QVERIFY(text.endsWith(QChar(0x2026)));
    QVERIFY(!text.contains(u'\n'));
}

QTEST_MAIN(TestDetailsPane)
#include "tst_detailspane.moc"
