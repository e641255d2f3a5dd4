// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's namespace filter against FakeHelper on a private bus: the filter hides and shows
// namespaces, expansion and selection survive it, the process pane keeps the selected namespace
// while the filter hides its row, and Escape clears either filter box.
#include "detailspane.h"
#include "fakehelper.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "mainwindowprobes.h"
#include "namespacemodel.h"
#include "privatebus.h"
#include "processmodel.h"

#include "sampledata.h"
#include <memory>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using mainwindowprobes::detailText;
using mainwindowprobes::namespaceAction;
using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::NamespaceList;
using nestbox::NamespaceModel;

using sampledata::hostNamespace;
using sampledata::launchedNamespace;
using sampledata::makeNamespace;
using sampledata::makeProcess;

namespace {

constexpr quint64 nestedNamespace = 4026532003;
constexpr quint64 viewerNamespace = 4026532002;

// host ── launched ("sleep 30") ── nested ("top")
//     └── viewer ("Viewer")
NamespaceList sampleTree()
{
    NamespaceList namespaces { makeNamespace(hostNamespace, 0, {}),
        makeNamespace(launchedNamespace, hostNamespace, { "sleep", "30" }),
        makeNamespace(viewerNamespace, hostNamespace, { "Viewer" }),
        makeNamespace(nestedNamespace, launchedNamespace, { "top" }) };
    namespaces.last().level = 2;
    return namespaces;
}

} // namespace

class TestMainWindowFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void filterHidesAndShowsRows();
    void stateSurvivesFilter();
    void processPaneKeepsHiddenNamespace();
    void hiddenNamespaceEnded();
    void rowAddedWhileHiddenIsExpanded();
    void launchedNamespaceClearsFilter();
    void escapeClearsFilter_data();
    void escapeClearsFilter();

private:
    void sendNamespaces(const NamespaceList &namespaces);
    QModelIndex shown(quint64 namespaceId) const;

    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowFilter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString address = m_privateBus.start(QFINDTESTDATA("data/private-bus.conf"));
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");
    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->registerObject(
        QStringLiteral("/org/nestbox/Helper"), &m_fake, QDBusConnection::ExportAllSlots));
    m_fake.namespaces = sampleTree();
    m_fake.processes = { makeProcess(1, 0, hostNamespace, 1),
        makeProcess(500, 1, launchedNamespace, 1), makeProcess(501, 500, launchedNamespace, 2),
        makeProcess(600, 1, viewerNamespace, 1) };
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(nestedNamespace).isValid());
}

// Every test starts unfiltered, with the sample tree fully expanded and launched selected.
void TestMainWindowFilter::init()
{
    m_window->namespaceFilterEdit()->clear();
    m_window->filterEdit()->clear();
    sendNamespaces(sampleTree());
    m_window->namespaceView()->expandAll();
    m_window->selectNamespace(launchedNamespace);
    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);
    QTRY_VERIFY(m_window->processModel()->indexForHostPid(501).isValid());
}

void TestMainWindowFilter::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

// Sends NamespacesChanged as the helper does and waits until the model shows the list.
void TestMainWindowFilter::sendNamespaces(const NamespaceList &namespaces)
{
    m_fake.namespaces = namespaces;
    QVERIFY(FakeHelper::emitSignal(
        *m_helperBus, QStringLiteral("NamespacesChanged"), { QVariant::fromValue(namespaces) }));
    QTRY_COMPARE(m_window->namespaceModel()->namespaces().size(), namespaces.size());
}

QModelIndex TestMainWindowFilter::shown(quint64 namespaceId) const
{
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(m_window->namespaceView()->model());
    return proxy->mapFromSource(m_window->namespaceModel()->indexForKey(namespaceId));
}

void TestMainWindowFilter::filterHidesAndShowsRows()
{
    m_window->namespaceFilterEdit()->setText(QStringLiteral("viewer"));

    QVERIFY(shown(hostNamespace).isValid());
    QVERIFY(shown(viewerNamespace).isValid());
    QVERIFY(!shown(launchedNamespace).isValid());
    QVERIFY(!shown(nestedNamespace).isValid());

    m_window->namespaceFilterEdit()->clear();

    QVERIFY(shown(launchedNamespace).isValid());
    QVERIFY(shown(nestedNamespace).isValid());
}

