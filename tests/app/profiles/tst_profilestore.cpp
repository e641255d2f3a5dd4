// SPDX-License-Identifier: GPL-3.0-or-later
// Tests ProfileStore on files in a temporary folder: round trip, changes, duplicate naming,
// favourites and the handling of corrupt files.
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using nestbox::ExitPolicy;
using nestbox::LaunchProfile;
using nestbox::ProfileStore;

namespace {

LaunchProfile makeProfile(const QString &name)
{
    LaunchProfile profile;
    profile.name = name;
    profile.arguments = { QStringLiteral("/usr/bin/true") };
    return profile;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList corruptCopies(const QString &folder)
{
    return QDir(folder).entryList(
        { QStringLiteral("profiles.json.corrupt-*") }, QDir::Files, QDir::Name);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void missingFileIsEmpty();
    void roundTrip();
    void fileIsIndentedJsonWithVersion();
    void createRejectsInvalid();
    void duplicateNameRejected_data();
    void duplicateNameRejected();
    void updateKeepsOwnName();
    void duplicateNaming();
    void removeProfile();
    void favourites();
    void unknownIdRejected();
    void profilesChangedEmitted();

    void corruptFileSetAside_data();
    void corruptFileSetAside();
    void corruptFileNeverOverwritten();
    void renameFailureBlocksSaving();
    void unreadableFileBlocksSaving();

private:
    QString filePath() const { return m_dir->filePath(QStringLiteral("nestbox/profiles.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::missingFileIsEmpty()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.lastError().isEmpty());
}

void TestProfileStore::roundTrip()
{
    LaunchProfile profile = makeProfile(QStringLiteral("Browser"));
    profile.iconName = QStringLiteral("firefox-esr");
    profile.arguments = { QStringLiteral("firefox-esr"), QStringLiteral("--private-window"),
        QStringLiteral("a \"quoted\" \\ argument") };
    profile.workingDirectory = QStringLiteral("/tmp");
    profile.environment = { { QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8") } };
    profile.exitPolicy = ExitPolicy::KeepWhileProcessesLive;
    profile.favourite = true;

    ProfileStore writer(filePath());
    QVERIFY(writer.load());
    const QString id = writer.create(profile);
    QVERIFY2(!id.isEmpty(), qPrintable(writer.lastError()));
    QVERIFY(writer.create(makeProfile(QStringLiteral("Terminal"))).size() > 0);

    ProfileStore reader(filePath());
    QVERIFY2(reader.load(), qPrintable(reader.lastError()));
    QCOMPARE(reader.profiles(), writer.profiles());
    profile.id = id;
    QCOMPARE(reader.profile(id), std::optional<LaunchProfile>(profile));
}

void TestProfileStore::fileIsIndentedJsonWithVersion()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    QVERIFY(!store.create(makeProfile(QStringLiteral("Editor"))).isEmpty());

    const QByteArray content = readFile(filePath());
    QVERIFY(content.contains("\"version\": 1"));
    QVERIFY(content.contains("\n        {"));
}

void TestProfileStore::createRejectsInvalid()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());

    LaunchProfile profile = makeProfile(QString());
    QVERIFY(store.create(profile).isEmpty());
    QVERIFY2(store.lastError().startsWith("Name:"), qPrintable(store.lastError()));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(filePath()));
}

void TestProfileStore::duplicateNameRejected_data()
{
    QTest::addColumn<QString>("secondName");

    QTest::newRow("same") << "Mail";
    QTest::newRow("other case") << "mail";
    QTest::newRow("surrounding spaces") << " Mail ";
}

void TestProfileStore::duplicateNameRejected()
{
    QFETCH(QString, secondName);

    ProfileStore store(filePath());
    QVERIFY(store.load());
    QVERIFY(!store.create(makeProfile(QStringLiteral("Mail"))).isEmpty());

    QVERIFY(store.create(makeProfile(secondName)).isEmpty());
    QVERIFY2(store.lastError().contains("already called \"Mail\""), qPrintable(store.lastError()));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::updateKeepsOwnName()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    const QString id = store.create(makeProfile(QStringLiteral("Mail")));

    LaunchProfile changed = *store.profile(id);
    changed.arguments.append(QStringLiteral("--compose"));
    QVERIFY2(store.update(changed), qPrintable(store.lastError()));
    QCOMPARE(store.profile(id)->arguments.size(), 2);

    ProfileStore reader(filePath());
    QVERIFY(reader.load());
    QCOMPARE(reader.profile(id), std::optional<LaunchProfile>(changed));
}

void TestProfileStore::duplicateNaming()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    LaunchProfile original = makeProfile(QStringLiteral("Shell"));
    original.favourite = true;
    const QString id = store.create(original);

    const QString first = store.duplicate(id);
    const QString second = store.duplicate(id);
    const QString ofCopy = store.duplicate(first);

    QCOMPARE(store.profile(first)->name, "Copy of Shell");
    QCOMPARE(store.profile(second)->name, "Copy of Shell (2)");
    QCOMPARE(store.profile(ofCopy)->name, "Copy of Copy of Shell");
    QCOMPARE(store.profile(first)->favourite, false);
    QCOMPARE(store.profile(first)->arguments, original.arguments);
    QVERIFY(first != id);
    QVERIFY(second != first);
}

void TestProfileStore::removeProfile()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    const QString keep = store.create(makeProfile(QStringLiteral("Keep")));
    const QString drop = store.create(makeProfile(QStringLiteral("Drop")));

    QVERIFY(store.remove(drop));
    QVERIFY(!store.profile(drop));

    ProfileStore reader(filePath());
    QVERIFY(reader.load());
    QCOMPARE(reader.profiles().size(), 1);
    QCOMPARE(reader.profiles().first().id, keep);
}

void TestProfileStore::favourites()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    const QString a = store.create(makeProfile(QStringLiteral("A")));
    store.create(makeProfile(QStringLiteral("B")));
    const QString c = store.create(makeProfile(QStringLiteral("C")));

