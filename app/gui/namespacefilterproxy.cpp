// SPDX-License-Identifier: GPL-3.0-or-later
// NamespaceFilterProxy: which columns of the namespace tree the filter text is matched against.
// The owner matches by user name, or by uid where the uid has no passwd entry, and a namespace
// not created by Nestbox matches by that wording, because the shown text is what is matched.
#include "namespacefilterproxy.h"

#include "namespacemodel.h"

namespace nestbox {

NamespaceFilterProxy::NamespaceFilterProxy(QObject *parent)
    : TextFilterProxy(NamespaceModel::SortRole,
        { NamespaceModel::IdColumn, NamespaceModel::OwnerColumn, NamespaceModel::CommandColumn },
        parent)
{
}

} // namespace nestbox
