// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a message as a user pastes it (whole source or headers
// only, any bytes), read by MessageParser (GMime, the Received and
// Authentication-Results grammars, the delivery report) and turned into
// findings by MessageAnalysis. Every finding must have an id and a title.
#include "message/AuthenticationResults.h"
#include "message/MessageAnalysis.h"
#include "message/MessageParser.h"
#include "message/ReceivedParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), int(size));
    const ParsedMessage message = MessageParser::parse(input);
    if (message.hops.size() > MessageParser::maxHops)
        abort();
    for (const Finding &finding : MessageAnalysis::analyse(message)) {
        if (finding.id.isEmpty() || finding.title.isEmpty())
            abort();
    }
    MessageAnalysis::hopLines(message);
    // The same bytes as one header value of each structured kind.
    const QString value = QString::fromUtf8(input);
    ReceivedParser::parse(value);
    AuthenticationResults::parse(value);
    AuthenticationResults::parseArc(value);
    return 0;
}
