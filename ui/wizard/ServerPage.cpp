// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPage.h"

#include "input/HostInput.h"
#include "InputIssuesView.h"
#include "dns/DnsResolver.h"
#include "discovery/ProviderCatalog.h"
#include "discovery/SettingsDiscovery.h"
#include "core/Target.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ServerPage::ServerPage(QWidget *parent)
    : QWizardPage(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_resolver(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_ports(new QLineEdit(this))
    , m_controlHost(new QLineEdit(this))
    , m_resolverError(new QLabel(this))
    , m_portsError(new QLabel(this))
    , m_providerHint(new QLabel(this))
    , m_issues(new InputIssuesView(this))
    , m_domain(new QLineEdit(this))
    , m_selectors(new QLineEdit(this))
    , m_detect(new QPushButton(tr("De&tect settings"), this))
    , m_detectStatus(new QLabel(this))
{
    setTitle(tr("Server settings"));
    setSubTitle(
        tr("Enter the outgoing (SMTP) server exactly as your website or mail program has it."));

    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("for example smtp.example.com"));
    m_host->setAccessibleName(tr("SMTP server"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    m_port->setAccessibleName(tr("Port"));
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Encryption"));
    // Indexes follow Target::Security.
    m_security->addItem(tr("None"));
    m_security->addItem(tr("STARTTLS"));
    m_security->addItem(tr("SSL/TLS"));
    m_security->setCurrentIndex(int(Target::Security::StartTls));
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerPage::onSecurityChanged);

    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("the domain of your From address, such as example.com"));
    m_domain->setAccessibleName(tr("Sender domain"));
    m_selectors->setObjectName(QStringLiteral("selectorsEdit"));
    m_selectors->setPlaceholderText(tr("optional, such as google or selector1, s1"));
    m_selectors->setAccessibleName(tr("DKIM selectors"));
    m_detect->setObjectName(QStringLiteral("detectButton"));
    m_detect->setToolTip(
        tr("Look up the sender domain's published settings and the provider table"));
    m_detectStatus->setObjectName(QStringLiteral("detectStatus"));
    m_detectStatus->setWordWrap(true);
    connect(m_detect, &QPushButton::clicked, this, &ServerPage::detectSettings);

    auto *form = new QFormLayout;
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_security);
    auto *domainRow = new QHBoxLayout;
    domainRow->addWidget(m_domain, 1);
    domainRow->addWidget(m_detect);
    // A row whose field is a layout gets no buddy by itself: give the label one,
    // so that its shortcut reaches the domain field.
    auto *domainLabel = new QLabel(tr("Sender do&main:"), this);
    domainLabel->setBuddy(m_domain);
    form->addRow(domainLabel, domainRow);
    form->addRow(QString(), m_detectStatus);
    form->addRow(tr("DKIM se&lectors:"), m_selectors);

    m_resolver->setObjectName(QStringLiteral("resolverEdit"));
    m_resolver->setPlaceholderText(tr("the system's (leave empty), or 192.0.2.53@53"));
    m_resolver->setAccessibleName(tr("DNS server"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setPlaceholderText(tr("only for a private certificate authority"));
    m_caFile->setAccessibleName(tr("Extra trusted certificates file"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 120);
    m_timeout->setValue(10);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Time to wait for each step"));
    m_ports->setObjectName(QStringLiteral("portsEdit"));
    m_ports->setText(Target::portListText(Target::defaultExtraPorts()));
    m_ports->setAccessibleName(tr("Other ports to try"));
    m_controlHost->setObjectName(QStringLiteral("controlHostEdit"));
    m_controlHost->setText(Target::defaultControlHost());
    m_controlHost->setPlaceholderText(tr("none"));
    m_controlHost->setAccessibleName(tr("Reference host"));
    m_controlHost->setToolTip(
        tr("A host that answers on every port. Comparing it with your server tells a "
           "block on your side from a problem at the server. Leave empty for none."));
    for (QLabel *error : {m_resolverError, m_portsError}) {
        error->setStyleSheet(QStringLiteral("color: #d0312d"));
        error->setWordWrap(true);
        error->hide();
    }
    m_resolverError->setObjectName(QStringLiteral("resolverError"));
    m_portsError->setObjectName(QStringLiteral("portsError"));
    connect(m_resolver, &QLineEdit::textChanged, this, &ServerPage::validateAdvanced);
    connect(m_ports, &QLineEdit::textChanged, this, &ServerPage::validateAdvanced);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("&DNS server:"), m_resolver);
    advancedForm->addRow(QString(), m_resolverError);
    advancedForm->addRow(tr("Trusted &certificates:"), m_caFile);
    advancedForm->addRow(tr("&Wait for each step:"), m_timeout);
    advancedForm->addRow(tr("&Other ports to try:"), m_ports);
    advancedForm->addRow(QString(), m_portsError);
    advancedForm->addRow(tr("&Reference host:"), m_controlHost);

    m_providerHint->setObjectName(QStringLiteral("providerHint"));
    m_providerHint->setWordWrap(true);
    m_providerHint->hide();
    connect(m_host, &QLineEdit::textChanged, this, &ServerPage::validateInput);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerPage::validateInput);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerPage::validateInput);
    connect(m_issues, &InputIssuesView::fixRequested, this, &ServerPage::applyFix);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_providerHint);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addWidget(advanced);
    layout->addStretch();
    // Tab follows the page from the top down: the members were made in
    // another order (the Advanced fields first), and the Detect button
    // sits beside the domain it looks up.
    const QList<QWidget *> tabOrder = {m_host,
                                       m_port,
                                       m_security,
                                       m_domain,
                                       m_detect,
                                       m_selectors,
                                       m_resolver,
                                       m_caFile,
                                       m_timeout,
                                       m_ports,
                                       m_controlHost};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    registerField(QStringLiteral("host*"), m_host);
    registerField(QStringLiteral("port"), m_port);
    registerField(QStringLiteral("security"), m_security);
    registerField(QStringLiteral("resolver"), m_resolver);
    registerField(QStringLiteral("caFile"), m_caFile);
    registerField(QStringLiteral("timeout"), m_timeout);
    registerField(QStringLiteral("ports"), m_ports);
    registerField(QStringLiteral("controlHost"), m_controlHost);
    registerField(QStringLiteral("domain"), m_domain);
    registerField(QStringLiteral("dkimSelectors"), m_selectors);
}

