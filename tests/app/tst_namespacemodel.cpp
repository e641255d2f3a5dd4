// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceModel: scripted namespace lists must turn into the exact row inserts, moves, removes
// and dataChanged ranges, never a reset, with QAbstractItemModelTester checking every step.
#include "modelsignalrecorder.h"
#include "namespacemodel.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QTest>

using nestbox::NamespaceInfo;
using nestbox::NamespaceList;
using nestbox::NamespaceModel;

namespace {

// Parses "1 10<1 20<10#3": namespace ids, "<PARENT" for the parent, "#N" for the process count.
NamespaceList namespaces(const QString &script)
{
    NamespaceList list;
    const QStringList tokens = script.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        NamespaceInfo ns;
        QString rest = token;
        const qsizetype countAt = rest.indexOf(u'#');
        if (countAt >= 0) {
            ns.processCount = rest.mid(countAt + 1).toInt();
            rest.truncate(countAt);
        }
        const QStringList idAndParent = rest.split(u'<');
        ns.id = idAndParent.at(0).toULongLong();
        ns.parentId = idAndParent.size() > 1 ? idAndParent.at(1).toULongLong() : 0;
        ns.level = ns.parentId == 0 ? 0 : 1;
        list.append(ns);
    }
    return list;
}

bool isDescendant(QModelIndex index, const QModelIndex &ancestor)
{
    for (index = index.parent(); index.isValid(); index = index.parent()) {
        if (index == ancestor)
            return true;
    }
    return false;
}

} // namespace

class TestNamespaceModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void update_data();
    void update();
    void usageShowsTotals();
    void usageChangeIsOneRange();
    void sortRoleIsNumeric();
    void persistentIndexSurvivesUpdate();
    void exitStatusShownUntilGone();
    void commandOfForeignNamespace();

private:
    std::unique_ptr<NamespaceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestNamespaceModel::init()
{
    m_model = std::make_unique<NamespaceModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestNamespaceModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestNamespaceModel::update_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("moved");
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("unchanged") << "1 10<1"
                               << "1 10<1" << QStringList() << QStringList() << QStringList()
                               << QStringList();
    QTest::newRow("add nested") << "1 10<1"
                                << "1 10<1 20<10" << QStringList { "10:0-0" } << QStringList()
                                << QStringList() << QStringList();
    QTest::newRow("add sibling before") << "1 20<1"
                                        << "1 10<1 20<1" << QStringList { "1:0-0" } << QStringList()
                                        << QStringList() << QStringList();
    QTest::newRow("remove leaf") << "1 10<1 20<10"
                                 << "1 10<1" << QStringList() << QStringList { "10:0-0" }
                                 << QStringList() << QStringList();
    QTest::newRow("remove parent with children")
        << "1 10<1 20<10 30<10"
        << "1" << QStringList() << QStringList { "1:0-0" } << QStringList() << QStringList();
    QTest::newRow("reparent") << "1 10<1 20<1 30<10"
                              << "1 10<1 20<1 30<20" << QStringList() << QStringList()
                              << QStringList { "10:0-0->20:0" } << QStringList();
    QTest::newRow("parent gone, child kept")
        << "1 10<1 20<10"
        << "1 20<10" << QStringList() << QStringList { "1:0-0" } << QStringList { "10:0-0->root:1" }
        << QStringList();
    QTest::newRow("swap parent and child")
        << "1 10<1 20<10"
        << "1 20<1 10<20" << QStringList() << QStringList()
        << QStringList { "10:0-0->1:1", "1:0-0->20:0" } << QStringList();
    QTest::newRow("count changes in the middle")
        << "1 10<1#1 20<1#1 30<1#1"
        << "1 10<1#1 20<1#5 30<1#1" << QStringList() << QStringList() << QStringList()
        << QStringList { "1:1-1:2-2" };
    QTest::newRow("adjacent changes merge")
        << "1 10<1#1 20<1#1 30<1#1"
        << "1 10<1#2 20<1#2 30<1#1" << QStringList() << QStringList() << QStringList()
        << QStringList { "1:0-1:2-2" };
    QTest::newRow("separate changes stay apart")
        << "1 10<1#1 20<1#1 30<1#1"
        << "1 10<1#2 20<1#1 30<1#2" << QStringList() << QStringList() << QStringList()
        << QStringList { "1:0-0:2-2", "1:2-2:2-2" };
    QTest::newRow("parent cycle") << "1"
                                  << "1 10<20 20<10" << QStringList { "root:1-1", "10:0-0" }
                                  << QStringList() << QStringList() << QStringList();
    QTest::newRow("new root") << "1"
                              << "1 2" << QStringList { "root:1-1" } << QStringList()
                              << QStringList() << QStringList();
}

void TestNamespaceModel::update()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, moved);
    QFETCH(QStringList, changed);

    m_model->setNamespaces(namespaces(before));
    ModelSignalRecorder recorder(m_model.get(), NamespaceModel::NamespaceIdRole);
    m_model->setNamespaces(namespaces(after));

    recorder.verify(inserted, removed, moved, changed);
    if (QTest::currentTestFailed())
        return;

    for (const NamespaceInfo &ns : namespaces(after)) {
        const QModelIndex row = m_model->indexForKey(ns.id);
        QVERIFY2(row.isValid(), qPrintable(QString::number(ns.id)));
        const QModelIndex parent = row.parent();
        const quint64 parentId = parent.data(NamespaceModel::NamespaceIdRole).toULongLong();
        const QModelIndex expectedParent = m_model->indexForKey(ns.parentId);
        if (isDescendant(expectedParent, row)) {
            // The row that breaks a parent cycle is top-level, with its parent below it.
            QCOMPARE(parentId, 0u);
            continue;
        }
        QCOMPARE(parentId, expectedParent.isValid() ? ns.parentId : 0);
    }
}

