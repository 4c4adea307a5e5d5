#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

class QCommandLineParser;
struct Report;

// Where and how a command writes what it found, declared once: --format
// (the formats the command has) and --output.
class OutputOptions
{
    Q_DECLARE_TR_FUNCTIONS(OutputOptions)
public:
    enum class Format { Text, Markdown, Json, Html };

    static QList<Format> reportFormats()
    {
        return {Format::Text, Format::Markdown, Format::Json, Format::Html};
    }
    static QString formatName(Format format);

    // Commands that print no report (explain) have no verdict line to be quiet with.
    enum class QuietOption { Offered, NotOffered };

    explicit OutputOptions(const QList<Format> &formats = reportFormats(),
                           QuietOption quiet = QuietOption::Offered);

    QList<QCommandLineOption> options() const;
    QString read(const QCommandLineParser &parser);

    Format format() const { return m_format; }
    QString outputFile() const { return m_outputFile; }

    // --quiet: the verdict sentence alone, for scripts that read the status.
    bool isQuiet() const { return m_quiet; }
    // The report in the chosen format (with --quiet, its verdict line).
    QByteArray render(const Report &report) const;
    // Writes `data` to the output file, else standard output; returns
    // `status`, or 2 (with the reason on stderr) when it cannot be written.
    int write(const QByteArray &data, int status) const;

private:
    QList<Format> m_formats;
    QuietOption m_quietOffered;
    QCommandLineOption m_formatOption;
    QCommandLineOption m_outputOption;
    QCommandLineOption m_quietOption;
    Format m_format = Format::Text;
    QString m_outputFile;
    bool m_quiet = false;
};