bool ServerPage::isComplete() const
{
    const QString resolver = m_resolver->text().trimmed();
    return QWizardPage::isComplete() && m_hostUsable && !m_host->text().trimmed().isEmpty()
           && (resolver.isEmpty() || ResolverAddress::parse(resolver))
           && Target::parsePortList(m_ports->text());
}

void ServerPage::onSecurityChanged(int index)
{
    // RFC 8314: implicit TLS lives on 465, STARTTLS on 587. Follow the
    // choice when the port is still the other one's default.
    const auto security = static_cast<Target::Security>(index);
    if (security == Target::Security::Tls && m_port->value() == 587)
        m_port->setValue(465);
    else if (security != Target::Security::Tls && m_port->value() == 465)
        m_port->setValue(587);
}

void ServerPage::validateAdvanced()
{
    const QString resolver = m_resolver->text().trimmed();
    const bool resolverValid = resolver.isEmpty() || ResolverAddress::parse(resolver);
    m_resolverError->setText(
        resolverValid ? QString() : tr("Enter an IP address, optionally followed by @port."));
    m_resolverError->setVisible(!resolverValid);
    const bool portsValid = Target::parsePortList(m_ports->text()).has_value();
    m_portsError->setText(
        portsValid ? QString()
                   : tr("Enter port numbers separated by commas, such as 25, 465, 587."));
    m_portsError->setVisible(!portsValid);
    emit completeChanged();
}

