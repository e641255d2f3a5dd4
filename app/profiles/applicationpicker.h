// SPDX-License-Identifier: GPL-3.0-or-later
// Lets the user pick one installed application, with a filter box, so that the profile editor
// can fill a profile from its .desktop file.
#pragma once

#include "desktopentry.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace nestbox {

class ApplicationPicker : public QDialog
{
    Q_OBJECT

public:
    explicit ApplicationPicker(QList<DesktopEntry> applications, QWidget *parent = nullptr);

    /// The highlighted application, or nothing when the list is empty or filtered away.
    std::optional<DesktopEntry> selectedApplication() const;

private:
    void applyFilter(const QString &text);
    void updateOkButton();

    QList<DesktopEntry> m_applications;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace nestbox
