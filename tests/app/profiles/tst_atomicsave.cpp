// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process with SIGKILL while it saves a large profile file over and over, and checks that
// the file left behind is always one complete version, never a mix or a truncated one.
#include "largeprofileset.h"
#include "profilefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestAtomicSave : public QObject
{
    Q_OBJECT

private slots:
    void killDuringSave();
};

void TestAtomicSave::killDuringSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));

    const QByteArray versionA = nestbox::profilefile::serialize(largeProfileSet('A'));
    const QByteArray versionB = nestbox::profilefile::serialize(largeProfileSet('B'));
    QString error;
    QElapsedTimer saveClock;
    saveClock.start();
    QVERIFY2(nestbox::profilefile::write(path, largeProfileSet('A'), &error), qPrintable(error));
    const qint64 saveMs = saveClock.elapsed();
    // Kill moments spread over about three saves, so that most land inside one.
    const int maxKillDelay = int(std::clamp<qint64>(3 * saveMs, 5, 60));

    constexpr int rounds = 50;
    // A fixed seed makes a failure reproducible; the kill moments still vary with timing.
    QRandomGenerator random(20261204);
    QElapsedTimer clock;
    clock.start();
    int changes = 0;
    int killsAfterASave = 0;

    for (int round = 0; round < rounds; ++round) {
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const bool onDiskIsA = before.readAll() == versionA;
        before.close();

        // The saver first writes the other version, so even its first save is a real change.
        QProcess saver;
        saver.start(QStringLiteral(PROFILESAVER_PATH),
            { path, onDiskIsA ? QStringLiteral("B") : QStringLiteral("A") });
        QVERIFY2(saver.waitForReadyRead(5000), qPrintable(saver.errorString()));
        QCOMPARE(saver.readLine(), QByteArray("ready\n"));

        // Every other round waits for a finished save, so the saver is in its loop of
        // back-to-back saves when it is killed: such a kill lands inside a save however loaded
        // the machine is. The other rounds may also kill it before its first save.
        if (round % 2 == 1) {
            QVERIFY(QTest::qWaitFor([&saver] { return saver.canReadLine(); }, 10000));
            ++killsAfterASave;
        }
        QTest::qSleep(int(random.bounded(1, maxKillDelay + 1)));
        QCOMPARE(saver.state(), QProcess::Running);
        saver.kill();
        QVERIFY(saver.waitForFinished(5000));
        QCOMPARE(saver.exitStatus(), QProcess::CrashExit);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content == versionA || content == versionB,
            qPrintable(QStringLiteral("round %1: %2 bytes that match neither version")
                           .arg(round)
                           .arg(content.size())));
        QVERIFY2(nestbox::profilefile::parse(content, &error), qPrintable(error));
        changes += (content == versionA) != onDiskIsA ? 1 : 0;
    }

    qInfo("%d of %d kills came during the saver's loop, %d found a new version; a save took "
          "%lld ms; the test took %lld ms",
        killsAfterASave, rounds, changes, saveMs, clock.elapsed());

    // QSaveFile writes to an unnamed O_TMPFILE file, but Qt 6.4 commits it by linking it as
    // profiles.json.XXXXXX and renaming that over the target, so a kill between the two steps
    // leaves that file behind. Nothing else may be left.
    const QRegularExpression tempName(QStringLiteral("^profiles\\.json\\.[A-Za-z0-9]{6}$"));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY2(name == QStringLiteral("profiles.json") || tempName.match(name).hasMatch(),
            qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "tst_atomicsave.moc"
