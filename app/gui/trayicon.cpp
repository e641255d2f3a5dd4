// SPDX-License-Identifier: GPL-3.0-or-later
// TrayIcon: menu contents, the badge drawing and the tooltip.
#include "trayicon.h"

#include "namespacemodel.h"
#include "profileicon.h"
#include "profilestore.h"

#include <QPainter>

namespace nestbox {

TrayIcon::TrayIcon(const ProfileStore *store, const NamespaceModel *namespaces, QObject *parent)
    : QSystemTrayIcon(parent)
    , m_store(store)
    , m_namespaces(namespaces)
    , m_menu(std::make_unique<QMenu>())
{
    setContextMenu(m_menu.get());
    connect(m_store, &ProfileStore::profilesChanged, this, &TrayIcon::rebuild);
    connect(m_namespaces, &QAbstractItemModel::rowsInserted, this, &TrayIcon::rebuild);
    connect(m_namespaces, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::rebuild);
    connect(m_namespaces, &QAbstractItemModel::rowsMoved, this, &TrayIcon::rebuild);
    connect(m_namespaces, &QAbstractItemModel::modelReset, this, &TrayIcon::rebuild);
    connect(m_namespaces, &QAbstractItemModel::dataChanged, this, &TrayIcon::rebuild);
    connect(this, &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    rebuild();
}

// The menu has no parent widget, so the icon deletes it; the platform tray only borrows it.
TrayIcon::~TrayIcon() = default;

QIcon TrayIcon::badgedIcon(int count)
{
    const QIcon base(QStringLiteral(":/icons/nestbox.svg"));
    if (count == 0)
        return base;

    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = base.pixmap(size, size);
        // Without the resource (as in tests) the badge alone still tells that apps run.
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal diameter = size * 0.55;
        const QRectF badge(size - diameter, size - diameter, diameter, diameter);
        painter.setPen(QPen(Qt::white, std::max(1.0, size / 16.0)));
        painter.setBrush(QColor(0x2e, 0x9d, 0x4f));
        painter.drawEllipse(badge);

        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(diameter * 0.7)));
        painter.setFont(font);
        painter.drawText(
            badge, Qt::AlignCenter, count > 9 ? QStringLiteral("9+") : QString::number(count));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QStringList TrayIcon::contentKey() const
{
    QStringList key;
    for (const LaunchProfile &profile : m_store->favourites())
        key << QStringList { profile.id, profile.name, profile.iconName }.join(u'\t');

    QList<QModelIndex> running;
    collectNamespaces({}, running);
    for (const QModelIndex &row : std::as_const(running))
        key << row.data(NamespaceModel::NamespaceIdRole).toString() + u'\t'
                + row.siblingAtColumn(NamespaceModel::CommandColumn).data().toString();
    return key;
}

void TrayIcon::rebuild()
{
    QStringList key = contentKey();
    if (key == m_contentKey)
        return;
    m_contentKey = std::move(key);

    m_menu->clear();
    addFavourites();
    m_menu->addSeparator();
    addNamespaces();
    m_menu->addSeparator();

    QAction *open = m_menu->addAction(
        QIcon::fromTheme(QStringLiteral("nestbox"), QIcon(QStringLiteral(":/icons/nestbox.svg"))),
        tr("&Open Nestbox"));
    connect(open, &QAction::triggered, this, [this] { emit openRequested(0); });
    QAction *quit = m_menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit"),
                                          QIcon(QStringLiteral(":/icons/quit.svg"))),
        tr("&Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::addFavourites()
{
    const QList<LaunchProfile> favourites = m_store->favourites();
    for (const LaunchProfile &profile : favourites) {
        QAction *action = m_menu->addAction(profileIcon(profile.iconName),
            tr("Launch %1").arg(QString(profile.name).replace(u'&', QStringLiteral("&&"))));
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] { emit launchRequested(id); });
    }
    if (favourites.isEmpty())
        m_menu->addAction(tr("No favourite profiles"))->setEnabled(false);
}

void TrayIcon::addNamespaces()
{
    QList<QModelIndex> running;
    collectNamespaces({}, running);

    for (const QModelIndex &row : std::as_const(running)) {
        const quint64 id = row.data(NamespaceModel::NamespaceIdRole).toULongLong();
        const QString command
            = row.siblingAtColumn(NamespaceModel::CommandColumn).data().toString();
        // A command such as "sh -c 'a & b'" must not turn "& " into a mnemonic.
        QString label = tr("%1 (namespace %2)").arg(command).arg(id);
        QMenu *submenu = m_menu->addMenu(label.replace(u'&', QStringLiteral("&&")));
        QAction *open = submenu->addAction(tr("&Open"));
        QAction *terminate = submenu->addAction(QIcon::fromTheme(QStringLiteral("process-stop"),
                                                    QIcon(QStringLiteral(":/icons/terminate.svg"))),
            tr("&Terminate"));
        connect(open, &QAction::triggered, this, [this, id] { emit openRequested(id); });
        connect(terminate, &QAction::triggered, this, [this, id] { emit terminateRequested(id); });
    }
    if (running.isEmpty())
        m_menu->addAction(tr("No isolated apps running"))->setEnabled(false);

    if (running.size() == m_runningCount)
        return;
    m_runningCount = int(running.size());
    setIcon(badgedIcon(m_runningCount));
    setToolTip(m_runningCount == 0
            ? tr("Nestbox: no isolated apps running")
            : tr("Nestbox: %n isolated app(s) running", nullptr, m_runningCount));
}

void TrayIcon::collectNamespaces(const QModelIndex &parent, QList<QModelIndex> &found) const
{
    for (int row = 0; row < m_namespaces->rowCount(parent); ++row) {
        const QModelIndex index = m_namespaces->index(row, 0, parent);
        if (index.data(NamespaceModel::CreatedByNestboxRole).toBool())
            found.append(index);
        collectNamespaces(index, found);
    }
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        emit openRequested(0);
}

} // namespace nestbox
