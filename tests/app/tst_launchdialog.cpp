// SPDX-License-Identifier: GPL-3.0-or-later
// LaunchDialog: how the command line is split, and which input keeps the Launch button disabled
// with which message under the fields.
#include "launchdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using nestbox::LaunchDialog;

class TestLaunchDialog : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void errorFitsInDialog();
    void splitting_data();
    void splitting();
};

void TestLaunchDialog::validation_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("errorPart");

    const QString existing = QDir::tempPath();
    QTest::newRow("valid, home") << "sleep 30"
                                 << ""
                                 << "";
    QTest::newRow("valid, folder") << "sleep 30" << existing << "";
    QTest::newRow("empty command") << ""
                                   << ""
                                   << "Enter the command";
    QTest::newRow("blank command") << "   "
                                   << ""
                                   << "Enter the command";
    QTest::newRow("relative folder") << "ls"
                                     << "some/folder"
                                     << "\"some/folder\" is not an absolute";
    QTest::newRow("missing folder") << "ls"
                                    << "/nonexistent/nestbox-test"
                                    << "\"/nonexistent/nestbox-test\" does not exist";
    QTest::newRow("file as folder") << "ls" << QFINDTESTDATA("data/tree.txt") << "does not exist";
    QTest::newRow("open single quote") << "sh -c 'sleep 1"
                                       << ""
                                       << "single quote at character 7 is never closed";
    QTest::newRow("open double quote") << "echo \"hi"
                                       << ""
                                       << "double quote at character 6 is never closed";
    QTest::newRow("trailing backslash") << "ls \\"
                                        << ""
                                        << "ends with a backslash";
    QTest::newRow("empty command name") << "'' -l"
                                        << ""
                                        << "command name is empty";
    QTest::newRow("empty argument") << "printf \"\""
                                    << ""
                                    << "";
}

void TestLaunchDialog::validation()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, directory);
    QFETCH(QString, errorPart);

    LaunchDialog dialog;
    dialog.setCommandLine(commandLine);
    dialog.setWorkingDirectory(directory);

    const QString error = dialog.validationError();
    if (errorPart.isEmpty())
        QCOMPARE(error, QString());
    else
        QVERIFY2(error.contains(errorPart), qPrintable(error));

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->isEnabled(), errorPart.isEmpty());

    // A blank command only disables the button. Every other error is shown under the fields.
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("launchError"));
    QVERIFY(errorLabel);
    const bool blank = commandLine.trimmed().isEmpty();
    QCOMPARE(errorLabel->text(), blank ? QString() : error);
}

// An error of two or more lines makes the dialog taller rather than being cut off.
void TestLaunchDialog::errorFitsInDialog()
{
    LaunchDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *errorLabel = dialog.findChild<QLabel *>(QStringLiteral("launchError"));
    QVERIFY(errorLabel);

    dialog.setCommandLine(QStringLiteral("echo 'abc"));
    QVERIFY(!errorLabel->text().isEmpty());

    QTRY_VERIFY(errorLabel->height() >= errorLabel->heightForWidth(errorLabel->width()));
    QVERIFY(errorLabel->geometry().bottom() <= dialog.contentsRect().bottom());
}

void TestLaunchDialog::splitting_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("plain") << "sleep 30" << QStringList { "sleep", "30" };
    QTest::newRow("double quotes")
        << "sh -c \"sleep 1; true\"" << QStringList { "sh", "-c", "sleep 1; true" };
    QTest::newRow("extra spaces") << "  ls   -l  " << QStringList { "ls", "-l" };
    QTest::newRow("single quotes")
        << "sh -c 'echo \"$HOME\"'" << QStringList { "sh", "-c", "echo \"$HOME\"" };
    QTest::newRow("invalid") << "sh -c 'echo" << QStringList {};
}

void TestLaunchDialog::splitting()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, arguments);

    LaunchDialog dialog;
    dialog.setCommandLine(commandLine);

    QCOMPARE(dialog.arguments(), arguments);
}

QTEST_MAIN(TestLaunchDialog)
#include "tst_launchdialog.moc"
