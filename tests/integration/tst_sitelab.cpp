// SPDX-License-Identifier: GPL-3.0-or-later
// The website probe against a real web host: the lab of tests/peers/sitelab.py.
// PHP 8.2's built-in server (php -S) serves the generated probe inside a "web
// host" network namespace whose nftables rules drop 587, reset 465 and divert
// 25 and 2600 to the host's own mail server; the real mail server answers on
// every port from the "desktop" namespace, which this test process enters.
// Everything goes through the engine: SiteProbeFile writes the probe,
// SiteProbeClient runs it, VantageMerge compares its answer with this
// computer's own diagnosis (smtp-doctor-cli, run in the desktop namespace).
// Nothing leaves the lab: its namespaces have no route out.

#include "CliRunner.h"
#include "PeerInfo.h"
#include "core/EventLog.h"
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"
#include "report/ReportFile.h"
#include "site/SiteAnswerParser.h"
#include "site/SiteCrypto.h"
#include "site/SiteProbeClient.h"
#include "site/SiteProbeFile.h"
#include "site/SiteReportMerge.h"
#include "site/VantageMerge.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

namespace {

struct ClientRun
{
    QStringList ids;
    QList<Finding> findings;
    std::optional<SiteAnswer> answer;
    SiteProbeClient::Deletion deletion = SiteProbeClient::Deletion::NotTried;
    qint64 elapsedMs = 0;
    QStringList sent; // the requests, as the client logged them ("GET http://...")

    QString describe() const
    {
        QStringList lines;
        for (const Finding &finding : findings)
            lines.append(finding.id + QStringLiteral(" (") + finding.title + QStringLiteral("): ")
                         + finding.evidence.join(QStringLiteral(" | ")));
        return lines.isEmpty() ? QStringLiteral("(no findings)") : lines.join(QLatin1Char('\n'));
    }
};

struct ClientOptions
{
    std::function<qint64()> clock;
    QByteArray nonce;
    bool deleteAtEnd = true;
    int deadlineMs = 20000;
};

QString describe(const QList<VantageMerge::Conclusion> &conclusions)
{
    QStringList lines;
    for (const VantageMerge::Conclusion &conclusion : conclusions)
        lines.append(QStringLiteral("%1 [%2] %3")
                         .arg(conclusion.id,
                              conclusion.args.join(QLatin1String("; ")),
                              conclusion.evidence.join(QLatin1String(" | "))));
    return lines.isEmpty() ? QStringLiteral("(no conclusions)") : lines.join(QLatin1Char('\n'));
}

QList<VantageMerge::Conclusion> withId(const QList<VantageMerge::Conclusion> &conclusions,
                                       const QString &id)
{
    QList<VantageMerge::Conclusion> found;
    for (const VantageMerge::Conclusion &conclusion : conclusions) {
        if (conclusion.id == id || conclusion.id.startsWith(id + QLatin1Char('#')))
            found.append(conclusion);
    }
    return found;
}

// A finding carries its base id; its variant ("site.probe_rejected#clock")
// shows in which catalog entry made its words. With no translator loaded,
// the same entry gives the same title.
bool isVariant(const Finding &finding, const QString &variant, const QStringList &args = {})
{
    return finding.id == variant.section(QLatin1Char('#'), 0, 0)
           && finding.title == FindingCatalog::make(variant, args, {}, QString()).title;
}

bool hasVariant(const QList<Finding> &findings,
                const QString &variant,
                const QStringList &args = {})
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return isVariant(finding, variant, args);
    });
}

const SiteAnswer::Connect *connectTo(const SiteAnswer &answer, quint16 port)
{
    for (const SiteAnswer::Connect &connect : answer.connects) {
        if (connect.role == QLatin1String("target") && connect.port == port)
            return &connect;
    }
    return nullptr;
}

} // namespace

class TestSiteLab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

    void webHostBlocksAndDiverts();
    void certificateOnlyDiversion();
    void phpDoesNotTrustTheCertificate();
    void phpAndServerAgreeOnNoTlsVersion();
    void sessionsOverlapTheWait();
    void cliMergesTheProbeInTheLab();
    void webHostResolvesElsewhere();
    void phpFunctionsDisabled();
    void sameAsHere();
    void unreachable_data();
    void unreachable();
    void wrongKey();
    void replayedNonce();
    void clockSkew();
    void expiredProbeDeletesItself();
    void slowerThanTheDeadline();
    void deletedBehindAFirewallThatRefusesDelete();
    void brokenAnswers_data();
    void brokenAnswers();

private:
    struct Probe
    {
        SiteProbeFile::Made made;
        QString path;
        QUrl url;
    };
    Probe makeProbe(const QString &folder,
                    const QString &webBase,
                    const QString &host,
                    int validMinutes = 5,
                    const QDateTime &now = QDateTime::currentDateTimeUtc(),
                    const QList<quint16> &extraPorts = {2600},
                    quint16 chosenPort = 587);
    ClientRun runClient(const QUrl &url,
                        const QByteArray &key,
                        const ClientOptions &options = ClientOptions());
    // This computer's diagnosis of host (chosen port, STARTTLS, every probed port).
    const Report &desktop(const QString &host, quint16 chosenPort);
    QList<VantageMerge::Conclusion> merge(const Report &here, const SiteAnswer &answer);
    QString web(const QString &server) const;
    QString address(const QString &role) const
    {
        return m_lab.json.value(QStringLiteral("addresses")).toObject().value(role).toString();
    }
    void writeCase(const QString &name, const QJsonObject &spec);

    PeerInfo m_lab;
    QNetworkAccessManager *m_network = nullptr;
    QHash<QString, Report> m_desktop;
    QStringList m_made; // probe files to remove when a test leaves them
};

