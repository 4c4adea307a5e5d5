// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// One complete SMTP reply (RFC 5321 section 4.2), possibly of several lines.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; // RFC 3463 "class.subject.detail", empty when absent
    QStringList lines;    // the text after "250-" / "250 ", one per line

    int replyClass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    // Every line as the server sent it, code included, for transcripts.
    QStringList rawLines() const;
    // The host name a 220 greeting line names: "220 mx.example.com ESMTP" ->
    // "mx.example.com" (lower case), empty when it names none.
    static QString greetingName(const QString &greetingLine);
};

// One line of a reply: "250-PIPELINING" or "220 ready".
struct SmtpReplyLine
{
    int code = 0;
    bool isLast = true;
    QString text;

    // nullopt for anything that is not a reply line (an SSH or HTTP banner,
    // a code outside 200-559, a bad separator).
    static std::optional<SmtpReplyLine> parse(const QByteArray &line);
};

// Assembles reply lines into replies. Pure: no sockets, no clock.
class SmtpReplyReader
{
public:
    enum class Status { NeedMore, Complete, Malformed };

    // A reply longer than this is treated as hostile, not read forever:
    // lines of up to 64 KiB each (LineSplitter) would otherwise add up to
    // 64 MiB, held several times over (reply, transcript, event log).
    static constexpr int maxLines = 1000;
    static constexpr int maxBytes = 1024 * 1024;

    Status feedLine(const QByteArray &line);
    // The reply completed by the last feedLine(); resets the reader.
    SmtpReply takeReply();
    // What made the input malformed, for evidence.
    QString error() const { return m_error; }

    static QString enhancedCodeOf(int code, const QString &text);

private:
    SmtpReply m_reply;
    qsizetype m_bytes = 0; // of the reply so far, as received
    QString m_error;
};

// Splits a byte stream into CRLF (or bare LF) terminated lines, refusing
// lines longer than a bound so that a peer cannot make us buffer forever.
class LineSplitter
{
public:
    explicit LineSplitter(int maxLineLength = 65536)
        : m_maxLineLength(maxLineLength)
    {}

    void append(const QByteArray &data) { m_buffer.append(data); }
    std::optional<QByteArray> nextLine();
    bool overflowed() const { return m_buffer.size() > m_maxLineLength; }
    QByteArray pending() const { return m_buffer; }

private:
    QByteArray m_buffer;
    // How much of m_buffer is known to hold no newline: a line that comes a
    // byte at a time is searched once, not once per byte.
    qsizetype m_scanned = 0;
    int m_maxLineLength;
};
