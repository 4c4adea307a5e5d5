// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DmarcAssessment.h"
#include "domain/DmarcRecord.h"
#include "domain/TagList.h"

#include <QTest>

namespace {
using Kind = RecordError::Kind;
using Policy = DmarcRecord::Policy;

// TXT RDATA: the text as character-strings of at most 255 octets (RFC 1035 section 3.3.14).
QByteArray txtRdata(const QByteArray &text)
{
    QByteArray rdata;
    int pos = 0;
    do {
        const QByteArray chunk = text.mid(pos, 255);
        rdata.append(char(chunk.size())).append(chunk);
        pos += 255;
    } while (pos < text.size());
    return rdata;
}

DnsAnswer txtAnswer(int status, const QList<QByteArray> &texts)
{
    DnsAnswer answer;
    answer.type = 16;
    answer.status = DnsAnswer::Status(status);
    for (const QByteArray &text : texts)
        answer.records.append(txtRdata(text));
    return answer;
}
} // namespace

class TestDmarc : public QObject
{
    Q_OBJECT
private slots:
    void isDmarcRecord_data();
    void isDmarcRecord();
    void record_data();
    void record();
    void fullRecord();
    void reportSizes();
    void hostileRecords_data();
    void hostileRecords();
    void assessment_data();
    void assessment();
    void organizationalDomain();
    void needsOrganizationalLookup();
};

void TestDmarc::isDmarcRecord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("plain") << "v=DMARC1; p=none" << true;
    QTest::newRow("version only") << "v=DMARC1" << true;
    QTest::newRow("spaces, capital V") << "V = DMARC1 ;p=none" << true;
    QTest::newRow("leading space") << " v=DMARC1; p=none" << true;
    QTest::newRow("lower-case version") << "v=dmarc1; p=none" << false;
    QTest::newRow("DMARC10") << "v=DMARC10; p=none" << false;
    QTest::newRow("no separator") << "v=DMARC1 p=none" << false;
    QTest::newRow("not first") << "p=none; v=DMARC1" << false;
    QTest::newRow("spf") << "v=spf1 -all" << false;
    QTest::newRow("empty") << "" << false;
}

void TestDmarc::isDmarcRecord()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(DmarcRecord::isDmarcRecord(text), expected);
}

