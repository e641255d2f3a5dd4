// SPDX-License-Identifier: GPL-3.0-or-later
// D-Bus marshalling of the wire types shared by the helper and its clients.
// The signatures here must match the checked-in interface XML, helper/org.nestbox.Helper1.xml.
#pragma once

#include "namespaceinfo.h"
#include "processinfo.h"

#include <QDBusArgument>
#include <QMap>
#include <QString>

namespace nestbox {

/// Environment variables a client asks to pass to a launched app (D-Bus a{ss}).
using EnvironmentMap = QMap<QString, QString>;

/// D-Bus signature of one ProcessInfo.
inline constexpr char processInfoSignature[] = "(iiuysasttaitti)";
/// D-Bus signature of one NamespaceInfo.
inline constexpr char namespaceInfoSignature[] = "(ttiiuibas)";

/// Registers the wire types with Qt's meta-type and D-Bus type systems; call once per process.
void registerDBusTypes();

QDBusArgument &operator<<(QDBusArgument &argument, const ProcessInfo &process);
const QDBusArgument &operator>>(const QDBusArgument &argument, ProcessInfo &process);
QDBusArgument &operator<<(QDBusArgument &argument, const NamespaceInfo &ns);
const QDBusArgument &operator>>(const QDBusArgument &argument, NamespaceInfo &ns);

} // namespace nestbox

Q_DECLARE_METATYPE(nestbox::EnvironmentMap)
