// SPDX-License-Identifier: GPL-3.0-or-later
// Each "Send signal" action of the main window against a real nestbox-helper: an app started in a
// new namespace runs three trapping shells, and every action, triggered on one shell's row, must
// reach that shell and no other. Run it through scripts/private-stack (ctest
// app.signalactions_live).
#include "helperclient.h"
#include "mainwindow.h"
#include "namespacemodel.h"
#include "processactions.h"
#include "processmodel.h"

#include <csignal>
#include <functional>
#include <memory>
#include <QAbstractButton>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using nestbox::CallError;
using nestbox::HelperClient;
using nestbox::MainWindow;
using nestbox::ProcessModel;

namespace {

// Each shell writes the name of every trapped signal to its own NAME.mark file. Background
// commands of a non-interactive shell start with INT ignored, and such a signal cannot be
// trapped, so env restores its default first.
const char appScript[] = R"(body='
trap "echo usr1 >> $0.mark" USR1
trap "echo usr2 >> $0.mark" USR2
trap "echo hup >> $0.mark" HUP
trap "echo int >> $0.mark" INT
while :; do sleep 0.1; done'
for name in target victim bystander; do
    env --default-signal=INT sh -c "$body" "$PWD/$name" &
done
wait)";

// The process state letter from /proc/PID/stat, or 0 when the process is gone.
char processState(qint32 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype stateAt = line.lastIndexOf(')') + 2;
    return stateAt < line.size() ? line.at(stateAt) : 0;
}

} // namespace

class TestSignalActionsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void actionReachesItsProcess_data();
    void actionReachesItsProcess();
    void bystanderUntouched();

private:
    QModelIndex shownRow(const QString &name) const;
    QString markerText(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<HelperClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    quint64 m_launched = 0;
    qint32 m_bystanderPid = 0;
};

void TestSignalActionsLive::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SYSTEM_BUS_ADDRESS"),
        "set DBUS_SYSTEM_BUS_ADDRESS to a private bus running nestbox-helper");
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));

    m_client = std::make_unique<HelperClient>();
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), HelperClient::State::Connected, 10000);

    bool replied = false;
    CallError launchError;
    m_client->launch(
        { QStringLiteral("/bin/sh"), QStringLiteral("-c"), QString::fromLatin1(appScript) },
        m_dir.path(), [&](const CallError &error, quint64 namespaceId, qint32) {
            replied = true;
            launchError = error;
            m_launched = namespaceId;
        });
    QTRY_VERIFY_WITH_TIMEOUT(replied, 30000);
    QVERIFY2(!launchError.isError(), qPrintable(launchError.name + ": " + launchError.message));

    m_window->selectNamespace(m_launched);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->selectedNamespace(), m_launched, 5000);
    for (const char *name : { "target", "victim", "bystander" })
        QTRY_VERIFY_WITH_TIMEOUT(shownRow(QLatin1String(name)).isValid(), 5000);
    m_bystanderPid = shownRow(QStringLiteral("bystander")).data(ProcessModel::HostPidRole).toInt();
}

void TestSignalActionsLive::cleanupTestCase()
{
    if (m_launched == 0 || !m_client)
        return;

    bool replied = false;
    m_client->terminateNamespace(m_launched, [&](const CallError &) { replied = true; });
    QTRY_VERIFY_WITH_TIMEOUT(replied, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->namespaceModel()->indexForKey(m_launched).isValid(), 10000);
}

// The row of the shell whose $0 ends in /name, as the process view shows it.
QModelIndex TestSignalActionsLive::shownRow(const QString &name) const
{
    const ProcessModel *model = m_window->processModel();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m_window->processView()->model());
    std::function<QModelIndex(const QModelIndex &)> search = [&](const QModelIndex &parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, ProcessModel::CommandColumn, parent);
            if (index.data().toString().endsWith(u'/' + name))
                return index.siblingAtColumn(0);
            const QModelIndex nested = search(index.siblingAtColumn(0));
            if (nested.isValid())
                return nested;
        }
        return QModelIndex();
    };
    const QModelIndex source = search({});
    return proxy ? proxy->mapFromSource(source) : source;
}

QString TestSignalActionsLive::markerText(const QString &name) const
{
    QFile marker(m_dir.filePath(name + QStringLiteral(".mark")));
    return marker.open(QIODevice::ReadOnly) ? QString::fromLatin1(marker.readAll()) : QString();
}

void TestSignalActionsLive::actionReachesItsProcess_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("process");
    QTest::addColumn<QString>("expected"); // a line in NAME.mark, or "state X", or "gone"

    // Rows run in order on the same processes: STOP before CONT, TERM and KILL last.
    QTest::newRow("USR1") << int(SIGUSR1) << "target"
                          << "usr1";
    QTest::newRow("USR2") << int(SIGUSR2) << "target"
                          << "usr2";
    QTest::newRow("HUP") << int(SIGHUP) << "target"
                         << "hup";
    QTest::newRow("INT") << int(SIGINT) << "target"
                         << "int";
    QTest::newRow("STOP") << int(SIGSTOP) << "target"
                          << "state T";
    QTest::newRow("CONT") << int(SIGCONT) << "target"
                          << "state S";
    QTest::newRow("TERM") << int(SIGTERM) << "target"
                          << "gone";
    QTest::newRow("KILL") << int(SIGKILL) << "victim"
                          << "gone";
}

void TestSignalActionsLive::actionReachesItsProcess()
{
    QFETCH(int, signal);
    QFETCH(QString, process);
    QFETCH(QString, expected);

    const QModelIndex row = shownRow(process);
    QVERIFY(row.isValid());
    const qint32 pid = row.data(ProcessModel::HostPidRole).toInt();
    m_window->processView()->setCurrentIndex(row);

    // KILL shows a confirmation first, which this timer answers with Yes.
    QTimer confirm;
    connect(&confirm, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    confirm.start(20);
    m_window->processActions()->signalAction(signal)->trigger();

    if (expected == QLatin1String("gone")) {
        QTRY_COMPARE_WITH_TIMEOUT(processState(pid), '\0', 5000);
    } else if (expected.startsWith(QLatin1String("state "))) {
        const char state = expected.back().toLatin1();
        // A running shell is R for a moment between its sleeps.
        QTRY_VERIFY_WITH_TIMEOUT(
            processState(pid) == state || (state == 'S' && processState(pid) == 'R'), 5000);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(markerText(process).split(u'\n').contains(expected), 5000);
    }
}

void TestSignalActionsLive::bystanderUntouched()
{
    QCOMPARE(markerText(QStringLiteral("bystander")), QString());
    const char state = processState(m_bystanderPid);
    QVERIFY2(state == 'S' || state == 'R', "the bystander shell is stopped or gone");
    QVERIFY(shownRow(QStringLiteral("bystander")).isValid());
}

QTEST_MAIN(TestSignalActionsLive)
#include "tst_signalactions_live.moc"
