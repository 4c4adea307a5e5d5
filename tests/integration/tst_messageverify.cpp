// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "PeerInfo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

// `smtp-doctor-cli message --resolver` on the message lab (tests/peers/
// dkimlab.py, the dkim-lab peer): NSD serves the DKIM keys, SPF and DMARC
// records of dkim.test, service.example and strict.test; python3-dkim signed
// the corpus when the peer started, then altered each case (body or header
// changed, key removed or revoked, signature expired, another domain's or a
// subdomain's signature, an unlisted sender, no signature). For every case,
// our DKIM verdicts (libopendkim), SPF and DMARC (libopendmarc) must agree
// with python3-dkim's and python3-authheaders' on the same NSD, and the case
// must give its finding ids, with the DKIM reason from libopendkim's codes.
class TestMessageVerify : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void corpus_data();
    void corpus();

private:
    quint16 m_dnsPort = 0;
    QJsonArray m_cases;
    QJsonObject m_oracle;
};

namespace {

QJsonArray readArray(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array()
                                          : QJsonArray();
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QString fact(const QJsonObject &finding, const char *name)
{
    return finding.value("facts").toObject().value(QLatin1String(name)).toString();
}

} // namespace

void TestMessageVerify::initTestCase()
{
    REQUIRE_PEER(lab, "dkim-lab");
    m_dnsPort = lab.port("dns");
    const QString manifest = lab.value("manifest");
    m_cases = readArray(manifest);
    QVERIFY2(m_cases.size() >= 10, qPrintable(manifest));

    // The reference verdicts, from the same NSD.
    QProcess oracle;
    oracle.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SMTP_DOCTOR_TEST_DATA "/../peers/dkimlab.py"),
                  QStringLiteral("oracle"),
                  QStringLiteral("--dns"),
                  QString::number(m_dnsPort),
                  QStringLiteral("--manifest"),
                  manifest});
    QVERIFY(oracle.waitForFinished(60000));
    QVERIFY2(oracle.exitCode() == 0, oracle.readAllStandardError().constData());
    m_oracle = QJsonDocument::fromJson(oracle.readAllStandardOutput()).object();
    QCOMPARE(m_oracle.size(), m_cases.size());
}

void TestMessageVerify::corpus_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    for (const QJsonValue &value : std::as_const(m_cases)) {
        const QJsonObject testCase = value.toObject();
        QTest::newRow(qPrintable(testCase.value("name").toString())) << testCase;
    }
}

void TestMessageVerify::corpus()
{
    QFETCH(QJsonObject, testCase);
    const QString name = testCase.value("name").toString();
    const CliRun run = CliRun::run({"message",
                                    "--file",
                                    testCase.value("file").toString(),
                                    "--resolver",
                                    QStringLiteral("127.0.0.1@%1").arg(m_dnsPort),
                                    "--timeout",
                                    "5",
                                    "--format",
                                    "json"});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
    const QStringList ids = run.findingIds();
    for (const QString &id : strings(testCase.value("ids").toArray()))
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(" not in ") + ids.join(' ')));

    // Ours, read from the findings in the message's order.
    QList<bool> dkim;
    QString dkimReason;
    QString spf = QStringLiteral("none");
    QString dmarc = QStringLiteral("none");
    for (const QJsonValue &value : run.json().value("findings").toArray()) {
        const QJsonObject finding = value.toObject();
        const QString id = finding.value("id").toString();
        if (id == "message.dkim_pass" || id == "message.dkim_fail"
            || id == "message.dkim_body_changed") {
            dkim.append(id == "message.dkim_pass");
            if (dkimReason.isEmpty())
                dkimReason = fact(finding, "reason");
        } else if (id == "message.spf_pass" || id == "message.spf_fail") {
            spf = fact(finding, "reason");
        } else if (id == "message.dmarc_pass") {
            dmarc = QStringLiteral("pass");
        } else if (id == "message.dmarc_fail" && !fact(finding, "reason").isEmpty()) {
            dmarc = QStringLiteral("fail"); // ours; the receiver's own carries no reason
        }
    }
    const QJsonObject reference = m_oracle.value(name).toObject();
    QList<bool> expectedDkim;
    for (const QJsonValue &value : reference.value("dkim").toArray())
        expectedDkim.append(value.toBool());
    const QByteArray header = reference.value("header").toString().toUtf8();
    QVERIFY2(dkim == expectedDkim, header.constData());
    QVERIFY2(spf == reference.value("spf").toString(), header.constData());
    QVERIFY2(dmarc == reference.value("dmarc").toString(), header.constData());
    if (!testCase.value("reason").isNull())
        QCOMPARE(dkimReason, testCase.value("reason").toString());
}

QTEST_GUILESS_MAIN(TestMessageVerify)
#include "tst_messageverify.moc"
