// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileManagerDialog: the list, its buttons, and the round trips through ProfileEditor.
#include "profilemanagerdialog.h"

#include "applicationpicker.h"
#include "desktopentry.h"
#include "profileeditor.h"
#include "profileicon.h"
#include "profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace nestbox {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_applicationDirs(DesktopEntry::standardApplicationDirs())
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New..."), this))
    , m_edit(new QPushButton(tr("&Edit..."), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_favourite(new QPushButton(tr("&Favourite"), this))
    , m_import(new QPushButton(tr("&Import from application..."), this))
{
    setWindowTitle(tr("Manage Profiles"));
    m_favourite->setCheckable(true);
    m_favourite->setToolTip(tr("Favourites appear in the toolbar and the tray menu"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { m_new, m_edit, m_duplicate, m_delete, m_favourite, m_import })
        buttons->addWidget(button);
    buttons->addStretch(1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list, 1);
    columns->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);

    connect(m_new, &QPushButton::clicked, this, &ProfileManagerDialog::createProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_favourite, &QPushButton::clicked, this, &ProfileManagerDialog::toggleFavourite);
    connect(m_import, &QPushButton::clicked, this, &ProfileManagerDialog::importFromApplication);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileManagerDialog::editProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::reload);

    reload();
    resize(520, 360);
}

void ProfileManagerDialog::reload()
{
    const QString current = selectedId();
    m_list->clear();
    for (const LaunchProfile &profile : m_store->profiles()) {
        const QString label
            = profile.favourite ? tr("%1 (favourite)").arg(profile.name) : profile.name;
        auto *item = new QListWidgetItem(profileIcon(profile.iconName), label, m_list);
        item->setData(IdRole, profile.id);
        item->setToolTip(profile.arguments.join(QLatin1Char(' ')));
    }
    select(current);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::updateButtons()
{
    const std::optional<LaunchProfile> profile = m_store->profile(selectedId());
    for (QPushButton *button : { m_edit, m_duplicate, m_delete, m_favourite })
        button->setEnabled(profile.has_value());
    m_favourite->setChecked(profile && profile->favourite);
}

QString ProfileManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ProfileManagerDialog::select(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

QString ProfileManagerDialog::runEditor(const LaunchProfile &profile)
{
    ProfileEditor editor(m_store, this);
    editor.setApplicationDirs(m_applicationDirs);
    editor.setProfile(profile);
    if (editor.exec() != QDialog::Accepted)
        return {};

    const LaunchProfile edited = editor.profile();
    if (edited.id.isEmpty()) {
        const QString id = m_store->create(edited);
        if (id.isEmpty())
            reportFailure();
        return id;
    }
    if (!m_store->update(edited)) {
        reportFailure();
        return {};
    }
    return edited.id;
}

void ProfileManagerDialog::createProfile()
{
    select(runEditor(LaunchProfile {}));
}

void ProfileManagerDialog::editProfile()
{
    const std::optional<LaunchProfile> profile = m_store->profile(selectedId());
    if (profile)
        runEditor(*profile);
}

void ProfileManagerDialog::duplicateProfile()
{
    const QString id = m_store->duplicate(selectedId());
    if (id.isEmpty())
        reportFailure();
    select(id);
}

void ProfileManagerDialog::deleteProfile()
{
    const std::optional<LaunchProfile> profile = m_store->profile(selectedId());
    if (!profile)
        return;

    const auto answer = QMessageBox::question(this, tr("Delete profile"),
        tr("Delete the profile \"%1\"? This cannot be undone.").arg(profile->name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && !m_store->remove(profile->id))
        reportFailure();
}

void ProfileManagerDialog::toggleFavourite()
{
    const std::optional<LaunchProfile> profile = m_store->profile(selectedId());
    if (profile && !m_store->setFavourite(profile->id, !profile->favourite))
        reportFailure();
    updateButtons();
}

void ProfileManagerDialog::importFromApplication()
{
    ApplicationPicker picker(DesktopEntry::installedApplications(m_applicationDirs), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    const std::optional<DesktopEntry> application = picker.selectedApplication();
    if (!application)
        return;

    QString error;
    const std::optional<LaunchProfile> profile = application->toProfile(&error);
    if (!profile) {
        QMessageBox::warning(this, tr("Import from application"), error);
        return;
    }
    select(runEditor(*profile));
}

void ProfileManagerDialog::reportFailure()
{
    QMessageBox::warning(this, tr("Manage Profiles"), m_store->lastError());
}

} // namespace nestbox
