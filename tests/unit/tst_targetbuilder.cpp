// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TargetBuilder.h"

#include <QTest>

using Field = TargetBuilder::Field;
Q_DECLARE_METATYPE(TargetBuilder::Input)
Q_DECLARE_METATYPE(Field)
Q_DECLARE_METATYPE(TargetBuilder::BackupInput)
Q_DECLARE_METATYPE(Target::Security)

// The one set of rules by which every front end turns typed text into a
// Target: each row is one input and what the builder makes of it.
class TestTargetBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void problems_data();
    void problems();
    void usable_data();
    void usable();
    void defaults();
    void backup_data();
    void backup();
};

namespace {

TargetBuilder::Input withHost(const QString &host = QStringLiteral("smtp.example.com"))
{
    TargetBuilder::Input input;
    input.host = host;
    input.controlHost = QStringLiteral("none");
    return input;
}

} // namespace

void TestTargetBuilder::initTestCase()
{
    qputenv("SMTP_DOCTOR_DEFAULT_CONTROL_HOST", "control.test");
}

void TestTargetBuilder::problems_data()
{
    QTest::addColumn<TargetBuilder::Input>("input");
    QTest::addColumn<Field>("field");

    TargetBuilder::Input input = withHost(QString());
    QTest::newRow("no host") << input << Field::Host;
    QTest::newRow("blank host") << withHost(QStringLiteral("  \t")) << Field::Host;
    for (const char *port : {"0", "65536", "smtp", "587.0", "5e2", "-25"}) {
        input = withHost();
        input.port = QString::fromLatin1(port);
        QTest::addRow("port %s", port) << input << Field::Port;
    }
    input = withHost();
    input.security = QStringLiteral("ssl");
    QTest::newRow("security ssl") << input << Field::Security;
    for (const char *timeout : {"0", "-1", "601", "ten"}) {
        input = withHost();
        input.timeout = QString::fromLatin1(timeout);
        QTest::addRow("timeout %s", timeout) << input << Field::Timeout;
    }
    input = withHost();
    input.resolver = QStringLiteral("dns.example");
    QTest::newRow("resolver by name") << input << Field::Resolver;
    input = withHost();
    input.caFile = QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("unreadable CA file") << input << Field::CaFile;
    input = withHost();
    input.trustAnchorFile = QStringLiteral("/nonexistent/root.key");
    QTest::newRow("unreadable trust anchor") << input << Field::TrustAnchor;
    input = withHost();
    input.ports = QStringLiteral("25,smtp");
    QTest::newRow("ports") << input << Field::Ports;
    input = withHost();
    input.controlHost = QString();
    QTest::newRow("empty control host") << input << Field::ControlHost;
    input = withHost();
    input.controlHost = QStringLiteral("a b");
    QTest::newRow("control host with space") << input << Field::ControlHost;
    input = withHost();
    input.domain = QStringLiteral("localhost");
    QTest::newRow("domain without a dot") << input << Field::Domain;
    input = withHost();
    input.domain = QStringLiteral("exa mple.com");
    QTest::newRow("domain with a space") << input << Field::Domain;
    input = withHost();
    input.domain = QStringLiteral("example.com");
    input.dkimSelectors = {QStringLiteral("bad selector!")};
    QTest::newRow("selector") << input << Field::DkimSelector;
    input = withHost();
    input.dkimSelectors = {QStringLiteral("s1")};
    QTest::newRow("selector without domain") << input << Field::DkimSelector;
    input = withHost();
    input.user = QStringLiteral("me@example.com");
    input.hasSecret = false;
    QTest::newRow("user without secret") << input << Field::Secret;
    input = withHost();
    input.hasSecret = true;
    QTest::newRow("secret without user") << input << Field::User;
    input = withHost();
    input.from = QStringLiteral("a@example.com");
    QTest::newRow("from without to") << input << Field::To;
    input = withHost();
    input.to = QStringLiteral("b@example.com");
    QTest::newRow("to without from") << input << Field::From;
    input = withHost();
    input.from = QStringLiteral("a.example.com");
    input.to = QStringLiteral("b@example.com");
    QTest::newRow("from not an address") << input << Field::From;
    input = withHost();
    input.from = QStringLiteral("a@example.com");
    input.to = QStringLiteral("b@");
    QTest::newRow("to not an address") << input << Field::To;
}

void TestTargetBuilder::problems()
{
    QFETCH(TargetBuilder::Input, input);
    QFETCH(Field, field);
    const TargetBuilder::Result result = TargetBuilder::build(input);
    QVERIFY(!result.isUsable());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.constFirst().field, field);
    QVERIFY(!result.problems.constFirst().reason.isEmpty());
}

