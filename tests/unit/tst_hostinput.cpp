// SPDX-License-Identifier: GPL-3.0-or-later
#include "input/HostInput.h"
#include "discovery/ProviderCatalog.h"
#include "findings/FindingCatalog.h"

#include <QTest>

using Security = Target::Security;

class TestHostInput : public QObject
{
    Q_OBJECT
private slots:
    void analyze_data();
    void analyze();
    void fixes();
    void adviceNamesTheMendedHost_data();
    void adviceNamesTheMendedHost();
    void providersCoverTheReference();
    void providerNotesInTheInterfaceLanguage();
};

void TestHostInput::analyze_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("port");
    QTest::addColumn<Security>("security");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("usable");

    const Security starttls = Security::StartTls;
    QTest::newRow("fine") << "smtp.example.com" << 587 << starttls << QStringList{}
                          << "smtp.example.com" << true;
    QTest::newRow("trailing dot") << "smtp.example.com." << 587 << starttls << QStringList{}
                                  << "smtp.example.com" << true;
    QTest::newRow("upper case") << "SMTP.Example.COM" << 587 << starttls << QStringList{}
                                << "smtp.example.com" << true;
    QTest::newRow("ipv4") << "192.0.2.10" << 587 << starttls << QStringList{} << "192.0.2.10"
                          << true;
    QTest::newRow("ipv6") << "2001:db8::25" << 587 << starttls << QStringList{} << "2001:db8::25"
                          << true;
    QTest::newRow("bracketed ipv6")
        << "[2001:db8::25]" << 587 << starttls << QStringList{} << "2001:db8::25" << true;
    QTest::newRow("single label") << "mailhub" << 587 << starttls << QStringList{} << "mailhub"
                                  << true;
    QTest::newRow("idn") << QString::fromUtf8("smtp.bücher.example") << 587 << starttls
                         << QStringList{} << "smtp.xn--bcher-kva.example" << true;
    QTest::newRow("spaces") << " smtp.example.com\n"
                            << 587 << starttls << QStringList{"input.host_whitespace"}
                            << "smtp.example.com" << true;
    QTest::newRow("https url") << "https://smtp.example.com" << 587 << starttls
                               << QStringList{"input.host_scheme"} << "smtp.example.com" << true;
    QTest::newRow("phpmailer ssl")
        << "ssl://smtp.example.com" << 465 << Security::Tls << QStringList{"input.host_scheme"}
        << "smtp.example.com" << true;
    QTest::newRow("path") << "smtp.example.com/mail" << 587 << starttls
                          << QStringList{"input.host_path"} << "smtp.example.com" << true;
    QTest::newRow("with port") << "smtp.example.com:587" << 587 << starttls
                               << QStringList{"input.host_with_port"} << "smtp.example.com" << true;
    QTest::newRow("ipv6 with port")
        << "[2001:db8::25]:465" << 465 << Security::Tls << QStringList{"input.host_with_port"}
        << "2001:db8::25" << true;
    QTest::newRow("url with everything")
        << "http://smtp.example.com:465/" << 465 << Security::Tls
        << QStringList{"input.host_scheme", "input.host_path", "input.host_with_port"}
        << "smtp.example.com" << true;
    QTest::newRow("e-mail, known provider")
        << "me@gmail.com" << 587 << starttls << QStringList{"input.host_is_email"}
        << "smtp.gmail.com" << true;
    QTest::newRow("e-mail, unknown domain")
        << "me@example.org" << 587 << starttls << QStringList{"input.host_is_email"}
        << "example.org" << true;
    QTest::newRow("mail domain") << "gmail.com" << 587 << starttls
                                 << QStringList{"input.host_is_mail_domain"} << "gmail.com" << true;
    QTest::newRow("submission host is fine")
        << "smtp.gmail.com" << 587 << starttls << QStringList{} << "smtp.gmail.com" << true;
    QTest::newRow("underscore") << "smtp_relay.example.com" << 587 << starttls
                                << QStringList{"input.host_invalid"} << "smtp_relay.example.com"
                                << false;
    QTest::newRow("double dot") << "smtp..example.com" << 587 << starttls
                                << QStringList{"input.host_invalid"} << "smtp..example.com"
                                << false;
    QTest::newRow("label too long")
        << QString(64, 'a') + ".example.com" << 587 << starttls << QStringList{"input.host_invalid"}
        << QString(64, 'a') + ".example.com" << false;
    QTest::newRow("465 with starttls")
        << "smtp.example.com" << 465 << starttls << QStringList{"input.port_security_mismatch"}
        << "smtp.example.com" << true;
    QTest::newRow("465 with none")
        << "smtp.example.com" << 465 << Security::None
        << QStringList{"input.port_security_mismatch"} << "smtp.example.com" << true;
    QTest::newRow("587 with tls") << "smtp.example.com" << 587 << Security::Tls
                                  << QStringList{"input.port_security_mismatch"}
                                  << "smtp.example.com" << true;
    QTest::newRow("2525 with tls is allowed") << "smtp.example.com" << 2525 << Security::Tls
                                              << QStringList{} << "smtp.example.com" << true;
    QTest::newRow("port 25") << "smtp.example.com" << 25 << starttls
                             << QStringList{"input.port_25_submission"} << "smtp.example.com"
                             << true;
    QTest::newRow("port 0") << "smtp.example.com" << 0 << starttls
                            << QStringList{"input.port_invalid"} << "smtp.example.com" << false;
    QTest::newRow("port too big") << "smtp.example.com" << 70000 << starttls
                                  << QStringList{"input.port_invalid"} << "smtp.example.com"
                                  << false;
}