void TestSiteLab::initTestCase()
{
    QVERIFY2(!CliRun::program().isEmpty(), "SMTP_DOCTOR_CLI is not set: run through ctest");
    m_lab = PeerInfo::load(QStringLiteral("sitelab"));
    if (!m_lab.isValid()) {
        if (!PeerInfo::stateDir().isEmpty())
            QFAIL("the web host lab did not start: see the output of the sitelab.start test");
        QSKIP("the web host lab is not running: run this test through ctest, which starts it");
    }
    const QString skipped = m_lab.value(QStringLiteral("skipped"));
    if (!skipped.isEmpty()) {
        const QByteArray reason = ("web host lab unavailable, ALL site lab tests skipped: "
                                   + skipped)
                                      .toUtf8();
        qWarning("%s", reason.constData());
        QSKIP(reason.constData());
    }
    QCOMPARE(m_lab.value(QStringLiteral("status")), QStringLiteral("ready"));
    // Into the desktop namespace for good, before any thread exists: the
    // network manager's threads and the CLI started later inherit it.
    const QString ns = m_lab.json.value(QStringLiteral("namespaces"))
                           .toObject()
                           .value(QStringLiteral("desktop"))
                           .toString();
    const QByteArray path = QStringLiteral("/run/netns/%1").arg(ns).toLocal8Bit();
    const int target = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY2(target >= 0, path.constData());
    QVERIFY2(::setns(target, CLONE_NEWNET) == 0, "setns into the desktop namespace failed");
    ::close(target);
    m_network = new QNetworkAccessManager(this);
}

void TestSiteLab::cleanup()
{
    for (const QString &path : std::as_const(m_made)) {
        QFile::remove(path);
        const QFileInfo info(path);
        QFile::remove(info.path() + QStringLiteral("/.") + info.completeBaseName()
                      + QStringLiteral(".nonces"));
    }
    m_made.clear();
}

QString TestSiteLab::web(const QString &server) const
{
    const int port = m_lab.json.value(QStringLiteral("web_ports")).toObject().value(server).toInt();
    return QStringLiteral("http://%1:%2/").arg(address(QStringLiteral("webhost"))).arg(port);
}

TestSiteLab::Probe TestSiteLab::makeProbe(const QString &folder,
                                          const QString &webBase,
                                          const QString &host,
                                          int validMinutes,
                                          const QDateTime &now,
                                          const QList<quint16> &extraPorts,
                                          quint16 chosenPort)
{
    SiteProbeFile::Spec spec;
    spec.host = host;
    spec.port = chosenPort;
    spec.security = Target::Security::StartTls;
    spec.extraPorts = extraPorts;
    spec.validMinutes = validMinutes;
    QString error;
    const auto made = SiteProbeFile::make(spec, now, &error);
    if (!made)
        qFatal("SiteProbeFile::make: %s", qPrintable(error));
    Probe probe{*made, folder + QLatin1Char('/') + made->fileName, QUrl(webBase + made->fileName)};
    QFile file(probe.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made->text) != made->text.size())
        qFatal("cannot write %s", qPrintable(probe.path));
    m_made.append(probe.path);
    return probe;
}

ClientRun TestSiteLab::runClient(const QUrl &url,
                                 const QByteArray &key,
                                 const ClientOptions &options)
{
    EventLog log;
    SiteProbeClient client(url, key, m_network, &log);
    client.setDeadline(options.deadlineMs);
    client.setDeleteAtEnd(options.deleteAtEnd);
    if (options.clock)
        client.setClock(options.clock);
    if (!options.nonce.isEmpty())
        client.setNonceForTest(options.nonce);
    QSignalSpy finished(&client, &Check::finished);
    QElapsedTimer timer;
    timer.start();
    client.start();
    if (finished.isEmpty())
        finished.wait(options.deadlineMs + 10000);
    ClientRun run;
    run.elapsedMs = timer.elapsed();
    run.findings = client.findings();
    for (const Finding &finding : client.findings())
        run.ids.append(finding.id);
    run.answer = client.answer();
    run.deletion = client.deletion();
    if (finished.isEmpty())
        run.ids.append(QStringLiteral("(the client never finished)"));
    // Nothing the client logged may carry the key.
    for (const Event &event : log.events()) {
        if (event.kind == Event::Kind::Sent)
            run.sent.append(event.text);
        if (event.text.contains(QString::fromLatin1(key.toHex()))
            || event.text.contains(SiteCrypto::base64Url(key)))
            run.ids.append(QStringLiteral("(the key is in the log)"));
    }
    return run;
}

const Report &TestSiteLab::desktop(const QString &host, quint16 chosenPort)
{
    const QString key = host + QLatin1Char(':') + QString::number(chosenPort);
    if (!m_desktop.contains(key)) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMTP_DOCTOR_HOSTS"),
                           m_lab.value(QStringLiteral("desktop_hosts")));
        const CliRun run = CliRun::run({QStringLiteral("diagnose"),
                                        QStringLiteral("--host"),
                                        host,
                                        QStringLiteral("--port"),
                                        QString::number(chosenPort),
                                        QStringLiteral("--security"),
                                        QStringLiteral("starttls"),
                                        QStringLiteral("--ports"),
                                        QStringLiteral("25,465,587,2525,2600"),
                                        QStringLiteral("--ca-file"),
                                        m_lab.value(QStringLiteral("ca_file")),
                                        QStringLiteral("--control-host"),
                                        QStringLiteral("none"),
                                        QStringLiteral("--timeout"),
                                        QStringLiteral("2"),
                                        QStringLiteral("--format"),
                                        QStringLiteral("json")},
                                       60000,
                                       environment);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("here.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(run.out);
        file.close();
        QString error;
        const auto report = ReportFile::load(path, &error);
        if (!report)
            qFatal("the desktop diagnosis gave no report (%s), exit %d: %s",
                   qPrintable(error),
                   run.exitCode,
                   run.err.constData());
        m_desktop.insert(key, *report);
    }
    return m_desktop[key];
}

