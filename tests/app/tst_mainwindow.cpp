// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow against FakeHelper on a private bus: the banner while the helper is missing, both
// trees filled once it appears, live signals applied without a reset, the exit status, and the
// "stopped" banner when the helper leaves until it returns.
#include "fakehelper.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "namespacemodel.h"
#include "privatebus.h"
#include "processmodel.h"
#include "statusbanner.h"

#include "sampledata.h"
#include <memory>
#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::NamespaceInfo;
using nestbox::NamespaceModel;
using nestbox::ProcessInfo;
using nestbox::ProcessModel;

using namespace sampledata;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void bannerWhileHelperMissing();
    void treesFilledWhenHelperAppears();
    void liveSignalsWithoutReset();
    void exitStatusShown();
    void bannerWhenHelperLeaves();
    void bannerClearsWhenHelperReturns();

private:
    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_namespaceTester;
    std::unique_ptr<QAbstractItemModelTester> m_processTester;
};

void TestMainWindow::initTestCase()
{
    const QString address = m_privateBus.start(QFINDTESTDATA("data/private-bus.conf"));
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");

    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->registerObject(
        QStringLiteral("/org/nestbox/Helper"), &m_fake, QDBusConnection::ExportAllSlots));

    m_fake.namespaces = { makeNamespace(hostNamespace, 0, {}),
        makeNamespace(launchedNamespace, hostNamespace, { "sleep", "30" }) };
    m_fake.processes = { makeProcess(1, 0, hostNamespace, 1),
        makeProcess(500, 1, launchedNamespace, 1), makeProcess(501, 500, launchedNamespace, 2) };

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_namespaceTester = std::make_unique<QAbstractItemModelTester>(
        m_window->namespaceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_processTester = std::make_unique<QAbstractItemModelTester>(
        m_window->processModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->show();
}

void TestMainWindow::cleanupTestCase()
{
    m_processTester.reset();
    m_namespaceTester.reset();
    m_window.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

void TestMainWindow::bannerWhileHelperMissing()
{
    const QString message = m_window->banner()->message();

    QVERIFY2(message.contains(QStringLiteral("not installed")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("stopped")), qPrintable(message));
    QCOMPARE(m_window->namespaceModel()->rowCount(), 0);
}

void TestMainWindow::treesFilledWhenHelperAppears()
{
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    QTRY_COMPARE(m_window->banner()->message(), QString());
    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(launchedNamespace).isValid());
    QCOMPARE(m_fake.startWatchingCalls, 1);

    m_window->selectNamespace(launchedNamespace);
    QTRY_VERIFY(m_window->processModel()->indexForHostPid(501).isValid());
    const QModelIndex app = m_window->processModel()->indexForHostPid(501);
    QCOMPARE(app.parent().data(ProcessModel::HostPidRole).toInt(), 500);
    QCOMPARE(app.siblingAtColumn(ProcessModel::PidColumn).data().toInt(), 2);
}

void TestMainWindow::liveSignalsWithoutReset()
{
    QSignalSpy namespaceResets(
        m_window->namespaceModel(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy processResets(m_window->processModel(), &QAbstractItemModel::modelAboutToBeReset);

    nestbox::NamespaceList namespaces = m_fake.namespaces;
    namespaces.append(makeNamespace(4026532002, launchedNamespace, {}));
    QVERIFY(FakeHelper::emitSignal(
        *m_helperBus, QStringLiteral("NamespacesChanged"), { QVariant::fromValue(namespaces) }));

    const nestbox::ProcessList added { makeProcess(502, 501, launchedNamespace, 3) };
    QVERIFY(FakeHelper::emitSignal(*m_helperBus, QStringLiteral("ProcessesChanged"),
        { QVariant::fromValue(added), QVariant::fromValue(nestbox::ProcessList {}),
            QVariant::fromValue(nestbox::PidList {}) }));

    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(4026532002).isValid());
    QTRY_VERIFY(m_window->processModel()->indexForHostPid(502).isValid());
    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);
    QCOMPARE(namespaceResets.count(), 0);
    QCOMPARE(processResets.count(), 0);
}

void TestMainWindow::exitStatusShown()
{
    QVERIFY(FakeHelper::emitSignal(
        *m_helperBus, QStringLiteral("NamespaceExited"), { qulonglong(launchedNamespace), 3, 0 }));

    const QModelIndex status
        = m_window->namespaceModel()->indexForKey(launchedNamespace, NamespaceModel::StatusColumn);
    QTRY_COMPARE(status.data().toString(), QStringLiteral("exited with code 3"));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("exited with code 3")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::bannerWhenHelperLeaves()
{
    QVERIFY(m_helperBus->unregisterService(QStringLiteral("org.nestbox.Helper")));

    QTRY_VERIFY(!m_window->banner()->message().isEmpty());
    const QString message = m_window->banner()->message();
    QVERIFY2(message.contains(QStringLiteral("helper (org.nestbox.Helper) stopped")),
        qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("waiting for it to return")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not installed")), qPrintable(message));
    // Its namespaces died with it, so no row of them may stay.
    QCOMPARE(m_window->namespaceModel()->rowCount(), 0);
    QCOMPARE(m_window->processModel()->rowCount(), 0);
}

void TestMainWindow::bannerClearsWhenHelperReturns()
{
    const int watchCallsBefore = m_fake.startWatchingCalls;

    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    QTRY_COMPARE(m_window->banner()->message(), QString());
    // A restarted helper has forgotten its watchers, so the window subscribes again.
    QTRY_COMPARE(m_fake.startWatchingCalls, watchCallsBefore + 1);
    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(launchedNamespace).isValid());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
