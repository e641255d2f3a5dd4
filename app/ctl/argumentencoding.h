// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that nestboxctl's command-line arguments are UTF-8, because D-Bus strings must be, and
// Qt would otherwise replace each invalid byte with U+FFFD before the helper receives it.
#pragma once

#include <optional>
#include <QByteArrayList>
#include <QString>

namespace nestbox {

/// Returns an error naming the first of arguments (argv from argv[1] on, so position 1 is the
/// first) that is not valid UTF-8, with its bytes escaped, or nothing when every one is valid.
std::optional<QString> findNonUtf8Argument(const QByteArrayList &arguments);

/// Returns bytes as printable ASCII, with a backslash, a double quote and every other byte
/// escaped as \\, \" and \xHH.
QString escapeBytes(const QByteArray &bytes);

} // namespace nestbox
