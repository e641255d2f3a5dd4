// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's views against FakeHelper on a private bus: the details pane follows the selection,
// Ctrl+F reaches the filter box, the filter keeps the selection, the 2 s refresh updates an
// idle process's figures without a reset, and a polkit denial shows a plain sentence with the
// helper's raw error only as details.
#include "detailspane.h"
#include "fakehelper.h"
#include "helperclient.h"
#include "launchdialog.h"
#include "mainwindow.h"
#include "mainwindowprobes.h"
#include "namespacemodel.h"
#include "privatebus.h"
#include "processactions.h"
#include "processmodel.h"
#include "usagemonitor.h"

#include "sampledata.h"
#include <csignal>
#include <memory>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using mainwindowprobes::detailText;
using mainwindowprobes::namespaceAction;
using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::NamespaceInfo;
using nestbox::NamespaceModel;
using nestbox::ProcessInfo;
using nestbox::ProcessModel;
using nestbox::UsageHistory;

using sampledata::hostNamespace;
using sampledata::launchedNamespace;

namespace {

const QString rawDenial
    = QStringLiteral("not authorized for org.nestbox.%1: not authorized by polkit");

// Two processes in the launched namespace, each with 1 MiB resident, so totals show.
NamespaceInfo makeNamespace(quint64 id, quint64 parentId, const QStringList &command)
{
    return sampledata::makeNamespace(id, parentId, command, 2);
}

ProcessInfo makeProcess(qint32 hostPid, qint32 parentPid, quint64 pidNamespace, qint32 pid)
{
    ProcessInfo process = sampledata::makeProcess(hostPid, parentPid, pidNamespace, pid);
    process.residentBytes = 1024 * 1024;
    return process;
}

} // namespace

class TestMainWindowViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void detailsFollowSelection();
    void findShortcutFocusesFilter();
    void filterKeepsSelection();
    void refreshUpdatesIdleProcess();
    void refreshUpdatesUnselectedNamespaceTotals();
    void deniedInspectionStopsRefresh();
    void launchDeniedExplained();
    void signalDeniedExplained();
    void terminateDeniedExplained();
    void laterMessageDropsDetails();

private:
    QModelIndex shownProcess(qint32 hostPid) const;

    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
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
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->namespaceModel()->indexForKey(launchedNamespace).isValid());
    m_window->selectNamespace(launchedNamespace);
    QTRY_VERIFY(m_window->processModel()->indexForHostPid(501).isValid());
}

void TestMainWindowViews::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

QModelIndex TestMainWindowViews::shownProcess(qint32 hostPid) const
{
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(m_window->processView()->model());
    return proxy->mapFromSource(m_window->processModel()->indexForHostPid(hostPid));
}

void TestMainWindowViews::detailsFollowSelection()
{
    QTRY_COMPARE(detailText(*m_window, QStringLiteral("namespaceIdValue")),
        QString::number(launchedNamespace));
    QCOMPARE(detailText(*m_window, QStringLiteral("createdByValue")), QStringLiteral("sleep 30"));

    m_window->processView()->setCurrentIndex(shownProcess(501));
    QCOMPARE(detailText(*m_window, QStringLiteral("hostPidValue")), QStringLiteral("501"));
    QCOMPARE(
        detailText(*m_window, QStringLiteral("pidsValue")), QStringLiteral("host 501, level 1: 2"));

    // A click on the selected namespace goes back to its details.
    QTreeView *namespaces = m_window->namespaceView();
    const QRect row = namespaces->visualRect(namespaces->currentIndex());
    QTest::mouseClick(namespaces->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(detailText(*m_window, QStringLiteral("namespaceIdValue")),
        QString::number(launchedNamespace));
}

void TestMainWindowViews::findShortcutFocusesFilter()
{
    m_window->processView()->setFocus();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);

    QTRY_COMPARE(QApplication::focusWidget(), m_window->filterEdit());
}

void TestMainWindowViews::filterKeepsSelection()
{
    QTreeView *view = m_window->processView();
    view->setCurrentIndex(shownProcess(501));

    m_window->filterEdit()->setText(QStringLiteral("no such process"));
    QVERIFY(!view->currentIndex().isValid());
    m_window->filterEdit()->clear();

    QCOMPARE(view->currentIndex().data(ProcessModel::HostPidRole).toInt(), 501);
    QVERIFY(view->isExpanded(shownProcess(500)));
    QCOMPARE(detailText(*m_window, QStringLiteral("hostPidValue")), QStringLiteral("501"));
}

void TestMainWindowViews::refreshUpdatesIdleProcess()
{
    QSignalSpy resets(m_window->processModel(), &QAbstractItemModel::modelAboutToBeReset);
    const int samplesBefore
        = int(m_window->usageMonitor()->history().samples(launchedNamespace).size());

    // No ProcessesChanged is sent: only the periodic GetProcesses can bring the new figure.
    m_fake.processes[2].residentBytes = 7 * 1024 * 1024;

    const QModelIndex memory
        = m_window->processModel()->indexForHostPid(501, ProcessModel::MemoryColumn);
    QTRY_COMPARE_WITH_TIMEOUT(
        memory.data().toString(), QLocale().formattedDataSize(7 * 1024 * 1024), 5000);
    QCOMPARE(resets.count(), 0);
    QVERIFY(m_window->usageMonitor()->history().samples(launchedNamespace).size() > samplesBefore);
}

