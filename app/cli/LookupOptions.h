#pragma once

#include "core/Target.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>
#include <optional>

// The options that every DNS-only command shares: --domain, --resolver,
// --timeout, --format. Each command adds its own.
class LookupOptions
{
    Q_DECLARE_TR_FUNCTIONS(LookupOptions)
public:
    LookupOptions();

    QCommandLineParser parser;
    QCommandLineOption domain;
    QCommandLineOption resolver;
    QCommandLineOption timeout;
    QCommandLineOption format;

    struct Values
    {
        QString domain;
        std::optional<ResolverAddress> resolver;
        int timeoutMs = 5000;
        bool json = false;
    };
    // Parses the arguments of `command` (without the command word). On
    // --help prints the help, on unusable arguments a one-line reason (and
    // `commandCheck`'s, for the command's own options); both give nullopt
    // with the exit status in `exitCode`.
    std::optional<Values> parse(const QStringList &arguments,
                                const QString &command,
                                int *exitCode,
                                const std::function<QString()> &commandCheck = {});

private:
    std::optional<Values> values(QString *error) const;
};
