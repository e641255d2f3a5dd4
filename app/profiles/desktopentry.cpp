// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopentry.h"

#include "desktopexec.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace nestbox {
namespace {

const QString desktopEntryGroup = QStringLiteral("Desktop Entry");

// An estimate with a wide margin: the largest entry on a Debian 12 machine with vim and htop is
// 5.6 KB. The limit keeps a stray large file in an applications folder out of memory.
constexpr qint64 maxDesktopFileSize = 1024 * 1024;

// Undoes the escapes of the specification's string type. Any other backslash pair is kept as it
// is, so that the Exec quoting rules still see \" and \$.
QString unescapeValue(const QString &raw)
{
    QString value;
    value.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c != u'\\' || i + 1 == raw.size()) {
            value.append(c);
            continue;
        }

        const QChar next = raw.at(++i);
        switch (next.unicode()) {
        case u's':
            value.append(u' ');
            break;
        case u'n':
            value.append(u'\n');
            break;
        case u't':
            value.append(u'\t');
            break;
        case u'r':
            value.append(u'\r');
            break;
        case u'\\':
            value.append(u'\\');
            break;
        default:
            value.append(c);
            value.append(next);
        }
    }
    return value;
}

// Reads the key=value lines of the [Desktop Entry] group. Returns nothing when the group is
// missing.
std::optional<QHash<QString, QString>> readGroup(const QString &text)
{
    QHash<QString, QString> keys;
    bool inGroup = false;
    bool groupFound = false;

    for (const QStringView rawLine : QStringView(text).split(u'\n')) {
        const QStringView line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            inGroup = line.sliced(1, line.size() - 2) == desktopEntryGroup;
            groupFound = groupFound || inGroup;
            continue;
        }

        const qsizetype equals = line.indexOf(u'=');
        if (!inGroup || equals <= 0) {
            continue;
        }
        keys.insert(
            line.first(equals).trimmed().toString(), line.sliced(equals + 1).trimmed().toString());
    }

    if (!groupFound) {
        return std::nullopt;
    }
    return keys;
}

// Returns the Name[...] suffixes to try, most specific first, for a name such as
// "sr_RS.UTF-8@latin": sr_RS@latin, sr_RS, sr@latin, sr.
QStringList localeCandidates(const QString &localeName)
{
    QString rest = localeName;
    QString modifier;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        modifier = rest.sliced(at + 1);
        rest.truncate(at);
    }
    const qsizetype dot = rest.indexOf(u'.');
    if (dot >= 0) {
        rest.truncate(dot);
    }
    const QString language = rest.section(u'_', 0, 0);
    const QString country = rest.contains(u'_') ? rest.section(u'_', 1) : QString();

    QStringList candidates;
    if (!country.isEmpty() && !modifier.isEmpty()) {
        candidates.append(language + u'_' + country + u'@' + modifier);
    }
    if (!country.isEmpty()) {
        candidates.append(language + u'_' + country);
    }
    if (!modifier.isEmpty()) {
        candidates.append(language + u'@' + modifier);
    }
    if (!language.isEmpty()) {
        candidates.append(language);
    }
    return candidates;
}

QString localizedValue(
    const QHash<QString, QString> &keys, const QString &key, const QString &localeName)
{
    for (const QString &locale : localeCandidates(localeName)) {
        const auto it = keys.constFind(key + u'[' + locale + u']');
        if (it != keys.constEnd()) {
            return unescapeValue(*it);
        }
    }
    return unescapeValue(keys.value(key));
}

bool isTrue(const QHash<QString, QString> &keys, const QString &key)
{
    return keys.value(key) == QLatin1String("true");
}

// The desktop file ID is the path below the applications folder with '/' replaced by '-'.
QString desktopFileId(const QDir &applicationDir, const QString &path)
{
    return applicationDir.relativeFilePath(path).replace(u'/', u'-');
}

