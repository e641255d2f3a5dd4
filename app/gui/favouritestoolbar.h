// SPDX-License-Identifier: GPL-3.0-or-later
// A toolbar with one button per favourite launch profile, kept in step with the ProfileStore.
#pragma once

#include <QToolBar>

namespace nestbox {

class ProfileStore;

class FavouritesToolBar : public QToolBar
{
    Q_OBJECT

public:
    /// store must outlive the toolbar.
    explicit FavouritesToolBar(const ProfileStore *store, QWidget *parent = nullptr);

signals:
    void launchRequested(const QString &profileId);

private:
    void rebuild();

    const ProfileStore *m_store;
};

} // namespace nestbox