void TestDmarc::record_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error"); // RecordError::Kind of the first error, -1 for none
    QTest::addColumn<int>("policy");
    const int none = -1;
    const int pNone = int(Policy::None);
    QTest::newRow("minimal") << "v=DMARC1; p=none" << none << pNone;
    QTest::newRow("compact") << "v=DMARC1;p=quarantine;" << none << int(Policy::Quarantine);
    QTest::newRow("any case") << "V=DMARC1; P=Reject" << none << int(Policy::Reject);
    QTest::newRow("unknown tags") << "v=DMARC1; p=none; np=reject; psd=n; foo=bar" << none << pNone;
    QTest::newRow("https report") << "v=DMARC1; p=none; rua=https://example.com/r" << none << pNone;
    QTest::newRow("pct=0") << "v=DMARC1; p=reject; pct=0" << none << int(Policy::Reject);
    QTest::newRow("pct=100") << "v=DMARC1; p=reject; pct=100" << none << int(Policy::Reject);
    QTest::newRow("ri max") << "v=DMARC1; p=none; ri=4294967295" << none << pNone;
    QTest::newRow("uri spaces")
        << "v=DMARC1; p=none; rua = mailto:a@example.com , mailto:b@example.org" << none << pNone;
    QTest::newRow("fo spaces") << "v=DMARC1; p=none; fo = 1 : d" << none << pNone;
    QTest::newRow("mailto query") << "v=DMARC1; p=none; rua=mailto:a@example.com?subject=dmarc"
                                  << none << pNone;
    QTest::newRow("no v=") << "p=none" << int(Kind::MissingVersion) << pNone;
    QTest::newRow("v= second") << "p=none; v=DMARC1" << int(Kind::VersionNotFirst) << pNone;
    QTest::newRow("DMARC2") << "v=DMARC2; p=none" << int(Kind::WrongVersion) << pNone;
    QTest::newRow("dmarc1") << "v=dmarc1; p=none" << int(Kind::WrongVersion) << pNone;
    QTest::newRow("missing separator") << "v=DMARC1 p=none" << int(Kind::WrongVersion) << pNone;
    QTest::newRow("no p=") << "v=DMARC1" << int(Kind::MissingTag) << pNone;
    QTest::newRow("sp= without p=") << "v=DMARC1; sp=reject" << int(Kind::MissingTag) << pNone;
    QTest::newRow("p=block") << "v=DMARC1; p=block" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("empty p=") << "v=DMARC1; p=" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("sp=all") << "v=DMARC1; p=none; sp=all" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("pct=101") << "v=DMARC1; p=none; pct=101" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("pct=-1") << "v=DMARC1; p=none; pct=-1" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("pct=50%") << "v=DMARC1; p=none; pct=50%" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("pct=1000") << "v=DMARC1; p=none; pct=1000" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("adkim=x") << "v=DMARC1; p=none; adkim=x" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("aspf=relaxed") << "v=DMARC1; p=none; aspf=relaxed" << int(Kind::InvalidValue)
                                  << pNone;
    QTest::newRow("fo=2") << "v=DMARC1; p=none; fo=2" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("fo commas") << "v=DMARC1; p=none; fo=0,1" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("rf with space")
        << "v=DMARC1; p=none; rf=af rf" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("ri=abc") << "v=DMARC1; p=none; ri=abc" << int(Kind::InvalidValue) << pNone;
    QTest::newRow("ri too large") << "v=DMARC1; p=none; ri=4294967296" << int(Kind::InvalidValue)
                                  << pNone;
    QTest::newRow("rua without mailto")
        << "v=DMARC1; p=none; rua=dmarc@example.com" << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua bare mailto")
        << "v=DMARC1; p=none; rua=mailto:" << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua no domain")
        << "v=DMARC1; p=none; rua=mailto:nobody" << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua bad size") << "v=DMARC1; p=none; rua=mailto:a@example.com!10x"
                                  << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua huge size")
        << "v=DMARC1; p=none; rua=mailto:a@example.com!99999999t" << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua empty item")
        << "v=DMARC1; p=none; rua=mailto:a@example.com," << int(Kind::InvalidUri) << pNone;
    QTest::newRow("rua space") << "v=DMARC1; p=none; ruf=mailto:a b@example.com"
                               << int(Kind::InvalidUri) << pNone;
    QTest::newRow("duplicate p=") << "v=DMARC1; p=none; p=reject" << int(Kind::DuplicateTag)
                                  << pNone;
    QTest::newRow("duplicate any case")
        << "v=DMARC1; p=none; P=reject" << int(Kind::DuplicateTag) << pNone;
    QTest::newRow("empty tag") << "v=DMARC1;; p=none" << int(Kind::EmptyTag) << pNone;
    QTest::newRow("no equals") << "v=DMARC1; p=none; reject" << int(Kind::MissingEquals) << pNone;
    QTest::newRow("bad tag name") << "v=DMARC1; p=none; 1x=2" << int(Kind::InvalidTagName) << pNone;
}

void TestDmarc::record()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, policy);
    const DmarcRecord record = DmarcRecord::parse(text);
    QCOMPARE(record.isValid(), error < 0);
    if (error >= 0) {
        QCOMPARE(int(record.errors().constFirst().kind), error);
        QVERIFY(!record.errorSummary().isEmpty());
        return;
    }
    QCOMPARE(int(record.policy()), policy);
}

void TestDmarc::fullRecord()
{
    const DmarcRecord record = DmarcRecord::parse(QStringLiteral(
        "v=DMARC1; p=reject; sp=quarantine; pct=50; "
        "rua=mailto:a@example.com,mailto:b@example.net!10m; ruf=mailto:f@example.com; "
        "adkim=s; aspf=r; fo=0:1:d:s; rf=afrf; ri=3600"));
    QVERIFY2(record.isValid(), qPrintable(record.errorSummary()));
    QCOMPARE(record.policy(), Policy::Reject);
    QCOMPARE(record.subdomainPolicy(), std::optional<Policy>(Policy::Quarantine));
    QCOMPARE(record.effectivePolicy(false), Policy::Reject);
    QCOMPARE(record.effectivePolicy(true), Policy::Quarantine);
    QCOMPARE(record.percent(), 50);
    QCOMPARE(record.aggregateReportUris().size(), 2);
    QCOMPARE(record.aggregateReportUris().at(1).uri, QStringLiteral("mailto:b@example.net"));
    QCOMPARE(record.failureReportUris().size(), 1);
    QCOMPARE(record.dkimAlignment(), DmarcRecord::Alignment::Strict);
    QCOMPARE(record.spfAlignment(), DmarcRecord::Alignment::Relaxed);
    QCOMPARE(record.failureOptions(), (QStringList{"0", "1", "d", "s"}));
    QCOMPARE(record.reportFormats(), QStringList{"afrf"});
    QCOMPARE(record.reportInterval(), 3600u);

    // The defaults of RFC 7489 section 6.3.
    const DmarcRecord minimal = DmarcRecord::parse(QStringLiteral("v=DMARC1; p=none"));
    QCOMPARE(minimal.percent(), 100);
    QCOMPARE(minimal.subdomainPolicy(), std::nullopt);
    QCOMPARE(minimal.effectivePolicy(true), Policy::None);
    QCOMPARE(minimal.dkimAlignment(), DmarcRecord::Alignment::Relaxed);
    QCOMPARE(minimal.failureOptions(), QStringList{"0"});
    QCOMPARE(minimal.reportInterval(), 86400u);
}

