// SPDX-License-Identifier: GPL-3.0-or-later
// A saved recipe for starting an app in a new namespace: command, folder, environment and what
// happens to the namespace when the app's main process exits.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace nestbox {

enum class ExitPolicy {
    /// The namespace, and every process still in it, ends with the main process.
    EndNamespace,
    /// The namespace lives on while any process in it is alive.
    KeepWhileProcessesLive,
};

/// Returns whether key may be set in a profile's environment. Only display, session bus, locale
/// and terminal variables are allowed, so a profile cannot inject LD_PRELOAD, PATH and the like.
bool isAllowedEnvironmentKey(const QString &key);

class LaunchProfile
{
    Q_DECLARE_TR_FUNCTIONS(LaunchProfile)

public:
    /// A QUuid in its braceless string form, or empty until the store assigns one.
    QString id;
    QString name;
    /// A freedesktop icon theme name or an absolute path to an image.
    QString iconName;
    /// The program followed by its arguments, each kept whole because no shell parses them.
    QStringList arguments;
    /// An absolute folder, or empty for the user's home folder.
    QString workingDirectory;
    /// Extra variables on top of the launch environment. Keys must pass isAllowedEnvironmentKey.
    QMap<QString, QString> environment;
    ExitPolicy exitPolicy = ExitPolicy::EndNamespace;
    bool favourite = false;

    /// The program to run, or an empty string when arguments is empty.
    QString command() const { return arguments.value(0); }

    /// Returns one plain-language message per invalid field, each naming the field, or an empty
    /// list when the profile can be saved. Duplicate names are checked by ProfileStore.
    QStringList validate() const;

    QJsonObject toJson() const;

    /// Reads a profile written by toJson(), with defaults for missing keys. Returns nothing and
    /// sets error, naming the key and the expected type, when a key has the wrong type. Field
    /// values are not validated here, so a hand-edited file with an odd value still loads and can
    /// be fixed.
    static std::optional<LaunchProfile> fromJson(const QJsonObject &object, QString *error);

    friend bool operator==(const LaunchProfile &, const LaunchProfile &) = default;
};

QString exitPolicyName(ExitPolicy policy);
std::optional<ExitPolicy> exitPolicyFromName(const QString &name);

} // namespace nestbox
