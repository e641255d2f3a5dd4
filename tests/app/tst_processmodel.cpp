// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessModel: scripted process lists and ProcessesChanged deltas must turn into the exact row
// inserts, moves, removes and dataChanged ranges, never a reset during updates.
#include "modelsignalrecorder.h"
#include "processmodel.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTest>

using nestbox::PidList;
using nestbox::ProcessInfo;
using nestbox::ProcessList;
using nestbox::ProcessModel;

namespace {

constexpr quint64 shownNamespace = 4026532001;
constexpr quint64 otherNamespace = 4026532002;

// Parses "1 2<1 3<2@7 4<1=R": host PIDs, "<PARENT" for the parent PID, "@T" for the start time
// (default 100), "=S" for the state letter (default S). PIDs inside are host PID - 1000.
ProcessList processes(const QString &script, quint64 pidNamespace = shownNamespace)
{
    ProcessList list;
    const QStringList tokens = script.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        ProcessInfo process;
        QString rest = token;
        process.state = 'S';
        process.startTime = 100;
        const qsizetype stateAt = rest.indexOf(u'=');
        if (stateAt >= 0) {
            process.state = rest.at(stateAt + 1).toLatin1();
            rest.truncate(stateAt);
        }
        const qsizetype startAt = rest.indexOf(u'@');
        if (startAt >= 0) {
            process.startTime = rest.mid(startAt + 1).toULongLong();
            rest.truncate(startAt);
        }
        const QStringList pidAndParent = rest.split(u'<');
        process.hostPid = pidAndParent.at(0).toInt();
        process.parentPid = pidAndParent.size() > 1 ? pidAndParent.at(1).toInt() : 999;
        process.pidNamespace = pidNamespace;
        process.namespacePids = { process.hostPid, process.hostPid - 1000 };
        process.name = QStringLiteral("p%1").arg(process.hostPid);
        process.arguments = QStringList { process.name };
        list.append(process);
    }
    return list;
}

} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void update_data();
    void update();
    void delta_data();
    void delta();
    void otherNamespaceIgnored();
    void persistentIndexSurvivesUpdate();
    void namespaceChangeResets();
    void columnsShowProcess();
    void cpuAndMemoryColumns();
    void scriptCommandOnOneLine();
    void sortRoleIsNumeric();
    void exitedRowGreyedThenRemoved_data();
    void exitedRowGreyedThenRemoved();
    void pidReuseReplacesExitedRow();

private:
    std::unique_ptr<ProcessModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProcessModel::init()
{
    m_model = std::make_unique<ProcessModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model->setNamespace(shownNamespace);
    // Most cases look at removals; exitedRowsGreyed() covers the grey period.
    m_model->setExitedRowMs(0);
}

void TestProcessModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestProcessModel::update_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("moved");
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("first list") << ""
                                << "1001 1002<1001" << QStringList { "root:0-0", "1001:0-0" }
                                << QStringList() << QStringList() << QStringList();
    QTest::newRow("add child") << "1001 1002<1001"
                               << "1001 1002<1001 1003<1002" << QStringList { "1002:0-0" }
                               << QStringList() << QStringList() << QStringList();
    QTest::newRow("remove leaf") << "1001 1002<1001 1003<1002"
                                 << "1001 1002<1001" << QStringList() << QStringList { "1002:0-0" }
                                 << QStringList() << QStringList();
    QTest::newRow("remove parent with children")
        << "1001 1002<1001 1003<1002 1004<1002"
        << "1001" << QStringList() << QStringList { "1001:0-0" } << QStringList() << QStringList();
    QTest::newRow("orphan adopted by init")
        << "1001 1002<1001 1003<1002"
        << "1001 1003<1001" << QStringList() << QStringList { "1001:0-0" }
        << QStringList { "1002:0-0->1001:1" } << QStringList();
    QTest::newRow("parent outside namespace") << "1001"
                                              << "1001 1005<4242" << QStringList { "root:1-1" }
                                              << QStringList() << QStringList() << QStringList();
    QTest::newRow("pid reuse") << "1001 1002<1001@100"
                               << "1001 1002<1001@200" << QStringList { "1001:1-1" }
                               << QStringList { "1001:0-0" } << QStringList() << QStringList();
    QTest::newRow("state change in the middle")
        << "1001 1002<1001 1003<1001 1004<1001"
        << "1001 1002<1001 1003<1001=R 1004<1001" << QStringList() << QStringList() << QStringList()
        << QStringList { "1001:1-1:4-4" };
}

void TestProcessModel::update()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, moved);
    QFETCH(QStringList, changed);

    m_model->setProcesses(processes(before));
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);
    m_model->setProcesses(processes(after));

    recorder.verify(inserted, removed, moved, changed);
    if (QTest::currentTestFailed())
        return;
}

