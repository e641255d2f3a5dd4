// SPDX-License-Identifier: GPL-3.0-or-later
// LaunchDialog: the form, the folder picker and the input checks.
#include "launchdialog.h"

#include "shellwordsplitter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace nestbox {

LaunchDialog::LaunchDialog(QWidget *parent)
    : QDialog(parent)
    , m_command(new QLineEdit(this))
    , m_workingDirectory(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Launch in a New Namespace"));

    m_command->setPlaceholderText(tr("for example: sleep 30"));
    m_command->setToolTip(
        tr("The command and its arguments, split into words as a POSIX shell splits them: "
           "'single quotes' keep every character, \"double quotes\" allow \\\" \\\\ \\$ \\` "
           "escapes, and a backslash outside quotes escapes the next character. Nothing is "
           "expanded or interpreted: $VARIABLES, ~, *, |, ; and > reach the app as typed."));
    m_workingDirectory->setPlaceholderText(tr("your home folder"));
    m_error->setObjectName(QStringLiteral("launchError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Launch"));

    auto *browse = new QToolButton(this);
    browse->setIcon(QIcon::fromTheme(
        QStringLiteral("folder-open"), style()->standardIcon(QStyle::SP_DirOpenIcon)));
    browse->setToolTip(tr("Choose the working directory"));

    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_workingDirectory, 1);
    directoryRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Command:"), m_command);
    // A row whose field is a layout gets no buddy, so the label is made here to keep its
    // keyboard shortcut working.
    auto *directoryLabel = new QLabel(tr("&Working directory:"), this);
    directoryLabel->setBuddy(m_workingDirectory);
    form->addRow(directoryLabel, directoryRow);
    form->addRow(m_error);
    form->addRow(m_buttons);

    connect(m_command, &QLineEdit::textChanged, this, &LaunchDialog::validate);
    connect(m_workingDirectory, &QLineEdit::textChanged, this, &LaunchDialog::validate);
    connect(browse, &QToolButton::clicked, this, &LaunchDialog::chooseWorkingDirectory);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(480, sizeHint().height());
    validate();
}

void LaunchDialog::setCommandLine(const QString &commandLine)
{
    m_command->setText(commandLine);
}

void LaunchDialog::setWorkingDirectory(const QString &directory)
{
    m_workingDirectory->setText(directory);
}

QStringList LaunchDialog::arguments() const
{
    return ShellWordSplitter(m_command->text()).arguments();
}

QString LaunchDialog::workingDirectory() const
{
    return m_workingDirectory->text().trimmed();
}

QString LaunchDialog::validationError() const
{
    const ShellWordSplitter command(m_command->text());
    if (!command.isValid())
        return command.errorText();
    if (command.arguments().isEmpty())
        return tr("Enter the command to run.");
    if (command.arguments().first().isEmpty())
        return tr("The command name is empty. Type the program to run before its arguments.");

    const QString directory = workingDirectory();
    if (directory.isEmpty())
        return {};
    if (!QDir::isAbsolutePath(directory))
        return tr("The working directory \"%1\" is not an absolute path.").arg(directory);
    if (!QFileInfo(directory).isDir())
        return tr("The working directory \"%1\" does not exist.").arg(directory);
    return {};
}

void LaunchDialog::chooseWorkingDirectory()
{
    const QString start = workingDirectory().isEmpty() ? QDir::homePath() : workingDirectory();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Working Directory"), start);
    if (!chosen.isEmpty())
        m_workingDirectory->setText(chosen);
}

void LaunchDialog::validate()
{
    const QString error = validationError();
    // An empty command needs no scolding, only a disabled button.
    m_error->setText(m_command->text().trimmed().isEmpty() ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());

    // The wrapped error may need more lines than the dialog has room for. A window manager
    // would not grow the dialog by itself, so it grows here instead of cutting the text off.
    const int neededHeight = layout()->totalHeightForWidth(width());
    if (neededHeight > height())
        resize(width(), neededHeight);
}

} // namespace nestbox
