// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProcReader on the hand-made procfs tree in data/proc and on the live /proc.
#include "logging.h"
#include "procfsparser.h"
#include "procreader.h"

#include <QCoreApplication>
#include <QTest>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <sys/stat.h>
#include <unistd.h>

using nestbox::ProcessInfo;
using nestbox::ProcReader;

namespace {

constexpr quint64 hostNamespace = 4026531836;
constexpr quint64 nestedNamespace = 4026532200;

quint64 pageSize()
{
    return quint64(sysconf(_SC_PAGESIZE));
}

} // namespace

class TestProcReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void fixtureProcess_data();
    void fixtureProcess();
    void skippedProcess_data();
    void skippedProcess();
    void readAllSkipsBrokenFolders();
    void skippedProcessLogging_data();
    void skippedProcessLogging();
    void missingRootGivesEmptyList();

    void statRejectsMalformedText_data();
    void statRejectsMalformedText();
    void cmdlineSplitting_data();
    void cmdlineSplitting();

    void liveOwnProcess();
    void liveReadAllFindsOwnProcess();

private:
    QString m_fixtureRoot;
};

void TestProcReader::initTestCase()
{
    m_fixtureRoot = QFINDTESTDATA("data/proc");
    QVERIFY2(!m_fixtureRoot.isEmpty(), "fixture folder data/proc not found");
}

void TestProcReader::fixtureProcess_data()
{
    QTest::addColumn<qint32>("pid");
    QTest::addColumn<ProcessInfo>("expected");

    const auto row = [](const char *tag, ProcessInfo process) {
        if (process.namespacePids.isEmpty()) {
            process.namespacePids = { process.hostPid };
        }
        if (process.pidNamespace == 0) {
            process.pidNamespace = hostNamespace;
        }
        QTest::newRow(tag) << process.hostPid << process;
    };

    row("host init",
        { .hostPid = 1,
            .parentPid = 0,
            .uid = 0,
            .state = 'S',
            .name = "init",
            .arguments = { "/sbin/init", "splash" },
            .startTime = 5,
            .cpuTicks = 200,
            .residentBytes = 2000 * pageSize(),
            .threadCount = 1 });
    row("kernel thread",
        { .hostPid = 2,
            .parentPid = 0,
            .uid = 0,
            .state = 'S',
            .name = "kthreadd",
            .arguments = {},
            .startTime = 6,
            .threadCount = 1 });
    row("spaces and parentheses",
        { .hostPid = 100,
            .parentPid = 1,
            .uid = 1000,
            .state = 'S',
            .name = "a b) (c",
            .arguments = { "/usr/bin/odd", "--flag", "", "last" },
            .startTime = 2500,
            .cpuTicks = 10,
            .residentBytes = 512 * pageSize(),
            .threadCount = 4 });
    row("newline in name",
        { .hostPid = 101,
            .parentPid = 1,
            .uid = 1000,
            .state = 'S',
            .name = "line\nbreak",
            .arguments = { "./line" },
            .startTime = 2600,
            .residentBytes = 100 * pageSize(),
            .threadCount = 1 });
    row("invalid UTF-8 in name",
        { .hostPid = 102,
            .parentPid = 1,
            .uid = 1000,
            .state = 'S',
            .name = QString::fromUtf8("caf\u00e9\ufffd"),
            .arguments = { QString::fromUtf8("caf\u00e9\ufffd"), "-x" },
            .startTime = 2700,
            .residentBytes = 64 * pageSize(),
            .threadCount = 1 });
    row("zombie",
        { .hostPid = 103,
            .parentPid = 100,
            .uid = 1000,
            .state = 'Z',
            .name = "defunct",
            .arguments = {},
            .startTime = 2800,
            .threadCount = 1 });

    QStringList longArguments;
    for (int i = 0; i < 1000; ++i) {
        longArguments.append(QStringLiteral("argument-%1").arg(i, 4, 10, QLatin1Char('0')));
    }
    row("command line beyond 4 KiB",
        { .hostPid = 104,
            .parentPid = 1,
            .uid = 1000,
            .state = 'S',
            .name = "longargs",
            .arguments = longArguments,
            .startTime = 2900,
            .residentBytes = 32 * pageSize(),
            .threadCount = 1 });
    row("three namespace levels",
        { .hostPid = 200,
            .parentPid = 150,
            .uid = 1000,
            .state = 'S',
            .name = "sleep",
            .arguments = { "sleep infinity" },
            .startTime = 3000,
            .pidNamespace = nestedNamespace,
            .namespacePids = { 200, 20, 1 },
            .cpuTicks = 3,
            .residentBytes = 128 * pageSize(),
            .threadCount = 1 });
}

