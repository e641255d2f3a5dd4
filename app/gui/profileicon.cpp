// SPDX-License-Identifier: GPL-3.0-or-later
// profileIcon(): theme names, absolute image paths and the shipped fallback.
#include "profileicon.h"

#include <QFileInfo>

namespace nestbox {

QIcon profileIcon(const QString &iconName)
{
    const QIcon fallback = QIcon::fromTheme(
        QStringLiteral("system-run"), QIcon(QStringLiteral(":/icons/launch.svg")));
    if (iconName.isEmpty())
        return fallback;
    if (QFileInfo(iconName).isAbsolute())
        return QFileInfo::exists(iconName) ? QIcon(iconName) : fallback;
    return QIcon::fromTheme(iconName, fallback);
}

} // namespace nestbox