void ServerPage::initializePage()
{
    // A preset fills the form once; coming back keeps what the user changed.
    const QString id = field(QStringLiteral("provider")).toString();
    const auto provider = ProviderCatalog::instance().byId(id);
    if (id == m_appliedProvider || !provider) {
        m_providerHint->setVisible(provider.has_value());
        return;
    }
    m_appliedProvider = id;
    if (!provider->host.isEmpty())
        m_host->setText(provider->host);
    if (!provider->endpoints.isEmpty()) {
        m_security->setCurrentIndex(int(provider->endpoints.constFirst().security));
        m_port->setValue(provider->endpoints.constFirst().port);
    }
    QStringList ports;
    for (const Provider::Endpoint &endpoint : provider->endpoints) {
        const QString port = QString::number(endpoint.port);
        ports.append(provider->isUnverified(port) ? tr("%1 (not confirmed)").arg(port) : port);
    }
    QString hint = tr("<b>%1</b>: ports %2.")
                       .arg(provider->name.toHtmlEscaped(), ports.join(QLatin1String(", ")));
    if (!provider->auth.isEmpty())
        hint += QLatin1Char(' ') + provider->auth.toHtmlEscaped();
    if (!provider->localNotes().isEmpty())
        hint += QLatin1Char(' ') + provider->localNotes().toHtmlEscaped();
    if (!provider->unverified.isEmpty())
        hint += QStringLiteral("<br><i>%1</i>")
                    .arg(tr("Not confirmed by the provider: %1.")
                             .arg(provider->unverified.join(QLatin1String(", ")))
                             .toHtmlEscaped());
    m_providerHint->setText(hint);
    m_providerHint->show();
}

void ServerPage::validateInput()
{
    const auto security = static_cast<Target::Security>(m_security->currentIndex());
    const HostInput::Result result = m_host->text().trimmed().isEmpty()
                                         ? HostInput::Result{}
                                         : HostInput::analyze(m_host->text(),
                                                              m_port->value(),
                                                              security,
                                                              ProviderCatalog::instance());
    m_issues->setIssues(result.issues);
    m_hostUsable = result.usable;
    emit completeChanged();
}

void ServerPage::applyFix(const InputIssue &issue)
{
    if (issue.fixedSecurity)
        m_security->setCurrentIndex(int(*issue.fixedSecurity));
    if (issue.fixedPort)
        m_port->setValue(*issue.fixedPort);
    if (!issue.fixedHost.isEmpty())
        m_host->setText(issue.fixedHost);
    m_host->setFocus();
}

ServerPage::~ServerPage() = default;

void ServerPage::detectSettings()
{
    const auto domain = HostInput::asciiHostName(m_domain->text().trimmed());
    if (!domain || !domain->contains(QLatin1Char('.'))) {
        m_detectStatus->setText(
            tr("Enter the sender domain first (the part after @ in your address)."));
        return;
    }
    DnsResolver::Config config;
    config.server = ResolverAddress::parse(m_resolver->text());
    config.timeoutMs = m_timeout->value() * 1000;
    m_discovery.reset();
    m_discoveryResolver = std::make_unique<DnsResolver>(config);
    m_discovery = std::make_unique<SettingsDiscovery>(m_discoveryResolver.get());
    connect(m_discovery.get(), &SettingsDiscovery::finished, this, &ServerPage::onSettingsDetected);
    m_detect->setEnabled(false);
    m_detectStatus->setText(tr("Looking up the settings of %1...").arg(*domain));
    m_discovery->start(*domain);
}

void ServerPage::onSettingsDetected()
{
    m_detect->setEnabled(true);
    const QList<SettingsDiscovery::Candidate> candidates = m_discovery->candidates();
    if (candidates.isEmpty()) {
        m_detectStatus->setText(
            tr("Nothing published for this domain. Ask your mail provider for its SMTP "
               "server, or pick it in the list of providers."));
        return;
    }
    const QStringList securityNames{tr("no encryption"), tr("STARTTLS"), tr("SSL/TLS")};
    const SettingsDiscovery::Candidate &best = candidates.constFirst();
    m_security->setCurrentIndex(int(best.security));
    m_port->setValue(best.port);
    m_host->setText(best.host);
    QStringList others;
    for (const SettingsDiscovery::Candidate &candidate : candidates.mid(1))
        others.append(QStringLiteral("%1:%2 %3")
                          .arg(candidate.host)
                          .arg(candidate.port)
                          .arg(securityNames.at(int(candidate.security))));
    QString text = tr("Found %1, port %2, %3 (%4).")
                       .arg(best.host)
                       .arg(best.port)
                       .arg(securityNames.at(int(best.security)), best.note);
    if (!others.isEmpty())
        text += QLatin1Char(' ') + tr("Also: %1.").arg(others.join(QLatin1String(", ")));
    m_detectStatus->setText(text);
}