void TestProcReader::fixtureProcess()
{
    QFETCH(qint32, pid);
    QFETCH(ProcessInfo, expected);

    const auto process = ProcReader(m_fixtureRoot).read(pid);
    QVERIFY(process.has_value());
    QCOMPARE(process->hostPid, expected.hostPid);
    QCOMPARE(process->parentPid, expected.parentPid);
    QCOMPARE(process->uid, expected.uid);
    QCOMPARE(process->state, expected.state);
    QCOMPARE(process->name, expected.name);
    QCOMPARE(process->arguments, expected.arguments);
    QCOMPARE(process->startTime, expected.startTime);
    QCOMPARE(process->pidNamespace, expected.pidNamespace);
    QCOMPARE(process->namespacePids, expected.namespacePids);
    QCOMPARE(process->cpuTicks, expected.cpuTicks);
    QCOMPARE(process->residentBytes, expected.residentBytes);
    QCOMPARE(process->threadCount, expected.threadCount);
    QCOMPARE(process->innermostPid(), expected.namespacePids.last());
}

void TestProcReader::skippedProcess_data()
{
    QTest::addColumn<qint32>("pid");

    QTest::newRow("files missing, vanished mid-scan") << 300;
    QTest::newRow("malformed stat") << 301;
    QTest::newRow("stat cut off by short read") << 302;
    QTest::newRow("no such folder") << 999;
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
}

void TestProcReader::skippedProcess()
{
    QFETCH(qint32, pid);

    QVERIFY(!ProcReader(m_fixtureRoot).read(pid).has_value());
}

void TestProcReader::readAllSkipsBrokenFolders()
{
    const nestbox::ProcessList processes = ProcReader(m_fixtureRoot).readAll();

    QList<qint32> pids;
    for (const ProcessInfo &process : processes) {
        pids.append(process.hostPid);
    }
    QCOMPARE(pids, (QList<qint32> { 1, 2, 100, 101, 102, 103, 104, 200 }));
}

void TestProcReader::skippedProcessLogging_data()
{
    QTest::addColumn<qint32>("pid");
    QTest::addColumn<int>("expectedLines");

    QTest::newRow("malformed stat logs once") << 301 << 1;
    QTest::newRow("vanished process is silent") << 300 << 0;
    QTest::newRow("short read is silent") << 302 << 0;
}

void TestProcReader::skippedProcessLogging()
{
    QFETCH(qint32, pid);
    QFETCH(int, expectedLines);

    const auto logger = nestbox::logging::get("backend.proc");
    const auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(16);
    logger->sinks().push_back(sink);
    const auto previousLevel = logger->level();
    logger->set_level(spdlog::level::debug);
    const auto restoreLogger = qScopeGuard([&] {
        logger->sinks().pop_back();
        logger->set_level(previousLevel);
    });

    QVERIFY(!ProcReader(m_fixtureRoot).read(pid).has_value());

    const std::vector<std::string> lines = sink->last_formatted();
    QCOMPARE(int(lines.size()), expectedLines);
    if (expectedLines > 0) {
        QVERIFY2(
            lines.front().find(std::to_string(pid)) != std::string::npos, lines.front().c_str());
    }
}

