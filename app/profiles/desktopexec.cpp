// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopexec.h"

#include <QCoreApplication>
#include <QList>

namespace nestbox {
namespace {

// The translation context of these messages. lupdate cannot tell the context of a call to a
// free tr() function, so every call names this class.
struct DesktopExec
{
    Q_DECLARE_TR_FUNCTIONS(DesktopExec)
};

// One argument after quote removal: literal text interleaved with field codes, which are
// expanded only once the whole value has been split.
struct Segment
{
    QString literal;
    QChar fieldCode; // null for a literal segment
};

struct RawArgument
{
    QList<Segment> segments;
    bool quoted = false;
};

bool isQuotedEscapable(QChar c)
{
    return c == u'"' || c == u'`' || c == u'$' || c == u'\\';
}

void appendLiteral(RawArgument *argument, QChar c)
{
    if (argument->segments.isEmpty() || !argument->segments.last().fieldCode.isNull()) {
        argument->segments.append(Segment {});
    }
    argument->segments.last().literal.append(c);
}

std::optional<QList<RawArgument>> tokenize(const QString &exec, QString *error)
{
    QList<RawArgument> arguments;
    std::optional<RawArgument> current;
    bool inQuotes = false;

    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);

        if (!inQuotes && (c == u' ' || c == u'\t')) {
            if (current) {
                arguments.append(*current);
                current.reset();
            }
            continue;
        }

        if (!current) {
            current.emplace();
        }

        if (c == u'"') {
            inQuotes = !inQuotes;
            current->quoted = true;
        } else if (c == u'%') {
            if (i + 1 == exec.size()) {
                *error = DesktopExec::tr("a lone % at the end; write %% for a literal %");
                return std::nullopt;
            }
            current->segments.append({ QString(), exec.at(++i) });
        } else if (inQuotes && c == u'\\') {
            if (i + 1 == exec.size() || !isQuotedEscapable(exec.at(i + 1))) {
                *error = DesktopExec::tr(
                    "a backslash inside double quotes may only precede \", `, $ or \\");
                return std::nullopt;
            }
            appendLiteral(&*current, exec.at(++i));
        } else {
            appendLiteral(&*current, c);
        }
    }

    if (inQuotes) {
        *error = DesktopExec::tr("a double quote is not closed");
        return std::nullopt;
    }
    if (current) {
        arguments.append(*current);
    }
    return arguments;
}

// Returns what code expands to inside a longer argument, or nothing for an unknown code.
std::optional<QString> expandFieldCode(QChar code, const DesktopExecContext &context)
{
    switch (code.unicode()) {
    case u'f':
    case u'F':
    case u'u':
    case u'U':
    case u'd':
    case u'D':
    case u'n':
    case u'N':
    case u'v':
    case u'm':
        return QString();
    case u'c':
        return context.translatedName;
    case u'k':
        return context.desktopFilePath;
    case u'%':
        return QStringLiteral("%");
    default:
        return std::nullopt;
    }
}

// %c, %k and %% always yield an argument; the file and URL codes yield none when alone.
bool isKeptFieldCode(QChar code)
{
    return code == u'c' || code == u'k' || code == u'%';
}

bool isStandaloneIconCode(const RawArgument &argument)
{
    return !argument.quoted && argument.segments.size() == 1
        && argument.segments.first().fieldCode == u'i';
}

bool expandArgument(const RawArgument &argument, const DesktopExecContext &context,
    QStringList *output, QString *error)
{
    if (isStandaloneIconCode(argument)) {
        if (!context.iconName.isEmpty()) {
            output->append({ QStringLiteral("--icon"), context.iconName });
        }
        return true;
    }

    // "%f" alone disappears with the missing file, but a quoted "" is a real empty argument,
    // and %c still yields an argument when the name happens to be empty.
    QString text;
    bool keepArgument = argument.quoted;
    for (const Segment &segment : argument.segments) {
        if (segment.fieldCode.isNull()) {
            text += segment.literal;
            keepArgument = true;
            continue;
        }
        if (segment.fieldCode == u'i') {
            *error = DesktopExec::tr("the field code %i must be a whole argument on its own");
            return false;
        }

        const std::optional<QString> expansion = expandFieldCode(segment.fieldCode, context);
        if (!expansion) {
            *error = DesktopExec::tr("unknown field code %%1").arg(segment.fieldCode);
            return false;
        }
        text += *expansion;
        keepArgument = keepArgument || isKeptFieldCode(segment.fieldCode);
    }

    if (keepArgument) {
        output->append(text);
    }
    return true;
}

} // namespace

std::optional<QStringList> splitDesktopExec(
    const QString &exec, const DesktopExecContext &context, QString *error)
{
    const std::optional<QList<RawArgument>> rawArguments = tokenize(exec, error);
    if (!rawArguments) {
        return std::nullopt;
    }

    QStringList arguments;
    for (const RawArgument &argument : *rawArguments) {
        if (!expandArgument(argument, context, &arguments, error)) {
            return std::nullopt;
        }
    }

    if (arguments.isEmpty() || arguments.first().isEmpty()) {
        *error = DesktopExec::tr("no program to run");
        return std::nullopt;
    }
    return arguments;
}

} // namespace nestbox