QList<VantageMerge::Conclusion> TestSiteLab::merge(const Report &here, const SiteAnswer &answer)
{
    VantageMerge::Input input;
    input.here = VantageView::fromReport(here);
    input.site = VantageView::fromSiteAnswer(answer);
    input.chosenPort = here.target.port;
    return VantageMerge::merge(input);
}

void TestSiteLab::writeCase(const QString &name, const QJsonObject &spec)
{
    QFile file(m_lab.value(QStringLiteral("cases")) + QLatin1Char('/') + name
               + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(spec).toJson(QJsonDocument::Compact));
    m_made.append(file.fileName());
}

// 587 dropped and 465 reset on the web host, 25 diverted to the host's own
// server: each is its own finding with both sides, 2525 (which works from
// both) is the advice; and the authenticated delete removes the file.
void TestSiteLab::webHostBlocksAndDiverts()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("web"), mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    QVERIFY2(run.ids.isEmpty(), qPrintable(run.describe()));
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Deleted);
    QVERIFY2(!QFile::exists(probe.path), "the authenticated delete left the file");
    // It went in the GET itself, the signed answer says so, and no DELETE followed.
    QVERIFY(run.answer->deletedItself.value_or(false));
    QCOMPARE(run.sent.size(), 1);
    QVERIFY2(run.sent.constFirst().startsWith(QLatin1String("GET ")),
             qPrintable(run.sent.join(' ')));
    const QFileInfo file(probe.path);
    QVERIFY2(!QFile::exists(file.path() + "/." + file.completeBaseName() + ".nonces"),
             "the delete left the nonce file");

    // What PHP saw, as the firewall made it.
    const SiteAnswer &answer = *run.answer;
    QVERIFY(answer.environment.phpVersion.startsWith(QLatin1String("8.")));
    QCOMPARE(answer.environment.sapi, QStringLiteral("cli-server"));
    QVERIFY(answer.environment.opensslCafile.endsWith(QLatin1String("ca.pem")));
    QCOMPARE(connectTo(answer, 587)->outcome, SiteAnswer::Outcome::Filtered);
    QCOMPARE(connectTo(answer, 465)->outcome, SiteAnswer::Outcome::Refused);
    QCOMPARE(connectTo(answer, 465)->error, 111); // ECONNREFUSED
    QCOMPARE(VantageView::greetingName(connectTo(answer, 25)->greeting),
             m_lab.value(QStringLiteral("hostmail_name")));
    const SiteAnswer::Connect *open = connectTo(answer, 2525);
    QCOMPARE(open->outcome, SiteAnswer::Outcome::Open);
    QCOMPARE(VantageView::greetingName(open->greeting), m_lab.value(QStringLiteral("mail_name")));
    QVERIFY(open->startTlsOffered);
    QVERIFY2(open->tls && open->tls->verified, qPrintable(open->tls ? open->tls->error : "no TLS"));
    QCOMPARE(open->tls->certificate->names,
             QStringList(
                 {m_lab.value(QStringLiteral("mail_name")), QStringLiteral("IP Address:") + mail}));
    QCOMPARE(open->tls->certificate->sha256.size(), 64);

    const QList<VantageMerge::Conclusion> conclusions = merge(desktop(mail, 587), answer);
    const auto blocked = withId(conclusions, QLatin1String(FindingId::SitePortBlocked));
    QHash<quint16, VantageMerge::Conclusion> byPort;
    for (const auto &conclusion : blocked)
        byPort.insert(conclusion.port, conclusion);
    QVERIFY2(byPort.contains(587) && byPort.contains(465), qPrintable(describe(conclusions)));
    for (quint16 port : {587, 465}) {
        const VantageMerge::Conclusion &conclusion = byPort.value(port);
        QCOMPARE(conclusion.address, mail);
        // The advice: the port that works from the website.
        QCOMPARE(conclusion.id, QLatin1String(FindingId::SitePortBlockedOther));
        // 2600 too: its impostor greets with the right name, and this
        // computer's diagnosis on 587 saw no certificate there.
        QVERIFY2(
            conclusion.args.value(3).split(QStringLiteral(", ")).contains(QStringLiteral("2525")),
            qPrintable(describe(conclusions)));
        QVERIFY2(conclusion.evidence.join('\n').contains("From this computer: " + mail + " port "
                                                         + QString::number(port) + ": open"),
                 qPrintable(describe(conclusions)));
    }
    QVERIFY(byPort.value(587).evidence.join('\n').contains(": filtered"));
    QVERIFY(byPort.value(465).evidence.join('\n').contains(": refused (errno 111"));

    const auto redirected = withId(conclusions, QLatin1String(FindingId::SiteSmtpRedirected));
    QVERIFY2(!redirected.isEmpty(), qPrintable(describe(conclusions)));
    QCOMPARE(redirected.constFirst().port, quint16(25));
    QCOMPARE(redirected.constFirst().args.value(2), m_lab.value(QStringLiteral("mail_name")));
    QCOMPARE(redirected.constFirst().args.value(3), m_lab.value(QStringLiteral("hostmail_name")));
    QVERIFY(withId(conclusions, QLatin1String(FindingId::SiteSameAsHere)).isEmpty());
}

