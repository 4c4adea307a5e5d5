// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingCatalog.h"
#include "findings/FindingIds.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The catalog's contract, entry by entry: declared arguments cover every
// placeholder, every id has its texts in English and French.
class TestFindingContract : public QObject
{
    Q_OBJECT
private slots:
    void everyEntryDeclaresItsPlaceholders();
    void makeWithAllArgumentsLeavesNoPlaceholder();
    void everyIdHasEnglishTexts();
    void everyTextHasAFrenchTranslation();
    void namedArgumentsFillTheSubject_data();
    void namedArgumentsFillTheSubject();
    void positionalAndNamedAgree();
    void unknownIdIsAFailure();
};

namespace {

QSet<int> placeholdersIn(const QString &text)
{
    QSet<int> found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    for (const auto &match : placeholder.globalMatch(text))
        found.insert(match.captured(1).toInt());
    return found;
}

QStringList textsOf(const Finding &finding)
{
    return QStringList{finding.title, finding.explanation} + finding.advice;
}

} // namespace

void TestFindingContract::everyEntryDeclaresItsPlaceholders()
{
    QVERIFY(FindingCatalog::knownIds().size() >= 100);
    for (const QString &id : FindingCatalog::knownIds()) {
        const int declared = FindingCatalog::arguments(id).size();
        // No argument twice: each name means one thing in one entry.
        const QList<FindingArg> arguments = FindingCatalog::arguments(id);
        QCOMPARE(QSet<FindingArg>(arguments.begin(), arguments.end()).size(), declared);
        for (const QString &text : FindingCatalog::sourceTexts(id)) {
            for (int index : placeholdersIn(text))
                QVERIFY2(index >= 1 && index <= declared,
                         qPrintable(QStringLiteral("%1 uses %%2 but declares %3 argument(s): %4")
                                        .arg(id)
                                        .arg(index)
                                        .arg(declared)
                                        .arg(text)));
        }
    }
}

void TestFindingContract::makeWithAllArgumentsLeavesNoPlaceholder()
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    for (const QString &id : FindingCatalog::knownIds()) {
        const FindingArgs args = FindingCatalog::placeholders(id);
        const Finding finding = FindingCatalog::make(id, args, {}, QStringLiteral("test"));
        for (const QString &text : textsOf(finding))
            QVERIFY2(!text.contains(placeholder), qPrintable(id + QStringLiteral(": ") + text));
    }
    // The readable placeholders name the argument.
    const Finding open = FindingCatalog::make(
        FindingId::NetOpen, FindingCatalog::placeholders(FindingId::NetOpen), {}, {});
    QCOMPARE(open.title, QStringLiteral("Port ‹port› on ‹address› accepts connections"));
}

void TestFindingContract::everyIdHasEnglishTexts()
{
    for (const QString &id : FindingCatalog::knownIds()) {
        const Finding finding = FindingCatalog::make(id, FindingArgs(), {}, {});
        QVERIFY2(!finding.title.isEmpty(), qPrintable(id));
        QVERIFY2(!finding.explanation.isEmpty(), qPrintable(id));
        // Pure information, nothing to do: the only non-pass entries without advice.
        static const QStringList informationOnly{FindingId::DnsHostsMissing,
                                                 FindingId::DomainDaneTlsa,
                                                 FindingId::DomainMtaSts,
                                                 FindingId::MessageReceivedChain,
                                                 FindingId::SmtpAuthMechanisms};
        if (informationOnly.contains(id)) {
            QCOMPARE(finding.severity, Finding::Severity::Info);
            QVERIFY2(finding.advice.isEmpty(), qPrintable(id + " has advice now: drop it here"));
        } else if (finding.severity != Finding::Severity::Pass) {
            QVERIFY2(!finding.advice.isEmpty(), qPrintable(id + QStringLiteral(" has no advice")));
        }
    }
}

void TestFindingContract::everyTextHasAFrenchTranslation()
{
    // The compiled .qm the programs load: what French users see.
    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/smtp-doctor_fr.qm")));
    int checked = 0;
    for (const QString &id : FindingCatalog::knownIds()) {
        for (const QString &text : FindingCatalog::sourceTexts(id)) {
            const QString translated = french.translate("Findings", text.toUtf8().constData());
            QVERIFY2(!translated.isEmpty(),
                     qPrintable(id + QStringLiteral(" has no French for: ") + text));
            // The French keeps every placeholder of the English.
            QCOMPARE(placeholdersIn(translated), placeholdersIn(text));
            ++checked;
        }
    }
    QVERIFY(checked > 300);
}

