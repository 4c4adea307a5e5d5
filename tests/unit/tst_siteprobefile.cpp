// SPDX-License-Identifier: GPL-3.0-or-later
// The website probe's file: what SiteProbeFile bakes into it, the key's
// form, the HMAC of SiteCrypto against RFC 4231, and `php -l` on the result.

#include "site/SiteCrypto.h"
#include "site/SiteProbeFile.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSiteProbeFile : public QObject
{
    Q_OBJECT
private slots:
    void makesOneFile();
    void portsAndTls_data();
    void portsAndTls();
    void refusesUnusableSpecs_data();
    void refusesUnusableSpecs();
    void hmacMatchesRfc4231();
    void keyText();
    void phpLintPasses();
};

namespace {

SiteProbeFile::Spec spec()
{
    SiteProbeFile::Spec spec;
    spec.host = QStringLiteral("smtp.example.net");
    spec.port = 587;
    spec.controlHost = QStringLiteral("control.example.org");
    return spec;
}

const QDateTime now = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

} // namespace

void TestSiteProbeFile::makesOneFile()
{
    QString error;
    const auto made = SiteProbeFile::make(spec(), now, &error);
    QVERIFY2(made, qPrintable(error));
    QVERIFY(QRegularExpression(QStringLiteral("^smtp-doctor-probe-[0-9a-f]{16}\\.php$"))
                .match(made->fileName)
                .hasMatch());
    QCOMPARE(made->key.size(), 32);
    QCOMPARE(made->expires, now.addSecs(60 * 60));
    QVERIFY(made->text.startsWith("<?php\n/*\n * SMTP Doctor website probe"));
    QVERIFY(made->text.size() < 40 * 1024);
    QVERIFY(made->text.contains("'host' => 'smtp.example.net'"));
    QVERIFY(made->text.contains("'host' => 'control.example.org'"));
    QVERIFY(made->text.contains("'key' => '" + made->key.toHex() + "'"));
    QVERIFY(made->text.contains(QByteArray::number(made->expires.toSecsSinceEpoch())));
    QVERIFY(made->text.contains("expires at 2026-05-01T13:00:00Z"));
    for (const char *placeholder : {"@CONFIG@", "@HOSTS@", "@EXPIRES@"})
        QVERIFY(!made->text.contains(placeholder));
    // Two files never share a key or a name.
    const auto other = SiteProbeFile::make(spec(), now, &error);
    QVERIFY(other->key != made->key);
    QVERIFY(other->fileName != made->fileName);
}

void TestSiteProbeFile::portsAndTls_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<QList<quint16>>("extra");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::addColumn<QList<quint16>>("implicit");
    QTest::newRow("587 starttls") << quint16(587) << int(Target::Security::StartTls)
                                  << QList<quint16>{} << QList<quint16>{587, 25, 465, 2525}
                                  << QList<quint16>{465};
    QTest::newRow("465 tls") << quint16(465) << int(Target::Security::Tls) << QList<quint16>{}
                             << QList<quint16>{465, 25, 587, 2525} << QList<quint16>{465};
    QTest::newRow("2465 tls, extra 8025")
        << quint16(2465) << int(Target::Security::Tls) << QList<quint16>{8025, 25}
        << QList<quint16>{2465, 25, 465, 587, 2525, 8025} << QList<quint16>{465, 2465};
}

void TestSiteProbeFile::portsAndTls()
{
    QFETCH(quint16, port);
    QFETCH(int, security);
    QFETCH(QList<quint16>, extra);
    SiteProbeFile::Spec s = spec();
    s.port = port;
    s.security = Target::Security(security);
    s.extraPorts = extra;
    QTEST(SiteProbeFile::probedPorts(s), "ports");
    QTEST(SiteProbeFile::implicitTlsPorts(s), "implicit");
}

void TestSiteProbeFile::refusesUnusableSpecs_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("control");
    QTest::addColumn<int>("minutes");
    QTest::newRow("quote in host") << QStringLiteral("a'.example") << QString() << 60;
    QTest::newRow("php code") << QStringLiteral("x');system('id") << QString() << 60;
    QTest::newRow("comment end") << QStringLiteral("*/") << QString() << 60;
    QTest::newRow("empty host") << QString() << QString() << 60;
    QTest::newRow("bad control") << QStringLiteral("ok.example") << QStringLiteral("a b") << 60;
    QTest::newRow("zero minutes") << QStringLiteral("ok.example") << QString() << 0;
    QTest::newRow("too long") << QStringLiteral("ok.example") << QString() << 8 * 24 * 60;
}

void TestSiteProbeFile::refusesUnusableSpecs()
{
    QFETCH(QString, host);
    QFETCH(QString, control);
    QFETCH(int, minutes);
    SiteProbeFile::Spec s = spec();
    s.host = host;
    s.controlHost = control;
    s.validMinutes = minutes;
    QString error;
    QVERIFY(!SiteProbeFile::make(s, now, &error));
    QVERIFY(!error.isEmpty());
}

void TestSiteProbeFile::hmacMatchesRfc4231()
{
    // RFC 4231 section 4.3, test case 2.
    QCOMPARE(SiteCrypto::macHex("Jefe", "what do ya want for nothing?"),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QVERIFY(SiteCrypto::macEquals("abc", "abc"));
    QVERIFY(!SiteCrypto::macEquals("abc", "abd"));
    QVERIFY(!SiteCrypto::macEquals("abc", "ab"));
    QCOMPARE(SiteCrypto::requestMessage("GET", "/p.php", 1700000000, "n0nce"),
             QByteArray("smtp-doctor-probe/1\nGET\n/p.php\n1700000000\nn0nce"));
}

void TestSiteProbeFile::keyText()
{
    QString error;
    const auto made = SiteProbeFile::make(spec(), now, &error);
    QCOMPARE(made->keyText.size(), 43);
    QVERIFY(!made->keyText.contains(QLatin1Char('=')));
    QCOMPARE(SiteCrypto::keyFromText(made->keyText), made->key);
    QCOMPARE(SiteCrypto::keyFromText(QLatin1Char(' ') + made->keyText + QLatin1Char('\n')),
             made->key);
    QVERIFY(!SiteCrypto::keyFromText(made->keyText.left(40)));
    QVERIFY(!SiteCrypto::keyFromText(QStringLiteral("not a key at all!")));
}

void TestSiteProbeFile::phpLintPasses()
{
    const QString php = QStandardPaths::findExecutable(QStringLiteral("php"));
    if (php.isEmpty())
        QSKIP("php (Debian's php-cli) is not installed: run installer/setup.sh test");
    QString error;
    const auto made = SiteProbeFile::make(spec(), now, &error);
    QTemporaryDir dir;
    QFile file(dir.filePath(made->fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(made->text);
    file.close();
    QProcess lint;
    lint.start(php, {QStringLiteral("-l"), file.fileName()});
    QVERIFY(lint.waitForFinished(30000));
    const QByteArray output = lint.readAllStandardOutput() + lint.readAllStandardError();
    QVERIFY2(lint.exitCode() == 0, output.constData());
    QVERIFY(output.contains("No syntax errors detected"));
}

QTEST_GUILESS_MAIN(TestSiteProbeFile)
#include "tst_siteprobefile.moc"
