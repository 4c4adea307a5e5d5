// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DkimAssessment.h"
#include "domain/DkimRecord.h"
#include "domain/DkimSelectors.h"
#include "crypto/DerRsaKey.h"
#include "domain/TagList.h"

#include <QTest>

namespace {
// Real keys, made for this test with:
//   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:N | openssl pkey -pubout -outform DER
//   openssl rsa -RSAPublicKey_out -outform DER (the PKCS#1 forms of the same keys)
//   openssl genpkey -algorithm ed25519 / openssl ecparam -name prime256v1 -genkey
const char rsa512[]
    = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAK8zlbTZJXPFfacjZW4Mvl2NQ5fe9XeTy8vOT0yD7ChAYam"
      "a4sVDwMqF+AKDT5fe4nK7af/lPKnVh3yXl4PAXfkCAwEAAQ==";
const char rsa1024[]
    = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDbWLihpNIHWY34Qa4mFhh/KNn44c7aZ01fLieD7PW"
      "JfgidS5NB7zjLcSz2NPqr6PLVtcvpxDFM3DmqfjwxSMPhaj3Bvj8Zd76jTpxqYuc2HsRd5mlcoxzYnq"
      "1DiA2vlBN1EGNIBAmDCNHWK/1T99fp8pD/LuyUr8HPzercW3db7wIDAQAB";
const char rsa1536[]
    = "MIHfMA0GCSqGSIb3DQEBAQUAA4HNADCByQKBwQDJRPRu5rB0eeo9zToO00TQTzX9/IwChLuw4WsfuF1"
      "VZtFjAiwVNfTlQ+AlZ46YwTRKj9XK5OlH+IAcFKn5stbId8Q0YoOZut/CD2AI4ZqoV6SeJ91h8hv/j8"
      "lpuatmmNWaUGiqpvWx0oXNYBawB9gPsM3KE2rlJSpYpi2C336JwawTtLEAw2sd3uFYzY1PZYXzN9RR3"
      "0B4J7oEKe9g5H2eJsqlPyxG6+KFgCKoLJEDsVA2aR3bifFCYixiLaz6DosCAwEAAQ==";
const char rsa2048[]
    = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtQaj3BikfomC9pWluImgIXq8caeqATEXD3W"
      "tkPoEcwpke0RijEp6nlZcFt925EA8boeTw43yC52+N7k8U5zd8NskCIU63Lm/1iy4uUWpSkXHc42SJw"
      "BmC6rL3QxSlTkzslmRCwRi34k8lUjR7d6VsQn1MwjjjW6gVv/JYHYl+5XAju51YRXTVNkuZiEtQavT+"
      "Pz6/ErHo00Yq7BzsxhAlEM2VvjPilUzCOTA78ZApdTQsav0y297c4wUjs0KbYPcd1Tsb5JTxooY3XRN"
      "KQ2sRsBytoMUPcEtCal2l4AzHZeJ+5PIfCBeUHcDWijtw6WhPofN9WepMeObBPDienq8KwIDAQAB";
const char pkcs1Rsa1024[]
    = "MIGJAoGBANtYuKGk0gdZjfhBriYWGH8o2fjhztpnTV8uJ4Ps9Yl+CJ1Lk0HvOMtxLPY0+qvo8tW1y+n"
      "EMUzcOap+PDFIw+FqPcG+Pxl3vqNOnGpi5zYexF3maVyjHNierUOIDa+UE3UQY0gECYMI0dYr/VP31+"
      "nykP8u7JSvwc/N6txbd1vvAgMBAAE=";
const char pkcs1Rsa2048[]
    = "MIIBCgKCAQEAtQaj3BikfomC9pWluImgIXq8caeqATEXD3WtkPoEcwpke0RijEp6nlZcFt925EA8boe"
      "Tw43yC52+N7k8U5zd8NskCIU63Lm/1iy4uUWpSkXHc42SJwBmC6rL3QxSlTkzslmRCwRi34k8lUjR7d"
      "6VsQn1MwjjjW6gVv/JYHYl+5XAju51YRXTVNkuZiEtQavT+Pz6/ErHo00Yq7BzsxhAlEM2VvjPilUzC"
      "OTA78ZApdTQsav0y297c4wUjs0KbYPcd1Tsb5JTxooY3XRNKQ2sRsBytoMUPcEtCal2l4AzHZeJ+5PI"
      "fCBeUHcDWijtw6WhPofN9WepMeObBPDienq8KwIDAQAB";
const char ed25519Raw[] = "TCFpjkvOnP9mwbk7R5LWbFM5s6lCLenvGjL0SIDq7Rk=";
const char ed25519Spki[] = "MCowBQYDK2VwAyEATCFpjkvOnP9mwbk7R5LWbFM5s6lCLenvGjL0SIDq7Rk=";
const char ecP256Spki[]
    = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElt7BYKfkOe09sTfELmTQqL/eSJ97evJka/LqYxvNx+19I"
      "wUiQptzbdxl9KrftZ4EAB6vyJM6i6u8WqmPgcFw+g==";

QString key(const char *base64)
{
    return QString::fromLatin1(base64);
}

// TXT RDATA: the text as character-strings of at most 255 octets (RFC 1035 section 3.3.14).
QByteArray txtRdata(const QByteArray &text)
{
    QByteArray rdata;
    for (int pos = 0; pos < text.size() || pos == 0; pos += 255) {
        const QByteArray chunk = text.mid(pos, 255);
        rdata.append(char(chunk.size())).append(chunk);
        if (text.isEmpty())
            break;
    }
    return rdata;
}

DnsAnswer txtAnswer(DnsAnswer::Status status, const QList<QByteArray> &texts)
{
    DnsAnswer answer;
    answer.name = QStringLiteral("s1._domainkey.example.com");
    answer.type = 16;
    answer.status = status;
    for (const QByteArray &text : texts)
        answer.records.append(txtRdata(text));
    return answer;
}

// An inspector that sees every key as 4096 bits: the seam a test uses.
class FixedInspector : public KeyInspector
{
public:
    std::optional<int> rsaPublicKeyBits(const QByteArray &) const override { return 4096; }
};
} // namespace