    QVERIFY(store.favourites().isEmpty());
    QVERIFY(store.setFavourite(c, true));
    QVERIFY(store.setFavourite(a, true));

    ProfileStore reader(filePath());
    QVERIFY(reader.load());
    const QList<LaunchProfile> favourites = reader.favourites();
    QCOMPARE(favourites.size(), 2);
    QCOMPARE(favourites.at(0).id, a);
    QCOMPARE(favourites.at(1).id, c);

    QVERIFY(store.setFavourite(a, false));
    QCOMPARE(store.favourites().size(), 1);
}

void TestProfileStore::unknownIdRejected()
{
    ProfileStore store(filePath());
    QVERIFY(store.load());
    const QString missing = QStringLiteral("5e1b2c3d-0000-4000-8000-000000000000");

    QVERIFY(!store.remove(missing));
    QVERIFY(store.lastError().contains(missing));
    QVERIFY(!store.setFavourite(missing, true));
    QVERIFY(store.duplicate(missing).isEmpty());
    LaunchProfile profile = makeProfile(QStringLiteral("X"));
    profile.id = missing;
    QVERIFY(!store.update(profile));
}

void TestProfileStore::profilesChangedEmitted()
{
    ProfileStore store(filePath());
    QSignalSpy spy(&store, &ProfileStore::profilesChanged);
    QVERIFY(store.load());
    QCOMPARE(spy.size(), 1);

    const QString id = store.create(makeProfile(QStringLiteral("A")));
    QCOMPARE(spy.size(), 2);
    QVERIFY(store.create(makeProfile(QStringLiteral("A"))).isEmpty());
    QCOMPARE(spy.size(), 2);
    QVERIFY(store.setFavourite(id, true));
    QCOMPARE(spy.size(), 3);
}

void TestProfileStore::corruptFileSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    QTest::newRow("truncated JSON")
        << QByteArray("{\n  \"version\": 1,\n  \"profiles\": [\n    {\"name\": \"A\"")
        << "invalid JSON at line 4";
    QTest::newRow("not JSON") << QByteArray("name=Firefox\n") << "invalid JSON at line 1";
    QTest::newRow("top-level array") << QByteArray("[]") << "top level is not a JSON object";
    QTest::newRow("missing version") << QByteArray("{\"profiles\": []}") << "\"version\"";
    QTest::newRow("version string")
        << QByteArray("{\"version\": \"1\", \"profiles\": []}") << "\"version\" must be a number";
    QTest::newRow("unknown version")
        << QByteArray("{\"version\": 2, \"profiles\": []}") << "unknown version 2";
    QTest::newRow("profiles object")
        << QByteArray("{\"version\": 1, \"profiles\": {}}") << "\"profiles\" must be an array";
    QTest::newRow("profile not object")
        << QByteArray("{\"version\": 1, \"profiles\": [\"A\"]}") << "profile 1 is not";
    QTest::newRow("wrong field type")
        << QByteArray("{\"version\": 1, \"profiles\": [{\"name\": \"A\"}, {\"name\": 7}]}")
        << "profile 2: \"name\" must be a string";
    QTest::newRow("bad id") << QByteArray("{\"version\": 1, \"profiles\": [{\"id\": \"abc\"}]}")
                            << "not a UUID";
    QTest::newRow("duplicate id") << QByteArray(
        "{\"version\": 1, \"profiles\": ["
        "{\"id\": \"5e1b2c3d-0000-4000-8000-000000000001\"},"
        "{\"id\": \"5e1b2c3d-0000-4000-8000-000000000001\"}]}")
                                  << "used by an earlier profile";
}

