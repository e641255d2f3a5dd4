// SPDX-License-Identifier: GPL-3.0-or-later
// userName: a cached getpwuid_r lookup; a process list repeats the same few uids many times.
#include "usernames.h"

#include <pwd.h>
#include <QHash>
#include <unistd.h>
#include <vector>

namespace nestbox {

namespace {

QString lookUpUserName(quint32 uid)
{
    long bufferSize = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufferSize <= 0)
        bufferSize = 16384;

    std::vector<char> buffer(static_cast<size_t>(bufferSize));
    passwd entry {};
    passwd *result = nullptr;
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &result) != 0 || !result)
        return QString::number(uid);
    return QString::fromLocal8Bit(result->pw_name);
}

} // namespace

QString userName(quint32 uid)
{
    static QHash<quint32, QString> cache;
    auto found = cache.constFind(uid);
    if (found != cache.constEnd())
        return *found;
    return *cache.insert(uid, lookUpUserName(uid));
}

} // namespace nestbox
