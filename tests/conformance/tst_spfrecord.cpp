// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the SPF evaluator: the record parser, the RDATA parser,
// macros, address and domain rules. Garbage in, no crash out.
#include "spf/DnsRecordParser.h"
#include "spf/IpNetwork.h"
#include "spf/SpfDomain.h"
#include "spf/SpfMacro.h"
#include "spf/SpfRecord.h"

#include <QTest>

class TestSpfRecord : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void termDetails();
    void errorPositions();
    void helpers();
    void txt_data();
    void txt();
    void mx_data();
    void mx();
    void ptr_data();
    void ptr();
    void macroExpansion_data();
    void macroExpansion();
    void macroSyntax_data();
    void macroSyntax();
    void addresses_data();
    void addresses();
    void domains();
};

void TestSpfRecord::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("terms");

    QTest::newRow("empty record") << "v=spf1" << true << 0;
    QTest::newRow("upper-case version") << "V=SPF1 -ALL" << true << 1;
    QTest::newRow("typical")
        << "v=spf1 mx a:mail.example.com ip4:192.0.2.0/24 include:_spf.example.net ~all" << true
        << 5;
    QTest::newRow("trailing and double spaces") << "v=spf1  a   -all " << true << 2;
    QTest::newRow("dual cidr") << "v=spf1 a/24//64 mx:example.com//0" << true << 2;
    QTest::newRow("slash in domain") << "v=spf1 a:foo:bar/baz.example.com" << true << 1;
    QTest::newRow("modifiers") << "v=spf1 -all exp=explain.%{d} redirect=_spf.example.com" << true
                               << 3;
    QTest::newRow("unknown modifier") << "v=spf1 moo.cow-far_out=man:dog/cat -all" << true << 2;
    QTest::newRow("ip6 with ip4 tail")
        << "v=spf1 ip6:::ffff:1.2.3.4 ip6:2001:db8::/32" << true << 2;
    QTest::newRow("macros") << "v=spf1 exists:%{ir}.%{l1r+-}._spf.%{d} -all" << true << 2;
    QTest::newRow("IDN top-level label") << "v=spf1 a:foo.example.xn--zckzah" << true << 1;

    QTest::newRow("not spf") << "v=spf10 -all" << false << 0;
    QTest::newRow("no space after version") << "v=spf1mx" << false << 0;
    QTest::newRow("unknown mechanism") << "v=spf1 ip4:1.2.3.4 -all moo" << false << 2;
    QTest::newRow("redirect as mechanism") << "v=spf1 redirect:example.com" << false << 0;
    QTest::newRow("all with argument") << "v=spf1 -all:foo" << false << 0;
    QTest::newRow("all with cidr") << "v=spf1 -all/8" << false << 0;
    QTest::newRow("all with dot") << "v=spf1 -all." << false << 0;
    QTest::newRow("ip4 leading zero") << "v=spf1 ip4:1.2.3.04" << false << 0;
    QTest::newRow("ip4 short") << "v=spf1 ip4:1.2.3" << false << 0;
    QTest::newRow("ip4 port") << "v=spf1 ip4:1.2.3.4:8080" << false << 0;
    QTest::newRow("ip4 cidr 33") << "v=spf1 ip4:1.2.3.4/33" << false << 0;
    QTest::newRow("ip4 cidr leading zero") << "v=spf1 ip4:1.2.3.4/032" << false << 0;
    QTest::newRow("ip4 dual cidr") << "v=spf1 ip4:1.2.3.4//32" << false << 0;
    QTest::newRow("ip6 bad") << "v=spf1 ip6::CAFE::BABE" << false << 0;
    QTest::newRow("ip6 cidr 129") << "v=spf1 ip6:::1/129" << false << 0;
    QTest::newRow("a cidr 33") << "v=spf1 a/33" << false << 0;
    QTest::newRow("a bad dual cidr") << "v=spf1 a/24/64" << false << 0;
    QTest::newRow("a numeric top label") << "v=spf1 a:abc.123" << false << 0;
    QTest::newRow("a single label") << "v=spf1 a:museum." << false << 0;
    QTest::newRow("a dash top label") << "v=spf1 a:example.-com" << false << 0;
    QTest::newRow("a empty domain") << "v=spf1 a:" << false << 0;
    QTest::newRow("include bare") << "v=spf1 include -all" << false << 1;
    QTest::newRow("include cidr") << "v=spf1 include:example.com/24" << false << 0;
    QTest::newRow("ptr cidr") << "v=spf1 ptr/0" << false << 0;
    QTest::newRow("exists bare") << "v=spf1 exists" << false << 0;
    QTest::newRow("bad modifier name") << "v=spf1 1up=foo" << false << 0;
    QTest::newRow("empty modifier name") << "v=spf1 =all" << false << 0;
    QTest::newRow("exp twice") << "v=spf1 exp=a.example.com exp=b.example.com" << false << 1;
    QTest::newRow("redirect twice")
        << "v=spf1 redirect=a.example.com redirect=a.example.com" << false << 1;
    QTest::newRow("empty redirect") << "v=spf1 redirect=" << false << 0;
    QTest::newRow("exp only macro letter") << "v=spf1 exp=%{r}.example.com" << false << 0;
    QTest::newRow("bad macro") << "v=spf1 exists:%(ir).sbl.example.com" << false << 0;
    QTest::newRow("unknown modifier bad macro") << "v=spf1 foo=%abc" << false << 0;
    QTest::newRow("control character") << "v=spf1 a:ctrl.example.com\rptr -all" << false << 1;
    QTest::newRow("tab separator") << "v=spf1\ta -all" << false << 0;
    QTest::newRow("nul") << QString::fromLatin1("v=spf1 a:foo.example.com\0", 25) << false << 0;
    QTest::newRow("non-ascii") << QString::fromLatin1("v=spf1 a:example.net \x96"
                                                      "all")
                               << false << 1;
    QTest::newRow("lone qualifier") << "v=spf1 -" << false << 0;
}

