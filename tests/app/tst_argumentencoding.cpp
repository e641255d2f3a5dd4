// SPDX-License-Identifier: GPL-3.0-or-later
// findNonUtf8Argument and escapeBytes: which arguments nestboxctl rejects before calling D-Bus,
// and how the error shows them.
#include "argumentencoding.h"

#include <QTest>

using nestbox::escapeBytes;
using nestbox::findNonUtf8Argument;

class TestArgumentEncoding : public QObject
{
    Q_OBJECT

private slots:
    void nonUtf8Argument_data();
    void nonUtf8Argument();
    void escaping_data();
    void escaping();
};

void TestArgumentEncoding::nonUtf8Argument_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("error");

    const QString none;
    QTest::newRow("ASCII") << QByteArrayList { "launch", "--", "true" } << none;
    QTest::newRow("multi-byte") << QByteArrayList { "launch", "--", "echo", "gr\xc3\xbc\xc3\x9f" }
                                << none;
    QTest::newRow("empty") << QByteArrayList { "launch", "--", "echo", "" } << none;
    QTest::newRow("lone 0xff") << QByteArrayList { "launch", "--wait", "--", "sh", "x", "\xff" }
                               << "argument 6 is not valid UTF-8: \"\\xff\"; D-Bus carries only "
                                  "UTF-8 text";
    QTest::newRow("truncated sequence") << QByteArrayList { "launch", "--", "echo",
        "ab\xc3" } << "argument 4 is not valid UTF-8: \"ab\\xc3\"; D-Bus carries only UTF-8 text";
    QTest::newRow("overlong slash")
        << QByteArrayList { "launch", "--cwd", "\xc0\xaf" }
        << "argument 3 is not valid UTF-8: \"\\xc0\\xaf\"; D-Bus carries only UTF-8 text";
    QTest::newRow("UTF-16 surrogate")
        << QByteArrayList { "\xed\xa0\x80" }
        << "argument 1 is not valid UTF-8: \"\\xed\\xa0\\x80\"; D-Bus carries only UTF-8 text";
    QTest::newRow("first of two") << QByteArrayList { "tree", "\x80", "\xff" }
                                  << "argument 2 is not valid UTF-8: \"\\x80\"; D-Bus carries "
                                     "only UTF-8 text";
}

void TestArgumentEncoding::nonUtf8Argument()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, error);

    const std::optional<QString> found = findNonUtf8Argument(arguments);

    QCOMPARE(found.value_or(QString()), error);
}

void TestArgumentEncoding::escaping_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << QByteArray("sleep 1") << "sleep 1";
    QTest::newRow("quote and backslash") << QByteArray("a\"b\\c") << "a\\\"b\\\\c";
    QTest::newRow("control bytes") << QByteArray("\n\t\x1b") << "\\x0a\\x09\\x1b";
    QTest::newRow("high bytes") << QByteArray("\xc3\xbc\x7f") << "\\xc3\\xbc\\x7f";
}

void TestArgumentEncoding::escaping()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, escaped);

    QCOMPARE(escapeBytes(bytes), escaped);
}

QTEST_GUILESS_MAIN(TestArgumentEncoding)
#include "tst_argumentencoding.moc"
