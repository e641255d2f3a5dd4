// SPDX-License-Identifier: GPL-3.0-or-later
// Sorts a NamespaceModel by its sort role and keeps the namespaces whose id, owner or command, as
// the model shows them, contains the filter text, together with their ancestors.
#pragma once

#include <QSortFilterProxyModel>

namespace nestbox {

class NamespaceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NamespaceFilterProxy(QObject *parent = nullptr);

    /// Case-insensitive plain text; empty shows every namespace.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace nestbox