class TestDkim : public QObject
{
    Q_OBJECT
private slots:
    void rsaBits_data();
    void rsaBits();
    void ed25519();
    void pkcs1Wrapping();
    void tagList_data();
    void tagList();
    void record_data();
    void record();
    void recordErrors_data();
    void recordErrors();
    void assessment_data();
    void assessment();
    void injectedInspector();
    void selectors();
    void selectorInput_data();
    void selectorInput();
};

void TestDkim::rsaBits_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("bits"); // -1: not an RSA public key
    const auto der = [](const char *base64) {
        return QByteArray::fromBase64(base64);
    };
    QTest::newRow("spki 512") << der(rsa512) << 512;
    QTest::newRow("spki 1024") << der(rsa1024) << 1024;
    QTest::newRow("spki 1536") << der(rsa1536) << 1536;
    QTest::newRow("spki 2048") << der(rsa2048) << 2048;
    QTest::newRow("pkcs1 1024") << der(pkcs1Rsa1024) << 1024;
    QTest::newRow("pkcs1 2048") << der(pkcs1Rsa2048) << 2048;
    QTest::newRow("ed25519 spki") << der(ed25519Spki) << -1;
    QTest::newRow("ec p-256 spki") << der(ecP256Spki) << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("text") << QByteArray("hello") << -1;
    QTest::newRow("truncated") << der(rsa2048).left(100) << -1;
    QTest::newRow("sequence of junk") << QByteArray("\x30\x82\x01\x22junkjunkjunk") << -1;
    QTest::newRow("64 KB") << (QByteArray(1, '\x30') + QByteArray(65535, '\xff')) << -1;
}

