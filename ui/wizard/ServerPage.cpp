#include "ServerPage.h"

#include "Target.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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
    , m_resolverError(new QLabel(this))
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

    auto *form = new QFormLayout;
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Encryption:"), m_security);

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
    m_resolverError->setObjectName(QStringLiteral("resolverError"));
    m_resolverError->setStyleSheet(QStringLiteral("color: #d0312d"));
    m_resolverError->setWordWrap(true);
    m_resolverError->hide();
    connect(m_resolver, &QLineEdit::textChanged, this, &ServerPage::validateResolver);

    auto *advanced = new QGroupBox(tr("Advanced"), this);
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("&DNS server:"), m_resolver);
    advancedForm->addRow(QString(), m_resolverError);
    advancedForm->addRow(tr("Trusted &certificates:"), m_caFile);
    advancedForm->addRow(tr("&Wait for each step:"), m_timeout);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(advanced);
    layout->addStretch();

    registerField(QStringLiteral("host*"), m_host);
    registerField(QStringLiteral("port"), m_port);
    registerField(QStringLiteral("security"), m_security);
    registerField(QStringLiteral("resolver"), m_resolver);
    registerField(QStringLiteral("caFile"), m_caFile);
    registerField(QStringLiteral("timeout"), m_timeout);
}

bool ServerPage::isComplete() const
{
    const QString resolver = m_resolver->text().trimmed();
    return QWizardPage::isComplete() && !m_host->text().trimmed().isEmpty()
           && (resolver.isEmpty() || ResolverAddress::parse(resolver));
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

void ServerPage::validateResolver()
{
    const QString resolver = m_resolver->text().trimmed();
    const bool valid = resolver.isEmpty() || ResolverAddress::parse(resolver);
    m_resolverError->setText(valid ? QString()
                                   : tr("Enter an IP address, optionally followed by @port."));
    m_resolverError->setVisible(!valid);
    emit completeChanged();
}
