// SPDX-License-Identifier: GPL-3.0-or-later
// Sorts a NamespaceModel by its sort role and keeps the namespaces whose id, owner or command, as
// the model shows them, contains the filter text, together with their ancestors.
#pragma once

#include "textfilterproxy.h"

namespace nestbox {

class NamespaceFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit NamespaceFilterProxy(QObject *parent = nullptr);
};

} // namespace nestbox
