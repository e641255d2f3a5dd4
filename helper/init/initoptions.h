// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of nestbox-init, which carries everything the helper decided before the clone:
//   nestbox-init --uid U --gid G --groups G1,G2 --cwd DIR [--attached]
//                [--keep-while-processes-live] -- COMMAND [ARGUMENT...]
#pragma once

#include <string>
#include <sys/types.h>
#include <vector>

namespace nestbox::init {

struct InitOptions
{
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups; ///< supplementary groups; may be empty
    std::string workingDirectory; ///< empty: the user's HOME from the environment
    bool attached = false; ///< fds 4, 5 and 6 hold the app's stdin, stdout and stderr
    /// Init outlives the app until every process in the namespace has exited, instead of
    /// exiting with the app and so letting the kernel kill the rest.
    bool keepWhileProcessesLive = false;
    std::vector<std::string> command; ///< never empty after a successful parse
};

/// Parses argv strictly: every option at most once, each but the two flags (--attached and
/// --keep-while-processes-live) required, numbers are plain decimal without sign or spaces, and the
/// id -1 is rejected. On failure returns false and sets
/// error to a message naming the wrong option or value.
bool parseInitOptions(int argc, const char *const *argv, InitOptions &options, std::string &error);

} // namespace nestbox::init
