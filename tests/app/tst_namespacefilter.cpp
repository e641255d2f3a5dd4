// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceFilterProxy with ViewStateKeeper on a real QTreeView: which namespaces a filter keeps,
// that expansion and selection come back when the filter changes or is cleared, and how rows
// added while the filter hid them are restored.
#include "namespacefilterproxy.h"
#include "namespacemodel.h"
#include "viewstatekeeper.h"

#include "sampledata.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>
#include <QTreeView>

using nestbox::NamespaceFilterProxy;
using nestbox::NamespaceInfo;
using nestbox::NamespaceList;
using nestbox::NamespaceModel;
using nestbox::ViewStateKeeper;

namespace {

constexpr quint64 host = 4026531836;
constexpr quint64 browser = 4026532001;
constexpr quint64 viewer = 4026532002;
constexpr quint64 nested = 4026532003;
// No passwd entry has this uid, so the owner column shows the number.
constexpr quint32 unnamedUid = 4242424;

// A namespace as sampledata makes it, owned by ownerUid.
NamespaceInfo makeNamespace(
    quint64 id, quint64 parentId, quint32 ownerUid, const QStringList &command)
{
    NamespaceInfo ns = sampledata::makeNamespace(id, parentId, command);
    ns.ownerUid = ownerUid;
    return ns;
}

// host (root) ── browser (root, "firefox --private-window") ── nested (4242424, "sleep 30")
//           └─── viewer (root, "Viewer")
NamespaceList sampleTree()
{
    return { makeNamespace(host, 0, 0, {}),
        makeNamespace(browser, host, 0, { "firefox", "--private-window" }),
        makeNamespace(viewer, host, 0, { "Viewer" }),
        makeNamespace(nested, browser, unnamedUid, { "sleep", "30" }) };
}

} // namespace

class TestNamespaceFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterKeepsAncestors_data();
    void filterKeepsAncestors();
    void stateSurvivesFilter_data();
    void stateSurvivesFilter();
    void rowAddedWhileHidden_data();
    void rowAddedWhileHidden();
    void currentMovesOnlyWhileRefiltering();

private:
    void createKeeper(ViewStateKeeper::UnrecordedRows unrecorded);
    QModelIndex shown(quint64 namespaceId) const;
    QList<quint64> visibleIds(const QModelIndex &parent = {}) const;
    void setFilter(const QString &text);

    std::unique_ptr<NamespaceModel> m_model;
    std::unique_ptr<NamespaceFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTreeView> m_view;
    ViewStateKeeper *m_keeper = nullptr;
};

void TestNamespaceFilter::init()
{
    m_model = std::make_unique<NamespaceModel>();
    m_model->setNamespaces(sampleTree());
    m_proxy = std::make_unique<NamespaceFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_view = std::make_unique<QTreeView>();
    m_view->setModel(m_proxy.get());
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NamespaceModel::IdColumn, Qt::AscendingOrder);
    // The main window shows every level open.
    m_view->expandAll();
}

void TestNamespaceFilter::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestNamespaceFilter::createKeeper(ViewStateKeeper::UnrecordedRows unrecorded)
{
    m_keeper = new ViewStateKeeper(
        m_view.get(), m_proxy.get(), NamespaceModel::NamespaceIdRole, unrecorded);
}

QModelIndex TestNamespaceFilter::shown(quint64 namespaceId) const
{
    return m_proxy->mapFromSource(m_model->indexForKey(namespaceId));
}

// Every row the proxy shows, depth first.
QList<quint64> TestNamespaceFilter::visibleIds(const QModelIndex &parent) const
{
    QList<quint64> ids;
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        ids.append(index.data(NamespaceModel::NamespaceIdRole).toULongLong());
        ids.append(visibleIds(index));
    }
    return ids;
}

void TestNamespaceFilter::setFilter(const QString &text)
{
    m_keeper->refilter([this, &text] { m_proxy->setFilterText(text); });
}

