// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the strict command-line parsing of nestbox-init.
#include "initoptions.h"

#include <QTest>
#include <string>
#include <vector>

using nestbox::init::InitOptions;

namespace {

bool parse(const QStringList &arguments, InitOptions &options, std::string &error)
{
    std::vector<std::string> storage { "nestbox-init" };
    for (const QString &argument : arguments) {
        storage.push_back(argument.toStdString());
    }
    std::vector<const char *> argv;
    for (const std::string &argument : storage) {
        argv.push_back(argument.c_str());
    }
    return nestbox::init::parseInitOptions(
        static_cast<int>(argv.size()), argv.data(), options, error);
}

} // namespace

class TestInitOptions : public QObject
{
    Q_OBJECT

private slots:
    void parseValid()
    {
        InitOptions options;
        std::string error;
        QVERIFY(parse({ "--uid", "1000", "--gid", "100", "--groups", "100,27", "--cwd", "/tmp",
                          "--", "sh", "-c", "true" },
            options, error));
        QCOMPARE(options.uid, 1000u);
        QCOMPARE(options.gid, 100u);
        QCOMPARE(options.groups, (std::vector<gid_t> { 100, 27 }));
        QCOMPARE(options.workingDirectory, std::string("/tmp"));
        QCOMPARE(options.command, (std::vector<std::string> { "sh", "-c", "true" }));
    }

    void parseAttached_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("attached");

        const QStringList options { "--uid", "1", "--gid", "1", "--groups", "", "--cwd", "" };
        const QStringList tail { "--", "cat" };
        QTest::newRow("absent") << options + tail << false;
        QTest::newRow("last option") << options + QStringList { "--attached" } + tail << true;
        QTest::newRow("first option") << QStringList { "--attached" } + options + tail << true;
        QTest::newRow("in the command")
            << options + QStringList { "--", "cat", "--attached" } << false;
    }

    void parseAttached()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, attached);

        InitOptions options;
        std::string error;
        QVERIFY2(parse(arguments, options, error), error.c_str());
        QCOMPARE(options.attached, attached);
        QCOMPARE(options.gid, 1u);
    }

    void parseKeepWhileProcessesLive_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("keep");
        QTest::addColumn<bool>("attached");

        const QStringList options { "--uid", "1", "--gid", "1", "--groups", "", "--cwd", "" };
        const QStringList keep { "--keep-while-processes-live" };
        const QStringList tail { "--", "sh" };
        QTest::newRow("absent") << options + tail << false << false;
        QTest::newRow("last option") << options + keep + tail << true << false;
        QTest::newRow("first option") << keep + options + tail << true << false;
        QTest::newRow("with attached")
            << options + keep + QStringList { "--attached" } + tail << true << true;
        QTest::newRow("in the command") << options + tail + keep << false << false;
    }

    void parseKeepWhileProcessesLive()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, keep);
        QFETCH(bool, attached);

        InitOptions options;
        std::string error;
        QVERIFY2(parse(arguments, options, error), error.c_str());
        QCOMPARE(options.keepWhileProcessesLive, keep);
        QCOMPARE(options.attached, attached);
        QCOMPARE(options.command.front(), std::string("sh"));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("errorPart");

        const QStringList tail { "--", "true" };
        QTest::newRow("sign") << QStringList { "--uid", "+1", "--gid", "1", "--groups", "", "--cwd",
            "" } + tail << "'+1' for --uid";
        QTest::newRow("space") << QStringList {
            "--uid", " 1", "--gid", "1", "--groups", "", "--cwd", ""
        } + tail << "for --uid";
        QTest::newRow("trailing text")
            << QStringList { "--uid", "1x", "--gid", "1", "--groups", "", "--cwd", "" } + tail
            << "for --uid";
        QTest::newRow("id -1") << QStringList {
            "--uid", "4294967295", "--gid", "1", "--groups", "", "--cwd", ""
        } + tail << "for --uid";
        QTest::newRow("overflow") << QStringList {
            "--uid", "1", "--gid", "4294967296", "--groups", "", "--cwd", ""
        } + tail << "for --gid";
        QTest::newRow("empty group")
            << QStringList { "--uid", "1", "--gid", "1", "--groups", "1,,2", "--cwd", "" } + tail
            << "for --groups";
        QTest::newRow("relative cwd")
            << QStringList { "--uid", "1", "--gid", "1", "--groups", "", "--cwd", "x" } + tail
            << "for --cwd";
        QTest::newRow("repeated") << QStringList {
            "--uid", "1", "--uid", "1", "--groups", "", "--cwd", ""
        } + tail << "repeated option '--uid'";
        QTest::newRow("missing gid")
            << QStringList { "--uid", "1", "--groups", "", "--cwd", "" } + tail << "missing option";
        QTest::newRow("repeated attached") << QStringList {
            "--attached", "--uid", "1", "--gid", "1", "--groups", "", "--cwd", "", "--attached"
        } + tail << "repeated option '--attached'";
        QTest::newRow("attached with a value") << QStringList {
            "--attached", "yes", "--uid", "1", "--gid", "1", "--groups", "", "--cwd", ""
        } + tail << "option 'yes'";
        QTest::newRow("only attached") << QStringList { "--attached" } + tail << "missing option";
        QTest::newRow("repeated keep") << QStringList { "--keep-while-processes-live", "--uid", "1",
            "--gid", "1", "--groups", "", "--cwd", "", "--keep-while-processes-live" }
                + tail << "repeated option '--keep-while-processes-live'";
        QTest::newRow("keep with a value") << QStringList { "--keep-while-processes-live", "yes",
            "--uid", "1", "--gid", "1", "--groups", "", "--cwd",
            "" } + tail << "option 'yes'";
        QTest::newRow("only keep")
            << QStringList { "--keep-while-processes-live" } + tail << "missing option";
        QTest::newRow("no command") << QStringList { "--uid", "1", "--gid", "1", "--groups", "",
            "--cwd", "", "--" } << "missing command";
    }

    void parseInvalid()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, errorPart);

        InitOptions options;
        std::string error;
        QVERIFY(!parse(arguments, options, error));
        QVERIFY2(QString::fromStdString(error).contains(errorPart), error.c_str());
    }
};

QTEST_APPLESS_MAIN(TestInitOptions)
#include "tst_initoptions.moc"
