// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "applicationpicker.h"
#include "desktopentry.h"
#include "profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace nestbox {
namespace {

enum EnvironmentColumn { KeyColumn, ValueColumn };

// The arguments box shows one argument per line, so a line break inside an argument (a script
// for sh -c, say) is shown as \n. A backslash is doubled only where it precedes 'n', another
// backslash or a line break, the places where it would otherwise be misread.
QString escapeArgument(const QString &argument)
{
    QString line;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument.at(i);
        const QChar next = i + 1 < argument.size() ? argument.at(i + 1) : QChar();
        if (c == u'\n') {
            line += QStringLiteral("\\n");
        } else if (c == u'\\' && (next == u'n' || next == u'\\' || next == u'\n')) {
            line += QStringLiteral("\\\\");
        } else {
            line += c;
        }
    }
    return line;
}

// Reverses escapeArgument(). Any other backslash is kept as typed, so \d in a regular expression
// needs no doubling.
QString unescapeArgument(const QString &line)
{
    QString argument;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        if (c == u'\\' && next == u'n') {
            argument += u'\n';
            ++i;
        } else if (c == u'\\' && next == u'\\') {
            argument += u'\\';
            ++i;
        } else {
            argument += c;
        }
    }
    return argument;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

ProfileEditor::ProfileEditor(const ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_applicationDirs(DesktopEntry::standardApplicationDirs())
    , m_name(new QLineEdit(this))
    , m_icon(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_arguments(new QPlainTextEdit(this))
    , m_workingDirectory(new QLineEdit(this))
    , m_browse(new QPushButton(tr("B&rowse..."), this))
    , m_environment(new QTableWidget(0, 2, this))
    , m_addVariable(new QPushButton(tr("A&dd Variable"), this))
    , m_removeVariable(new QPushButton(tr("Remo&ve Variable"), this))
    , m_exitPolicy(new QComboBox(this))
    , m_favourite(new QCheckBox(tr("Show in the tray menu and tool&bar (favourite)"), this))
    , m_import(new QPushButton(tr("Im&port from Application..."), this))
    , m_errors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Launch Profile"));

    m_icon->setPlaceholderText(tr("Icon theme name or image path"));
    m_command->setPlaceholderText(tr("Program name or absolute path"));
    m_arguments->setPlaceholderText(
        tr("One argument per line. Inside an argument, \\n is a line break and \\\\ a backslash."));
    // Without this, Tab would insert a tab character instead of moving to the next field.
    m_arguments->setTabChangesFocus(true);
    m_workingDirectory->setPlaceholderText(tr("Home folder"));

    m_environment->setHorizontalHeaderLabels({ tr("Variable"), tr("Value") });
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->verticalHeader()->hide();
    // The table would otherwise keep Tab for moving between its own cells.
    m_environment->setTabKeyNavigation(false);

    m_exitPolicy->addItem(tr("End the namespace"), int(ExitPolicy::EndNamespace));
    m_exitPolicy->addItem(
        tr("Keep it while any process lives"), int(ExitPolicy::KeepWhileProcessesLive));

    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);

    buildLayout();
    connectFields();
    validate();
}

void ProfileEditor::buildLayout()
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Icon:"), m_icon);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(tr("&Arguments:"), m_arguments);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_workingDirectory);
    folderRow->addWidget(m_browse);
    form->addRow(tr("&Working directory:"), folderRow);
    // A label whose field is a layout has no buddy yet, so point its mnemonic at the line edit.
    qobject_cast<QLabel *>(form->labelForField(folderRow))->setBuddy(m_workingDirectory);

    auto *environmentButtons = new QHBoxLayout;
    environmentButtons->addWidget(m_addVariable);
    environmentButtons->addWidget(m_removeVariable);
    environmentButtons->addStretch();
    auto *environmentBox = new QVBoxLayout;
    environmentBox->addWidget(m_environment);
    environmentBox->addLayout(environmentButtons);
    form->addRow(tr("&Environment:"), environmentBox);
    qobject_cast<QLabel *>(form->labelForField(environmentBox))->setBuddy(m_environment);

    form->addRow(tr("When the app e&xits:"), m_exitPolicy);
    form->addRow(QString(), m_favourite);

    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_import);
    bottomRow->addStretch();
    bottomRow->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addLayout(bottomRow);
}