void TestDkim::rsaBits()
{
    QFETCH(QByteArray, der);
    QFETCH(int, bits);
    const auto result = KeyInspector::defaultInspector().rsaPublicKeyBits(der);
    QCOMPARE(result.value_or(-1), bits);
}

void TestDkim::ed25519()
{
    const KeyInspector &inspector = KeyInspector::defaultInspector();
    QVERIFY(inspector.isValidEd25519PublicKey(QByteArray::fromBase64(ed25519Raw)));
    QVERIFY(!inspector.isValidEd25519PublicKey(QByteArray::fromBase64(ed25519Spki)));
    QVERIFY(!inspector.isValidEd25519PublicKey(QByteArray(31, 'x')));
    QVERIFY(!inspector.isValidEd25519PublicKey(QByteArray()));
}

void TestDkim::pkcs1Wrapping()
{
    // The wrapper must produce exactly what openssl writes for the same key.
    QCOMPARE(DerRsaKey::wrapPkcs1(QByteArray::fromBase64(pkcs1Rsa2048)),
             QByteArray::fromBase64(rsa2048));
    QCOMPARE(DerRsaKey::wrapPkcs1(QByteArray::fromBase64(pkcs1Rsa1024)),
             QByteArray::fromBase64(rsa1024));
}

void TestDkim::tagList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<int>("error"); // RecordError::Kind, -1 for none
    const int none = -1;
    QTest::newRow("one") << "a=b" << true << 1 << none;
    QTest::newRow("final semicolon") << "a=b;" << true << 1 << none;
    QTest::newRow("whitespace") << " a = b ;\tc= d e " << true << 2 << none;
    QTest::newRow("folding") << "a=b;\r\n c=d" << true << 2 << none;
    QTest::newRow("empty value") << "a=" << true << 1 << none;
    QTest::newRow("empty") << "" << true << 0 << none;
    QTest::newRow("case-sensitive names") << "a=b;A=c" << true << 2 << none;
    QTest::newRow("underscore name") << "x_1=b" << true << 1 << none;
    QTest::newRow("lone semicolon") << ";" << true << 0 << int(RecordError::Kind::EmptyTag);
    QTest::newRow("double semicolon")
        << "a=b;;c=d" << true << 2 << int(RecordError::Kind::EmptyTag);
    QTest::newRow("no equals") << "a=b; c" << true << 1 << int(RecordError::Kind::MissingEquals);
    QTest::newRow("no name") << "=b" << true << 0 << int(RecordError::Kind::InvalidTagName);
    QTest::newRow("digit first") << "1a=b" << true << 0 << int(RecordError::Kind::InvalidTagName);
    QTest::newRow("hyphen") << "a-b=c" << true << 0 << int(RecordError::Kind::InvalidTagName);
    QTest::newRow("space in name")
        << "a b=c" << true << 0 << int(RecordError::Kind::InvalidTagName);
    QTest::newRow("duplicate") << "a=b;a=c" << true << 1 << int(RecordError::Kind::DuplicateTag);
    QTest::newRow("duplicate any case")
        << "p=b;P=c" << false << 1 << int(RecordError::Kind::DuplicateTag);
    QTest::newRow("nul") << QString::fromLatin1("a=b\0c", 5) << true << 0
                         << int(RecordError::Kind::InvalidCharacter);
    QTest::newRow("latin-1") << QString::fromLatin1("a=caf\xe9") << true << 0
                             << int(RecordError::Kind::InvalidCharacter);
    QTest::newRow("cjk") << QString::fromUtf8("a=\xe4\xb8\xad") << true << 0
                         << int(RecordError::Kind::InvalidCharacter);
    QTest::newRow("nbsp") << QString::fromLatin1("a=b\xa0") << true << 0
                          << int(RecordError::Kind::InvalidCharacter);
    QTest::newRow("control") << "a=b\x01" << true << 0 << int(RecordError::Kind::InvalidCharacter);
}

