// SPDX-License-Identifier: GPL-3.0-or-later
// A sorting proxy for the main window's trees that keeps the rows whose text in some columns
// contains the filter text, together with their ancestors, so the hierarchy stays readable.
#pragma once

#include <QList>
#include <QSortFilterProxyModel>

namespace nestbox {

class TextFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Sorts by sortRole and matches the displayed text of matchedColumns.
    TextFilterProxy(int sortRole, QList<int> matchedColumns, QObject *parent = nullptr);

    /// Case-insensitive plain text; empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_matchedColumns;
    QString m_text;
};

} // namespace nestbox
