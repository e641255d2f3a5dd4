// SPDX-License-Identifier: GPL-3.0-or-later
// Tests HelperService over a private dbus-daemon with a fake authoriser: the order of shape
// checks, authorisation and validation, the D-Bus error names, and the watching signals.
#include "dbustypes.h"
#include "helper1adaptor.h"
#include "helperservice.h"
#include "initterminator.h"
#include "launchrequest.h"

#include <csignal>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingReply>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using nestbox::AuthorizationResult;

namespace {

constexpr int callTimeoutMs = 5000;

class FakeAuthoriser : public nestbox::Authoriser
{
public:
    void checkAuthorization(const QString &actionId, const QString &busName, Callback done) override
    {
        actions.append(actionId);
        busNames.append(busName);
        done(result);
    }

    AuthorizationResult result;
    QStringList actions;
    QStringList busNames;
};

// Counts the D-Bus signals a client connection receives.
class SignalCounter : public QObject
{
    Q_OBJECT

public slots:
    void count(const QDBusMessage &) { ++received; }

public:
    int received = 0;
};

QString childOf(qint64 pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    return children.open(QIODevice::ReadOnly) ? QString::fromLatin1(children.readAll()).trimmed()
                                              : QString();
}

} // namespace

class TestHelperService : public QObject
{
    Q_OBJECT

private:
    QDBusPendingCall callHelper(const QString &method, const QVariantList &arguments = {})
    {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral(NESTBOX_DBUS_SERVICE),
            QStringLiteral(NESTBOX_DBUS_PATH), QStringLiteral("org.nestbox.Helper1"), method);
        call.setArguments(arguments);
        return m_client->asyncCall(call, callTimeoutMs);
    }

    static QVariantList launchArguments(
        const QStringList &command, const nestbox::EnvironmentMap &environment = {})
    {
        return { command, QString(), QVariant::fromValue(environment) };
    }

    // The service runs in this thread, so the test spins the event loop while it waits.
    // An unfinished call's reply is an invalid message, which every comparison then rejects.
    static QDBusMessage waitForReply(QDBusPendingCall call)
    {
        QDeadlineTimer deadline(callTimeoutMs);
        while (!call.isFinished() && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        return call.reply();
    }

    QProcess m_busDaemon;
    QString m_busAddress;
    std::optional<QDBusConnection> m_client;
    std::optional<QDBusConnection> m_serviceBus;
    FakeAuthoriser m_authoriser;
    std::unique_ptr<nestbox::HelperService> m_service;

private slots:
    void initTestCase()
    {
        nestbox::registerDBusTypes();

        m_busDaemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--session"), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        QVERIFY2(m_busDaemon.waitForStarted(), "dbus-daemon is not installed");
        QVERIFY(m_busDaemon.waitForReadyRead(callTimeoutMs));
        m_busAddress = QString::fromUtf8(m_busDaemon.readLine()).trimmed();

        m_serviceBus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("service"));
        m_client = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("client"));
        QVERIFY(m_serviceBus->isConnected());
        QVERIFY(m_client->isConnected());

        m_service = std::make_unique<nestbox::HelperService>(
            *m_serviceBus, m_authoriser, "/nonexistent/nestbox-init", 0);
        new Helper1Adaptor(m_service.get());
        QVERIFY(m_serviceBus->registerObject(QStringLiteral(NESTBOX_DBUS_PATH), m_service.get()));
        QVERIFY(m_serviceBus->registerService(QStringLiteral(NESTBOX_DBUS_SERVICE)));
    }

    void cleanupTestCase()
    {
        m_service.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("service"));
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
        m_busDaemon.terminate();
        m_busDaemon.waitForFinished();
    }

    void init()
    {
        m_authoriser.result = { true, {} };
        m_authoriser.actions.clear();
        m_authoriser.busNames.clear();
    }

    void refusedCallIsAccessDenied_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("arguments");
        QTest::addColumn<QString>("action");

        QTest::newRow("Launch") << QStringLiteral("Launch")
                                << launchArguments({ QStringLiteral("true") })
                                << QStringLiteral("org.nestbox.launch");
        const QVariant stdio = QVariant::fromValue(QDBusUnixFileDescriptor(STDIN_FILENO));
        const QVariantMap options { { "exitPolicy", QStringLiteral("keep-while-processes-live") },
            { "standardInput", stdio }, { "standardOutput", stdio }, { "standardError", stdio } };
        QTest::newRow("LaunchWithOptions")
            << QStringLiteral("LaunchWithOptions")
            << launchArguments({ QStringLiteral("true") }) + QVariantList { options }
            << QStringLiteral("org.nestbox.launch");
        QTest::newRow("ListNamespaces") << QStringLiteral("ListNamespaces") << QVariantList()
                                        << QStringLiteral("org.nestbox.inspect");
        QTest::newRow("GetProcesses")
            << QStringLiteral("GetProcesses") << QVariantList { QVariant::fromValue(qulonglong(0)) }
            << QStringLiteral("org.nestbox.inspect");
        QTest::newRow("StartWatching") << QStringLiteral("StartWatching") << QVariantList()
                                       << QStringLiteral("org.nestbox.inspect");
    }

    void refusedCallIsAccessDenied()
    {
        QFETCH(QString, method);
        QFETCH(QVariantList, arguments);
        QFETCH(QString, action);
        m_authoriser.result = { false, QStringLiteral("fake refusal") };

        const QDBusMessage reply = waitForReply(callHelper(method, arguments));
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.AccessDenied"));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("fake refusal")),
            qPrintable(reply.errorMessage()));
        QCOMPARE(m_authoriser.actions, QStringList { action });
        QCOMPARE(m_authoriser.busNames, QStringList { m_client->baseService() });
    }

    void shapeErrorSkipsPolkit()
    {
        const QStringList tooMany(nestbox::maxLaunchArguments + 1, QStringLiteral("x"));
        const QDBusMessage reply
            = waitForReply(callHelper(QStringLiteral("Launch"), launchArguments(tooMany)));
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        QVERIFY(m_authoriser.actions.isEmpty());
    }

    void invalidOptionSkipsPolkit_data()
    {
        QTest::addColumn<QVariantMap>("options");
        QTest::addColumn<QString>("errorPart");

        QTest::newRow("unknown key") << QVariantMap { { "keep", true } } << "unknown option 'keep'";
        QTest::newRow("unknown policy")
            << QVariantMap { { "exitPolicy", QStringLiteral("forever") } } << "'forever'";
    }

    void invalidOptionSkipsPolkit()
    {
        QFETCH(QVariantMap, options);
        QFETCH(QString, errorPart);

        const QDBusMessage reply = waitForReply(callHelper(QStringLiteral("LaunchWithOptions"),
            launchArguments({ QStringLiteral("true") }) + QVariantList { options }));
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        QVERIFY2(reply.errorMessage().contains(errorPart), qPrintable(reply.errorMessage()));
        QVERIFY(m_authoriser.actions.isEmpty());
    }

    void forbiddenSignalSkipsPolkit()
    {
        const QVariantList arguments { int(getpid()), QVariant::fromValue(qulonglong(0)), SIGSEGV };
        const QDBusMessage reply
            = waitForReply(callHelper(QStringLiteral("SignalProcess"), arguments));
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        QVERIFY(m_authoriser.actions.isEmpty());
    }

    void environmentCheckedAfterPolkit()
    {
        const nestbox::EnvironmentMap environment { { QStringLiteral("LD_PRELOAD"),
            QStringLiteral("/tmp/x.so") } };
        const QDBusMessage reply = waitForReply(callHelper(
            QStringLiteral("Launch"), launchArguments({ QStringLiteral("true") }, environment)));
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        QVERIFY2(reply.errorMessage().contains(QStringLiteral("LD_PRELOAD")),
            qPrintable(reply.errorMessage()));
        QCOMPARE(m_authoriser.actions, QStringList { QStringLiteral("org.nestbox.launch") });
    }

    void staleStartTimeIsNotFound()
    {
        const QVariantList arguments { int(getpid()), QVariant::fromValue(qulonglong(1)), SIGTERM };
        const QDBusMessage reply
            = waitForReply(callHelper(QStringLiteral("SignalProcess"), arguments));
        QCOMPARE(reply.errorName(), QStringLiteral("org.nestbox.Error.NotFound"));
        QVERIFY(m_authoriser.actions.isEmpty());
    }

    void unknownNamespaceIsNotFound()
    {
        const QDBusMessage reply = waitForReply(callHelper(
            QStringLiteral("TerminateNamespace"), { QVariant::fromValue(qulonglong(12345)) }));
        QCOMPARE(reply.errorName(), QStringLiteral("org.nestbox.Error.NotFound"));
    }

    void ownNamespaceIsRejected()
    {
        struct stat status
        {
        };
        QCOMPARE(stat("/proc/self/ns/pid", &status), 0);

        const QDBusMessage reply = waitForReply(callHelper(QStringLiteral("TerminateNamespace"),
            { QVariant::fromValue(qulonglong(status.st_ino)) }));
        QCOMPARE(reply.errorName(), QStringLiteral("org.freedesktop.DBus.Error.InvalidArgs"));
        QVERIFY(m_authoriser.actions.isEmpty());
    }

    void foreignNamespaceIsKilled()
    {
        if (geteuid() != 0) {
            QSKIP("creating a PID namespace needs root");
        }

        // The sleep is PID 1 of its namespace and has no SIGTERM handler, so only the SIGKILL
        // that follows the grace period can end it.
        QProcess unshare;
        unshare.start(QStringLiteral("unshare"),
            { QStringLiteral("--pid"), QStringLiteral("--fork"), QStringLiteral("sleep"),
                QStringLiteral("30") });
        QVERIFY(unshare.waitForStarted());
        QString initPid;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(initPid = childOf(unshare.processId())).isEmpty(), callTimeoutMs);
        struct stat status
        {
        };
        QCOMPARE(stat(qPrintable(QStringLiteral("/proc/%1/ns/pid").arg(initPid)), &status), 0);

        const QDBusMessage reply = waitForReply(callHelper(QStringLiteral("TerminateNamespace"),
            { QVariant::fromValue(qulonglong(status.st_ino)) }));
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(m_authoriser.actions, QStringList { QStringLiteral("org.nestbox.signal") });
        // QTRY spins the event loop, which the service's kill timer needs.
        QTRY_COMPARE_WITH_TIMEOUT(unshare.state(), QProcess::NotRunning,
            nestbox::InitTerminator::killDelayMs + callTimeoutMs);
    }

    void watcherReceivesProcessChanges()
    {
        SignalCounter counter;
        QVERIFY(m_client->connect(QStringLiteral(NESTBOX_DBUS_SERVICE),
            QStringLiteral(NESTBOX_DBUS_PATH), QStringLiteral("org.nestbox.Helper1"),
            QStringLiteral("ProcessesChanged"), &counter, SLOT(count(QDBusMessage))));
        const QDBusMessage reply = waitForReply(callHelper(QStringLiteral("StartWatching")));
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);

        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), { QStringLiteral("0.5") });
        QVERIFY(sleeper.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(counter.received > 0, 3 * callTimeoutMs);
        sleeper.waitForFinished();

        QVERIFY(waitForReply(callHelper(QStringLiteral("StopWatching"))).type()
            == QDBusMessage::ReplyMessage);
    }

    // The signals carry every user's processes and command lines, so a client that subscribes
    // without StartWatching, which polkit may have refused it, must receive none of them.
    void bystanderReceivesNoChanges()
    {
        QDBusConnection bystander
            = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("bystander"));
        QVERIFY(bystander.isConnected());
        SignalCounter watched;
        SignalCounter overheard;
        for (const QString &name :
            { QStringLiteral("ProcessesChanged"), QStringLiteral("NamespacesChanged") }) {
            QVERIFY(m_client->connect(QStringLiteral(NESTBOX_DBUS_SERVICE),
                QStringLiteral(NESTBOX_DBUS_PATH), QStringLiteral("org.nestbox.Helper1"), name,
                &watched, SLOT(count(QDBusMessage))));
            QVERIFY(bystander.connect(QString(), QStringLiteral(NESTBOX_DBUS_PATH),
                QStringLiteral("org.nestbox.Helper1"), name, &overheard,
                SLOT(count(QDBusMessage))));
        }
        QCOMPARE(waitForReply(callHelper(QStringLiteral("StartWatching"))).type(),
            QDBusMessage::ReplyMessage);

        QProcess sleeper;
        sleeper.start(QStringLiteral("sleep"), { QStringLiteral("0.5") });
        QVERIFY(sleeper.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(watched.received > 0, 3 * callTimeoutMs);
        sleeper.waitForFinished();
        QTest::qWait(100); // lets anything misaddressed arrive too

        QCOMPARE(overheard.received, 0);
        QCOMPARE(waitForReply(callHelper(QStringLiteral("StopWatching"))).type(),
            QDBusMessage::ReplyMessage);
        QDBusConnection::disconnectFromBus(QStringLiteral("bystander"));
    }
};

QTEST_GUILESS_MAIN(TestHelperService)
#include "tst_helperservice.moc"
