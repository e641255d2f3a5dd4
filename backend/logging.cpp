// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QString>
#include <QtGlobal>
#include <cstdlib>
#include <spdlog/sinks/stdout_sinks.h>

namespace nestbox::logging {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const auto qtLogger = get("qt");
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "default";

    switch (type) {
    case QtDebugMsg:
        qtLogger->debug("{}: {}", category, text);
        break;
    case QtInfoMsg:
        qtLogger->info("{}: {}", category, text);
        break;
    case QtWarningMsg:
        qtLogger->warn("{}: {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        qtLogger->error("{}: {}", category, text);
        break;
    }
}

} // namespace

void setup(spdlog::level::level_enum level)
{
    if (const char *fromEnvironment = std::getenv("NESTBOX_LOG_LEVEL")) {
        level = spdlog::level::from_str(fromEnvironment);
    }

    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    auto defaultLogger = std::make_shared<spdlog::logger>("nestbox", sink);
    spdlog::set_default_logger(defaultLogger);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e [%n] %l: %v");
    spdlog::set_level(level);
    spdlog::flush_on(spdlog::level::info);

    qInstallMessageHandler(forwardQtMessage);
}

std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    if (auto existing = spdlog::get(name)) {
        return existing;
    }

    auto logger = spdlog::default_logger()->clone(name);
    spdlog::register_logger(logger);
    return logger;
}

} // namespace nestbox::logging
