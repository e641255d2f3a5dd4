// SPDX-License-Identifier: GPL-3.0-or-later
// The one-line text of a command line for a table cell: arguments joined by spaces, with line
// breaks inside arguments (as in `sh -c` scripts) turned into spaces so a row keeps one line.
#pragma once

#include <QStringList>

namespace nestbox {

inline QString singleLineCommand(const QStringList &arguments)
{
    QString text = arguments.join(u' ');
    text.replace(u'\r', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace nestbox
