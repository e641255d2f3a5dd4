// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchplan.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace nestbox {
namespace {

// The app's PATH is fixed, so a client cannot steer the command lookup into its own folders
// through the environment; an absolute argument 0 still works.
constexpr char fixedPath[] = "PATH=/usr/local/bin:/usr/bin:/bin";

struct PasswdEntry
{
    std::string name;
    std::string home;
    std::string shell;
    gid_t gid = 0;
};

bool lookUpPasswd(uid_t uid, PasswdEntry &entry, QString &error)
{
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(bufferSize > 0 ? bufferSize : 16384);
    passwd record {};
    passwd *found = nullptr;

    int status;
    while ((status = getpwuid_r(uid, &record, buffer.data(), buffer.size(), &found)) == ERANGE) {
        buffer.resize(buffer.size() * 2);
    }
    if (status != 0 || !found) {
        error = QStringLiteral("no passwd entry for uid %1%2")
                    .arg(uid)
                    .arg(status ? QStringLiteral(": ") + QString::fromLocal8Bit(strerror(status))
                                : QString());
        return false;
    }

    entry = { record.pw_name, record.pw_dir, record.pw_shell, record.pw_gid };
    return true;
}

bool lookUpGroups(const PasswdEntry &entry, std::vector<gid_t> &groups, QString &error)
{
    int count = 32;
    groups.resize(count);
    while (getgrouplist(entry.name.c_str(), entry.gid, groups.data(), &count) < 0) {
        if (count <= static_cast<int>(groups.size()) || count > 65536) {
            error = QStringLiteral("cannot read the groups of user %1")
                        .arg(QString::fromStdString(entry.name));
            return false;
        }
        groups.resize(count);
    }
    groups.resize(count);
    return true;
}

std::string joinGroups(const std::vector<gid_t> &groups)
{
    std::string joined;
    for (const gid_t group : groups) {
        if (!joined.empty()) {
            joined += ',';
        }
        joined += std::to_string(group);
    }
    return joined;
}

} // namespace

bool prepareLaunchPlan(const LaunchRequest &request, uid_t uid, const std::string &initPath,
    LaunchPlan &plan, QString &error)
{
    PasswdEntry entry;
    std::vector<gid_t> groups;
    if (!lookUpPasswd(uid, entry, error) || !lookUpGroups(entry, groups, error)) {
        return false;
    }

    plan.uid = uid;
    plan.command = request.arguments;
    plan.workingDirectory = !request.workingDirectory.isEmpty()
        ? request.workingDirectory
        : QString::fromStdString(entry.home);
    plan.initPath = initPath;
    plan.initArguments
        = { "nestbox-init", "--uid", std::to_string(uid), "--gid", std::to_string(entry.gid),
              "--groups", joinGroups(groups), "--cwd", request.workingDirectory.toStdString() };
    if (request.exitPolicy == NamespaceExitPolicy::KeepWhileProcessesLive) {
        plan.initArguments.push_back("--keep-while-processes-live");
    }
    plan.initArguments.push_back("--");
    for (const QString &argument : request.arguments) {
        plan.initArguments.push_back(argument.toStdString());
    }

    plan.environment = { "HOME=" + entry.home, "USER=" + entry.name, "LOGNAME=" + entry.name,
        "SHELL=" + entry.shell, fixedPath };
    for (auto variable = request.environment.cbegin(); variable != request.environment.cend();
         ++variable) {
        plan.environment.push_back((variable.key() + u'=' + variable.value()).toStdString());
    }
    return true;
}

void attachStdio(LaunchPlan &plan, const std::array<int, 3> &stdioFds)
{
    plan.stdioFds = stdioFds;
    const auto separator = std::find(plan.initArguments.begin(), plan.initArguments.end(), "--");
    plan.initArguments.insert(separator, "--attached");
}

std::vector<char *> toExecArray(std::vector<std::string> &strings)
{
    std::vector<char *> pointers;
    pointers.reserve(strings.size() + 1);
    for (std::string &text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

} // namespace nestbox