void TestProcessModel::delta_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("changedProcesses");
    QTest::addColumn<PidList>("removedPids");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<int>("rowCountAfter");

    QTest::newRow("add child") << "1001 1002<1001"
                               << "1003<1002"
                               << "" << PidList() << QStringList { "1002:0-0" } << QStringList()
                               << QStringList() << 1;
    QTest::newRow("remove parent with children")
        << "1001 1002<1001 1003<1002"
        << ""
        << "" << PidList { 1002, 1003 } << QStringList() << QStringList { "1001:0-0" }
        << QStringList() << 1;
    QTest::newRow("pid reuse") << "1001 1002<1001@100"
                               << "1002<1001@300"
                               << "" << PidList { 1002 } << QStringList { "1001:1-1" }
                               << QStringList { "1001:0-0" } << QStringList() << 1;
    QTest::newRow("change one") << "1001 1002<1001 1003<1001"
                                << ""
                                << "1002<1001=Z" << PidList() << QStringList() << QStringList()
                                << QStringList { "1001:0-0:4-4" } << 1;
    QTest::newRow("changed and removed together")
        << "1001 1002<1001 1003<1001"
        << ""
        << "1002<1001=R" << PidList { 1002 } << QStringList() << QStringList { "1001:0-0" }
        << QStringList() << 1;
    QTest::newRow("unknown pid removed")
        << "1001"
        << ""
        << "" << PidList { 77 } << QStringList() << QStringList() << QStringList() << 1;
}

void TestProcessModel::delta()
{
    QFETCH(QString, before);
    QFETCH(QString, added);
    QFETCH(QString, changedProcesses);
    QFETCH(PidList, removedPids);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, changed);
    QFETCH(int, rowCountAfter);

    m_model->setProcesses(processes(before));
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);
    m_model->applyDelta(processes(added), processes(changedProcesses), removedPids);

    QCOMPARE(recorder.inserted, inserted);
    QCOMPARE(recorder.removed, removed);
    QCOMPARE(recorder.moved, QStringList());
    QCOMPARE(recorder.changed, changed);
    QCOMPARE(recorder.resetCount(), 0);
    QCOMPARE(m_model->rowCount(), rowCountAfter);
}

void TestProcessModel::otherNamespaceIgnored()
{
    m_model->setProcesses(processes("1001"));
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);

    m_model->applyDelta(processes("2001 2002<2001", otherNamespace), {}, {});

    QCOMPARE(recorder.inserted, QStringList());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->indexForHostPid(2001).isValid());
}

void TestProcessModel::persistentIndexSurvivesUpdate()
{
    m_model->setProcesses(processes("1001 1003<1001 1004<1003"));
    QItemSelectionModel selection(m_model.get());
    const QPersistentModelIndex persistent = m_model->indexForHostPid(1004);
    selection.select(persistent, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // A sibling before its parent, a change of the parent, and a move of the selected row.
    m_model->setProcesses(processes("1001 1002<1001 1003<1001=R 1004<1002"));

    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(ProcessModel::HostPidRole).toInt(), 1004);
    QCOMPARE(persistent.parent().data(ProcessModel::HostPidRole).toInt(), 1002);
    QVERIFY(selection.isRowSelected(persistent.row(), persistent.parent()));
    QCOMPARE(selection.selectedRows().size(), 1);
}

void TestProcessModel::namespaceChangeResets()
{
    m_model->setProcesses(processes("1001 1002<1001"));
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);

    m_model->setNamespace(otherNamespace);

    QCOMPARE(recorder.resetCount(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->namespaceId(), otherNamespace);
}

void TestProcessModel::columnsShowProcess()
{
    ProcessList list = processes("1001 1002<1001=Z");
    list[1].arguments.clear();
    m_model->setProcesses(list);

    const QModelIndex row = m_model->indexForHostPid(1002);
    QCOMPARE(row.siblingAtColumn(ProcessModel::PidColumn).data().toInt(), 2);
    QCOMPARE(row.siblingAtColumn(ProcessModel::HostPidColumn).data().toInt(), 1002);
    QCOMPARE(
        row.siblingAtColumn(ProcessModel::UserColumn).data().toString(), QStringLiteral("root"));
    QCOMPARE(row.siblingAtColumn(ProcessModel::CommandColumn).data().toString(),
        QStringLiteral("[p1002]"));
    QCOMPARE(
        row.siblingAtColumn(ProcessModel::StateColumn).data().toString(), QStringLiteral("zombie"));
}

