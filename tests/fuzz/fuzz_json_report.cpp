// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a JSON report file as the wizard opens it (File > Open
// report) through JsonReport::read. What it accepts must survive being
// written and read again: the wizard saves what it opened.
#include "report/JsonReport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), int(size));
    QString error;
    const std::optional<Report> report = JsonReport::read(json, &error);
    if (!report) {
        if (error.isEmpty())
            abort();
        return 0;
    }
    const QByteArray written = JsonReport::write(*report);
    QString againError;
    const std::optional<Report> again = JsonReport::read(written, &againError);
    if (!again || again->findings.size() != report->findings.size()
        || again->checks.size() != report->checks.size()
        || again->events.size() != report->events.size()
        || again->target.host != report->target.host)
        abort();
    return 0;
}
