// SPDX-License-Identifier: GPL-3.0-or-later
// Tests LaunchProfile validation, the environment allow-list and the JSON round trip.
#include "launchprofile.h"

#include <QJsonArray>
#include <QTest>

using nestbox::ExitPolicy;
using nestbox::LaunchProfile;

Q_DECLARE_METATYPE(LaunchProfile)

namespace {

LaunchProfile validProfile()
{
    LaunchProfile profile;
    profile.name = QStringLiteral("Editor");
    profile.arguments = { QStringLiteral("/usr/bin/kate"), QStringLiteral("--new") };
    return profile;
}

} // namespace

class TestLaunchProfile : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void allowedEnvironmentKey_data();
    void allowedEnvironmentKey();
    void jsonRoundTrip();
    void fromJsonWrongType_data();
    void fromJsonWrongType();
    void fromJsonDefaults();
};

void TestLaunchProfile::validate_data()
{
    QTest::addColumn<LaunchProfile>("profile");
    // Each expected error must start with this field name; empty means the profile is valid.
    QTest::addColumn<QStringList>("expectedFields");

    QTest::newRow("valid") << validProfile() << QStringList {};

    LaunchProfile profile = validProfile();
    profile.name = QStringLiteral("  ");
    QTest::newRow("blank name") << profile << QStringList { "Name" };

    profile = validProfile();
    profile.name = QStringLiteral("Two\nlines");
    QTest::newRow("newline in name") << profile << QStringList { "Name" };

    profile = validProfile();
    profile.iconName = QStringLiteral("icon\x01");
    QTest::newRow("control character in icon") << profile << QStringList { "Icon" };

    profile = validProfile();
    profile.arguments.clear();
    QTest::newRow("no arguments") << profile << QStringList { "Command" };

    profile = validProfile();
    profile.arguments = { QString(), QStringLiteral("--flag") };
    QTest::newRow("empty command") << profile << QStringList { "Command" };

    profile = validProfile();
    profile.arguments.append(QStringLiteral("line one\nline two\ttabbed"));
    QTest::newRow("newline in argument allowed") << profile << QStringList {};

    profile = validProfile();
    profile.arguments.append(QString(QChar(0)));
    QTest::newRow("NUL in argument") << profile << QStringList { "Arguments" };

    profile = validProfile();
    profile.workingDirectory = QStringLiteral("projects/site");
    QTest::newRow("relative working directory") << profile << QStringList { "Working directory" };

    profile = validProfile();
    profile.workingDirectory = QStringLiteral("/home/user/projects");
    QTest::newRow("absolute working directory") << profile << QStringList {};

    profile = validProfile();
    profile.workingDirectory = QStringLiteral("/tmp/a\rb");
    QTest::newRow("control character in working directory")
        << profile << QStringList { "Working directory" };

    profile = validProfile();
    profile.environment = { { QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8") },
        { QStringLiteral("LC_TIME"), QStringLiteral("en_GB.UTF-8") } };
    QTest::newRow("allowed environment") << profile << QStringList {};

    profile = validProfile();
    profile.environment = { { QStringLiteral("LD_PRELOAD"), QStringLiteral("/tmp/x.so") } };
    QTest::newRow("LD_PRELOAD rejected") << profile << QStringList { "Environment" };

    profile = validProfile();
    profile.environment = { { QStringLiteral("TERM"), QStringLiteral("xterm\n") } };
    QTest::newRow("newline in environment value") << profile << QStringList { "Environment" };

    profile = validProfile();
    profile.environment = { { QStringLiteral("TERM"), QStringLiteral("xterm\x1b[31m") } };
    QTest::newRow("escape in environment value") << profile << QStringList { "Environment" };

    profile = LaunchProfile {};
    profile.workingDirectory = QStringLiteral("relative");
    profile.environment = { { QStringLiteral("PATH"), QStringLiteral("/tmp") } };
    QTest::newRow("several errors")
        << profile << QStringList { "Name", "Command", "Working directory", "Environment" };
}

void TestLaunchProfile::validate()
{
    QFETCH(LaunchProfile, profile);
    QFETCH(QStringList, expectedFields);

    const QStringList errors = profile.validate();
    QCOMPARE(errors.size(), expectedFields.size());
    for (qsizetype i = 0; i < errors.size(); ++i) {
        QVERIFY2(errors.at(i).startsWith(expectedFields.at(i) + QLatin1Char(':')),
            qPrintable(errors.at(i)));
    }
}

void TestLaunchProfile::allowedEnvironmentKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("allowed");

    for (const char *key :
        { "DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY", "XDG_RUNTIME_DIR", "DBUS_SESSION_BUS_ADDRESS",
            "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TERM", "COLORTERM" }) {
        QTest::newRow(key) << QString::fromLatin1(key) << true;
    }
    for (const char *key : { "PATH", "LD_PRELOAD", "LD_LIBRARY_PATH", "HOME", "display", "LC_",
             "LC_all", "LC_ALL=x", "XDG_CONFIG_HOME", "TERMINFO", "" }) {
        QTest::newRow(qPrintable(QStringLiteral("rejected '%1'").arg(QLatin1String(key))))
            << QString::fromLatin1(key) << false;
    }
}

