// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON report written again as the wizard exports it (ReportExporter), for
// tests that look at the wizard's files outside the wizard: the HTML of a
// watch run carries its chart as a data: image, which only the GUI draws.
//
// usage: report_export REPORT.json OUT.(html|md|json|pdf)
#include "ReportExporter.h"
#include "report/JsonReport.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList arguments = application.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: report_export REPORT.json OUT.(html|md|json|pdf)\n");
        return 2;
    }
    QFile input(arguments.at(1));
    if (!input.open(QIODevice::ReadOnly)) {
        std::fprintf(
            stderr, "%s: %s\n", qPrintable(input.fileName()), qPrintable(input.errorString()));
        return 1;
    }
    QString error;
    const auto report = JsonReport::read(input.readAll(), &error);
    const auto format = ReportExporter::formatOf(arguments.at(2), QString());
    if (!report || !format) {
        std::fprintf(stderr, "report_export: %s\n", report ? "unknown suffix" : qPrintable(error));
        return 1;
    }
    const bool written = *format == ReportExporter::Format::Pdf
                             ? ReportExporter::writePdf(*report, arguments.at(2), &error)
                             : ReportExporter::write(*report, arguments.at(2), *format, &error);
    if (!written) {
        std::fprintf(stderr, "report_export: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
