// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the body of a website probe's answer, as SiteAnswerParser
// reads it after the MAC check (a hostile probe file can sign anything), then
// turned into a view and merged with this computer's as SiteProbeClient's
// callers do.
#include "site/SiteAnswerParser.h"
#include "site/VantageMerge.h"
#include "site/VantageView.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), int(size));
    const SiteAnswerParser::Result result = SiteAnswerParser::parse(body);
    if (result.answer.has_value() == (result.error != SiteAnswerParser::Error::None))
        abort();
    if (!result.answer)
        return 0;
    const SiteAnswer &answer = *result.answer;
    if (answer.connects.size() > SiteAnswerParser::maximumConnects)
        abort();
    for (const SiteAnswer::Connect &connect : answer.connects) {
        if (connect.port == 0 || connect.address.isEmpty()
            || connect.greeting.size() > SiteAnswerParser::maximumTextLength)
            abort();
    }
    VantageMerge::Input input;
    input.site = VantageView::fromSiteAnswer(answer);
    input.here = input.site; // the same view on both sides must never differ
    input.here.disabledFunctions.clear();
    for (const VantageMerge::Conclusion &conclusion : VantageMerge::merge(input)) {
        if (!conclusion.id.startsWith(QLatin1String("site.")))
            abort();
    }
    return 0;
}