void TestDmarc::reportSizes()
{
    const DmarcRecord record = DmarcRecord::parse(
        QStringLiteral("v=DMARC1; p=none; rua=mailto:a@example.com!10m,mailto:b@example.com!1K,"
                       "mailto:c@example.com!500,mailto:d@example.com"));
    QVERIFY2(record.isValid(), qPrintable(record.errorSummary()));
    const auto uris = record.aggregateReportUris();
    QCOMPARE(uris.size(), 4);
    // Units are powers of two (RFC 7489 section 6.4).
    QCOMPARE(uris.at(0).maxSize, std::optional<quint64>(10 * 1024 * 1024));
    QCOMPARE(uris.at(1).maxSize, std::optional<quint64>(1024));
    QCOMPARE(uris.at(2).maxSize, std::optional<quint64>(500));
    QCOMPARE(uris.at(3).maxSize, std::nullopt);
    QCOMPARE(uris.at(0).uri, QStringLiteral("mailto:a@example.com"));
}

void TestDmarc::hostileRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error"); // RecordError::Kind of the first error, -1 for none
    QString thousandTags = QStringLiteral("v=DMARC1; p=none");
    for (int i = 0; i < 1000; ++i)
        thousandTags += QStringLiteral("; x%1=%1").arg(i);
    QString repeated = QStringLiteral("v=DMARC1; p=none");
    for (int i = 0; i < 1000; ++i)
        repeated += QStringLiteral("; pct=%1").arg(i % 100);
    QString manyUris = QStringLiteral("v=DMARC1; p=none; rua=mailto:a@example.com");
    while (manyUris.size() < 65536)
        manyUris += QStringLiteral(",mailto:a@example.com");
    QTest::newRow("64 KB of report addresses") << manyUris << -1;
    QTest::newRow("64 KB value") << "v=DMARC1; p=" + QString(65536, QLatin1Char('r'))
                                 << int(Kind::InvalidValue);
    QTest::newRow("64 KB of commas")
        << "v=DMARC1; p=none; rua=" + QString(65536, QLatin1Char(',')) << int(Kind::InvalidUri);
    QTest::newRow("1000 tags") << thousandTags << -1;
    QTest::newRow("1000 repeated tags") << repeated << int(Kind::DuplicateTag);
    QTest::newRow("nul") << QString::fromLatin1("v=DMARC1; p=none\0; rua=mailto:a@example.com", 44)
                         << int(Kind::InvalidCharacter);
    QTest::newRow("latin-1") << QString::fromLatin1(
        "v=DMARC1; p=none; rua=mailto:r\xe9@example.com")
                             << int(Kind::InvalidCharacter);
    QTest::newRow("utf-8 address")
        << QString::fromUtf8("v=DMARC1; p=none; rua=mailto:d@b\xc3\xbcro.de")
        << int(Kind::InvalidCharacter);
}

void TestDmarc::hostileRecords()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    const DmarcRecord record = DmarcRecord::parse(text);
    QCOMPARE(record.isValid(), error < 0);
    if (error >= 0)
        QCOMPARE(int(record.errors().constFirst().kind), error);
    QVERIFY(record.errorSummary().size() < 400);
}

