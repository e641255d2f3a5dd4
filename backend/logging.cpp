// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <cstdlib>
#include <QString>
#include <QtGlobal>
#include <spdlog/pattern_formatter.h>
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

// The %* flag: the message with each control character escaped as \n or \xNN. Messages carry
// text that callers supply, such as a launched command, where a raw newline would forge a line.
class EscapedMessageFlag : public spdlog::custom_flag_formatter
{
public:
    void format(const spdlog::details::log_msg &message, const std::tm &,
        spdlog::memory_buf_t &destination) override
    {
        static constexpr char hexDigits[] = "0123456789abcdef";
        for (const char character : message.payload) {
            const auto byte = static_cast<unsigned char>(character);
            if (byte >= 0x20 && byte != 0x7f) {
                destination.push_back(character);
            } else if (character == '\n') {
                destination.append(std::string_view("\\n"));
            } else {
                const char escaped[] = { '\\', 'x', hexDigits[byte >> 4], hexDigits[byte & 0xf] };
                destination.append(escaped, escaped + sizeof escaped);
            }
        }
    }

    std::unique_ptr<custom_flag_formatter> clone() const override
    {
        return std::make_unique<EscapedMessageFlag>();
    }
};

} // namespace

void setup(spdlog::level::level_enum level)
{
    if (const char *fromEnvironment = std::getenv("NESTBOX_LOG_LEVEL")) {
        level = spdlog::level::from_str(fromEnvironment);
    }

    auto sink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    auto defaultLogger = std::make_shared<spdlog::logger>("nestbox", sink);
    spdlog::set_default_logger(defaultLogger);
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<EscapedMessageFlag>('*').set_pattern("%Y-%m-%dT%H:%M:%S.%e [%n] %l: %*");
    spdlog::set_formatter(std::move(formatter));
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