bool isListed(const DesktopEntry &entry)
{
    return entry.type == QLatin1String("Application") && !entry.hidden && !entry.noDisplay
        && entry.isInstalled();
}

} // namespace

std::optional<DesktopEntry> DesktopEntry::read(
    const QString &path, QString *error, const QString &localeName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read the desktop file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }

    if (file.size() > maxDesktopFileSize) {
        *error = tr("The desktop file %1 is larger than %2 bytes, so it is not read.")
                     .arg(path)
                     .arg(maxDesktopFileSize);
        return std::nullopt;
    }

    const std::optional<QHash<QString, QString>> keys
        = readGroup(QString::fromUtf8(file.readAll()));
    if (!keys) {
        *error = tr("The desktop file %1 has no [Desktop Entry] group.").arg(path);
        return std::nullopt;
    }

    DesktopEntry entry;
    entry.filePath = path;
    entry.name = localizedValue(*keys, QStringLiteral("Name"), localeName);
    entry.iconName = unescapeValue(keys->value(QStringLiteral("Icon")));
    entry.exec = unescapeValue(keys->value(QStringLiteral("Exec")));
    entry.workingDirectory = unescapeValue(keys->value(QStringLiteral("Path")));
    entry.type = keys->value(QStringLiteral("Type"));
    entry.tryExec = unescapeValue(keys->value(QStringLiteral("TryExec")));
    entry.hidden = isTrue(*keys, QStringLiteral("Hidden"));
    entry.noDisplay = isTrue(*keys, QStringLiteral("NoDisplay"));
    return entry;
}

bool DesktopEntry::isInstalled() const
{
    if (tryExec.isEmpty()) {
        return true;
    }
    if (QDir::isAbsolutePath(tryExec)) {
        const QFileInfo info(tryExec);
        return info.isFile() && info.isExecutable();
    }
    return !QStandardPaths::findExecutable(tryExec).isEmpty();
}

std::optional<LaunchProfile> DesktopEntry::toProfile(QString *error) const
{
    if (type != QLatin1String("Application")) {
        *error = tr("The desktop file %1 is of type \"%2\"; only type Application can be "
                    "launched.")
                     .arg(filePath, type);
        return std::nullopt;
    }
    if (exec.isEmpty()) {
        *error = tr("The desktop file %1 has no Exec key.").arg(filePath);
        return std::nullopt;
    }

    QString execError;
    const std::optional<QStringList> arguments
        = splitDesktopExec(exec, { iconName, name, filePath }, &execError);
    if (!arguments) {
        *error = tr("The desktop file %1 has an invalid Exec value \"%2\": %3")
                     .arg(filePath, exec, execError);
        return std::nullopt;
    }

    LaunchProfile profile;
    profile.name = name;
    profile.iconName = iconName;
    profile.arguments = *arguments;
    profile.workingDirectory = workingDirectory;
    return profile;
}

QStringList DesktopEntry::standardApplicationDirs()
{
    QStringList dirs;
    for (const QString &dataDir :
        QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        dirs.append(dataDir + QStringLiteral("/applications"));
    }
    return dirs;
}

QList<DesktopEntry> DesktopEntry::installedApplications(const QStringList &applicationDirs)
{
    QList<DesktopEntry> entries;
    QSet<QString> seenIds;

    for (const QString &dirPath : applicationDirs) {
        const QDir dir(dirPath);
        QDirIterator it(
            dirPath, { QStringLiteral("*.desktop") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString id = desktopFileId(dir, path);
            if (seenIds.contains(id)) {
                continue;
            }
            seenIds.insert(id);

            QString error;
            const std::optional<DesktopEntry> entry = read(path, &error);
            if (entry && isListed(*entry)) {
                entries.append(*entry);
            }
        }
    }

    std::sort(entries.begin(), entries.end(), [](const DesktopEntry &a, const DesktopEntry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return entries;
}

} // namespace nestbox