void TestProfileStore::corruptFileSetAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);

    QVERIFY(QDir().mkpath(QFileInfo(filePath()).path()));
    writeFile(filePath(), content);

    ProfileStore store(filePath());
    QVERIFY(!store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY2(store.lastError().contains(filePath()), qPrintable(store.lastError()));
    QVERIFY2(store.lastError().contains(problem), qPrintable(store.lastError()));

    const QStringList copies = corruptCopies(QFileInfo(filePath()).path());
    QCOMPARE(copies.size(), 1);
    QVERIFY2(QRegularExpression("^profiles\\.json\\.corrupt-\\d{8}-\\d{6}$")
                 .match(copies.first())
                 .hasMatch(),
        qPrintable(copies.first()));
    QVERIFY2(store.lastError().contains(copies.first()), qPrintable(store.lastError()));
    QCOMPARE(readFile(QFileInfo(filePath()).path() + u'/' + copies.first()), content);
    QVERIFY(!QFile::exists(filePath()));

    // The store is usable again: a new file is written next to the kept copy.
    QVERIFY2(!store.create(makeProfile(QStringLiteral("Fresh"))).isEmpty(),
        qPrintable(store.lastError()));
    QVERIFY(QFile::exists(filePath()));
}

void TestProfileStore::corruptFileNeverOverwritten()
{
    const QString folder = QFileInfo(filePath()).path();
    QVERIFY(QDir().mkpath(folder));

    // Three corrupt files within the same second must give three distinct copies.
    for (const QByteArray &content : { QByteArray("one"), QByteArray("two"), QByteArray("three") }) {
        writeFile(filePath(), content);
        ProfileStore store(filePath());
        QVERIFY(!store.load());
    }

    const QStringList copies = corruptCopies(folder);
    QCOMPARE(copies.size(), 3);
    QStringList contents;
    for (const QString &copy : copies) {
        contents.append(QString::fromUtf8(readFile(folder + u'/' + copy)));
    }
    contents.sort();
    QCOMPARE(contents, QStringList({ "one", "three", "two" }));
}

void TestProfileStore::renameFailureBlocksSaving()
{
    if (geteuid() == 0) {
        QSKIP("root ignores the folder permissions this test relies on");
    }

    const QString folder = QFileInfo(filePath()).path();
    QVERIFY(QDir().mkpath(folder));
    writeFile(filePath(), "not json");
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));

    ProfileStore store(filePath());
    QVERIFY(!store.load());
    QVERIFY2(store.lastError().contains("could not be renamed"), qPrintable(store.lastError()));
    QVERIFY(store.create(makeProfile(QStringLiteral("A"))).isEmpty());
    QVERIFY2(store.lastError().contains("not saved"), qPrintable(store.lastError()));

    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(readFile(filePath()), QByteArray("not json"));
}

void TestProfileStore::unreadableFileBlocksSaving()
{
    // A folder in place of the file cannot be opened for reading, even by root.
    QVERIFY(QDir().mkpath(filePath()));

    ProfileStore store(filePath());
    QVERIFY(!store.load());
    QVERIFY2(store.lastError().contains(filePath()), qPrintable(store.lastError()));
    QVERIFY(corruptCopies(QFileInfo(filePath()).path()).isEmpty());

    QVERIFY(store.create(makeProfile(QStringLiteral("A"))).isEmpty());
    QVERIFY2(store.lastError().contains("not saved"), qPrintable(store.lastError()));
    QVERIFY(QFileInfo(filePath()).isDir());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