void TestDkim::tagList()
{
    QFETCH(QString, text);
    QFETCH(bool, caseSensitive);
    QFETCH(int, tagCount);
    QFETCH(int, error);
    const TagList list = TagList::parse(
        text, caseSensitive ? TagList::NameCase::Sensitive : TagList::NameCase::Insensitive);
    QCOMPARE(list.tags().size(), tagCount);
    QCOMPARE(list.isValid(), error < 0);
    if (error >= 0) {
        QCOMPARE(int(list.errors().constFirst().kind), error);
        QVERIFY(!list.errors().constFirst().message.isEmpty());
    }
}

void TestDkim::record_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ed25519");
    QTest::addColumn<int>("bits"); // -1 when not known
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("testing");
    const QString v = QStringLiteral("v=DKIM1; ");
    QString spaced = key(rsa2048);
    spaced.insert(100, QLatin1String("\r\n ")).insert(40, QLatin1String(" \t"));
    QString thousandTags;
    for (int i = 0; i < 1000; ++i)
        thousandTags += QStringLiteral("t%1=%1; ").arg(i);
    QTest::newRow("bare p=") << "p=" + key(rsa2048) << false << 2048 << false << false;
    QTest::newRow("full") << v + "k=rsa; h=sha256; s=email; p=" + key(rsa1024) << false << 1024
                          << false << false;
    QTest::newRow("pkcs1") << v + "p=" + key(pkcs1Rsa1024) << false << 1024 << false << false;
    QTest::newRow("testing") << v + "t=y; p=" + key(rsa2048) << false << 2048 << false << true;
    QTest::newRow("flags") << v + "t = s : y : x; p=" + key(rsa512) << false << 512 << false
                           << true;
    QTest::newRow("revoked") << v + "p=" << false << -1 << true << false;
    QTest::newRow("revoked, spaces") << v + "k=rsa; p= ;" << false << -1 << true << false;
    QTest::newRow("spaces in p=") << v + "p=" + spaced << false << 2048 << false << false;
    QTest::newRow("unknown tags") << v + "foo=bar; x_y=1:2; p=" + key(rsa2048) << false << 2048
                                  << false << false;
    QTest::newRow("unknown hash, service")
        << "h=sha256:sha512; s=email:web; p=" + key(rsa2048) << false << 2048 << false << false;
    QTest::newRow("ed25519") << v + "k=ed25519; p=" + key(ed25519Raw) << true << -1 << false
                             << false;
    QTest::newRow("64 KB note") << v + "n=" + QString(65000, QLatin1Char('n'))
                                       + "; p=" + key(rsa2048)
                                << false << 2048 << false << false;
    QTest::newRow("1000 tags") << thousandTags + "p=" + key(rsa2048) << false << 2048 << false
                               << false;
}

void TestDkim::record()
{
    QFETCH(QString, text);
    QFETCH(bool, ed25519);
    QFETCH(int, bits);
    QFETCH(bool, revoked);
    QFETCH(bool, testing);
    const DkimRecord record = DkimRecord::parse(text);
    QVERIFY2(record.isValid(), qPrintable(record.errorSummary()));
    QCOMPARE(record.keyType() == DkimRecord::KeyType::Ed25519, ed25519);
    QCOMPARE(record.keyBits().value_or(-1), bits);
    QCOMPARE(record.isRevoked(), revoked);
    QCOMPARE(record.isTesting(), testing);
}

