// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the process connector: datagram parsing on hand-built messages, and, as root, live
// fork and exit events of a child this test starts.
#include "procconnector.h"

#include <cstring>
#include <linux/cn_proc.h>
#include <linux/connector.h>
#include <linux/netlink.h>
#include <QSignalSpy>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using nestbox::ProcEvent;
using nestbox::ProcEventList;
using Kind = nestbox::ProcEvent::Kind;

namespace {

// Builds one netlink message carrying event, as the kernel sends it.
QByteArray message(const proc_event &event, __u32 connectorIndex = CN_IDX_PROC)
{
    const std::size_t payloadSize = sizeof(cn_msg) + sizeof(proc_event);
    QByteArray bytes(NLMSG_SPACE(payloadSize), '\0');
    auto *header = reinterpret_cast<nlmsghdr *>(bytes.data());
    header->nlmsg_len = NLMSG_LENGTH(payloadSize);
    header->nlmsg_type = NLMSG_DONE;

    cn_msg connector {};
    connector.id.idx = connectorIndex;
    connector.id.val = CN_VAL_PROC;
    connector.len = sizeof(proc_event);
    std::memcpy(NLMSG_DATA(header), &connector, sizeof connector);
    std::memcpy(static_cast<char *>(NLMSG_DATA(header)) + sizeof connector, &event, sizeof event);
    return bytes;
}

proc_event forkEvent(int parent, int childPid, int childTgid)
{
    proc_event event {};
    event.what = proc_event::PROC_EVENT_FORK;
    event.event_data.fork.parent_pid = parent;
    event.event_data.fork.parent_tgid = parent;
    event.event_data.fork.child_pid = childPid;
    event.event_data.fork.child_tgid = childTgid;
    return event;
}

proc_event exitEvent(int pid, int tgid)
{
    proc_event event {};
    event.what = proc_event::PROC_EVENT_EXIT;
    event.event_data.exit.process_pid = pid;
    event.event_data.exit.process_tgid = tgid;
    return event;
}

proc_event execEvent(int tgid)
{
    proc_event event {};
    event.what = proc_event::PROC_EVENT_EXEC;
    event.event_data.exec.process_pid = tgid;
    event.event_data.exec.process_tgid = tgid;
    return event;
}

ProcEventList parse(const QByteArray &datagram)
{
    return nestbox::parseProcConnectorDatagram(
        datagram.constData(), static_cast<std::size_t>(datagram.size()));
}

} // namespace

class TestProcConnector : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void truncatedMessageIsSkipped();
    void liveForkAndExit();
};

void TestProcConnector::parse_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<ProcEventList>("expected");

    QTest::newRow("fork of a process")
        << message(forkEvent(10, 11, 11)) << ProcEventList { { Kind::Fork, 11, 10 } };
    QTest::newRow("fork of a thread is dropped")
        << message(forkEvent(10, 12, 11)) << ProcEventList {};
    QTest::newRow("exit of a process")
        << message(exitEvent(11, 11)) << ProcEventList { { Kind::Exit, 11, 0 } };
    QTest::newRow("exit of a thread is dropped") << message(exitEvent(12, 11)) << ProcEventList {};
    QTest::newRow("two messages in one datagram")
        << (message(execEvent(7)) + message(exitEvent(7, 7)))
        << ProcEventList { { Kind::Exec, 7, 0 }, { Kind::Exit, 7, 0 } };
    QTest::newRow("another connector is ignored")
        << message(execEvent(7), CN_IDX_PROC + 1) << ProcEventList {};
    QTest::newRow("empty datagram") << QByteArray() << ProcEventList {};
}

void TestProcConnector::parse()
{
    QFETCH(QByteArray, datagram);
    QFETCH(ProcEventList, expected);

    QCOMPARE(::parse(datagram), expected);
}

void TestProcConnector::truncatedMessageIsSkipped()
{
    QByteArray datagram = message(execEvent(7));
    auto *header = reinterpret_cast<nlmsghdr *>(datagram.data());
    header->nlmsg_len = NLMSG_LENGTH(sizeof(cn_msg) + 4);

    QCOMPARE(::parse(datagram), ProcEventList {});
}

void TestProcConnector::liveForkAndExit()
{
    if (geteuid() != 0) {
        QSKIP("listening to process events needs root");
    }

    nestbox::ProcConnector connector;
    QString error;
    QVERIFY2(connector.start(&error), qPrintable(error));

    ProcEventList seen;
    connect(&connector, &nestbox::ProcConnector::eventsReceived, this,
        [&seen](const ProcEventList &events) { seen += events; });

    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        _exit(0);
    }
    QCOMPARE(waitpid(child, nullptr, 0), child);

    const ProcEvent forked { Kind::Fork, child, getpid() };
    const ProcEvent exited { Kind::Exit, child, 0 };
    QTRY_VERIFY_WITH_TIMEOUT(seen.contains(forked) && seen.contains(exited), 5000);
}

QTEST_GUILESS_MAIN(TestProcConnector)
#include "tst_procconnector.moc"