void ProfileEditor::connectFields()
{
    for (QLineEdit *field : { m_name, m_icon, m_command, m_workingDirectory }) {
        connect(field, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    }
    connect(m_arguments, &QPlainTextEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_environment, &QTableWidget::itemChanged, this, &ProfileEditor::validate);
    connect(m_browse, &QPushButton::clicked, this, &ProfileEditor::chooseWorkingDirectory);
    connect(m_addVariable, &QPushButton::clicked, this, &ProfileEditor::addEnvironmentRow);
    connect(m_removeVariable, &QPushButton::clicked, this, &ProfileEditor::removeEnvironmentRows);
    connect(m_import, &QPushButton::clicked, this, &ProfileEditor::importFromApplication);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ProfileEditor::setProfile(const LaunchProfile &profile)
{
    m_id = profile.id;
    m_favourite->setChecked(profile.favourite);
    fillFields(profile);
}

// Fills every field but the id and the favourite flag, which an import must not change.
void ProfileEditor::fillFields(const LaunchProfile &profile)
{
    m_name->setText(profile.name);
    m_icon->setText(profile.iconName);
    m_command->setText(profile.command());
    QStringList lines;
    for (const QString &argument : profile.arguments.mid(1)) {
        lines.append(escapeArgument(argument));
    }
    m_arguments->setPlainText(lines.join(u'\n'));
    m_workingDirectory->setText(profile.workingDirectory);
    m_exitPolicy->setCurrentIndex(m_exitPolicy->findData(int(profile.exitPolicy)));

    const QSignalBlocker blocker(m_environment);
    m_environment->setRowCount(0);
    for (auto it = profile.environment.constBegin(); it != profile.environment.constEnd(); ++it) {
        const int row = m_environment->rowCount();
        m_environment->insertRow(row);
        m_environment->setItem(row, KeyColumn, new QTableWidgetItem(it.key()));
        m_environment->setItem(row, ValueColumn, new QTableWidgetItem(it.value()));
    }
    validate();
}

LaunchProfile ProfileEditor::profile() const
{
    LaunchProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.iconName = m_icon->text().trimmed();

    profile.arguments.append(m_command->text().trimmed());
    // Empty lines between arguments are empty arguments, but trailing ones are left-over
    // line breaks.
    QStringList lines = m_arguments->toPlainText().split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    for (const QString &line : lines) {
        profile.arguments.append(unescapeArgument(line));
    }

    profile.workingDirectory = m_workingDirectory->text().trimmed();
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        profile.environment.insert(cellText(m_environment, row, KeyColumn).trimmed(),
            cellText(m_environment, row, ValueColumn));
    }
    profile.exitPolicy = ExitPolicy(m_exitPolicy->currentData().toInt());
    profile.favourite = m_favourite->isChecked();
    return profile;
}

QStringList ProfileEditor::validationErrors() const
{
    const LaunchProfile current = profile();
    QStringList errors = m_store ? m_store->validate(current) : current.validate();
    errors.append(environmentTableErrors());
    return errors;
}

// profile() folds the table into a map, so empty and repeated names are caught here first.
QStringList ProfileEditor::environmentTableErrors() const
{
    QStringList errors;
    QSet<QString> seen;
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QString key = cellText(m_environment, row, KeyColumn).trimmed();
        if (key.isEmpty()) {
            errors.append(tr("Environment: row %1 has no variable name; enter one or remove the "
                             "row.")
                              .arg(row + 1));
        } else if (seen.contains(key)) {
            errors.append(tr("Environment: \"%1\" is set twice; remove one of the rows.").arg(key));
        }
        seen.insert(key);
    }
    return errors;
}

void ProfileEditor::validate()
{
    const QStringList errors = validationErrors();
    m_errors->setText(errors.join(u'\n'));
    m_errors->setVisible(!errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
}

void ProfileEditor::addEnvironmentRow()
{
    const int row = m_environment->rowCount();
    m_environment->insertRow(row);
    m_environment->setItem(row, ValueColumn, new QTableWidgetItem);
    // Setting the key item last triggers validate() once the row is complete.
    m_environment->setItem(row, KeyColumn, new QTableWidgetItem);
    m_environment->setCurrentCell(row, KeyColumn);
    m_environment->editItem(m_environment->item(row, KeyColumn));
}

void ProfileEditor::removeEnvironmentRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_environment->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    if (rows.isEmpty() && m_environment->currentRow() >= 0) {
        rows.append(m_environment->currentRow());
    }

    // Remove from the bottom so the remaining row numbers stay valid.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : rows) {
        m_environment->removeRow(row);
    }
    validate();
}

void ProfileEditor::chooseWorkingDirectory()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Working Directory"), m_workingDirectory->text());
    if (!folder.isEmpty()) {
        m_workingDirectory->setText(folder);
    }
}

void ProfileEditor::importFromApplication()
{
    ApplicationPicker picker(DesktopEntry::installedApplications(m_applicationDirs), this);
    if (picker.exec() != QDialog::Accepted) {
        return;
    }
    const std::optional<DesktopEntry> entry = picker.selectedApplication();
    if (!entry) {
        return;
    }

    QString error;
    const std::optional<LaunchProfile> imported = entry->toProfile(&error);
    if (!imported) {
        QMessageBox::warning(this, tr("Import Failed"), error);
        return;
    }

    LaunchProfile merged = *imported;
    merged.environment = profile().environment;
    merged.exitPolicy = profile().exitPolicy;
    fillFields(merged);
}

} // namespace nestbox
