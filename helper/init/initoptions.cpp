// SPDX-License-Identifier: GPL-3.0-or-later
#include "initoptions.h"

#include <charconv>
#include <cstdint>
#include <limits>
#include <set>
#include <string_view>

namespace nestbox::init {
namespace {

// uid_t and gid_t are both 32-bit unsigned; (uint32_t)-1 means "no change" to setresuid, so it
// is never a valid target id.
bool parseId(std::string_view text, std::uint32_t &id)
{
    if (text.empty() || text.front() < '0' || text.front() > '9') {
        return false;
    }

    const char *end = text.data() + text.size();
    const auto [last, status] = std::from_chars(text.data(), end, id);
    return status == std::errc() && last == end && id != std::numeric_limits<std::uint32_t>::max();
}

bool parseGroups(std::string_view text, std::vector<gid_t> &groups)
{
    groups.clear();
    if (text.empty()) {
        return true;
    }

    while (true) {
        const std::size_t comma = text.find(',');
        std::uint32_t group = 0;
        if (!parseId(text.substr(0, comma), group)) {
            return false;
        }
        groups.push_back(group);

        if (comma == std::string_view::npos) {
            return true;
        }
        text.remove_prefix(comma + 1);
    }
}

bool applyOption(std::string_view name, std::string_view value, InitOptions &options)
{
    if (name == "--uid") {
        return parseId(value, options.uid);
    }
    if (name == "--gid") {
        return parseId(value, options.gid);
    }
    if (name == "--groups") {
        return parseGroups(value, options.groups);
    }
    if (name == "--cwd") {
        options.workingDirectory = value;
        return value.empty() || value.front() == '/';
    }
    return false;
}

} // namespace

bool parseInitOptions(int argc, const char *const *argv, InitOptions &options, std::string &error)
{
    const std::set<std::string_view> required = { "--uid", "--gid", "--groups", "--cwd" };
    std::set<std::string_view> seen;

    int index = 1;
    while (index < argc) {
        const std::string_view name = argv[index];
        if (name == "--") {
            break;
        }
        const bool isFlag = name == "--attached" || name == "--keep-while-processes-live";
        if (!(required.contains(name) || isFlag) || seen.contains(name)) {
            error = "unknown or repeated option '" + std::string(name) + "'";
            return false;
        }
        seen.insert(name);
        if (isFlag) {
            bool &flag = name == "--attached" ? options.attached : options.keepWhileProcessesLive;
            flag = true;
            ++index;
            continue;
        }
        if (index + 1 >= argc) {
            error = "missing value for " + std::string(name);
            return false;
        }
        if (!applyOption(name, argv[index + 1], options)) {
            error = "invalid value '" + std::string(argv[index + 1]) + "' for " + std::string(name);
            return false;
        }
        index += 2;
    }

    seen.erase("--attached");
    seen.erase("--keep-while-processes-live");
    if (seen != required) {
        error = "missing option: --uid, --gid, --groups and --cwd are all required";
        return false;
    }
    if (index + 1 >= argc) {
        error = "missing command after '--'";
        return false;
    }

    options.command.assign(argv + index + 1, argv + argc);
    return true;
}

} // namespace nestbox::init
