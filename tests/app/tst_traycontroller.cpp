// SPDX-License-Identifier: GPL-3.0-or-later
// TrayController: closing the window hides it to the tray only when "close to tray" is set,
// starting minimised needs a tray, and the tray's Open shows the window again. The client talks
// to an empty private bus, so no helper is involved.
#include "appsettings.h"
#include "helperclient.h"
#include "mainwindow.h"
#include "privatebus.h"
#include "traycontroller.h"
#include "trayicon.h"

#include <memory>
#include <QTemporaryDir>
#include <QTest>

using nestbox::AppSettings;
using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::TrayController;

class TestTrayController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void closeHidesOnlyWhenSet_data();
    void closeHidesOnlyWhenSet();
    void startMinimizedNeedsTray_data();
    void startMinimizedNeedsTray();
    void openShowsWindow();

private:
    QTemporaryDir m_config;
    PrivateBus m_privateBus;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void TestTrayController::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY2(!m_privateBus.start(QFINDTESTDATA("data/private-bus.conf")).isEmpty(),
        "dbus-daemon could not be started");
    m_client = std::make_unique<HelperClient>();
}

void TestTrayController::init()
{
    m_window = std::make_unique<MainWindow>(m_client.get());
}

void TestTrayController::cleanup()
{
    m_window.reset();
}

void TestTrayController::closeHidesOnlyWhenSet_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("closeToTray");
    QTest::addColumn<bool>("closed");

    QTest::newRow("tray, close to tray") << true << true << false;
    QTest::newRow("tray, plain close") << true << false << true;
    QTest::newRow("no tray ignores the setting") << false << true << true;
}

void TestTrayController::closeHidesOnlyWhenSet()
{
    QFETCH(bool, trayAvailable);
    QFETCH(bool, closeToTray);
    QFETCH(bool, closed);
    AppSettings().setCloseToTray(closeToTray);
    TrayController controller(m_window.get(), m_client.get(), trayAvailable);
    QCOMPARE(controller.trayIcon() != nullptr, trayAvailable);
    m_window->show();

    // close() returns whether the window accepted the close event.
    QCOMPARE(m_window->close(), closed);

    QVERIFY(!m_window->isVisible());
}

void TestTrayController::startMinimizedNeedsTray_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::addColumn<bool>("minimizedOption");
    QTest::addColumn<bool>("minimizedSetting");
    QTest::addColumn<bool>("shown");

    QTest::newRow("default") << true << false << false << true;
    QTest::newRow("--minimized") << true << true << false << false;
    QTest::newRow("setting") << true << false << true << false;
    QTest::newRow("--minimized without tray") << false << true << false << true;
    QTest::newRow("setting without tray") << false << false << true << true;
}

void TestTrayController::startMinimizedNeedsTray()
{
    QFETCH(bool, trayAvailable);
    QFETCH(bool, minimizedOption);
    QFETCH(bool, minimizedSetting);
    QFETCH(bool, shown);
    AppSettings().setStartMinimized(minimizedSetting);
    TrayController controller(m_window.get(), m_client.get(), trayAvailable);

    controller.showInitially(minimizedOption);

    QCOMPARE(m_window->isVisible(), shown);
}

void TestTrayController::openShowsWindow()
{
    TrayController controller(m_window.get(), m_client.get(), true);
    QVERIFY(m_window->isHidden());

    emit controller.trayIcon()->openRequested(0);

    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