void TestLaunchProfile::allowedEnvironmentKey()
{
    QFETCH(QString, key);
    QFETCH(bool, allowed);

    QCOMPARE(nestbox::isAllowedEnvironmentKey(key), allowed);
}

void TestLaunchProfile::jsonRoundTrip()
{
    LaunchProfile profile = validProfile();
    profile.id = QStringLiteral("0b6a3c2e-8a5f-4f0e-9d7b-2b1c3d4e5f60");
    profile.iconName = QStringLiteral("kate");
    profile.workingDirectory = QStringLiteral("/srv/work");
    profile.environment = { { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } };
    profile.exitPolicy = ExitPolicy::KeepWhileProcessesLive;
    profile.favourite = true;

    QString error;
    const std::optional<LaunchProfile> read = LaunchProfile::fromJson(profile.toJson(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, profile);
    QCOMPARE(profile.toJson().value("exitPolicy").toString(), "keepWhileProcessesLive");
}

void TestLaunchProfile::fromJsonWrongType_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("name number") << "name" << QJsonValue(3);
    QTest::newRow("icon null") << "icon" << QJsonValue();
    QTest::newRow("arguments string") << "arguments" << QJsonValue("kate --new");
    QTest::newRow("arguments with number") << "arguments" << QJsonValue(QJsonArray { "kate", 1 });
    QTest::newRow("environment array") << "environment" << QJsonValue(QJsonArray { "LANG=C" });
    QTest::newRow("environment value number")
        << "environment" << QJsonValue(QJsonObject { { "LANG", 1 } });
    QTest::newRow("favourite string") << "favourite" << QJsonValue("yes");
    QTest::newRow("unknown exit policy") << "exitPolicy" << QJsonValue("killAll");
}

void TestLaunchProfile::fromJsonWrongType()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    QJsonObject object = validProfile().toJson();
    object.insert(key, value);

    QString error;
    QVERIFY(!LaunchProfile::fromJson(object, &error));
    QVERIFY2(error.contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(error));
}

void TestLaunchProfile::fromJsonDefaults()
{
    QString error;
    const std::optional<LaunchProfile> read
        = LaunchProfile::fromJson({ { "name", "Only a name" } }, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->name, "Only a name");
    QCOMPARE(read->exitPolicy, ExitPolicy::EndNamespace);
    QCOMPARE(read->favourite, false);
    QVERIFY(read->arguments.isEmpty());
}

QTEST_GUILESS_MAIN(TestLaunchProfile)
#include "tst_launchprofile.moc"
