#include "domain/DomainNames.h"

#include <QTest>

class TestDomainNames : public QObject
{
    Q_OBJECT
private slots:
    void hostNames_data();
    void hostNames();
    void registrable_data();
    void registrable();
};

void TestDomainNames::hostNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("fqdn") << "smtp.gmail.com" << true;
    QTest::newRow("trailing dot") << "smtp.gmail.com." << true;
    QTest::newRow("hyphen") << "mx-1.example.net" << true;
    QTest::newRow("single label") << "localhost" << false;
    QTest::newRow("banner word") << "ESMTP" << false;
    QTest::newRow("ipv4") << "192.0.2.1" << false;
    QTest::newRow("ipv6") << "2001:db8::1" << false;
    QTest::newRow("numeric tld") << "host.123" << false;
    QTest::newRow("leading hyphen") << "-bad.example.com" << false;
    QTest::newRow("underscore") << "bad_name.example.com" << false;
    QTest::newRow("empty label") << "a..example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void TestDomainNames::hostNames()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(DomainNames::looksLikeHostName(text), expected);
}

void TestDomainNames::registrable_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "smtp.gmail.com"
                           << "gmail.com";
    QTest::newRow("deep") << "xx0p123ca0001.outlook.office365.com"
                          << "office365.com";
    QTest::newRow("uk") << "mx1.mail.example.co.uk"
                        << "example.co.uk";
    QTest::newRow("au") << "smtp.example.com.au"
                        << "example.com.au";
    QTest::newRow("fr") << "smtp.orange.fr"
                        << "orange.fr";
    QTest::newRow("case and dot") << "SMTP.Example.COM."
                                  << "example.com";
    QTest::newRow("hoster") << "p3plcpnl0123.prod.phx3.secureserver.net"
                            << "secureserver.net";
}

void TestDomainNames::registrable()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DomainNames::registrableDomain(host), expected);
}

QTEST_GUILESS_MAIN(TestDomainNames)
#include "tst_domainnames.moc"
