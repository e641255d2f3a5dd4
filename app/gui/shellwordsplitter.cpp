// SPDX-License-Identifier: GPL-3.0-or-later
// ShellWordSplitter: one pass over the command line, one reader per kind of quoting.
#include "shellwordsplitter.h"

namespace nestbox {

namespace {

// The characters that separate words, as the shell's default IFS has them.
bool isBlank(QChar character)
{
    return character == u' ' || character == u'\t' || character == u'\n';
}

bool isEscapableInDoubleQuotes(QChar character)
{
    return character == u'$' || character == u'`' || character == u'"' || character == u'\\'
        || character == u'\n';
}

} // namespace

ShellWordSplitter::ShellWordSplitter(const QString &commandLine)
    : m_line(commandLine)
{
    split();
}

// Each reader appends what it read to word and returns the index after it, or -1 after fail().
void ShellWordSplitter::split()
{
    QString word;
    bool inWord = false;
    qsizetype next = 0;
    while (next < m_line.size()) {
        const QChar character = m_line.at(next);
        if (isBlank(character)) {
            if (inWord)
                m_arguments.append(std::exchange(word, QString()));
            inWord = false;
            ++next;
            continue;
        }

        // A backslash before a line break joins the lines and starts no word.
        if (character == u'\\' && next + 1 < m_line.size() && m_line.at(next + 1) == u'\n') {
            next += 2;
            continue;
        }

        inWord = true;
        if (character == u'\'') {
            next = readSingleQuoted(next, word);
        } else if (character == u'"') {
            next = readDoubleQuoted(next, word);
        } else if (character == u'\\') {
            next = readEscaped(next, word);
        } else {
            word.append(character);
            ++next;
        }
        if (next < 0)
            return;
    }
    if (inWord)
        m_arguments.append(word);
}

qsizetype ShellWordSplitter::readSingleQuoted(qsizetype quote, QString &word)
{
    const qsizetype closing = m_line.indexOf(u'\'', quote + 1);
    if (closing < 0) {
        return fail(tr("The single quote at character %1 is never closed. Add a ' where the "
                       "quoted text ends.")
                        .arg(quote + 1));
    }
    word.append(QStringView(m_line).sliced(quote + 1, closing - quote - 1));
    return closing + 1;
}

qsizetype ShellWordSplitter::readDoubleQuoted(qsizetype quote, QString &word)
{
    qsizetype next = quote + 1;
    while (next < m_line.size()) {
        const QChar character = m_line.at(next);
        if (character == u'"')
            return next + 1;

        const bool escape = character == u'\\' && next + 1 < m_line.size()
            && isEscapableInDoubleQuotes(m_line.at(next + 1));
        if (escape) {
            // An escaped line break is removed, as in a shell.
            if (m_line.at(next + 1) != u'\n')
                word.append(m_line.at(next + 1));
            next += 2;
            continue;
        }
        word.append(character);
        ++next;
    }
    return fail(
        tr("The double quote at character %1 is never closed. Add a \" where the quoted text "
           "ends.")
            .arg(quote + 1));
}

qsizetype ShellWordSplitter::readEscaped(qsizetype backslash, QString &word)
{
    if (backslash + 1 >= m_line.size()) {
        return fail(tr("The command line ends with a backslash (character %1), which escapes "
                       "nothing. Remove it, or write \\\\ for a literal backslash.")
                        .arg(backslash + 1));
    }
    word.append(m_line.at(backslash + 1));
    return backslash + 2;
}

qsizetype ShellWordSplitter::fail(const QString &errorText)
{
    m_errorText = errorText;
    m_arguments.clear();
    return -1;
}

} // namespace nestbox
