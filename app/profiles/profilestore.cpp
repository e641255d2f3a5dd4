// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "logging.h"
#include "profilefile.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QUuid>

namespace nestbox {
namespace {

std::shared_ptr<spdlog::logger> logger()
{
    return logging::get("app.profiles");
}

} // namespace

ProfileStore::ProfileStore(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
}

QString ProfileStore::defaultFilePath()
{
    // GenericConfigLocation follows XDG_CONFIG_HOME without the application name that
    // AppConfigLocation would add, so the GUI and nestboxctl find the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/nestbox/profiles.json");
}

bool ProfileStore::load()
{
    m_lastError.clear();
    m_saveBlocked = false;
    m_profiles.clear();

    QFile file(m_filePath);
    if (!file.exists()) {
        emit profilesChanged();
        return true;
    }

    if (!file.open(QIODevice::ReadOnly)) {
        logger()->error("Failed to read launch profiles from {}: {}", m_filePath.toStdString(),
            file.errorString().toStdString());
        m_saveBlocked = true;
        emit profilesChanged();
        return fail(tr("Could not read the launch profiles from %1: %2. Nestbox will not save "
                       "profiles until the file can be read.")
                        .arg(m_filePath, file.errorString()));
    }

    QString problem;
    const std::optional<QList<LaunchProfile>> profiles
        = profilefile::parse(file.readAll(), &problem);
    file.close();
    if (profiles) {
        m_profiles = *profiles;
        emit profilesChanged();
        return true;
    }

    logger()->error(
        "Launch profiles file {} is damaged: {}", m_filePath.toStdString(), problem.toStdString());
    const QString asidePath = setAside();
    emit profilesChanged();
    if (asidePath.isEmpty()) {
        m_saveBlocked = true;
        return fail(tr("The launch profiles file %1 is damaged (%2) and could not be renamed; "
                       "Nestbox will not save profiles until you fix or move it.")
                        .arg(m_filePath, problem));
    }
    return fail(tr("The launch profiles file %1 is damaged (%2). It was kept as %3 and Nestbox "
                   "started with no profiles.")
                    .arg(m_filePath, problem, asidePath));
}

// Renames the unreadable file to NAME.corrupt-YYYYMMDD-HHMMSS, adding -2, -3, ... when a file
// of that name exists, because QFile::rename never replaces an existing file. Returns the new
// path, or an empty string when the rename failed.
QString ProfileStore::setAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = m_filePath + QStringLiteral(".corrupt-") + stamp;

    QString target = base;
    for (int suffix = 2; QFile::exists(target); ++suffix) {
        target = base + QLatin1Char('-') + QString::number(suffix);
    }

    QFile file(m_filePath);
    if (!file.rename(target)) {
        logger()->error("Failed to set aside the damaged profiles file {} as {}: {}",
            m_filePath.toStdString(), target.toStdString(), file.errorString().toStdString());
        return {};
    }
    return target;
}

std::optional<LaunchProfile> ProfileStore::profile(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return std::nullopt;
    }
    return m_profiles.at(index);
}

QList<LaunchProfile> ProfileStore::favourites() const
{
    QList<LaunchProfile> result;
    for (const LaunchProfile &profile : m_profiles) {
        if (profile.favourite) {
            result.append(profile);
        }
    }
    return result;
}

QStringList ProfileStore::validate(const LaunchProfile &profile) const
{
    QStringList errors = profile.validate();
    if (const LaunchProfile *other = findByName(profile.name, profile.id)) {
        errors.append(tr("Name: another profile is already called \"%1\"; choose another name.")
                          .arg(other->name));
    }
    return errors;
}

QString ProfileStore::create(LaunchProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList errors = validate(profile);
    if (!errors.isEmpty()) {
        fail(errors.join(QLatin1Char('\n')));
        return {};
    }

    QList<LaunchProfile> changed = m_profiles;
    changed.append(profile);
    return commit(changed) ? profile.id : QString();
}

bool ProfileStore::update(const LaunchProfile &profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0) {
        return fail(tr("No launch profile has the id %1.").arg(profile.id));
    }
    const QStringList errors = validate(profile);
    if (!errors.isEmpty()) {
        return fail(errors.join(QLatin1Char('\n')));
    }

    QList<LaunchProfile> changed = m_profiles;
    changed[index] = profile;
    return commit(changed);
}

QString ProfileStore::duplicate(const QString &id)
{
    const std::optional<LaunchProfile> original = profile(id);
    if (!original) {
        fail(tr("No launch profile has the id %1.").arg(id));
        return {};
    }

    LaunchProfile copy = *original;
    copy.name = uniqueCopyName(original->name.trimmed());
    copy.favourite = false;
    return create(copy);
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return fail(tr("No launch profile has the id %1.").arg(id));
    }

    QList<LaunchProfile> changed = m_profiles;
    changed.removeAt(index);
    return commit(changed);
}

bool ProfileStore::setFavourite(const QString &id, bool favourite)
{
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return fail(tr("No launch profile has the id %1.").arg(id));
    }
    if (m_profiles.at(index).favourite == favourite) {
        return true;
    }

    QList<LaunchProfile> changed = m_profiles;
    changed[index].favourite = favourite;
    return commit(changed);
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

const LaunchProfile *ProfileStore::findByName(const QString &name, const QString &exceptId) const
{
    const QString trimmedName = name.trimmed();
    for (const LaunchProfile &other : m_profiles) {
        if (other.id != exceptId
            && other.name.trimmed().compare(trimmedName, Qt::CaseInsensitive) == 0) {
            return &other;
        }
    }
    return nullptr;
}

QString ProfileStore::uniqueCopyName(const QString &name) const
{
    const QString first = tr("Copy of %1").arg(name);
    QString candidate = first;
    for (int number = 2; findByName(candidate, QString()); ++number) {
        candidate = QStringLiteral("%1 (%2)").arg(first).arg(number);
    }
    return candidate;
}

// Saves profiles and only then makes them current, so a failed save changes nothing.
bool ProfileStore::commit(const QList<LaunchProfile> &profiles)
{
    if (m_saveBlocked) {
        return fail(tr("Launch profiles are not saved because %1 could not be loaded and is "
                       "still in place; fix or move it, then reload.")
                        .arg(m_filePath));
    }

    QString problem;
    if (!profilefile::write(m_filePath, profiles, &problem)) {
        logger()->error("Failed to save launch profiles: {}", problem.toStdString());
        return fail(tr("Could not save the launch profiles: %1.").arg(problem));
    }

    m_lastError.clear();
    m_profiles = profiles;
    emit profilesChanged();
    return true;
}

bool ProfileStore::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

} // namespace nestbox
