// SPDX-License-Identifier: GPL-3.0-or-later
// A Launch request from a client, and the checks it must pass before anything runs as root.
#pragma once

#include "dbustypes.h"

#include <QString>
#include <QStringList>

namespace nestbox {

struct LaunchRequest
{
    QStringList arguments;
    QString workingDirectory;
    EnvironmentMap environment;
};

inline constexpr int maxLaunchArguments = 256;
inline constexpr qsizetype maxLaunchArgumentBytes = 64 * 1024; ///< all arguments, UTF-8
inline constexpr qsizetype maxWorkingDirectoryBytes = 4096;
inline constexpr qsizetype maxEnvironmentValueBytes = 1024;

/// Checks only the sizes, so an oversized request is rejected before polkit is asked.
/// Returns an empty string when the request passes, or the reason it does not.
QString checkLaunchRequestShape(const LaunchRequest &request);

/// Checks the whole request for a caller with uid callerUid: sizes, NUL and control characters,
/// an absolute working directory, and each environment key against the allow-list with a check
/// of its value. Returns an empty string when the request passes, or a message that names the
/// offending argument index or environment key.
QString validateLaunchRequest(const LaunchRequest &request, uint callerUid);

} // namespace nestbox
