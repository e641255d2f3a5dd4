// SPDX-License-Identifier: GPL-3.0-or-later
// The text the GUI shows for a failed helper call: a plain sentence for a polkit denial that names
// the action an administrator can grant, with the helper's raw error kept apart as details.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace nestbox {

struct CallError;

class CallErrorMessage
{
    Q_DECLARE_TR_FUNCTIONS(nestbox::CallErrorMessage)

public:
    /// Describes error, returned by the helper's method (a D-Bus method name such as "Launch").
    /// failure is the text for every error that is not a polkit denial.
    CallErrorMessage(const CallError &error, const QString &method, const QString &failure);

    /// The sentence to show.
    QString text() const { return m_text; }
    /// The D-Bus error name and message as the helper sent them, for a tool tip or details box.
    QString details() const { return m_details; }
    bool isAccessDenied() const { return m_accessDenied; }

    /// Returns the sentence for a polkit denial of method.
    static QString accessDeniedText(const QString &method);

private:
    QString m_text;
    QString m_details;
    bool m_accessDenied;
};

} // namespace nestbox
