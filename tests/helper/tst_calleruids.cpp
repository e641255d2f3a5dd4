// SPDX-License-Identifier: GPL-3.0-or-later
// Tests CallerUids on a private dbus-daemon: the uid of a connected client, one daemon query per
// name, an error for an unowned name, and the name forgotten once its client disconnects.
#include "calleruids.h"
#include "privatebus.h"

#include <memory>
#include <QDBusConnection>
#include <QTest>
#include <unistd.h>

using nestbox::CallerUids;

class TestCallerUids : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectedClientHasItsUid();
    void unknownNameIsAnError();
    void disconnectedClientIsForgotten();

private:
    QDBusConnection connectClient(const QString &connectionName);

    PrivateBus m_privateBus;
    QString m_address;
    std::unique_ptr<QDBusConnection> m_helperBus;
};

void TestCallerUids::initTestCase()
{
    m_address = m_privateBus.start(QFINDTESTDATA("../app/data/private-bus.conf"));
    QVERIFY2(!m_address.isEmpty(), "dbus-daemon could not be started");
    m_helperBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_address, QStringLiteral("helper")));
    QVERIFY(m_helperBus->isConnected());
}

void TestCallerUids::cleanupTestCase()
{
    m_helperBus.reset();
    QDBusConnection::disconnectFromBus(QStringLiteral("helper"));
}

QDBusConnection TestCallerUids::connectClient(const QString &connectionName)
{
    return QDBusConnection::connectToBus(m_address, connectionName);
}

void TestCallerUids::connectedClientHasItsUid()
{
    const QDBusConnection client = connectClient(QStringLiteral("client"));
    CallerUids uids(*m_helperBus);
    QString error;

    QCOMPARE(uids.uidOf(client.baseService(), error), std::optional<uint>(getuid()));
    QCOMPARE(uids.uidOf(client.baseService(), error), std::optional<uint>(getuid()));
    QCOMPARE(uids.cachedNameCount(), 1);
    QVERIFY(error.isEmpty());
    QDBusConnection::disconnectFromBus(QStringLiteral("client"));
}

void TestCallerUids::unknownNameIsAnError()
{
    CallerUids uids(*m_helperBus);
    QString error;

    QCOMPARE(uids.uidOf(QStringLiteral(":1.9999"), error), std::nullopt);
    QVERIFY(!error.isEmpty());
    QCOMPARE(uids.cachedNameCount(), 0);
}

void TestCallerUids::disconnectedClientIsForgotten()
{
    const QString name = connectClient(QStringLiteral("leaving")).baseService();
    CallerUids uids(*m_helperBus);
    QString error;
    QVERIFY(uids.uidOf(name, error));

    QDBusConnection::disconnectFromBus(QStringLiteral("leaving"));

    QTRY_COMPARE(uids.cachedNameCount(), 0);
}

QTEST_MAIN(TestCallerUids)
#include "tst_calleruids.moc"
