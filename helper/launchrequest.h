// SPDX-License-Identifier: GPL-3.0-or-later
// A Launch request from a client, and the checks it must pass before anything runs as root.
#pragma once

#include "dbustypes.h"

#include <array>
#include <optional>
#include <QDBusUnixFileDescriptor>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace nestbox {

/// When a launched namespace ends: the exitPolicy option of LaunchWithOptions.
enum class NamespaceExitPolicy {
    EndWithApp, ///< "end-with-app": init exits with the app and the kernel kills the rest
    KeepWhileProcessesLive, ///< "keep-while-processes-live": init exits with the last process
};

struct LaunchRequest
{
    QStringList arguments;
    QString workingDirectory;
    EnvironmentMap environment;
    NamespaceExitPolicy exitPolicy = NamespaceExitPolicy::EndWithApp;
};

/// The options of LaunchWithOptions, each with the value Launch implies when its key is absent.
struct LaunchOptions
{
    NamespaceExitPolicy exitPolicy = NamespaceExitPolicy::EndWithApp;
    /// The app's stdin, stdout and stderr; empty means /dev/null for all three.
    std::optional<std::array<QDBusUnixFileDescriptor, 3>> stdio;
};

inline constexpr int maxLaunchArguments = 256;
inline constexpr qsizetype maxLaunchArgumentBytes = 64 * 1024; ///< all arguments, UTF-8
inline constexpr qsizetype maxWorkingDirectoryBytes = 4096;
inline constexpr qsizetype maxEnvironmentValueBytes = 1024;

/// Checks only the sizes, so an oversized request is rejected before polkit is asked.
/// Returns an empty string when the request passes, or the reason it does not.
QString checkLaunchRequestShape(const LaunchRequest &request);

/// Parses the a{sv} options of LaunchWithOptions into parsed. Returns an empty string when every
/// key is known and every value valid, or a message naming the offending key or value.
QString parseLaunchOptions(const QVariantMap &options, LaunchOptions &parsed);

/// Checks the whole request for a caller with uid callerUid: sizes, NUL and control characters,
/// an absolute working directory, and each environment key against the allow-list with a check
/// of its value. Returns an empty string when the request passes, or a message that names the
/// offending argument index or environment key.
QString validateLaunchRequest(const LaunchRequest &request, uint callerUid);

} // namespace nestbox