void TestHostInput::analyze()
{
    QFETCH(QString, typed);
    QFETCH(int, port);
    QFETCH(Security, security);
    QFETCH(QStringList, ids);
    QFETCH(QString, host);
    QFETCH(bool, usable);

    const HostInput::Result result = HostInput::analyze(
        typed, port, security, ProviderCatalog::instance());
    QStringList found;
    for (const InputIssue &issue : result.issues)
        found.append(issue.id);
    QCOMPARE(found, ids);
    QCOMPARE(result.host, host);
    QCOMPARE(result.usable, usable);
}

void TestHostInput::fixes()
{
    const ProviderCatalog &providers = ProviderCatalog::instance();
    auto only = [&](const QString &typed, int port, Security security) {
        const auto result = HostInput::analyze(typed, port, security, providers);
        return result.issues.value(0);
    };
    const InputIssue mailDomain = only("gmail.com", 587, Security::StartTls);
    QCOMPARE(mailDomain.fixedHost, QStringLiteral("smtp.gmail.com"));
    QVERIFY(mailDomain.fixedPort && mailDomain.fixedSecurity);
    QCOMPARE(mailDomain.args.at(1), QStringLiteral("Gmail / Google Workspace"));

    const InputIssue withPort = only("smtp.example.com:2525", 587, Security::StartTls);
    QCOMPARE(withPort.fixedHost, QStringLiteral("smtp.example.com"));
    QCOMPARE(withPort.fixedPort, std::optional<quint16>(2525));

    const InputIssue ssl = only("ssl://smtp.example.com", 465, Security::Tls);
    QCOMPARE(ssl.fixedSecurity, std::optional<Security>(Security::Tls));

    const InputIssue mismatch = only("smtp.example.com", 465, Security::StartTls);
    QCOMPARE(mismatch.fixedSecurity, std::optional<Security>(Security::Tls));
    QVERIFY(mismatch.fixedHost.isEmpty());

    const InputIssue invalid = only("bad_host.example", 587, Security::StartTls);
    QVERIFY(!invalid.hasFix());
}

