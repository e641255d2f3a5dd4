// SPDX-License-Identifier: GPL-3.0-or-later
// The two large profile lists that profilesaver writes in turn and tst_atomicsave expects.
#pragma once

#include "launchprofile.h"

#include <QList>
#include <QUuid>

// About 1 MB of JSON, so that a save takes long enough for a kill to land in the middle of it.
// Every profile differs between the variants, so a file mixing the two cannot pass as either.
inline QList<nestbox::LaunchProfile> largeProfileSet(char variant)
{
    constexpr int count = 2000;
    QList<nestbox::LaunchProfile> profiles;
    profiles.reserve(count);
    for (int i = 0; i < count; ++i) {
        nestbox::LaunchProfile profile;
        profile.id = QUuid::fromString(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
                         .toString(QUuid::WithoutBraces);
        profile.name = QStringLiteral("Profile %1 variant %2").arg(i).arg(QLatin1Char(variant));
        profile.arguments = { QStringLiteral("/usr/bin/app-%1").arg(QLatin1Char(variant)),
            QStringLiteral("--index=%1").arg(i), QString(200, QLatin1Char(variant)) };
        profile.workingDirectory = QStringLiteral("/srv/%1").arg(QLatin1Char(variant));
        profile.favourite = variant == 'B';
        profiles.append(profile);
    }
    return profiles;
}
