// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: QSettings keys and the autostart file.
#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace nestbox {

namespace {

const QString startMinimizedKey = QStringLiteral("tray/startMinimized");
const QString closeToTrayKey = QStringLiteral("tray/closeToTray");

// Quotes path for an Exec key: the Exec quoting rules first, then the escapes every desktop
// entry string value gets, so a folder with spaces, quotes or % still starts the right file.
QString quotedExecArgument(const QString &path)
{
    QString quoted;
    for (QChar c : path) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'%', QStringLiteral("%%"));
    return u'"' + quoted + u'"';
}

} // namespace

AppSettings::AppSettings()
    : m_settings(QStringLiteral("Nestbox"), QStringLiteral("nestbox"))
{
}

bool AppSettings::startMinimized() const
{
    return m_settings.value(startMinimizedKey, false).toBool();
}

void AppSettings::setStartMinimized(bool enabled)
{
    m_settings.setValue(startMinimizedKey, enabled);
}

bool AppSettings::closeToTray() const
{
    return m_settings.value(closeToTrayKey, false).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    m_settings.setValue(closeToTrayKey, enabled);
}

QString AppSettings::autostartFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/autostart/nestbox.desktop");
}

bool AppSettings::startsAtLogin() const
{
    return QFileInfo::exists(autostartFilePath());
}

bool AppSettings::setStartAtLogin(bool enabled, QString *error)
{
    const QString path = autostartFilePath();
    if (!enabled) {
        if (!QFileInfo::exists(path) || QFile::remove(path))
            return true;
        *error = tr("Could not remove %1.").arg(path);
        return false;
    }

    if (!QDir().mkpath(QFileInfo(path).path())) {
        *error = tr("Could not create the folder of %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(autostartEntry(executablePath())) < 0
        || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray AppSettings::autostartEntry(const QString &executable)
{
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Nestbox\n"
                                         "Icon=nestbox\n"
                                         "Exec=%1 --minimized\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(quotedExecArgument(executable));
    return entry.toUtf8();
}

QString AppSettings::executablePath()
{
    const QFileInfo installed(QStringLiteral(NESTBOX_INSTALLED_BINARY));
    if (installed.isExecutable())
        return installed.filePath();
    return QCoreApplication::applicationFilePath();
}

} // namespace nestbox
