// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow against a real nestbox-helper on DBUS_SYSTEM_BUS_ADDRESS: an app launched through
// HelperClient must show up in both trees within 2 s, through updates that never reset a model.
// Run it through scripts/private-stack (ctest app.mainwindow_live).
#include "helperclient.h"
#include "mainwindow.h"
#include "namespacemodel.h"
#include "processmodel.h"

#include <memory>
#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using nestbox::CallError;
using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::NamespaceModel;
using nestbox::ProcessModel;

namespace {

// Searches the process tree for a row whose command starts with command.
QModelIndex findCommand(
    const QAbstractItemModel *model, const QString &command, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, ProcessModel::CommandColumn, parent);
        if (index.data().toString().startsWith(command))
            return index;
        const QModelIndex nested = findCommand(model, command, index.siblingAtColumn(0));
        if (nested.isValid())
            return nested;
    }
    return {};
}

} // namespace

class TestMainWindowLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void launchedAppAppears();
    void cleanupTestCase();

private:
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_namespaceTester;
    std::unique_ptr<QAbstractItemModelTester> m_processTester;
    quint64 m_launched = 0;
};

void TestMainWindowLive::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS"),
        "set DBUS_SYSTEM_BUS_ADDRESS to a private bus running nestbox-helper");

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_namespaceTester = std::make_unique<QAbstractItemModelTester>(
        m_window->namespaceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_processTester = std::make_unique<QAbstractItemModelTester>(
        m_window->processModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->show();

    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), HelperClient::State::Connected, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->namespaceModel()->rowCount() > 0, 5000);
}

void TestMainWindowLive::launchedAppAppears()
{
    NamespaceModel *namespaces = m_window->namespaceModel();
    ProcessModel *processes = m_window->processModel();
    QSignalSpy namespaceResets(namespaces, &QAbstractItemModel::modelAboutToBeReset);

    bool replied = false;
    CallError launchError;
    m_client->launch({ QStringLiteral("sleep"), QStringLiteral("30") }, QString(),
        [&](const CallError &error, quint64 namespaceId, qint32) {
            replied = true;
            launchError = error;
            m_launched = namespaceId;
        });
    QTRY_VERIFY_WITH_TIMEOUT(replied, 30000);
    QVERIFY2(!launchError.isError(), qPrintable(launchError.name + ": " + launchError.message));
    QVERIFY(m_launched != 0);

    // The helper scans once a second, so 2 s allow one missed scan.
    QTRY_VERIFY_WITH_TIMEOUT(namespaces->indexForKey(m_launched).isValid(), 2000);
    m_window->selectNamespace(m_launched);
    QCOMPARE(m_window->selectedNamespace(), m_launched);
    QTRY_VERIFY_WITH_TIMEOUT(findCommand(processes, QStringLiteral("sleep 30")).isValid(), 2000);

    const QModelIndex command = namespaces->indexForKey(m_launched, NamespaceModel::CommandColumn);
    QCOMPARE(command.data().toString(), QStringLiteral("sleep 30"));
    // The view shows the model through a sorting proxy.
    const auto *shown
        = qobject_cast<const QAbstractProxyModel *>(m_window->namespaceView()->model());
    QVERIFY(shown);
    QVERIFY(m_window->namespaceView()->visualRect(shown->mapFromSource(command)).isValid());

    // Further scans update the selected namespace in place.
    QSignalSpy processResets(processes, &QAbstractItemModel::modelAboutToBeReset);
    QTest::qWait(2500);
    QCOMPARE(processResets.count(), 0);
    QCOMPARE(namespaceResets.count(), 0);
    QVERIFY(findCommand(processes, QStringLiteral("sleep 30")).isValid());
}

void TestMainWindowLive::cleanupTestCase()
{
    if (m_launched == 0 || !m_client)
        return;

    QSignalSpy exited(m_client.get(), &HelperClient::namespaceExited);
    bool replied = false;
    m_client->terminateNamespace(m_launched, [&](const CallError &error) {
        replied = true;
        QVERIFY2(!error.isError(), qPrintable(error.message));
    });
    QTRY_VERIFY_WITH_TIMEOUT(replied, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->namespaceModel()->indexForKey(m_launched).isValid(), 10000);
}

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"
