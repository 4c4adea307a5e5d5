// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "AttemptChart.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/MarkdownReport.h"
#include "report/ReportVerdict.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {

const QString chartResource = QStringLiteral("smtp-doctor-watch-chart.png");

// The chart of a watch run, as the wizard drew it, for the HTML and PDF.
QImage watchChart(const Report &report)
{
    if (!report.watch || report.watch->attempts.isEmpty())
        return {};
    AttemptChart chart;
    for (const WatchAttempt &attempt : report.watch->attempts)
        chart.addAttempt(attempt);
    return chart.render(QSize(1200, 500));
}

// The same image inside the HTML file itself, which must stand alone.
QString chartDataUrl(const Report &report)
{
    const QImage chart = watchChart(report);
    if (chart.isNull())
        return {};
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

QStringList ReportExporter::fileFilters()
{
    return {tr("Markdown (*.md)"),
            tr("Web page (*.html)"),
            tr("JSON report (*.json)"),
            tr("PDF document (*.pdf)")};
}

QString ReportExporter::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

std::optional<ReportExporter::Format> ReportExporter::formatOf(const QString &path,
                                                               const QString &selectedFilter)
{
    // A suffix the user typed wins over the filter left in the dialog.
    const QString ending = QFileInfo(path).suffix().toLower();
    for (const Format format : {Format::Markdown, Format::Html, Format::Json, Format::Pdf}) {
        if (ending == suffix(format))
            return format;
    }
    if (ending == QLatin1String("htm"))
        return Format::Html;
    if (ending == QLatin1String("markdown"))
        return Format::Markdown;
    const int chosen = int(fileFilters().indexOf(selectedFilter));
    if (chosen >= 0 && ending.isEmpty())
        return Format(chosen);
    return std::nullopt;
}

QString ReportExporter::withSuffix(const QString &path, Format format)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + suffix(format) : path;
}

bool ReportExporter::write(const Report &report, const QString &path, Format format, QString *error)
{
    if (format == Format::Pdf)
        return writePdf(report, path, error);
    QByteArray data;
    switch (format) {
    case Format::Markdown:
        data = MarkdownReport::write(report).toUtf8();
        break;
    case Format::Html:
        data = HtmlReport::write(report, chartDataUrl(report)).toUtf8();
        break;
    case Format::Json:
    case Format::Pdf:
        data = JsonReport::write(report);
        break;
    }
    QSaveFile file(path);
    // Unbuffered, so that a full disk fails write() (see HistoryStore::save).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(data) != data.size()
        || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ReportExporter::writePdf(const Report &report, const QString &path, QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(ReportVerdict::sentence(report));
        writer.setCreator(QStringLiteral("SMTP Doctor"));
        QTextDocument document;
        const QImage chart = watchChart(report);
        if (!chart.isNull())
            document.addResource(QTextDocument::ImageResource, QUrl(chartResource), chart);
        document.setHtml(HtmlReport::write(report, chart.isNull() ? QString() : chartResource));
        document.print(&writer);
    } // the writer finishes the file when it goes
    if (QFileInfo(path).size() <= 0) {
        if (error)
            *error = tr("The PDF file could not be written.");
        return false;
    }
    return true;
}
