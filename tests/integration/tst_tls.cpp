// SPDX-License-Identifier: GPL-3.0-or-later
// TLS and greeting checks of the real smtp-doctor-cli against aiosmtpd peers
// that each present one kind of certificate (tests/peers/README.md): a good
// one from the test CA, a self-signed one, an expired one, one for other
// names; plus a "transparent proxy" that greets with an unrelated host name.

#include "CliRunner.h"
#include "PeerInfo.h"

#include <QFile>
#include <QSslCertificate>
#include <QTest>

namespace {

// A finding's field ("explanation", "evidence", "severity", ...) that must
// contain a text.
struct Mention
{
    QString id;
    QString field;
    QString text;
};
using Mentions = QList<Mention>;

QString fieldText(const QJsonObject &finding, const QString &field)
{
    const QJsonValue value = finding.value(field);
    if (!value.isArray())
        return value.toString();
    QStringList lines;
    for (const QJsonValue &line : value.toArray())
        lines.append(line.toString());
    return lines.join(QLatin1Char('\n'));
}

// What to print when a check fails: the ids and what the CLI said.
QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + ", ids ["
           + run.findingIds().join(QLatin1String(", ")).toUtf8()
           + "], stderr: " + run.err.trimmed().left(500);
}

// The private key the peer was started with (its --key argument).
QByteArray peerPrivateKey(const PeerInfo &peer)
{
    const QJsonArray cmdline = peer.json.value(QStringLiteral("cmdline")).toArray();
    for (qsizetype i = 0; i + 1 < cmdline.size(); ++i) {
        if (cmdline.at(i).toString() == QLatin1String("--key")) {
            QFile file(cmdline.at(i + 1).toString());
            if (file.open(QIODevice::ReadOnly))
                return file.readAll();
        }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Mention)

// REQUIRE_PEER (PeerInfo.h) for a name that comes from test data.
#define REQUIRE_PEER_NAMED(variable, name) \
    const PeerInfo variable = PeerInfo::load(name); \
    if (!variable.isValid()) { \
        const QByteArray why = "test peer '" + QString(name).toUtf8() + "' " \
                               + (PeerInfo::stateDir().isEmpty() \
                                      ? "is not running: run this test through ctest" \
                                      : "did not start: see its log in SMTP_DOCTOR_PEER_DIR"); \
        if (!PeerInfo::stateDir().isEmpty()) \
            QFAIL(why.constData()); \
        QSKIP(why.constData()); \
    }

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void diagnose_data();
    void diagnose();
    void tlsOkShowsIssuerAndDates_data();
    void tlsOkShowsIssuerAndDates();
    void expiredShowsDates();

private:
    // The CLI on one port of a peer, that port alone (no sweep of other
    // ports, no control connection), JSON, 3 s per step.
    static CliRun run(const PeerInfo &peer,
                      const QString &portKey,
                      const QString &host,
                      const QStringList &more);
    // Every run: nothing anywhere in the output looks like a private key.
    static void verifyNoPrivateKey(const CliRun &run, const PeerInfo &peer);
};

void TestTls::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
}

CliRun TestTls::run(const PeerInfo &peer,
                    const QString &portKey,
                    const QString &host,
                    const QStringList &more)
{
    const QString port = QString::number(peer.port(portKey));
    QStringList arguments{"diagnose",
                          "--host",
                          host,
                          "--port",
                          port,
                          "--ports",
                          port,
                          "--control-host",
                          "none",
                          "--format",
                          "json",
                          "--timeout",
                          "3"};
    arguments += more;
    return CliRun::run(arguments);
}

void TestTls::verifyNoPrivateKey(const CliRun &run, const PeerInfo &peer)
{
    QVERIFY2(!run.out.contains("PRIVATE KEY"), "the report contains a private key");
    QVERIFY2(!run.err.contains("PRIVATE KEY"), "stderr contains a private key");
    // Nor a line of the key's body, whatever the framing.
    const QByteArray key = peerPrivateKey(peer);
    QVERIFY2(!key.isEmpty() || peer.value("ca_file").isEmpty(), "cannot read the peer's key");
    for (const QByteArray &line : key.split('\n')) {
        if (line.size() >= 40 && !line.startsWith("-----"))
            QVERIFY2(!run.out.contains(line), "the report contains a line of the private key");
    }
}

