// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileMenu: one action per profile plus the optional manage entry.
#include "profilemenu.h"

#include "profileicon.h"
#include "profilestore.h"

namespace nestbox {

ProfileMenu::ProfileMenu(
    const ProfileStore *store, const QString &title, Extras extras, QWidget *parent)
    : QMenu(title, parent)
    , m_store(store)
    , m_extras(extras)
{
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileMenu::rebuild);
    rebuild();
}

void ProfileMenu::rebuild()
{
    clear();
    for (const LaunchProfile &profile : m_store->profiles()) {
        // Doubled, so that an & in the name shows instead of becoming a mnemonic.
        const QString text = QString(profile.name).replace(u'&', QStringLiteral("&&"));
        QAction *action = addAction(profileIcon(profile.iconName), text);
        action->setToolTip(profile.arguments.join(QLatin1Char(' ')));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit launchRequested(id); });
    }
    if (m_store->profiles().isEmpty())
        addAction(tr("No profiles yet"))->setEnabled(false);

    if (m_extras != Extras::ManageEntry)
        return;
    addSeparator();
    QAction *manage = addAction(QIcon::fromTheme(QStringLiteral("configure"),
                                    QIcon(QStringLiteral(":/icons/profiles.svg"))),
        tr("&Manage profiles..."));
    connect(manage, &QAction::triggered, this, &ProfileMenu::manageRequested);
}

} // namespace nestbox
