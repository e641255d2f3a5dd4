// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationpicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace nestbox {
namespace {

// The list item stores the index into m_applications, which survives filtering.
constexpr int applicationIndexRole = Qt::UserRole;

} // namespace

ApplicationPicker::ApplicationPicker(QList<DesktopEntry> applications, QWidget *parent)
    : QDialog(parent)
    , m_applications(std::move(applications))
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import from Application"));

    auto *filterLabel = new QLabel(tr("&Search:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setClearButtonEnabled(true);

    auto *listLabel = new QLabel(tr("&Applications:"), this);
    listLabel->setBuddy(m_list);
    for (qsizetype i = 0; i < m_applications.size(); ++i) {
        const DesktopEntry &entry = m_applications.at(i);
        auto *item = new QListWidgetItem(QIcon::fromTheme(entry.iconName), entry.name, m_list);
        item->setData(applicationIndexRole, int(i));
        item->setToolTip(entry.filePath);
    }
    m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterLabel);
    layout->addWidget(m_filter);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ApplicationPicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &ApplicationPicker::updateOkButton);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOkButton();
}

std::optional<DesktopEntry> ApplicationPicker::selectedApplication() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        return std::nullopt;
    }
    return m_applications.at(item->data(applicationIndexRole).toInt());
}

void ApplicationPicker::applyFilter(const QString &text)
{
    QListWidgetItem *firstVisible = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool matches = item->text().contains(text, Qt::CaseInsensitive);
        item->setHidden(!matches);
        if (matches && !firstVisible) {
            firstVisible = item;
        }
    }

    if (!m_list->currentItem() || m_list->currentItem()->isHidden()) {
        m_list->setCurrentItem(firstVisible);
    }
    updateOkButton();
}

void ApplicationPicker::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedApplication().has_value());
}

} // namespace nestbox
