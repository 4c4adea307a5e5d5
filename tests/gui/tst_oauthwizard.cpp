// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoctorWizard.h"
#include "FindingsModel.h"
#include "LoopbackBrowser.h"
#include "OAuthSignInPanel.h"
#include "PeerInfo.h"
#include "TestEmailPage.h"
#include "WizardDriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

// The wizard's browser sign-in against the OAuth2 lab (oidc-provider and an
// SMTP server that verifies its JWTs): the "Other OAuth2 provider" item with
// the lab's endpoints, the browser replaced by LoopbackBrowser (the provider's
// pages followed with QNetworkAccessManager), the code at the wizard's
// loopback handler, the test mail sent with the token; a refused consent
// gives auth.oauth_flow_failed. Only 127.0.0.1 is contacted.
class TestOAuthWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }
    void cleanup() { OAuthSignInPanel::setBrowserOpener({}); }
    void browserSignIn_data();
    void browserSignIn();
};

void TestOAuthWizard::browserSignIn_data()
{
    QTest::addColumn<bool>("deny");
    QTest::newRow("approved") << false;
    QTest::newRow("consent refused") << true;
}

void TestOAuthWizard::browserSignIn()
{
    QFETCH(bool, deny);
    REQUIRE_PEER(lab, "oauth-lab");
    QUrl opened;
    OAuthSignInPanel::setBrowserOpener([&opened](const QUrl &url) {
        opened = url;
        return url.host() == QLatin1String("127.0.0.1");
    });
    DoctorWizard wizard;
    wizard.show();
    wizard.next();
    const quint16 port = lab.port("smtp");
    wizard.findChild<QLineEdit *>("hostEdit")->setText("127.0.0.1");
    wizard.findChild<QComboBox *>("securityCombo")->setCurrentIndex(int(Target::Security::None));
    wizard.findChild<QSpinBox *>("portSpin")->setValue(port);
    wizard.findChild<QLineEdit *>("portsEdit")->setText(QString::number(port));
    wizard.findChild<QLineEdit *>("controlHostEdit")->clear();
    wizard.next();
    QVERIFY(
        QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(DoctorWizard::TestEmailPageId));
    wizard.findChild<QLineEdit *>("fromEdit")->setText("me@doctor.test");
    wizard.findChild<QLineEdit *>("toEdit")->setText("you@doctor.test");
    wizard.findChild<QLineEdit *>("userEdit")->setText("me@doctor.test");
    auto *kind = wizard.findChild<QComboBox *>("secretKindCombo");
    kind->setCurrentIndex(kind->count() - 1); // Other OAuth2 provider (browser)
    const QString issuer = lab.value("issuer");
    wizard.findChild<QLineEdit *>("oauthClientIdEdit")->setText(lab.value("client"));
    wizard.findChild<QLineEdit *>("oauthAuthorizationUrlEdit")->setText(issuer + "/auth");
    wizard.findChild<QLineEdit *>("oauthTokenUrlEdit")->setText(issuer + "/token");
    wizard.findChild<QLineEdit *>("oauthScopesEdit")->setText("openid offline_access smtp.send");
    // The lab listens without TLS: the sign-in is allowed in clear on loopback.
    wizard.findChild<QCheckBox *>("cleartextCheck")->setChecked(true);
    // The panel's rows are laid out before the click finds its button.
    auto *signIn = wizard.findChild<QPushButton *>("oauthSignInButton");
    QTRY_VERIFY(signIn->height() > 0);
    WizardDriver::verifyUniqueMnemonics(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *area = wizard.findChild<QScrollArea *>("signInArea");
    area->ensureWidgetVisible(signIn);
    QTRY_VERIFY(wizard.childAt(signIn->mapTo(&wizard, signIn->rect().center())) == signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QTRY_VERIFY2(opened.isValid(), qPrintable(wizard.findChild<QLabel *>("oauthStatus")->text()));
    QVERIFY(wizard.findChild<QPushButton *>("oauthCancelButton")->isEnabled());
    // RFC 7636 S256 and an RFC 8252 loopback redirect at a port of its own.
    const QUrlQuery asked(opened);
    QCOMPARE(asked.queryItemValue("code_challenge_method"), QString("S256"));
    QVERIFY(!asked.queryItemValue("code_challenge").isEmpty());
    const QUrl redirect(asked.queryItemValue("redirect_uri", QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QString("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    LoopbackBrowser browser("me@doctor.test", deny);
    QVERIFY2(browser.follow(opened).isValid(), qPrintable(browser.log()));
    const QAbstractItemModel *model = wizard.findChild<QListView *>("testFindings")->model();
    const auto ids = [model] {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list.append(model->index(row, 0).data(FindingsModel::IdRole).toString());
        return list;
    };
    if (deny) {
        QTRY_VERIFY(ids().contains("auth.oauth_flow_failed"));
        const Report report = wizard.stepReport(DoctorWizard::TestEmailPageId);
        QCOMPARE(report.findings.size(), 1);
        QVERIFY2(report.findings.first().evidence.join(' ').contains("error access_denied"),
                 qPrintable(report.findings.first().evidence.join(' ')));
        QVERIFY(!wizard.findChild<QPushButton *>("oauthCancelButton")->isEnabled());
        return;
    }
    auto *panel = wizard.findChild<OAuthSignInPanel *>("oauthPanel");
    QTRY_VERIFY_WITH_TIMEOUT(!panel->tokens().isEmpty(), 10000);
    QVERIFY(panel->tokens().canRefresh());
    QTest::mouseClick(wizard.findChild<QPushButton *>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(ids().contains("send.accepted"), qPrintable(ids().join(", ")), 30000);
    QVERIFY2(ids().contains("auth.oauth_ok"), qPrintable(ids().join(", ")));
}

QTEST_MAIN(TestOAuthWizard)
#include "tst_oauthwizard.moc"
