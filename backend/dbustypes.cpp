// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbustypes.h"

#include <QDBusMetaType>

namespace nestbox {

void registerDBusTypes()
{
    qDBusRegisterMetaType<ProcessInfo>();
    qDBusRegisterMetaType<ProcessList>();
    qDBusRegisterMetaType<NamespaceInfo>();
    qDBusRegisterMetaType<NamespaceList>();
    qDBusRegisterMetaType<EnvironmentMap>();
    qDBusRegisterMetaType<PidList>();

    // The generated adaptor and proxy name the typedefs in their signal signatures, and Qt 6
    // resolves those by name, so each alias needs its own registration.
    qRegisterMetaType<ProcessList>("nestbox::ProcessList");
    qRegisterMetaType<NamespaceList>("nestbox::NamespaceList");
    qRegisterMetaType<PidList>("nestbox::PidList");
    qRegisterMetaType<EnvironmentMap>("nestbox::EnvironmentMap");
}

QDBusArgument &operator<<(QDBusArgument &argument, const ProcessInfo &process)
{
    argument.beginStructure();
    argument << process.hostPid << process.parentPid << process.uid
             << static_cast<uchar>(process.state) << process.name << process.arguments
             << process.startTime << process.pidNamespace << process.namespacePids
             << process.cpuTicks << process.residentBytes << process.threadCount;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ProcessInfo &process)
{
    uchar state = '?';
    argument.beginStructure();
    argument >> process.hostPid >> process.parentPid >> process.uid >> state >> process.name
        >> process.arguments >> process.startTime >> process.pidNamespace
        >> process.namespacePids >> process.cpuTicks >> process.residentBytes
        >> process.threadCount;
    argument.endStructure();
    process.state = static_cast<char>(state);
    return argument;
}

QDBusArgument &operator<<(QDBusArgument &argument, const NamespaceInfo &ns)
{
    argument.beginStructure();
    argument << ns.id << ns.parentId << ns.level << ns.initHostPid << ns.ownerUid
             << ns.processCount << ns.createdByNestbox << ns.command;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, NamespaceInfo &ns)
{
    argument.beginStructure();
    argument >> ns.id >> ns.parentId >> ns.level >> ns.initHostPid >> ns.ownerUid
        >> ns.processCount >> ns.createdByNestbox >> ns.command;
    argument.endStructure();
    return argument;
}

} // namespace nestbox