void TestDkim::recordErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RecordError::Kind>("error"); // the first one
    using Kind = RecordError::Kind;
    const QString v = QStringLiteral("v=DKIM1; ");
    const QString p = QStringLiteral("p=") + key(rsa2048);
    QString repeated;
    for (int i = 0; i < 1000; ++i)
        repeated += QStringLiteral("a=1;");
    QTest::newRow("ed25519 spki") << v + "k=ed25519; p=" + key(ed25519Spki) << Kind::InvalidKey;
    QTest::newRow("v= not first") << "k=rsa; " + v + p << Kind::VersionNotFirst;
    QTest::newRow("v=DKIM2") << "v=DKIM2; " + p << Kind::WrongVersion;
    QTest::newRow("v=dkim1") << "v=dkim1; " + p << Kind::WrongVersion;
    QTest::newRow("spf at selector") << "v=spf1 include:_spf.google.com ~all" << Kind::WrongVersion;
    QTest::newRow("k=dsa") << v + "k=dsa; " + p << Kind::UnsupportedKeyType;
    QTest::newRow("k=RSA") << "k=RSA; " + p << Kind::UnsupportedKeyType;
    QTest::newRow("no p=") << v + "k=rsa" << Kind::MissingTag;
    QTest::newRow("empty record") << "" << Kind::MissingTag;
    QTest::newRow("base64 symbols") << "p=!!!!" << Kind::InvalidBase64;
    QTest::newRow("base64 length") << "p=abcde" << Kind::InvalidBase64;
    QTest::newRow("base64 inner padding") << "p=ab=c" << Kind::InvalidBase64;
    QTest::newRow("base64 triple padding") << "p=QQ===" << Kind::InvalidBase64;
    QTest::newRow("base64 only padding") << "p==" << Kind::InvalidBase64;
    QTest::newRow("not a key") << "p=aGVsbG8gd29ybGQ=" << Kind::InvalidKey;
    QTest::newRow("ec key as rsa") << "p=" + key(ecP256Spki) << Kind::InvalidKey;
    QTest::newRow("duplicate p=") << v + p + "; p=" << Kind::DuplicateTag;
    QTest::newRow("not for mail") << "s=web; " + p << Kind::NotForEmail;
    QTest::newRow("sha1 only") << "h=sha1; " + p << Kind::InvalidValue;
    QTest::newRow("empty h=") << "h=; " + p << Kind::InvalidValue;
    QTest::newRow("empty t=") << "t=; " + p << Kind::InvalidValue;
    QTest::newRow("double semicolon") << v + ";" + p << Kind::EmptyTag;
    QTest::newRow("bare word") << v + "rsa; " + p << Kind::MissingEquals;
    // Hostile input: bounded work, bounded report.
    QTest::newRow("64 KB key") << v + "p=" + QString(65536, QLatin1Char('A')) << Kind::InvalidKey;
    QTest::newRow("64 KB garbage base64")
        << "p=" + QString(65536, QLatin1Char('%')) << Kind::InvalidBase64;
    QTest::newRow("64 KB of semicolons") << QString(65536, QLatin1Char(';')) << Kind::EmptyTag;
    QTest::newRow("1000 repeated tags") << repeated + "p=" << Kind::DuplicateTag;
    QTest::newRow("nul in key") << QString::fromLatin1("v=DKIM1; p=MIIB\0IjAN", 20)
                                << Kind::InvalidCharacter;
    QTest::newRow("non-ascii tag")
        << QString::fromUtf8("v=DKIM1; \xc3\xa9=1; p=") << Kind::InvalidCharacter;
}

void TestDkim::recordErrors()
{
    QFETCH(QString, text);
    QFETCH(RecordError::Kind, error);
    const DkimRecord record = DkimRecord::parse(text);
    QVERIFY(!record.isValid());
    QCOMPARE(record.errors().constFirst().kind, error);
    QVERIFY(!record.errors().constFirst().message.isEmpty());
    // However many problems, the report stays short.
    QVERIFY(record.errors().size() <= TagList::maxErrors);
    QVERIFY(record.errorSummary().size() < 400);
}