void TestSpfRecord::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, terms);
    const SpfRecord record = SpfRecord::parse(text);
    QCOMPARE(record.isValid(), valid);
    QCOMPARE(record.terms().size(), terms);
    QCOMPARE(record.errorSummary().isEmpty(), valid);
    QCOMPARE(record.text(), text);
}

void TestSpfRecord::termDetails()
{
    const SpfRecord record = SpfRecord::parse(
        QStringLiteral("v=spf1 -a:mail.example.com/24//64 ~mx ?ip4:192.0.2.0/24 ip6:2001:db8::/32 "
                       "ptr include:_spf.example.net exists:%{i}.x.example.com +all "
                       "exp=why.example.com redirect=other.example.com"));
    QVERIFY(record.isValid());
    const QList<SpfTerm> terms = record.terms();
    QCOMPARE(terms.size(), 10);
    QCOMPARE(terms.at(0).kind, SpfTerm::Kind::A);
    QCOMPARE(terms.at(0).qualifier, SpfTerm::Qualifier::Fail);
    QCOMPARE(terms.at(0).domainSpec, QStringLiteral("mail.example.com"));
    QCOMPARE(terms.at(0).ip4Prefix, 24);
    QCOMPARE(terms.at(0).ip6Prefix, 64);
    QCOMPARE(terms.at(0).position, 7);
    QCOMPARE(terms.at(1).kind, SpfTerm::Kind::Mx);
    QCOMPARE(terms.at(1).qualifier, SpfTerm::Qualifier::SoftFail);
    QVERIFY(terms.at(1).domainSpec.isEmpty());
    QCOMPARE(terms.at(2).kind, SpfTerm::Kind::Ip4);
    QCOMPARE(terms.at(2).network.prefixLength(), 24);
    QVERIFY(terms.at(2).network.contains(QHostAddress(QStringLiteral("192.0.2.200"))));
    QVERIFY(!terms.at(2).network.contains(QHostAddress(QStringLiteral("192.0.3.1"))));
    QCOMPARE(terms.at(3).kind, SpfTerm::Kind::Ip6);
    QVERIFY(terms.at(3).network.contains(QHostAddress(QStringLiteral("2001:db8:1::5"))));
    QCOMPARE(terms.at(4).kind, SpfTerm::Kind::Ptr);
    QCOMPARE(terms.at(5).kind, SpfTerm::Kind::Include);
    QCOMPARE(terms.at(5).domainSpec, QStringLiteral("_spf.example.net"));
    QCOMPARE(terms.at(6).kind, SpfTerm::Kind::Exists);
    QCOMPARE(terms.at(7).kind, SpfTerm::Kind::All);
    QVERIFY(terms.at(7).hasQualifier);
    QCOMPARE(terms.at(8).kind, SpfTerm::Kind::Explanation);
    QCOMPARE(terms.at(9).kind, SpfTerm::Kind::Redirect);
    QCOMPARE(record.mechanisms().size(), 8);
    QCOMPARE(record.lookupTermCount(), 6);
    QVERIFY(record.permissiveAll().has_value());
    QCOMPARE(record.redirect()->domainSpec, QStringLiteral("other.example.com"));
    QCOMPARE(record.explanation()->domainSpec, QStringLiteral("why.example.com"));
    QVERIFY(!SpfRecord::parse(QStringLiteral("v=spf1 -all")).permissiveAll());
    QVERIFY(SpfRecord::parse(QStringLiteral("v=spf1 ?all")).permissiveAll());
}

