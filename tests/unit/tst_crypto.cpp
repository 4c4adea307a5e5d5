// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests of the engine's crypto interface: the same vectors for
// whichever backend this build compiled in (QCA or OpenSSL).
#include "crypto/Crypto.h"
#include "crypto/DerRsaKey.h"

#include <QTest>

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// RFC 6376 appendix A: the "brisbane" selector's key (RSA 1024, SPKI).
const char dkimRsaBrisbane[]
    = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7"
      "/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gb"
      "to/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";
// RFC 8463 appendix A.2: the Ed25519 key of selector "brisbane" (raw 32 octets).
const char dkimEd25519Brisbane[] = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=";

// An RSA-2048 key and its RSASSA-PKCS1-v1_5 SHA-256 signature of
// rsaMessage, made with "openssl dgst -sha256 -sign" (the signature is
// deterministic, so any correct verifier accepts exactly this one).
const char rsaSpki[]
    = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqHsRQNtWBBVk5fK3jJ6uvqKHEOU5Q3lb"
      "3IEAWw3tcHsBZc7T8SlThRlEU0oZr872oPtXArmeTYj9gFxz9woiDVdid9GsvrwCBaobvEo6o+1u"
      "XHlyteaxaTcyfhzqLJRlbfdlHqucTy4R0rTFqROtvCPbOh6HasdqvUZoWnVROUuPS7V5rFGzqKYy"
      "z0xYuQihqwvaRnprHwIVQIswM2r4u0cjI+dFMufmFZTp9gHkGE694y/9qBST/gMhzPAOuUlVQjm3"
      "pM9HkiFH86eSolHZ+kymO+jMXJ0YQC54uyk5mZ96aI2oRU79YAVrNSCJn13DQBX6fTJj+z8eKN3G"
      "SbX2YwIDAQAB";
const char rsaSignature[]
    = "dpM0xt3pcSb6oHtYPZITNvm9HBvKU6sWRuRSRZSjm3r2cxJXN80FTZYW1DXLeeRzyotZNF8H+qrz"
      "QwUjtRNfgsqTZorxnBAbm1d9KPdVUVvZDns6B+7xxt1T9DatUxopSgFvWaqZCk4cLht7WPQ3ARgP"
      "5jL+7GASBzsQgCKW88U5eicnsH7rqYat4m3/j7qD9I0FzJKPTW2lxmG7LqvUlkGP1xdl8bgDafrl"
      "QT3oX0bOMniLnbc8u3K96y1bLQr3JcgGAK/MZc/H0LccKwe/b2+sGPnCsGJQkk0PgWn8Leou7xtC"
      "lSamzf+lNWdu7qgYU2+yRMk143BcQJVBFi74og==";
const char rsaMessage[] = "SMTP Doctor known-answer vector: RSASSA-PKCS1-v1_5 with SHA-256";
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void backend();
    void sha256_data();
    void sha256();
    void sha512();
    void hmacSha256_data();
    void hmacSha256();
    void randomBytes();
    void ed25519_data();
    void ed25519();
    void rsaPkcs1();
    void publicKeyInfo_data();
    void publicKeyInfo();
    void derElementSize_data();
    void derElementSize();
};

void TestCrypto::backend()
{
    const QString name = Crypto::backendName();
    qInfo("crypto backend: %s", qPrintable(name));
    QVERIFY2(name.startsWith(QLatin1String(SMTP_DOCTOR_CRYPTO_BACKEND " ")), qPrintable(name));
    // A QCA build must run through its OpenSSL provider, not a fallback.
    if (name.startsWith(QLatin1String("QCA")))
        QVERIFY2(name.endsWith(QLatin1String("(qca-ossl)")), qPrintable(name));
    // A version number follows the name.
    QVERIFY2(name.section(QLatin1Char(' '), 1, 1).contains(QLatin1Char('.')), qPrintable(name));
}

void TestCrypto::sha256_data()
{
    // FIPS 180-4 examples (NIST's SHA-256 example values).
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(Crypto::sha256(message).toHex(), digest.toHex());
}

