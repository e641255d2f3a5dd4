// SPDX-License-Identifier: GPL-3.0-or-later
// Tests buildNamespaceTree with a scripted parent lookup, and kernelParentLookup on a real
// nested PID namespace.
#include "namespacetree.h"
#include "procreader.h"

#include <QHash>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using nestbox::NamespaceInfo;
using nestbox::NamespaceList;
using nestbox::ProcessInfo;
using nestbox::ProcessList;

namespace {

constexpr quint64 hostNs = 4026531836;
constexpr quint64 childNs = 4026532200;
constexpr quint64 grandchildNs = 4026532300;

ProcessInfo process(
    qint32 hostPid, quint64 pidNamespace, QList<qint32> namespacePids, quint32 uid = 0)
{
    return { .hostPid = hostPid,
        .uid = uid,
        .pidNamespace = pidNamespace,
        .namespacePids = std::move(namespacePids) };
}

} // namespace

class TestNamespaceTree : public QObject
{
    Q_OBJECT

private slots:
    void tree_data();
    void tree();
    void lookupCalledOncePerNestedNamespace();
    void unreadableNamespaceIgnored();

    void kernelLookupOnMissingProcess();
    void kernelLookupOnNestedNamespace();
};

void TestNamespaceTree::tree_data()
{
    QTest::addColumn<ProcessList>("processes");
    QTest::addColumn<NamespaceList>("expected");

    QTest::newRow("empty") << ProcessList {} << NamespaceList {};

    QTest::newRow("host only") << ProcessList { process(1, hostNs, { 1 }),
        process(2, hostNs, { 2 }), process(50, hostNs, { 50 }, 1000) }
                               << NamespaceList { { .id = hostNs,
                                      .parentId = 0,
                                      .level = 0,
                                      .initHostPid = 1,
                                      .ownerUid = 0,
                                      .processCount = 3 } };

    // Listed innermost first to show that the output order does not follow the input order.
    QTest::newRow("three levels")
        << ProcessList { process(310, grandchildNs, { 310, 11, 2 }, 1000),
               process(300, grandchildNs, { 300, 10, 1 }, 1000),
               process(201, childNs, { 201, 2 }, 1000), process(200, childNs, { 200, 1 }, 1000),
               process(1, hostNs, { 1 }) }
        << NamespaceList { { .id = hostNs, .level = 0, .initHostPid = 1, .processCount = 1 },
               { .id = childNs,
                   .parentId = hostNs,
                   .level = 1,
                   .initHostPid = 200,
                   .ownerUid = 1000,
                   .processCount = 2 },
               { .id = grandchildNs,
                   .parentId = childNs,
                   .level = 2,
                   .initHostPid = 300,
                   .ownerUid = 1000,
                   .processCount = 2 } };

    QTest::newRow("init not visible")
        << ProcessList { process(1, hostNs, { 1 }), process(400, childNs, { 400, 7 }, 1000) }
        << NamespaceList { { .id = hostNs, .level = 0, .initHostPid = 1, .processCount = 1 },
               { .id = childNs,
                   .parentId = hostNs,
                   .level = 1,
                   .initHostPid = 0,
                   .ownerUid = 0,
                   .processCount = 1 } };

    QTest::newRow("same level sorted by id")
        << ProcessList { process(500, grandchildNs, { 500, 1 }), process(400, childNs, { 400, 1 }) }
        << NamespaceList { { .id = childNs,
                               .parentId = hostNs,
                               .level = 1,
                               .initHostPid = 400,
                               .processCount = 1 },
               { .id = grandchildNs,
                   .parentId = hostNs,
                   .level = 1,
                   .initHostPid = 500,
                   .processCount = 1 } };
}

