// SPDX-License-Identifier: GPL-3.0-or-later
// Tests how PolkitAuthority reads polkitd's replies: only is_authorized grants access, and every
// error or malformed reply is a refusal.
#include "polkitauthority.h"

#include <QDBusMessage>
#include <QTest>

using nestbox::PolkitAuthority;

class TestPolkitAuthority : public QObject
{
    Q_OBJECT

private slots:
    void interpretResult_data()
    {
        QTest::addColumn<bool>("isAuthorized");
        QTest::addColumn<bool>("isChallenge");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QString>("reasonPart");

        QTest::newRow("authorized") << true << false << true << QString();
        QTest::newRow("not authorized")
            << false << false << false << QStringLiteral("not authorized");
        QTest::newRow("challenge")
            << false << true << false << QStringLiteral("authentication required");
        QTest::newRow("authorized wins over challenge") << true << true << true << QString();
    }

    void interpretResult()
    {
        QFETCH(bool, isAuthorized);
        QFETCH(bool, isChallenge);
        QFETCH(bool, expected);
        QFETCH(QString, reasonPart);

        const nestbox::AuthorizationResult result
            = PolkitAuthority::interpretResult(isAuthorized, isChallenge);
        QCOMPARE(result.authorized, expected);
        QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
        QCOMPARE(result.reason.isEmpty(), expected);
    }

    void errorReplyRejects_data()
    {
        QTest::addColumn<QString>("errorName");
        QTest::addColumn<QString>("errorText");

        QTest::newRow("no polkitd") << QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown")
                                    << QStringLiteral("The name is not activatable");
        QTest::newRow("timeout") << QStringLiteral("org.freedesktop.DBus.Error.NoReply")
                                 << QStringLiteral("Did not receive a reply");
        QTest::newRow("unknown action") << QStringLiteral("org.freedesktop.PolicyKit1.Error.Failed")
                                        << QStringLiteral("Action org.nestbox.x is not registered");
    }

    void errorReplyRejects()
    {
        QFETCH(QString, errorName);
        QFETCH(QString, errorText);

        const QDBusMessage call
            = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                QStringLiteral("/"), QString(), QStringLiteral("CheckAuthorization"));
        const nestbox::AuthorizationResult result
            = PolkitAuthority::parseReply(call.createErrorReply(errorName, errorText));
        QVERIFY(!result.authorized);
        QVERIFY2(result.reason.contains(errorName), qPrintable(result.reason));
        QVERIFY2(result.reason.contains(errorText), qPrintable(result.reason));
    }

    void malformedReplyRejects_data()
    {
        QTest::addColumn<QVariantList>("arguments");

        QTest::newRow("no arguments") << QVariantList();
        QTest::newRow("a bare true") << QVariantList { true };
        QTest::newRow("two booleans") << QVariantList { true, false };
        QTest::newRow("a string") << QVariantList { QStringLiteral("yes") };
    }

    void malformedReplyRejects()
    {
        QFETCH(QVariantList, arguments);

        const QDBusMessage call
            = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.PolicyKit1"),
                QStringLiteral("/"), QString(), QStringLiteral("CheckAuthorization"));
        const nestbox::AuthorizationResult result
            = PolkitAuthority::parseReply(call.createReply(arguments));
        QVERIFY(!result.authorized);
        QVERIFY2(result.reason.contains(QStringLiteral("malformed")), qPrintable(result.reason));
    }
};

QTEST_APPLESS_MAIN(TestPolkitAuthority)
#include "tst_polkitauthority.moc"
