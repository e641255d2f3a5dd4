// SPDX-License-Identifier: GPL-3.0-or-later
// Splits a typed command line into arguments with the quoting rules of a POSIX shell, and
// nothing else: no variable, tilde or command substitution, no globbing, no operators.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace nestbox {

class ShellWordSplitter
{
    Q_DECLARE_TR_FUNCTIONS(nestbox::ShellWordSplitter)

public:
    /// Splits commandLine at once. Single quotes keep every character literally. Inside double
    /// quotes a backslash escapes only $ ` " \ and a line break. Outside quotes a backslash
    /// escapes any character. A quoted empty string ("" or '') is one empty argument.
    explicit ShellWordSplitter(const QString &commandLine);

    bool isValid() const { return m_errorText.isEmpty(); }
    /// The arguments, or an empty list when the command line is invalid.
    QStringList arguments() const { return m_arguments; }
    /// The reason the command line cannot be split, naming the character, or empty when valid.
    QString errorText() const { return m_errorText; }

private:
    void split();
    qsizetype readSingleQuoted(qsizetype quote, QString &word);
    qsizetype readDoubleQuoted(qsizetype quote, QString &word);
    qsizetype readEscaped(qsizetype backslash, QString &word);
    qsizetype fail(const QString &errorText);

    QString m_line;
    QStringList m_arguments;
    QString m_errorText;
};

} // namespace nestbox