void TestSpfRecord::errorPositions()
{
    const SpfRecord record = SpfRecord::parse(QStringLiteral("v=spf1 a  moo ip4:1.2.3 -all"));
    QCOMPARE(record.errors().size(), 2);
    QCOMPARE(record.errors().at(0).position, 10);
    QCOMPARE(record.errors().at(0).term, QStringLiteral("moo"));
    QCOMPARE(record.errors().at(1).position, 14);
    QCOMPARE(record.errors().at(1).term, QStringLiteral("ip4:1.2.3"));
    QVERIFY(record.errorSummary().contains(QStringLiteral("moo")));
    QCOMPARE(record.terms().size(), 2); // the good ones are still there
}

void TestSpfRecord::helpers()
{
    QVERIFY(SpfRecord::isSpfRecord(QByteArray("v=spf1")));
    QVERIFY(SpfRecord::isSpfRecord(QByteArray("V=Spf1 -all")));
    QVERIFY(!SpfRecord::isSpfRecord(QByteArray("v=spf10")));
    QVERIFY(!SpfRecord::isSpfRecord(QByteArray("v=spf")));
    QVERIFY(!SpfRecord::isSpfRecord(QByteArray()));
    QVERIFY(!SpfRecord::isSpfRecord(QByteArray(" v=spf1")));
}

void TestSpfRecord::txt_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("joined");
    QTest::addColumn<int>("strings");

    QTest::newRow("one string") << QByteArray("\x0bv=spf1 -all") << true
                                << QByteArray("v=spf1 -all") << 1;
    QTest::newRow("joined without separator")
        << QByteArray("\x0bv=spf1 ip4:\x0e"
                      "192.0.2.5 -all")
        << true << QByteArray("v=spf1 ip4:192.0.2.5 -all") << 2;
    QTest::newRow("no string") << QByteArray() << true << QByteArray() << 0;
    QTest::newRow("one empty string") << QByteArray(1, '\0') << true << QByteArray() << 1;
    QTest::newRow("truncated length")
        << QByteArray("\x0cv=spf1 -all") << false << QByteArray() << 0;
    QTest::newRow("length past end") << QByteArray("\xff"
                                                   "abc")
                                     << false << QByteArray() << 0;
    QTest::newRow("second truncated") << QByteArray("\x01"
                                                    "a\x05"
                                                    "bc")
                                      << false << QByteArray() << 0;

    // 64 KB of RDATA: 257 strings of 255 octets.
    QByteArray big;
    QByteArray bigJoined;
    for (int i = 0; i < 257; ++i) {
        const QByteArray chunk(255, char('a' + i % 26));
        big.append(char(255)).append(chunk);
        bigJoined.append(chunk);
    }
    QTest::newRow("64 KB") << big << true << bigJoined << 257;
    QTest::newRow("64 KB cut short") << big.left(big.size() - 1) << false << QByteArray() << 0;
}

void TestSpfRecord::txt()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(QByteArray, joined);
    QFETCH(int, strings);
    const auto text = DnsRecordParser::txt(rdata);
    QCOMPARE(text.has_value(), valid);
    QCOMPARE(DnsRecordParser::txtStrings(rdata).has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(*text, joined);
    QCOMPARE(DnsRecordParser::txtStrings(rdata)->size(), strings);
}

void TestSpfRecord::mx_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("preference");
    QTest::addColumn<QString>("exchange");

    QTest::newRow("mx") << QByteArray("\x00\x0a\x04mail\x07"
                                      "example\x03"
                                      "com\x00",
                                      20)
                        << true << 10 << "mail.example.com";
    QTest::newRow("null mx") << QByteArray("\x00\x00\x00", 3) << true << 0 << "";
    QTest::newRow("high preference") << QByteArray("\xff\xff\x01"
                                                   "a\x00",
                                                   5)
                                     << true << 65535 << "a";
    QTest::newRow("too short") << QByteArray("\x00\x0a", 2) << false << 0 << "";
    QTest::newRow("no terminator") << QByteArray("\x00\x0a\x04mail", 7) << false << 0 << "";
    QTest::newRow("label past end") << QByteArray("\x00\x0a\x3fmail\x00", 8) << false << 0 << "";
    QTest::newRow("compression pointer") << QByteArray("\x00\x0a\xc0\x0c", 4) << false << 0 << "";
    QTest::newRow("trailing garbage") << QByteArray("\x00\x0a\x01"
                                                    "a\x00zz",
                                                    7)
                                      << false << 0 << "";
    QTest::newRow("label of 64") << QByteArray("\x00\x0a\x40", 3) + QByteArray(64, 'a')
                                        + QByteArray(1, '\0')
                                 << false << 0 << "";
}

