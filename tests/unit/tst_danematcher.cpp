// SPDX-License-Identifier: GPL-3.0-or-later
#include "tls/DaneMatcher.h"

#include <QTest>

// A certificate made with openssl for this test; the expected digests were
// computed by openssl too, not by the code under test:
//   openssl x509 -pubkey -noout | openssl pkey -pubin -outform DER | sha256sum
//   openssl x509 -outform DER | sha256sum (and sha512sum)
static const char certificatePem[]
    = "-----BEGIN CERTIFICATE-----\n"
      "MIIDNzCCAh+gAwIBAgIUQPyqaNIvagWovFDQpztFml0qsSQwDQYJKoZIhvcNAQEL\n"
      "BQAwHDEaMBgGA1UEAwwRbWFpbC5leGFtcGxlLnRlc3QwHhcNMjYxMTI3MDEyNzQx\n"
      "WhcNMzYxMTI0MDEyNzQxWjAcMRowGAYDVQQDDBFtYWlsLmV4YW1wbGUudGVzdDCC\n"
      "ASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAO5Snztc0mFQN/nNk/DJ8GUh\n"
      "fA/BfAc8JqttEfZrh3RKZn8uS0XMpAQuhSS4kyqRsKmWHxGeMbPD+zQsBBxpe5RK\n"
      "Y/TL5CYR3cnwLexMtold6VxyM+XBgxyIgFzN1qbacG+B0CluL695xPwNEGEWC9iZ\n"
      "Vb8Xjl23mAXlhwUvWjvhhsl13KV8xLFrHvt2OXhvId5VoJFKnqISyLgR35WIT911\n"
      "5r2QAn+Nge1/KPPHrRtHUlbj6kJtWC8nJlSayl7oDMN6gT5jUaT4sQsuRb5k3D/u\n"
      "3uF+RB20IToIxt1NvmgftXTdq6Y1rIkTYxsD0ty5NxaqgrrslDk6CKZ0FLsNsREC\n"
      "AwEAAaNxMG8wHQYDVR0OBBYEFLoIM1QPV+9IKwBuiqXyUy0/WRLWMB8GA1UdIwQY\n"
      "MBaAFLoIM1QPV+9IKwBuiqXyUy0/WRLWMA8GA1UdEwEB/wQFMAMBAf8wHAYDVR0R\n"
      "BBUwE4IRbWFpbC5leGFtcGxlLnRlc3QwDQYJKoZIhvcNAQELBQADggEBAJ8UP3D0\n"
      "HcxbJ4ugNqsAjp7Rwv17MT6fPrhN3itM2PpgUrD/2aWo/RvqFxqrtRjtsZ6hDfuc\n"
      "2FWWqIAJMikVYS6+i32MzfDvpzgY9qXeNmhrna+nBOX805YzRizwdftF8bpXiO5T\n"
      "lJxbJiyxxQLOFWbjXtEMhDGtDTuqTgD/06lLBIkwZKDgfER+bqRrgOyJIAd8YmuS\n"
      "Nh+nWDt7ZXqhMioTxR7vEEzeIIk+HNSrO7krIoHuYOCuH+2RfXicJW97IuOg4gJA\n"
      "vRv9q2aEO8CE3P/kdHHbYXyxu/Rr5EWlksDnOGM7TgusNpYbXAJ6UnN5P8iOml9p\n"
      "9aYxw1BEPNS6fwE=\n"
      "-----END CERTIFICATE-----\n";
static const char spkiSha256[] = "f7c78cc1d1a0868bfda47f4c6f7270ad7ea511868f3cf8a83fa78cf934a022e1";
static const char certificateSha256[]
    = "c435ced4514731ca6ab1637dde9969bf3f4e7b5cae6c149c9b6c1c772aab2409";
static const char certificateSha512[]
    = "3857840bbe00021a450045da31e40c6e04c1a5b8f8c47be9736149a1d30783912e8692316c3c224edbc73f6ec005"
      "e7838a9f2ec36fc69cf3340cf8379c5ba23b";

Q_DECLARE_METATYPE(TlsaRecord)

static TlsaRecord record(int usage, int selector, int matchingType, const QByteArray &hex)
{
    return TlsaRecord{usage, selector, matchingType, QByteArray::fromHex(hex)};
}

class TestDaneMatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matches_data();
    void matches();
    void pkixUsagesAreNotForSmtp();
    void parse();

private:
    QSslCertificate m_certificate;
};

void TestDaneMatcher::initTestCase()
{
    m_certificate = QSslCertificate(QByteArray(certificatePem), QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
}

void TestDaneMatcher::matches_data()
{
    QTest::addColumn<TlsaRecord>("tlsa");
    QTest::addColumn<bool>("expected");
    QTest::newRow("3 1 1 (the usual one)") << record(3, 1, 1, spkiSha256) << true;
    QTest::newRow("3 0 1") << record(3, 0, 1, certificateSha256) << true;
    QTest::newRow("3 0 2") << record(3, 0, 2, certificateSha512) << true;
    QTest::newRow("3 0 0 exact") << TlsaRecord{3, 0, 0, m_certificate.toDer()} << true;
    QTest::newRow("2 1 1 in chain") << record(2, 1, 1, spkiSha256) << true;
    QTest::newRow("stale digest") << record(3, 1, 1, QByteArray(spkiSha256).replace(0, 2, "00"))
                                  << false;
    QTest::newRow("selector confusion") << record(3, 0, 1, spkiSha256) << false;
}

void TestDaneMatcher::matches()
{
    QFETCH(TlsaRecord, tlsa);
    QFETCH(bool, expected);
    QCOMPARE(DaneMatcher::match({tlsa}, {m_certificate}).has_value(), expected);
}

void TestDaneMatcher::pkixUsagesAreNotForSmtp()
{
    // RFC 7672 section 3.1.3: usages 0 and 1 are unusable for SMTP.
    QVERIFY(!DaneMatcher::match({record(1, 1, 1, spkiSha256)}, {m_certificate}));
    QVERIFY(DaneMatcher::matches(record(1, 1, 1, spkiSha256), m_certificate));
    QVERIFY(!DaneMatcher::match({record(3, 1, 1, spkiSha256)}, {}));
}

void TestDaneMatcher::parse()
{
    const auto parsed = TlsaRecord::parse(QByteArray::fromHex("030101")
                                          + QByteArray::fromHex(spkiSha256));
    QVERIFY(parsed);
    QCOMPARE(parsed->text(), QStringLiteral("3 1 1 ") + QLatin1String(spkiSha256));
    QVERIFY(!TlsaRecord::parse(QByteArray::fromHex("0301")));
    QVERIFY(!TlsaRecord::parse(QByteArray::fromHex("04010100")));
}

QTEST_GUILESS_MAIN(TestDaneMatcher)
#include "tst_danematcher.moc"