void TestNamespaceFilter::filterKeepsAncestors_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QList<quint64>>("visible");

    const QList<quint64> all { host, browser, nested, viewer };
    QTest::newRow("id") << "32003" << QList<quint64> { host, browser, nested };
    QTest::newRow("command, other case") << "FIREFOX" << QList<quint64> { host, browser };
    QTest::newRow("arguments") << "--private" << QList<quint64> { host, browser };
    QTest::newRow("owner name") << "Root" << QList<quint64> { host, browser, viewer };
    QTest::newRow("owner uid") << "4242424" << QList<quint64> { host, browser, nested };
    QTest::newRow("ancestors of a match") << "sleep 30" << QList<quint64> { host, browser, nested };
    QTest::newRow("not created by Nestbox") << "not created" << QList<quint64> { host };
    QTest::newRow("level is not matched") << "host" << QList<quint64> {};
    QTest::newRow("no match") << "no such namespace" << QList<quint64> {};
    QTest::newRow("blank") << "  " << all;
}

void TestNamespaceFilter::filterKeepsAncestors()
{
    QFETCH(QString, filter);
    QFETCH(QList<quint64>, visible);
    createKeeper(ViewStateKeeper::UnrecordedRows::Expanded);

    setFilter(filter);

    QCOMPARE(visibleIds(), visible);
}

void TestNamespaceFilter::stateSurvivesFilter_data()
{
    QTest::addColumn<QStringList>("filters");

    QTest::newRow("cleared") << QStringList { "sleep", "" };
    QTest::newRow("changed") << QStringList { "sleep", "o" };
    QTest::newRow("narrowed twice, then cleared") << QStringList { "40", "4242424", "viewer", "" };
}

void TestNamespaceFilter::stateSurvivesFilter()
{
    QFETCH(QStringList, filters);
    createKeeper(ViewStateKeeper::UnrecordedRows::Expanded);
    m_view->collapse(shown(browser));
    m_view->setCurrentIndex(shown(viewer));

    for (const QString &filter : std::as_const(filters))
        setFilter(filter);

    QVERIFY(m_view->isExpanded(shown(host)));
    QVERIFY(!m_view->isExpanded(shown(browser)));
    QCOMPARE(m_view->currentIndex().data(NamespaceModel::NamespaceIdRole).toULongLong(), viewer);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(NamespaceModel::NamespaceIdRole).toULongLong(), viewer);
}

void TestNamespaceFilter::rowAddedWhileHidden_data()
{
    QTest::addColumn<ViewStateKeeper::UnrecordedRows>("unrecorded");
    QTest::addColumn<bool>("expanded");

    QTest::newRow("unrecorded rows expanded") << ViewStateKeeper::UnrecordedRows::Expanded << true;
    QTest::newRow("unrecorded rows collapsed")
        << ViewStateKeeper::UnrecordedRows::Collapsed << false;
}

void TestNamespaceFilter::rowAddedWhileHidden()
{
    QFETCH(ViewStateKeeper::UnrecordedRows, unrecorded);
    QFETCH(bool, expanded);
    createKeeper(unrecorded);
    setFilter(QStringLiteral("viewer"));

    // A namespace with a nested one of its own starts under browser, which the filter hides.
    constexpr quint64 added = 4026532004;
    NamespaceList namespaces = sampleTree();
    namespaces.append(makeNamespace(added, browser, 0, { "bash" }));
    namespaces.append(makeNamespace(4026532005, added, 0, { "top" }));
    m_model->setNamespaces(namespaces);
    QVERIFY(!shown(added).isValid());
    setFilter(QString());

    QCOMPARE(m_view->isExpanded(shown(added)), expanded);
    // Rows shown before the filter keep what the view had, whatever the default.
    QVERIFY(m_view->isExpanded(shown(host)));
    QVERIFY(m_view->isExpanded(shown(browser)));
}

// MainWindow relies on this flag so that moves the filter makes never change the process pane.
void TestNamespaceFilter::currentMovesOnlyWhileRefiltering()
{
    createKeeper(ViewStateKeeper::UnrecordedRows::Expanded);
    m_view->setCurrentIndex(shown(viewer));
    QList<bool> refilteringAtChange;
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, &refilteringAtChange] { refilteringAtChange.append(m_keeper->isRefiltering()); });

    setFilter(QStringLiteral("sleep"));
    QVERIFY(!m_view->currentIndex().isValid());
    setFilter(QString());

    QVERIFY(!refilteringAtChange.isEmpty());
    QVERIFY(!refilteringAtChange.contains(false));
    QVERIFY(!m_keeper->isRefiltering());
    QCOMPARE(m_keeper->selectedKey(), QString::number(viewer));
    QCOMPARE(m_view->currentIndex().data(NamespaceModel::NamespaceIdRole).toULongLong(), viewer);
}

QTEST_MAIN(TestNamespaceFilter)
#include "tst_namespacefilter.moc"
