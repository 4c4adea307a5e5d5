#pragma once

#include "Target.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

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

    // Reads the shared options after parser.parse(); nullopt with `error`.
    struct Values
    {
        QString domain;
        std::optional<ResolverAddress> resolver;
        int timeoutMs = 5000;
        bool json = false;
    };
    std::optional<Values> values(QString *error) const;
};
