// SPDX-License-Identifier: GPL-3.0-or-later
// CallErrorMessage: a polkit denial of each helper method becomes a plain sentence naming the
// action to grant, other errors keep the caller's text, and the raw error stays in the details.
#include "callerrormessage.h"
#include "helperclient.h"

#include <QTest>

using nestbox::CallError;
using nestbox::CallErrorMessage;

namespace {

const QString accessDenied = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");

} // namespace

class TestCallErrorMessage : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestCallErrorMessage::text_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("textPart");
    QTest::addColumn<bool>("denied");

    QTest::newRow("Launch denied") << "Launch" << accessDenied
                                   << "not allowed to launch apps with Nestbox. An administrator "
                                      "can grant the org.nestbox.launch action."
                                   << true;
    QTest::newRow("LaunchAttached denied")
        << "LaunchAttached" << accessDenied << "grant the org.nestbox.launch action." << true;
    QTest::newRow("LaunchWithOptions denied")
        << "LaunchWithOptions" << accessDenied << "grant the org.nestbox.launch action." << true;
    QTest::newRow("SignalProcess denied")
        << "SignalProcess" << accessDenied
        << "not allowed to send signals to this process. An administrator can grant the "
           "org.nestbox.signal action, or org.nestbox.signal-other"
        << true;
    QTest::newRow("TerminateNamespace denied")
        << "TerminateNamespace" << accessDenied
        << "not allowed to terminate this namespace. An administrator can grant the "
           "org.nestbox.signal action, or org.nestbox.signal-other"
        << true;
    QTest::newRow("ListNamespaces denied")
        << "ListNamespaces" << accessDenied << "grant the org.nestbox.inspect action." << true;
    QTest::newRow("launch failed") << "Launch"
                                   << "org.nestbox.Error.LaunchFailed"
                                   << "the caller's failure text" << false;
    QTest::newRow("signal target gone") << "SignalProcess"
                                        << "org.nestbox.Error.NotFound"
                                        << "the caller's failure text" << false;
    QTest::newRow("helper gone") << "TerminateNamespace"
                                 << "org.freedesktop.DBus.Error.ServiceUnknown"
                                 << "the caller's failure text" << false;
}

void TestCallErrorMessage::text()
{
    QFETCH(QString, method);
    QFETCH(QString, errorName);
    QFETCH(QString, textPart);
    QFETCH(bool, denied);
    const CallError error { errorName, QStringLiteral("raw text from the helper") };

    const CallErrorMessage message(error, method, QStringLiteral("the caller's failure text"));

    QVERIFY2(message.text().contains(textPart), qPrintable(message.text()));
    QVERIFY2(!message.text().contains(QStringLiteral("raw text")), qPrintable(message.text()));
    QCOMPARE(message.details(), errorName + QStringLiteral(": raw text from the helper"));
    QCOMPARE(message.isAccessDenied(), denied);
}

QTEST_APPLESS_MAIN(TestCallErrorMessage)
#include "tst_callerrormessage.moc"
