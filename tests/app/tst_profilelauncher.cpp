// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileLauncher against FakeHelper on a private bus: a profile's arguments, folder and extra
// environment reach Launch, and a missing profile fails without calling the helper.
#include "fakehelper.h"
#include "helperclient.h"
#include "privatebus.h"
#include "profilelauncher.h"
#include "profilestore.h"

#include <memory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nestbox::HelperClient;
using nestbox::LaunchProfile;
using nestbox::ProfileLauncher;
using nestbox::ProfileStore;

class TestProfileLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void launchPassesProfile();
    void exitPolicyReachesHelper_data();
    void exitPolicyReachesHelper();
    void unknownProfileFails();
    void deniedLaunchExplained();

private:
    QString addProfile(const QString &name, nestbox::ExitPolicy policy);

    QTemporaryDir m_dir;
    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileLauncher> m_launcher;
};

void TestProfileLauncher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString address = m_privateBus.start(QFINDTESTDATA("data/private-bus.conf"));
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");
    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->registerObject(
        QStringLiteral("/org/nestbox/Helper"), &m_fake, QDBusConnection::ExportAllSlots));
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));

    m_client = std::make_unique<HelperClient>();
    QTRY_COMPARE(m_client->state(), HelperClient::State::Connected);
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->load());
    m_launcher = std::make_unique<ProfileLauncher>(m_client.get(), m_store.get());
}

void TestProfileLauncher::cleanupTestCase()
{
    m_launcher.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

QString TestProfileLauncher::addProfile(const QString &name, nestbox::ExitPolicy policy)
{
    LaunchProfile profile;
    profile.name = name;
    profile.arguments = { QStringLiteral("/usr/bin/xterm"), QStringLiteral("-title"),
        QStringLiteral("two words") };
    profile.workingDirectory = m_dir.path();
    profile.environment = { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") } };
    profile.exitPolicy = policy;
    return m_store->create(profile);
}

void TestProfileLauncher::launchPassesProfile()
{
    const QString id = addProfile(QStringLiteral("Terminal"), nestbox::ExitPolicy::EndNamespace);
    QVERIFY2(!id.isEmpty(), qPrintable(m_store->lastError()));
    QSignalSpy launched(m_launcher.get(), &ProfileLauncher::launched);

    m_launcher->launch(id);

    QTRY_COMPARE(launched.count(), 1);
    QCOMPARE(launched.at(0).at(0).toULongLong(), 4026532100u);
    QCOMPARE(launched.at(0).at(1).toString(), QStringLiteral("Terminal"));
    QCOMPARE(m_fake.launchArguments, (QStringList { "/usr/bin/xterm", "-title", "two words" }));
    QCOMPARE(m_fake.launchWorkingDirectory, m_dir.path());
    QCOMPARE(m_fake.launchEnvironment.value(QStringLiteral("LANG")), QStringLiteral("de_DE.UTF-8"));
}

void TestProfileLauncher::exitPolicyReachesHelper_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("option");

    QTest::newRow("end") << QStringLiteral("Ender") << int(nestbox::ExitPolicy::EndNamespace)
                         << QStringLiteral("end-with-app");
    QTest::newRow("keep") << QStringLiteral("Keeper")
                          << int(nestbox::ExitPolicy::KeepWhileProcessesLive)
                          << QStringLiteral("keep-while-processes-live");
}

void TestProfileLauncher::exitPolicyReachesHelper()
{
    QFETCH(QString, name);
    QFETCH(int, policy);
    QFETCH(QString, option);
    const QString id = addProfile(name, nestbox::ExitPolicy(policy));
    QSignalSpy launched(m_launcher.get(), &ProfileLauncher::launched);

    m_launcher->launch(id);

    QTRY_COMPARE(launched.count(), 1);
    QCOMPARE(m_fake.launchOptions.value(QStringLiteral("exitPolicy")).toString(), option);
    const QString message = launched.at(0).at(2).toString();
    QVERIFY2(!message.contains(QStringLiteral("although")), qPrintable(message));
}

void TestProfileLauncher::unknownProfileFails()
{
    m_fake.launchArguments.clear();
    QSignalSpy failed(m_launcher.get(), &ProfileLauncher::failed);

    m_launcher->launch(QStringLiteral("no-such-id"));

    QCOMPARE(failed.count(), 1);
    QVERIFY(m_fake.launchArguments.isEmpty());
}

void TestProfileLauncher::deniedLaunchExplained()
{
    const QString id = addProfile(QStringLiteral("Denied"), nestbox::ExitPolicy::EndNamespace);
    QSignalSpy failed(m_launcher.get(), &ProfileLauncher::failed);
    m_fake.rejectLaunch = true;

    m_launcher->launch(id);

    QTRY_COMPARE(failed.count(), 1);
    m_fake.rejectLaunch = false;
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(QStringLiteral("You are not allowed to launch apps")),
        qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("not authorized")), qPrintable(message));
}

QTEST_MAIN(TestProfileLauncher)
#include "tst_profilelauncher.moc"