void TestFindingContract::namedArgumentsFillTheSubject_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("family");
    QTest::addColumn<int>("port");
    QTest::newRow("probe cell") << QString(FindingId::NetFiltered) << QString() << "192.0.2.1"
                                << int(FindingSubject::Family::IPv4) << 587;
    QTest::newRow("ipv6 cell") << QString(FindingId::NetOpen) << QString() << "2001:db8::1"
                               << int(FindingSubject::Family::IPv6) << 25;
    QTest::newRow("host only") << QString(FindingId::DnsNxdomain) << "mail.example.com" << QString()
                               << int(FindingSubject::Family::Unknown) << 0;
}

void TestFindingContract::namedArgumentsFillTheSubject()
{
    QFETCH(QString, id);
    QFETCH(QString, host);
    QFETCH(QString, address);
    QFETCH(int, family);
    QFETCH(int, port);
    FindingArgs args;
    if (!host.isEmpty())
        args.set(FindingArg::Host, host);
    if (!address.isEmpty())
        args.set(FindingArg::Address, address);
    if (port)
        args.set(FindingArg::Port, QString::number(port));
    args.set(FindingArg::Detail, QStringLiteral("10000"));
    const Finding finding = FindingCatalog::make(id, args, {}, QStringLiteral("probe"));
    QCOMPARE(finding.subject.vantage, FindingSubject::Vantage::Here);
    QCOMPARE(finding.subject.host, host);
    QCOMPARE(finding.subject.address, address);
    QCOMPARE(int(finding.subject.family), family);
    QCOMPARE(int(finding.subject.port), port);
    // A list of addresses names no single one.
    const Finding listed = FindingCatalog::make(
        FindingId::NetRefused,
        FindingArgs{{FindingArg::Address, "192.0.2.1, 192.0.2.2"}, {FindingArg::Port, "465"}},
        {},
        {});
    QVERIFY(listed.subject.address.isEmpty());
    QCOMPARE(listed.subject.port, quint16(465));
}

void TestFindingContract::positionalAndNamedAgree()
{
    const Finding positional = FindingCatalog::make(
        FindingId::DomainSpfNotAuthorizedInclude,
        QStringList{"example.com", "192.0.2.7", "softfail", "_spf.provider.example"},
        {},
        {});
    const Finding named = FindingCatalog::make(
        FindingId::DomainSpfNotAuthorizedInclude,
        FindingArgs{{FindingArg::Include, "_spf.provider.example"},
                    {FindingArg::Result, "softfail"},
                    {FindingArg::Domain, "example.com"},
                    {FindingArg::Address, "192.0.2.7"}},
        {},
        {});
    QCOMPARE(named.id, QStringLiteral("domain.spf_not_authorized"));
    QCOMPARE(named.title, positional.title);
    QCOMPARE(named.explanation, positional.explanation);
    QCOMPARE(named.advice, positional.advice);
    QVERIFY(named.advice.join(' ').contains("include:_spf.provider.example"));
    // A value holding "%2" stays as it is (one pass).
    const Finding greeting = FindingCatalog::make(
        FindingId::SmtpGreetingOk,
        FindingArgs{{FindingArg::Host, "h"}, {FindingArg::Port, "25"}, {FindingArg::Detail, "%2"}},
        {},
        {});
    QVERIFY(greeting.explanation.contains("%2"));
}

void TestFindingContract::unknownIdIsAFailure()
{
    const Finding finding = FindingCatalog::make(QStringLiteral("net.nope"), FindingArgs(), {}, {});
    QCOMPARE(finding.severity, Finding::Severity::Failure);
    QCOMPARE(finding.title, QStringLiteral("net.nope"));
    QVERIFY(!FindingCatalog::isKnown(QStringLiteral("net.nope")));
    QVERIFY(FindingCatalog::isKnown(FindingId::NetOpen));
}

QTEST_GUILESS_MAIN(TestFindingContract)
#include "tst_findingcontract.moc"
