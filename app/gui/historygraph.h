// SPDX-License-Identifier: GPL-3.0-or-later
// A small live chart of one namespace's recent CPU usage and memory, drawn with QPainter: CPU in
// the upper band, memory in the lower, the newest sample at the right edge.
#pragma once

#include "usagetotals.h"

#include <QList>
#include <QWidget>

namespace nestbox {

class HistoryGraph : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryGraph(QWidget *parent = nullptr);

    /// samples are oldest first, sampleIntervalMs apart; capacity of them fill the width.
    void setSamples(const QList<UsageTotals> &samples, int capacity, int sampleIntervalMs);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Band
    {
        QString title;
        QString maximumText;
        QColor colour;
        QList<double> values; ///< already divided by the band's maximum
    };

    void paintBand(QPainter &painter, const QRect &area, const Band &band) const;
    void updateToolTip();

    QList<UsageTotals> m_samples;
    int m_capacity = 1;
    int m_sampleIntervalMs = 1000;
};

} // namespace nestbox
