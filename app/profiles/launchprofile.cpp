// SPDX-License-Identifier: GPL-3.0-or-later
#include "launchprofile.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace nestbox {
namespace {

const QStringList exactAllowedKeys = {
    QStringLiteral("DISPLAY"),
    QStringLiteral("WAYLAND_DISPLAY"),
    QStringLiteral("XAUTHORITY"),
    QStringLiteral("XDG_RUNTIME_DIR"),
    QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
    QStringLiteral("LANG"),
    QStringLiteral("LANGUAGE"),
    QStringLiteral("TERM"),
    QStringLiteral("COLORTERM"),
};

bool hasControlCharacter(const QString &text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Tabs and newlines are legitimate inside an argument (a script passed to sh -c), but execve
// cannot carry a NUL byte.
bool hasNulCharacter(const QString &text)
{
    return text.contains(QChar(0));
}

// Reads one optional string key. An absent key leaves value unchanged so that files written by
// older versions still load, but a present key of another type is an error.
bool readString(const QJsonObject &object, const QString &key, QString *value, QString *error)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined()) {
        return true;
    }
    if (!json.isString()) {
        *error = LaunchProfile::tr("\"%1\" must be a string").arg(key);
        return false;
    }
    *value = json.toString();
    return true;
}

bool readStringList(
    const QJsonObject &object, const QString &key, QStringList *value, QString *error)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined()) {
        return true;
    }
    const QString typeError = LaunchProfile::tr("\"%1\" must be an array of strings").arg(key);
    if (!json.isArray()) {
        *error = typeError;
        return false;
    }

    QStringList items;
    for (const QJsonValue &item : json.toArray()) {
        if (!item.isString()) {
            *error = typeError;
            return false;
        }
        items.append(item.toString());
    }
    *value = items;
    return true;
}

bool readStringMap(
    const QJsonObject &object, const QString &key, QMap<QString, QString> *value, QString *error)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined()) {
        return true;
    }
    const QString typeError
        = LaunchProfile::tr("\"%1\" must be an object whose values are strings").arg(key);
    if (!json.isObject()) {
        *error = typeError;
        return false;
    }

    QMap<QString, QString> map;
    const QJsonObject entries = json.toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = typeError;
            return false;
        }
        map.insert(it.key(), it.value().toString());
    }
    *value = map;
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, bool *value, QString *error)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined()) {
        return true;
    }
    if (!json.isBool()) {
        *error = LaunchProfile::tr("\"%1\" must be true or false").arg(key);
        return false;
    }
    *value = json.toBool();
    return true;
}

bool readExitPolicy(const QJsonObject &object, ExitPolicy *value, QString *error)
{
    QString name = exitPolicyName(*value);
    if (!readString(object, QStringLiteral("exitPolicy"), &name, error)) {
        return false;
    }

    const std::optional<ExitPolicy> policy = exitPolicyFromName(name);
    if (!policy) {
        *error = LaunchProfile::tr("\"exitPolicy\" is \"%1\", expected \"%2\" or \"%3\"")
                     .arg(name, exitPolicyName(ExitPolicy::EndNamespace),
                         exitPolicyName(ExitPolicy::KeepWhileProcessesLive));
        return false;
    }
    *value = *policy;
    return true;
}

} // namespace

bool isAllowedEnvironmentKey(const QString &key)
{
    if (exactAllowedKeys.contains(key)) {
        return true;
    }

    // LC_ALL, LC_CTYPE, LC_MESSAGES and the other locale categories: LC_ followed by upper-case
    // letters and underscores.
    static const QRegularExpression localeCategory(QStringLiteral("^LC_[A-Z_]+$"));
    return localeCategory.match(key).hasMatch();
}

QStringList LaunchProfile::validate() const
{
    QStringList errors;

    if (name.trimmed().isEmpty()) {
        errors.append(tr("Name: enter a name for the profile."));
    } else if (hasControlCharacter(name)) {
        errors.append(tr("Name: remove the control characters (such as tabs or line breaks)."));
    }

    if (hasControlCharacter(iconName)) {
        errors.append(tr("Icon: remove the control characters (such as tabs or line breaks)."));
    }

    if (command().trimmed().isEmpty()) {
        errors.append(tr("Command: enter the program to run."));
    }
    if (std::any_of(arguments.cbegin(), arguments.cend(), hasNulCharacter)) {
        errors.append(tr("Arguments: remove the NUL characters; a program cannot receive them."));
    }

    if (!workingDirectory.isEmpty() && QDir::isRelativePath(workingDirectory)) {
        errors.append(tr("Working directory: \"%1\" is relative; enter an absolute path such as "
                         "/home/user/project, or leave it empty for the home folder.")
                          .arg(workingDirectory));
    } else if (hasControlCharacter(workingDirectory)) {
        errors.append(tr("Working directory: remove the control characters."));
    }

    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
        if (!isAllowedEnvironmentKey(it.key())) {
            errors.append(tr("Environment: \"%1\" is not allowed; allowed variables are DISPLAY, "
                             "WAYLAND_DISPLAY, XAUTHORITY, XDG_RUNTIME_DIR, "
                             "DBUS_SESSION_BUS_ADDRESS, LANG, LANGUAGE, LC_*, TERM and COLORTERM.")
                              .arg(it.key()));
        }
        if (hasControlCharacter(it.value())) {
            errors.append(tr("Environment: the value of \"%1\" contains control characters; "
                             "remove them.")
                              .arg(it.key()));
        }
    }

    return errors;
}

QJsonObject LaunchProfile::toJson() const
{
    QJsonObject environmentObject;
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
        environmentObject.insert(it.key(), it.value());
    }

    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("icon"), iconName },
        { QStringLiteral("arguments"), QJsonArray::fromStringList(arguments) },
        { QStringLiteral("workingDirectory"), workingDirectory },
        { QStringLiteral("environment"), environmentObject },
        { QStringLiteral("exitPolicy"), exitPolicyName(exitPolicy) },
        { QStringLiteral("favourite"), favourite },
    };
}

std::optional<LaunchProfile> LaunchProfile::fromJson(const QJsonObject &object, QString *error)
{
    LaunchProfile profile;
    const bool complete = readString(object, QStringLiteral("id"), &profile.id, error)
        && readString(object, QStringLiteral("name"), &profile.name, error)
        && readString(object, QStringLiteral("icon"), &profile.iconName, error)
        && readStringList(object, QStringLiteral("arguments"), &profile.arguments, error)
        && readString(object, QStringLiteral("workingDirectory"), &profile.workingDirectory, error)
        && readStringMap(object, QStringLiteral("environment"), &profile.environment, error)
        && readExitPolicy(object, &profile.exitPolicy, error)
        && readBool(object, QStringLiteral("favourite"), &profile.favourite, error);
    if (!complete) {
        return std::nullopt;
    }
    return profile;
}

QString exitPolicyName(ExitPolicy policy)
{
    switch (policy) {
    case ExitPolicy::EndNamespace:
        return QStringLiteral("endNamespace");
    case ExitPolicy::KeepWhileProcessesLive:
        return QStringLiteral("keepWhileProcessesLive");
    }
    return {};
}

std::optional<ExitPolicy> exitPolicyFromName(const QString &name)
{
    for (ExitPolicy policy : { ExitPolicy::EndNamespace, ExitPolicy::KeepWhileProcessesLive }) {
        if (exitPolicyName(policy) == name) {
            return policy;
        }
    }
    return std::nullopt;
}

} // namespace nestbox
