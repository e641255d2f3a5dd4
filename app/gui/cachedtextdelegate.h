// SPDX-License-Identifier: GPL-3.0-or-later
// CachedTextDelegate paints plain-text cells from laid-out text kept between paints, so that
// repainting a live tree does not shape the same strings again.
#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace nestbox {

/// QStyledItemDelegate lays out each cell's text three times per paint (size, elision, drawing),
/// which was most of the cost of a process tree repainting after every delta. This delegate lets
/// the style draw everything but the text, and draws the text from a cache of QStaticText keyed
/// by string and width. Cells with an icon or a check box are painted by the base class.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    struct Key
    {
        QString text;
        int width;
        Qt::TextElideMode elideMode;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.elideMode);
        }
    };

    const QStaticText &laidOutText(const QStyleOptionViewItem &option, int width) const;

    // A tree view paints a few hundred cells at a time, so this keeps several screens of them.
    mutable QCache<Key, QStaticText> m_texts { 4096 };
    mutable QFont m_font;
};

} // namespace nestbox
