// SPDX-License-Identifier: GPL-3.0-or-later
// Sorts a ProcessModel by its sort role and keeps the processes whose command, user or PID
// contains the filter text, together with their ancestors.
#pragma once

#include "textfilterproxy.h"

namespace nestbox {

class ProcessFilterProxy : public TextFilterProxy
{
    Q_OBJECT

public:
    explicit ProcessFilterProxy(QObject *parent = nullptr);
};

} // namespace nestbox
