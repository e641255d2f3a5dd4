// SPDX-License-Identifier: GPL-3.0-or-later
// A menu listing every launch profile, rebuilt whenever the store changes; choosing one asks for
// it to be launched. Used as the Profiles menu and as the namespace tree's launch submenu.
#pragma once

#include <QMenu>

namespace nestbox {

class ProfileStore;

class ProfileMenu : public QMenu
{
    Q_OBJECT

public:
    enum class Extras { None, ManageEntry };

    /// store must outlive the menu. With Extras::ManageEntry the menu ends with
    /// "Manage profiles...".
    ProfileMenu(
        const ProfileStore *store, const QString &title, Extras extras, QWidget *parent = nullptr);

signals:
    void launchRequested(const QString &profileId);
    void manageRequested();

private:
    void rebuild();

    const ProfileStore *m_store;
    Extras m_extras;
};

} // namespace nestbox
