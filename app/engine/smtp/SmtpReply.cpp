// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <QRegularExpression>

QStringList SmtpReply::rawLines() const
{
    QStringList raw;
    for (int i = 0; i < lines.size(); ++i) {
        const QChar separator = i + 1 < lines.size() ? QLatin1Char('-') : QLatin1Char(' ');
        raw.append(QString::number(code) + separator + lines.at(i));
    }
    if (raw.isEmpty())
        raw.append(QString::number(code));
    return raw;
}

std::optional<SmtpReplyLine> SmtpReplyLine::parse(const QByteArray &line)
{
    if (line.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return std::nullopt;
    }
    // RFC 5321 section 4.2: the first digit is 2 to 5, the second 0 to 5.
    if (line.at(0) < '2' || line.at(0) > '5' || line.at(1) > '5')
        return std::nullopt;

    SmtpReplyLine result;
    result.code = line.left(3).toInt();
    if (line.size() == 3)
        return result;
    const char separator = line.at(3);
    if (separator != ' ' && separator != '-')
        return std::nullopt;
    result.isLast = separator == ' ';
    result.text = QString::fromUtf8(line.mid(4));
    return result;
}

SmtpReplyReader::Status SmtpReplyReader::feedLine(const QByteArray &line)
{
    const auto parsed = SmtpReplyLine::parse(line);
    if (!parsed) {
        m_error = QStringLiteral("not an SMTP reply line: ") + QString::fromUtf8(line.left(200));
        return Status::Malformed;
    }
    if (!m_reply.lines.isEmpty() && parsed->code != m_reply.code) {
        m_error = QStringLiteral("reply code changed within a multiline reply");
        return Status::Malformed;
    }
    if (m_reply.lines.size() >= maxLines) {
        m_error = QStringLiteral("reply longer than %1 lines").arg(maxLines);
        return Status::Malformed;
    }
    m_bytes += line.size() + 2;
    if (m_bytes > maxBytes) {
        m_error = QStringLiteral("reply longer than %1 bytes").arg(maxBytes);
        return Status::Malformed;
    }
    m_reply.code = parsed->code;
    m_reply.lines.append(parsed->text);
    if (!parsed->isLast)
        return Status::NeedMore;
    m_reply.enhancedCode = enhancedCodeOf(m_reply.code, m_reply.lines.constFirst());
    return Status::Complete;
}

SmtpReply SmtpReplyReader::takeReply()
{
    SmtpReply reply = m_reply;
    m_reply = SmtpReply();
    m_bytes = 0;
    return reply;
}

QString SmtpReplyReader::enhancedCodeOf(int code, const QString &text)
{
    // RFC 3463 section 2: class (2, 4 or 5, the reply's own class), subject
    // and detail of one to three digits each, then a space or the end.
    static const QRegularExpression pattern(
        QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).toInt() != code / 100)
        return {};
    return match.captured(1) + QLatin1Char('.') + match.captured(2) + QLatin1Char('.')
           + match.captured(3);
}

std::optional<QByteArray> LineSplitter::nextLine()
{
    const qsizetype end = m_buffer.indexOf('\n', m_scanned);
    if (end < 0) {
        m_scanned = m_buffer.size();
        return std::nullopt;
    }
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    m_scanned = 0;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString SmtpReply::greetingName(const QString &greetingLine)
{
    // RFC 5321 section 4.2: "220" SP ( Domain / address-literal ) [ SP textstring ].
    static const QRegularExpression pattern(QStringLiteral("^220[ -]([^ ]+)"));
    const QRegularExpressionMatch match = pattern.match(greetingLine.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}