void TestDmarc::assessment_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<QByteArray>>("texts");
    QTest::addColumn<bool>("withOrganizational");
    QTest::addColumn<int>("organizationalStatus");
    QTest::addColumn<QList<QByteArray>>("organizationalTexts");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("args");

    const int ok = int(DnsAnswer::Status::NoError);
    const int nx = int(DnsAnswer::Status::NxDomain);
    const int servfail = int(DnsAnswer::Status::ServFail);
    using L = QList<QByteArray>;
    const QString top = QStringLiteral("example.com");
    const QString sub = QStringLiteral("mail.example.com");
    const QString exact = QStringLiteral("_dmarc.example.com");
    const QString subExact = QStringLiteral("_dmarc.mail.example.com");

    QTest::newRow("reject") << top << ok << L{"v=DMARC1; p=reject; rua=mailto:d@example.com"}
                            << false << ok << L{} << "domain.dmarc_ok"
                            << QStringList{top, exact, "reject", "100"};
    QTest::newRow("quarantine 25%")
        << top << ok << L{"v=DMARC1; p=quarantine; pct=25"} << false << ok << L{}
        << "domain.dmarc_ok" << QStringList{top, exact, "quarantine", "25"};
    QTest::newRow("among other TXT")
        << top << ok << L{"google-site-verification=x", "v=DMARC1; p=reject"} << false << ok << L{}
        << "domain.dmarc_ok" << QStringList{top, exact, "reject", "100"};
    QTest::newRow("long record, several strings")
        << top << ok << L{"v=DMARC1; p=reject; rua=mailto:" + QByteArray(300, 'a') + "@example.com"}
        << false << ok << L{} << "domain.dmarc_ok" << QStringList{top, exact, "reject", "100"};
    QTest::newRow("p=none") << top << ok << L{"v=DMARC1; p=none; rua=mailto:d@example.com"} << false
                            << ok << L{} << "domain.dmarc_none" << QStringList{top, exact, "none"};
    QTest::newRow("nxdomain") << top << nx << L{} << false << ok << L{} << "domain.dmarc_missing"
                              << QStringList{top, exact, ""};
    QTest::newRow("only other TXT") << top << ok << L{"v=spf1 -all"} << false << ok << L{}
                                    << "domain.dmarc_missing" << QStringList{top, exact, ""};
    QTest::newRow("two records") << top << ok << L{"v=DMARC1; p=none", "v=DMARC1; p=reject"}
                                 << false << ok << L{} << "domain.dmarc_multiple"
                                 << QStringList{top, exact, "2"};
    QTest::newRow("bad policy") << top << ok << L{"v=DMARC1; p=block"} << false << ok << L{}
                                << "domain.dmarc_syntax" << QStringList{top, exact};
    QTest::newRow("lower-case version") << top << ok << L{"v=dmarc1; p=reject"} << false << ok
                                        << L{} << "domain.dmarc_syntax" << QStringList{top, exact};
    QTest::newRow("version last") << top << ok << L{"p=reject; v=DMARC1"} << false << ok << L{}
                                  << "domain.dmarc_syntax" << QStringList{top, exact};
    QTest::newRow("servfail") << top << servfail << L{} << false << ok << L{}
                              << "domain.lookup_failed" << QStringList{exact, "DMARC"};

    const QString organizational = exact;
    QTest::newRow("inherited") << sub << nx << L{} << true << ok << L{"v=DMARC1; p=reject"}
                               << "domain.dmarc_ok"
                               << QStringList{sub, organizational, "reject", "100"};
    QTest::newRow("inherited sp=none")
        << sub << nx << L{} << true << ok << L{"v=DMARC1; p=reject; sp=none"} << "domain.dmarc_none"
        << QStringList{sub, organizational, "none"};
    QTest::newRow("inherited sp=reject")
        << sub << ok << L{} << true << ok << L{"v=DMARC1; p=none; sp=reject"} << "domain.dmarc_ok"
        << QStringList{sub, organizational, "reject", "100"};
    QTest::newRow("own record wins")
        << sub << ok << L{"v=DMARC1; p=none"} << true << ok << L{"v=DMARC1; p=reject"}
        << "domain.dmarc_none" << QStringList{sub, subExact, "none"};
    QTest::newRow("own multiple, no fallback")
        << sub << ok << L{"v=DMARC1; p=none", "v=DMARC1; p=none"} << true << ok
        << L{"v=DMARC1; p=reject"} << "domain.dmarc_multiple" << QStringList{sub, subExact, "2"};
    QTest::newRow("own servfail, no fallback")
        << sub << servfail << L{} << true << ok << L{"v=DMARC1; p=reject"} << "domain.lookup_failed"
        << QStringList{subExact, "DMARC"};
    QTest::newRow("missing on both")
        << sub << nx << L{} << true << nx << L{} << "domain.dmarc_missing"
        << QStringList{sub, subExact, organizational};
    QTest::newRow("organizational not asked")
        << sub << nx << L{} << false << ok << L{} << "domain.dmarc_missing"
        << QStringList{sub, subExact, ""};
    QTest::newRow("organizational multiple")
        << sub << nx << L{} << true << ok << L{"v=DMARC1; p=none", "v=DMARC1; p=reject"}
        << "domain.dmarc_multiple" << QStringList{sub, organizational, "2"};
    QTest::newRow("organizational servfail")
        << sub << nx << L{} << true << servfail << L{} << "domain.lookup_failed"
        << QStringList{organizational, "DMARC"};
    QTest::newRow("organizational syntax")
        << sub << nx << L{} << true << ok << L{"v=DMARC1; p=rejct"} << "domain.dmarc_syntax"
        << QStringList{sub, organizational};
}

