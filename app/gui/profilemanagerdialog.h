// SPDX-License-Identifier: GPL-3.0-or-later
// "Manage profiles": the list of launch profiles with New, Edit, Duplicate, Delete, Favourite and
// Import from application. Every change goes straight to the ProfileStore, which saves it.
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace nestbox {

class LaunchProfile;
class ProfileStore;

class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    /// store must outlive the dialog.
    explicit ProfileManagerDialog(ProfileStore *store, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    /// Makes "Import from application" search dirs instead of the standard folders.
    void setApplicationDirs(const QStringList &dirs) { m_applicationDirs = dirs; }

    void createProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void toggleFavourite();
    void importFromApplication();

private:
    void reload();
    void updateButtons();
    QString selectedId() const;
    void select(const QString &id);
    /// Opens the editor on profile and saves the result; returns the saved id or an empty string.
    QString runEditor(const LaunchProfile &profile);
    void reportFailure();

    ProfileStore *m_store;
    QStringList m_applicationDirs;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_favourite;
    QPushButton *m_import;
};

} // namespace nestbox