void TestProcReader::missingRootGivesEmptyList()
{
    const ProcReader reader(m_fixtureRoot + QStringLiteral("/does-not-exist"));

    QVERIFY(reader.readAll().isEmpty());
    QVERIFY(!reader.read(1).has_value());
}

void TestProcReader::statRejectsMalformedText_data()
{
    QTest::addColumn<QByteArray>("text");

    const QByteArray tail = " 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 5 0 7 0\n";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no parentheses") << QByteArray("1 init S") + tail;
    QTest::newRow("closing before opening") << QByteArray("1 )init( S") + tail;
    QTest::newRow("too few fields") << QByteArray("1 (init) S 0 1 1 0\n");
    QTest::newRow("state of two letters") << QByteArray("1 (init) SS") + tail;
    QTest::newRow("negative utime")
        << QByteArray("1 (init) S 0 1 1 0 -1 0 0 0 0 0 -4 0 0 0 20 0 1 0 5 0 7 0\n");
    QTest::newRow("number with suffix") << QByteArray("1 (init) S 0x1") + tail;
}

void TestProcReader::statRejectsMalformedText()
{
    QFETCH(QByteArray, text);

    QVERIFY(!nestbox::procfs::parseStat(std::string_view(text.constData(), text.size())));
}

void TestProcReader::cmdlineSplitting_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("one NUL") << QByteArray("\0", 1) << QStringList();
    QTest::newRow("trailing NUL") << QByteArray("ls\0-l\0", 6) << QStringList { "ls", "-l" };
    QTest::newRow("no trailing NUL") << QByteArray("ls\0-l", 5) << QStringList { "ls", "-l" };
    QTest::newRow("empty argument kept")
        << QByteArray("a\0\0b\0", 5) << QStringList { "a", "", "b" };
    QTest::newRow("two trailing NULs") << QByteArray("a\0\0", 3) << QStringList { "a", "" };
}

void TestProcReader::cmdlineSplitting()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);

    QCOMPARE(
        nestbox::procfs::parseCmdline(std::string_view(text.constData(), text.size())), expected);
}

void TestProcReader::liveOwnProcess()
{
    const auto process = ProcReader().read(qint32(getpid()));
    QVERIFY(process.has_value());

    struct stat namespaceStatus = {};
    QCOMPARE(stat("/proc/self/ns/pid", &namespaceStatus), 0);

    QCOMPARE(process->hostPid, qint32(getpid()));
    QCOMPARE(process->parentPid, qint32(getppid()));
    QCOMPARE(process->uid, quint32(getuid()));
    QCOMPARE(process->name, QStringLiteral("tst_procreader"));
    QCOMPARE(process->arguments, QCoreApplication::arguments());
    QCOMPARE(process->state, 'R');
    QCOMPARE(process->pidNamespace, quint64(namespaceStatus.st_ino));
    QCOMPARE(process->namespacePids.first(), qint32(getpid()));
    QVERIFY(process->startTime > 0);
    QVERIFY(process->residentBytes > 0);
    QVERIFY(process->threadCount >= 1);
}

void TestProcReader::liveReadAllFindsOwnProcess()
{
    const nestbox::ProcessList processes = ProcReader().readAll();

    const auto own = std::find_if(processes.cbegin(), processes.cend(),
        [](const ProcessInfo &p) { return p.hostPid == qint32(getpid()); });
    QVERIFY(own != processes.cend());
    QCOMPARE(own->name, QStringLiteral("tst_procreader"));
    QVERIFY(std::is_sorted(processes.cbegin(), processes.cend(),
        [](const ProcessInfo &a, const ProcessInfo &b) { return a.hostPid < b.hostPid; }));
}

QTEST_GUILESS_MAIN(TestProcReader)
#include "tst_procreader.moc"
