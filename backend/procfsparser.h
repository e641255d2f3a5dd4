// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers for the text of /proc/PID/stat, status, cmdline and the ns/pid link. They work on byte
// strings and do no I/O, so that ProcReader stays about file handling and fuzzers can call them.
#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>
#include <string_view>

namespace nestbox::procfs {

/// The fields of /proc/PID/stat that ProcessInfo carries.
struct StatFields
{
    QString name; ///< comm, decoded as UTF-8 with invalid bytes replaced
    char state = '?';
    qint32 parentPid = 0;
    quint64 cpuTicks = 0; ///< utime + stime
    qint32 threadCount = 0;
    quint64 startTime = 0;
    quint64 residentPages = 0;
};

/// The fields of /proc/PID/status that ProcessInfo carries.
struct StatusFields
{
    quint32 uid = 0; ///< real uid, the first value of the "Uid:" line
    QList<qint32> namespacePids; ///< the "NSpid:" line, outermost first
};

/// Parses one stat line. The name is taken between the first "(" and the last ")", because comm
/// may itself contain spaces, parentheses and newlines. Returns nothing when a field is missing
/// or is not a number.
std::optional<StatFields> parseStat(std::string_view text);

/// Parses the "Uid:" and "NSpid:" lines of status. Returns nothing when either is missing or
/// malformed.
std::optional<StatusFields> parseStatus(std::string_view text);

/// Splits cmdline at NUL bytes. The NUL that ends the last argument does not add an empty one,
/// but empty arguments between two NULs are kept.
QStringList parseCmdline(std::string_view text);

/// Parses the target of an ns/pid link, "pid:[4026531836]", into the inode number, or returns 0.
quint64 parseNamespaceLink(std::string_view text);

} // namespace nestbox::procfs
