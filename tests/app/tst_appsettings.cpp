// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: the tray options persist, and "start at login" writes and removes a valid XDG
// autostart entry whose Exec key survives spaces, quotes and % in the program's path.
#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using nestbox::AppSettings;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void trayOptionsPersist();
    void autostartExec_data();
    void autostartExec();
    void startAtLoginRoundTrip();
    void startAtLoginFailureNamesFile();

private:
    QTemporaryDir m_config;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestAppSettings::trayOptionsPersist()
{
    AppSettings first;
    QCOMPARE(first.startMinimized(), false);
    QCOMPARE(first.closeToTray(), false);

    first.setStartMinimized(true);
    first.setCloseToTray(true);

    const AppSettings second;
    QCOMPARE(second.startMinimized(), true);
    QCOMPARE(second.closeToTray(), true);
}

void TestAppSettings::autostartExec_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("execLine");

    QTest::newRow("plain") << "/usr/bin/nestbox"
                           << R"(Exec="/usr/bin/nestbox" --minimized)";
    QTest::newRow("space") << "/opt/my apps/nestbox"
                           << R"(Exec="/opt/my apps/nestbox" --minimized)";
    QTest::newRow("quote and dollar") << R"(/tmp/a"b$c)"
                                      << R"(Exec="/tmp/a\\"b\\$c" --minimized)";
    QTest::newRow("backslash") << R"(/tmp/a\b)"
                               << R"(Exec="/tmp/a\\\\b" --minimized)";
    QTest::newRow("percent") << "/tmp/100%/nestbox"
                             << R"(Exec="/tmp/100%%/nestbox" --minimized)";
}

void TestAppSettings::autostartExec()
{
    QFETCH(QString, executable);
    QFETCH(QString, execLine);

    const QStringList lines
        = QString::fromUtf8(AppSettings::autostartEntry(executable)).split(u'\n');

    QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY2(lines.contains(execLine), qPrintable(lines.join(u'\n')));
}

void TestAppSettings::startAtLoginRoundTrip()
{
    AppSettings settings;
    const QString path = AppSettings::autostartFilePath();
    QCOMPARE(path, m_config.filePath(QStringLiteral("autostart/nestbox.desktop")));
    QString error;

    QVERIFY2(settings.setStartAtLogin(true, &error), qPrintable(error));
    QVERIFY(settings.startsAtLogin());
    QFile entry(path);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    QCOMPARE(entry.readAll(), AppSettings::autostartEntry(AppSettings::executablePath()));

    QVERIFY2(settings.setStartAtLogin(false, &error), qPrintable(error));
    QVERIFY(!settings.startsAtLogin());
    QVERIFY(!QFile::exists(path));
    QVERIFY2(settings.setStartAtLogin(false, &error), "removing twice must succeed");
}

void TestAppSettings::startAtLoginFailureNamesFile()
{
    // A folder where the entry should go cannot be replaced by QSaveFile.
    const QString path = AppSettings::autostartFilePath();
    QVERIFY(QDir().mkpath(path));
    AppSettings settings;
    QString error;

    QVERIFY(!settings.setStartAtLogin(true, &error));

    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(QDir(path).exists());
    QVERIFY(QDir().rmdir(path));
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