void TestDkim::assessment_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<QByteArray>>("texts");
    QTest::addColumn<bool>("bogus");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("severity"); // override of the first conclusion, -1 for none
    const int noError = int(DnsAnswer::Status::NoError);
    const auto record = [](const QString &text) {
        return QList<QByteArray>{text.toLatin1()};
    };
    const QString v = QStringLiteral("v=DKIM1; k=rsa; p=");
    const int warning = int(Finding::Severity::Warning);
    QTest::newRow("nxdomain") << int(DnsAnswer::Status::NxDomain) << QList<QByteArray>() << false
                              << QStringList{"domain.dkim_missing"} << -1;
    QTest::newRow("no txt") << noError << QList<QByteArray>() << false
                            << QStringList{"domain.dkim_missing"} << -1;
    QTest::newRow("servfail") << int(DnsAnswer::Status::ServFail) << QList<QByteArray>() << false
                              << QStringList{"domain.lookup_failed"} << -1;
    QTest::newRow("timeout") << int(DnsAnswer::Status::Timeout) << QList<QByteArray>() << false
                             << QStringList{"domain.lookup_failed"} << -1;
    QTest::newRow("bogus") << noError << record(v + key(rsa2048)) << true
                           << QStringList{"domain.lookup_failed"} << -1;
    QTest::newRow("2048") << noError << record(v + key(rsa2048)) << false
                          << QStringList{"domain.dkim_ok"} << -1;
    QTest::newRow("ed25519") << noError << record("v=DKIM1; k=ed25519; p=" + key(ed25519Raw))
                             << false << QStringList{"domain.dkim_ok"} << -1;
    QTest::newRow("1536") << noError << record(v + key(rsa1536)) << false
                          << QStringList{"domain.dkim_weak_key"} << warning;
    QTest::newRow("1024") << noError << record(v + key(rsa1024)) << false
                          << QStringList{"domain.dkim_weak_key"} << warning;
    QTest::newRow("512") << noError << record(v + key(rsa512)) << false
                         << QStringList{"domain.dkim_weak_key"} << -1;
    QTest::newRow("revoked") << noError << record("v=DKIM1; p=") << false
                             << QStringList{"domain.dkim_revoked"} << -1;
    QTest::newRow("testing") << noError << record("v=DKIM1; t=y; p=" + key(rsa2048)) << false
                             << QStringList{"domain.dkim_ok", "domain.dkim_testing"} << -1;
    QTest::newRow("testing 1024") << noError << record("v=DKIM1; t=y; p=" + key(rsa1024)) << false
                                  << QStringList{"domain.dkim_weak_key", "domain.dkim_testing"}
                                  << warning;
    QTest::newRow("testing 512") << noError << record("v=DKIM1; t=y; p=" + key(rsa512)) << false
                                 << QStringList{"domain.dkim_weak_key"} << -1;
    QTest::newRow("testing revoked") << noError << record("v=DKIM1; t=y; p=") << false
                                     << QStringList{"domain.dkim_revoked"} << -1;
    QTest::newRow("syntax") << noError << record("v=DKIM1; p=%%%") << false
                            << QStringList{"domain.dkim_syntax"} << -1;
    QTest::newRow("two records") << noError << (record(v + key(rsa2048)) + record(v + key(rsa1024)))
                                 << false << QStringList{"domain.dkim_syntax"} << -1;
    QTest::newRow("key and verification")
        << noError << (record(v + key(rsa2048)) + record("google-site-verification=abc")) << false
        << QStringList{"domain.dkim_syntax"} << -1;
}

void TestDkim::assessment()
{
    QFETCH(int, status);
    QFETCH(QList<QByteArray>, texts);
    QFETCH(bool, bogus);
    QFETCH(QStringList, ids);
    QFETCH(int, severity);
    DnsAnswer answer = txtAnswer(DnsAnswer::Status(status), texts);
    answer.bogus = bogus;
    answer.whyBogus = bogus ? QStringLiteral("signature expired") : QString();
    const QList<DomainConclusion> conclusions = DkimAssessment::assess(
        QStringLiteral("example.com"), QStringLiteral("s1"), answer);
    QStringList got;
    for (const DomainConclusion &conclusion : conclusions)
        got.append(conclusion.id);
    QCOMPARE(got, ids);
    const DomainConclusion &first = conclusions.constFirst();
    QCOMPARE(first.severity ? int(*first.severity) : -1, severity);
    QVERIFY(!first.evidence.isEmpty());
    if (first.id == QLatin1String("domain.lookup_failed")) {
        QCOMPARE(first.args.value(0), QStringLiteral("s1._domainkey.example.com"));
        QVERIFY(!first.args.value(2).isEmpty());
    } else {
        QCOMPARE(first.args.mid(0, 3),
                 (QStringList{"s1", "example.com", "s1._domainkey.example.com"}));
    }
    if (first.id == QLatin1String("domain.dkim_syntax"))
        QVERIFY(!first.args.value(3).isEmpty());
}