void TestNamespaceTree::tree()
{
    QFETCH(ProcessList, processes);
    QFETCH(NamespaceList, expected);

    // The script maps each namespace's processes to the parent given in expected.
    QHash<qint32, quint64> parentByPid;
    for (const ProcessInfo &p : std::as_const(processes)) {
        for (const NamespaceInfo &ns : std::as_const(expected)) {
            if (ns.id == p.pidNamespace) {
                parentByPid.insert(p.hostPid, ns.parentId);
            }
        }
    }
    const auto lookup = [&parentByPid](qint32 pid) {
        return parentByPid.value(pid);
    };

    const NamespaceList tree = nestbox::buildNamespaceTree(processes, lookup);

    QCOMPARE(tree.size(), expected.size());
    for (qsizetype i = 0; i < tree.size(); ++i) {
        QCOMPARE(tree[i].id, expected[i].id);
        QCOMPARE(tree[i].parentId, expected[i].parentId);
        QCOMPARE(tree[i].level, expected[i].level);
        QCOMPARE(tree[i].initHostPid, expected[i].initHostPid);
        QCOMPARE(tree[i].ownerUid, expected[i].ownerUid);
        QCOMPARE(tree[i].processCount, expected[i].processCount);
        QCOMPARE(tree[i].createdByNestbox, false);
        QVERIFY(tree[i].command.isEmpty());
    }
}

void TestNamespaceTree::lookupCalledOncePerNestedNamespace()
{
    const ProcessList processes { process(1, hostNs, { 1 }), process(2, hostNs, { 2 }),
        process(201, childNs, { 201, 5 }), process(200, childNs, { 200, 1 }),
        process(202, childNs, { 202, 6 }) };
    QList<qint32> lookedUp;
    const auto lookup = [&lookedUp](qint32 pid) {
        lookedUp.append(pid);
        return hostNs;
    };

    nestbox::buildNamespaceTree(processes, lookup);

    // The lookup gets the init, because the kernel kills the rest of the namespace when it exits.
    QCOMPARE(lookedUp, QList<qint32> { 200 });
}

void TestNamespaceTree::unreadableNamespaceIgnored()
{
    const ProcessList processes { process(1, hostNs, { 1 }), process(9, 0, { 9 }) };

    const NamespaceList tree = nestbox::buildNamespaceTree(processes, [](qint32) { return 0; });

    QCOMPARE(tree.size(), 1);
    QCOMPARE(tree.first().id, hostNs);
    QCOMPARE(tree.first().processCount, 1);
}

void TestNamespaceTree::kernelLookupOnMissingProcess()
{
    const auto lookup = nestbox::kernelParentLookup(QFINDTESTDATA("data/proc"));

    // The fixture's ns/pid links dangle, so there is nothing to ask the kernel about.
    QCOMPARE(lookup(1), quint64(0));
    QCOMPARE(nestbox::kernelParentLookup()(999999999), quint64(0));
}

void TestNamespaceTree::kernelLookupOnNestedNamespace()
{
    int pipeFds[2];
    QCOMPARE(pipe2(pipeFds, O_CLOEXEC), 0);

    // The child is PID 1 of a new PID namespace and exits when the pipe is closed. Between the
    // fork and its exit it only calls read() and _exit(), which are async-signal-safe.
    const long child = syscall(SYS_clone, CLONE_NEWPID | SIGCHLD, nullptr, nullptr, nullptr, 0);
    if (child == 0) {
        char byte;
        close(pipeFds[1]);
        (void)read(pipeFds[0], &byte, 1);
        _exit(0);
    }
    close(pipeFds[0]);
    if (child < 0) {
        close(pipeFds[1]);
        QSKIP("creating a PID namespace needs CAP_SYS_ADMIN");
    }
    const auto reapChild = qScopeGuard([&] {
        close(pipeFds[1]);
        waitpid(pid_t(child), nullptr, 0);
    });

    struct stat ownNamespace = {};
    QCOMPARE(stat("/proc/self/ns/pid", &ownNamespace), 0);

    const auto lookup = nestbox::kernelParentLookup();
    QCOMPARE(lookup(qint32(child)), quint64(ownNamespace.st_ino));
    QCOMPARE(lookup(qint32(getpid())), quint64(0));

    const NamespaceList tree = nestbox::buildNamespaceTree(nestbox::ProcReader().readAll(), lookup);
    const auto nested = std::find_if(tree.cbegin(), tree.cend(),
        [&](const NamespaceInfo &ns) { return ns.initHostPid == qint32(child); });
    QVERIFY(nested != tree.cend());
    QCOMPARE(nested->parentId, quint64(ownNamespace.st_ino));
    QCOMPARE(nested->processCount, 1);
    QVERIFY(nested->level >= 1);
}

QTEST_GUILESS_MAIN(TestNamespaceTree)
#include "tst_namespacetree.moc"
