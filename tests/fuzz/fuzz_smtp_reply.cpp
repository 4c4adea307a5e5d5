// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: bytes from an SMTP server, split into lines and read into
// replies exactly as SmtpProbe does (LineSplitter, then SmtpReplyReader), and
// every complete reply classified for every phase of the dialogue.
#include "smtp/SmtpReply.h"
#include "smtp/SmtpReplyClassifier.h"

#include <cstdint>
#include <cstdlib>

namespace {

using Phase = SmtpReplyClassifier::Phase;

void classifyInEveryPhase(const SmtpReply &reply)
{
    for (Phase phase : {Phase::Greeting,
                        Phase::Ehlo,
                        Phase::StartTls,
                        Phase::Auth,
                        Phase::MailFrom,
                        Phase::RcptTo,
                        Phase::Data,
                        Phase::DataEnd})
        SmtpReplyClassifier::classify(phase, reply);
    SmtpReplyClassifier::enhancedCodeOf(reply);
    SmtpReplyClassifier::queueIdOf(reply);
}

// A reply written back out as the transcript shows it reads back the same:
// the transcript is evidence, so it must not change what the server said.
void checkRawLinesReadBack(const SmtpReply &reply)
{
    SmtpReplyReader reader;
    const QStringList raw = reply.rawLines();
    for (int i = 0; i < raw.size(); ++i) {
        const auto status = reader.feedLine(raw.at(i).toUtf8());
        const bool last = i + 1 == raw.size();
        if (status
            != (last ? SmtpReplyReader::Status::Complete : SmtpReplyReader::Status::NeedMore))
            abort();
    }
    const SmtpReply again = reader.takeReply();
    if (again.code != reply.code || again.lines != reply.lines
        || again.enhancedCode != reply.enhancedCode)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The input is what the server sent, as a seed file holds it. Its size
    // chooses how the stream arrives, in chunks of 1 to 61 bytes as a slow or
    // hostile peer may send it, and how long a line may be.
    const int chunk = 1 + int(size % 61);
    const int maxLineLength = size % 3 == 0 ? 128 : 65536;
    const QByteArray stream(reinterpret_cast<const char *>(data), int(size));

    LineSplitter splitter(maxLineLength);
    SmtpReplyReader reader;
    for (int offset = 0; offset < stream.size(); offset += chunk) {
        splitter.append(stream.mid(offset, chunk));
        while (const auto line = splitter.nextLine()) {
            switch (reader.feedLine(*line)) {
            case SmtpReplyReader::Status::NeedMore:
                break;
            case SmtpReplyReader::Status::Complete: {
                const SmtpReply reply = reader.takeReply();
                if (reply.code < 200 || reply.code > 559 || reply.lines.isEmpty())
                    abort();
                classifyInEveryPhase(reply);
                checkRawLinesReadBack(reply);
                break;
            }
            case SmtpReplyReader::Status::Malformed:
                // SmtpProbe gives up on the peer here; start afresh to read on.
                (void)reader.error();
                reader = SmtpReplyReader();
                break;
            }
        }
        if (splitter.overflowed())
            return 0;
    }
    (void)splitter.pending();
    return 0;
}