void TestCrypto::sha512()
{
    QCOMPARE(Crypto::sha512("abc").toHex(),
             QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
}

void TestCrypto::hmacSha256_data()
{
    // RFC 4231 section 4, test cases 1-4, 6 and 7 (5 is a truncated MAC).
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    QByteArray key4;
    for (int i = 1; i <= 25; ++i)
        key4.append(char(i));
    QTest::newRow("4231 case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("4231 case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("4231 case 3")
        << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
        << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("4231 case 4")
        << key4 << QByteArray(50, '\xcd')
        << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("4231 case 6")
        << QByteArray(131, '\xaa')
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("4231 case 7")
        << QByteArray(131, '\xaa')
        << QByteArray("This is a test using a larger than block-size key and a larger than "
                      "block-size data. The key needs to be hashed before being used by the "
                      "HMAC algorithm.")
        << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCrypto::hmacSha256()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    QCOMPARE(Crypto::hmacSha256(key, data).toHex(), mac.toHex());
}

void TestCrypto::randomBytes()
{
    const QByteArray first = Crypto::randomBytes(32);
    const QByteArray second = Crypto::randomBytes(32);
    QCOMPARE(first.size(), 32);
    QCOMPARE(second.size(), 32);
    // 2^-256 chance of a false failure.
    QVERIFY(first != second);
    QVERIFY(first != QByteArray(32, '\0'));
    QCOMPARE(Crypto::randomBytes(0).size(), 0);
}

void TestCrypto::ed25519_data()
{
    // RFC 8032 section 7.1, TEST 1, 2 and 3; then the same ones altered.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("valid");
    const QByteArray key1 = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray sig1 = hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                                "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    const QByteArray key2 = hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    const QByteArray sig2 = hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                                "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const QByteArray key3 = hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
    const QByteArray sig3 = hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                                "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    QByteArray otherSig1 = sig1;
    otherSig1[0] = char(otherSig1.at(0) ^ 1);
    QTest::newRow("8032 test 1") << key1 << QByteArray() << sig1 << true;
    QTest::newRow("8032 test 2") << key2 << hex("72") << sig2 << true;
    QTest::newRow("8032 test 3") << key3 << hex("af82") << sig3 << true;
    QTest::newRow("8463 key is 8032 test 1")
        << QByteArray::fromBase64(dkimEd25519Brisbane) << QByteArray() << sig1 << true;
    QTest::newRow("other message") << key2 << hex("73") << sig2 << false;
    QTest::newRow("altered signature") << key1 << QByteArray() << otherSig1 << false;
    QTest::newRow("other key") << key2 << QByteArray() << sig1 << false;
    QTest::newRow("short signature") << key1 << QByteArray() << sig1.left(63) << false;
    QTest::newRow("short key") << key1.left(31) << QByteArray() << sig1 << false;
}

void TestCrypto::ed25519()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QFETCH(bool, valid);
    QCOMPARE(Crypto::verify(Crypto::Signature::Ed25519, key, message, signature), valid);
}

void TestCrypto::rsaPkcs1()
{
    const QByteArray key = QByteArray::fromBase64(rsaSpki);
    const QByteArray signature = QByteArray::fromBase64(rsaSignature);
    const QByteArray message(rsaMessage);
    QVERIFY(Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, key, message, signature));
    QByteArray altered = signature;
    altered[100] = char(altered.at(100) ^ 0x40);
    QVERIFY(!Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, key, message, altered));
    QVERIFY(!Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, key, message + '.', signature));
    QVERIFY(!Crypto::verify(Crypto::Signature::RsaPkcs1Sha256,
                            QByteArray::fromBase64(dkimRsaBrisbane),
                            message,
                            signature));
    QVERIFY(
        !Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, QByteArray("junk"), message, signature));
    // The right key followed by anything is not that key (QCA alone would take it).
    QVERIFY(!Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, key + '\0', message, signature));
    QVERIFY(!Crypto::verify(Crypto::Signature::RsaPkcs1Sha256, key + key, message, signature));
}

