// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog: shows AppSettings and writes them back on OK.
#include "settingsdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QVBoxLayout>

namespace nestbox {

SettingsDialog::SettingsDialog(bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_startMinimized(new QCheckBox(tr("Start &minimised to the tray"), this))
    , m_closeToTray(new QCheckBox(tr("&Close to the tray"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at &login"), this))
{
    setWindowTitle(tr("Settings"));

    const AppSettings settings;
    m_startMinimized->setChecked(settings.startMinimized());
    m_closeToTray->setChecked(settings.closeToTray());
    m_startAtLogin->setChecked(settings.startsAtLogin());
    m_startAtLogin->setToolTip(tr("Adds Nestbox to %1").arg(AppSettings::autostartFilePath()));
    if (!trayAvailable) {
        const QString why = tr("The desktop has no system tray, so Nestbox cannot hide there.");
        for (QCheckBox *box : { m_startMinimized, m_closeToTray }) {
            box->setEnabled(false);
            box->setToolTip(why);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_startMinimized);
    layout->addWidget(m_closeToTray);
    layout->addWidget(m_startAtLogin);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SettingsDialog::apply()
{
    AppSettings settings;
    if (m_startMinimized->isEnabled())
        settings.setStartMinimized(m_startMinimized->isChecked());
    if (m_closeToTray->isEnabled())
        settings.setCloseToTray(m_closeToTray->isChecked());

    QString error;
    if (settings.setStartAtLogin(m_startAtLogin->isChecked(), &error))
        return true;
    QMessageBox::warning(this, tr("Settings"), error);
    return false;
}

} // namespace nestbox