void TestTargetBuilder::usable_data()
{
    QTest::addColumn<TargetBuilder::Input>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Target::Security>("security");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("selectors");

    const auto StartTls = Target::Security::StartTls;
    const auto Tls = Target::Security::Tls;
    // The host as typed: the input check reports and mends its mistakes.
    QTest::newRow("host kept as typed")
        << withHost(QStringLiteral(" http://smtp.gmail.com/ ")) << " http://smtp.gmail.com/ " << 587
        << StartTls << 10000 << "" << QStringList();
    TargetBuilder::Input input = withHost();
    input.port = QStringLiteral("465");
    QTest::newRow("465 defaults to tls")
        << input << "smtp.example.com" << 465 << Tls << 10000 << "" << QStringList();
    input.port = QStringLiteral(" 2525 ");
    QTest::newRow("port with spaces, starttls")
        << input << "smtp.example.com" << 2525 << StartTls << 10000 << "" << QStringList();
    input = withHost();
    input.port = QStringLiteral("465");
    input.security = QStringLiteral("starttls");
    QTest::newRow("security as chosen, even when wrong for the port")
        << input << "smtp.example.com" << 465 << StartTls << 10000 << "" << QStringList();
    input = withHost();
    input.timeout = QStringLiteral("0.25");
    QTest::newRow("fractional timeout")
        << input << "smtp.example.com" << 587 << StartTls << 250 << "" << QStringList();
    input = withHost();
    input.domain = QStringLiteral(" Mél.Example. ");
    input.dkimSelectors = {QStringLiteral("s1, s2._domainkey"), QStringLiteral("google")};
    QTest::newRow("domain in ASCII, selectors split and cleaned")
        << input << "smtp.example.com" << 587 << StartTls << 10000 << "xn--ml-bja.example"
        << QStringList{"s1", "s2", "google"};
}

void TestTargetBuilder::usable()
{
    QFETCH(TargetBuilder::Input, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(Target::Security, security);
    QFETCH(int, timeoutMs);
    QFETCH(QString, domain);
    QFETCH(QStringList, selectors);
    const TargetBuilder::Result result = TargetBuilder::build(input);
    QVERIFY2(result.isUsable(), qPrintable(result.problems.value(0).reason));
    QCOMPARE(result.target.host, host);
    QCOMPARE(int(result.target.port), port);
    QCOMPARE(result.target.security, security);
    QCOMPARE(result.target.stepTimeoutMs, timeoutMs);
    QCOMPARE(result.target.domain, domain);
    QCOMPARE(result.target.dkimSelectors, selectors);
}

void TestTargetBuilder::defaults()
{
    TargetBuilder::Input input;
    input.host = QStringLiteral("smtp.example.com");
    input.user = QStringLiteral(" me@example.com ");
    input.authMechanism = QStringLiteral("plain");
    input.from = QStringLiteral(" a@example.com");
    input.to = QStringLiteral("b@example.com ");
    TargetBuilder::Result result = TargetBuilder::build(input);
    QVERIFY(result.isUsable());
    QCOMPARE(result.target.controlHost, QStringLiteral("control.test"));
    QCOMPARE(result.target.extraPorts, Target::defaultExtraPorts());
    QCOMPARE(result.target.user, QStringLiteral("me@example.com"));
    QCOMPARE(result.target.authMechanism, QStringLiteral("PLAIN"));
    QCOMPARE(result.target.mailFrom, QStringLiteral("a@example.com"));
    QCOMPARE(result.target.rcptTo, QStringLiteral("b@example.com"));

    input.controlHost = QStringLiteral("none");
    input.ports = QString();
    result = TargetBuilder::build(input);
    QVERIFY(result.isUsable());
    QVERIFY(result.target.controlHost.isEmpty());
    QVERIFY(result.target.extraPorts.isEmpty());
}

void TestTargetBuilder::backup_data()
{
    QTest::addColumn<TargetBuilder::BackupInput>("input");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("port");
    QTest::addColumn<Target::Security>("security");

    const auto StartTls = Target::Security::StartTls;
    const auto Tls = Target::Security::Tls;
    QTest::newRow("465 is tls") << TargetBuilder::BackupInput{{}, QStringLiteral("465"), {}} << true
                                << Field::Backup << 465 << Tls;
    QTest::newRow("2525 keeps starttls")
        << TargetBuilder::BackupInput{{}, QStringLiteral("2525"), {}} << true << Field::Backup
        << 2525 << StartTls;
    QTest::newRow("same as main") << TargetBuilder::BackupInput{{}, QStringLiteral("587"), {}}
                                  << false << Field::Backup << 587 << StartTls;
    QTest::newRow("bad port") << TargetBuilder::BackupInput{{}, QStringLiteral("70000"), {}}
                              << false << Field::BackupPort << 587 << StartTls;
    QTest::newRow("bad security") << TargetBuilder::BackupInput{{},
                                                                QStringLiteral("465"),
                                                                QStringLiteral("ssl")}
                                  << false << Field::BackupSecurity << 465 << Tls;
}

void TestTargetBuilder::backup()
{
    QFETCH(TargetBuilder::BackupInput, input);
    QFETCH(bool, usable);
    QFETCH(Field, field);
    QFETCH(int, port);
    QFETCH(Target::Security, security);
    TargetBuilder::Input mainInput = withHost();
    mainInput.domain = QStringLiteral("example.com");
    const Target main = TargetBuilder::build(mainInput).target;
    const TargetBuilder::Result result = TargetBuilder::buildBackup(main, input);
    QCOMPARE(result.isUsable(), usable);
    if (!usable) {
        QCOMPARE(result.problems.constFirst().field, field);
        return;
    }
    QCOMPARE(int(result.target.port), port);
    QCOMPARE(result.target.security, security);
    QCOMPARE(result.target.host, main.host);
    QVERIFY(result.target.domain.isEmpty());
    QVERIFY(result.target.extraPorts.isEmpty());
}

QTEST_GUILESS_MAIN(TestTargetBuilder)
#include "tst_targetbuilder.moc"
