// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace nestbox::profilefile {
namespace {

// The translation context of these messages. lupdate cannot tell the context of a call to a
// free tr() function, so every call names this class.
struct ProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFile)
};

// QJsonParseError reports a byte offset, but people editing the file by hand need a line and
// column.
QString describeParseError(const QByteArray &document, const QJsonParseError &parseError)
{
    const QByteArray before = document.left(parseError.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
    return ProfileFile::tr("invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(parseError.errorString());
}

bool checkVersion(const QJsonObject &root, QString *error)
{
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined()) {
        *error = ProfileFile::tr("the \"version\" key is missing");
        return false;
    }
    if (!version.isDouble()) {
        *error = ProfileFile::tr("\"version\" must be a number");
        return false;
    }
    if (version.toDouble() != formatVersion) {
        *error = ProfileFile::tr("unknown version %1; this Nestbox reads version %2 only")
                     .arg(version.toDouble())
                     .arg(formatVersion);
        return false;
    }
    return true;
}

// Profiles are numbered from 1 in messages, as a person counts them in the file.
std::optional<LaunchProfile> parseProfile(
    const QJsonValue &value, qsizetype index, QSet<QString> *seenIds, QString *error)
{
    const qsizetype number = index + 1;
    if (!value.isObject()) {
        *error = ProfileFile::tr("profile %1 is not a JSON object").arg(number);
        return std::nullopt;
    }

    QString fieldError;
    std::optional<LaunchProfile> profile = LaunchProfile::fromJson(value.toObject(), &fieldError);
    if (!profile) {
        *error = ProfileFile::tr("profile %1: %2").arg(number).arg(fieldError);
        return std::nullopt;
    }

    if (profile->id.isEmpty()) {
        profile->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else if (QUuid::fromString(profile->id).isNull()) {
        *error = ProfileFile::tr("profile %1: \"id\" is \"%2\", which is not a UUID")
                     .arg(number)
                     .arg(profile->id);
        return std::nullopt;
    }

    if (seenIds->contains(profile->id)) {
        *error = ProfileFile::tr("profile %1: the id %2 is used by an earlier profile too")
                     .arg(number)
                     .arg(profile->id);
        return std::nullopt;
    }
    seenIds->insert(profile->id);
    return profile;
}

} // namespace

QByteArray serialize(const QList<LaunchProfile> &profiles)
{
    QJsonArray array;
    for (const LaunchProfile &profile : profiles) {
        array.append(profile.toJson());
    }

    const QJsonObject root {
        { QStringLiteral("version"), formatVersion },
        { QStringLiteral("profiles"), array },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<LaunchProfile>> parse(const QByteArray &document, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = describeParseError(document, parseError);
        return std::nullopt;
    }
    if (!json.isObject()) {
        *error = ProfileFile::tr("the top level is not a JSON object");
        return std::nullopt;
    }

    const QJsonObject root = json.object();
    if (!checkVersion(root, error)) {
        return std::nullopt;
    }

    const QJsonValue profilesValue = root.value(QStringLiteral("profiles"));
    if (!profilesValue.isUndefined() && !profilesValue.isArray()) {
        *error = ProfileFile::tr("\"profiles\" must be an array");
        return std::nullopt;
    }

    QList<LaunchProfile> profiles;
    QSet<QString> seenIds;
    const QJsonArray array = profilesValue.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<LaunchProfile> profile = parseProfile(array.at(i), i, &seenIds, error);
        if (!profile) {
            return std::nullopt;
        }
        profiles.append(*profile);
    }
    return profiles;
}

bool write(const QString &path, const QList<LaunchProfile> &profiles, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = ProfileFile::tr("could not create the folder %1").arg(folder);
        return false;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ProfileFile::tr("could not open %1 for writing: %2").arg(path, file.errorString());
        return false;
    }

    const QByteArray document = serialize(profiles);
    if (file.write(document) != document.size()) {
        *error = ProfileFile::tr("could not write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }

    // commit() flushes, fsyncs and renames over the old file in one step.
    if (!file.commit()) {
        *error = ProfileFile::tr("could not save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nestbox::profilefile