void TestNamespaceModel::persistentIndexSurvivesUpdate()
{
    m_model->setNamespaces(namespaces("1 10<1 20<10#1"));
    QItemSelectionModel selection(m_model.get());
    const QPersistentModelIndex persistent = m_model->indexForKey(20);
    selection.select(persistent, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection.setCurrentIndex(persistent, QItemSelectionModel::NoUpdate);

    m_model->setNamespaces(namespaces("1 5<1 10<1 15<10 20<5#4"));

    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(NamespaceModel::NamespaceIdRole).toULongLong(), 20u);
    QCOMPARE(persistent.parent().data(NamespaceModel::NamespaceIdRole).toULongLong(), 5u);
    const QModelIndex countCell
        = QModelIndex(persistent).siblingAtColumn(NamespaceModel::ProcessCountColumn);
    QCOMPARE(countCell.data().toInt(), 4);
    QVERIFY(selection.isRowSelected(persistent.row(), persistent.parent()));
    QCOMPARE(selection.currentIndex(), QModelIndex(persistent));
}

void TestNamespaceModel::exitStatusShownUntilGone()
{
    NamespaceList list = namespaces("1 10<1");
    list[1].createdByNestbox = true;
    list[1].command = QStringList { "sleep", "30" };
    m_model->setNamespaces(list);
    const QModelIndex status = m_model->indexForKey(10, NamespaceModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("running"));

    ModelSignalRecorder recorder(m_model.get(), NamespaceModel::NamespaceIdRole);
    m_model->setExitStatus(10, 128 + 9, 9);

    const QString statusColumn = QStringLiteral(":%1-%1").arg(NamespaceModel::StatusColumn);
    QCOMPARE(recorder.changed, QStringList { "1:0-0" + statusColumn });
    QCOMPARE(status.data().toString(), QStringLiteral("killed by signal 9 (SIGKILL)"));

    m_model->setNamespaces(namespaces("1"));
    m_model->setNamespaces(list);
    QCOMPARE(m_model->indexForKey(10, NamespaceModel::StatusColumn).data().toString(),
        QStringLiteral("running"));
    QCOMPARE(NamespaceModel::exitStatusText(3, 0), QStringLiteral("exited with code 3"));
}

void TestNamespaceModel::commandOfForeignNamespace()
{
    m_model->setNamespaces(namespaces("1 10<1"));

    const QModelIndex command = m_model->indexForKey(10, NamespaceModel::CommandColumn);
    QCOMPARE(command.data().toString(), QStringLiteral("not created by Nestbox"));
    QCOMPARE(m_model->indexForKey(10, NamespaceModel::StatusColumn).data().toString(), QString());
}

void TestNamespaceModel::usageShowsTotals()
{
    m_model->setNamespaces(namespaces("1 10<1#3"));

    m_model->setUsage({ { 10, nestbox::UsageTotals { 12.5, 3 * 1024 * 1024, 3 } } });

    const QModelIndex row = m_model->indexForKey(10);
    QCOMPARE(row.siblingAtColumn(NamespaceModel::CpuColumn).data().toString(),
        QLocale().toString(12.5, 'f', 1));
    QCOMPARE(row.siblingAtColumn(NamespaceModel::MemoryColumn).data().toString(),
        QLocale().formattedDataSize(3 * 1024 * 1024));
    QCOMPARE(row.siblingAtColumn(NamespaceModel::ProcessCountColumn).data().toInt(), 3);
    const QModelIndex host = m_model->indexForKey(1);
    QCOMPARE(host.siblingAtColumn(NamespaceModel::CpuColumn).data().toString(),
        QLocale().toString(0.0, 'f', 1));
}

void TestNamespaceModel::usageChangeIsOneRange()
{
    m_model->setNamespaces(namespaces("1 10<1 11<1 12<1"));
    m_model->setUsage({ { 10, { 1, 100, 1 } }, { 11, { 1, 100, 1 } }, { 12, { 1, 100, 1 } } });
    ModelSignalRecorder recorder(m_model.get(), NamespaceModel::NamespaceIdRole);

    m_model->setUsage({ { 10, { 2, 100, 1 } }, { 11, { 1, 200, 1 } }, { 12, { 1, 100, 1 } } });

    const QString cpuToMemory
        = QStringLiteral(":%1-%2").arg(NamespaceModel::CpuColumn).arg(NamespaceModel::MemoryColumn);
    recorder.verify({}, {}, {}, { QStringLiteral("1:0-1") + cpuToMemory });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(recorder.changedRoles.first().contains(NamespaceModel::SortRole));
}

void TestNamespaceModel::sortRoleIsNumeric()
{
    m_model->setNamespaces(namespaces("1 10<1 11<1"));
    m_model->setUsage({ { 10, { 9, 900, 1 } }, { 11, { 10, 2048, 1 } } });

    const QModelIndex small = m_model->indexForKey(10);
    const QModelIndex large = m_model->indexForKey(11);
    for (int column : { int(NamespaceModel::CpuColumn), int(NamespaceModel::MemoryColumn) }) {
        const QVariant smallKey = small.siblingAtColumn(column).data(NamespaceModel::SortRole);
        const QVariant largeKey = large.siblingAtColumn(column).data(NamespaceModel::SortRole);
        QVERIFY(QVariant::compare(smallKey, largeKey) == QPartialOrdering::Less);
    }
}

QTEST_MAIN(TestNamespaceModel)
#include "tst_namespacemodel.moc"