void TestProcessModel::cpuAndMemoryColumns()
{
    qint64 now = 0;
    ProcessModel model(nullptr, [&now] { return now; });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNamespace(shownNamespace);
    ProcessList list = processes("1001 1002<1001");
    list[1].residentBytes = 5 * 1024 * 1024;
    model.setProcesses(list);
    const QModelIndex row = model.indexForHostPid(1002);
    QCOMPARE(row.siblingAtColumn(ProcessModel::CpuColumn).data().toString(), QString());

    // 50 ticks in 2 s at sysconf(_SC_CLK_TCK) ticks per second.
    now = 2000;
    const long ticksPerSecond = nestbox::CpuUsage().ticksPerSecond();
    list[1].cpuTicks = quint64(ticksPerSecond);
    ModelSignalRecorder recorder(&model, ProcessModel::HostPidRole);
    model.setProcesses(list);

    QCOMPARE(row.siblingAtColumn(ProcessModel::CpuColumn).data().toString(),
        QLocale().toString(50.0, 'f', 1));
    QCOMPARE(row.siblingAtColumn(ProcessModel::MemoryColumn).data().toString(),
        QLocale().formattedDataSize(5 * 1024 * 1024));
    // Both rows get their first figure; dataChanged runs under different parents may come in
    // any order.
    const QString cpuColumn = QStringLiteral(":%1-%1").arg(ProcessModel::CpuColumn);
    QStringList changed = recorder.changed;
    changed.sort();
    QCOMPARE(changed, (QStringList { "1001:0-0" + cpuColumn, "root:0-0" + cpuColumn }));
    QCOMPARE(recorder.resetCount(), 0);
    for (const QList<int> &roles : std::as_const(recorder.changedRoles))
        QVERIFY(roles.contains(ProcessModel::SortRole));
}

void TestProcessModel::scriptCommandOnOneLine()
{
    ProcessList list = processes("1001");
    list[0].arguments = QStringList { "sh", "-c", "true\nfalse\r\n" };
    m_model->setProcesses(list);

    const QModelIndex command = m_model->indexForHostPid(1001, ProcessModel::CommandColumn);

    QCOMPARE(command.data().toString(), QStringLiteral("sh -c true false  "));
}

void TestProcessModel::sortRoleIsNumeric()
{
    ProcessList list = processes("1001 1002<1001");
    list[0].residentBytes = 900;
    list[1].residentBytes = 2048;
    m_model->setProcesses(list);

    const QVariant small
        = m_model->indexForHostPid(1001, ProcessModel::MemoryColumn).data(ProcessModel::SortRole);
    const QVariant large
        = m_model->indexForHostPid(1002, ProcessModel::MemoryColumn).data(ProcessModel::SortRole);
    QVERIFY(QVariant::compare(small, large) == QPartialOrdering::Less);
}

void TestProcessModel::exitedRowGreyedThenRemoved_data()
{
    QTest::addColumn<bool>("byDelta");

    QTest::newRow("removed by a delta") << true;
    QTest::newRow("missing from a full list") << false;
}

void TestProcessModel::exitedRowGreyedThenRemoved()
{
    QFETCH(bool, byDelta);
    m_model->setExitedRowMs(200);
    m_model->setProcesses(processes("1001 1002<1001 1003<1001"));
    const QPersistentModelIndex row = m_model->indexForHostPid(1002);
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);

    if (byDelta)
        m_model->applyDelta({}, {}, { 1002 });
    else
        m_model->setProcesses(processes("1001 1003<1001"));

    const QString wholeRow = QStringLiteral("1001:0-0:0-%1").arg(ProcessModel::ColumnCount - 1);
    recorder.verify({}, {}, {}, { wholeRow });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(recorder.changedRoles.first().contains(Qt::ForegroundRole));
    QVERIFY(row.isValid());
    QCOMPARE(QModelIndex(row).siblingAtColumn(ProcessModel::StateColumn).data().toString(),
        QStringLiteral("exited"));
    QVERIFY(row.data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->indexForHostPid(1003).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->indexForHostPid(1002).isValid());

    QTRY_COMPARE_WITH_TIMEOUT(recorder.removed, QStringList { "1001:0-0" }, 2000);
    QVERIFY(!row.isValid());
    QCOMPARE(recorder.resetCount(), 0);
    QCOMPARE(m_model->rowCount(m_model->indexForHostPid(1001)), 1);
}

void TestProcessModel::pidReuseReplacesExitedRow()
{
    m_model->setExitedRowMs(200);
    m_model->setProcesses(processes("1001 1002<1001@100 1003<1001"));
    m_model->applyDelta({}, {}, { 1002 });
    ModelSignalRecorder recorder(m_model.get(), ProcessModel::HostPidRole);

    m_model->applyDelta(processes("1002<1001@300"), {}, {});

    recorder.verify({ "1001:1-1" }, { "1001:0-0" }, {}, {});
    if (QTest::currentTestFailed())
        return;
    const QModelIndex reused = m_model->indexForHostPid(1002);
    QCOMPARE(reused.data(ProcessModel::StartTimeRole).toULongLong(), 300u);
    QVERIFY(!reused.data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->rowCount(m_model->indexForHostPid(1001)), 2);

    // The expiry timer of the replaced row must leave the new process alone.
    QTest::qWait(400);
    QCOMPARE(recorder.removed, QStringList { "1001:0-0" });
    QCOMPARE(m_model->rowCount(m_model->indexForHostPid(1001)), 2);
}

QTEST_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
