#pragma once

#include "smtp/SaslClient.h"
#include "core/Target.h"

#include <QCoreApplication>
#include <QStringList>

// What `smtp-doctor-cli diagnose ...` asked for, or why it cannot be done.
struct DiagnoseOptions
{
    Q_DECLARE_TR_FUNCTIONS(DiagnoseOptions)

public:
    enum class Format { Text, Markdown, Json, Html };

    Target target;
    // A second connection profile tried in the same run, when asked for.
    std::optional<Target> backup;
    // The secret of the test session, read from stdin or the environment;
    // kept here in memory only, handed to the Diagnosis, never printed.
    SaslClient::Credentials credentials;
    Format format = Format::Text;
    QString outputFile;
    QString language;

    // `arguments` starts with the program name, as QCoreApplication gives it.
    // On failure returns nullopt and puts a one-line reason in `error`.
    static std::optional<DiagnoseOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
};
