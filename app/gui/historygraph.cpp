// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryGraph: scaling the samples into two bands and painting them.
#include "historygraph.h"

#include <algorithm>
#include <cmath>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace nestbox {

namespace {

constexpr int margin = 4;

// The CPU scale grows in whole cores, so a busy multi-threaded app is not clipped and an idle one
// is not drawn as a wall of noise.
double cpuScale(const QList<UsageTotals> &samples)
{
    double highest = 0;
    for (const UsageTotals &sample : samples)
        highest = std::max(highest, sample.cpuPercent);
    return std::max(100.0, std::ceil(highest / 100.0) * 100.0);
}

// Memory is scaled to the next power of two, so the axis label stays a round size.
quint64 memoryScale(const QList<UsageTotals> &samples)
{
    quint64 highest = 0;
    for (const UsageTotals &sample : samples)
        highest = std::max(highest, sample.residentBytes);
    quint64 scale = 1024 * 1024;
    while (scale < highest)
        scale *= 2;
    return scale;
}

} // namespace

HistoryGraph::HistoryGraph(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("CPU and memory history"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateToolTip();
}

void HistoryGraph::setSamples(const QList<UsageTotals> &samples, int capacity, int sampleIntervalMs)
{
    m_samples = samples;
    m_capacity = std::max(1, capacity);
    m_sampleIntervalMs = std::max(1, sampleIntervalMs);
    updateToolTip();
    update();
}

QSize HistoryGraph::sizeHint() const
{
    return { 400, 180 };
}

QSize HistoryGraph::minimumSizeHint() const
{
    return { 160, 100 };
}

void HistoryGraph::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());

    const QLocale locale;
    const double cpuMaximum = cpuScale(m_samples);
    const quint64 memoryMaximum = memoryScale(m_samples);
    Band cpu { tr("CPU"), tr("%1 %").arg(locale.toString(cpuMaximum, 'f', 0)),
        QColor(0x2a, 0x7a, 0xd4), {} };
    Band memory { tr("Memory"), locale.formattedDataSize(qint64(memoryMaximum)),
        QColor(0x3c, 0x9a, 0x4a), {} };
    for (const UsageTotals &sample : std::as_const(m_samples)) {
        cpu.values.append(sample.cpuPercent / cpuMaximum);
        memory.values.append(double(sample.residentBytes) / double(memoryMaximum));
    }
    if (!m_samples.isEmpty()) {
        cpu.title += u' ' + tr("%1 %").arg(locale.toString(m_samples.last().cpuPercent, 'f', 1));
        memory.title += u' ' + locale.formattedDataSize(qint64(m_samples.last().residentBytes));
    }

    const int textHeight = fontMetrics().height();
    const QRect plots = rect().adjusted(margin, margin, -margin, -margin - textHeight);
    const int bandHeight = (plots.height() - margin) / 2;
    paintBand(painter, QRect(plots.left(), plots.top(), plots.width(), bandHeight), cpu);
    paintBand(painter,
        QRect(plots.left(), plots.top() + bandHeight + margin, plots.width(), bandHeight), memory);

    const int minutes = m_capacity * m_sampleIntervalMs / 60000;
    const QRect timeAxis(plots.left(), plots.bottom() + 1, plots.width(), textHeight);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(timeAxis, Qt::AlignLeft | Qt::AlignVCenter, tr("%n min ago", "", minutes));
    painter.drawText(timeAxis, Qt::AlignRight | Qt::AlignVCenter, tr("now"));
}

void HistoryGraph::paintBand(QPainter &painter, const QRect &area, const Band &band) const
{
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(0, 0, -1, -1));

    if (band.values.size() > 1) {
        const double step = double(area.width() - 1) / double(std::max(1, m_capacity - 1));
        const double right = area.right();
        const double firstX = right - step * double(band.values.size() - 1);
        auto pointAt = [&](int i) {
            const double value = std::clamp(band.values.at(i), 0.0, 1.0);
            return QPointF(firstX + step * i, area.bottom() - value * (area.height() - 1));
        };

        QPainterPath line;
        line.moveTo(pointAt(0));
        for (int i = 1; i < band.values.size(); ++i)
            line.lineTo(pointAt(i));
        QPainterPath fill = line;
        fill.lineTo(right, area.bottom());
        fill.lineTo(firstX, area.bottom());
        fill.closeSubpath();

        QColor fillColour = band.colour;
        fillColour.setAlpha(60);
        painter.fillPath(fill, fillColour);
        painter.setPen(QPen(band.colour, 1.5));
        painter.drawPath(line);
    }

    painter.setPen(palette().color(QPalette::Text));
    const QRect text = area.adjusted(margin, 0, -margin, 0);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, band.title);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, band.maximumText);
    painter.drawText(text, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("0"));
}

void HistoryGraph::updateToolTip()
{
    if (m_samples.isEmpty()) {
        setToolTip(tr("No samples yet"));
        return;
    }

    const UsageTotals &latest = m_samples.last();
    const QLocale locale;
    setToolTip(tr("CPU %1 %, memory %2; one sample every %3 s")
                   .arg(locale.toString(latest.cpuPercent, 'f', 1),
                       locale.formattedDataSize(qint64(latest.residentBytes)))
                   .arg(m_sampleIntervalMs / 1000));
}

} // namespace nestbox