void TestHostInput::adviceNamesTheMendedHost_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("advice");

    // Issue 14: the scheme's advice said "Enter smtp.gmail.com/", the slash kept.
    QTest::newRow("scheme and trailing slash")
        << "http://smtp.gmail.com/"
        << "input.host_scheme"
        << "Enter smtp.gmail.com as the server name and choose the encryption in its own field.";
    QTest::newRow("path after a scheme") << "https://smtp.example.com/mail"
                                         << "input.host_path"
                                         << "Enter the host name alone: smtp.example.com.";
    QTest::newRow("spaces and a port") << " smtp.example.com:2525"
                                       << "input.host_whitespace"
                                       << "Enter the name without spaces: smtp.example.com.";
    QTest::newRow("port after a scheme")
        << "smtp://smtp.example.com:2525"
        << "input.host_scheme"
        << "Enter smtp.example.com as the server name and choose the encryption in its own field.";
}

void TestHostInput::adviceNamesTheMendedHost()
{
    QFETCH(QString, typed);
    QFETCH(QString, id);
    QFETCH(QString, advice);
    const HostInput::Result result = HostInput::analyze(
        typed, 465, Security::StartTls, ProviderCatalog::instance());
    const auto issue = std::find_if(result.issues.cbegin(),
                                    result.issues.cend(),
                                    [&id](const InputIssue &issue) { return issue.id == id; });
    QVERIFY(issue != result.issues.cend());
    const Finding finding = FindingCatalog::make(
        issue->id, issue->args, {}, QStringLiteral("input"));
    QCOMPARE(finding.advice.value(0), advice);
}

void TestHostInput::providersCoverTheReference()
{
    // Every provider of shared/reference/providers.md, by id.
    const QStringList expected = {
        "gmail",     "outlook", "office365", "yahoo",  "icloud",   "zoho",      "fastmail",
        "sendgrid",  "mailgun", "ses",       "brevo",  "postmark", "sparkpost", "mailjet",
        "sendlayer", "ovh",     "ionos",     "orange", "free",     "gmx",       "webde"};
    const ProviderCatalog &catalog = ProviderCatalog::instance();
    QCOMPARE(catalog.providers().size(), expected.size());
    for (const QString &id : expected) {
        const auto provider = catalog.byId(id);
        QVERIFY2(provider, qPrintable(id));
        QVERIFY2(!provider->source.isEmpty(), qPrintable(id));
        // A provider without a documented host says so.
        QVERIFY2(!provider->host.isEmpty() || provider->isUnverified("host"), qPrintable(id));
    }
    QCOMPARE(catalog.forMailDomain("GMAIL.com")->id, QStringLiteral("gmail"));
    QCOMPARE(catalog.forHost("smtp.postmarkapp.com")->id, QStringLiteral("postmark"));
    // Postmark has no implicit-TLS port.
    for (const Provider::Endpoint &endpoint : catalog.byId("postmark")->endpoints)
        QVERIFY(endpoint.security != Security::Tls);
    QVERIFY(!ProviderCatalog::fromJson("{\"providers\":[{\"id\":\"x\",\"name\":\"X\",\"ports\":[{"
                                       "\"port\":1,\"security\":\"ssl\"}]}]}"));
}

void TestHostInput::providerNotesInTheInterfaceLanguage()
{
    // Every note has its French version; English is the fallback.
    for (const Provider &provider : ProviderCatalog::instance().providers()) {
        if (provider.notes.isEmpty())
            continue;
        const QString french = provider.localNotes(QLocale(QLocale::French, QLocale::France));
        QVERIFY2(!french.isEmpty() && french != provider.notes, qPrintable(provider.id));
        QCOMPARE(provider.localNotes(QLocale(QLocale::English)), provider.notes);
        QCOMPARE(provider.localNotes(QLocale(QLocale::German)), provider.notes);
    }
    const auto ovh = ProviderCatalog::instance().byId(QStringLiteral("ovh"));
    QVERIFY(ovh);
    QCOMPARE(ovh->localNotes(QLocale(QLocale::French)),
             QStringLiteral("Exchange et E-mail Pro utilisent d\u2019autres serveurs."));
}

QTEST_GUILESS_MAIN(TestHostInput)
#include "tst_hostinput.moc"
