// SPDX-License-Identifier: GPL-3.0-or-later
// Everything nestbox-init needs for one launch, built before the clone so that the child between
// clone and execve has nothing left to compute or allocate.
#pragma once

#include "launchrequest.h"

#include <array>
#include <QString>
#include <string>
#include <sys/types.h>
#include <vector>

namespace nestbox {

struct LaunchPlan
{
    uid_t uid = 0;
    QStringList command; ///< the request's arguments, kept for NamespaceInfo and signals
    QString workingDirectory; ///< the request's, else the user's home, named in chdir errors
    std::string initPath;
    std::vector<std::string> initArguments; ///< argv of nestbox-init, argv[0] included
    std::vector<std::string> environment; ///< "KEY=value" for init and the app
    /// The caller's stdin, stdout and stderr for the app, or -1 each for /dev/null. They belong
    /// to the D-Bus message and are valid only until LaunchedNamespace::launch returns.
    std::array<int, 3> stdioFds { -1, -1, -1 };
};

/// Runs as root. Looks up the passwd entry and the supplementary groups of uid and builds the
/// nestbox-init command line, which carries the request's exit policy, and the app's environment
/// (HOME, USER, LOGNAME, SHELL, a fixed PATH and the request's allow-listed keys). request must
/// have passed validateLaunchRequest. Returns false with error set when uid has no passwd entry or
/// its groups cannot be read.
bool prepareLaunchPlan(const LaunchRequest &request, uid_t uid, const std::string &initPath,
    LaunchPlan &plan, QString &error);

/// Hands the app the three descriptors instead of /dev/null: records them in plan and adds
/// --attached to the init's command line, which tells it to find them on fds 4, 5 and 6.
void attachStdio(LaunchPlan &plan, const std::array<int, 3> &stdioFds);

/// Makes a NULL-terminated pointer array over strings for execve; the strings must outlive it.
std::vector<char *> toExecArray(std::vector<std::string> &strings);

} // namespace nestbox
