// SPDX-License-Identifier: GPL-3.0-or-later
// TrayIcon's menu as profiles and namespaces come and go: favourites only, namespaces created by
// Nestbox at any depth, the badge and tooltip count, and the signal each entry emits.
#include "namespacemodel.h"
#include "profilestore.h"
#include "trayicon.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nestbox::LaunchProfile;
using nestbox::NamespaceInfo;
using nestbox::NamespaceList;
using nestbox::NamespaceModel;
using nestbox::ProfileStore;
using nestbox::TrayIcon;

namespace {

constexpr quint64 hostNamespace = 4026531836;

NamespaceInfo makeNamespace(quint64 id, quint64 parentId, const QString &command)
{
    NamespaceInfo ns;
    ns.id = id;
    ns.parentId = parentId;
    ns.level = parentId == 0 ? 0 : 1;
    ns.createdByNestbox = !command.isEmpty();
    if (!command.isEmpty())
        ns.command = command.split(u' ');
    return ns;
}

// The menu as lines: "---" for a separator, "TITLE: CHILD | CHILD" for a submenu, disabled
// entries in brackets.
QStringList menuLines(const QMenu *menu)
{
    QStringList lines;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            lines << QStringLiteral("---");
            continue;
        }
        QString line = action->isEnabled() ? action->text() : u'[' + action->text() + u']';
        if (action->menu())
            line += QStringLiteral(": ") + menuLines(action->menu()).join(QStringLiteral(" | "));
        lines << line;
    }
    return lines;
}

QAction *findAction(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            if (QAction *nested = findAction(action->menu(), text))
                return nested;
        }
    }
    return nullptr;
}

} // namespace

class TestTrayMenu : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void contents_data();
    void contents();
    void followsChanges();
    void entriesAskForTheirAction();

private:
    QString addProfile(const QString &name, bool favourite);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<NamespaceModel> m_namespaces;
    std::unique_ptr<TrayIcon> m_tray;
};

void TestTrayMenu::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->load());
    m_namespaces = std::make_unique<NamespaceModel>();
    m_namespaces->setNamespaces({ makeNamespace(hostNamespace, 0, {}) });
    m_tray = std::make_unique<TrayIcon>(m_store.get(), m_namespaces.get());
}

void TestTrayMenu::cleanup()
{
    m_tray.reset();
    m_namespaces.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestTrayMenu::addProfile(const QString &name, bool favourite)
{
    LaunchProfile profile;
    profile.name = name;
    profile.arguments = { QStringLiteral("/bin/true") };
    profile.favourite = favourite;
    const QString id = m_store->create(profile);
    if (id.isEmpty())
        qWarning() << m_store->lastError();
    return id;
}

void TestTrayMenu::contents_data()
{
    QTest::addColumn<QStringList>("favourites");
    QTest::addColumn<QStringList>("others");
    QTest::addColumn<NamespaceList>("launched");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("toolTip");

    const QStringList tail { "---", "&Open Nestbox", "&Quit" };
    QTest::newRow("nothing") << QStringList() << QStringList() << NamespaceList()
                             << QStringList { "[No favourite profiles]", "---",
                                    "[No isolated apps running]" }
            + tail << "Nestbox: no isolated apps running";
    QTest::newRow("only favourites listed")
        << QStringList { "Browser", "Editor" } << QStringList { "Shell" } << NamespaceList()
        << QStringList { "Launch Browser", "Launch Editor", "---", "[No isolated apps running]" }
            + tail
        << "Nestbox: no isolated apps running";
    QTest::newRow("launched namespaces at any depth")
        << QStringList() << QStringList()
        << NamespaceList { makeNamespace(11, hostNamespace, "sleep 30"),
               makeNamespace(12, 11, "top"), makeNamespace(13, hostNamespace, {}) }
        << QStringList { "[No favourite profiles]", "---",
               "sleep 30 (namespace 11): &Open | &Terminate",
               "top (namespace 12): &Open | &Terminate" }
            + tail
        << "Nestbox: 2 isolated app(s) running";
}

void TestTrayMenu::contents()
{
    QFETCH(QStringList, favourites);
    QFETCH(QStringList, others);
    QFETCH(NamespaceList, launched);
    QFETCH(QStringList, expected);
    QFETCH(QString, toolTip);

    for (const QString &name : favourites)
        QVERIFY(!addProfile(name, true).isEmpty());
    for (const QString &name : others)
        QVERIFY(!addProfile(name, false).isEmpty());
    m_namespaces->setNamespaces(NamespaceList { makeNamespace(hostNamespace, 0, {}) } + launched);

    QCOMPARE(menuLines(m_tray->menu()), expected);
    QCOMPARE(m_tray->toolTip(), toolTip);
    QCOMPARE(m_tray->contextMenu(), m_tray->menu());
}

void TestTrayMenu::followsChanges()
{
    const NamespaceInfo host = makeNamespace(hostNamespace, 0, {});
    const NamespaceInfo app = makeNamespace(21, hostNamespace, "xterm");
    const QString id = addProfile(QStringLiteral("Terminal"), false);
    QVERIFY(!findAction(m_tray->menu(), QStringLiteral("Launch Terminal")));

    QVERIFY(m_store->setFavourite(id, true));
    QVERIFY(findAction(m_tray->menu(), QStringLiteral("Launch Terminal")));

    m_namespaces->setNamespaces({ host, app });
    QCOMPARE(m_tray->runningCount(), 1);
    QVERIFY(menuLines(m_tray->menu()).contains("xterm (namespace 21): &Open | &Terminate"));
    const QIcon badged = m_tray->icon();
    QVERIFY(!badged.isNull());

    m_namespaces->setNamespaces({ host });
    QCOMPARE(m_tray->runningCount(), 0);
    QVERIFY(menuLines(m_tray->menu()).contains("[No isolated apps running]"));
    QVERIFY(m_tray->icon().cacheKey() != badged.cacheKey());

    QVERIFY(m_store->remove(id));
    QVERIFY(menuLines(m_tray->menu()).contains("[No favourite profiles]"));
}

void TestTrayMenu::entriesAskForTheirAction()
{
    const QString id = addProfile(QStringLiteral("Editor"), true);
    m_namespaces->setNamespaces(
        { makeNamespace(hostNamespace, 0, {}), makeNamespace(31, hostNamespace, "vi") });
    QSignalSpy launch(m_tray.get(), &TrayIcon::launchRequested);
    QSignalSpy terminate(m_tray.get(), &TrayIcon::terminateRequested);
    QSignalSpy open(m_tray.get(), &TrayIcon::openRequested);
    QSignalSpy quit(m_tray.get(), &TrayIcon::quitRequested);

    findAction(m_tray->menu(), QStringLiteral("Launch Editor"))->trigger();
    findAction(m_tray->menu(), QStringLiteral("&Terminate"))->trigger();
    findAction(m_tray->menu(), QStringLiteral("&Open"))->trigger();
    findAction(m_tray->menu(), QStringLiteral("&Open Nestbox"))->trigger();
    findAction(m_tray->menu(), QStringLiteral("&Quit"))->trigger();

    QCOMPARE(launch.value(0).at(0).toString(), id);
    QCOMPARE(terminate.value(0).at(0).toULongLong(), 31u);
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(0).at(0).toULongLong(), 31u);
    QCOMPARE(open.at(1).at(0).toULongLong(), 0u);
    QCOMPARE(quit.count(), 1);
}

QTEST_MAIN(TestTrayMenu)
#include "tst_traymenu.moc"