void TestDkim::injectedInspector()
{
    // The key is judged by the inspector given, not by a global.
    const DnsAnswer answer = txtAnswer(DnsAnswer::Status::NoError,
                                       {QByteArray("v=DKIM1; p=") + rsa512});
    const FixedInspector inspector;
    const auto conclusions = DkimAssessment::assess(
        QStringLiteral("example.com"), QStringLiteral("s1"), answer, inspector);
    QCOMPARE(conclusions.constFirst().id, QStringLiteral("domain.dkim_ok"));
    QVERIFY(conclusions.constFirst().args.value(3).contains(QLatin1String("4096")));
}

void TestDkim::selectors()
{
    QCOMPARE(DkimSelectors::usualFor(QStringLiteral("gmail")), QStringList{"google"});
    QCOMPARE(DkimSelectors::usualFor(QStringLiteral("Google")), QStringList{"google"});
    QCOMPARE(DkimSelectors::usualFor(QStringLiteral("office365")),
             (QStringList{"selector1", "selector2"}));
    QCOMPARE(DkimSelectors::usualFor(QStringLiteral("outlook")),
             (QStringList{"selector1", "selector2"}));
    QCOMPARE(DkimSelectors::usualFor(QStringLiteral("sendgrid")), (QStringList{"s1", "s2"}));
    QVERIFY(DkimSelectors::usualFor(QStringLiteral("mailgun")).contains(QStringLiteral("k1")));
    QVERIFY(DkimSelectors::usualFor(QStringLiteral("brevo")).contains(QStringLiteral("mail")));
    QVERIFY(DkimSelectors::usualFor(QStringLiteral("ses")).isEmpty());
    QVERIFY(DkimSelectors::usualFor(QStringLiteral("postmark")).isEmpty());
    QVERIFY(DkimSelectors::hasPerCustomerSelectors(QStringLiteral("ses")));
    QVERIFY(DkimSelectors::candidatesFor(QStringLiteral("ses")).isEmpty());
    QCOMPARE(DkimSelectors::candidatesFor(QString()), DkimSelectors::fallback());
    QCOMPARE(DkimSelectors::candidatesFor(QStringLiteral("orange")), DkimSelectors::fallback());
    QCOMPARE(DkimSelectors::candidatesFor(QStringLiteral("sendgrid")), (QStringList{"s1", "s2"}));
    QCOMPARE(DkimSelectors::fallback(),
             (QStringList{
                 "default", "selector1", "selector2", "google", "k1", "s1", "s2", "dkim", "mail"}));
}

void TestDkim::selectorInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << "s1"
                           << "s1";
    QTest::newRow("spaces and case") << "  Selector1 "
                                     << "selector1";
    QTest::newRow("with _domainkey") << "google._domainkey"
                                     << "google";
    QTest::newRow("full name") << "k1._domainkey.example.com."
                               << "k1";
    QTest::newRow("dotted") << "2024.eu"
                            << "2024.eu";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("space inside") << "s 1"
                                  << "";
    QTest::newRow("empty label") << "a..b"
                                 << "";
}

void TestDkim::selectorInput()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DkimSelectors::fromUserInput(input).value_or(QString()), expected);
}

QTEST_GUILESS_MAIN(TestDkim)
#include "tst_dkim.moc"