void TestCrypto::publicKeyInfo_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("type"); // -1: not a key Crypto reads
    QTest::addColumn<int>("bits");
    const QByteArray brisbane = QByteArray::fromBase64(dkimRsaBrisbane);
    // The PKCS#1 RSAPublicKey inside the SPKI: the BIT STRING's content
    // after its unused-bits octet (22 octets of header for a 1024-bit key).
    const QByteArray brisbanePkcs1 = brisbane.mid(22);
    QCOMPARE(DerRsaKey::wrapPkcs1(brisbanePkcs1), brisbane);
    const QByteArray ed25519Spki = hex("302a300506032b6570032100")
                                   + QByteArray::fromBase64(dkimEd25519Brisbane);
    const int rsa = int(Crypto::KeyType::Rsa);
    QTest::newRow("6376 brisbane rsa") << brisbane << rsa << 1024;
    QTest::newRow("6376 brisbane pkcs1") << brisbanePkcs1 << rsa << 1024;
    QTest::newRow("rsa 2048") << QByteArray::fromBase64(rsaSpki) << rsa << 2048;
    QTest::newRow("8410 ed25519 spki") << ed25519Spki << int(Crypto::KeyType::Ed25519) << 256;
    QTest::newRow("8463 raw ed25519") << QByteArray::fromBase64(dkimEd25519Brisbane) << -1 << 0;
    QTest::newRow("truncated") << brisbane.left(100) << -1 << 0;
    QTest::newRow("trailing junk") << (brisbane + "junk") << -1 << 0;
    QTest::newRow("trailing zero") << (brisbane + '\0') << -1 << 0;
    QTest::newRow("pkcs1 trailing junk") << (brisbanePkcs1 + "junk") << -1 << 0;
    QTest::newRow("key twice") << (brisbane + brisbane) << -1 << 0;
    QTest::newRow("ed25519 spki trailing junk") << (ed25519Spki + "junk") << -1 << 0;
    QTest::newRow("empty") << QByteArray() << -1 << 0;
    QTest::newRow("64 KB") << (QByteArray(1, '\x30') + QByteArray(65535, '\xff')) << -1 << 0;
}

void TestCrypto::publicKeyInfo()
{
    QFETCH(QByteArray, der);
    QFETCH(int, type);
    QFETCH(int, bits);
    const auto info = Crypto::publicKeyInfo(der);
    QCOMPARE(info ? int(info->type) : -1, type);
    if (info)
        QCOMPARE(info->bits, bits);
}

void TestCrypto::derElementSize_data()
{
    QTest::addColumn<QByteArray>("der");
    QTest::addColumn<int>("size"); // -1: not a DER element Crypto reads
    QTest::newRow("brisbane spki") << QByteArray::fromBase64(dkimRsaBrisbane) << 162;
    QTest::newRow("brisbane spki + junk")
        << QByteArray::fromBase64(dkimRsaBrisbane) + "junk" << 162;
    QTest::newRow("rsa 2048 spki") << QByteArray::fromBase64(rsaSpki) << 294;
    QTest::newRow("short form") << hex("3003020101") << 5;
    QTest::newRow("empty contents") << hex("3000") << 2;
    QTest::newRow("long form, one octet") << (hex("308180") + QByteArray(128, 'x')) << 131;
    QTest::newRow("long form, two octets") << (hex("30820100") + QByteArray(256, 'x')) << 260;
    QTest::newRow("contents cut short") << hex("300502010101") << -1;
    QTest::newRow("length octets cut short") << hex("3082") << -1;
    QTest::newRow("indefinite length") << hex("3080020101") << -1;
    QTest::newRow("five length octets") << hex("30850000000001ff") << -1;
    QTest::newRow("high tag number") << hex("1f8101020101") << -1;
    QTest::newRow("one octet") << hex("30") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestCrypto::derElementSize()
{
    QFETCH(QByteArray, der);
    QFETCH(int, size);
    const auto elementSize = DerRsaKey::elementSize(der);
    QCOMPARE(elementSize ? int(*elementSize) : -1, size);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
