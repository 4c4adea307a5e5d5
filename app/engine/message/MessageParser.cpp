// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageParser.h"

#include "message/MimeLibrary.h"
#include "message/ReceivedParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include "message/GMime.h"

#include <algorithm>
#include <memory>

namespace {

struct ObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template<typename T>
using GObjectPtr = std::unique_ptr<T, ObjectUnref>;

// GMimeParserWarning (gmime-parser-options.h), as evidence words.
QString warningName(GMimeParserWarning code)
{
    switch (code) {
    case GMIME_WARN_DUPLICATED_HEADER:
        return QStringLiteral("duplicated header");
    case GMIME_WARN_DUPLICATED_PARAMETER:
        return QStringLiteral("duplicated parameter");
    case GMIME_WARN_UNENCODED_8BIT_HEADER:
        return QStringLiteral("unencoded 8-bit header");
    case GMIME_WARN_INVALID_CONTENT_TYPE:
        return QStringLiteral("invalid Content-Type");
    case GMIME_WARN_INVALID_RFC2047_HEADER_VALUE:
        return QStringLiteral("invalid encoded word");
    case GMIME_WARN_MALFORMED_MULTIPART:
        return QStringLiteral("malformed multipart");
    case GMIME_WARN_TRUNCATED_MESSAGE:
        return QStringLiteral("truncated message");
    case GMIME_WARN_MALFORMED_MESSAGE:
        return QStringLiteral("malformed message");
    case GMIME_CRIT_INVALID_HEADER_NAME:
        return QStringLiteral("invalid header name");
    case GMIME_CRIT_CONFLICTING_HEADER:
        return QStringLiteral("conflicting header");
    case GMIME_CRIT_CONFLICTING_PARAMETER:
        return QStringLiteral("conflicting parameter");
    case GMIME_CRIT_MULTIPART_WITHOUT_BOUNDARY:
        return QStringLiteral("multipart without boundary");
    case GMIME_CRIT_NESTING_OVERFLOW:
        return QStringLiteral("MIME nesting too deep");
    default:
        return QStringLiteral("parser warning %1").arg(int(code));
    }
}

struct ParseContext
{
    ParsedMessage *message = nullptr;
    int warnings = 0;
};

void onWarning(gint64 offset, GMimeParserWarning code, const gchar *item, gpointer data)
{
    auto *context = static_cast<ParseContext *>(data);
    // A truncated message is what a headers-only paste is: not a problem.
    if (code == GMIME_WARN_TRUNCATED_MESSAGE || ++context->warnings > 20)
        return;
    QString problem = warningName(code);
    if (offset >= 0)
        problem += QStringLiteral(" at byte %1").arg(offset);
    if (item && *item)
        problem += QStringLiteral(": ") + QString::fromUtf8(item).left(80);
    context->message->problems.append(problem);
}

GObjectPtr<GMimeMessage> parseMessage(const QByteArray &bytes, ParseContext *context)
{
    GObjectPtr<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    GMimeParserOptions *options = g_mime_parser_options_new();
    if (context)
        setParserWarningCallback(
            &g_mime_parser_options_set_warning_callback, options, onWarning, context);
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    return message;
}

QList<ParsedMessage::Header> headersOf(GMimeObject *object, int limit)
{
    QList<ParsedMessage::Header> headers;
    GMimeHeaderList *list = g_mime_object_get_header_list(object);
    const int count = std::min(g_mime_header_list_get_count(list), limit);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(list, i);
        const char *value = g_mime_header_get_value(header);
        headers.append({QString::fromUtf8(g_mime_header_get_name(header)),
                        QString::fromUtf8(value ? value : "").simplified()});
    }
    return headers;
}

// "rfc822; user@example.com" -> "user@example.com" (RFC 3464 section 2.3.2).
QString afterType(const QString &value)
{
    const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
    return (semicolon < 0 ? value : value.mid(semicolon + 1)).trimmed();
}

// The message/delivery-status body: blocks of fields, the first about the
// report, each further one about a recipient (RFC 3464 section 2.1).
void readDeliveryStatus(const QByteArray &body, DeliveryStatus &status)
{
    static const QRegularExpression blankLine(QStringLiteral("\\r?\\n[ \\t]*\\r?\\n"));
    const QStringList blocks = QString::fromUtf8(body).split(blankLine, Qt::SkipEmptyParts);
    bool first = true;
    for (const QString &block : blocks) {
        if (status.recipients.size() >= 500)
            break;
        GObjectPtr<GMimeMessage> fields = parseMessage(block.trimmed().toUtf8() + "\n\n", nullptr);
        if (!fields)
            continue;
        QHash<QString, QString> byName;
        for (const ParsedMessage::Header &field : headersOf(GMIME_OBJECT(fields.get()), 100))
            byName.insert(field.name.toLower(), field.value);
        if (first && byName.contains(QStringLiteral("reporting-mta"))) {
            status.reportingMta = afterType(byName.value(QStringLiteral("reporting-mta")));
            status.arrivalDate = byName.value(QStringLiteral("arrival-date"));
            first = false;
            continue;
        }
        first = false;
        if (!byName.contains(QStringLiteral("final-recipient"))
            && !byName.contains(QStringLiteral("status")))
            continue;
        DeliveryStatus::Recipient recipient;
        recipient.finalRecipient = afterType(byName.value(QStringLiteral("final-recipient")));
        recipient.originalRecipient = afterType(byName.value(QStringLiteral("original-recipient")));
        recipient.action = byName.value(QStringLiteral("action")).trimmed().toLower();
        recipient.status = byName.value(QStringLiteral("status")).section(QLatin1Char(' '), 0, 0);
        recipient.remoteMta = afterType(byName.value(QStringLiteral("remote-mta")));
        const QString diagnostic = byName.value(QStringLiteral("diagnostic-code"));
        recipient.diagnosticType = diagnostic.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        recipient.diagnosticCode = afterType(diagnostic);
        recipient.lastAttempt = byName.value(QStringLiteral("last-attempt-date"));
        status.recipients.append(recipient);
    }
}

