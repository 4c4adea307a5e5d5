// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "DoctorWizardSteps.h"
#include "DovecotLog.h"
#include "FetchBackPanel.h"
#include "LoopbackBrowser.h"
#include "OAuthSignInPanel.h"
#include "PeerInfo.h"
#include "ReportExporter.h"
#include "RunRecorder.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The fetch-back's mailbox signed in by OAuth2 in the browser (issue 17
// point 5): the test e-mail step sends through the fetch-back lab's Exim with
// the SMTP password, the panel's "Other OAuth2 provider (browser)" signs in
// to the oauth-lab's oidc-provider (its pages followed by LoopbackBrowser),
// and Dovecot, which introspects that token, lets the panel find the test
// message in INBOX. Microsoft's row asks the table's IMAP scopes. The access
// and refresh tokens are in no export, the run's journal, the history or
// the settings file: plain, base64 or inside XOAUTH2's string.
class TestFetchBackOAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { OAuthSignInPanel::setBrowserOpener({}); }
    void browserSignIn();
};

namespace {

QStringList idsOf(const QAbstractItemModel *model)
{
    return WizardDriver::findingIds(model);
}

} // namespace

void TestFetchBackOAuth::browserSignIn()
{
    QSettings().clear();
    REQUIRE_PEER(lab, "fetch-lab");
    REQUIRE_PEER(dns, "dkim-lab");
    if (lab.value("imap_scope").isEmpty())
        QSKIP("the fetch-lab runs without the oauth-lab (no Node.js found by CMake): no "
              "OAuth2 sign-in to test");
    REQUIRE_PEER(oauthLab, "oauth-lab");
    // The lab's Exim over STARTTLS, its names from the DKIM lab's DNS.
    const WizardDriver::LabServer smtp{lab.port(QStringLiteral("smtp")),
                                       Target::Security::StartTls,
                                       lab.value("ca_file"),
                                       dns.port(QStringLiteral("dns"))};
    DoctorWizard wizard(DoctorWizardSteps::instance());
    WizardDriver::walkToTestEmailStep(wizard, smtp);
    if (QTest::currentTestFailed())
        return;
    auto *page = qobject_cast<TestEmailPage *>(wizard.currentPage());
    auto *panel = wizard.findChild<FetchBackPanel *>("fetchBackGroup");
    QVERIFY(page && panel);
    wizard.findChild<QLineEdit *>("fromEdit")->setText("doctor@dkim.test");
    wizard.findChild<QLineEdit *>("toEdit")->setText("someone@inbox.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText(lab.value("user"));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("secretEdit"), lab.value("password"));
    panel->setChecked(true);
    wizard.findChild<QLineEdit *>("imapHostEdit")->setText("127.0.0.1");
    wizard.findChild<QSpinBox *>("imapPortSpin")->setValue(lab.port("imaps"));
    wizard.findChild<QLineEdit *>("imapUserEdit")->setText(lab.value("imap_user"));

    auto *kind = wizard.findChild<QComboBox *>("imapSignInCombo");
    QCOMPARE(kind->currentIndex(), 0); // the password, unless chosen otherwise
    // The provider table's IMAP scopes for a known provider, not SMTP's.
    kind->setCurrentIndex(kind->findText("Sign in with Microsoft 365 (browser)"));
    auto *scopes = wizard.findChild<QLineEdit *>("imapOauthScopesEdit");
    QVERIFY(scopes);
    QCOMPARE(scopes->text(),
             QString("https://outlook.office.com/IMAP.AccessAsUser.All offline_access"));
    kind->setCurrentIndex(kind->count() - 1); // Other OAuth2 provider (browser)
    QVERIFY(!wizard.findChild<QLineEdit *>("imapPasswordEdit")->isVisibleTo(&wizard));
    const QString issuer = oauthLab.value("issuer");
    wizard.findChild<QLineEdit *>("imapOauthClientIdEdit")->setText(oauthLab.value("client"));
    wizard.findChild<QLineEdit *>("imapOauthAuthorizationUrlEdit")->setText(issuer + "/auth");
    wizard.findChild<QLineEdit *>("imapOauthTokenUrlEdit")->setText(issuer + "/token");
    scopes->setText(lab.value("imap_scope"));
    // The SMTP sign-in's panel keeps its letters; this one takes none.
    WizardDriver::verifyUniqueMnemonics(wizard);
    if (QTest::currentTestFailed())
        return;

    QUrl opened;
    OAuthSignInPanel::setBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return url.host() == QLatin1String("127.0.0.1");
    });
    auto *signIn = wizard.findChild<QPushButton *>("imapOauthSignInButton");
    QTRY_VERIFY(signIn->isVisible() && signIn->height() > 0);
    signIn->click();
    QTRY_VERIFY(opened.isValid());
    LoopbackBrowser browser(lab.value("imap_user"));
    QVERIFY2(browser.follow(opened).isValid(), qPrintable(browser.log()));
    auto *oauth = wizard.findChild<OAuthSignInPanel *>("imapOauthPanel");
    QVERIFY(oauth);
    QTRY_VERIFY_WITH_TIMEOUT(!oauth->tokens().isEmpty(), 10000);
    const OAuthTokens tokens = oauth->tokens();
    QVERIFY(tokens.canRefresh());
    // The SMTP sign-in is untouched: still the password.
    QVERIFY(wizard.findChild<OAuthSignInPanel *>("oauthPanel")->tokens().isEmpty());

    const int before = dovecotXoauth2Logins(lab.value("dovecot_log"), lab.value("imap_user"));
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && !panel->isRunning(), 30000);
    const QStringList ids = idsOf(wizard.findChild<QListView *>("testFindings")->model());
    QVERIFY2(ids.contains("send.accepted"), qPrintable(ids.join(' ')));
    QVERIFY2(ids.contains("message.delivered_inbox"), qPrintable(ids.join(' ')));
    QVERIFY2(dovecotXoauth2Logins(lab.value("dovecot_log"), lab.value("imap_user")) > before,
             "Dovecot logged no XOAUTH2 sign-in");

    // An expired access token is renewed with the refresh token before the
    // search: the stale one (which Dovecot would refuse) is never sent.
    OAuthTokens stale = tokens;
    stale.accessToken = QStringLiteral("stale-%1").arg(QDateTime::currentMSecsSinceEpoch());
    stale.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    oauth->setTokens(stale);
    const int beforeRenewal = dovecotXoauth2Logins(lab.value("dovecot_log"),
                                                   lab.value("imap_user"));
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning() && !panel->isRunning(), 30000);
    const OAuthTokens renewed = oauth->tokens();
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed.accessToken != stale.accessToken && renewed.accessToken != tokens.accessToken);
    QVERIFY(!renewed.isExpiredAt(QDateTime::currentDateTimeUtc()));
    const QStringList renewedIds = idsOf(wizard.findChild<QListView *>("testFindings")->model());
    QVERIFY2(renewedIds.contains("message.delivered_inbox"), qPrintable(renewedIds.join(' ')));
    QVERIFY(!renewedIds.contains("message.fetch_failed"));
    QVERIFY(dovecotXoauth2Logins(lab.value("dovecot_log"), lab.value("imap_user")) > beforeRenewal);

    QList<QPair<QString, QByteArray>> places;
    const QTemporaryDir exports;
    WizardDriver::appendExports(wizard.combinedReport(),
                                exports.path(),
                                {ReportExporter::Format::Markdown, ReportExporter::Format::Json},
                                &places);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(places.constLast().second.contains("message.delivered_inbox"));
    QFile journal(wizard.runRecorder()->journalPath());
    QVERIFY2(journal.open(QIODevice::ReadOnly), qPrintable(journal.fileName()));
    places.append({"journal", journal.readAll()});
    wizard.close(); // the history gets the run, the settings the fields
    int historyFiles = 0;
    WizardDriver::appendSettingsAndHistory(&places, &historyFiles);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(historyFiles > 0);
    QStringList found;
    // The renewal may or may not rotate the refresh token.
    QSet<QByteArray> secrets{
        tokens.accessToken.toUtf8(), tokens.refreshToken.toUtf8(), renewed.accessToken.toUtf8()};
    if (!renewed.refreshToken.isEmpty())
        secrets.insert(renewed.refreshToken.toUtf8());
    for (const QByteArray &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 16);
        const QByteArray xoauth2 = "user=" + lab.value("imap_user").toUtf8() + "\1auth=Bearer "
                                   + secret + "\1\1";
        const QList<QByteArray> forms{secret, secret.toBase64(), xoauth2.toBase64()};
        for (const auto &[place, bytes] : std::as_const(places)) {
            for (int form = 0; form < forms.size(); ++form) {
                if (bytes.contains(forms.at(form)))
                    found.append(QStringLiteral("%1 holds form %2").arg(place).arg(form));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));

    // A new start remembers how the mailbox was signed in to, never the token.
    DoctorWizard again(DoctorWizardSteps::instance());
    WizardDriver::walkToTestEmailStep(again, smtp);
    if (QTest::currentTestFailed())
        return;
    again.findChild<FetchBackPanel *>("fetchBackGroup")->setChecked(true);
    QCOMPARE(again.findChild<QComboBox *>("imapSignInCombo")->currentText(),
             QString("Other OAuth2 provider (browser)"));
    QVERIFY(!again.findChild<QLineEdit *>("imapPasswordEdit")->isVisibleTo(&again));
    QVERIFY(again.findChild<OAuthSignInPanel *>("imapOauthPanel")->tokens().isEmpty());
    // And what was typed for that provider, for the mailbox's panel.
    QCOMPARE(again.findChild<QLineEdit *>("imapOauthClientIdEdit")->text(),
             oauthLab.value("client"));
    QCOMPARE(again.findChild<QLineEdit *>("imapOauthAuthorizationUrlEdit")->text(),
             issuer + "/auth");
    QCOMPARE(again.findChild<QLineEdit *>("imapOauthTokenUrlEdit")->text(), issuer + "/token");
    QCOMPARE(again.findChild<QLineEdit *>("imapOauthScopesEdit")->text(), lab.value("imap_scope"));
}

QTEST_MAIN(TestFetchBackOAuth)
#include "tst_fetchbackoauth.moc"
