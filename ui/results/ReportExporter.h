// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Writes a report to a file in the format the user picked: Markdown, HTML
// (self-contained), JSON (smtp-doctor-report/1, re-openable) or PDF.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)
public:
    enum class Format { Markdown, Html, Json, Pdf };

    // The file dialog's filters, one per format, in Format order.
    static QStringList fileFilters();
    // From the file name's suffix, else (no suffix) from the chosen filter.
    static std::optional<Format> formatOf(const QString &path, const QString &selectedFilter);
    static QString suffix(Format format);
    // Adds the format's suffix when the name has none.
    static QString withSuffix(const QString &path, Format format);

    static bool write(const Report &report, const QString &path, Format format, QString *error);
    // PDF through QTextDocument and QPdfWriter, from the HTML form.
    static bool writePdf(const Report &report, const QString &path, QString *error);
};