QByteArray partContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), int(bytes->len));
}

void onPart(GMimeObject *, GMimeObject *part, gpointer data)
{
    auto *message = static_cast<ParsedMessage *>(data);
    GMimeContentType *type = g_mime_object_get_content_type(part);
    if (GMIME_IS_PART(part) && type
        && g_mime_content_type_is_type(type, "message", "delivery-status")
        && message->deliveryStatus.isEmpty())
        readDeliveryStatus(partContent(GMIME_PART(part)).left(1024 * 1024),
                           message->deliveryStatus);
}

// Pasted text often starts with blank lines or the viewer's indentation.
QByteArray withoutLeadingBlankLines(const QByteArray &input)
{
    qsizetype start = 0;
    while (start < input.size()
           && (input.at(start) == '\r' || input.at(start) == '\n' || input.at(start) == ' '
               || input.at(start) == '\t'))
        ++start;
    return input.mid(start, MessageParser::maxInputBytes);
}

void readAddresses(GMimeMessage *mime, ParsedMessage &message)
{
    InternetAddressList *from = g_mime_message_get_from(mime);
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress *address = internet_address_list_get_address(from, 0);
        if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            const char *addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address));
            message.from = QString::fromUtf8(addr ? addr : "").toLower();
            const qsizetype at = message.from.lastIndexOf(QLatin1Char('@'));
            message.fromDomain = at < 0 ? QString() : message.from.mid(at + 1);
        }
        const char *name = internet_address_get_name(address);
        message.fromDisplay = QString::fromUtf8(name ? name : "");
    }
    QString returnPath = message.header(QStringLiteral("Return-Path")).trimmed();
    if (returnPath.startsWith(QLatin1Char('<')) && returnPath.endsWith(QLatin1Char('>')))
        returnPath = returnPath.mid(1, returnPath.size() - 2);
    message.returnPath = returnPath.toLower();
}

} // namespace

ParsedMessage MessageParser::parse(const QByteArray &input)
{
    MimeLibrary::ensureInitialized();
    ParsedMessage message;
    message.raw = withoutLeadingBlankLines(input);
    if (input.size() > maxInputBytes)
        message.problems.append(
            QStringLiteral("input longer than %1 bytes: the rest was not read").arg(maxInputBytes));
    ParseContext context{&message};
    const GObjectPtr<GMimeMessage> mime = parseMessage(message.raw, &context);
    if (!mime) {
        if (message.problems.isEmpty())
            message.problems.append(QStringLiteral("no header found"));
        return message;
    }
    message.headers = headersOf(GMIME_OBJECT(mime.get()), maxHeaders);
    const int blank = std::max<int>(int(message.raw.indexOf("\n\n")),
                                    int(message.raw.indexOf("\r\n\r\n")));
    message.hasBody = blank >= 0 && blank + 4 < message.raw.size();

    readAddresses(mime.get(), message);
    const char *subject = g_mime_message_get_subject(mime.get());
    message.subject = QString::fromUtf8(subject ? subject : "");
    const char *messageId = g_mime_message_get_message_id(mime.get());
    message.messageId = QString::fromUtf8(messageId ? messageId : "");
    if (GDateTime *date = g_mime_message_get_date(mime.get()))
        message.date = QDateTime::fromSecsSinceEpoch(
            g_date_time_to_unix(date),
            QTimeZone(int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND)));

    for (const ParsedMessage::Header &header : std::as_const(message.headers)) {
        const QString name = header.name.toLower();
        if (name == QLatin1String("received") && message.hops.size() < maxHops)
            message.hops.prepend(ReceivedParser::parse(header.value));
        else if (name == QLatin1String("authentication-results")) {
            if (auto results = AuthenticationResults::parse(header.value))
                message.authenticationResults.append(*results);
        } else if (name == QLatin1String("arc-authentication-results")) {
            if (auto results = AuthenticationResults::parseArc(header.value))
                message.arcResults.append(*results);
        } else if (name == QLatin1String("dkim-signature")) {
            message.dkimSignatures.append(DkimSignatureHeader::parse(header.value));
        }
    }
    std::stable_sort(message.arcResults.begin(),
                     message.arcResults.end(),
                     [](const AuthenticationResults &a, const AuthenticationResults &b) {
                         return a.arcInstance > b.arcInstance;
                     });
    g_mime_message_foreach(mime.get(), onPart, &message);
    return message;
}