// 2600 goes to an impostor that greets with the real server's name: only the
// certificate tells them apart. This computer must see the certificate of
// the port, so the diagnosis here runs on 2600.
void TestSiteLab::certificateOnlyDiversion()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("web"), mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    const SiteAnswer::Connect *impostor = connectTo(*run.answer, 2600);
    QCOMPARE(VantageView::greetingName(impostor->greeting),
             m_lab.value(QStringLiteral("mail_name")));
    QVERIFY(impostor->tls && impostor->tls->certificate);
    const VantageView here = VantageView::fromReport(desktop(mail, 2600));
    const VantageView::Port *seen = here.find(mail, 2600);
    QVERIFY(seen);
    // From the tls.* finding's CertificateSha256 fact, never its words.
    QCOMPARE(seen->certificateSha256.size(), 64);
    QCOMPARE(seen->greetingName, VantageView::greetingName(impostor->greeting));
    QVERIFY(seen->certificateSha256 != impostor->tls->certificate->sha256);
    const auto conclusions = merge(desktop(mail, 2600), *run.answer);
    bool found = false;
    for (const auto &conclusion : withId(conclusions, QLatin1String(FindingId::SiteSmtpRedirected)))
        found = found || conclusion.port == 2600;
    QVERIFY2(found, qPrintable(describe(conclusions)));
}

// PHP's bundle (openssl.cafile) lacks the lab's CA, this computer trusts it.
// The web host lets 2525 through, so this computer's TLS check runs there.
void TestSiteLab::phpDoesNotTrustTheCertificate()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("oldca"), mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    const SiteAnswer::Connect *open = connectTo(*run.answer, 2525);
    QVERIFY(open->tls);
    QVERIFY(!open->tls->verified);
    QCOMPARE(open->tls->withoutVerification, QStringLiteral("ok"));
    QVERIFY2(open->tls->error.contains(QLatin1String("certificate verify failed")),
             qPrintable(open->tls->error));
    const VantageView view = VantageView::fromReport(desktop(mail, 2525));
    const VantageView::Port *here = view.find(mail, 2525);
    QVERIFY(here);
    // tls.ok about 2525 (its subject): this computer trusts the certificate.
    QVERIFY(here->tlsTrusted.value_or(false));
    QCOMPARE(here->certificateSha256, open->tls->certificate->sha256);
    const auto conclusions = merge(desktop(mail, 2525), *run.answer);
    const auto untrusted = withId(conclusions, QLatin1String(FindingId::SiteTlsUntrusted));
    QVERIFY2(!untrusted.isEmpty(), qPrintable(describe(conclusions)));
    QCOMPARE(untrusted.constFirst().port, quint16(2525));
    QVERIFY(untrusted.constFirst().args.value(3).contains(QLatin1String("openssl.cafile=")));
    QVERIFY(untrusted.constFirst().args.value(3).endsWith(QLatin1String("other-ca.pem")));
}

// PHP's OpenSSL goes no further than TLS 1.2 (the "oldtls" server's
// OPENSSL_CONF), the mail server's 2700 accepts TLS 1.3 only: no version in
// common. Seen from the facts: this computer's handshake on 2700 (tls.ok's
// subject) and PHP's, which fails with and without verification; PHP with
// the system's OpenSSL ("web") agrees on TLS 1.3 with the same port.
void TestSiteLab::phpAndServerAgreeOnNoTlsVersion()
{
    const QString mail = address(QStringLiteral("mail"));
    const quint16 port = quint16(m_lab.json.value(QStringLiteral("tls13_port")).toInt());
    QVERIFY(port != 0);
    const QString www = m_lab.value(QStringLiteral("www"));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const Probe modern = makeProbe(www, web("web"), mail, 5, now, {port});
    const ClientRun works = runClient(modern.url, modern.made.key);
    QVERIFY2(works.answer, qPrintable(works.describe()));
    const SiteAnswer::Connect *current = connectTo(*works.answer, port);
    QVERIFY(current && current->tls);
    QVERIFY2(current->tls->verified, qPrintable(current->tls->error));
    QCOMPARE(current->tls->protocol, QStringLiteral("TLSv1.3"));

    const Probe probe = makeProbe(www, web("oldtls"), mail, 5, now, {port});
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    const SiteAnswer::Connect *old = connectTo(*run.answer, port);
    QVERIFY(old);
    QCOMPARE(old->outcome, SiteAnswer::Outcome::Open);
    QVERIFY(old->startTlsOffered);
    QVERIFY(old->tls);
    QVERIFY(!old->tls->verified);
    QCOMPARE(old->tls->withoutVerification, QStringLiteral("failed"));
    QVERIFY(!old->tls->handshakeOk());
    // The same PHP still speaks TLS 1.2 with the server's other ports.
    const SiteAnswer::Connect *other = connectTo(*run.answer, 2525);
    QVERIFY(other && other->tls);
    QVERIFY2(other->tls->verified, qPrintable(other->tls->error));
    QCOMPARE(other->tls->protocol, QStringLiteral("TLSv1.2"));

    const Report &here = desktop(mail, port);
    const VantageView::Port *seen = VantageView::fromReport(here).find(mail, port);
    QVERIFY(seen);
    QVERIFY(seen->tlsHandshake.value_or(false));
    const auto conclusions = merge(here, *run.answer);
    const auto incompatible = withId(conclusions, QLatin1String(FindingId::SiteTlsIncompatible));
    QVERIFY2(incompatible.size() == 1, qPrintable(describe(conclusions)));
    QCOMPARE(incompatible.constFirst().port, port);
    QCOMPARE(incompatible.constFirst().address, mail);
    // Only 2700 is incompatible; the modern PHP sees no such difference.
    QVERIFY(withId(merge(here, *works.answer), QLatin1String(FindingId::SiteTlsIncompatible))
                .isEmpty());

    // As a report finding: seen from the website, about 2700.
    const Report merged = SiteReportMerge::withProbe(here, {}, run.answer, {});
    const auto found = std::find_if(
        merged.findings.cbegin(), merged.findings.cend(), [](const Finding &finding) {
            return finding.id == QLatin1String(FindingId::SiteTlsIncompatible);
        });
    QVERIFY(found != merged.findings.cend());
    QCOMPARE(found->subject.vantage, FindingSubject::Vantage::Site);
    QCOMPARE(found->subject.port, port);
    QCOMPARE(found->severity, Finding::Severity::Failure);
}

