// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog that creates or edits one launch profile. It validates as the user types, lists
// every problem under the fields and keeps OK disabled until there is none.
#pragma once

#include "launchprofile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace nestbox {

class ProfileStore;

class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    /// store, when given, adds its duplicate-name check to the validation, but the editor never
    /// saves to it. The caller passes profile() to ProfileStore::create() or update().
    explicit ProfileEditor(const ProfileStore *store = nullptr, QWidget *parent = nullptr);

    void setProfile(const LaunchProfile &profile);
    /// The edited profile, with the id and favourite flag of the one passed to setProfile().
    LaunchProfile profile() const;

    /// The messages currently shown; empty when OK is enabled.
    QStringList validationErrors() const;

    /// Sets the folders that "Import from Application..." searches instead of
    /// DesktopEntry::standardApplicationDirs().
    void setApplicationDirs(const QStringList &dirs) { m_applicationDirs = dirs; }

private:
    void buildLayout();
    void connectFields();
    void addEnvironmentRow();
    void removeEnvironmentRows();
    void chooseWorkingDirectory();
    void importFromApplication();
    void fillFields(const LaunchProfile &profile);
    QStringList environmentTableErrors() const;
    void validate();

    const ProfileStore *m_store;
    QString m_id;
    QStringList m_applicationDirs;

    QLineEdit *m_name;
    QLineEdit *m_icon;
    QLineEdit *m_command;
    QPlainTextEdit *m_arguments;
    QLineEdit *m_workingDirectory;
    QPushButton *m_browse;
    QTableWidget *m_environment;
    QPushButton *m_addVariable;
    QPushButton *m_removeVariable;
    QComboBox *m_exitPolicy;
    QCheckBox *m_favourite;
    QPushButton *m_import;
    QLabel *m_errors;
    QDialogButtonBox *m_buttons;
};

} // namespace nestbox