void TestDmarc::assessment()
{
    QFETCH(QString, domain);
    QFETCH(int, status);
    QFETCH(QList<QByteArray>, texts);
    QFETCH(bool, withOrganizational);
    QFETCH(int, organizationalStatus);
    QFETCH(QList<QByteArray>, organizationalTexts);
    QFETCH(QString, id);
    QFETCH(QStringList, args);
    const std::optional<DnsAnswer> organizational = withOrganizational ? std::optional<DnsAnswer>(
                                                        txtAnswer(organizationalStatus,
                                                                  organizationalTexts))
                                                                       : std::nullopt;
    const QList<DomainConclusion> conclusions = DmarcAssessment::assess(
        domain, txtAnswer(status, texts), organizational);
    QCOMPARE(conclusions.size(), 1);
    const DomainConclusion &conclusion = conclusions.constFirst();
    QCOMPARE(conclusion.id, id);
    QCOMPARE(conclusion.args.mid(0, args.size()), args);
    QVERIFY(!conclusion.evidence.isEmpty());
    QCOMPARE(conclusion.severity, std::nullopt);
    if (id == QLatin1String("domain.dmarc_syntax") || id == QLatin1String("domain.lookup_failed"))
        QVERIFY(!conclusion.args.value(2).isEmpty());
}

void TestDmarc::organizationalDomain()
{
    QCOMPARE(DmarcAssessment::organizationalDomain(QStringLiteral("mail.example.com")),
             QStringLiteral("example.com"));
    QCOMPARE(DmarcAssessment::organizationalDomain(QStringLiteral("example.com")),
             QStringLiteral("example.com"));
    QCOMPARE(DmarcAssessment::organizationalDomain(QStringLiteral("a.b.example.co.uk")),
             QStringLiteral("example.co.uk"));
    QCOMPARE(DmarcAssessment::organizationalDomain(QStringLiteral("News.Example.COM.")),
             QStringLiteral("example.com"));
    QCOMPARE(DmarcAssessment::recordName(QStringLiteral("Example.COM.")),
             QStringLiteral("_dmarc.example.com"));
}

void TestDmarc::needsOrganizationalLookup()
{
    const int ok = int(DnsAnswer::Status::NoError);
    const QString sub = QStringLiteral("mail.example.com");
    QVERIFY(DmarcAssessment::needsOrganizationalLookup(
        sub, txtAnswer(int(DnsAnswer::Status::NxDomain), {})));
    QVERIFY(DmarcAssessment::needsOrganizationalLookup(sub, txtAnswer(ok, {"v=spf1 -all"})));
    QVERIFY(!DmarcAssessment::needsOrganizationalLookup(sub, txtAnswer(ok, {"v=DMARC1; p=none"})));
    QVERIFY(!DmarcAssessment::needsOrganizationalLookup(sub, txtAnswer(ok, {"v=dmarc1; p=none"})));
    QVERIFY(!DmarcAssessment::needsOrganizationalLookup(
        sub, txtAnswer(int(DnsAnswer::Status::Timeout), {})));
    QVERIFY(!DmarcAssessment::needsOrganizationalLookup(
        QStringLiteral("example.com"), txtAnswer(int(DnsAnswer::Status::NxDomain), {})));
}

QTEST_GUILESS_MAIN(TestDmarc)
#include "tst_dmarc.moc"