void TestSpfRecord::mx()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    const auto record = DnsRecordParser::mx(rdata);
    QCOMPARE(record.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, preference);
    QFETCH(QString, exchange);
    QCOMPARE(record->preference, preference);
    QCOMPARE(record->exchange, exchange);
    QCOMPARE(record->isNull(), exchange.isEmpty());
}

void TestSpfRecord::ptr_data()
{
    QTest::addColumn<QByteArray>("rdata");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");

    QTest::newRow("name") << QByteArray("\x02mx\x07"
                                        "example\x03"
                                        "com\x00",
                                        16)
                          << true << "mx.example.com";
    QTest::newRow("root") << QByteArray(1, '\0') << true << "";
    QTest::newRow("odd characters escaped") << QByteArray("\x03"
                                                          "a.b\x03"
                                                          "c d\x00",
                                                          9)
                                            << true << "a\\.b.c\\032d";
    QTest::newRow("empty") << QByteArray() << false << "";
    QTest::newRow("garbage") << QByteArray("\xde\xad\xbe\xef") << false << "";

    // A name of more than 255 octets, in legal labels.
    QByteArray longName;
    for (int i = 0; i < 5; ++i)
        longName.append(char(63)).append(QByteArray(63, 'x'));
    longName.append('\0');
    QTest::newRow("over 255 octets") << longName << false << "";
}

void TestSpfRecord::ptr()
{
    QFETCH(QByteArray, rdata);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    const auto parsed = DnsRecordParser::ptr(rdata);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, name);
}

void TestSpfRecord::macroExpansion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("expanded");

    // RFC 7208 section 7.4, sender strong-bad@email.example.com.
    const QString v4 = QStringLiteral("192.0.2.3");
    QTest::newRow("s") << "%{s}" << v4 << "strong-bad@email.example.com";
    QTest::newRow("o") << "%{o}" << v4 << "email.example.com";
    QTest::newRow("d") << "%{d}" << v4 << "email.example.com";
    QTest::newRow("d4") << "%{d4}" << v4 << "email.example.com";
    QTest::newRow("d3") << "%{d3}" << v4 << "email.example.com";
    QTest::newRow("d2") << "%{d2}" << v4 << "example.com";
    QTest::newRow("d1") << "%{d1}" << v4 << "com";
    QTest::newRow("dr") << "%{dr}" << v4 << "com.example.email";
    QTest::newRow("d2r") << "%{d2r}" << v4 << "example.email";
    QTest::newRow("l") << "%{l}" << v4 << "strong-bad";
    QTest::newRow("l-") << "%{l-}" << v4 << "strong.bad";
    QTest::newRow("lr") << "%{lr}" << v4 << "strong-bad";
    QTest::newRow("lr-") << "%{lr-}" << v4 << "bad.strong";
    QTest::newRow("l1r-") << "%{l1r-}" << v4 << "strong";
    QTest::newRow("ir v4") << "%{ir}.%{v}._spf.%{d2}" << v4 << "3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("lr- lp") << "%{lr-}.lp._spf.%{d2}" << v4 << "bad.strong.lp._spf.example.com";
    QTest::newRow("combined") << "%{lr-}.lp.%{ir}.%{v}._spf.%{d2}" << v4
                              << "bad.strong.lp.3.2.0.192.in-addr._spf.example.com";
    QTest::newRow("l1r- after ir") << "%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}" << v4
                                   << "3.2.0.192.in-addr.strong.lp._spf.example.com";
    QTest::newRow("d2 trusted") << "%{d2}.trusted-domains.example.net" << v4
                                << "example.com.trusted-domains.example.net";
    // The RFC writes the nibbles in lower case; we follow the openspf suite
    // (upper case). DNS names compare without case: checked without case.
    QTest::newRow("ir v6")
        << "%{ir}.%{v}._spf.%{d2}"
        << "2001:db8::cb01"
        << "1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com";
    QTest::newRow("c v6") << "%{c}"
                          << "2001:DB8::CB01"
                          << "2001:db8::cb01";
    QTest::newRow("escapes") << "%%%_%-" << v4 << "% %20";
    QTest::newRow("url escape") << "%{L}" << v4 << "strong-bad";
    QTest::newRow("url escape at") << "%{S}" << v4 << "strong-bad%40email.example.com";
    QTest::newRow("huge digit") << "%{d99999999999}" << v4 << "email.example.com";
    QTest::newRow("r t") << "%{r} %{t}" << v4 << "unknown 1700000000";
    QTest::newRow("h") << "%{h}" << v4 << "mx.example.org";
}

