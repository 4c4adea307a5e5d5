// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

class InputIssuesView;
struct InputIssue;
class QComboBox;
class QPushButton;
class DnsResolver;
class SettingsDiscovery;
class QLabel;
class QLineEdit;
class QSpinBox;

// Step 2: the server settings, as the mail program or website has them.
class ServerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(QWidget *parent = nullptr);
    ~ServerPage() override;
    void initializePage() override;
    // Going back keeps what was typed (QWizard would reset the fields).
    void cleanupPage() override {}
    bool isComplete() const override;

private:
    void detectSettings();
    void onSettingsDetected();
    void validateInput();
    void applyFix(const InputIssue &issue);
    void onSecurityChanged(int index);
    void validateAdvanced();

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_resolver;
    QLineEdit *m_caFile;
    QSpinBox *m_timeout;
    QLineEdit *m_ports;
    QLineEdit *m_controlHost;
    QLabel *m_resolverError;
    QLabel *m_portsError;
    QLabel *m_providerHint;
    InputIssuesView *m_issues;
    QLineEdit *m_domain;
    QLineEdit *m_selectors;
    QPushButton *m_detect;
    QLabel *m_detectStatus;
    // "Detect settings": the lookup and the resolver it asks, kept until the
    // next lookup replaces them (the discovery goes first: it uses the resolver).
    std::unique_ptr<DnsResolver> m_discoveryResolver;
    std::unique_ptr<SettingsDiscovery> m_discovery;
    QString m_appliedProvider;
    bool m_hostUsable = false;
};
