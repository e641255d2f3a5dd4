// SPDX-License-Identifier: GPL-3.0-or-later
// FavouritesToolBar: rebuilds its buttons from ProfileStore::favourites().
#include "favouritestoolbar.h"

#include "profileicon.h"
#include "profilestore.h"

namespace nestbox {

FavouritesToolBar::FavouritesToolBar(const ProfileStore *store, QWidget *parent)
    : QToolBar(tr("Favourites"), parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("favouritesToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_store, &ProfileStore::profilesChanged, this, &FavouritesToolBar::rebuild);
    rebuild();
}

void FavouritesToolBar::rebuild()
{
    clear();
    const QList<LaunchProfile> favourites = m_store->favourites();
    for (const LaunchProfile &profile : favourites) {
        // Doubled, so that an & in the name shows instead of becoming a mnemonic.
        const QString text = QString(profile.name).replace(u'&', QStringLiteral("&&"));
        QAction *action = addAction(profileIcon(profile.iconName), text);
        action->setToolTip(tr("Launch %1 in a new namespace").arg(profile.name));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit launchRequested(id); });
    }
    // An empty toolbar would show as a bare handle.
    setVisible(!favourites.isEmpty());
}

} // namespace nestbox
