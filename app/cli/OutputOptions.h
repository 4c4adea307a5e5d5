// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include "TerminalStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QCommandLineParser;
struct Report;

// Where and how a command writes what it found, declared once: --format
// (the formats the command has), --output, --quiet, and for a command whose
// text is a report (severities, a verdict) --color.
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
    // Report: the text form is TextReport's, which --color can style.
    // Plain: a command's own text (discover, spf, explain), without --color.
    enum class Styling { Report, Plain };

    explicit OutputOptions(const QList<Format> &formats = reportFormats(),
                           QuietOption quiet = QuietOption::Offered,
                           Styling styling = Styling::Report);

    QList<QCommandLineOption> options() const;
    // The fixed values of its options, by long name (--format, --color).
    QHash<QString, QStringList> valueChoices() const;
    QString read(const QCommandLineParser &parser);

    Format format() const { return m_format; }
    QString outputFile() const { return m_outputFile; }

    // --quiet: the verdict sentence alone, for scripts that read the status.
    bool isQuiet() const { return m_quiet; }
    // The report in the chosen format (with --quiet, its verdict line), in
    // colour when it goes to a terminal (TerminalStyle).
    QByteArray render(const Report &report) const;
    // Writes `data` to the output file, else standard output; returns
    // `status`, or 2 (with the reason on stderr) when it cannot be written.
    // The file is replaced atomically (QSaveFile): whoever reads it, and
    // whatever stops this process, finds the old report or the new one,
    // never half of one.
    int write(const QByteArray &data, int status) const;
    // With --output: the report so far, rendered and written as write()
    // does, while the run goes on (after each attempt or finding), so that a
    // killed run leaves its last complete report. Without --output, nothing
    // (standard output gets the final report only). A failure is said once
    // on stderr and the run goes on; returns whether the file was written.
    bool writeSnapshot(const Report &report);

private:
    QList<Format> m_formats;
    QuietOption m_quietOffered;
    Styling m_styling;
    QCommandLineOption m_formatOption;
    QCommandLineOption m_outputOption;
    QCommandLineOption m_quietOption;
    QCommandLineOption m_colorOption;
    TerminalStyle::Choice m_color = TerminalStyle::Choice::Auto;
    Format m_format = Format::Text;
    QString m_outputFile;
    bool m_quiet = false;
    bool m_snapshotFailed = false;
};
