// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog: without a system tray the tray options are disabled with a tooltip giving the
// reason, and OK stores the check boxes through AppSettings.
#include "appsettings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

using nestbox::AppSettings;
using nestbox::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trayOptionsNeedTray_data();
    void trayOptionsNeedTray();
    void applyStoresChoices();

private:
    QTemporaryDir m_config;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestSettingsDialog::trayOptionsNeedTray_data()
{
    QTest::addColumn<bool>("trayAvailable");

    QTest::newRow("tray") << true;
    QTest::newRow("no tray") << false;
}

void TestSettingsDialog::trayOptionsNeedTray()
{
    QFETCH(bool, trayAvailable);

    const SettingsDialog dialog(trayAvailable);

    for (const QCheckBox *box : { dialog.startMinimized(), dialog.closeToTray() }) {
        QCOMPARE(box->isEnabled(), trayAvailable);
        QCOMPARE(box->toolTip().contains(QStringLiteral("no system tray")), !trayAvailable);
    }
    QVERIFY(dialog.startAtLogin()->isEnabled());
}

void TestSettingsDialog::applyStoresChoices()
{
    SettingsDialog dialog(true);
    dialog.startMinimized()->setChecked(true);
    dialog.closeToTray()->setChecked(true);
    dialog.startAtLogin()->setChecked(true);

    QVERIFY(dialog.apply());

    const AppSettings settings;
    QVERIFY(settings.startMinimized());
    QVERIFY(settings.closeToTray());
    QVERIFY(settings.startsAtLogin());

    dialog.startAtLogin()->setChecked(false);
    QVERIFY(dialog.apply());
    QVERIFY(!AppSettings().startsAtLogin());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
