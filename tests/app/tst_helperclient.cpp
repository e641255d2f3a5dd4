// SPDX-License-Identifier: GPL-3.0-or-later
// HelperClient against a fake helper on a private dbus-daemon that the test starts itself: the
// connection states, their explanations, StartWatching after a helper restart, error names and
// signal forwarding.
#include "fakehelper.h"
#include "helperclient.h"
#include "privatebus.h"

#include <memory>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using nestbox::CallError;
using nestbox::HelperClient;

namespace {

const QString helperService = QStringLiteral("org.nestbox.Helper");
const QString helperPath = QStringLiteral("/org/nestbox/Helper");

} // namespace

class TestHelperClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void helperNotRunning();
    void helperAppearsAndRestarts();
    void accessDeniedNamesAction();
    void requestErrorKeepsConnected();
    void launchDenialKeepsConnected();
    void signalsForwarded();

private:
    void registerFakeHelper();
    void unregisterFakeHelper();

    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
};

void TestHelperClient::initTestCase()
{
    const QString config = QFINDTESTDATA("data/private-bus.conf");
    QVERIFY2(!config.isEmpty(), "data/private-bus.conf not found");

    const QString address = m_privateBus.start(config);
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");

    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->isConnected());
    QVERIFY(m_helperBus->registerObject(helperPath, &m_fake, QDBusConnection::ExportAllSlots));
}

void TestHelperClient::cleanupTestCase()
{
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

void TestHelperClient::registerFakeHelper()
{
    QVERIFY(m_helperBus->registerService(helperService));
}

void TestHelperClient::unregisterFakeHelper()
{
    QVERIFY(m_helperBus->unregisterService(helperService));
}

void TestHelperClient::helperNotRunning()
{
    HelperClient client;

    QCOMPARE(client.state(), HelperClient::State::HelperNotRunning);
    const QString explanation = client.stateExplanation();
    QVERIFY2(explanation.contains(helperService), qPrintable(explanation));
    QVERIFY2(explanation.contains(QStringLiteral("not installed")), qPrintable(explanation));
}

void TestHelperClient::helperAppearsAndRestarts()
{
    m_client = std::make_unique<HelperClient>();
    QSignalSpy available(m_client.get(), &HelperClient::helperAvailable);
    m_client->startWatching();
    QCOMPARE(m_client->state(), HelperClient::State::HelperNotRunning);

    registerFakeHelper();
    QTRY_COMPARE(m_client->state(), HelperClient::State::Connected);
    QCOMPARE(m_fake.startWatchingCalls, 1);
    QCOMPARE(available.count(), 1);

    // The helper left and no service file can start it again, so it counts as stopped.
    unregisterFakeHelper();
    QTRY_COMPARE(m_client->state(), HelperClient::State::HelperStopped);
    QVERIFY2(m_client->stateExplanation().contains(QStringLiteral("stopped")),
        qPrintable(m_client->stateExplanation()));

    // The retry timer checks the bus again, which must not turn a stopped helper into a missing
    // one.
    QTest::qWait(2500);
    QCOMPARE(m_client->state(), HelperClient::State::HelperStopped);

    // A restarted helper has forgotten its watchers, so the client must subscribe again.
    registerFakeHelper();
    QTRY_COMPARE(m_client->state(), HelperClient::State::Connected);
    QTRY_COMPARE(m_fake.startWatchingCalls, 2);
    QCOMPARE(available.count(), 2);
}

void TestHelperClient::accessDeniedNamesAction()
{
    QVERIFY(m_client);
    m_fake.rejectListing = true;
    CallError error;
    bool replied = false;
    m_client->listNamespaces([&](const CallError &callError, const nestbox::NamespaceList &) {
        error = callError;
        replied = true;
    });

    QTRY_VERIFY(replied);
    QCOMPARE(error.name, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"));
    QCOMPARE(error.message, QStringLiteral("not authorized for org.nestbox.inspect"));
    QCOMPARE(m_client->state(), HelperClient::State::AccessDenied);
    QVERIFY2(m_client->stateExplanation().contains(QStringLiteral("org.nestbox.inspect")),
        qPrintable(m_client->stateExplanation()));
}

void TestHelperClient::requestErrorKeepsConnected()
{
    QVERIFY(m_client);
    CallError error;
    bool replied = false;
    m_client->terminateNamespace(77, [&](const CallError &callError) {
        error = callError;
        replied = true;
    });

    QTRY_VERIFY(replied);
    QCOMPARE(error.name, QStringLiteral("org.nestbox.Error.NotFound"));
    QCOMPARE(error.message, QStringLiteral("no namespace 77"));
    QCOMPARE(m_client->state(), HelperClient::State::Connected);
}

void TestHelperClient::launchDenialKeepsConnected()
{
    QVERIFY(m_client);
    QCOMPARE(m_client->state(), HelperClient::State::Connected);
    m_fake.rejectLaunch = true;
    CallError error;
    bool replied = false;
    m_client->launch(
        { QStringLiteral("sleep") }, QString(), [&](const CallError &callError, quint64, qint32) {
            error = callError;
            replied = true;
        });

    QTRY_VERIFY(replied);
    m_fake.rejectLaunch = false;
    QCOMPARE(error.name, QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"));
    // Listing still works, so the client stays usable and no banner replaces the trees.
    QCOMPARE(m_client->state(), HelperClient::State::Connected);
}

void TestHelperClient::signalsForwarded()
{
    QVERIFY(m_client);
    QSignalSpy exited(m_client.get(), &HelperClient::namespaceExited);

    QVERIFY(FakeHelper::emitSignal(
        *m_helperBus, QStringLiteral("NamespaceExited"), { qulonglong(4026532001), 137, 9 }));

    QTRY_COMPARE(exited.count(), 1);
    QCOMPARE(exited.at(0).at(0).toULongLong(), 4026532001u);
    QCOMPARE(exited.at(0).at(1).toInt(), 137);
    QCOMPARE(exited.at(0).at(2).toInt(), 9);
}

QTEST_GUILESS_MAIN(TestHelperClient)
#include "tst_helperclient.moc"
