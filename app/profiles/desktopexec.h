// SPDX-License-Identifier: GPL-3.0-or-later
// Splits the Exec value of a .desktop file into a program and its arguments, following the Exec
// rules of the freedesktop.org Desktop Entry Specification, with no file or URL to pass.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nestbox {

/// The values that the %i, %c and %k field codes expand to.
struct DesktopExecContext
{
    QString iconName;
    QString translatedName;
    QString desktopFilePath;
};

/// Splits exec, whose general string escapes (\s, \n, \t, \r, \\) are already undone, into
/// arguments. An argument in double quotes may contain spaces, and inside the quotes a backslash
/// escapes only ", `, $ and \. The field codes %f %F %u %U and the deprecated %d %D %n %N %v %m
/// are removed, and an argument that consisted of them only is dropped. %i becomes "--icon" ICON
/// when the icon is set, %c the translated name, %k the file's path and %% a single %.
/// Returns nothing and sets error on an unterminated quote, an invalid escape, an unknown field
/// code, %i inside a longer argument, or an empty command.
std::optional<QStringList> splitDesktopExec(
    const QString &exec, const DesktopExecContext &context, QString *error);

} // namespace nestbox
