// SPDX-License-Identifier: GPL-3.0-or-later
// OutputFormatter: nestboxctl's text and JSON listings for scripted namespaces and processes,
// compared with the expected output files in data/.
#include "outputformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using nestbox::NamespaceInfo;
using nestbox::NamespaceList;
using nestbox::OutputFormatter;
using nestbox::ProcessInfo;
using nestbox::ProcessList;

namespace {

QString fakeUserName(quint32 uid)
{
    return uid == 0 ? QStringLiteral("root") : QStringLiteral("user%1").arg(uid);
}

NamespaceInfo makeNamespace(quint64 id, quint64 parentId, int level, int initPid, int count,
    quint32 owner, const QStringList &command)
{
    NamespaceInfo ns;
    ns.id = id;
    ns.parentId = parentId;
    ns.level = level;
    ns.initHostPid = initPid;
    ns.processCount = count;
    ns.ownerUid = owner;
    ns.createdByNestbox = !command.isEmpty();
    ns.command = command;
    return ns;
}

ProcessInfo makeProcess(qint32 hostPid, qint32 parentPid, quint64 pidNamespace,
    QList<qint32> namespacePids, quint32 uid, const QStringList &arguments)
{
    ProcessInfo process;
    process.hostPid = hostPid;
    process.parentPid = parentPid;
    process.pidNamespace = pidNamespace;
    process.namespacePids = std::move(namespacePids);
    process.uid = uid;
    process.state = 'S';
    process.name = arguments.isEmpty() ? QStringLiteral("kthreadd") : arguments.first();
    process.arguments = arguments;
    process.startTime = 5000 + quint64(hostPid);
    return process;
}

// The children come before their parents and siblings are out of order, so the output order
// is the formatter's own.
NamespaceList sampleNamespaces()
{
    return {
        makeNamespace(4026532300, 4026532200, 2, 3100, 1, 1000, { "sh", "-c", "sleep 9" }),
        makeNamespace(4026532200, 4026531836, 1, 3000, 3, 1000, { "sleep", "30" }),
        makeNamespace(4026532100, 4026531836, 1, 2000, 2, 0, {}),
        makeNamespace(4026531836, 0, 0, 1, 120, 0, {}),
    };
}

ProcessList sampleProcesses()
{
    return {
        makeProcess(3001, 3000, 4026532200, { 3001, 2 }, 1000, { "sleep", "30" }),
        makeProcess(3000, 900, 4026532200, { 3000, 1 }, 0, { "nestbox-init" }),
        makeProcess(1, 0, 4026531836, { 1 }, 0, { "/sbin/init" }),
        makeProcess(2, 0, 4026531836, { 2 }, 0, {}),
        makeProcess(900, 1, 4026531836, { 900 }, 0, { "nestbox-helper" }),
    };
}

QString readFixture(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestOutputFormatter : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void namespacesJson();
    void processTreeJson();
    void emptyLists();
};

void TestOutputFormatter::text_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("output");

    const OutputFormatter formatter(fakeUserName);
    QTest::newRow("namespaces") << QFINDTESTDATA("data/namespaces.txt")
                                << formatter.namespacesText(sampleNamespaces());
    QTest::newRow("tree") << QFINDTESTDATA("data/tree.txt")
                          << formatter.processTreeText(sampleProcesses());
}

void TestOutputFormatter::text()
{
    QFETCH(QString, fixture);
    QFETCH(QString, output);

    QVERIFY2(!fixture.isEmpty(), "fixture file not found");
    QCOMPARE(output, readFixture(fixture));
}

void TestOutputFormatter::namespacesJson()
{
    const OutputFormatter formatter(fakeUserName);
    const QJsonDocument document
        = QJsonDocument::fromJson(formatter.namespacesJson(sampleNamespaces()));
    const QJsonArray list = document.object().value(QStringLiteral("namespaces")).toArray();

    QCOMPARE(list.size(), 4);
    QStringList order;
    for (const QJsonValue &value : list)
        order.append(QString::number(value.toObject().value("id").toInteger()));
    QCOMPARE(order, (QStringList { "4026531836", "4026532100", "4026532200", "4026532300" }));

    const QJsonObject launched = list.at(2).toObject();
    QCOMPARE(launched.value("parentId").toInteger(), 4026531836);
    QCOMPARE(launched.value("level").toInt(), 1);
    QCOMPARE(launched.value("initHostPid").toInt(), 3000);
    QCOMPARE(launched.value("processCount").toInt(), 3);
    QCOMPARE(launched.value("ownerUid").toInt(), 1000);
    QCOMPARE(launched.value("owner").toString(), QStringLiteral("user1000"));
    QCOMPARE(launched.value("createdByNestbox").toBool(), true);
    QCOMPARE(launched.value("command").toArray(), (QJsonArray { "sleep", "30" }));
    QCOMPARE(list.at(1).toObject().value("createdByNestbox").toBool(), false);
}

void TestOutputFormatter::processTreeJson()
{
    const OutputFormatter formatter(fakeUserName);
    const QJsonDocument document
        = QJsonDocument::fromJson(formatter.processTreeJson(sampleProcesses()));
    const QJsonArray namespaces = document.object().value(QStringLiteral("namespaces")).toArray();

    QCOMPARE(namespaces.size(), 2);
    QCOMPARE(namespaces.at(0).toObject().value("level").toInt(), 0);
    const QJsonObject nested = namespaces.at(1).toObject();
    QCOMPARE(nested.value("id").toInteger(), 4026532200);
    QCOMPARE(nested.value("level").toInt(), 1);

    const QJsonArray processes = nested.value("processes").toArray();
    QCOMPARE(processes.size(), 2);
    const QJsonObject init = processes.at(0).toObject();
    const QJsonObject app = processes.at(1).toObject();
    QCOMPARE(init.value("pid").toInt(), 1);
    QCOMPARE(init.value("hostPid").toInt(), 3000);
    QCOMPARE(app.value("pid").toInt(), 2);
    QCOMPARE(app.value("hostPid").toInt(), 3001);
    QCOMPARE(app.value("parentHostPid").toInt(), 3000);
    QCOMPARE(app.value("uid").toInt(), 1000);
    QCOMPARE(app.value("user").toString(), QStringLiteral("user1000"));
    QCOMPARE(app.value("state").toString(), QStringLiteral("S"));
    QCOMPARE(app.value("name").toString(), QStringLiteral("sleep"));
    QCOMPARE(app.value("command").toArray(), (QJsonArray { "sleep", "30" }));
    QCOMPARE(app.value("startTime").toInteger(), 8001);
}

void TestOutputFormatter::emptyLists()
{
    const OutputFormatter formatter(fakeUserName);

    QCOMPARE(formatter.processTreeText({}), QString());
    QCOMPARE(formatter.namespacesText({}).trimmed(),
        QStringLiteral("NAMESPACE  LEVEL  INIT PID  PROCESSES  OWNER  COMMAND"));
    const QJsonDocument document = QJsonDocument::fromJson(formatter.processTreeJson({}));
    QCOMPARE(document.object().value("namespaces").toArray().size(), 0);
}

QTEST_MAIN(TestOutputFormatter)
#include "tst_outputformatter.moc"
