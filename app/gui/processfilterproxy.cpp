// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessFilterProxy: which columns of the process tree the filter text is matched against.
#include "processfilterproxy.h"

#include "processmodel.h"

namespace nestbox {

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : TextFilterProxy(ProcessModel::SortRole,
        { ProcessModel::CommandColumn, ProcessModel::UserColumn, ProcessModel::PidColumn,
            ProcessModel::HostPidColumn },
        parent)
{
}

} // namespace nestbox
