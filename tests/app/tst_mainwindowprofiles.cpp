// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's profile parts against FakeHelper on a private bus: a damaged profile file is
// reported once and kept aside, and a favourite appears in the Profiles menu and the toolbar,
// whose button launches it through the helper.
#include "fakehelper.h"
#include "favouritestoolbar.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "privatebus.h"
#include "profilestore.h"

#include <memory>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using nestbox::FavouritesToolBar;
using nestbox::HelperClient;
using nestbox::LaunchProfile;
using nestbox::MainWindow;

class TestMainWindowProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void damagedFileReportedOnce();
    void favouriteShownAndLaunched();

private:
    QString profileFile() const;

    QTemporaryDir m_config;
    PrivateBus m_privateBus;
    std::unique_ptr<QDBusConnection> m_helperBus;
    FakeHelper m_fake;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowProfiles::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    const QString address = m_privateBus.start(QFINDTESTDATA("data/private-bus.conf"));
    QVERIFY2(!address.isEmpty(), "dbus-daemon could not be started");
    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(address, QStringLiteral("fake-helper")));
    QVERIFY(m_helperBus->registerObject(
        QStringLiteral("/org/nestbox/Helper"), &m_fake, QDBusConnection::ExportAllSlots));
    QVERIFY(m_helperBus->registerService(QStringLiteral("org.nestbox.Helper")));
    m_client = std::make_unique<HelperClient>();
}

void TestMainWindowProfiles::cleanupTestCase()
{
    m_window.reset();
    m_client.reset();
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-helper"));
}

QString TestMainWindowProfiles::profileFile() const
{
    return m_config.filePath(QStringLiteral("nestbox/profiles.json"));
}

void TestMainWindowProfiles::damagedFileReportedOnce()
{
    QVERIFY(QDir().mkpath(QFileInfo(profileFile()).path()));
    QFile damaged(profileFile());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();

    m_window = std::make_unique<MainWindow>(m_client.get());

    const QList<QMessageBox *> boxes = m_window->findChildren<QMessageBox *>();
    QCOMPARE(boxes.size(), 1);
    QVERIFY2(boxes.at(0)->text().contains(profileFile()), qPrintable(boxes.at(0)->text()));
    QVERIFY(boxes.at(0)->isVisible());
    const QStringList setAside = QDir(QFileInfo(profileFile()).path())
                                     .entryList({ QStringLiteral("profiles.json.corrupt-*") });
    QCOMPARE(setAside.size(), 1);
    boxes.at(0)->close();
}

void TestMainWindowProfiles::favouriteShownAndLaunched()
{
    LaunchProfile profile;
    profile.name = QStringLiteral("Calculator");
    profile.arguments = { QStringLiteral("/usr/bin/bc"), QStringLiteral("-q") };
    profile.favourite = true;
    QVERIFY(!m_window->profileStore()->create(profile).isEmpty());

    QMenu *profilesMenu = nullptr;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Profiles"))
            profilesMenu = action->menu();
    }
    QVERIFY(profilesMenu);
    QCOMPARE(profilesMenu->actions().value(0)->text(), QStringLiteral("Calculator"));

    auto *toolBar = m_window->findChild<FavouritesToolBar *>();
    QVERIFY(toolBar);
    QCOMPARE(toolBar->actions().size(), 1);
    toolBar->actions().at(0)->trigger();

    QTRY_COMPARE(m_fake.launchArguments, (QStringList { "/usr/bin/bc", "-q" }));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("Started Calculator in namespace 4026532100")));
}

QTEST_MAIN(TestMainWindowProfiles)
#include "tst_mainwindowprofiles.moc"
