// SPDX-License-Identifier: GPL-3.0-or-later
// VantageMerge: one row per rule, from two hand-made views (this computer's
// and the website's) to the site.* conclusions, with both sides in evidence.

#include "site/VantageMerge.h"

#include <QTest>

using Outcome = SiteAnswer::Outcome;
using Port = VantageView::Port;

namespace {

const QString addr = QStringLiteral("192.0.2.10");

Port port(quint16 number,
          Outcome outcome,
          const QString &name = {},
          const QString &sha = {},
          std::optional<bool> trusted = std::nullopt,
          std::optional<bool> handshake = std::nullopt)
{
    Port p;
    p.address = addr;
    p.port = number;
    p.outcome = outcome;
    p.greetingName = name;
    p.certificateSha256 = sha;
    p.tlsTrusted = trusted;
    p.tlsHandshake = handshake;
    return p;
}

VantageView view(const QList<Port> &ports, const QStringList &addresses = {addr})
{
    VantageView v;
    v.host = QStringLiteral("smtp.example.net");
    v.addresses = addresses;
    v.ports = ports;
    return v;
}

// What this computer sees in every row: 587 and 2525 open with TLS trusted, 25 open.
VantageView here()
{
    return view({port(587,
                      Outcome::Open,
                      QStringLiteral("mx.example.net"),
                      QStringLiteral("aa"),
                      true,
                      true),
                 port(25, Outcome::Open),
                 port(2525, Outcome::Open)});
}

} // namespace

Q_DECLARE_METATYPE(VantageView)

class TestVantageMerge : public QObject
{
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void bothSidesInEvidence();
};

void TestVantageMerge::rules_data()
{
    QTest::addColumn<VantageView>("site");
    QTest::addColumn<QStringList>("ids");
    const QString mx = QStringLiteral("mx.example.net");
    const QString aa = QStringLiteral("aa");

    QTest::newRow("same as here") << view({port(587, Outcome::Open, mx, aa, true, true),
                                           port(25, Outcome::Open),
                                           port(2525, Outcome::Open)})
                                  << QStringList{QStringLiteral("site.same_as_here")};
    QTest::newRow("587 dropped, 2525 works: port_blocked#other")
        << view({port(587, Outcome::Filtered), port(25, Outcome::Open), port(2525, Outcome::Open)})
        << QStringList{QStringLiteral("site.port_blocked#other")};
    QTest::newRow("every port refused: port_blocked") << view(
        {port(587, Outcome::Refused), port(25, Outcome::Refused), port(2525, Outcome::Unreachable)})
                                                      << QStringList{
                                                             QStringLiteral("site.port_blocked"),
                                                             QStringLiteral("site.port_blocked"),
                                                             QStringLiteral("site.port_blocked")};
    QTest::newRow("another greeting name: smtp_redirected")
        << view({port(587, Outcome::Open, QStringLiteral("mail.webhost.example"), {}, false, true),
                 port(25, Outcome::Open),
                 port(2525, Outcome::Open)})
        << QStringList{QStringLiteral("site.smtp_redirected")};
    QTest::newRow("another certificate: smtp_redirected")
        << view({port(587, Outcome::Open, mx, QStringLiteral("bb"), true, true),
                 port(25, Outcome::Open),
                 port(2525, Outcome::Open)})
        << QStringList{QStringLiteral("site.smtp_redirected")};
    QTest::newRow("same certificate, PHP does not trust it: tls_untrusted")
        << view({port(587, Outcome::Open, mx, aa, false, true),
                 port(25, Outcome::Open),
                 port(2525, Outcome::Open)})
        << QStringList{QStringLiteral("site.tls_untrusted")};
    QTest::newRow("no handshake even unverified: tls_incompatible")
        << view({port(587, Outcome::Open, mx, {}, false, false),
                 port(25, Outcome::Open),
                 port(2525, Outcome::Open)})
        << QStringList{QStringLiteral("site.tls_incompatible")};

    VantageView otherAddress = view({}, {QStringLiteral("198.51.100.7")});
    Port moved = port(587, Outcome::Open, mx, aa, true, true);
    moved.address = QStringLiteral("198.51.100.7");
    otherAddress.ports = {moved};
    QTest::newRow("other addresses: dns_differs")
        << otherAddress << QStringList{QStringLiteral("site.dns_differs")};
    VantageView none = view({}, {});
    none.resolveError = QStringLiteral("no address");
    QTest::newRow("no address: dns_differs#none")
        << none << QStringList{QStringLiteral("site.dns_differs#none")};

    VantageView disabled = view({port(587, Outcome::LocalError)});
    disabled.disabledFunctions = {QStringLiteral("stream_socket_client"),
                                  QStringLiteral("fsockopen")};
    QTest::newRow("functions disabled: php_blocked#functions")
        << disabled << QStringList{QStringLiteral("site.php_blocked#functions")};
    VantageView selinux = view({port(587, Outcome::LocalError),
                                port(25, Outcome::LocalError),
                                port(2525, Outcome::LocalError)});
    selinux.selinux = QStringLiteral("enforcing");
    QTest::newRow("every connect fails locally: php_blocked#local")
        << selinux << QStringList{QStringLiteral("site.php_blocked#local")};
}

void TestVantageMerge::rules()
{
    QFETCH(VantageView, site);
    VantageMerge::Input input;
    input.here = here();
    input.site = site;
    input.chosenPort = 587;
    QStringList ids;
    for (const VantageMerge::Conclusion &conclusion : VantageMerge::merge(input))
        ids.append(conclusion.id);
    QTEST(ids, "ids");
}

void TestVantageMerge::bothSidesInEvidence()
{
    VantageMerge::Input input;
    input.here = here();
    input.site = view(
        {port(587, Outcome::Filtered), port(25, Outcome::Open), port(2525, Outcome::Open)});
    input.site.controlHost = QStringLiteral("control.example.org");
    Port control = port(587, Outcome::Filtered);
    control.address = QStringLiteral("203.0.113.5");
    input.site.controlPorts = {control};
    const auto conclusions = VantageMerge::merge(input);
    QCOMPARE(conclusions.size(), 1);
    const VantageMerge::Conclusion &blocked = conclusions.first();
    QCOMPARE(blocked.address, addr);
    QCOMPARE(blocked.port, quint16(587));
    QCOMPARE(blocked.args.value(3), QStringLiteral("25, 2525")); // the ports that work from there
    QCOMPARE(blocked.evidence.value(0),
             QStringLiteral("From this computer: 192.0.2.10 port 587: open after 0 ms, greets as "
                            "mx.example.net, TLS handshake ok, certificate trusted, certificate "
                            "SHA-256 aa"));
    QCOMPARE(blocked.evidence.value(1),
             QStringLiteral("From your website: 192.0.2.10 port 587: filtered after 0 ms"));
    QVERIFY(
        blocked.evidence.value(2).contains(QLatin1String("reference host control.example.org")));
}

QTEST_GUILESS_MAIN(TestVantageMerge)
#include "tst_vantagemerge.moc"