void TestSpfRecord::macroExpansion()
{
    QFETCH(QString, text);
    QFETCH(QString, client);
    QFETCH(QString, expanded);
    SpfMacroContext context;
    context.localPart = QStringLiteral("strong-bad");
    context.senderDomain = QStringLiteral("email.example.com");
    context.domain = QStringLiteral("email.example.com");
    context.client = QHostAddress(client);
    context.helo = QStringLiteral("mx.example.org");
    context.timestamp = 1700000000;
    QVERIFY(SpfMacro::syntaxError(text, SpfMacro::Scope::Explanation).isEmpty());
    QCOMPARE(SpfMacro::expand(text, context).toLower(), expanded.toLower());
}

void TestSpfRecord::macroSyntax_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("domainSpec");
    QTest::addColumn<bool>("explanation");

    QTest::newRow("plain") << "example.com" << true << true;
    QTest::newRow("space") << "a b" << false << true;
    QTest::newRow("c letter") << "%{c}" << false << true;
    QTest::newRow("unknown letter") << "%{a}" << false << false;
    QTest::newRow("lone percent") << "100%" << false << false;
    QTest::newRow("percent x") << "%x" << false << false;
    QTest::newRow("unterminated") << "%{d" << false << false;
    QTest::newRow("zero digits") << "%{d0}" << false << false;
    QTest::newRow("bad delimiter") << "%{d*}" << false << false;
    QTest::newRow("all delimiters") << "%{l2r.-+,/_=}" << true << true;
    QTest::newRow("control") << "a\x01" << false << false;
}

void TestSpfRecord::macroSyntax()
{
    QFETCH(QString, text);
    QFETCH(bool, domainSpec);
    QFETCH(bool, explanation);
    QCOMPARE(SpfMacro::syntaxError(text, SpfMacro::Scope::DomainSpec).isEmpty(), domainSpec);
    QCOMPARE(SpfMacro::syntaxError(text, SpfMacro::Scope::Explanation).isEmpty(), explanation);
}

void TestSpfRecord::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ip6");
    QTest::addColumn<QString>("canonical"); // empty: invalid

    QTest::newRow("ip4") << "192.0.2.1" << false << "192.0.2.1";
    QTest::newRow("ip4 zero") << "0.0.0.0" << false << "0.0.0.0";
    QTest::newRow("ip4 256") << "1.2.3.256" << false << "";
    QTest::newRow("ip4 leading zero") << "01.2.3.4" << false << "";
    QTest::newRow("ip4 three parts") << "1.2.3" << false << "";
    QTest::newRow("ip4 empty part") << "1..3.4" << false << "";
    QTest::newRow("ip4 hex") << "0x1.2.3.4" << false << "";
    QTest::newRow("ip6") << "2001:db8::1" << true << "2001:db8::1";
    QTest::newRow("ip6 full") << "2001:db8:0:0:0:0:0:1" << true << "2001:db8::1";
    QTest::newRow("ip6 any") << "::" << true << "::";
    QTest::newRow("ip6 ip4 tail") << "::ffff:1.2.3.4" << true << "::ffff:1.2.3.4";
    QTest::newRow("ip6 leading colon") << ":CAFE::BABE" << true << "";
    QTest::newRow("ip6 two gaps") << "1::2::3" << true << "";
    QTest::newRow("ip6 nine groups") << "1:2:3:4:5:6:7:8:9" << true << "";
    QTest::newRow("ip6 seven groups") << "1:2:3:4:5:6:7" << true << "";
    QTest::newRow("ip6 gap and eight") << "1:2:3:4::5:6:7:8" << true << "";
    QTest::newRow("ip6 long group") << "12345::" << true << "";
    QTest::newRow("ip6 zone") << "fe80::1%eth0" << true << "";
    QTest::newRow("ip6 bad tail") << "::1.2.3" << true << "";
}

