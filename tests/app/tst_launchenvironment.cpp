// SPDX-License-Identifier: GPL-3.0-or-later
// allowedLaunchEnvironment: only the helper's allow-listed keys, with values it accepts, leave
// the client.
#include "launchenvironment.h"

#include <QTest>

using nestbox::allowedLaunchEnvironment;

class TestLaunchEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void filter_data();
    void filter();
};

void TestLaunchEnvironment::filter_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("passed");

    QTest::newRow("DISPLAY") << "DISPLAY"
                             << ":0" << true;
    QTest::newRow("WAYLAND_DISPLAY") << "WAYLAND_DISPLAY"
                                     << "wayland-0" << true;
    QTest::newRow("LC_TIME") << "LC_TIME"
                             << "de_DE.UTF-8" << true;
    QTest::newRow("LANG") << "LANG"
                          << "C.UTF-8" << true;
    QTest::newRow("own runtime dir") << "XDG_RUNTIME_DIR"
                                     << "/run/user/1000" << true;
    QTest::newRow("other runtime dir") << "XDG_RUNTIME_DIR"
                                       << "/run/user/0" << false;
    QTest::newRow("LD_PRELOAD") << "LD_PRELOAD"
                                << "/tmp/evil.so" << false;
    QTest::newRow("PATH") << "PATH"
                          << "/tmp:/usr/bin" << false;
    QTest::newRow("HOME") << "HOME"
                          << "/root" << false;
    QTest::newRow("lowercase lc_") << "lc_all"
                                   << "C" << false;
    QTest::newRow("newline in value") << "TERM"
                                      << "xterm\nLD_PRELOAD=x" << false;
}

void TestLaunchEnvironment::filter()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, passed);

    QProcessEnvironment environment;
    environment.insert(key, value);
    environment.insert(QStringLiteral("COLORTERM"), QStringLiteral("truecolor"));

    const nestbox::EnvironmentMap allowed = allowedLaunchEnvironment(environment, 1000);

    QCOMPARE(allowed.contains(key), passed);
    if (passed)
        QCOMPARE(allowed.value(key), value);
    QVERIFY(allowed.size() <= 2);
}

QTEST_MAIN(TestLaunchEnvironment)
#include "tst_launchenvironment.moc"
