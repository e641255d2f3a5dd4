// SPDX-License-Identifier: GPL-3.0-or-later
// ShellWordSplitter: the words of valid command lines under POSIX quoting, and the error text for
// each kind of unfinished quoting.
#include "shellwordsplitter.h"

#include <QTest>

using nestbox::ShellWordSplitter;

class TestShellWordSplitter : public QObject
{
    Q_OBJECT

private slots:
    void splits_data();
    void splits();
    void rejects_data();
    void rejects();
};

void TestShellWordSplitter::splits_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("empty") << "" << QStringList {};
    QTest::newRow("blanks only") << " \t " << QStringList {};
    QTest::newRow("plain words") << "sleep 30" << QStringList { "sleep", "30" };
    QTest::newRow("tabs and extra spaces") << "  ls \t -l  " << QStringList { "ls", "-l" };
    QTest::newRow("single quotes")
        << "sh -c 'echo $HOME; true'" << QStringList { "sh", "-c", "echo $HOME; true" };
    QTest::newRow("backslash in single quotes")
        << R"(printf 'a\nb\')" << QStringList { "printf", R"(a\nb\)" };
    QTest::newRow("double quote in single quotes")
        << R"(echo 'say "hi"')" << QStringList { "echo", R"(say "hi")" };
    QTest::newRow("double quotes")
        << R"(sh -c "sleep 1; true")" << QStringList { "sh", "-c", "sleep 1; true" };
    QTest::newRow("escapes in double quotes")
        << R"(echo "\" \\ \$ \`")" << QStringList { "echo", R"(" \ $ `)" };
    QTest::newRow("other backslash in double quotes kept")
        << R"(echo "a\nb")" << QStringList { "echo", R"(a\nb)" };
    QTest::newRow("single quote in double quotes")
        << R"(echo "it's")" << QStringList { "echo", "it's" };
    QTest::newRow("escaped line break in double quotes")
        << "echo \"a\\\nb\"" << QStringList { "echo", "ab" };
    QTest::newRow("backslash outside quotes")
        << R"(touch my\ file \'x\")" << QStringList { "touch", "my file", R"('x")" };
    QTest::newRow("escaped backslash") << R"(echo a\\b)" << QStringList { "echo", R"(a\b)" };
    QTest::newRow("line continuation") << "echo a\\\nb" << QStringList { "echo", "ab" };
    QTest::newRow("line continuation between words")
        << "echo \\\n b" << QStringList { "echo", "b" };
    QTest::newRow("empty double quotes") << R"(printf "" x)" << QStringList { "printf", "", "x" };
    QTest::newRow("empty single quotes") << "printf ''" << QStringList { "printf", "" };
    QTest::newRow("quotes join a word") << R"(a'b c'"d e"f)" << QStringList { "ab cd ef" };
    QTest::newRow("no expansion") << "ls $HOME ~ *.txt | wc"
                                  << QStringList { "ls", "$HOME", "~", "*.txt", "|", "wc" };
    QTest::newRow("non-ASCII") << "echo 'grüße' café" << QStringList { "echo", "grüße", "café" };
}

void TestShellWordSplitter::splits()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, arguments);

    const ShellWordSplitter splitter(commandLine);

    QVERIFY2(splitter.isValid(), qPrintable(splitter.errorText()));
    QCOMPARE(splitter.errorText(), QString());
    QCOMPARE(splitter.arguments(), arguments);
}

void TestShellWordSplitter::rejects_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("open single quote") << "echo 'abc"
                                       << "single quote at character 6";
    QTest::newRow("open double quote") << R"(echo "abc)"
                                       << "double quote at character 6";
    QTest::newRow("escaped closing double quote") << R"(echo "abc\")"
                                                  << "double quote at character 6";
    QTest::newRow("single quote after a closed pair") << "a 'b' 'c"
                                                      << "single quote at character 7";
    QTest::newRow("trailing backslash") << R"(echo abc\)"
                                        << "ends with a backslash (character 9)";
    QTest::newRow("backslash alone") << R"(\)"
                                     << "ends with a backslash (character 1)";
}

void TestShellWordSplitter::rejects()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, errorPart);

    const ShellWordSplitter splitter(commandLine);

    QVERIFY(!splitter.isValid());
    QVERIFY2(splitter.errorText().contains(errorPart), qPrintable(splitter.errorText()));
    QCOMPARE(splitter.arguments(), QStringList());
}

QTEST_APPLESS_MAIN(TestShellWordSplitter)
#include "tst_shellwordsplitter.moc"