void TestTls::diagnose_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("portKey"); // "smtp" (plain, STARTTLS) or "smtps" (implicit)
    QTest::addColumn<QString>("security");
    QTest::addColumn<bool>("caFile"); // --ca-file with the test CA
    QTest::addColumn<bool>("viaDns"); // host mail.doctor.test from the dns peer
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<int>("exitCode"); // -1: not checked
    QTest::addColumn<Mentions>("mentions");

    const QStringList none;
    const Mentions nothing;

    // 1. A certificate from the trusted (--ca-file) CA, for 127.0.0.1 too.
    QTest::newRow("good, starttls")
        << "tls-good"
        << "smtp"
        << "starttls" << true << false << QStringList{"tls.ok", "smtp.greeting_ok"}
        << QStringList{"tls.untrusted"} << 0 << nothing;
    QTest::newRow("good, implicit")
        << "tls-good"
        << "smtps"
        << "tls" << true << false << QStringList{"tls.ok", "smtp.greeting_ok"}
        << QStringList{"tls.untrusted"} << 0 << nothing;

    // 2. Self-signed, trusted by nobody.
    QTest::newRow("self-signed, starttls")
        << "tls-selfsigned"
        << "smtp"
        << "starttls" << false << false << QStringList{"tls.self_signed"} << QStringList{"tls.ok"}
        << 1 << nothing;
    QTest::newRow("self-signed, implicit")
        << "tls-selfsigned"
        << "smtps"
        << "tls" << false << false << QStringList{"tls.self_signed"} << QStringList{"tls.ok"} << 1
        << nothing;

    // 3. Expired in 2020.
    QTest::newRow("expired, starttls") << "tls-expired"
                                       << "smtp"
                                       << "starttls" << true << false << QStringList{"tls.expired"}
                                       << QStringList{"tls.ok"} << 1 << nothing;
    QTest::newRow("expired, implicit") << "tls-expired"
                                       << "smtps"
                                       << "tls" << true << false << QStringList{"tls.expired"}
                                       << QStringList{"tls.ok"} << 1 << nothing;

    // 4. Valid, trusted, but for other names: the explanation suggests them.
    const Mentions itsNames{{"tls.name_mismatch", "explanation", "wrong.example.test"}};
    QTest::newRow("wrong name, starttls")
        << "tls-wrongname"
        << "smtp"
        << "starttls" << true << false << QStringList{"tls.name_mismatch"} << QStringList{"tls.ok"}
        << 1 << itsNames;
    QTest::newRow("wrong name, implicit")
        << "tls-wrongname"
        << "smtps"
        << "tls" << true << false << QStringList{"tls.name_mismatch"} << QStringList{"tls.ok"} << 1
        << itsNames;

    // 5. The good certificate, but its CA is not trusted here.
    QTest::newRow("good without ca-file, starttls")
        << "tls-good"
        << "smtp"
        << "starttls" << false << false << QStringList{"tls.untrusted"} << QStringList{"tls.ok"}
        << 1 << nothing;
    QTest::newRow("good without ca-file, implicit")
        << "tls-good"
        << "smtps"
        << "tls" << false << false << QStringList{"tls.untrusted"} << QStringList{"tls.ok"} << 1
        << nothing;

    // 6. SSL/TLS chosen, but the port greets in plaintext (and offers STARTTLS).
    QTest::newRow("tls on the starttls port")
        << "tls-good"
        << "smtp"
        << "tls" << true << false << QStringList{"tls.expects_starttls"}
        << QStringList{"tls.ok", "tls.expects_implicit"} << 1 << nothing;

    // 7. Plaintext first, but the port waits for a TLS handshake.
    QTest::newRow("starttls on the implicit port")
        << "tls-good"
        << "smtps"
        << "starttls" << true << false << QStringList{"tls.expects_implicit"}
        << QStringList{"tls.expects_starttls"} << 1 << nothing;
    QTest::newRow("none on the implicit port")
        << "tls-good"
        << "smtps"
        << "none" << true << false << QStringList{"tls.expects_implicit"}
        << QStringList{"tls.expects_starttls"} << 1 << nothing;

    // 8. mail.doctor.test answered by a hosting provider's SMTP proxy. (The
    // name also has AAAA ::1, where no peer listens: no exit status here.)
    QTest::newRow("intercepting proxy")
        << "smtp-intercept"
        << "smtp"
        << "none" << false << true << QStringList{"smtp.unexpected_host", "smtp.greeting_ok"}
        << none << -1
        << Mentions{{"smtp.unexpected_host", "severity", "warning"},
                    {"smtp.unexpected_host",
                     "evidence",
                     "220 p3plcpnl0123.prod.phx3.secureserver.net ESMTP"}};
    // ...but peer.doctor.test greeting for mail.doctor.test is the same domain.
    QTest::newRow("same registrable domain")
        << "tls-good"
        << "smtp"
        << "starttls" << true << true << QStringList{"smtp.greeting_ok", "tls.ok"}
        << QStringList{"smtp.unexpected_host"} << -1 << nothing;
}

