// SPDX-License-Identifier: GPL-3.0-or-later
// Asks for the command line and working directory of an app to launch in a new namespace, and
// checks both before the request goes to the helper.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nestbox {

class LaunchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LaunchDialog(QWidget *parent = nullptr);

    /// Fills in the command line, for example to launch a process again.
    void setCommandLine(const QString &commandLine);
    void setWorkingDirectory(const QString &directory);

    /// The command line split by ShellWordSplitter; empty while it is invalid.
    QStringList arguments() const;
    /// An absolute folder, or empty for the user's home folder.
    QString workingDirectory() const;

    /// Returns why the current input cannot be launched, or an empty string when it can.
    QString validationError() const;

private:
    void chooseWorkingDirectory();
    void validate();

    QLineEdit *m_command;
    QLineEdit *m_workingDirectory;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace nestbox
