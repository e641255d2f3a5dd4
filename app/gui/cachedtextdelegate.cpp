// SPDX-License-Identifier: GPL-3.0-or-later
// CachedTextDelegate: the style draws the cell, the text comes from a QStaticText cache.
#include "cachedtextdelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace nestbox {

void CachedTextDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plainText = cell.features == QStyleOptionViewItem::HasDisplay
        || cell.features == (QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::Alternate);
    if (!plainText) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    // The same margin QCommonStyle leaves on either side of an item's text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect bounds = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget)
                             .adjusted(margin, 0, -margin, 0);
    if (text.isEmpty() || bounds.width() <= 0)
        return;

    if (cell.font != m_font) {
        m_texts.clear();
        m_font = cell.font;
    }
    cell.text = text;
    const QStaticText &laidOut = laidOutText(cell, bounds.width());

    const QSizeF size = laidOut.size();
    QPointF origin(bounds.left(), bounds.top() + (bounds.height() - size.height()) / 2);
    if (cell.displayAlignment & Qt::AlignRight)
        origin.setX(bounds.right() + 1 - size.width());
    else if (cell.displayAlignment & Qt::AlignHCenter)
        origin.setX(bounds.left() + (bounds.width() - size.width()) / 2);

    const bool enabled = cell.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = !enabled ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)   ? QPalette::Normal
                                                : QPalette::Inactive;
    const bool selected = cell.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(
        cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(origin, laidOut);
    painter->restore();
}

const QStaticText &CachedTextDelegate::laidOutText(
    const QStyleOptionViewItem &option, int width) const
{
    const Key key { option.text, width, option.textElideMode };
    if (const QStaticText *cached = m_texts.object(key))
        return *cached;

    // Only the first line is shown, as the rows have a uniform height.
    const QString line = option.text.section(QLatin1Char('\n'), 0, 0);
    const QFontMetrics metrics(option.font);
    auto *laidOut = new QStaticText(metrics.elidedText(line, option.textElideMode, width));
    laidOut->setTextFormat(Qt::PlainText);
    laidOut->prepare(QTransform(), option.font);
    m_texts.insert(key, laidOut);
    return *laidOut;
}

} // namespace nestbox
