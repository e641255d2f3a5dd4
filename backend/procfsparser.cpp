// SPDX-License-Identifier: GPL-3.0-or-later
#include "procfsparser.h"

#include <array>
#include <charconv>

namespace nestbox::procfs {
namespace {

// Field numbers as proc(5) counts them: field 1 is the PID, field 2 the name in parentheses.
constexpr std::size_t firstFieldAfterName = 3;
constexpr std::size_t stateField = 3;
constexpr std::size_t parentPidField = 4;
constexpr std::size_t userTimeField = 14;
constexpr std::size_t systemTimeField = 15;
constexpr std::size_t threadCountField = 20;
constexpr std::size_t startTimeField = 22;
constexpr std::size_t residentPagesField = 24;

template <typename Number> std::optional<Number> parseNumber(std::string_view token)
{
    Number value {};
    const char *end = token.data() + token.size();
    const auto [parsedEnd, error] = std::from_chars(token.data(), end, value);
    if (token.empty() || error != std::errc {} || parsedEnd != end) {
        return std::nullopt;
    }
    return value;
}

// Splits text at any of separators, skipping empty pieces, into at most fields.size() pieces.
// Returns the number of pieces found.
template <std::size_t Count>
std::size_t splitFields(
    std::string_view text, std::string_view separators, std::array<std::string_view, Count> &fields)
{
    std::size_t count = 0;
    std::size_t position = text.find_first_not_of(separators);

    while (position != std::string_view::npos && count < Count) {
        const std::size_t end = text.find_first_of(separators, position);
        fields[count++] = text.substr(position, end - position);
        position = text.find_first_not_of(separators, end);
    }
    return count;
}

// Returns the rest of the line that starts with key, or nothing when no line does.
std::optional<std::string_view> findStatusLine(std::string_view text, std::string_view key)
{
    std::size_t lineStart = 0;

    while (lineStart < text.size()) {
        std::size_t lineEnd = text.find('\n', lineStart);
        if (lineEnd == std::string_view::npos) {
            lineEnd = text.size();
        }

        const std::string_view line = text.substr(lineStart, lineEnd - lineStart);
        if (line.starts_with(key)) {
            return line.substr(key.size());
        }
        lineStart = lineEnd + 1;
    }
    return std::nullopt;
}

std::optional<QList<qint32>> parseNamespacePids(std::string_view values)
{
    // One PID per nesting level; 32 levels is the kernel's limit (MAX_PID_NS_LEVEL).
    std::array<std::string_view, 33> tokens;
    const std::size_t count = splitFields(values, " \t", tokens);
    if (count == 0 || count == tokens.size()) {
        return std::nullopt;
    }

    QList<qint32> pids;
    pids.reserve(qsizetype(count));
    for (std::size_t i = 0; i < count; ++i) {
        const auto pid = parseNumber<qint32>(tokens[i]);
        if (!pid || *pid <= 0) {
            return std::nullopt;
        }
        pids.append(*pid);
    }
    return pids;
}

} // namespace

std::optional<StatFields> parseStat(std::string_view text)
{
    const std::size_t nameStart = text.find('(');
    const std::size_t nameEnd = text.rfind(')');
    if (nameStart == std::string_view::npos || nameEnd == std::string_view::npos
        || nameEnd < nameStart) {
        return std::nullopt;
    }

    constexpr std::size_t neededCount = residentPagesField - firstFieldAfterName + 1;
    std::array<std::string_view, neededCount> fields;
    if (splitFields(text.substr(nameEnd + 1), " \n", fields) < neededCount) {
        return std::nullopt;
    }
    const auto field = [&fields](std::size_t number) {
        return fields[number - firstFieldAfterName];
    };

    const std::string_view state = field(stateField);
    const auto parentPid = parseNumber<qint32>(field(parentPidField));
    const auto userTime = parseNumber<quint64>(field(userTimeField));
    const auto systemTime = parseNumber<quint64>(field(systemTimeField));
    const auto threadCount = parseNumber<qint32>(field(threadCountField));
    const auto startTime = parseNumber<quint64>(field(startTimeField));
    const auto residentPages = parseNumber<quint64>(field(residentPagesField));
    if (state.size() != 1 || !parentPid || !userTime || !systemTime || !threadCount || !startTime
        || !residentPages) {
        return std::nullopt;
    }

    const std::string_view name = text.substr(nameStart + 1, nameEnd - nameStart - 1);
    return StatFields {
        .name = QString::fromUtf8(name.data(), qsizetype(name.size())),
        .state = state.front(),
        .parentPid = *parentPid,
        .cpuTicks = *userTime + *systemTime,
        .threadCount = *threadCount,
        .startTime = *startTime,
        .residentPages = *residentPages,
    };
}

std::optional<StatusFields> parseStatus(std::string_view text)
{
    const auto uidLine = findStatusLine(text, "Uid:");
    const auto namespacePidsLine = findStatusLine(text, "NSpid:");
    if (!uidLine || !namespacePidsLine) {
        return std::nullopt;
    }

    // The Uid line lists the real, effective, saved and filesystem uid, in that order.
    std::array<std::string_view, 4> uids;
    if (splitFields(*uidLine, " \t", uids) != uids.size()) {
        return std::nullopt;
    }
    const auto realUid = parseNumber<quint32>(uids.front());
    auto namespacePids = parseNamespacePids(*namespacePidsLine);
    if (!realUid || !namespacePids) {
        return std::nullopt;
    }

    return StatusFields { .uid = *realUid, .namespacePids = std::move(*namespacePids) };
}

QStringList parseCmdline(std::string_view text)
{
    if (text.ends_with('\0')) {
        text.remove_suffix(1);
    }
    if (text.empty()) {
        return {};
    }

    QStringList arguments;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\0', start);
        const std::string_view argument = text.substr(start, end - start);
        arguments.append(QString::fromUtf8(argument.data(), qsizetype(argument.size())));
        if (end == std::string_view::npos) {
            return arguments;
        }
        start = end + 1;
    }
}

quint64 parseNamespaceLink(std::string_view text)
{
    constexpr std::string_view prefix = "pid:[";
    if (!text.starts_with(prefix) || !text.ends_with(']')) {
        return 0;
    }

    text.remove_prefix(prefix.size());
    text.remove_suffix(1);
    return parseNumber<quint64>(text).value_or(0);
}

} // namespace nestbox::procfs