// The host namespace is not selected, so its process rows are not shown, but its totals are.
void TestMainWindowViews::refreshUpdatesUnselectedNamespaceTotals()
{
    m_fake.processes[0].residentBytes = 9 * 1024 * 1024;

    const QModelIndex memory
        = m_window->namespaceModel()->indexForKey(hostNamespace, NamespaceModel::MemoryColumn);
    QTRY_COMPARE_WITH_TIMEOUT(
        memory.data().toString(), QLocale().formattedDataSize(9 * 1024 * 1024), 5000);
    QCOMPARE(m_window->processModel()->namespaceId(), launchedNamespace);
}

void TestMainWindowViews::launchDeniedExplained()
{
    m_fake.rejectLaunch = true;
    // QDialog::exec() blocks until the dialog closes, so the event loop fills it in.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<nestbox::LaunchDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCommandLine(QStringLiteral("sleep 30"));
        dialog->accept();
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) != nullptr);
    QCOMPARE(m_fake.launchArguments, QStringList({ "sleep", "30" }));
    QVERIFY2(box->text().startsWith(QStringLiteral("You are not allowed to launch apps")),
        qPrintable(box->text()));
    QVERIFY2(
        box->text().contains(QStringLiteral("org.nestbox.launch action")), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QStringLiteral("not authorized")), qPrintable(box->text()));
    QCOMPARE(box->detailedText(),
        QStringLiteral("org.freedesktop.DBus.Error.AccessDenied: ") + rawDenial.arg("launch"));
    box->close();
    m_fake.rejectLaunch = false;
}

void TestMainWindowViews::signalDeniedExplained()
{
    QTreeView *view = m_window->processView();
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(view->model());
    view->setCurrentIndex(proxy->mapFromSource(m_window->processModel()->indexForHostPid(500)));
    m_fake.rejectSignals = true;

    m_window->processActions()->sendSignal(SIGTERM);
    QTRY_COMPARE(m_fake.signalCalls.size(), 1);
    m_fake.rejectSignals = false;

    QStatusBar *status = m_window->statusBar();
    QTRY_VERIFY(status->currentMessage().startsWith(QStringLiteral("You are not allowed")));
    QVERIFY2(status->currentMessage().contains(QStringLiteral("send signals to this process")),
        qPrintable(status->currentMessage()));
    QVERIFY2(status->currentMessage().contains(QStringLiteral("org.nestbox.signal-other")),
        qPrintable(status->currentMessage()));
    QCOMPARE(status->toolTip(),
        QStringLiteral("org.freedesktop.DBus.Error.AccessDenied: ") + rawDenial.arg("signal"));
}

void TestMainWindowViews::terminateDeniedExplained()
{
    QCOMPARE(m_window->selectedNamespace(), launchedNamespace);
    QAction *terminate = namespaceAction(*m_window, QStringLiteral("&Terminate"));
    QVERIFY(terminate);
    QVERIFY(terminate->isEnabled());
    m_fake.rejectSignals = true;

    terminate->trigger();
    QTRY_COMPARE(m_fake.terminateCalls, QList<quint64> { launchedNamespace });
    m_fake.rejectSignals = false;

    QStatusBar *status = m_window->statusBar();
    QTRY_VERIFY(status->currentMessage().contains(QStringLiteral("terminate this namespace")));
    QVERIFY2(status->currentMessage().startsWith(QStringLiteral("You are not allowed")),
        qPrintable(status->currentMessage()));
    QCOMPARE(status->toolTip(),
        QStringLiteral("org.freedesktop.DBus.Error.AccessDenied: ") + rawDenial.arg("signal"));
}

void TestMainWindowViews::laterMessageDropsDetails()
{
    QStatusBar *status = m_window->statusBar();
    QVERIFY(!status->toolTip().isEmpty());

    status->showMessage(QStringLiteral("something else"));

    QCOMPARE(status->toolTip(), QString());
}

// A helper that refuses inspection is not asked again every two seconds: each refusal is logged,
// and a polkit agent might ask the user each time.
void TestMainWindowViews::deniedInspectionStopsRefresh()
{
    m_fake.rejectProcesses = true;
    QTRY_COMPARE_WITH_TIMEOUT(
        m_client->state(), HelperClient::State::AccessDenied, 2 * UsageHistory::sampleIntervalMs);
    const int callsWhenDenied = m_fake.getProcessesCalls;

    QTest::qWait(2 * UsageHistory::sampleIntervalMs + 500);

    QCOMPARE(m_fake.getProcessesCalls, callsWhenDenied);
    m_fake.rejectProcesses = false;
    m_client->checkConnection();
    QTRY_COMPARE(m_client->state(), HelperClient::State::Connected);
}

QTEST_MAIN(TestMainWindowViews)
#include "tst_mainwindowviews.moc"