// The probe's SMTP sessions run while other cells still wait (one
// stream_select loop), as its own per-cell timings show. The chosen port is
// the one whose server waits 1 s before its greeting, so it is the first
// cell; 587 is dropped and waits the whole connect timeout. Port 2525's full
// session (greeting, EHLO, STARTTLS, TLS, QUIT) ends before the slow
// greeting's session and before the dropped port's wait: sessions run one
// after the other, after the connects, it could end before neither.
void TestSiteLab::sessionsOverlapTheWait()
{
    const QString mail = address(QStringLiteral("mail"));
    const auto slowPort = quint16(m_lab.json.value(QStringLiteral("slow_greeting_port")).toInt());
    const double delay = m_lab.json.value(QStringLiteral("slow_greeting_seconds")).toDouble();
    QVERIFY(slowPort != 0 && delay > 0);
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")),
                                  web("web"),
                                  mail,
                                  5,
                                  QDateTime::currentDateTimeUtc(),
                                  {},
                                  slowPort);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    const SiteAnswer &answer = *run.answer;
    QVERIFY(!answer.partial);
    QCOMPARE(answer.connects.constFirst().port, slowPort);
    const SiteAnswer::Connect *slow = connectTo(answer, slowPort);
    const SiteAnswer::Connect *dropped = connectTo(answer, 587);
    const SiteAnswer::Connect *open = connectTo(answer, 2525);
    QVERIFY(slow && dropped && open);
    QCOMPARE(dropped->outcome, SiteAnswer::Outcome::Filtered);
    QCOMPARE(dropped->sessionMs, -1);

    // Both sessions went to their end: TLS verified, QUIT answered.
    for (const SiteAnswer::Connect *connect : {slow, open}) {
        QCOMPARE(connect->outcome, SiteAnswer::Outcome::Open);
        QCOMPARE(VantageView::greetingName(connect->greeting),
                 m_lab.value(QStringLiteral("mail_name")));
        QVERIFY2(connect->tls && connect->tls->verified,
                 qPrintable(connect->tls ? connect->tls->error : QStringLiteral("no TLS")));
        QVERIFY2(connect->transcript.value(connect->transcript.size() - 1).startsWith("S: 221"),
                 qPrintable(connect->transcript.join(QLatin1Char('\n'))));
        QVERIFY(connect->sessionMs >= connect->ms);
    }
    // The slow greeting did wait (the session cannot end before it came).
    QVERIFY2(slow->sessionMs >= slow->ms + int(delay * 1000) - 1,
             qPrintable(QStringLiteral("%1 %2").arg(slow->ms).arg(slow->sessionMs)));

    const QString timings = QStringLiteral("2525 ended at %1 ms, %2 at %3 ms, 587 gave up at %4 ms")
                                .arg(open->sessionMs)
                                .arg(slowPort)
                                .arg(slow->sessionMs)
                                .arg(dropped->ms);
    QVERIFY2(open->sessionMs < slow->sessionMs, qPrintable(timings));
    for (const SiteAnswer::Connect &connect : answer.connects) {
        if (connect.sessionMs >= 0)
            QVERIFY2(connect.sessionMs < dropped->ms,
                     qPrintable(QString::number(connect.port) + QStringLiteral(": ") + timings));
    }
    QVERIFY(answer.elapsedMs >= dropped->ms);
}

// The real CLI, as a user runs it on the desktop: its own diagnosis, the
// probe on the web host, the merge, in one JSON report. The probe is
// deleted at the end; the key never reaches the report.
void TestSiteLab::cliMergesTheProbeInTheLab()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("web"), mail);
    QTemporaryDir dir;
    QFile keyFile(dir.filePath(QStringLiteral("probe.json")));
    QVERIFY(keyFile.open(QIODevice::WriteOnly));
    keyFile.write(QJsonDocument(QJsonObject{{"file", probe.made.fileName},
                                            {"key", SiteCrypto::base64Url(probe.made.key)}})
                      .toJson());
    keyFile.close();
    const CliRun run = CliRun::run({"diagnose",
                                    "--host",
                                    mail,
                                    "--port",
                                    "587",
                                    "--security",
                                    "starttls",
                                    "--ports",
                                    "25,465,587,2525,2600",
                                    "--ca-file",
                                    m_lab.value(QStringLiteral("ca_file")),
                                    "--control-host",
                                    "none",
                                    "--timeout",
                                    "2",
                                    "--site-probe",
                                    probe.url.toString(),
                                    "--site-key-file",
                                    keyFile.fileName(),
                                    "--format",
                                    "json"},
                                   90000);
    QCOMPARE(run.exitCode, 1); // the website cannot send: a failure
    QVERIFY(!run.out.contains(SiteCrypto::base64Url(probe.made.key).toLatin1()));
    QVERIFY2(!QFile::exists(probe.path), "the CLI did not delete the probe");

    // Per port, from the subjects: 587 and 465 blocked, 25 diverted.
    QHash<quint16, QStringList> siteIds;
    QHash<quint16, QJsonObject> sitePorts; // the website's own view of each port
    bool hereOpen587 = false;
    for (const QJsonValue &value : run.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        const QJsonObject subject = finding.value(QStringLiteral("subject")).toObject();
        const QString id = finding.value(QStringLiteral("id")).toString();
        const auto port = quint16(subject.value(QStringLiteral("port")).toInt());
        if (subject.value(QStringLiteral("vantage")).toString() == QLatin1String("here")) {
            hereOpen587 = hereOpen587 || (id == QLatin1String("net.open") && port == 587);
            continue;
        }
        QCOMPARE(subject.value(QStringLiteral("vantage")).toString(), QStringLiteral("site"));
        siteIds[port].append(id);
        if (id.startsWith(QLatin1String("net.")))
            sitePorts.insert(port, finding);
    }
    QVERIFY(hereOpen587);
    const QString all = run.findingIds().join(' ');
    QVERIFY2(siteIds.value(587).contains("site.port_blocked"), qPrintable(all));
    QVERIFY2(siteIds.value(465).contains("site.port_blocked"), qPrintable(all));
    QVERIFY2(siteIds.value(25).contains("site.smtp_redirected"), qPrintable(all));
    QVERIFY(!run.findingIds().contains("site.same_as_here"));
    QCOMPARE(sitePorts.value(587).value("id").toString(), QStringLiteral("net.filtered"));
    QCOMPARE(sitePorts.value(465).value("id").toString(), QStringLiteral("net.refused"));
    // The website's facts: the diverted 25 greets as the host's relay.
    const QJsonObject facts25 = sitePorts.value(25).value(QStringLiteral("facts")).toObject();
    QVERIFY2(!facts25.isEmpty(), QJsonDocument(sitePorts.value(25)).toJson().constData());
    QCOMPARE(facts25.value(QStringLiteral("greeting-name")).toString(),
             m_lab.value(QStringLiteral("hostmail_name")));
    const QJsonObject facts2525 = sitePorts.value(2525).value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts2525.value(QStringLiteral("greeting-name")).toString(),
             m_lab.value(QStringLiteral("mail_name")));
    QCOMPARE(facts2525.value(QStringLiteral("certificate-sha256")).toString().size(), 64);
}

