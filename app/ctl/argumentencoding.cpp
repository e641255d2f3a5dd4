// SPDX-License-Identifier: GPL-3.0-or-later
// The UTF-8 check of nestboxctl's arguments and the escaping that shows a rejected one.
#include "argumentencoding.h"

#include <QStringDecoder>

namespace nestbox {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

std::optional<QString> findNonUtf8Argument(const QByteArrayList &arguments)
{
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        if (isValidUtf8(arguments.at(index)))
            continue;
        return QStringLiteral("argument %1 is not valid UTF-8: \"%2\"; D-Bus carries only UTF-8 "
                              "text")
            .arg(index + 1)
            .arg(escapeBytes(arguments.at(index)));
    }
    return std::nullopt;
}

QString escapeBytes(const QByteArray &bytes)
{
    QString escaped;
    for (const char character : bytes) {
        const auto byte = static_cast<unsigned char>(character);
        if (byte == '\\' || byte == '"')
            escaped.append(QLatin1Char('\\')).append(QLatin1Char(character));
        else if (byte >= 0x20 && byte < 0x7f)
            escaped += QLatin1Char(character);
        else
            escaped += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return escaped;
}

} // namespace nestbox
