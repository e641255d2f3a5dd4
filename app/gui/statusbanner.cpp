// SPDX-License-Identifier: GPL-3.0-or-later
// StatusBanner: an icon, a wrapped explanation and a Retry button in a tinted frame.
#include "statusbanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace nestbox {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("statusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#statusBanner { background-color: #fdf0d5; "
                                 "border: 1px solid #e0b252; border-radius: 4px; }"
                                 "#statusBanner QLabel { color: #3d2c00; }"));

    const QIcon fallback = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_icon->setPixmap(QIcon::fromTheme(QStringLiteral("dialog-warning"), fallback).pixmap(32));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retryButton, 0, Qt::AlignVCenter);

    connect(m_retryButton, &QPushButton::clicked, this, &StatusBanner::retryRequested);
    hide();
}

void StatusBanner::setMessage(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString StatusBanner::message() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace nestbox