// The web host's own hosts file sends mail.site.test to its relay.
void TestSiteLab::webHostResolvesElsewhere()
{
    const QString name = m_lab.value(QStringLiteral("mail_name"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("web"), name);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    const auto conclusions = merge(desktop(name, 587), *run.answer);
    const auto differs = withId(conclusions, QLatin1String(FindingId::SiteDnsDiffers));
    QVERIFY2(!differs.isEmpty(), qPrintable(describe(conclusions)));
    QCOMPARE(differs.constFirst().id, QLatin1String(FindingId::SiteDnsDiffers));
    QCOMPARE(
        differs.constFirst().args,
        QStringList({name, address(QStringLiteral("mail")), address(QStringLiteral("hostmail"))}));
}

void TestSiteLab::phpFunctionsDisabled()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("nosock"), mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    QVERIFY(
        run.answer->environment.disabledFunctions.contains(QLatin1String("stream_socket_client")));
    const auto conclusions = merge(desktop(mail, 587), *run.answer);
    QCOMPARE(conclusions.size(), 1); // nothing about ports PHP could not try
    QCOMPARE(conclusions.constFirst().id, QLatin1String(FindingId::SitePhpBlockedFunctions));
    QVERIFY(conclusions.constFirst().args.value(0).contains(QLatin1String("stream_socket_client")));
}

// A web host without a firewall sees what this computer sees, port by port.
void TestSiteLab::sameAsHere()
{
    const QString mail = address(QStringLiteral("mail"));
    const QString base = QStringLiteral("http://%1:%2/")
                             .arg(address(QStringLiteral("goodhost")))
                             .arg(m_lab.json.value(QStringLiteral("good_port")).toInt());
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www_good")), base, mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Deleted);
    const auto conclusions = merge(desktop(mail, 587), *run.answer);
    QCOMPARE(conclusions.size(), 1);
    QVERIFY2(conclusions.constFirst().id == QLatin1String(FindingId::SiteSameAsHere),
             qPrintable(describe(conclusions)));
    QCOMPARE(conclusions.constFirst().args.value(1), QStringLiteral("587, 25, 465, 2525, 2600"));
}

void TestSiteLab::unreachable_data()
{
    QTest::addColumn<QString>("server");   // "text", "crafted" or "refused"
    QTest::addColumn<QJsonObject>("spec"); // for crafted
    QTest::addColumn<QString>("id");
    QTest::newRow("php not executed")
        << "text" << QJsonObject() << FindingId::SiteProbeUnreachableSource;
    QTest::newRow("refused") << "refused" << QJsonObject()
                             << FindingId::SiteProbeUnreachableNetwork;
    QTest::newRow("login page")
        << "crafted"
        << QJsonObject{{"content_type", "text/html; charset=UTF-8"},
                       {"body",
                        "<!DOCTYPE html><html><form action=\"/wp-login.php\">"
                        "<input name=\"log\"></form></html>"}}
        << FindingId::SiteProbeUnreachableHtml;
    QTest::newRow("redirect to login")
        << "crafted"
        << QJsonObject{{"status", 302}, {"headers", QJsonObject{{"Location", "/wp-login.php"}}}}
        << FindingId::SiteProbeUnreachableRedirect;
    QTest::newRow("WAF 403 page")
        << "crafted"
        << QJsonObject{{"status", 403},
                       {"content_type", "text/html"},
                       {"body", "<html><title>ModSecurity: Access denied</title></html>"}}
        << FindingId::SiteProbeUnreachableHtml;
    QTest::newRow("server error") << "crafted"
                                  << QJsonObject{{"status", 500},
                                                 {"content_type", "text/plain"},
                                                 {"body", "oops"}}
                                  << FindingId::SiteProbeUnreachableHttp;
    QTest::newRow("unsigned JSON")
        << "crafted"
        << QJsonObject{{"body", "{\"schema\":\"smtp-doctor-probe/1\",\"nonce\":\"@NONCE@\"}"}}
        << FindingId::SiteProbeUnreachableUnsigned;
}

void TestSiteLab::unreachable()
{
    QFETCH(QString, server);
    QFETCH(QJsonObject, spec);
    QFETCH(QString, id);
    const QString mail = address(QStringLiteral("mail"));
    QUrl url;
    QByteArray key;
    if (server == QLatin1String("crafted")) {
        writeCase(QStringLiteral("unreachable"), spec);
        url = QUrl(web(QStringLiteral("crafted")) + QStringLiteral("unreachable.php"));
        key = SiteCrypto::randomBytes(SiteCrypto::keyBytes);
    } else {
        const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("text"), mail);
        url = probe.url;
        key = probe.made.key;
        if (server == QLatin1String("refused"))
            url.setPort(m_lab.json.value(QStringLiteral("refused_port")).toInt());
    }
    const ClientRun run = runClient(url, key);
    const QStringList args{QString(),
                           QString::number(spec.value(QStringLiteral("status")).toInt())};
    QVERIFY2(hasVariant(run.findings, id, args), qPrintable(run.describe()));
    QVERIFY(!run.answer);
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
}

