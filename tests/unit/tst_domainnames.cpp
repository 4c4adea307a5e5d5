// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/DomainNames.h"

#include <QFileInfo>
#include <QTest>

class TestDomainNames : public QObject
{
    Q_OBJECT
private slots:
    void hostNames_data();
    void hostNames();
    void registrable_data();
    void registrable();
    void publicSuffixes_data();
    void publicSuffixes();
    void listSource();
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
    // What the old two-label guess got wrong, from the Public Suffix List.
    QTest::newRow("gouv.fr") << "mail.interieur.gouv.fr"
                             << "interieur.gouv.fr";
    QTest::newRow("gouv.fr itself") << "gouv.fr"
                                    << "gouv.fr";
    QTest::newRow("blogspot") << "www.myblog.blogspot.com"
                              << "myblog.blogspot.com";
    QTest::newRow("co.uk itself") << "co.uk"
                                  << "co.uk";
    QTest::newRow("nic.uk") << "mail.example.ltd.uk"
                            << "example.ltd.uk";
    QTest::newRow("jp city") << "mx.example.city.kawasaki.jp"
                             << "city.kawasaki.jp";
    QTest::newRow("jp wildcard") << "mx.example.foo.kawasaki.jp"
                                 << "example.foo.kawasaki.jp";
    QTest::newRow("br") << "smtp.example.com.br"
                        << "example.com.br";
    QTest::newRow("github pages") << "a.b.github.io"
                                  << "b.github.io";
    QTest::newRow("unlisted tld") << "mx.example.test"
                                  << "example.test";
    QTest::newRow("idn") << "mail.exemple.xn--p1ai"
                         << "exemple.xn--p1ai";
}

void TestDomainNames::registrable()
{
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QCOMPARE(DomainNames::registrableDomain(host), expected);
}

void TestDomainNames::publicSuffixes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("expected");
    QTest::newRow("com") << "com" << true;
    QTest::newRow("co.uk") << "co.uk" << true;
    QTest::newRow("gouv.fr") << "gouv.fr" << true;
    QTest::newRow("blogspot.com") << "blogspot.com" << true;
    QTest::newRow("gmail.com") << "gmail.com" << false;
    QTest::newRow("unlisted tld (no * rule)") << "test" << false;
}

void TestDomainNames::publicSuffixes()
{
    QFETCH(QString, name);
    QFETCH(bool, expected);
    QCOMPARE(DomainNames::isPublicSuffix(name), expected);
}

void TestDomainNames::listSource()
{
    // libpsl takes the distribution's file (Debian's publicsuffix package)
    // when it is newer than its built-in copy: either way the source is named.
    const QString source = DomainNames::publicSuffixSource();
    qInfo("Public Suffix List: %s", qPrintable(source));
    QVERIFY2(source == QLatin1String("built-in") || QFileInfo::exists(source), qPrintable(source));
}

QTEST_GUILESS_MAIN(TestDomainNames)
#include "tst_domainnames.moc"
