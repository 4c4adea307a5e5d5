// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <QTest>

class TestSmtpReply : public QObject
{
    Q_OBJECT
private slots:
    void parseLine_data();
    void parseLine();
    void multiline();
    void codeChangeIsMalformed();
    void endlessReplyIsBounded();
    void fatReplyIsBounded();
    void enhancedCode_data();
    void enhancedCode();
    void splitter();
    void splitterBoundsLongLines();
    void splitterByteByByte();
};

void TestSmtpReply::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("isLast");
    QTest::addColumn<QString>("text");

    QTest::newRow("greeting") << QByteArray("220 mx.example.com ESMTP") << true << 220 << true
                              << "mx.example.com ESMTP";
    QTest::newRow("continuation") << QByteArray("250-PIPELINING") << true << 250 << false
                                  << "PIPELINING";
    QTest::newRow("code only") << QByteArray("250") << true << 250 << true << "";
    QTest::newRow("empty text") << QByteArray("250 ") << true << 250 << true << "";
    QTest::newRow("utf8 text") << QByteArray("550 boîte inconnue") << true << 550 << true
                               << QString::fromUtf8("boîte inconnue");
    QTest::newRow("ssh banner") << QByteArray("SSH-2.0-OpenSSH_9.2") << false << 0 << false << "";
    QTest::newRow("http status") << QByteArray("HTTP/1.1 400 Bad Request") << false << 0 << false
                                 << "";
    QTest::newRow("first digit 1") << QByteArray("199 nope") << false << 0 << false << "";
    QTest::newRow("first digit 6") << QByteArray("600 nope") << false << 0 << false << "";
    QTest::newRow("second digit 6") << QByteArray("260 nope") << false << 0 << false << "";
    QTest::newRow("bad separator") << QByteArray("250_x") << false << 0 << false << "";
    QTest::newRow("too short") << QByteArray("25") << false << 0 << false << "";
    QTest::newRow("empty") << QByteArray() << false << 0 << false << "";
    QTest::newRow("nul byte") << QByteArray("2\0000 x", 6) << false << 0 << false << "";
}

void TestSmtpReply::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto parsed = SmtpReplyLine::parse(line);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, code);
    QFETCH(bool, isLast);
    QFETCH(QString, text);
    QCOMPARE(parsed->code, code);
    QCOMPARE(parsed->isLast, isLast);
    QCOMPARE(parsed->text, text);
}

void TestSmtpReply::multiline()
{
    SmtpReplyReader reader;
    QCOMPARE(reader.feedLine("250-mx.example.com greets you"), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine("250-PIPELINING"), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine("250 STARTTLS"), SmtpReplyReader::Status::Complete);
    const SmtpReply reply = reader.takeReply();
    QCOMPARE(reply.code, 250);
    QCOMPARE(reply.lines, QStringList({"mx.example.com greets you", "PIPELINING", "STARTTLS"}));
    QCOMPARE(reply.rawLines(),
             QStringList({"250-mx.example.com greets you", "250-PIPELINING", "250 STARTTLS"}));
    QVERIFY(reply.isPositive());

    // The reader starts afresh after takeReply().
    QCOMPARE(reader.feedLine("221 2.0.0 bye"), SmtpReplyReader::Status::Complete);
    QCOMPARE(reader.takeReply().enhancedCode, QStringLiteral("2.0.0"));
}

void TestSmtpReply::codeChangeIsMalformed()
{
    SmtpReplyReader reader;
    QCOMPARE(reader.feedLine("250-first"), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine("251 second"), SmtpReplyReader::Status::Malformed);
    QVERIFY(!reader.error().isEmpty());
}

void TestSmtpReply::endlessReplyIsBounded()
{
    SmtpReplyReader reader;
    for (int i = 0; i < SmtpReplyReader::maxLines; ++i)
        QCOMPARE(reader.feedLine("250-again"), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine("250-again"), SmtpReplyReader::Status::Malformed);
}

void TestSmtpReply::fatReplyIsBounded()
{
    // Few lines, each near LineSplitter's 64 KiB: the byte bound stops it.
    SmtpReplyReader reader;
    const QByteArray line = "250-" + QByteArray(60000, 'F');
    const int fitting = SmtpReplyReader::maxBytes / (line.size() + 2);
    for (int i = 0; i < fitting; ++i)
        QCOMPARE(reader.feedLine(line), SmtpReplyReader::Status::NeedMore);
    QCOMPARE(reader.feedLine(line), SmtpReplyReader::Status::Malformed);
    QVERIFY(reader.error().contains(QLatin1String("bytes")));

    // The count starts again with the next reply.
    SmtpReplyReader fresh;
    QCOMPARE(fresh.feedLine("250 " + QByteArray(60000, 'F')), SmtpReplyReader::Status::Complete);
    fresh.takeReply();
    for (int i = 0; i < fitting; ++i)
        QCOMPARE(fresh.feedLine(line), SmtpReplyReader::Status::NeedMore);
}

void TestSmtpReply::enhancedCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("auth failed") << 535 << "5.7.8 Authentication credentials invalid"
                                 << "5.7.8";
    QTest::newRow("three digit detail") << 535 << "5.7.139 Authentication unsuccessful"
                                        << "5.7.139";
    QTest::newRow("alone") << 250 << "2.0.0"
                           << "2.0.0";
    QTest::newRow("none") << 220 << "mx.example.com ESMTP"
                          << "";
    QTest::newRow("class differs from reply") << 250 << "5.7.1 odd"
                                              << "";
    QTest::newRow("four digit detail") << 535 << "5.7.1399 no"
                                       << "";
    QTest::newRow("glued to text") << 550 << "5.1.1user unknown"
                                   << "";
    QTest::newRow("class 3 does not exist") << 354 << "3.0.0 go ahead"
                                            << "";
}

void TestSmtpReply::enhancedCode()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SmtpReplyReader::enhancedCodeOf(code, text), expected);
}

void TestSmtpReply::splitter()
{
    LineSplitter splitter;
    splitter.append("220 hello\r\n250-a\n250 b");
    QCOMPARE(splitter.nextLine(), std::optional<QByteArray>("220 hello"));
    QCOMPARE(splitter.nextLine(), std::optional<QByteArray>("250-a"));
    QVERIFY(!splitter.nextLine());
    splitter.append("\r\n");
    QCOMPARE(splitter.nextLine(), std::optional<QByteArray>("250 b"));
    QVERIFY(!splitter.overflowed());
}

void TestSmtpReply::splitterBoundsLongLines()
{
    LineSplitter splitter(16);
    splitter.append(QByteArray(17, 'x'));
    QVERIFY(!splitter.nextLine());
    QVERIFY(splitter.overflowed());
}

void TestSmtpReply::splitterByteByByte()
{
    // A server that drips its replies: every line comes out whole, once,
    // however the bytes were cut (the splitter remembers how far it looked).
    const QByteArray stream = "220 drip\r\n250-first\r\n250-" + QByteArray(3000, 'k')
                              + "\r\n250 last\r\n";
    LineSplitter splitter;
    QList<QByteArray> lines;
    for (const char byte : stream) {
        splitter.append(QByteArray(1, byte));
        while (const auto line = splitter.nextLine())
            lines.append(*line);
    }
    QCOMPARE(
        lines,
        QList<QByteArray>({"220 drip", "250-first", "250-" + QByteArray(3000, 'k'), "250 last"}));
    QVERIFY(splitter.pending().isEmpty());
}

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
