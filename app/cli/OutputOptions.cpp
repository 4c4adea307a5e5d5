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

#include <cstdio>

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

OutputOptions::OutputOptions(const QList<Format> &formats, QuietOption quiet)
    : m_formats(formats)
    , m_quietOffered(quiet)
    , m_formatOption(QStringLiteral("format"),
                     tr("%1 (default text).").arg(formatList(formats)),
                     QStringLiteral("FORMAT"))
    , m_outputOption(
          QStringLiteral("output"), tr("Write the report to this file."), QStringLiteral("FILE"))
    , m_quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                    tr("Print only the verdict line; the exit status says the rest."))
{}

QList<QCommandLineOption> OutputOptions::options() const
{
    if (m_quietOffered == QuietOption::NotOffered)
        return {m_formatOption, m_outputOption};
    return {m_formatOption, m_outputOption, m_quietOption};
}

QString OutputOptions::read(const QCommandLineParser &parser)
{
    m_outputFile = parser.value(m_outputOption);
    m_quiet = m_quietOffered == QuietOption::Offered && parser.isSet(m_quietOption);
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
    if (m_quiet)
        return (ReportVerdict::sentence(report) + QLatin1Char('\n')).toUtf8();
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
    return TextReport::write(report).toUtf8();
}

int OutputOptions::write(const QByteArray &data, int status) const
{
    bool written = false;
    if (m_outputFile.isEmpty()) {
        written = std::fwrite(data.constData(), 1, data.size(), stdout) == size_t(data.size());
    } else {
        QFile file(m_outputFile);
        written = file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                  && file.write(data) == data.size();
    }
    if (!written)
        return Command::unusable(tr("cannot write the report to \"%1\"").arg(m_outputFile));
    return status;
}
