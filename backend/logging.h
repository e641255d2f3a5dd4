// SPDX-License-Identifier: GPL-3.0-or-later
// spdlog set-up shared by every Nestbox program: one named logger per component, one sink.
#pragma once

#include <memory>
#include <spdlog/spdlog.h>
#include <string>

namespace nestbox::logging {

/// Sends every logger's output to stderr at level and routes Qt's own messages into the "qt"
/// logger. NESTBOX_LOG_LEVEL (trace, debug, info, warn, error) overrides level.
void setup(spdlog::level::level_enum level = spdlog::level::info);

/// Returns the logger called name ("helper.auth", "backend.proc", "app", ...), creating it on
/// first use with the sink setup() configured.
std::shared_ptr<spdlog::logger> get(const std::string &name);

} // namespace nestbox::logging
