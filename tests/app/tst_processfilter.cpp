// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessFilterProxy with ViewStateKeeper on a real QTreeView: which rows a filter keeps, that
// expansion and selection come back when the filter changes or is cleared, and numeric sorting.
#include "processfilterproxy.h"
#include "processmodel.h"
#include "viewstatekeeper.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>
#include <QTreeView>

using nestbox::ProcessFilterProxy;
using nestbox::ProcessInfo;
using nestbox::ProcessList;
using nestbox::ProcessModel;
using nestbox::ViewStateKeeper;

namespace {

constexpr quint64 shownNamespace = 4026532001;

// 1001 ── 1002 ── 1003
//    └─── 1004 ── 1005      each runs "p<host PID>", 1005 runs "Viewer --big"
ProcessList sampleTree()
{
    const QList<std::pair<qint32, qint32>> pidAndParent { { 1001, 999 }, { 1002, 1001 },
        { 1003, 1002 }, { 1004, 1001 }, { 1005, 1004 } };
    ProcessList list;
    for (const auto &[hostPid, parentPid] : pidAndParent) {
        ProcessInfo process;
        process.hostPid = hostPid;
        process.parentPid = parentPid;
        process.startTime = 100;
        process.state = 'S';
        process.pidNamespace = shownNamespace;
        process.namespacePids = { hostPid, hostPid - 1000 };
        process.name = QStringLiteral("p%1").arg(hostPid);
        process.arguments = { process.name };
        list.append(process);
    }
    list.last().arguments = QStringList { "Viewer", "--big" };
    return list;
}

} // namespace

class TestProcessFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterKeepsAncestors_data();
    void filterKeepsAncestors();
    void stateSurvivesFilter_data();
    void stateSurvivesFilter();
    void hiddenSelectionIsCleared();
    void resetForgetsState();
    void sortsMemoryNumerically();

private:
    QModelIndex shown(qint32 hostPid) const;
    QList<qint32> visiblePids(const QModelIndex &parent = {}) const;
    void setFilter(const QString &text);

    std::unique_ptr<ProcessModel> m_model;
    std::unique_ptr<ProcessFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTreeView> m_view;
    ViewStateKeeper *m_keeper = nullptr;
};

void TestProcessFilter::init()
{
    m_model = std::make_unique<ProcessModel>();
    m_model->setNamespace(shownNamespace);
    m_model->setProcesses(sampleTree());
    m_proxy = std::make_unique<ProcessFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view = std::make_unique<QTreeView>();
    m_view->setModel(m_proxy.get());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProcessModel::HostPidColumn, Qt::AscendingOrder);
    m_keeper = new ViewStateKeeper(m_view.get(), m_proxy.get(), ProcessModel::KeyRole);
}

void TestProcessFilter::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QModelIndex TestProcessFilter::shown(qint32 hostPid) const
{
    return m_proxy->mapFromSource(m_model->indexForHostPid(hostPid));
}

// Every row the proxy shows, depth first.
QList<qint32> TestProcessFilter::visiblePids(const QModelIndex &parent) const
{
    QList<qint32> pids;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        pids.append(index.data(ProcessModel::HostPidRole).toInt());
        pids.append(visiblePids(index));
    }
    return pids;
}

void TestProcessFilter::setFilter(const QString &text)
{
    m_keeper->refilter([this, &text] { m_proxy->setFilterText(text); });
}

void TestProcessFilter::filterKeepsAncestors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<qint32>>("visible");

    QTest::newRow("command, other case") << "viewer" << QList<qint32> { 1001, 1004, 1005 };
    QTest::newRow("arguments") << "--BIG" << QList<qint32> { 1001, 1004, 1005 };
    QTest::newRow("host PID") << "1003" << QList<qint32> { 1001, 1002, 1003 };
    QTest::newRow("PID inside") << "4" << QList<qint32> { 1001, 1004 };
    QTest::newRow("user") << "ROOT" << QList<qint32> { 1001, 1002, 1003, 1004, 1005 };
    QTest::newRow("state is not matched") << "sleeping" << QList<qint32> {};
    QTest::newRow("blank") << "  " << QList<qint32> { 1001, 1002, 1003, 1004, 1005 };
}

void TestProcessFilter::filterKeepsAncestors()
{
    QFETCH(QString, filter);
    QFETCH(QList<qint32>, visible);

    setFilter(filter);

    QCOMPARE(visiblePids(), visible);
}

void TestProcessFilter::stateSurvivesFilter_data()
{
    QTest::addColumn<QStringList>("filters");

    QTest::newRow("cleared") << QStringList { "viewer", "" };
    QTest::newRow("changed") << QStringList { "viewer", "p100" };
    QTest::newRow("narrowed twice, then cleared") << QStringList { "p", "p1003", "1005", "" };
}

void TestProcessFilter::stateSurvivesFilter()
{
    QFETCH(QStringList, filters);
    m_view->expand(shown(1001));
    m_view->expand(shown(1002));
    m_view->collapse(shown(1004));
    m_view->setCurrentIndex(shown(1003));

    for (const QString &filter : std::as_const(filters))
        setFilter(filter);

    QVERIFY(m_view->isExpanded(shown(1001)));
    QVERIFY(m_view->isExpanded(shown(1002)));
    QVERIFY(!m_view->isExpanded(shown(1004)));
    QCOMPARE(m_view->currentIndex().data(ProcessModel::HostPidRole).toInt(), 1003);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ProcessModel::HostPidRole).toInt(), 1003);
}

void TestProcessFilter::hiddenSelectionIsCleared()
{
    m_view->expandAll();
    m_view->setCurrentIndex(shown(1003));

    setFilter(QStringLiteral("viewer"));

    QVERIFY(!m_view->selectionModel()->hasSelection());
    QVERIFY(!m_view->currentIndex().isValid());
}

void TestProcessFilter::resetForgetsState()
{
    m_view->expand(shown(1001));
    m_view->setCurrentIndex(shown(1003));

    // Another namespace and back: the rows are new, even with the same keys.
    m_model->setNamespace(shownNamespace + 1);
    m_model->setNamespace(shownNamespace);
    m_model->setProcesses(sampleTree());
    setFilter(QStringLiteral("viewer"));
    setFilter(QString());

    QVERIFY(!m_view->isExpanded(shown(1001)));
    QVERIFY(!m_view->currentIndex().isValid());
}

void TestProcessFilter::sortsMemoryNumerically()
{
    // As text "900 bytes" sorts after "2.00 KiB"; as numbers it comes first.
    ProcessList list = sampleTree();
    list[1].residentBytes = 2048;
    list[3].residentBytes = 900;
    m_model->setProcesses(list);

    m_view->sortByColumn(ProcessModel::MemoryColumn, Qt::AscendingOrder);

    const QModelIndex root = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->index(0, 0, root).data(ProcessModel::HostPidRole).toInt(), 1004);
    QCOMPARE(m_proxy->index(1, 0, root).data(ProcessModel::HostPidRole).toInt(), 1002);

    m_view->sortByColumn(ProcessModel::MemoryColumn, Qt::DescendingOrder);

    QCOMPARE(m_proxy->index(0, 0, root).data(ProcessModel::HostPidRole).toInt(), 1002);
}

QTEST_MAIN(TestProcessFilter)
#include "tst_processfilter.moc"