void TestTls::diagnose()
{
    QFETCH(QString, peer);
    QFETCH(QString, portKey);
    QFETCH(QString, security);
    QFETCH(bool, caFile);
    QFETCH(bool, viaDns);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, exitCode);
    QFETCH(Mentions, mentions);

    REQUIRE_PEER_NAMED(info, peer);
    QStringList more{"--security", security};
    if (caFile) {
        // Every TLS peer's json names the shared test CA.
        const QString ca = PeerInfo::load(QStringLiteral("tls-good")).value("ca_file");
        QVERIFY2(QFile::exists(ca), "no ca_file in tls-good.json");
        more += {"--ca-file", ca};
    }
    QString host = QStringLiteral("127.0.0.1");
    if (viaDns) {
        REQUIRE_PEER(dns, "dns");
        host = QStringLiteral("mail.doctor.test");
        more += {"--resolver", QStringLiteral("127.0.0.1@%1").arg(dns.port("dns"))};
    }

    const CliRun result = run(info, portKey, host, more);
    QVERIFY2(result.exitCode >= 0, "the CLI did not finish within 60 s");
    QVERIFY2(result.json().value("schema").toString() == QLatin1String("smtp-doctor-report/1"),
             ("no JSON report: " + describe(result)).constData());
    const QStringList ids = result.findingIds();
    for (const QString &id : present)
        QVERIFY2(ids.contains(id), ("no " + id.toUtf8() + ": " + describe(result)).constData());
    for (const QString &id : absent)
        QVERIFY2(!ids.contains(id),
                 ("unexpected " + id.toUtf8() + ": " + describe(result)).constData());
    if (exitCode >= 0)
        QVERIFY2(result.exitCode == exitCode,
                 ("expected exit " + QByteArray::number(exitCode) + ", got " + describe(result))
                     .constData());
    for (const Mention &mention : mentions) {
        const QString text = fieldText(result.finding(mention.id), mention.field);
        QVERIFY2(text.contains(mention.text),
                 (mention.id + " " + mention.field + " lacks \"" + mention.text + "\": " + text)
                     .toUtf8()
                     .constData());
    }
    verifyNoPrivateKey(result, info);
}

void TestTls::tlsOkShowsIssuerAndDates_data()
{
    QTest::addColumn<QString>("portKey");
    QTest::addColumn<QString>("security");
    QTest::newRow("starttls") << "smtp"
                              << "starttls";
    QTest::newRow("implicit") << "smtps"
                              << "tls";
}

void TestTls::tlsOkShowsIssuerAndDates()
{
    QFETCH(QString, portKey);
    QFETCH(QString, security);
    REQUIRE_PEER(good, "tls-good");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(good.value("cert_file"));
    QCOMPARE(certificates.size(), 1);
    const QSslCertificate &certificate = certificates.constFirst();

    const CliRun result = run(good,
                              portKey,
                              QStringLiteral("127.0.0.1"),
                              {"--security", security, "--ca-file", good.value("ca_file")});
    QVERIFY2(result.findingIds().contains("tls.ok"), describe(result).constData());
    const QString evidence = fieldText(result.finding("tls.ok"), "evidence");
    QVERIFY2(evidence.contains("SMTP Doctor TLS Test CA"), qPrintable(evidence));
    // The dates, whatever the time format around them.
    QVERIFY2(evidence.contains(certificate.effectiveDate().toUTC().date().toString(Qt::ISODate)),
             qPrintable(evidence));
    QVERIFY2(evidence.contains(certificate.expiryDate().toUTC().date().toString(Qt::ISODate)),
             qPrintable(evidence));
    verifyNoPrivateKey(result, good);
}

void TestTls::expiredShowsDates()
{
    REQUIRE_PEER(expired, "tls-expired");
    const CliRun result = run(expired,
                              QStringLiteral("smtps"),
                              QStringLiteral("127.0.0.1"),
                              {"--security", "tls", "--ca-file", expired.value("ca_file")});
    QVERIFY2(result.findingIds().contains("tls.expired"), describe(result).constData());
    const QString evidence = fieldText(result.finding("tls.expired"), "evidence");
    QVERIFY2(evidence.contains("2020-02-01"), qPrintable(evidence));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
