// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper for tst_atomicsave: saves the two large profile lists to the path in argv[1], in
// turn and without end, starting with the variant in argv[2] ("A" or "B"), until it is killed.
// Prints "ready" once both lists are built, and "saved" after each save.
#include "largeprofileset.h"
#include "profilefile.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QByteArray first = argc == 3 ? QByteArray(argv[2]) : QByteArray();
    if (first != "A" && first != "B") {
        QTextStream(stderr) << "usage: profilesaver PROFILES_JSON_PATH A|B\n";
        return 2;
    }

    const QString path = QString::fromLocal8Bit(argv[1]);
    const QList<nestbox::LaunchProfile> variants[] = { largeProfileSet('A'), largeProfileSet('B') };
    QTextStream(stdout) << "ready\n" << Qt::flush;

    for (int round = first == "A" ? 0 : 1;; ++round) {
        QString error;
        if (!nestbox::profilefile::write(path, variants[round % 2], &error)) {
            QTextStream(stderr) << "profilesaver: " << error << '\n';
            return 1;
        }
        QTextStream(stdout) << "saved\n" << Qt::flush;
    }
}