void TestSpfRecord::addresses()
{
    QFETCH(QString, text);
    QFETCH(bool, ip6);
    QFETCH(QString, canonical);
    const auto parsed = ip6 ? IpNetwork::parseIp6(text) : IpNetwork::parseIp4(text);
    QCOMPARE(parsed.has_value(), !canonical.isEmpty());
    if (parsed)
        QCOMPARE(*parsed, QHostAddress(canonical));
}

void TestSpfRecord::domains()
{
    QVERIFY(SpfDomain::isValidCheckHostDomain(QStringLiteral("example.com")));
    QVERIFY(SpfDomain::isValidCheckHostDomain(QStringLiteral("example.com.")));
    QVERIFY(!SpfDomain::isValidCheckHostDomain(QStringLiteral("localhost")));
    QVERIFY(!SpfDomain::isValidCheckHostDomain(QStringLiteral("[192.0.2.1]")));
    QVERIFY(!SpfDomain::isValidCheckHostDomain(QStringLiteral("a..example.com")));
    QVERIFY(
        !SpfDomain::isValidCheckHostDomain(QString(64, QLatin1Char('a')) + QStringLiteral(".com")));
    QVERIFY(
        SpfDomain::isValidCheckHostDomain(QString(63, QLatin1Char('a')) + QStringLiteral(".com")));
    QVERIFY(!SpfDomain::isValidCheckHostDomain(QStringLiteral("192.0.2.1")));

    QString longName;
    for (int i = 0; i < 30; ++i)
        longName += QStringLiteral("label%1.").arg(i);
    longName += QStringLiteral("example.com");
    const QString cut = SpfDomain::truncated(longName);
    QVERIFY(cut.size() <= 253);
    QVERIFY(longName.endsWith(cut));
    QVERIFY(!cut.startsWith(QLatin1Char('.')));
    QVERIFY(SpfDomain::isQueryable(cut));
    QCOMPARE(SpfDomain::truncated(QStringLiteral("example.com.")), QStringLiteral("example.com"));

    QVERIFY(SpfDomain::isSubdomainOf(QStringLiteral("mail.Example.com."),
                                     QStringLiteral("example.COM")));
    QVERIFY(SpfDomain::isSubdomainOf(QStringLiteral("example.com"), QStringLiteral("example.com")));
    QVERIFY(
        !SpfDomain::isSubdomainOf(QStringLiteral("badexample.com"), QStringLiteral("example.com")));

    QCOMPARE(SpfDomain::reverseName(QHostAddress(QStringLiteral("192.0.2.3"))),
             QStringLiteral("3.2.0.192.in-addr.arpa"));
    QCOMPARE(
        SpfDomain::reverseName(QHostAddress(QStringLiteral("2001:db8::cb01"))),
        QStringLiteral("1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    QCOMPARE(IpNetwork::normalized(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))),
             QHostAddress(QStringLiteral("192.0.2.1")));

    QVERIFY(SpfDomain::isValidTopLabel(QStringLiteral("com")));
    QVERIFY(SpfDomain::isValidTopLabel(QStringLiteral("xn--zckzah")));
    QVERIFY(SpfDomain::isValidTopLabel(QStringLiteral("1-2")));
    QVERIFY(!SpfDomain::isValidTopLabel(QStringLiteral("123")));
    QVERIFY(!SpfDomain::isValidTopLabel(QStringLiteral("-com")));
    QVERIFY(!SpfDomain::isValidTopLabel(QStringLiteral("com-")));
    QVERIFY(!SpfDomain::isValidTopLabel(QStringLiteral("com:8080")));

    QCOMPARE(DnsRecordParser::encodeName(QStringLiteral("a.b.")),
             QByteArray("\x01"
                        "a\x01"
                        "b\x00",
                        5));
    QCOMPARE(DnsRecordParser::encodeName(QString()), QByteArray(1, '\0'));
    QVERIFY(!DnsRecordParser::encodeName(QString(64, QLatin1Char('a'))));
    QCOMPARE(DnsRecordParser::address(QByteArray("\xc0\x00\x02\x01", 4)),
             std::optional<QHostAddress>(QHostAddress(QStringLiteral("192.0.2.1"))));
    QVERIFY(!DnsRecordParser::address(QByteArray("\x01\x02\x03", 3)));
}

QTEST_GUILESS_MAIN(TestSpfRecord)
#include "tst_spfrecord.moc"
