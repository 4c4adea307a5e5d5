// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputOptions.h"

#include "Command.h"

#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/Report.h"
#include "report/ReportVerdict.h"
#include "report/TextReport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// "text, markdown or json": the list as a sentence, for the help and the reason.
QString formatList(const QList<OutputOptions::Format> &formats)
{
    QStringList names;
    for (OutputOptions::Format format : formats)
        names.append(OutputOptions::formatName(format));
    const QString last = names.takeLast();
    return names.isEmpty()
               ? last
               : OutputOptions::tr("%1 or %2").arg(names.join(QLatin1String(", ")), last);
}

} // namespace

QString OutputOptions::formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Markdown:
        return QStringLiteral("markdown");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

OutputOptions::OutputOptions(const QList<Format> &formats, QuietOption quiet, Styling styling)
    : m_formats(formats)
    , m_quietOffered(quiet)
    , m_styling(styling)
    , m_formatOption(QStringLiteral("format"),
                     tr("%1 (default text).").arg(formatList(formats)),
                     QStringLiteral("FORMAT"))
    , m_outputOption(
          QStringLiteral("output"), tr("Write the report to this file."), QStringLiteral("FILE"))
    , m_quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                    tr("Print only the verdict line; the exit status says the rest."))
    , m_colorOption(QStringLiteral("color"),
                    tr("Colour the text report: auto (on a terminal, unless NO_COLOR is set), "
                       "always or never (default auto)."),
                    QStringLiteral("WHEN"))
{}

QList<QCommandLineOption> OutputOptions::options() const
{
    QList<QCommandLineOption> options{m_formatOption, m_outputOption};
    if (m_quietOffered == QuietOption::Offered)
        options.append(m_quietOption);
    if (m_styling == Styling::Report)
        options.append(m_colorOption);
    return options;
}

QHash<QString, QStringList> OutputOptions::valueChoices() const
{
    QStringList formats;
    for (Format format : m_formats)
        formats.append(formatName(format));
    QHash<QString, QStringList> choices{{m_formatOption.names().constFirst(), formats}};
    if (m_styling == Styling::Report)
        choices.insert(m_colorOption.names().constFirst(), TerminalStyle::choiceNames());
    return choices;
}

QString OutputOptions::read(const QCommandLineParser &parser)
{
    m_outputFile = parser.value(m_outputOption);
    m_quiet = m_quietOffered == QuietOption::Offered && parser.isSet(m_quietOption);
    if (m_styling == Styling::Report && parser.isSet(m_colorOption)) {
        const auto color = TerminalStyle::choiceFromName(parser.value(m_colorOption));
        if (!color)
            return tr("--color must be auto, always or never, not \"%1\"")
                .arg(parser.value(m_colorOption));
        m_color = *color;
    }
    if (!parser.isSet(m_formatOption))
        return {};
    const QString name = parser.value(m_formatOption);
    for (Format format : std::as_const(m_formats)) {
        if (formatName(format) == name) {
            m_format = format;
            return {};
        }
    }
    return tr("--format must be %1, not \"%2\"").arg(formatList(m_formats), name);
}

QByteArray OutputOptions::render(const Report &report) const
{
    // Colour for standard output alone: a report file is for a ticket.
    const bool styled = m_styling == Styling::Report && m_outputFile.isEmpty()
                        && (m_quiet || m_format == Format::Text)
                        && TerminalStyle::isEnabled(m_color, STDOUT_FILENO);
    if (m_quiet) {
        const QString line = ReportVerdict::sentence(report) + QLatin1Char('\n');
        return (styled ? TerminalStyle::apply(line, report) : line).toUtf8();
    }
    switch (m_format) {
    case Format::Json:
        return JsonReport::write(report);
    case Format::Markdown:
        return MarkdownReport::write(report).toUtf8();
    case Format::Html:
        return HtmlReport::write(report).toUtf8();
    case Format::Text:
        break;
    }
    const QString text = TextReport::write(report);
    return (styled ? TerminalStyle::apply(text, report) : text).toUtf8();
}

namespace {

// Something that exists and is no regular file (/dev/null, a pipe from
// `<(...)`, /dev/stderr) is written directly: renaming over it would
// replace the device itself.
bool isSpecialFile(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 && !S_ISREG(info.st_mode);
}

// The whole file or nothing: QSaveFile writes beside it, syncs, then renames.
QString saveAtomically(const QString &path, const QByteArray &data)
{
    if (isSpecialFile(path)) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly) || device.write(data) != data.size())
            return device.errorString();
        return {};
    }
    QSaveFile file(path);
    // Unbuffered: a full disk fails the write() itself. Buffered, Qt 6.4
    // writes the buffer out at commit() without noticing that it failed,
    // and renames a short file over the complete one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

int OutputOptions::write(const QByteArray &data, int status) const
{
    if (m_outputFile.isEmpty()) {
        if (std::fwrite(data.constData(), 1, data.size(), stdout) != size_t(data.size()))
            return Command::unusable(tr("cannot write the report to standard output"));
        return status;
    }
    if (const QString reason = saveAtomically(m_outputFile, data); !reason.isEmpty())
        return Command::unusable(
            tr("cannot write the report to \"%1\": %2").arg(m_outputFile, reason));
    return status;
}

bool OutputOptions::writeSnapshot(const Report &report)
{
    if (m_outputFile.isEmpty())
        return false;
    const QString reason = saveAtomically(m_outputFile, render(report));
    if (reason.isEmpty())
        return true;
    if (!m_snapshotFailed)
        QTextStream(stderr) << tr("smtp-doctor-cli: cannot write the report so far to \"%1\" "
                                  "(%2); the run goes on.")
                                   .arg(m_outputFile, reason)
                            << '\n';
    m_snapshotFailed = true;
    return false;
}
