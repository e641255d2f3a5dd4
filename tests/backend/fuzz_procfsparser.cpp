// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point that feeds arbitrary bytes to every procfs text parser. Besides crashes
// and sanitizer reports, it traps when a parser returns a result that breaks its contract.
#include "procfsparser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void checkStatus(std::string_view text)
{
    const auto status = nestbox::procfs::parseStatus(text);
    if (!status) {
        return;
    }

    // Callers index namespacePids.first() and rely on every PID being positive.
    if (status->namespacePids.isEmpty()) {
        __builtin_trap();
    }
    for (const qint32 pid : status->namespacePids) {
        if (pid <= 0) {
            __builtin_trap();
        }
    }
}

void checkCmdline(std::string_view text)
{
    // Every NUL but a final one separates two arguments.
    const QStringList arguments = nestbox::procfs::parseCmdline(text);
    std::size_t separators = 0;
    for (const char byte : text) {
        separators += byte == '\0' ? 1 : 0;
    }
    if (text.ends_with('\0')) {
        --separators;
    }

    const std::size_t expected
        = text.empty() || text == std::string_view("\0", 1) ? 0 : separators + 1;
    if (std::size_t(arguments.size()) != expected) {
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);

    nestbox::procfs::parseStat(text);
    nestbox::procfs::parseNamespaceLink(text);
    checkStatus(text);
    checkCmdline(text);
    return 0;
}