void TestSiteLab::wrongKey()
{
    const Probe probe = makeProbe(
        m_lab.value(QStringLiteral("www")), web("nosock"), address(QStringLiteral("mail")));
    const ClientRun run = runClient(probe.url, SiteCrypto::randomBytes(SiteCrypto::keyBytes));
    QCOMPARE(run.findings.size(), 1);
    QVERIFY2(isVariant(run.findings.constFirst(), FindingId::SiteProbeRejectedNotFound),
             qPrintable(run.describe()));
    QVERIFY(!run.answer);
    QVERIFY2(QFile::exists(probe.path), "a request with the wrong key deleted the file");
    // The right key still works, and its delete removes the file.
    const ClientRun good = runClient(probe.url, probe.made.key);
    QVERIFY2(good.answer, qPrintable(good.describe()));
    QVERIFY(!QFile::exists(probe.path));
}

void TestSiteLab::replayedNonce()
{
    const Probe probe = makeProbe(
        m_lab.value(QStringLiteral("www")), web("nosock"), address(QStringLiteral("mail")));
    const QByteArray nonce = "sitelab-replayed-nonce-0001";
    ClientOptions first;
    first.nonce = nonce;
    first.deleteAtEnd = false;
    const ClientRun once = runClient(probe.url, probe.made.key, first);
    QVERIFY2(once.answer, qPrintable(once.describe()));
    ClientOptions again = first;
    again.deleteAtEnd = true;
    const ClientRun twice = runClient(probe.url, probe.made.key, again);
    QVERIFY2(hasVariant(twice.findings, FindingId::SiteProbeRejectedReplay),
             qPrintable(twice.describe()));
    QVERIFY(!twice.answer);
    // The delete after the refusal has a fresh nonce and works.
    QCOMPARE(twice.deletion, SiteProbeClient::Deletion::Deleted);
    QVERIFY(!QFile::exists(probe.path));
}

void TestSiteLab::clockSkew()
{
    const Probe probe = makeProbe(
        m_lab.value(QStringLiteral("www")), web("nosock"), address(QStringLiteral("mail")));
    ClientOptions skewed;
    skewed.clock = [] {
        return QDateTime::currentSecsSinceEpoch() + 600;
    };
    const ClientRun run = runClient(probe.url, probe.made.key, skewed);
    QVERIFY2(hasVariant(run.findings, FindingId::SiteProbeRejectedClock),
             qPrintable(run.describe()));
    QVERIFY(!run.answer);
    // Its words say by how much: 600 s, give or take the request's own time.
    QVERIFY2(
        run.findings.constFirst().explanation.contains(QRegularExpression("by 60[01] seconds")),
        qPrintable(run.findings.constFirst().explanation));
    // The delete is signed with the server's clock, which it told us.
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Deleted);
    QVERIFY(!QFile::exists(probe.path));
}

void TestSiteLab::expiredProbeDeletesItself()
{
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")),
                                  web("web"),
                                  address(QStringLiteral("mail")),
                                  1,
                                  QDateTime::currentDateTimeUtc().addSecs(-120));
    QVERIFY(QFile::exists(probe.path));
    const ClientRun run = runClient(probe.url, probe.made.key);
    QCOMPARE(run.findings.size(), 1);
    QVERIFY2(isVariant(run.findings.constFirst(), FindingId::SiteProbeRejectedExpired),
             qPrintable(run.describe()));
    QVERIFY2(!QFile::exists(probe.path), "the expired probe is still there");
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Deleted);
}

// 587 hangs on the web host (dropped), so the probe needs its 5 s connect
// step; the client's deadline is 2 s. A clear finding, the file is said to
// be left, and this computer's own results are untouched.
void TestSiteLab::slowerThanTheDeadline()
{
    const QString mail = address(QStringLiteral("mail"));
    const Report &here = desktop(mail, 587);
    const int before = here.findings.size();
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("web"), mail);
    ClientOptions quick;
    quick.deadlineMs = 2000;
    const ClientRun run = runClient(probe.url, probe.made.key, quick);
    QVERIFY2(hasVariant(run.findings, FindingId::SiteProbeUnreachableTimeout),
             qPrintable(run.describe()));
    QVERIFY2(run.ids.contains(FindingId::SiteProbeNotDeleted), qPrintable(run.describe()));
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Failed);
    QVERIFY(!run.answer);
    QVERIFY2(run.elapsedMs < 4000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(here.findings.size(), before);
    QVERIFY(!VantageView::fromReport(here).ports.isEmpty());
}

