// SPDX-License-Identifier: GPL-3.0-or-later
// A message strip at the top of the main window that explains why Nestbox cannot show or do
// anything (no bus, no helper, polkit rejection) and offers to retry.
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace nestbox {

class StatusBanner : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    /// Shows text with a warning icon; an empty text hides the banner.
    void setMessage(const QString &text);
    QString message() const;

signals:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retryButton;
};

} // namespace nestbox