void TestMainWindowFilter::stateSurvivesFilter()
{
    QTreeView *view = m_window->namespaceView();
    view->collapse(shown(launchedNamespace));
    view->setCurrentIndex(shown(viewerNamespace));

    m_window->namespaceFilterEdit()->setText(QStringLiteral("top"));
    m_window->namespaceFilterEdit()->setText(QStringLiteral("o"));
    m_window->namespaceFilterEdit()->clear();

    QVERIFY(view->isExpanded(shown(hostNamespace)));
    QVERIFY(!view->isExpanded(shown(launchedNamespace)));
    QCOMPARE(m_window->selectedNamespace(), viewerNamespace);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(NamespaceModel::NamespaceIdRole).toULongLong(), viewerNamespace);
    QCOMPARE(m_window->processModel()->namespaceId(), viewerNamespace);
}

void TestMainWindowFilter::processPaneKeepsHiddenNamespace()
{
    m_window->namespaceFilterEdit()->setText(QStringLiteral("viewer"));

    QCOMPARE(m_window->selectedNamespace(), quint64(0));
    QCOMPARE(m_window->processModel()->namespaceId(), launchedNamespace);
    QVERIFY(m_window->processModel()->indexForHostPid(501).isValid());
    QCOMPARE(detailText(*m_window, QStringLiteral("namespaceIdValue")),
        QString::number(launchedNamespace));
    // Delete in the namespace tree must not end a namespace the user cannot see.
    QVERIFY(!namespaceAction(*m_window, QStringLiteral("&Terminate"))->isEnabled());

    // An update from the helper leaves the pane on the hidden namespace too.
    sendNamespaces(sampleTree() << makeNamespace(4026532004, hostNamespace, { "bash" }));
    QCOMPARE(m_window->processModel()->namespaceId(), launchedNamespace);

    m_window->namespaceFilterEdit()->clear();

    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);
    QCOMPARE(m_window->processModel()->namespaceId(), launchedNamespace);
    QVERIFY(namespaceAction(*m_window, QStringLiteral("&Terminate"))->isEnabled());
}

// With the selected namespace gone, the pane falls back to the first row shown.
void TestMainWindowFilter::hiddenNamespaceEnded()
{
    m_window->namespaceFilterEdit()->setText(QStringLiteral("viewer"));

    NamespaceList namespaces = sampleTree();
    namespaces.removeIf([](const nestbox::NamespaceInfo &ns) {
        return ns.id == launchedNamespace || ns.id == nestedNamespace;
    });
    sendNamespaces(namespaces);

    QCOMPARE(m_window->selectedNamespace(), hostNamespace);
    QCOMPARE(m_window->processModel()->namespaceId(), hostNamespace);
}

void TestMainWindowFilter::rowAddedWhileHiddenIsExpanded()
{
    constexpr quint64 added = 4026532004;
    m_window->namespaceFilterEdit()->setText(QStringLiteral("viewer"));

    sendNamespaces(sampleTree() << makeNamespace(added, launchedNamespace, { "bash" })
                                << makeNamespace(4026532005, added, { "bash" }));
    QVERIFY(!shown(added).isValid());
    m_window->namespaceFilterEdit()->clear();

    QVERIFY(m_window->namespaceView()->isExpanded(shown(added)));
    QVERIFY(m_window->namespaceView()->isExpanded(shown(launchedNamespace)));
}

// Launching selects the new namespace, which must not stay hidden behind the filter.
void TestMainWindowFilter::launchedNamespaceClearsFilter()
{
    constexpr quint64 launched = 4026532100;
    m_window->namespaceFilterEdit()->setText(QStringLiteral("viewer"));

    m_window->selectNamespace(launched);
    sendNamespaces(sampleTree() << makeNamespace(launched, hostNamespace, { "xterm" }));

    QCOMPARE(m_window->namespaceFilterEdit()->text(), QString());
    QCOMPARE(m_window->selectedNamespace(), launched);
    QCOMPARE(m_window->processModel()->namespaceId(), launched);
}

void TestMainWindowFilter::escapeClearsFilter_data()
{
    QTest::addColumn<QString>("objectName");

    QTest::newRow("namespace filter") << "namespaceFilter";
    QTest::newRow("process filter") << "processFilter";
}

void TestMainWindowFilter::escapeClearsFilter()
{
    QFETCH(QString, objectName);
    auto *edit = m_window->findChild<QLineEdit *>(objectName);
    QVERIFY(edit);
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);

    QTest::keyClicks(edit, QStringLiteral("sleep"));
    QCOMPARE(edit->text(), QStringLiteral("sleep"));
    QTest::keyClick(edit, Qt::Key_Escape);

    QCOMPARE(edit->text(), QString());
}

QTEST_MAIN(TestMainWindowFilter)
#include "tst_mainwindowfilter.moc"