// The "waf" server refuses every DELETE, as ModSecurity's Core Rule Set
// does by default. The probe deletes itself in the GET, so it goes all the
// same. A probe that does not know that request (an older one, made here by
// taking the lines out) leaves the client to send the DELETE, which the
// firewall refuses: site.probe_not_deleted, and the file is still there.
void TestSiteLab::deletedBehindAFirewallThatRefusesDelete()
{
    const QString mail = address(QStringLiteral("mail"));
    const Probe probe = makeProbe(m_lab.value(QStringLiteral("www")), web("waf"), mail);
    const ClientRun run = runClient(probe.url, probe.made.key);
    QVERIFY2(run.answer, qPrintable(run.describe()));
    QCOMPARE(run.deletion, SiteProbeClient::Deletion::Deleted);
    QVERIFY2(!run.ids.contains(FindingId::SiteProbeNotDeleted), qPrintable(run.describe()));
    QVERIFY2(!QFile::exists(probe.path), "the probe is still on the website");
    QCOMPARE(run.sent.size(), 1);

    const Probe older = makeProbe(m_lab.value(QStringLiteral("www")), web("waf"), mail);
    QFile file(older.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    file.close();
    const QByteArray asked = "sdp_header('X-SMTP-Doctor-Then') === 'delete'";
    QVERIFY(text.contains(asked));
    text.replace(asked, "false");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();
    const ClientRun refused = runClient(older.url, older.made.key);
    QVERIFY2(refused.answer, qPrintable(refused.describe()));
    QVERIFY(!refused.answer->deletedItself.has_value());
    QCOMPARE(refused.sent.size(), 2);
    QVERIFY(refused.sent.constLast().startsWith(QLatin1String("DELETE ")));
    QCOMPARE(refused.deletion, SiteProbeClient::Deletion::Failed);
    QVERIFY2(refused.ids.contains(FindingId::SiteProbeNotDeleted), qPrintable(refused.describe()));
    QVERIFY(QFile::exists(older.path));
}

void TestSiteLab::brokenAnswers_data()
{
    QTest::addColumn<QJsonObject>("spec");
    QTest::addColumn<QString>("id"); // empty: parsed, but within bounds
    const QString head = QStringLiteral(
        "{\"schema\":\"smtp-doctor-probe/1\",\"nonce\":\"@NONCE@\"");
    const QString good = head
                         + QStringLiteral(",\"expires\":1,\"elapsed_ms\":5,\"environment\":{},"
                                          "\"hosts\":[],\"connects\":[]}");
    QTest::newRow("truncated in transit") << QJsonObject{{"body", good}, {"truncate", 40}}
                                          << QString(FindingId::SiteProbeUnreachableNetwork);
    QTest::newRow("signed but cut short") << QJsonObject{{"body", good.left(50)}}
                                          << QString(FindingId::SiteProbeUnreachableMalformed);
    QTest::newRow("oversized") << QJsonObject{{"body", QString(1024, QLatin1Char(' '))},
                                              {"repeat", 3 * 1024}}
                               << QString(FindingId::SiteProbeUnreachableOversized);
    QTest::newRow("another nonce")
        << QJsonObject{{"body", QString(good).replace("@NONCE@", "AAAAAAAAAAAAAAAAAAAAAAAA")}}
        << QString(FindingId::SiteProbeUnreachableMalformed);
    QTest::newRow("wrong types")
        << QJsonObject{{"body", head + ",\"connects\":\"all\",\"hosts\":7,\"environment\":[1]}"}}
        << QString(FindingId::SiteProbeUnreachableMalformed);
    QString hostile = head
                      + QStringLiteral(",\"expires\":1e300,\"elapsed_ms\":-5,\"environment\":"
                                       "{\"php_version\":\"");
    hostile += QString(100000, QLatin1Char('<'))
               + QStringLiteral("\"},\"hosts\":[],\"connects\":[");
    for (int i = 0; i < 2000; ++i)
        hostile += QStringLiteral("%1{\"role\":\"target\",\"address\":\"10.251.0.10\",\"port\":%2,"
                                  "\"outcome\":\"open\",\"greeting\":\"220 \\u0000<script>\"}")
                       .arg(i ? "," : "")
                       .arg(70000 + i);
    hostile += QStringLiteral("]}");
    QTest::newRow("hostile") << QJsonObject{{"body", hostile}} << QString();
    QString deep = head + QStringLiteral(",\"connects\":");
    deep += QString(5000, QLatin1Char('[')) + QString(5000, QLatin1Char(']')) + QLatin1Char('}');
    QTest::newRow("deeply nested")
        << QJsonObject{{"body", deep}} << QString(FindingId::SiteProbeUnreachableMalformed);
}

// Signed where it says so: the client checks the MAC first, then trusts no
// size, type or count. Nothing crashes, the finding is clear, and this
// computer's own view stays what it was.
void TestSiteLab::brokenAnswers()
{
    QFETCH(QJsonObject, spec);
    QFETCH(QString, id);
    const QByteArray key = SiteCrypto::randomBytes(SiteCrypto::keyBytes);
    spec.insert(QStringLiteral("key"), QString::fromLatin1(key.toHex()));
    writeCase(QStringLiteral("broken"), spec);
    const ClientRun run = runClient(
        QUrl(web(QStringLiteral("crafted")) + QStringLiteral("broken.php")), key);
    QVERIFY2(!run.ids.contains("(the client never finished)"), qPrintable(run.describe()));
    if (id.isEmpty()) {
        // Parsed or refused, but never beyond the parser's bounds.
        if (run.answer) {
            QVERIFY(run.answer->connects.size() <= SiteAnswerParser::maximumConnects);
            QVERIFY(run.answer->environment.phpVersion.size()
                    <= SiteAnswerParser::maximumTextLength);
            for (const SiteAnswer::Connect &connect : run.answer->connects)
                QVERIFY(connect.port != 0);
        } else {
            QVERIFY2(run.ids.join(' ').contains(FindingId::SiteProbeUnreachable),
                     qPrintable(run.describe()));
        }
    } else {
        QVERIFY2(!run.answer, qPrintable(run.describe()));
        // The base id alone: any variant of it will do (how far a cut-short
        // transfer got decides which).
        const bool found = id == QLatin1String(FindingId::SiteProbeUnreachable)
                               ? run.ids.contains(id)
                               : hasVariant(run.findings, id);
        QVERIFY2(found, qPrintable(run.describe()));
    }
    // This computer's view is its own: an answer that did not parse adds nothing.
    const QString mail = address(QStringLiteral("mail"));
    if (!run.answer)
        QVERIFY(!VantageView::fromReport(desktop(mail, 587)).ports.isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteLab)
#include "tst_sitelab.moc"
