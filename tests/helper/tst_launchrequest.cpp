// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the validation of Launch requests: sizes, NUL and control characters, the working
// directory, the environment allow-list with its value checks, and LaunchWithOptions' options.
#include "launchrequest.h"

#include <QTest>

using nestbox::EnvironmentMap;
using nestbox::LaunchOptions;
using nestbox::LaunchRequest;
using nestbox::NamespaceExitPolicy;

// Declared before the test class, whose data columns instantiate the metatype.
Q_DECLARE_METATYPE(nestbox::LaunchRequest)

namespace {

constexpr uint callerUid = 1000;

LaunchRequest withEnvironment(const QString &key, const QString &value)
{
    return { { QStringLiteral("xterm") }, QString(), EnvironmentMap { { key, value } } };
}

} // namespace

class TestLaunchRequest : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<LaunchRequest>("request");
        QTest::addColumn<QString>("errorPart"); ///< empty: the request must pass

        const QStringList xterm { QStringLiteral("xterm") };
        QTest::newRow("minimal") << LaunchRequest { xterm, {}, {} } << QString();
        QTest::newRow("absolute cwd")
            << LaunchRequest { xterm, QStringLiteral("/tmp"), {} } << QString();
        QTest::newRow("script with newline") << LaunchRequest {
            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("a\nb") }, {}, {}
        } << QString();
        QTest::newRow("256 arguments")
            << LaunchRequest { QStringList(256, QStringLiteral("x")), {}, {} } << QString();

        QTest::newRow("no arguments") << LaunchRequest {} << QStringLiteral("arguments is empty");
        QTest::newRow("257 arguments") << LaunchRequest { QStringList(257, QStringLiteral("x")), {},
            {} } << QStringLiteral("257 entries");
        QTest::newRow("over 64 KiB")
            << LaunchRequest { { QStringLiteral("x"), QString(64 * 1024, u'a') }, {}, {} }
            << QStringLiteral("bytes, the maximum is 65536");
        QTest::newRow("empty command")
            << LaunchRequest { { QString() }, {}, {} } << QStringLiteral("argument 0");
        QTest::newRow("NUL in argument 2") << LaunchRequest {
            { QStringLiteral("a"), QStringLiteral("b"), QString::fromLatin1("c\0d", 3) }, {}, {}
        } << QStringLiteral("argument 2 contains a NUL");
        QTest::newRow("relative cwd") << LaunchRequest { xterm, QStringLiteral("tmp"), {} }
                                      << QStringLiteral("workingDirectory 'tmp'");
        QTest::newRow("cwd too long") << LaunchRequest { xterm, u'/' + QString(4096, u'a'), {} }
                                      << QStringLiteral("workingDirectory is longer");
        QTest::newRow("newline in cwd") << LaunchRequest { xterm, QStringLiteral("/tmp\n"), {} }
                                        << QStringLiteral("control character");

        const auto good = [](const char *key, const char *value) {
            QTest::addRow("%s=%s", key, value)
                << withEnvironment(QString::fromLatin1(key), QString::fromUtf8(value)) << QString();
        };
        good("DISPLAY", ":0");
        good("DISPLAY", ":1.0");
        good("DISPLAY", "host:0.0");
        good("WAYLAND_DISPLAY", "wayland-0");
        good("WAYLAND_DISPLAY", "/run/user/1000/wayland-1");
        good("XAUTHORITY", "/home/alice/.Xauthority");
        good("XDG_RUNTIME_DIR", "/run/user/1000");
        good("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus");
        good("LANG", "de_DE.UTF-8");
        good("LANG", "C");
        good("LANG", "C.UTF-8");
        good("LC_ALL", "sr_RS@latin");
        good("LC_TIME", "en_GB");
        good("LANGUAGE", "de:en_GB");
        good("TERM", "xterm-256color");
        good("COLORTERM", "truecolor");

        const auto bad = [](const char *key, const QString &value, const char *errorPart) {
            QTest::addRow("bad %s", errorPart) << withEnvironment(QString::fromLatin1(key), value)
                                               << QString::fromLatin1(errorPart);
        };
        bad("LD_PRELOAD", QStringLiteral("/tmp/evil.so"), "environment key LD_PRELOAD");
        bad("PATH", QStringLiteral("/tmp"), "environment key PATH");
        bad("HOME", QStringLiteral("/tmp"), "environment key HOME");
        bad("LC_", QStringLiteral("C"), "environment key LC_ rejected");
        bad("DISPLAY", QStringLiteral("0"), "environment key DISPLAY");
        bad("XDG_RUNTIME_DIR", QStringLiteral("/run/user/0"), "expected /run/user/1000");
        bad("XAUTHORITY", QStringLiteral("relative"), "environment key XAUTHORITY");
        bad("LANG", QStringLiteral("../../tmp/x"), "environment key LANG");
        bad("LANGUAGE", QStringLiteral("de:/etc"), "environment key LANGUAGE");
        bad("TERM", QStringLiteral("xterm;rm"), "environment key TERM");
        bad("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("unix:path=/x\u00e9"), "printable ASCII");
        bad("DBUS_SESSION_BUS_ADDRESS", QString(1025, u'a'), "longer than 1024 bytes");
        bad("DISPLAY", QStringLiteral(":0\n"), "control character");
        bad("LD_\x01", QStringLiteral("x"), "environment key LD_?");
    }

    void validate()
    {
        QFETCH(LaunchRequest, request);
        QFETCH(QString, errorPart);

        const QString error = nestbox::validateLaunchRequest(request, callerUid);
        if (errorPart.isEmpty()) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            return;
        }
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void parseOptions_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<int>("exitPolicy");
        QTest::addColumn<bool>("attached");

        const auto descriptor = [](int fd) {
            return QVariant::fromValue(QDBusUnixFileDescriptor(fd));
        };
        const int endWithApp = int(NamespaceExitPolicy::EndWithApp);
        const int keep = int(NamespaceExitPolicy::KeepWhileProcessesLive);
        QTest::newRow("none") << QVariantMap() << endWithApp << false;
        QTest::newRow("end with app")
            << QVariantMap { { "exitPolicy", QStringLiteral("end-with-app") } } << endWithApp
            << false;
        QTest::newRow("keep") << QVariantMap {
            { "exitPolicy", QStringLiteral("keep-while-processes-live") }
        } << keep << false;
        QTest::newRow("stdio") << QVariantMap { { "standardInput", descriptor(0) },
            { "standardOutput", descriptor(1) }, { "standardError", descriptor(2) } }
                               << endWithApp << true;
    }

    void parseOptions()
    {
        QFETCH(QVariantMap, options);
        QFETCH(int, exitPolicy);
        QFETCH(bool, attached);

        LaunchOptions parsed;
        const QString error = nestbox::parseLaunchOptions(options, parsed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(parsed.exitPolicy), exitPolicy);
        QCOMPARE(parsed.stdio.has_value(), attached);
    }

    void parseInvalidOptions_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("errorPart");

        const QVariant input = QVariant::fromValue(QDBusUnixFileDescriptor(0));
        QTest::newRow("unknown key")
            << QVariantMap { { "exitPolcy", QStringLiteral("end-with-app") } }
            << "unknown option 'exitPolcy'";
        QTest::newRow("unknown policy") << QVariantMap { { "exitPolicy", QStringLiteral("keep") } }
                                        << "option exitPolicy is 'keep', expected 'end-with-app'";
        QTest::newRow("policy case")
            << QVariantMap { { "exitPolicy", QStringLiteral("Keep-While-Processes-Live") } }
            << "'Keep-While-Processes-Live'";
        QTest::newRow("policy not a string")
            << QVariantMap { { "exitPolicy", 1 } } << "option exitPolicy has type int";
        QTest::newRow("only standardInput")
            << QVariantMap { { "standardInput", input } } << "must be given together";
        QTest::newRow("descriptor not a descriptor") << QVariantMap { { "standardInput", input },
            { "standardOutput", 1 }, { "standardError", input } }
                                                     << "option standardOutput has type int";
        QTest::newRow("invalid descriptor") << QVariantMap { { "standardInput", input },
            { "standardOutput", QVariant::fromValue(QDBusUnixFileDescriptor()) },
            { "standardError", input } } << "option standardOutput is not a valid";
    }

    void parseInvalidOptions()
    {
        QFETCH(QVariantMap, options);
        QFETCH(QString, errorPart);

        LaunchOptions parsed;
        const QString error = nestbox::parseLaunchOptions(options, parsed);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void shapeCheckIgnoresContent()
    {
        const LaunchRequest request
            = withEnvironment(QStringLiteral("LD_PRELOAD"), QStringLiteral("x"));
        QVERIFY(nestbox::checkLaunchRequestShape(request).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestLaunchRequest)
#include "tst_launchrequest.moc"
